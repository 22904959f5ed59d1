// The outline of a skops schema (core/skops/SchemaOutline): on every real
// skops file of tests/data its rows are the top of the full read's tree (same
// labels, types and loaders, in order; "…" rows count what is not shown);
// truncated, too deep or otherwise hostile schemas give no outline and no
// crash; the bracket skip agrees with a plain byte-by-byte walk at every
// container of real schemas; the quick locate of schema.json (SchemaLocate)
// finds what ZipArchive finds, or nothing, never past the file. A reader asked for an outline hands it over
// before it returns, and only when asked (openDocument in-process).

#include "TestData.h"

#include "document/Open.h"
#include "io/ZipArchive.h"
#include "skops/SchemaLocate.h"
#include "skops/SchemaOutline.h"
#include "tree/Error.h"

#include <QDirIterator>
#include <QtTest>

#include <optional>

using namespace skopos;
using namespace testdata;

namespace {

// Every .skops file of tests/data that the full reader reads.
QStringList skopsFiles()
{
    QStringList files;
    QDirIterator it(path(QStringLiteral(".")), {QStringLiteral("*.skops")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

std::string schemaOf(const QString& file)
{
    ZipArchive zip(file.toStdString());
    return zip.read("schema.json", Limits::defaults().maxSchemaBytes);
}

// The children a view shows (bookkeeping ones left out), in order.
std::vector<std::pair<std::string, NodeId>> shown(const ObjectTree& t, NodeId n)
{
    std::vector<std::pair<std::string, NodeId>> out;
    for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next) {
        const Edge& edge = t.edge(e);
        if (!(t.node(edge.child).flags & FlagHidden))
            out.emplace_back(std::string(t.str(edge.label)), edge.child);
    }
    return out;
}

const std::string kEllipsis = "\xE2\x80\xA6";

// Outline node `o` against full node `f`: same type, loader and kind, and
// the outline's rows a prefix of the full node's, each matching in turn.
// Returns how many outline rows were compared (0 on a mismatch, with *why).
int compare(const ObjectTree& ot, NodeId o, const ObjectTree& ft, NodeId f, std::string where, QString* why)
{
    const Node& on = ot.node(o);
    const Node& fn = ft.node(f);
    if (on.loader == Loader::CachedNode) // an __id__ seen before: the full read shares the first node
        return 1;
    if (ot.typeName(o) != ft.typeName(f) || on.loader != fn.loader || on.kind != fn.kind) {
        *why = QStringLiteral("%1: outline %2 %3 %4, full %5 %6 %7")
                   .arg(QString::fromStdString(where), QString::fromUtf8(ot.typeName(o).data(), ot.typeName(o).size()),
                        QString::fromLatin1(loaderName(on.loader).data()), QString::fromLatin1(kindName(on.kind)),
                        QString::fromUtf8(ft.typeName(f).data(), ft.typeName(f).size()),
                        QString::fromLatin1(loaderName(fn.loader).data()), QString::fromLatin1(kindName(fn.kind)));
        return 0;
    }
    if (on.kind == Kind::Str && ot.strValue(o) != ft.strValue(f) && ft.strValue(f).size() < 200) {
        *why = QStringLiteral("%1: value differs").arg(QString::fromStdString(where));
        return 0;
    }
    if ((on.kind == Kind::Int || on.kind == Kind::Bool) && on.value.i != fn.value.i) {
        *why = QStringLiteral("%1: value differs").arg(QString::fromStdString(where));
        return 0;
    }
    const auto orows = shown(ot, o);
    const auto frows = shown(ft, f);
    int compared = 1;
    std::size_t i = 0;
    for (; i < orows.size(); ++i) {
        const auto& [label, child] = orows[i];
        if (ot.node(child).kind == Kind::Opaque && label == kEllipsis) {
            // The rest, counted when the outline could count it.
            const std::uint64_t rest = ot.node(child).value.u;
            if (i + 1 != orows.size() || (rest && i + rest != frows.size())) {
                *why = QStringLiteral("%1: %2 rows shown + %3 counted, the full node has %4")
                           .arg(QString::fromStdString(where))
                           .arg(i)
                           .arg(rest)
                           .arg(frows.size());
                return 0;
            }
            return compared;
        }
        if (i >= frows.size() || frows[i].first != label) {
            *why = QStringLiteral("%1: row %2 is '%3', the full node's is '%4'")
                       .arg(QString::fromStdString(where))
                       .arg(i)
                       .arg(QString::fromStdString(label),
                            i < frows.size() ? QString::fromStdString(frows[i].first) : QStringLiteral("(none)"));
            return 0;
        }
        const int c = compare(ot, child, ft, frows[i].second, where + "/" + label, why);
        if (!c)
            return 0;
        compared += c;
    }
    // All rows shown: then the container is whole (the outline enters lists and dicts fully when small).
    if (!orows.empty() && (on.kind == Kind::Dict || on.kind == Kind::List || on.kind == Kind::Tuple)
        && orows.size() != frows.size()) {
        *why = QStringLiteral("%1: %2 rows, the full node has %3")
                   .arg(QString::fromStdString(where))
                   .arg(orows.size())
                   .arg(frows.size());
        return 0;
    }
    return compared;
}

// A plain walk: the end of the container at `at` and how many containers
// sit directly in it (the reference for the block skip).
std::pair<std::size_t, std::uint64_t> plainSkip(std::string_view s, std::size_t at)
{
    int depth = 0;
    std::uint64_t children = 0;
    bool str = false;
    for (std::size_t i = at; i < s.size(); ++i) {
        const char c = s[i];
        if (str) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                str = false;
        } else if (c == '"') {
            str = true;
        } else if (c == '{' || c == '[') {
            if (depth == 1)
                ++children;
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return {i + 1, children};
        }
    }
    return {std::string_view::npos, children};
}

} // namespace

class TestSchemaOutline : public QObject {
    Q_OBJECT
private slots:
    void outlineIsTheTopOfTheFullTree()
    {
        int files = 0, outlined = 0, rows = 0, counted = 0;
        for (const QString& file : skopsFiles()) {
            std::optional<Document> full;
            std::string schema;
            try {
                full = openDocument(file.toStdString());
                if (full->format != "skops")
                    continue;
                schema = schemaOf(file);
            } catch (const std::exception&) {
                continue; // hostile files: below
            }
            ++files;
            const std::optional<Document> outline = outlineSkopsSchema(schema, OpenOptions{});
            if (!outline) {
                // Only a schema the full reader had to decode first (UTF-16/32, a BOM) has
                // none, or one that names a field twice (json.loads keeps the last).
                QVERIFY2((!schema.empty() && schema[0] != '{') || schema.find('\0') != std::string::npos
                             || file.contains(QStringLiteral("/json-dups/")),
                         qPrintable(file));
                continue;
            }
            ++outlined;
            QVERIFY(outline->outline);
            QVERIFY(!full->outline);
            QCOMPARE(outline->protocol, full->protocol);
            QCOMPARE(outline->producer, full->producer);
            QVERIFY(outline->tree.arrays().empty());
            QString why;
            const int c = compare(outline->tree, outline->tree.root, full->tree, full->tree.root, "root", &why);
            QVERIFY2(c > 0, qPrintable(file + QStringLiteral(": ") + why));
            rows += c;
            for (NodeId n = 0; n < outline->tree.size(); ++n)
                counted += outline->tree.node(n).kind == Kind::Opaque;
        }
        qInfo("%d skops files, %d outlined, %d rows compared, %d rows of the rest", files, outlined, rows, counted);
        QVERIFY(files > 100);
        QVERIFY(outlined > 100);
        QVERIFY(counted > 0); // some real file has more than the outline shows
    }

