#include "LoadedDocument.h"

#include "CurrentProfile.h"
#include "document/Open.h"
#include "io/ZipArchive.h"
#include "pickle/Disassembler.h"
#include "sandbox/ReaderProcess.h"
#include "tree/Error.h"
#include "trust/VersionNote.h"

#include <QCryptographicHash>
#include <QFile>
#include <QCoreApplication>
#include <QFileInfo>

#include <future>
#include <sstream>
#include <streambuf>

namespace skopos::ui {

namespace {

constexpr std::uint64_t kRawTextCap = 4u << 20;     // characters shown in the raw tab
constexpr qint64 kDisassembleMaxInput = 64ll << 20; // larger pickles: use `skopos dis`
std::atomic<std::uint64_t> g_reads{0};

// Keeps the first `cap` characters written to it and drops the rest, so a
// huge listing never fills memory.
class CappedBuf : public std::streambuf {
public:
    // `full` (if given) is set once text is dropped.
    explicit CappedBuf(std::size_t cap, std::atomic<bool>* full = nullptr) : cap_(cap), full_(full) { }
    std::string text;
    bool truncated = false;

protected:
    int_type overflow(int_type c) override
    {
        if (c != traits_type::eof()) {
            if (text.size() < cap_)
                text.push_back(static_cast<char>(c));
            else
                setTruncated();
        }
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override
    {
        const std::size_t room = cap_ - std::min(cap_, text.size());
        const std::size_t take = std::min<std::size_t>(room, static_cast<std::size_t>(n));
        text.append(s, take);
        if (take < static_cast<std::size_t>(n))
            setTruncated();
        return n;
    }

private:
    void setTruncated()
    {
        truncated = true;
        if (full_)
            full_->store(true, std::memory_order_relaxed);
    }
    std::size_t cap_;
    std::atomic<bool>* full_;
};

// The Raw tab's title and kind, known before its text.
RawText rawKind(const Document& doc)
{
    RawText r;
    if (doc.format == "skops") {
        r.title = QStringLiteral("schema.json");
        r.isJson = true;
    } else if (doc.format != "npy") {
        r.title = QCoreApplication::translate("skopos::ui::LoadedDocument", "Opcodes");
    }
    return r;
}

} // namespace

RawText readRawText(const Document& doc, const OpenOptions& options)
{
    RawText r = rawKind(doc);
    try {
        if (doc.format == "skops") {
            // Through the descriptor the tree was read from, never the path again.
            const auto zipPtr = doc.file ? std::make_unique<ZipArchive>(doc.file, options.limits)
                                         : std::make_unique<ZipArchive>(doc.path, options.limits);
            ZipArchive& zip = *zipPtr;
            std::string json = zip.readPrefix("schema.json", kRawTextCap + 1);
            const bool truncated = json.size() > kRawTextCap;
            json.resize(std::min<std::size_t>(json.size(), kRawTextCap));
            r.jsonBytes = json.size();
            r.text = QString::fromUtf8(json.data(), static_cast<qsizetype>(json.size()));
            if (truncated)
                r.text += QCoreApplication::translate("skopos::ui::LoadedDocument", "\n… (truncated)");
        } else if (doc.format == "npy") {
            r.text = QCoreApplication::translate(
                "skopos::ui::LoadedDocument", "(a .npy file has no schema or opcodes: the Node tab shows its values)");
        } else {
            if (QFileInfo(QString::fromStdString(doc.path)).size() > kDisassembleMaxInput) {
                r.text = QCoreApplication::translate(
                    "skopos::ui::LoadedDocument", "The file is large; run `skopos dis FILE` for its opcode listing.");
                return r;
            }
            // The listing stops once the cap is reached: disassembling the
            // rest of a big pickle only to drop its text cost seconds.
            std::atomic<bool> stop{false};
            CappedBuf buf(kRawTextCap, &stop);
            std::ostream out(&buf);
            OpenOptions capped = options;
            capped.cancel = &stop;
            capped.progress = [&options, &stop](std::uint64_t, std::uint64_t) {
                if (options.cancelled())
                    stop = true;
            };
            try {
                disassemble(doc.path, out, capped);
            } catch (const Cancelled&) {
                if (options.cancelled())
                    throw;
            } catch (const ReadError& e) {
                out << "\nerror: " << e.what() << '\n';
            }
            r.text = QString::fromUtf8(buf.text.data(), static_cast<qsizetype>(buf.text.size()));
            if (buf.truncated)
                r.text += QCoreApplication::translate("skopos::ui::LoadedDocument",
                                                      "\n… (truncated; run `skopos dis FILE` for all of it)");
        }
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        // The tree opened; a raw view that cannot be produced is not fatal.
        r.text = QCoreApplication::translate("skopos::ui::LoadedDocument", "(not available: %1)")
                     .arg(QString::fromUtf8(e.what()));
    }
    return r;
}

void applyRawText(LoadedDocument& d, RawText r)
{
    d.rawText = std::move(r.text);
    d.rawTitle = std::move(r.title);
    d.rawIsJson = r.isJson;
    d.rawJsonBytes = r.jsonBytes;
    d.rawPending = false;
}

namespace {

} // namespace

namespace {
// The SHA-256 of the bytes read through this descriptor; empty when the file
// changed since (no approval can then name the reviewed bytes) or on cancel.
QString handleHash(const FileHandle& file, const std::atomic<bool>* cancel = nullptr)
{
    try {
        return QString::fromStdString(file.sha256(cancel));
    } catch (const std::exception&) {
        return {};
    }
}
} // namespace

void describeDocument(LoadedDocument& d)
{
    d.describedWith = d.profile;
    try {
        d.description = std::make_shared<const Description>(
            describeModel(d.doc, d.profile ? *d.profile : TrustProfile::bundled()));
    } catch (const std::exception&) {
        d.description.reset(); // the Model tab describes again and says why
    }
}

bool LoadedDocument::changedOnDisk() const
{
    const QFileInfo now(QString::fromStdString(doc.path));
    return !now.exists() || now.size() != fileSize || now.lastModified() != fileModified;
}

namespace {
std::shared_ptr<LoadedDocument> loadFrom(const FileHandlePtr& file, const QString& path, const OpenOptions& options,
                                         const std::set<std::string>& userTrusted, bool rawLater = false)
{
    auto d = std::make_shared<LoadedDocument>();
    // Stamped before reading: a change made while it is read shows as a change.
    const QFileInfo stamp(path);
    d->fileSize = stamp.size();
    d->fileModified = stamp.lastModified();
    g_reads.fetch_add(1, std::memory_order_relaxed);
    // In the confined reader helper (SKOPOS_READER=inprocess: here), through
    // this process's descriptor: the hash of an approval is of the parsed bytes.
    d->doc = sandbox::readDocument(file, options);
    reaudit(*d, userTrusted);
    describeDocument(*d);
    if (rawLater) {
        applyRawText(*d, rawKind(d->doc));
        d->rawPending = true;
    } else {
        applyRawText(*d, readRawText(d->doc, options));
    }
    return d;
}
} // namespace

std::shared_ptr<LoadedDocument> loadDocument(const QString& path, const OpenOptions& options,
                                             const std::set<std::string>& userTrusted)
{
    return loadFrom(FileHandle::open(path.toStdString()), path, options, userTrusted);
}

std::shared_ptr<LoadedDocument> loadDocument(const QString& path, const OpenOptions& options,
                                             const ApprovalSnapshot& approvals, bool rawLater)
{
    // Without approvals remembered per file there is nothing to look up:
    // the hash (seconds for a big file) waits until an approval needs it.
    if (approvals.perFile.empty()) {
        auto d = loadFrom(FileHandle::open(path.toStdString()), path, options, approvals.everywhere, rawLater);
        d->hashPending = true;
        d->appliedOnOpen = d->audit.approved;
        return d;
    }
    // Otherwise it runs beside the reading: opening a big file costs the
    // longer of the two, not their sum.
    // Both read the one descriptor (pread: no shared position), so the hash
    // is of the bytes the tree was read from.
    const FileHandlePtr file = FileHandle::open(path.toStdString());
    std::atomic<bool> stopHashing{false};
    auto hashing = std::async(std::launch::async, [&file, &stopHashing] { return handleHash(*file, &stopHashing); });
    std::shared_ptr<LoadedDocument> d;
    try {
        d = loadFrom(file, path, options, approvals.everywhere, rawLater);
    } catch (...) {
        stopHashing = true;
        hashing.wait();
        throw;
    }
    const QString hash = hashing.get();
    if (options.cancel && options.cancel->load())
        throw Cancelled();
    std::set<std::string> trusted = approvals.everywhere;
    if (const auto it = approvals.perFile.find(hash); !hash.isEmpty() && it != approvals.perFile.end())
        trusted.insert(it->second.begin(), it->second.end());
    if (trusted != d->userTrusted)
        reaudit(*d, trusted);
    d->contentHash = hash;
    d->appliedOnOpen = d->audit.approved;
    return d;
}

QString fileContentHash(const QString& path, const std::atomic<bool>* cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return {};
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        h.addData(QByteArrayView(buf.constData(), n));
    }
    return QString::fromLatin1(h.result().toHex());
}

std::uint64_t documentReadCount() { return g_reads.load(std::memory_order_relaxed); }

void ensureContentHash(LoadedDocument& d)
{
    if (!d.hashPending)
        return;
    d.contentHash = d.doc.file ? handleHash(*d.doc.file) : fileContentHash(QString::fromStdString(d.doc.path));
    d.hashPending = false;
}

void reaudit(LoadedDocument& d, const std::set<std::string>& userTrusted)
{
    d.userTrusted = userTrusted;
    d.profile = CurrentProfile::profile();
    d.audit = audit(d.doc.tree, *d.profile, userTrusted);
    d.subtreeUnsafe = unsafeSubtrees(d.doc.tree, d.audit);
    d.versionNote = QString::fromStdString(versionMismatchNote(d.doc, *d.profile));
}

QString trustedListText(const std::vector<std::string>& names)
{
    QString s = QStringLiteral("trusted=[");
    for (std::size_t i = 0; i < names.size(); ++i) {
        QString n = QString::fromStdString(names[i]);
        n.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        s += (i ? QStringLiteral(", \"") : QStringLiteral("\"")) + n + QLatin1Char('"');
    }
    return s + QLatin1Char(']');
}

} // namespace skopos::ui
