// Where each node came from (ObjectTree::rawOffset), checked against the
// files themselves, not against Skopos:
// - skops: the offset of a node is the '{' of its object in schema.json; that
//   object, parsed by Qt's JSON parser, names the node's type (__module__ +
//   __class__, or a FunctionNode's content).
// - pickle: every offset is the start of an opcode in the listing Python's
//   pickletools printed for the same file (tests/data/ui/*.pickletools.txt),
//   and the value of a dict key is the opcode right after the key's string.
#include "document/Open.h"
#include "io/ZipArchive.h"
#include "tree/ObjectTree.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <set>

using namespace skopos;

namespace {

// The text of the JSON object starting at `at` (a '{'), by brace matching that skips strings.
std::string objectAt(const std::string& json, std::size_t at)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = at; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{')
            ++depth;
        else if (c == '}' && --depth == 0)
            return json.substr(at, i - at + 1);
    }
    return {};
}

struct Listing {
    std::set<std::uint64_t> offsets;                      // every opcode's offset
    std::vector<std::pair<std::uint64_t, QString>> lines; // (offset, opcode line), in order
};

Listing readListing(const QString& file)
{
    Listing l;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return l;
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+): "));
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const auto m = re.match(line);
        if (!m.hasMatch())
            continue;
        const std::uint64_t off = m.captured(1).toULongLong();
        l.offsets.insert(off);
        l.lines.emplace_back(off, line);
    }
    return l;
}

} // namespace