    void locateAgreesWithTheArchive()
    {
        int stored = 0, other = 0;
        for (const QString& file : skopsFiles()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const std::string_view all(bytes.constData(), static_cast<std::size_t>(bytes.size()));
            const std::optional<StoredMember> got = locateStoredSchema(all, Limits::defaults());
            // Cut short anywhere: nothing past the bytes there are.
            for (int cut = 1; cut < 16; ++cut) {
                const std::string_view part = all.substr(0, all.size() * static_cast<std::size_t>(cut) / 16);
                if (const auto p = locateStoredSchema(part, Limits::defaults()))
                    QVERIFY(p->offset + p->size <= part.size());
            }
            const ZipEntry* e = nullptr;
            std::optional<ZipArchive> zip;
            std::uint64_t dataOffset = 0;
            try {
                zip.emplace(file.toStdString());
                e = zip->find("schema.json");
                if (e && e->stored)
                    dataOffset = zip->dataOffset("schema.json");
            } catch (const ReadError&) {
                if (got)
                    QVERIFY(got->offset + got->size <= all.size());
                continue; // an archive the full read refuses: located or not, within the file
            }
            if (e && e->stored && dataOffset + e->size > all.size()) {
                QVERIFY(!got); // sizes that lie (regressions/skops-stored-size-lie.skops)
            } else if (e && e->stored) {
                ++stored;
                QVERIFY2(got, qPrintable(file));
                QCOMPARE(got->offset, dataOffset);
                QCOMPARE(got->size, e->size);
            } else {
                ++other;
                QVERIFY2(!got, qPrintable(file)); // deflated (no outline) or none
            }
        }
        qInfo("%d stored schemas located, %d archives without one", stored, other);
        QVERIFY(stored > 100);
    }

