// schema.json as Python's json reads it (issue 8, family 6) and the compact
// value arena of skops/SchemaJson (issue 11).
//
// Duplicate keys: json.loads keeps the LAST value of a repeated key, at the
// place of the FIRST. tests/data/json-dups/ holds real skops files whose
// schema.json was edited by make_json_dups.py (documented there); its
// expected.json is what real skops' get_untrusted_types says about each.
#include "document/Open.h"
#include "skops/SchemaJson.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <random>

using namespace skopos;

namespace {
SchemaJson parse(const char* text) { return SchemaJson::parse(std::string(text), 64); }

// The arena as a JSON value (keys in order): compared with nlohmann's
// ordered_json, which, like Python's json, keeps a repeated key's last value
// at its first place.
nlohmann::ordered_json toJson(const SchemaJson& j, SchemaJson::Id v)
{
    switch (j.type(v)) {
    case SchemaJson::Type::Null: return nullptr;
    case SchemaJson::Type::Bool: return j.boolean(v);
    case SchemaJson::Type::Int: return j.integer(v);
    case SchemaJson::Type::Float: return j.number(v);
    case SchemaJson::Type::String: return std::string(j.string(v));
    case SchemaJson::Type::Array: {
        auto a = nlohmann::ordered_json::array();
        for (std::uint32_t i = 0; i < j.size(v); ++i)
            a.push_back(toJson(j, j.at(v, i)));
        return a;
    }
    case SchemaJson::Type::Object: {
        auto o = nlohmann::ordered_json::object();
        for (std::uint32_t i = 0; i < j.size(v); ++i) {
            const std::string k(j.keyAt(v, i));
            if (o.contains(k)) // the arena must hold each key once
                o["<" + k + " twice>"] = true;
            o[k] = toJson(j, j.at(v, i));
        }
        return o;
    }
    }
    return nullptr;
}

// Random documents shaped like schemas: objects of a few recurring key
// sequences (sometimes with a key twice, sometimes a key spelled with an
// escape), values from a small pool and fresh ones, nested a few levels.
struct DocMaker {
    std::mt19937 rng;
    std::string out;
    int pick(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }
    std::string fresh; // the last key of kFresh, for kAgain
    static constexpr int kFresh = 10, kAgain = 11;
    void key(int k)
    {
        static const char* keys[] = {
            "__class__", "__module__", "__loader__", "content", "__id__",
            "is_json",   "key_types",  "a",          "b",       "long key that is longer than sixteen bytes"};
        // Keys like a vocabulary's (many distinct, some again in the same or
        // a nested object): the reader interns those late (deferKey).
        if (k == kFresh)
            fresh = "t" + std::to_string(rng() % 50000);
        std::string name = k == kFresh ? fresh : k == kAgain ? (fresh.empty() ? "t" : fresh) : keys[k];
        if (name == "content" && pick(6) == 0)
            name = "cont\\u0065nt"; // the same key, escaped
        out += '"' + name + "\": ";
    }
    void string()
    {
        static const char* pool[] = {"builtins", "str", "JsonNode", "numpy", "sklearn.tree._classes", "x"};
        if (pick(3) == 0)
            out += "\"w" + std::to_string(rng() % 100000) + "\"";
        else
            out += '"' + std::string(pool[pick(6)]) + '"';
    }
    void value(int depth)
    {
        const int c = depth > 3 ? pick(4) : pick(7);
        switch (c) {
        case 0: string(); break;
        case 1:
            out += std::to_string(static_cast<std::int64_t>(rng()) * (pick(2) ? 1 : -1) * (pick(2) ? 1000003 : 1));
            break;
        case 2: out += pick(2) ? "true" : (pick(2) ? "false" : "null"); break;
        case 3: out += std::to_string(pick(1000)) + "." + std::to_string(pick(1000)); break;
        case 4:
        case 5: object(depth + 1); break;
        default: {
            out += '[';
            const int n = pick(5);
            for (int i = 0; i < n; ++i) {
                if (i)
                    out += ", ";
                value(depth + 1);
            }
            out += ']';
        }
        }
    }
    void object(int depth)
    {
        static const std::vector<std::vector<int>> shapes = {
            {0, 1, 2, 3, 5, 4},       {0, 1, 2, 4},        {0, 1, 2, 6, 3, 4}, {7, 8}, {7, 8, 7}, {9, 3}, {3, 3, 3},
            {kFresh, kFresh, kFresh}, {kFresh, 8, kAgain}, {kAgain, kFresh, 3}};
        const std::vector<int>& ks = shapes[pick(static_cast<int>(shapes.size()))];
        out += "{\n";
        for (std::size_t i = 0; i < ks.size(); ++i) {
            if (i)
                out += ",\n";
            out += "  ";
            key(ks[i]);
            value(depth);
        }
        out += "\n}";
    }
};

std::vector<std::string> keys(const SchemaJson& j, SchemaJson::Id obj)
{
    std::vector<std::string> out;
    for (std::uint32_t i = 0; i < j.size(obj); ++i)
        out.emplace_back(j.keyAt(obj, i));
    return out;
}
} // namespace

