// Approvals bound to the bytes that were reviewed (issue 21): the store
// (trust/Approvals, the GUI's Trusted Types export format), the SHA-256 taken
// through the descriptor the reader read, and `--approvals` /
// $SKOPOS_APPROVALS on the real binary with real fixture files.

#include "TestData.h"

#include "document/Open.h"
#include "io/ZipArchive.h"
#include "tree/Error.h"
#include "trust/Approvals.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fcntl.h>

using namespace skopos;

namespace {
// The two types real skops lists for this fixture (expected.json), both
// untrusted classes called with arguments from the file.
const QString kKnn = QStringLiteral("fixtures/KNeighborsClassifier/model.skops");
const QString kKnnPickle = QStringLiteral("pickle/fixtures/KNeighborsClassifier/model.p4.pkl");
const std::string kDist = "sklearn.metrics._dist_metrics.EuclideanDistance";
const std::string kTree = "sklearn.neighbors._kd_tree.KDTree";

// sha256sum's digest: an independent reading of the whole file.
QString sha256sum(const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {file});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

bool copyTo(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

void writeText(const QString& file, const std::string& text)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(f.write(text.data(), static_cast<qint64>(text.size())) == static_cast<qint64>(text.size()));
}

Approval fileApproval(const std::string& type, const QString& hash)
{
    return Approval{type, hash.toStdString(), "model.skops", "2026-12-07T10:00:00Z"};
}

QStringList lines(const QByteArray& b) { return QString::fromUtf8(b).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
} // namespace

class TestApprovals : public QObject {
    Q_OBJECT
private slots:
    // The export format as the Trusted Types dialog writes it (settings::
    // exportApprovals: format tag, version, approvals with scope, sha256,
    // file, approved), read back entry for entry.
    void storeRoundTrip()
    {
        const QString hash = QString(64, QLatin1Char('a'));
        Approvals a;
        QVERIFY(a.add(Approval{kDist, {}, {}, {}}));
        QVERIFY(a.add(fileApproval(kTree, hash)));
        QVERIFY(!a.add(fileApproval(kTree, hash))); // same type and scope: refreshed, not doubled
        QCOMPARE(a.list().size(), std::size_t(2));
        const auto j = nlohmann::json::parse(a.toJson());
        QCOMPARE(j["format"].get<std::string>(), std::string("skopos-trusted-types"));
        QCOMPARE(j["version"].get<int>(), 1);
        QCOMPARE(j["approvals"][0]["scope"].get<std::string>(), std::string("all files"));
        QVERIFY(!j["approvals"][0].contains("sha256"));
        QCOMPARE(j["approvals"][1]["scope"].get<std::string>(), std::string("file"));
        QCOMPARE(j["approvals"][1]["sha256"].get<std::string>(), hash.toStdString());

        QTemporaryDir tmp;
        const std::string file = tmp.filePath("approvals.json").toStdString();
        a.save(file);
        const Approvals back = Approvals::load(file);
        QCOMPARE(back.list().size(), a.list().size());
        for (std::size_t i = 0; i < a.list().size(); ++i) {
            QVERIFY(back.list()[i] == a.list()[i]);
            QCOMPARE(back.list()[i].fileName, a.list()[i].fileName);
            QCOMPARE(back.list()[i].approved, a.list()[i].approved);
        }
        QVERIFY(back.needsHash());
        QCOMPARE(back.approvedFor(hash.toStdString()), (std::set<std::string>{kDist, kTree}));
        QCOMPARE(back.approvedFor(std::string(64, 'b')), std::set<std::string>{kDist});
        // The bare list QSettings keeps reads back the same.
        QCOMPARE(Approvals::parseList(a.listJson()).list().size(), std::size_t(2));
    }

    void badStoresAreRefusedWithAReason()
    {
        QVERIFY_THROWS_EXCEPTION(ApprovalsError, Approvals::parse("[1, 2"));
        QVERIFY_THROWS_EXCEPTION(ApprovalsError, Approvals::parse(R"({"approvals": []})"));
        QVERIFY_THROWS_EXCEPTION(
            ApprovalsError,
            Approvals::parse(
                R"({"format": "skopos-trusted-types", "version": 1, "approvals": [{"type": "a.B", "scope": "file"}]})"));
        QVERIFY_THROWS_EXCEPTION(
            ApprovalsError,
            Approvals::parse(
                R"({"format": "skopos-trusted-types", "version": 1, "approvals": [{"type": "a.B", "scope": "everything"}]})"));
        QVERIFY_THROWS_EXCEPTION(ApprovalsError, Approvals::load("/nonexistent/approvals.json"));
    }