    // Small bounds on a real pipeline: the rest is counted, never dropped.
    void boundsCountTheRest()
    {
        const QString file = path(QStringLiteral("fixtures/ColumnTransformer/model.skops"));
        const Document full = openDocument(file.toStdString());
        const std::string schema = schemaOf(file);
        for (const OutlineBounds b : {OutlineBounds{1, 200, 4000, 256}, OutlineBounds{8, 1, 4000, 256},
                                      OutlineBounds{8, 2, 10, 256}, OutlineBounds{3, 3, 20, 8}}) {
            const std::optional<Document> outline = outlineSkopsSchema(schema, OpenOptions{}, b);
            QVERIFY(outline);
            QVERIFY(outline->tree.size() <= 2 * b.maxNodes + 2);
            QString why;
            QVERIFY2(compare(outline->tree, outline->tree.root, full.tree, full.tree.root, "root", &why) > 0,
                     qPrintable(why));
            bool rest = false;
            for (NodeId n = 0; n < outline->tree.size(); ++n)
                rest |= outline->tree.node(n).kind == Kind::Opaque;
            QVERIFY(rest);
        }
    }

    void truncatedSchemaHasNoOutline()
    {
        const std::string schema = schemaOf(path(QStringLiteral("fixtures/GridSearchCV/model.skops")));
        QVERIFY(outlineSkopsSchema(schema, OpenOptions{}));
        for (std::size_t cut = 1; cut < 64; ++cut) {
            const std::size_t at = schema.size() * cut / 64;
            QVERIFY2(!outlineSkopsSchema(std::string_view(schema).substr(0, at), OpenOptions{}),
                     qPrintable(QString::number(at)));
        }
        QVERIFY(!outlineSkopsSchema("", OpenOptions{}));
        QVERIFY(!outlineSkopsSchema("[]", OpenOptions{}));
        QVERIFY(!outlineSkopsSchema("\"x\"", OpenOptions{}));
    }

    // Past Limits::maxDepth the skip gives up (the full read reports the depth).
    void tooDeepHasNoOutline()
    {
        const std::string schema = schemaOf(path(QStringLiteral("regressions/skops-deep-objectnode.skops")));
        OpenOptions options;
        QVERIFY(outlineSkopsSchema(schema, options)); // under the default limit: shown to depth 8
        options.limits.maxDepth = 100;
        QVERIFY(!outlineSkopsSchema(schema, options));
        bool failed = false;
        try {
            openDocument(spath(QStringLiteral("regressions/skops-deep-objectnode.skops")), options);
        } catch (const ReadError&) {
            failed = true;
        }
        QVERIFY(failed);
    }