class TestRawOffsets : public QObject {
    Q_OBJECT
private slots:
    void skopsNodesPointAtTheirObjects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("StandardScaler") << QStringLiteral("ui/StandardScaler.skops");
        QTest::newRow("extra_odd_objects") << QStringLiteral("ui/extra_odd_objects.skops");
        QTest::newRow("GridSearchCV") << QStringLiteral("ui/GridSearchCV.skops");
    }
    void skopsNodesPointAtTheirObjects()
    {
        QFETCH(QString, file);
        const std::string path = testdata::spath(file);
        QVERIFY2(QFileInfo::exists(QString::fromStdString(path)), path.c_str());
        const Document doc = openDocument(path);
        ZipArchive zip(path);
        const std::string json = zip.read("schema.json", 1u << 30);
        QVERIFY(!json.empty());
        std::size_t withOffset = 0;
        const ObjectTree& t = doc.tree;
        QCOMPARE(t.rawOffset(t.root), std::uint64_t(json.find('{')));
        for (NodeId n = 0; n < t.size(); ++n) {
            const std::uint64_t off = t.rawOffset(n);
            if (off == ObjectTree::kNoOffset)
                continue;
            ++withOffset;
            QVERIFY(off < json.size());
            QCOMPARE(json[off], '{');
            const std::string text = objectAt(json, off);
            const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
            QVERIFY2(o.contains(QStringLiteral("__loader__")), text.substr(0, 200).c_str());
            const QString loader = o.value(QStringLiteral("__loader__")).toString();
            QString type = o.value(QStringLiteral("__module__")).toString() + QLatin1Char('.')
                + o.value(QStringLiteral("__class__")).toString();
            if (loader == QStringLiteral("FunctionNode") && o.value(QStringLiteral("content")).isObject()) {
                const QJsonObject c = o.value(QStringLiteral("content")).toObject();
                if (c.contains(QStringLiteral("module_path")))
                    type = c.value(QStringLiteral("module_path")).toString() + QLatin1Char('.')
                        + c.value(QStringLiteral("function")).toString();
            }
            if (loader == QStringLiteral("JsonNode") && o.value(QStringLiteral("is_json")).toBool()) {
                // skops writes json.dumps(value) as the content; the node is the value's type.
                const QString content = o.value(QStringLiteral("content")).toString();
                const QChar c = content.isEmpty() ? QChar() : content.front();
                type = content == QStringLiteral("true") || content == QStringLiteral("false")
                    ? QStringLiteral("builtins.bool")
                    : content == QStringLiteral("null") ? QStringLiteral("builtins.NoneType")
                    : c == QLatin1Char('"')             ? QStringLiteral("builtins.str")
                    : content.contains(QRegularExpression(QStringLiteral("[.eEIN]"))) ? QStringLiteral("builtins.float")
                                                                                      : QStringLiteral("builtins.int");
            }
            QCOMPARE(QString::fromUtf8(t.typeName(n).data(), qsizetype(t.typeName(n).size())), type);
        }
        // Every object of the schema that has a loader is a node (objects sharing an __id__ are one).
        std::set<qint64> ids;
        std::size_t objects = 0;
        std::vector<QJsonValue> todo{QJsonDocument::fromJson(QByteArray::fromStdString(json)).object()};
        while (!todo.empty()) {
            const QJsonValue v = todo.back();
            todo.pop_back();
            if (v.isArray())
                for (const QJsonValue& e : v.toArray())
                    todo.push_back(e);
            if (!v.isObject())
                continue;
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("__loader__"))) {
                const QJsonValue id = o.value(QStringLiteral("__id__"));
                if (!id.isDouble() || ids.insert(id.toInteger()).second)
                    ++objects;
            }
            for (const QJsonValue& e : o)
                todo.push_back(e);
        }
        QVERIFY2(withOffset > 0 && withOffset <= objects,
                 qPrintable(QStringLiteral("%1 of %2").arg(withOffset).arg(objects)));
        // (all but objects a builder reads as part of its parent, e.g. one in GridSearchCV)
        QVERIFY2(withOffset * 10 >= objects * 9, qPrintable(QStringLiteral("%1 of %2").arg(withOffset).arg(objects)));
    }

    void pickleNodesPointAtOpcodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("listing");
        QTest::newRow("StandardScaler p4")
            << QStringLiteral("ui/StandardScaler.p4.pkl") << QStringLiteral("ui/StandardScaler.p4.pickletools.txt");
        QTest::newRow("StandardScaler p0") << QStringLiteral("pickle/fixtures/StandardScaler/model.p0.pkl")
                                           << QStringLiteral("ui/StandardScaler.p0.pickletools.txt");
        QTest::newRow("extra_odd_objects p4") << QStringLiteral("pickle/fixtures/extra_odd_objects/model.p4.pkl")
                                              << QStringLiteral("ui/extra_odd_objects.p4.pickletools.txt");
    }
    void pickleNodesPointAtOpcodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, listing);
        const Listing l = readListing(testdata::path(listing));
        QVERIFY2(l.offsets.size() > 20, qPrintable(listing));
        const Document doc = openDocument(testdata::spath(file));
        const ObjectTree& t = doc.tree;
        std::size_t withOffset = 0;
        for (NodeId n = 0; n < t.size(); ++n) {
            const std::uint64_t off = t.rawOffset(n);
            if (off == ObjectTree::kNoOffset)
                continue;
            ++withOffset;
            QVERIFY2(l.offsets.count(off),
                     qPrintable(QStringLiteral("node %1 (%2) at %3")
                                    .arg(n)
                                    .arg(QString::fromStdString(std::string(t.typeName(n))))
                                    .arg(off)));
        }
        QVERIFY2(withOffset * 2 > t.size(), qPrintable(QStringLiteral("%1 of %2").arg(withOffset).arg(t.size())));
        // The value of "with_mean" (True) is the opcode after the key's string (and its memo write).
        if (!file.contains(QStringLiteral("StandardScaler")))
            return;
        std::uint64_t expected = ObjectTree::kNoOffset;
        for (std::size_t i = 0; i < l.lines.size(); ++i)
            if (l.lines[i].second.contains(QStringLiteral("'with_mean'"))) {
                std::size_t j = i + 1;
                while (j < l.lines.size()
                       && (l.lines[j].second.contains(QStringLiteral("MEMOIZE"))
                           || l.lines[j].second.contains(QStringLiteral("PUT"))))
                    ++j;
                QVERIFY(j < l.lines.size());
                expected = l.lines[j].first;
                break;
            }
        QVERIFY(expected != ObjectTree::kNoOffset);
        bool found = false;
        for (NodeId n = 0; n < t.size() && !found; ++n)
            for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next)
                if (t.edge(e).label != kNoStr && t.str(t.edge(e).label) == "with_mean") {
                    QCOMPARE(t.rawOffset(t.edge(e).child), expected);
                    found = true;
                }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestRawOffsets)
#include "tst_rawoffsets.moc"