    // Approving never makes a dangerous name trusted (the GUI does not offer it).
    void dangerousNamesAreNeverApproved()
    {
        Approvals a;
        a.add(Approval{"builtins.eval", {}, {}, {}});
        a.add(Approval{kDist, {}, {}, {}});
        QCOMPARE(a.forAllFiles(), std::set<std::string>{kDist});
    }

    void hashIsSha256sumOfTheFile()
    {
        for (const QString& rel :
             {kKnn, kKnnPickle, QStringLiteral("pickle/fixtures/KNeighborsClassifier/model.joblib.bz2")}) {
            const Document doc = openDocument(testdata::spath(rel));
            QVERIFY(doc.file);
            const QString want = sha256sum(testdata::path(rel));
            QCOMPARE(want.size(), 64);
            QCOMPARE(QString::fromStdString(doc.file->sha256()), want);
        }
    }

    // The path is read once: after openDocument another file takes its place,
    // and the hash still is the one of the bytes that were parsed.
    void fileIsOpenedOnce()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath("model.skops"), other = tmp.filePath("other.skops");
        QVERIFY(copyTo(testdata::path(kKnn), path));
        QVERIFY(copyTo(testdata::path(QStringLiteral("fixtures/GridSearchCV/model.skops")), other));
        const QString parsed = sha256sum(path);
        const Document doc = openDocument(path.toStdString());
        QVERIFY(std::rename(other.toLocal8Bit().constData(), path.toLocal8Bit().constData()) == 0);
        QVERIFY(sha256sum(path) != parsed);
        QCOMPARE(QString::fromStdString(doc.file->sha256()), parsed);
        QCOMPARE(doc.path, path.toStdString());
    }

    // A file changed in place after reading has no hash: its bytes are not the parsed ones.
    void fileChangedInPlaceHasNoHash()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath("model.skops");
        QVERIFY(copyTo(testdata::path(kKnn), path));
        const Document doc = openDocument(path.toStdString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        QVERIFY(f.write("x", 1) == 1);
        f.close();
        QVERIFY_THROWS_EXCEPTION(ReadError, doc.file->sha256());
    }

    // The descriptor entry point: the document reads what the descriptor holds.
    void openThroughADescriptor()
    {
        const int fd = ::open(testdata::path(kKnn).toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const Document doc = openDocument(fd, "shown-name.skops");
        QCOMPARE(doc.path, std::string("shown-name.skops"));
        QCOMPARE(doc.format, std::string("skops"));
        QCOMPARE(QString::fromStdString(doc.file->sha256()), sha256sum(testdata::path(kKnn)));
    }

    void untrustedWithApprovals()
    {
        QTemporaryDir tmp;
        const QString model = tmp.filePath("model.skops");
        QVERIFY(copyTo(testdata::path(kKnn), model));
        const QString hash = sha256sum(model);

        // Without approvals: both types, exit 1.
        auto r = testdata::runSkopos({"untrusted", model});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.out), (QStringList{QString::fromStdString(kDist), QString::fromStdString(kTree)}));

