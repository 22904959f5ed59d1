// ZipArchive against CPython's zipfile, and `skopos untrusted` against real
// skops, on archive variants tests/oracles/zip_variants.py writes with the
// standard library's zipfile (and real skops) plus byte surgery: prepended
// data, comments, zip64 records, 0-count end records, disk numbers, duplicate
// names, two directories, truncations, local/central mismatches, flipped
// directory bytes, every compression method.
//
// Agreement: both refuse the archive, or both list the same names and give
// the same bytes (or both fail) for every member zipfile is asked for. Skopos
// may also refuse, on purpose and saying why, an archive another reader could
// read differently ("readers would disagree", an unsafe name, a member that
// decodes past its declared size): counted, never silent. For skops files the
// untrusted list must be skops' own, or Skopos exits 2; when skops itself
// fails, so does loading, and any verdict stands (counted).
//
// Cases that once disagreed are kept in tests/data/regressions/zip/ with
// what zipfile and skops made of them (expected.json), checked without Python.
// SKOPOS_ZIP_ORACLE_KEEP=DIR copies every disagreeing case there;
// SKOPOS_ZIP_ORACLE_SEED / _COUNT run other or more variants.
#include "io/PayloadReader.h"
#include "document/Open.h"
#include "io/ArraySlice.h"
#include "io/ByteSource.h"
#include "io/ZipArchive.h"
#include "tree/Error.h"

#include "TestData.h"
#include "ZipOracle.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace skopos;

namespace {

using namespace ziporacle;

bool compareSkops(const QString& path, const QJsonObject& want, bool mustOpen, Tally& t)
{
    ++t.skopsCases;
    const QString what = QFileInfo(path).fileName();
    const auto r = testdata::runSkopos({"untrusted", "--json", path});
    if (r.crashed || (r.exitCode != 0 && r.exitCode != 1 && r.exitCode != 2 && r.exitCode != 4)) {
        t.disagreements << what + ": skopos crashed or hung (exit " + QString::number(r.exitCode) + ")";
        return false;
    }
    if (want.contains("error")) { // skops cannot load it either
        ++t.skopsErrors;
        return true;
    }
    if (r.exitCode == 2) {
        if (mustOpen || r.err.trimmed().isEmpty()) {
            t.disagreements << what + ": skops lists " + QString::number(want.value("untrusted").toArray().size())
                    + " untrusted types, Skopos refuses: " + QString::fromUtf8(r.err.trimmed());
            return false;
        }
        ++t.cliRefusals;
        t.refusals--;
        t.refused("exit 2 " + QString::fromUtf8(r.err.trimmed()).section(": ", 2).toStdString());
        return true;
    }
    const QJsonArray got = QJsonDocument::fromJson(r.out).object().value("untrusted").toArray();
    QStringList a, b;
    for (const auto& v : got)
        a << v.toString();
    for (const auto& v : want.value("untrusted").toArray())
        b << v.toString();
    a.sort();
    b.sort();
    if (a != b) {
        t.disagreements << what + ": skops lists [" + b.join(", ") + "], Skopos [" + a.join(", ") + "] (exit "
                + QString::number(r.exitCode) + ")";
        return false;
    }
    return true;
}

void keep(const QString& file, const QJsonObject& c)
{
    const QString dir = qEnvironmentVariable("SKOPOS_ZIP_ORACLE_KEEP");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString name = c.value("kind").toString() + "-" + QFileInfo(file).fileName();
    QFile::copy(file, dir + "/" + name);
    QFile out(dir + "/" + name + ".json");
    if (out.open(QIODevice::WriteOnly))
        out.write(QJsonDocument(c).toJson());
}

void report(const char* what, const Tally& t)
{
    qInfo("%s: %d cases, %d members compared, %d deliberate refusals; %d skops cases (%d skops errors, %d exit 2); "
          "%d disagreements",
          what, t.cases, t.members, t.refusals, t.skopsCases, t.skopsErrors, t.cliRefusals,
          static_cast<int>(t.disagreements.size()));
    for (auto it = t.refusedWhy.begin(); it != t.refusedWhy.end(); ++it)
        qInfo("  refused %3d x: %s", it.value(), qPrintable(it.key()));
}

} // namespace