    // Every hostile or broken skops file: an outline or none, never a crash,
    // and always within its bounds.
    void hostileFilesAreSafe()
    {
        int tried = 0;
        for (const QString& file : skopsFiles()) {
            std::string schema;
            try {
                schema = schemaOf(file);
            } catch (const std::exception&) {
                continue;
            }
            ++tried;
            const OutlineBounds b{};
            if (const std::optional<Document> o = outlineSkopsSchema(schema, OpenOptions{}, b))
                QVERIFY(o->tree.size() <= 2 * b.maxNodes + 2);
            // Cut after every kilobyte of the first 8: never more than the text.
            for (std::size_t at = 1024; at < std::min<std::size_t>(schema.size(), 8192); at += 1024)
                outlineSkopsSchema(std::string_view(schema).substr(0, at), OpenOptions{});
        }
        QVERIFY(tried > 150);
    }

    void cancelledGivesNoOutline()
    {
        const std::string schema = schemaOf(path(QStringLiteral("fixtures/GridSearchCV/model.skops")));
        std::atomic<bool> stop{true};
        OpenOptions options;
        options.cancel = &stop;
        // Small schemas finish before a check; the skip checks every 64 MB, entries every 4096.
        const std::optional<Document> o = outlineSkopsSchema(schema, options);
        QVERIFY(!o || o->outline);
    }

    void skipAgreesWithAPlainWalk()
    {
        int containers = 0;
        for (const QString& file : skopsFiles()) {
            std::string schema;
            try {
                schema = schemaOf(file);
            } catch (const std::exception&) {
                continue;
            }
            const std::string_view s = schema;
            bool str = false;
            for (std::size_t i = 0; i < s.size(); ++i) {
                const char c = s[i];
                if (str) {
                    if (c == '\\')
                        ++i;
                    else if (c == '"')
                        str = false;
                    continue;
                }
                if (c == '"')
                    str = true;
                if (c != '{' && c != '[')
                    continue;
                const auto [end, kids] = plainSkip(s, i);
                std::uint64_t children = 0;
                QCOMPARE(skipJsonContainer(s, i, 10000, &children), end);
                QCOMPARE(children, kids);
                ++containers;
            }
        }
        qInfo("%d containers", containers);
        QVERIFY(containers > 10000);
    }

    // Escapes and quotes around every 64-byte boundary.
    void skipFollowsEscapesAcrossBlocks()
    {
        for (std::size_t pad = 0; pad < 130; ++pad) {
            for (const std::string& inner : {std::string("\\\\"), std::string("\\\""), std::string("\\\\\\\""),
                                             std::string("}]\\\\"), std::string("\\\\\\\\{")}) {
                const std::string text = "[" + std::string(pad, ' ') + "\"" + inner + "}\", {\"a\": [1]}, \"" + inner
                    + "\"] tail";
                const auto [end, kids] = plainSkip(text, 0);
                std::uint64_t children = 0;
                QCOMPARE(skipJsonContainer(text, 0, 100, &children), end);
                QCOMPARE(children, kids);
                QCOMPARE(children, std::uint64_t{1});
            }
        }
        QCOMPARE(skipJsonContainer("[[[]]]", 0, 2), std::string_view::npos);
        QCOMPARE(skipJsonContainer("[[[]]]", 0, 3), std::size_t{6});
        QCOMPARE(skipJsonContainer("[\"]", 0, 3), std::string_view::npos);
    }

    // The reader hands an outline over only when asked, and before it returns.
    void readerOutlineOnlyWhenAsked()
    {
        const std::string file = spath(QStringLiteral("fixtures/GridSearchCV/model.skops"));
        OpenOptions options;
        options.outlineMinBytes = 0;
        int calls = 0;
        std::string root;
        options.onOutline = [&](Document&& d) {
            ++calls;
            QVERIFY(d.outline);
            root = std::string(d.tree.typeName(d.tree.root));
        };
        const Document full = openDocument(file, options);
        QCOMPARE(calls, 1);
        QCOMPARE(root, std::string(full.tree.typeName(full.tree.root)));
        QVERIFY(!full.outline);
        options.outlineMinBytes = 1ull << 40; // a small file: read at once
        openDocument(file, options);
        QCOMPARE(calls, 1);
        // Pickles have none.
        options.outlineMinBytes = 0;
        openDocument(spath(QStringLiteral("ui/StandardScaler.p4.pkl")), options);
        QCOMPARE(calls, 1);
    }
};

QTEST_APPLESS_MAIN(TestSchemaOutline)
#include "tst_schema_outline.moc"