        // One approved for this file, one for all files: clean, reported as approved.
        Approvals a;
        a.add(fileApproval(kDist, hash));
        a.add(Approval{kTree, {}, {}, {}});
        const QString store = tmp.filePath("approvals.json");
        a.save(store.toStdString());
        r = testdata::runSkopos({"untrusted", model, "--approvals", store});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QByteArray("approved: ") + kDist.c_str()));
        r = testdata::runSkopos({"untrusted", model, "--json", "--approvals=" + store});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QVERIFY(j["untrusted"].empty());
        QCOMPARE(j["approved"], nlohmann::json::array({kDist, kTree}));
        r = testdata::runSkopos({"inspect", model, "--approvals", store});
        QCOMPARE(r.exitCode, 0);

        // Only per-file approval: the other type stays untrusted.
        Approvals one;
        one.add(fileApproval(kDist, hash));
        one.save(store.toStdString());
        r = testdata::runSkopos({"untrusted", model, "--approvals", store});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.out), QStringList{QString::fromStdString(kTree)});
    }

    // One byte changed where the reader never looks (the last byte of a stored
    // array's data): the tree and its verdicts are the same, the hash is not,
    // and the approval for the reviewed file does not apply.
    void hashScopedApprovalAppliesToThatFileOnly()
    {
        QTemporaryDir tmp;
        const QString model = tmp.filePath("model.skops"), changed = tmp.filePath("changed.skops");
        QVERIFY(copyTo(testdata::path(kKnn), model));
        QVERIFY(copyTo(testdata::path(kKnn), changed));
        std::uint64_t at = 0;
        {
            // The biggest array (5 KB of KD-tree data): its header is read, its data is not.
            ZipArchive zip(changed.toStdString());
            const ZipEntry* big = nullptr;
            for (const ZipEntry& e : zip.entries())
                if (e.name.ends_with(".npy") && (!big || e.size > big->size))
                    big = &e;
            QVERIFY(big && big->stored && big->size > 1024);
            at = zip.dataOffset(big->name) + big->size - 1;
        }
        QFile f(changed);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(static_cast<qint64>(at)));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(static_cast<qint64>(at)));
        QVERIFY(f.putChar(static_cast<char>(c ^ 0x01)));
        f.close();
        QVERIFY(sha256sum(model) != sha256sum(changed));

        Approvals a;
        a.add(fileApproval(kDist, sha256sum(model)));
        a.add(fileApproval(kTree, sha256sum(model)));
        const QString store = tmp.filePath("approvals.json");
        a.save(store.toStdString());
        QCOMPARE(testdata::runSkopos({"untrusted", model, "--approvals", store}).exitCode, 0);
        const auto r = testdata::runSkopos({"untrusted", changed, "--approvals", store});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lines(r.out), (QStringList{QString::fromStdString(kDist), QString::fromStdString(kTree)}));
        // The reader indeed did not see the byte: without approvals, the same answer.
        QCOMPARE(lines(testdata::runSkopos({"untrusted", changed}).out), lines(r.out));
    }

    void environmentVariable()
    {
        QTemporaryDir tmp;
        Approvals a;
        a.add(Approval{kDist, {}, {}, {}});
        a.add(Approval{kTree, {}, {}, {}});
        const QString store = tmp.filePath("approvals.json");
        a.save(store.toStdString());
        const auto withEnv = [&](const QString& value) {
            return [value](QProcess& p) {
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("SKOPOS_APPROVALS"), value);
                p.setProcessEnvironment(env);
            };
        };
        QCOMPARE(testdata::runSkopos({"untrusted", testdata::path(kKnn)}, 60000, withEnv(store)).exitCode, 0);
        // --approvals wins over the variable.
        Approvals none;
        const QString empty = tmp.filePath("empty.json");
        none.save(empty.toStdString());
        QCOMPARE(testdata::runSkopos({"untrusted", testdata::path(kKnn), "--approvals", empty}, 60000, withEnv(store))
                     .exitCode,
                 1);
        // A store that cannot be read is an error, not "no approvals".
        const auto bad = testdata::runSkopos({"untrusted", testdata::path(kKnn)}, 60000,
                                             withEnv(tmp.filePath("missing.json")));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("approvals"));
        writeText(tmp.filePath("bad.json"), R"({"format": "skopos-trusted-types", "approvals": [{"type": "a.B"}]})");
        QCOMPARE(
            testdata::runSkopos({"untrusted", testdata::path(kKnn), "--approvals", tmp.filePath("bad.json")}).exitCode,
            2);
    }

    void dangerousStaysDangerous()
    {
        QTemporaryDir tmp;
        Approvals a;
        a.add(Approval{"builtins.eval", {}, {}, {}});
        const QString store = tmp.filePath("approvals.json");
        a.save(store.toStdString());
        const QString file = testdata::path("malicious/skops_function_eval.skops");
        const auto plain = testdata::runSkopos({"untrusted", file});
        const auto approved = testdata::runSkopos({"untrusted", file, "--approvals", store});
        QCOMPARE(plain.exitCode, 4);
        QCOMPARE(approved.exitCode, 4);
        QCOMPARE(approved.out, plain.out);
        QVERIFY(approved.err.contains("dangerous: builtins.eval"));
        QVERIFY(!approved.err.contains("approved:"));
    }

    void convertWithApprovals()
    {
        QTemporaryDir tmp;
        const QString input = testdata::path(kKnnPickle);
        Approvals a;
        a.add(fileApproval(kDist, sha256sum(input)));
        a.add(Approval{"os.system", {}, {}, {}});
        const QString store = tmp.filePath("approvals.json");
        a.save(store.toStdString());

        auto r = testdata::runSkopos({"convert", input, "-o", tmp.filePath("a.skops"), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(nlohmann::json::parse(r.out.toStdString())["approved"].empty());
        r = testdata::runSkopos({"convert", input, "-o", tmp.filePath("b.skops"), "--json", "--approvals", store});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["approved"], nlohmann::json::array({kDist}));
        // The result's list still names it: skops.io.load needs it in trusted=[...].
        QVERIFY(std::find(j["untrusted"].begin(), j["untrusted"].end(), kDist) != j["untrusted"].end());

        // Approving os.system does not let a file that calls it through.
        const auto refused = testdata::runSkopos({"convert", testdata::path("pickle/malicious/call_os.system.p4.pkl"),
                                                  "-o", tmp.filePath("c.skops"), "--approvals", store});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(!QFile::exists(tmp.filePath("c.skops")));
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