class TestZipOracle : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QJsonArray cases_;
    bool skops_ = false;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        skops_ = testdata::realSkops().whyNot.isEmpty();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (skops_)
            env.insert("PYTHONPATH", testdata::realSkops().src);
        p.setProcessEnvironment(env);
        // Longer runs (scripts/fuzz.sh, by hand): SKOPOS_ZIP_ORACLE_SEED and _COUNT.
        const QString seed = qEnvironmentVariable("SKOPOS_ZIP_ORACLE_SEED", "20");
        const int count = qEnvironmentVariableIsSet("SKOPOS_ZIP_ORACLE_COUNT")
            ? qEnvironmentVariableIntValue("SKOPOS_ZIP_ORACLE_COUNT")
            : 300;
        p.start("/usr/bin/python3",
                {QStringLiteral(SKOPOS_SOURCE_DIR "/tests/oracles/zip_variants.py"), dir_.path(), "--seed", seed,
                 "--count", QString::number(count), "--skops-count", skops_ ? QString::number(count / 2) : "0"});
        QVERIFY2(p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable("zip_variants.py failed: " + QString::fromUtf8(p.readAllStandardError().right(2000))));
        cases_ = testdata::readJson(dir_.filePath("manifest.json")).value("cases").toArray();
        QVERIFY(cases_.size() >= 100);
    }

    // Every variant: the listing and every member's bytes, as zipfile's.
    void listingsAndBytesAsZipfile()
    {
        Tally t;
        for (const auto& v : cases_) {
            const QJsonObject c = v.toObject();
            ++t.cases;
            t.kind = c.value("kind").toString();
            const QString file = dir_.filePath(c.value("file").toString());
            if (!compareZip(file, c.value("zip").toObject(), t))
                keep(file, c);
        }
        report("zipfile", t);
        QVERIFY2(t.disagreements.isEmpty(), qPrintable(t.disagreements.mid(0, 40).join('\n')));
        // The comparison is not vacuous: most variants open, some members fail.
        QVERIFY(t.members > 1000);
    }

    // skops variants: `skopos untrusted --json` against get_untrusted_types.
    // The files real skops writes (every compression) must open.
    void untrustedAsSkops()
    {
        SKOPOS_NEED_REAL_SKOPS();
        Tally t;
        for (const auto& v : cases_) {
            const QJsonObject c = v.toObject();
            if (!c.contains("skops"))
                continue;
            ++t.cases;
            const QString kind = t.kind = c.value("kind").toString();
            const bool written = kind.startsWith("skops-clean-") || kind.startsWith("skops-untrusted-")
                || kind == "skops-plain" || kind == "skops-prefix" || kind == "skops-zero-count";
            const QString file = dir_.filePath(c.value("file").toString());
            if (!compareSkops(file, c.value("skops").toObject(), written, t))
                keep(file, c);
        }
        report("skops", t);
        QVERIFY2(t.disagreements.isEmpty(), qPrintable(t.disagreements.mid(0, 40).join('\n')));
        QVERIFY(t.skopsCases >= 8);
    }

    // Array previews and conversion read members through ZipArchive: for
    // skops' own files in every compression (and an npz inside a member),
    // their bytes are those ZipFile.read returns.
    void arrayBytesAsZipfile()
    {
        SKOPOS_NEED_REAL_SKOPS();
        int arrays = 0;
        QStringList files{testdata::path("arrays/deflated.skops"), testdata::path("arrays/sparse_formats.skops")};
        for (const auto& v : cases_)
            if (v.toObject().value("kind").toString().contains(QRegularExpression("^skops-(clean|untrusted)-")))
                files << dir_.filePath(v.toObject().value("file").toString());
        QVERIFY(files.size() >= 10);
        for (const QString& file : files) {
            const std::string path = file.toStdString();
            const Document doc = openDocument(path);
            ZipArchive zip(path);
            PayloadReader payload(doc, Limits::defaults(), nullptr);
            for (const ArrayInfo& a : doc.tree.arrays()) {
                if (a.where != Where::ZipMember || a.length == 0)
                    continue;
                // What zipfile returns: the member, or the npz member's member.
                std::string member;
                if (zip.find(a.source)) {
                    member = zip.read(a.source, 1u << 30);
                } else {
                    const auto slash = a.source.rfind('/');
                    QVERIFY2(slash != std::string::npos, a.source.c_str());
                    const std::string outer = zip.read(a.source.substr(0, slash), 1u << 30);
                    QByteArray bytes(outer.data(), static_cast<qsizetype>(outer.size()));
                    QBuffer buf(&bytes);
                    ZipArchive npz(&buf, "npz");
                    member = npz.read(a.source.substr(slash + 1), 1u << 30);
                }
                QVERIFY2(member.size() >= a.offset + a.length, a.source.c_str());
                const std::string want = member.substr(a.offset, a.length);
                auto src = openArrayData(path, a, Limits::defaults(), nullptr);
                std::string got(a.length, '\0');
                std::size_t have = 0;
                while (have < got.size()) {
                    const std::size_t n = src->read(got.data() + have, got.size() - have);
                    QVERIFY2(n > 0, a.source.c_str());
                    have += n;
                }
                QVERIFY2(got == want, qPrintable(file + ": preview bytes of " + QString::fromStdString(a.source)));
                if (a.source.find('/') == std::string::npos || zip.find(a.source)) {
                    std::string copied;
                    payload.copy(a, a.length, [&](const char* d, std::size_t n) { copied.append(d, n); });
                    QVERIFY2(copied == want,
                             qPrintable(file + ": converted bytes of " + QString::fromStdString(a.source)));
                }
                ++arrays;
            }
        }
        qInfo("%d arrays read as zipfile reads them", arrays);
        QVERIFY(arrays > 20);
    }

    // The disagreements found so far, kept with zipfile's and skops' verdicts.
    void regressions()
    {
        const QString dir = testdata::path("regressions/zip");
        const QJsonObject expected = testdata::readJson(dir + "/expected.json");
        QVERIFY(!expected.isEmpty());
        Tally t;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            const QString file = dir + "/" + it.key();
            QVERIFY2(QFile::exists(file), qPrintable(file));
            ++t.cases;
            t.kind = c.value("kind").toString();
            compareZip(file, c.value("zip").toObject(), t);
            if (c.contains("cliRefused")) { // skopos must exit 2, naming why
                const auto r = testdata::runSkopos({"untrusted", "--json", file});
                if (r.exitCode != 2 || !r.err.contains(c.value("cliRefused").toString().toUtf8()))
                    t.disagreements << it.key() + ": expected a refusal, got exit " + QString::number(r.exitCode) + " "
                            + QString::fromUtf8(r.err);
            } else if (c.contains("cliExit")) { // read as what it first is (a pickle holding a zip)
                const auto r = testdata::runSkopos({"untrusted", "--json", file});
                if (r.exitCode != c.value("cliExit").toInt())
                    t.disagreements << it.key() + ": expected exit " + QString::number(c.value("cliExit").toInt())
                            + ", got " + QString::number(r.exitCode) + " " + QString::fromUtf8(r.err);
            } else if (c.contains("skops")) {
                compareSkops(file, c.value("skops").toObject(), c.value("mustOpen").toBool(), t);
            }
            if (c.contains("refused")) { // the archive must be refused, naming why
                try {
                    ZipArchive zip(file.toStdString());
                    t.disagreements << it.key() + ": not refused";
                } catch (const ReadError& e) {
                    if (!QString::fromStdString(e.what()).contains(c.value("refused").toString()))
                        t.disagreements << it.key() + ": refused for another reason: " + e.what();
                }
            }
        }
        // `scan` finds a .skops file with a shell script before its archive
        // (it skipped it as "not a model" before).
        const auto r = testdata::runSkopos({"scan", "--jsonl", dir + "/shell-prefix-comment.skops"});
        if (!r.out.contains("\"verdict\": \"untrusted\"") || !r.out.contains("scipy.sparse._csr.csr_matrix"))
            t.disagreements << "scan skips or misreads shell-prefix-comment.skops: " + QString::fromUtf8(r.out + r.err);
        report("regressions", t);
        QVERIFY2(t.disagreements.isEmpty(), qPrintable(t.disagreements.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestZipOracle)
#include "tst_zip_oracle.moc"
