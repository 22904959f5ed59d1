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

#include <algorithm>
#include <limits>

using namespace skopos;

namespace {
SchemaJson parse(const char* text) { return SchemaJson::parse(std::string(text), 64); }

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
        const std::int64_t values[] = {0, -1, 1, 140713346451728, (std::int64_t{1} << 60) - 1, std::int64_t{1} << 60,
                                       -(std::int64_t{1} << 60), -(std::int64_t{1} << 60) - 1,
                                       std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()};
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
        const auto stateDict = [](const ObjectTree& t) { return t.child(t.child(t.root, "state"), "func") != kNoNode
                                                             ? t.child(t.root, "state") : kNoNode; };
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
