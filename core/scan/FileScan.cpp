#include "scan/FileScan.h"

#include "document/Open.h"
#include "io/ZipArchive.h"
#include "sandbox/ReaderProcess.h"
#include "scan/ModelSniffer.h"
#include "tree/Error.h"
#include "trust/Audit.h"
#include "trust/VersionNote.h"

#include <QCryptographicHash>
#include <QFile>

#ifdef SKOPOS_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

#include <chrono>
#include <future>
#include <new>

namespace skopos::scan {

const char* verdictText(ScanVerdict v)
{
    switch (v) {
    case ScanVerdict::Clean: return "clean";
    case ScanVerdict::Untrusted: return "untrusted";
    case ScanVerdict::Dangerous: return "dangerous";
    case ScanVerdict::Error: return "error";
    }
    return "error";
}

int verdictExitCode(ScanVerdict v)
{
    switch (v) {
    case ScanVerdict::Clean: return 0;
    case ScanVerdict::Untrusted: return 1;
    case ScanVerdict::Error: return 2;
    case ScanVerdict::Dangerous: return 4;
    }
    return 2;
}

namespace {
// Files from this size on are hashed beside the read (scanFile).
constexpr std::uint64_t kHashAsideBytes = 16ull << 20;

// Streams the file through SHA-256 in fixed chunks. "" when unreadable or cancelled.
std::string sha256Of(const std::string& path, const std::atomic<bool>* cancel)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
#ifdef SKOPOS_HAVE_OPENSSL
    // OpenSSL uses the CPU's SHA instructions (core/CMakeLists.txt).
    struct Hash {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1;
        ~Hash() { EVP_MD_CTX_free(ctx); }
        void addData(QByteArrayView v)
        {
            ok = ok && EVP_DigestUpdate(ctx, v.data(), static_cast<std::size_t>(v.size())) == 1;
        }
        QByteArray result()
        {
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int n = 0;
            if (!ok || EVP_DigestFinal_ex(ctx, md, &n) != 1)
                return {};
            return QByteArray(reinterpret_cast<const char*>(md), static_cast<qsizetype>(n));
        }
    } h;
#else
    QCryptographicHash h(QCryptographicHash::Sha256);
#endif
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        const qint64 k = f.read(buf.data(), buf.size());
        if (k < 0)
            return {};
        if (k == 0)
            break;
        h.addData(QByteArrayView(buf.constData(), k));
    }
    return h.result().toHex().toStdString();
}

std::string sniffedFormat(const SniffResult& s)
{
    switch (s.kind) {
    case Sniffed::Zip: return "skops";
    case Sniffed::Npy: return "npy";
    case Sniffed::Pickle: return s.container.empty() ? "pickle" : "pickle+" + s.container;
    default: return {};
    }
}

// A zip the skops reader refused is called "skops" only when it has a
// schema.json; otherwise (no schema.json, or not even a readable zip) "zip".
bool hasSchemaJson(const std::string& path)
{
    try {
        ZipArchive zip(path);
        return zip.find("schema.json") != nullptr;
    } catch (const std::exception&) {
        return false;
    }
}
} // namespace

FileScanResult problemResult(const std::string& path, const std::string& problem)
{
    FileScanResult r;
    r.path = path;
    r.verdict = ScanVerdict::Error;
    r.error = problem;
    return r;
}

std::optional<FileScanResult> scanFile(const std::string& path, const TrustProfile& profile,
                                       const FileScanOptions& options)
{
    const auto start = std::chrono::steady_clock::now();
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    const SniffResult sniff = sniffModel(path);
    if (sniff.kind == Sniffed::NotModel)
        return std::nullopt;

    FileScanResult r;
    r.path = path;
    const auto finish = [&]() -> std::optional<FileScanResult> {
        if (cancelled())
            return std::nullopt;
        r.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        return r;
    };
    if (sniff.kind == Sniffed::Unreadable) {
        r.verdict = ScanVerdict::Error;
        r.error = sniff.problem;
        return finish();
    }
    {
        QFile f(QString::fromStdString(path));
        r.size = static_cast<std::uint64_t>(f.size());
    }
    r.format = sniffedFormat(sniff);
    if (options.maxSize && r.size > options.maxSize) {
        r.verdict = ScanVerdict::Error;
        r.error = "not read: " + std::to_string(r.size) + " bytes is more than --max-size "
            + std::to_string(options.maxSize);
        return finish();
    }
    // A big file is hashed on its own thread while the reader parses it: the
    // hash and the read each take seconds at a few hundred MB, and the wall
    // time of a scan of one big model is then the longer of the two, not
    // their sum. Small files are hashed first (a thread costs more than that).
    std::future<std::string> hashing;
    if (r.size >= kHashAsideBytes)
        hashing = std::async(std::launch::async, [&path, &options] { return sha256Of(path, options.cancel); });
    else
        r.sha256 = sha256Of(path, options.cancel);
    const auto hashed = [&] {
        if (hashing.valid())
            r.sha256 = hashing.get();
    };
    if (cancelled()) {
        hashed();
        return std::nullopt;
    }

    OpenOptions open;
    open.cancel = options.cancel;
    open.scalarValues = false; // a verdict needs names and types, as `untrusted` (cli/Cli.cpp)
    try {
        // In the confined helper: a reader that crashes, runs out of memory
        // or hangs on this file makes it an `error` line; the scan goes on.
        // One helper per scan thread reads its files one after another.
        thread_local sandbox::ReaderSession session;
        Document doc = sandbox::readerIsolated() ? session.read(path, open) : openDocument(path, open);
        const AuditResult a = audit(doc.tree, profile);
        r.format = doc.format;
        r.protocol = doc.protocol;
        r.untrusted = a.untrusted;
        r.dangerous = a.dangerous;
        r.sklearnVersion = savedSklearnVersion(doc);
        for (const CallReport& c : a.calls.reports)
            r.calls.push_back(c.message());
        // The same rule as `skopos untrusted` (cli/Cli.cpp verdictExit).
        r.verdict = !a.dangerous.empty() || a.calls.suspiciousCalls() ? ScanVerdict::Dangerous
            : !a.untrusted.empty() || a.calls.untrustedCalls()        ? ScanVerdict::Untrusted
                                                                      : ScanVerdict::Clean;
    } catch (const Cancelled&) {
        return std::nullopt;
    } catch (const ReadError& e) {
        r.verdict = ScanVerdict::Error;
        r.error = e.what();
        if (sniff.kind == Sniffed::Zip && !hasSchemaJson(path))
            r.format = "zip";
    } catch (const std::bad_alloc&) {
        r.verdict = ScanVerdict::Error;
        r.error = "out of memory while reading";
    } catch (const std::exception& e) {
        r.verdict = ScanVerdict::Error;
        r.error = e.what();
    }
    hashed();
    if (cancelled())
        return std::nullopt;
    if (r.sha256.empty() && r.verdict != ScanVerdict::Error) {
        r.verdict = ScanVerdict::Error;
        r.error = "cannot read the whole file to hash it";
    }
    return finish();
}

} // namespace skopos::scan
