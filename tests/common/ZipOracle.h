#pragma once
// ZipArchive compared with CPython's zipfile (tests/oracles/zip_variants.py
// records zipfile's reading): the listing, every member's bytes (or that
// both fail), the prefix path; from the file and from a device holding it.
// Used by tst_zip_oracle and tst_ziparchive.

#include "io/ZipArchive.h"
#include "tree/Error.h"

#include "TestData.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <memory>
#include <set>

namespace ziporacle {

using skopos::ReadError;
using skopos::ZipArchive;
using skopos::ZipEntry;

inline bool deliberateRefusal(const std::string& why)
{
    for (const char* s : {"readers would disagree", "(refused)", "unsafe name", "refused as forged"})
        if (why.find(s) != std::string::npos)
            return true;
    return false;
}

inline QString hex(const std::string& bytes)
{
    return QString::fromLatin1(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toHex());
}

struct Tally {
    int cases = 0, members = 0, refusals = 0, skopsCases = 0, skopsErrors = 0, cliRefusals = 0;
    QStringList disagreements;
    QMap<QString, int> refusedWhy; // deliberate refusals by case kind and reason (names and numbers left out)
    QString kind;                  // of the case being compared
    void refused(const std::string& why)
    {
        ++refusals;
        QString key = QString::fromStdString(why);
        key.remove(QRegularExpression("\"[^\"]*\"|[0-9]+|^(archive|buffer) "));
        ++refusedWhy[kind + ": " + key.left(70)];
    }
};

// One reading (from the file, or from a device holding it) against zipfile's.
// `again`: a second reading of the same file; its members over 16 MB were
// compared once already (a 670 MB npz bomb in tests/data costs seconds a reading).
inline void compareReading(ZipArchive& zip, const QJsonObject& want, const QString& what, Tally& t, bool again)
{
    std::set<std::string> ours, theirs;
    for (const ZipEntry& e : zip.entries())
        ours.emplace(e.name);
    for (const auto& v : want.value("names").toArray())
        theirs.insert(v.toString().toStdString());
    if (ours != theirs) {
        t.disagreements << what
                + QStringLiteral(": zipfile lists %1 names, Skopos %2").arg(theirs.size()).arg(ours.size());
        return;
    }
    const QJsonObject members = want.value("members").toObject();
    for (auto it = members.begin(); it != members.end(); ++it) {
        const std::string name = it.key().toStdString();
        const QJsonObject m = it.value().toObject();
        if (again && m.value("size").toInteger() > (16 << 20))
            continue;
        ++t.members;
        std::string bytes, error;
        try {
            bytes = zip.read(name, 1ull << 31);
        } catch (const ReadError& e) {
            error = e.what();
        }
        if (m.contains("error")) {
            if (error.empty())
                t.disagreements << what + ": member " + it.key() + ": zipfile fails (" + m.value("error").toString()
                        + "), Skopos reads " + QString::number(bytes.size()) + " bytes";
            continue;
        }
        if (!error.empty()) {
            if (deliberateRefusal(error))
                t.refused(error);
            else
                t.disagreements << what + ": member " + it.key()
                        + ": zipfile reads it, Skopos: " + QString::fromStdString(error);
            continue;
        }
        const QByteArray sha = QCryptographicHash::hash(
                                   QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                   QCryptographicHash::Sha256)
                                   .toHex();
        if (sha != m.value("sha256").toString().toLatin1()
            || static_cast<qint64>(bytes.size()) != m.value("size").toInteger()) {
            t.disagreements << what + ": member " + it.key() + ": other bytes than zipfile's";
            continue;
        }
        // The mapped path (a stored schema.json) gives the same bytes, and
        // its CRC check passes.
        try {
            const std::string_view view = zip.storedView(name, 1ull << 31);
            if (view.data()) {
                if (view != bytes)
                    t.disagreements << what + ": member " + it.key() + ": storedView differs from zipfile's bytes";
                zip.releaseView(view, view.size());
            }
        } catch (const ReadError& e) {
            t.disagreements << what + ": member " + it.key() + ": storedView fails: " + e.what();
        }
        // The prefix path (npy headers) gives the same first bytes.
        try {
            const std::string head = zip.readPrefix(name, 64);
            if (hex(head) != m.value("head").toString())
                t.disagreements << what + ": member " + it.key() + ": readPrefix differs from zipfile's first bytes";
        } catch (const ReadError& e) {
            t.disagreements << what + ": member " + it.key() + ": readPrefix fails: " + e.what();
        }
    }
}

// False when the comparison found a disagreement.
inline bool compareZip(const QString& path, const QJsonObject& want, Tally& t)
{
    const qsizetype before = t.disagreements.size();
    const QString what = QFileInfo(path).fileName();
    for (const int mode : {0, 1, 2}) { // the file; the file after prefetchPrefixes; a device
        const bool device = mode == 2;
        QFile f(path);
        QBuffer buf;
        std::unique_ptr<ZipArchive> zip;
        try {
            if (device) {
                if (!f.open(QIODevice::ReadOnly))
                    QTest::qFail(qPrintable("cannot read " + path), __FILE__, __LINE__);
                buf.setData(f.readAll());
                zip = std::make_unique<ZipArchive>(&buf, "buffer");
            } else {
                zip = std::make_unique<ZipArchive>(path.toStdString());
            }
        } catch (const ReadError& e) {
            if (want.contains("error"))
                continue;
            if (deliberateRefusal(e.what()))
                t.refused(e.what());
            else
                t.disagreements << what + ": zipfile reads it, Skopos: " + e.what();
            continue;
        }
        if (want.contains("error")) {
            t.disagreements << what + ": zipfile fails (" + want.value("error").toString() + "), Skopos lists "
                    + QString::number(zip->entries().size()) + " members";
            continue;
        }
        if (mode == 1)
            zip->prefetchPrefixes("", 64, 100000);
        compareReading(*zip, want, what + (device ? " (device)" : mode == 1 ? " (prefetched)" : ""), t, mode > 0);
    }
    return t.disagreements.size() == before;
}

// zipfile's reading of each file (keys: the paths as given).
inline QJsonObject zipfileReadings(const QStringList& files)
{
    QProcess p;
    p.start("/usr/bin/python3",
            QStringList{QStringLiteral(SKOPOS_SOURCE_DIR "/tests/oracles/zip_variants.py"), "--oracle"} + files);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTest::qFail(
            qPrintable("zip_variants.py --oracle failed: " + QString::fromUtf8(p.readAllStandardError().right(2000))),
            __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace ziporacle
