// A tree handed over from the reader helper (sandbox/TreeImage) interns as
// the tree it was made from: the map of interned texts is rebuilt lazily, on
// the first intern() after the handover, and gives every text interned
// before its old id, and new texts the ids the original tree would give.

#include "TestData.h"

#include "document/Open.h"
#include "sandbox/TreeImage.h"

#include <QtTest>

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

using namespace skopos;

namespace {

// The document written as an image and read back, as the window receives it.
Document handOver(const Document& doc)
{
    const int fd = ::memfd_create("image", MFD_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("memfd_create failed");
    {
        ImageWriter w(fd, 0);
        TreeImage::write(w, doc);
    }
    struct stat st { };
    ::fstat(fd, &st);
    std::string bytes(std::size_t(st.st_size), '\0');
    const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), 0);
    ::close(fd);
    if (got != ssize_t(bytes.size()))
        throw std::runtime_error("short read of the image");
    ImageReader r(bytes.data(), bytes.size());
    return TreeImage::read(r);
}

// Every text a tree holds for a node: type names, labels, string values.
std::vector<std::string> texts(const ObjectTree& t)
{
    std::vector<std::string> out;
    for (NodeId n = 0; n < t.size(); ++n) {
        out.emplace_back(t.typeName(n));
        for (const auto& [label, child] : t.children(n))
            if (label != kNoStr)
                out.emplace_back(t.str(label));
        if (t.node(n).kind == Kind::Str)
            out.emplace_back(t.strValue(n));
    }
    return out;
}

} // namespace

class TestTreeImage : public QObject {
    Q_OBJECT
private slots:
    void internAfterHandover_data()
    {
        QTest::addColumn<QString>("file");
        // A TfidfVectorizer pickle (a vocabulary dict: thousands of interned keys) and a skops file.
        QTest::newRow("pickle") << "realworld/6355121720__SMS-Spam-Classifier/tfidf.pkl";
        QTest::newRow("skops") << "ui/StandardScaler.skops";
    }

    void internAfterHandover()
    {
        QFETCH(QString, file);
        Document original = openDocument(testdata::spath(file));
        Document handed = handOver(original);
        ObjectTree& a = original.tree;
        ObjectTree& b = handed.tree;
        QCOMPARE(b.size(), a.size());

        // The map is not built by the handover: the first intern() builds it.
        const std::size_t before = b.memoryBytes();
        std::size_t oldIds = 0;
        for (NodeId n = 0; n < b.size(); ++n) {
            const std::string type(b.typeName(n));
            if (type.empty())
                continue;
            const StrId id = b.intern(type);
            QCOMPARE(id, a.intern(type));
            oldIds += id == b.node(n).type; // interned before the handover: its old id
        }
        QVERIFY2(oldIds > 10, "the file has interned type names");
        QVERIFY2(b.memoryBytes() > before, "the first intern() built the map");

        // Labels, values (added without interning: new ids) and texts never seen, in the same order.
        std::vector<std::string> all = texts(a);
        all.insert(all.end(), {"a text no file holds", "another one", "a text no file holds"});
        for (const std::string& s : all)
            QCOMPARE(b.intern(s), a.intern(s));
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b.str(b.intern("another one")), std::string_view("another one"));
    }

    // A handed-over tree whose map was never built hands over its interned ids again.
    void handOverTwice()
    {
        Document original = openDocument(testdata::spath("realworld/6355121720__SMS-Spam-Classifier/tfidf.pkl"));
        Document twice = handOver(handOver(original));
        const ObjectTree& t = original.tree;
        std::size_t same = 0;
        for (NodeId n = 0; n < t.size(); ++n) {
            const std::string type(t.typeName(n));
            const StrId id = twice.tree.intern(type);
            QCOMPARE(id, original.tree.intern(type));
            same += id == t.node(n).type; // interned before: its old id
        }
        for (const std::string& s : texts(t))
            QCOMPARE(twice.tree.intern(s), original.tree.intern(s));
        QCOMPARE(twice.tree.intern("new"), original.tree.intern("new"));
        QVERIFY(same > 1000); // every value's type name (builtins.str, numpy.int64, ...)
    }
};

QTEST_GUILESS_MAIN(TestTreeImage)
#include "tst_treeimage.moc"