class TestSchemaJson : public QObject {
    Q_OBJECT
private slots:
    // Python: json.loads('{"a": 1, "b": 2, "a": 3}') == {'a': 3, 'b': 2}, keys in order a, b.
    void duplicateKeyKeepsLastValueFirstPlace()
    {
        const SchemaJson j = parse(R"({"a": 1, "b": 2, "a": 3})");
        const auto r = j.root();
        QCOMPARE(j.size(r), 2u);
        QCOMPARE(keys(j, r), (std::vector<std::string>{"a", "b"}));
        QCOMPARE(j.integer(j.get(r, "a")), 3);
        QCOMPARE(j.integer(j.at(r, 0)), 3);
        QCOMPARE(j.integer(j.at(r, 1)), 2);
    }
    // Keys compare as decoded text: "\u0061" is "a". Nested objects dedup on their own.
    void duplicateKeyAfterEscapesAndNested()
    {
        const SchemaJson j = parse(R"({"a": {"x": 1, "x": {"y": 2, "y": 5}}, "\u0061": {"x": 7, "z": 1, "x": 8}})");
        const auto r = j.root();
        QCOMPARE(j.size(r), 1u);
        const auto a = j.get(r, "a");
        QCOMPARE(keys(j, a), (std::vector<std::string>{"x", "z"}));
        QCOMPARE(j.integer(j.get(a, "x")), 8);
        // The discarded first value is not reachable any more.
        const SchemaJson k = parse(R"({"x": {"y": 2, "y": 5}, "x": 0})");
        QCOMPARE(k.size(k.root()), 1u);
        QCOMPARE(k.type(k.get(k.root(), "x")), SchemaJson::Type::Int);
    }
    // Python keeps '\ud800' and '\udc00' apart; both show as U+FFFD here, so
    // they must not be merged (that would hide a value from the audit).
    void loneSurrogateKeysStayApart()
    {
        const SchemaJson j = parse(R"({"\ud800": 1, "\udc00": 2})");
        QCOMPARE(j.size(j.root()), 2u);
        QCOMPARE(j.integer(j.at(j.root(), 0)), 1);
        QCOMPARE(j.integer(j.at(j.root(), 1)), 2);
    }
    void arraysKeepEveryElement()
    {
        const SchemaJson j = parse(R"([1, 1, "a", "a", {"k": 1, "k": 2}])");
        QCOMPARE(j.size(j.root()), 5u);
        QCOMPARE(j.string(j.at(j.root(), 3)), std::string_view("a"));
        QCOMPARE(j.size(j.at(j.root(), 4)), 1u);
    }
    // Integers are held inline up to 61 bits and aside beyond: both exact.
    void integersRoundTrip()
    {
        const std::int64_t values[] = {0,
                                       -1,
                                       1,
                                       140713346451728,
                                       (std::int64_t{1} << 60) - 1,
                                       std::int64_t{1} << 60,
                                       -(std::int64_t{1} << 60),
                                       -(std::int64_t{1} << 60) - 1,
                                       std::numeric_limits<std::int64_t>::max(),
                                       std::numeric_limits<std::int64_t>::min()};
        std::string text = "[";
        for (auto v : values)
            text += std::to_string(v) + ",";
        text += "1.5, -0.25, 1e300, NaN, -Infinity, true, false, null]";
        const SchemaJson j = SchemaJson::parse(text, 8);
        const auto r = j.root();
        for (std::uint32_t i = 0; i < std::size(values); ++i) {
            QCOMPARE(j.type(j.at(r, i)), SchemaJson::Type::Int);
            QCOMPARE(j.integer(j.at(r, i)), values[i]);
        }
        const auto n = static_cast<std::uint32_t>(std::size(values));
        QCOMPARE(j.number(j.at(r, n)), 1.5);
        QCOMPARE(j.number(j.at(r, n + 1)), -0.25);
        QCOMPARE(j.number(j.at(r, n + 2)), 1e300);
        QVERIFY(std::isnan(j.number(j.at(r, n + 3))));
        QCOMPARE(j.number(j.at(r, n + 4)), -std::numeric_limits<double>::infinity());
        QCOMPARE(j.type(j.at(r, n + 5)), SchemaJson::Type::Bool);
        QVERIFY(j.boolean(j.at(r, n + 5)));
        QVERIFY(!j.boolean(j.at(r, n + 6)));
        QCOMPARE(j.type(j.at(r, n + 7)), SchemaJson::Type::Null);
        // true, false and null are fixed ids, not stored values: asked as
        // containers they are empty, as integers 1 and 0.
        for (std::uint32_t k = n + 5; k <= n + 7; ++k) {
            QCOMPARE(j.size(j.at(r, k)), 0u);
            QCOMPARE(j.at(j.at(r, k), 0), SchemaJson::kNone);
            QVERIFY(!j.isObject(j.at(r, k)) && !j.isArray(j.at(r, k)) && !j.isString(j.at(r, k)));
            QCOMPARE(j.objectOffset(j.at(r, k)), std::numeric_limits<std::uint64_t>::max());
        }
        QCOMPARE(j.integer(j.at(r, n + 5)), 1);
        QCOMPARE(j.integer(j.at(r, n + 6)), 0);

        // Every length from 1 to 19 digits (digits are read up to eight at
        // a time), signed, as an element, before a fraction or an exponent.
        for (const char* digits : {"1234567890123456789", "9999999999999999999", "1000000000000000000"})
            for (std::size_t len = 1; len <= 19; ++len)
                for (const char* sign : {"", "-"})
                    for (const char* tail : {"", ".5", "e2", "0"}) {
                        const std::string num = sign + std::string(digits, len) + tail;
                        const std::string doc = "[" + num + ", " + num + "]";
                        const auto want = nlohmann::json::parse(doc);
                        const SchemaJson k = SchemaJson::parse(doc, 8);
                        for (std::uint32_t i = 0; i < 2; ++i) {
                            const auto v = k.at(k.root(), i);
                            if (want[i].is_number_integer() && k.type(v) == SchemaJson::Type::Int)
                                QCOMPARE(k.integer(v), want[i].get<std::int64_t>());
                            else
                                QCOMPARE(k.number(v), want[i].get<double>());
                        }
                    }
    }
    // Keys equal in text are one interned string, however written; repeated
    // values share an id, and equal ids are always equal text.
    void repeatedStringsShareOneId()
    {
        const SchemaJson j = parse(R"([{"builtins": 1}, {"x": 0, "builtins": 2}, {"built\u0069ns": 3},
                                       "builtins", "builtins", "built\u0069ns", "other"])");
        const auto r = j.root();
        std::uint32_t keyId = SchemaJson::kNone;
        QCOMPARE(j.integer(j.get(j.at(r, 0), "builtins", keyId)), 1);
        QVERIFY(keyId != SchemaJson::kNone);
        // By id only from here on: the escaped key must be the same string.
        QCOMPARE(j.integer(j.get(j.at(r, 1), "builtins", keyId)), 2);
        QCOMPARE(j.integer(j.get(j.at(r, 2), "builtins", keyId)), 3);
        QCOMPARE(j.stringId(j.at(r, 3)), j.stringId(j.at(r, 4)));
        QVERIFY(j.stringId(j.at(r, 3)) != j.stringId(j.at(r, 6)));
        for (std::uint32_t i = 3; i < 6; ++i)
            QCOMPARE(j.string(j.at(r, i)), std::string_view("builtins"));
    }

    // Repeated array elements (skops' key_types: one type node per dict key)
    // are taken from the last flat element when their bytes are the same:
    // the values must be those of a full scan, and each element keeps its
    // own offset. Near misses, nested objects, duplicate keys, an element cut
    // short by the end of the text, and a clone followed by junk.
    void repeatedElementsReadAsScanned()
    {
        const std::string flat =
            R"({"__class__": "str", "__module__": "builtins", "__loader__": "TypeNode", "__id__": 9800064})";
        const std::string nested = R"({"a": {"b": 1}, "c": [1, 2]})";
        const std::string dupKeys = R"({"k": 1, "j": "x", "k": 2})";
        std::string text = "[\n  ";
        std::vector<std::string> elems;
        for (int i = 0; i < 50; ++i) {
            std::string e = i % 7 == 3 || i % 7 == 4 ? nested : i % 5 == 4 ? dupKeys : flat;
            if (i % 11 == 10) // one byte different at the very end
                e = flat.substr(0, flat.size() - 2) + "5}";
            if (i % 13 == 12)
                e = "7";
            elems.push_back(e);
        }
        std::vector<std::size_t> offsets;
        for (std::size_t i = 0; i < elems.size(); ++i) {
            if (i)
                text += ",\n  ";
            offsets.push_back(text.size());
            text += elems[i];
        }
        text += "\n]";
        const SchemaJson j = parse(text.c_str());
        QVERIFY(toJson(j, j.root()) == nlohmann::ordered_json::parse(text));
        for (std::size_t i = 0; i < elems.size(); ++i)
            if (elems[i] != "7")
                QCOMPARE(j.objectOffset(j.at(j.root(), static_cast<std::uint32_t>(i))), std::uint64_t(offsets[i]));
        QCOMPARE(j.objectCount(),
                 std::size_t(std::count_if(elems.begin(), elems.end(), [](const std::string& e) { return e != "7"; })
                             + std::count(elems.begin(), elems.end(), nested)));
        // The same bytes, then the text ends or goes wrong: the errors of a full scan.
        for (const std::string& bad :
             {"[" + flat + ", " + flat.substr(0, flat.size() - 1), "[" + flat + ", " + flat + " x]",
              "[" + flat + ", " + flat + ",]", "[" + flat + ", " + flat})
            QVERIFY_THROWS_EXCEPTION(ReadError, SchemaJson::parse(bad, 64));
    }

    // A key whose text was first seen as a value still gets the one id all
    // its occurrences as a key share, also after the recent-strings cache has
    // long forgotten it (60,000 other strings in between).
    void keyAfterValueKeepsOneId()
    {
        std::string text = R"(["dup", {"dup": 1}, )";
        for (int i = 0; i < 60000; ++i)
            text += "\"v" + std::to_string(i) + "\", ";
        text += R"({"dup": 2}])";
        const SchemaJson j = parse(text.c_str());
        const auto r = j.root();
        std::uint32_t keyId = SchemaJson::kNone;
        QCOMPARE(j.integer(j.get(j.at(r, 1), "dup", keyId)), 1);
        QCOMPARE(j.integer(j.get(j.at(r, j.size(r) - 1), "dup", keyId)), 2);
    }

    // 400 random schema-like documents read as nlohmann's ordered_json reads
    // them (Python's semantics for repeated keys): same values, same key order.
    void randomDocumentsMatchNlohmann()
    {
        DocMaker m{std::mt19937(11), {}, {}};
        for (int d = 0; d < 400; ++d) {
            m.out = "[";
            const int n = 1 + m.pick(40);
            for (int i = 0; i < n; ++i) {
                if (i)
                    m.out += ", ";
                m.object(0);
            }
            m.out += "]";
            const auto want = nlohmann::ordered_json::parse(m.out);
            const SchemaJson j = SchemaJson::parse(m.out, 64);
            const auto got = toJson(j, j.root());
            QVERIFY2(got == want,
                     qPrintable(QStringLiteral("document %1:\n%2\nwant %3\ngot  %4")
                                    .arg(d)
                                    .arg(QString::fromStdString(m.out.substr(0, 600)))
                                    .arg(QString::fromStdString(want.dump().substr(0, 600)))
                                    .arg(QString::fromStdString(got.dump().substr(0, 600)))));
        }
    }

    // Keys are predicted from the previous sibling's shape by their bytes; a
    // key written as a lone surrogate is shown as U+FFFD but is not the key
    // U+FFFD written plainly (Python keeps them apart), so the plain ones
    // after it are still one key, repeated.
    void predictedKeysKeepLoneSurrogatesApart()
    {
        const SchemaJson j = parse("[{\"\\ud800\": 1}, {\"\xEF\xBF\xBD\": 2, \"\xEF\xBF\xBD\": 3}]");
        const auto second = j.at(j.root(), 1);
        QCOMPARE(j.size(second), 1u);
        QCOMPARE(j.integer(j.at(second, 0)), 3);
    }

    // The real files: Skopos reports exactly what real skops reports.
    void realSkopsFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QJsonObject exp = testdata::readJson(testdata::path("json-dups/expected.json"));
        QVERIFY2(exp.size() == 5, "tests/data/json-dups/expected.json is missing or incomplete");
        for (auto it = exp.begin(); it != exp.end(); ++it) {
            QStringList list;
            for (const auto& v : it.value().toObject().value("untrusted").toArray())
                list << v.toString();
            QVERIFY2(it.value().toObject().contains("untrusted"), qPrintable(it.key()));
            QTest::newRow(qPrintable(it.key())) << it.key() << list;
        }
    }
    void realSkopsFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const QString path = testdata::path("json-dups/" + file);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        Document doc = openDocument(path.toStdString());
        QStringList got;
        for (const auto& u : audit(doc.tree).untrusted)
            got << QString::fromStdString(u);
        got.sort();
        QCOMPARE(got, expected);
