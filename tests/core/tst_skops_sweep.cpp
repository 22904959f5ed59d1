// Issue 28, third pass: a big dict's part of the parsed schema.json is handed
// back while the tree is built (SchemaJson::dropBuilt), and a big archive's
// dropped name index is built again once, whichever thread asks first.
//
// The file is a TfidfVectorizer whose vocabulary_ holds 70,000 numpy.int64
// values (one NdArrayNode and one .npy member each), written by
// bench/make_million.py with Python's zipfile and numpy in real skops' layout
// (its --check compares the layout with real skops). The oracle is Python
// reading the same archive: json.load of schema.json and numpy.load of every
// member. Enough terms for over a megabyte of parsed values of each kind
// (the least handed back at once), so pages are dropped.
#include "document/Open.h"
#include "io/ZipArchive.h"
#include "skops/SchemaJson.h"
#include "tree/Document.h"

#include "TestData.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace skopos;

namespace {
constexpr int kTerms = 70000;

struct Term {
    std::string key, member, value;
};

// Runs /usr/bin/python3 with skops on PYTHONPATH; stdout, or a failure message in `error`.
QByteArray python(const QStringList& args, QString& error)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), testdata::realSkops().src);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/usr/bin/python3"), args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        error = QString::fromUtf8(p.readAllStandardError().right(400));
    return p.readAllStandardOutput();
}

// The vocabulary as Python reads the archive: key, member name, value, in order.
constexpr const char* kOracle = R"(
import io, json, sys, zipfile
import numpy as np
z = zipfile.ZipFile(sys.argv[1])
s = json.loads(z.read("schema.json"))
voc = s["content"]["content"]["vocabulary_"]["content"]
for k, v in voc.items():
    print(k, v["file"], int(np.load(io.BytesIO(z.read(v["file"])))), sep="\t")
)";
} // namespace

class TestSkopsSweep : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString file_;
    std::vector<Term> terms_;

private slots:
    void initTestCase()
    {
        SKOPOS_NEED_REAL_SKOPS();
        QVERIFY(dir_.isValid());
        QString error;
        python({QStringLiteral(SKOPOS_SOURCE_DIR "/bench/make_million.py"), dir_.path(), QString::number(kTerms)},
               error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        file_ = dir_.filePath(QStringLiteral("million-%1.skops").arg(kTerms));
        const QByteArray out = python({QStringLiteral("-c"), QString::fromUtf8(kOracle), file_}, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() == 3)
                terms_.push_back({f[0].toStdString(), f[1].toStdString(), f[2].toStdString()});
        }
        QCOMPARE(terms_.size(), std::size_t(kTerms));
    }

    // Every member of the vocabulary read while earlier ones are dropped is
    // the member Python reads; and pages were dropped (the sweep moved on).
    void dropKeepsWhatIsNotBuilt()
    {
        ZipArchive zip(file_.toStdString());
        const std::string text = zip.read("schema.json", 1ull << 32);
        const SchemaJson j = SchemaJson::parse(text, 64);
        const auto get = [&](SchemaJson::Id o, const char* k) { return j.get(o, k); };
        const SchemaJson::Id voc = get(get(get(get(j.root(), "content"), "content"), "vocabulary_"), "content");
        QVERIFY(j.isObject(voc));
        QCOMPARE(j.size(voc), std::uint32_t(kTerms));
        // Members as the builder reads them, after members before them were dropped.
        const auto same = [&](std::uint32_t i) {
            const SchemaJson::Id v = j.at(voc, i);
            return std::string(j.keyAt(voc, i)) == terms_[i].key
                && std::string(j.getString(v, "file")) == terms_[i].member
                && j.getString(v, "__loader__") == "NdArrayNode"
                && std::to_string(j.integer(get(v, "__id__"))) + ".npy" == terms_[i].member;
        };
        SchemaJson::Sweep sweep;
        int drops = 0;
        for (std::uint32_t i = 0; i < j.size(voc); ++i) {
            QVERIFY2(same(i), terms_[i].key.c_str());
            const std::uint64_t before = sweep.membersDropped + sweep.valuesDropped;
            j.dropBuilt(voc, i, sweep);
            if (sweep.membersDropped + sweep.valuesDropped != before) {
                // Pages went: the next members (a few pages' worth) are whole.
                ++drops;
                for (std::uint32_t k = i + 1; k < std::min(j.size(voc), i + 1000); ++k)
                    QVERIFY2(same(k), terms_[k].key.c_str());
            }
        }
        QVERIFY(drops >= 2);
        QVERIFY(!sweep.stopped);
        QVERIFY2(sweep.membersDropped > 0 && sweep.valuesDropped > 0, "nothing was handed back");
    }

    // The tree built with the drop on (readSkops does it for dicts of 4,096
    // keys and more): every term, its member and its value as Python reads them.
    void vocabularyAsPythonReadsIt()
    {
        OpenOptions options;
        options.scalarValues = true;
        const Document doc = openDocument(file_.toStdString(), options);
        const ObjectTree& t = doc.tree;
        NodeId voc = kNoNode;
        for (NodeId n = 0; n < t.size() && voc == kNoNode; ++n)
            if (t.node(n).kind == Kind::Dict && t.node(n).childCount == std::uint32_t(kTerms) + 1)
                voc = n;
        QVERIFY(voc != kNoNode);
        std::size_t i = 0;
        for (const auto& [label, child] : t.children(voc)) {
            if (t.str(label) == "key_types")
                continue;
            QVERIFY(i < terms_.size());
            QCOMPARE(std::string(t.str(label)), terms_[i].key);
            const ArrayInfo* a = t.array(child);
            QVERIFY(a);
            QCOMPARE(a->source.str(), terms_[i].member);
            QCOMPARE(a->descr.str(), std::string("<i8"));
            QVERIFY(a->shape.empty());
            QCOMPARE(std::string(t.scalarText(child)), terms_[i].value);
            ++i;
        }
        QCOMPARE(i, terms_.size());
    }

    // 70,000 members and more: the name index is dropped after open. Two threads asking
    // out of order at once: it is built again once, and both find every name.
    void indexBuiltAgainFromTwoThreads()
    {
        const ZipArchive zip(file_.toStdString());
        QVERIFY(zip.entries().size() > terms_.size());
        std::vector<std::string> a, b;
        for (const ZipEntry& e : zip.entries())
            a.emplace_back(e.name);
        b = a;
        std::shuffle(a.begin(), a.end(), std::mt19937(28));
        std::shuffle(b.begin(), b.end(), std::mt19937(29));
        std::size_t foundA = 0, foundB = 0;
        const auto findAll = [&](const std::vector<std::string>& names, std::size_t& found) {
            for (const std::string& name : names)
                if (const ZipEntry* e = zip.find(name); e && e->name == name)
                    ++found;
        };
        {
            std::jthread other(findAll, std::cref(b), std::ref(foundB));
            findAll(a, foundA);
        }
        QCOMPARE(foundA, a.size());
        QCOMPARE(foundB, b.size());
        QVERIFY(!zip.find("absent.npy"));
    }
};

QTEST_GUILESS_MAIN(TestSkopsSweep)
#include "tst_skops_sweep.moc"