#ifdef SKOPOS_BINARY
        const auto r = testdata::runSkopos({"untrusted", path});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, expected.contains("os.system") ? 4 : expected.isEmpty() ? 0 : 1);
#endif
    }
    // The estimator state names "func" twice: one child "func", holding the last value.
    void dictKeepsOneChildPerKey()
    {
        Document doc = openDocument(testdata::spath("json-dups/dict-key-last-wins.skops"));
        Document plain = openDocument(testdata::spath("json-dups/class-first-ignored.skops"));
        const auto stateDict = [](const ObjectTree& t) {
            return t.child(t.child(t.root, "state"), "func") != kNoNode ? t.child(t.root, "state") : kNoNode;
        };
        const NodeId d = stateDict(doc.tree), p = stateDict(plain.tree);
        QVERIFY(d != kNoNode && p != kNoNode);
        QCOMPARE(doc.tree.node(d).childCount, plain.tree.node(p).childCount);
        int funcs = 0;
        for (auto [label, child] : doc.tree.children(d))
            if (doc.tree.str(label) == "func") {
                ++funcs;
                QCOMPARE(doc.tree.typeName(child), std::string_view("os.system"));
            }
        QCOMPARE(funcs, 1);
        // First place: "func" is the first entry after the hidden key_types, as in the original.
        QCOMPARE(doc.tree.str(doc.tree.children(d)[1].first), std::string_view("func"));
        QCOMPARE(plain.tree.str(plain.tree.children(p)[1].first), std::string_view("func"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaJson)
#include "tst_schema_json.moc"
