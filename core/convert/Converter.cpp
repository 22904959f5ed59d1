#include "convert/Converter.h"

#include "convert/NpyWriter.h"
#include "convert/SchemaEmitter.h"
#include "convert/ZipWriter.h"
#include "document/Open.h"
#include "io/PayloadReader.h"
#include "trust/Audit.h"
#include "trust/DangerousNames.h"
#include "tree/Error.h"
#include "tree/LargeStack.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <numeric>

#include <algorithm>
#include <deque>

namespace skopos {

namespace {

using convert::Member;

// Breadth-first search for the first reachable node whose type is `name`;
// returns its path ("root/steps/0/1") or "" when it is not in the tree.
std::string pathOf(const ObjectTree& t, std::string_view name)
{
    if (!t.valid(t.root))
        return {};
    std::vector<NodeId> parent(t.size(), kNoNode);
    std::vector<StrId> label(t.size(), kNoStr);
    std::vector<std::uint32_t> index(t.size(), 0);
    std::vector<std::uint8_t> seen(t.size(), 0);
    std::deque<NodeId> q{t.root};
    seen[t.root] = 1;
    while (!q.empty()) {
        const NodeId n = q.front();
        q.pop_front();
        if (t.typeName(n) == name) {
            std::vector<std::string> parts;
            for (NodeId c = n; c != t.root; c = parent[c])
                parts.push_back(label[c] != kNoStr ? std::string(t.str(label[c])) : std::to_string(index[c]));
            std::string p = "root";
            for (auto it = parts.rbegin(); it != parts.rend(); ++it)
                p += "/" + *it;
            return p;
        }
        std::uint32_t i = 0;
        for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next, ++i) {
            const NodeId c = t.edge(e).child;
            if (t.valid(c) && !seen[c]) {
                seen[c] = 1;
                parent[c] = n;
                label[c] = t.edge(e).label;
                index[c] = i;
                q.push_back(c);
            }
        }
    }
    return {};
}

void refuseDangerous(const Document& doc, const AuditResult& ar)
{
    std::string name;
    if (!ar.dangerous.empty())
        name = ar.dangerous.front();
    for (const auto& g : doc.globals)
        if (name.empty() && isDangerous(g))
            name = g;
    if (name.empty()) {
        // A trusted target given arguments Python never writes, or a string
        // that reads as code, is as dangerous as a dangerous name (the CLI
        // exits 4): converting would write the odd call out of sight.
        for (const CallReport& c : ar.calls.reports)
            if (c.finding != CallFinding::Untrusted)
                throw ConvertRefused("refusing to convert: " + c.message(), true, c.name,
                                     c.node != kNoNode ? pathOf(doc.tree, c.name) : std::string());
        return;
    }
    const std::string path = pathOf(doc.tree, name);
    const DangerousEntry* d = findDangerous(name);
    throw ConvertRefused("refusing to convert: the file names the dangerous global " + name
                             + (path.empty() ? std::string(" (outside the object tree)") : " at " + path)
                             + (d ? " (" + std::string(d->why) + ")" : std::string()),
                         true, name, path);
}

class Writer {
public:
    Writer(const Document& doc, const ConvertOptions& o, QSaveFile& out)
        : o_(o), out_(out), zip_(out), payload_(doc, Limits::defaults(), o.cancel)
    {
    }

    // schema.json first, streamed while the emitter writes it.
    void beginSchema() { zip_.beginUnsized("schema.json"); }
    void schemaText(std::string_view text) { zip_.write(text.data(), text.size()); }
    void endSchema() { zip_.end(); }

    void run(const convert::SchemaEmitter& emitter)
    {
        const std::size_t count = emitter.memberCount();
        Member scratch, other;
        // Decompressed joblib streams are read forwards once: members in
        // stream order. Everything else keeps skops' order. (An order of
        // indices: a million members are not copied.)
        const auto streamed = [&](const Member& m) {
            return !m.inlineBytes && m.type != Member::Type::Npz && m.type != Member::Type::CopyMember
                && emitter.arrayOf(m).where == Where::StreamRange;
        };
        std::size_t nameBytes = 0;
        bool anyStreamed = false;
        char name[32];
        for (std::size_t i = 0; i < count; ++i) {
            const Member& m = emitter.member(i, scratch);
            total_ += length(m);
            nameBytes += emitter.nameOf(m, name).size();
            anyStreamed = anyStreamed || streamed(m);
        }
        std::vector<std::uint32_t> order;
        if (anyStreamed) {
            order.resize(count);
            std::iota(order.begin(), order.end(), std::uint32_t{0});
            std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
                const Member &a = emitter.member(x, scratch), &b = emitter.member(y, other);
                const bool sa = streamed(a), sb = streamed(b);
                if (sa != sb)
                    return sa;
                return sa && emitter.arrayOf(a).offset < emitter.arrayOf(b).offset;
            });
        }
        zip_.reserve(count, nameBytes);
        for (std::size_t k = 0; k < count; ++k) {
            const Member& m = emitter.member(anyStreamed ? order[k] : k, scratch);
            checkCancel();
            const std::string_view n = emitter.nameOf(m, name);
            switch (m.type) {
            case Member::Type::Npy: npy(m, emitter.arrayOf(m), n); break;
            case Member::Type::Bin: bin(m, emitter.arrayOf(m), n); break;
            case Member::Type::Npz: npz(m, n); break;
            case Member::Type::CopyMember: copyMember(m, n); break;
            }
        }
        zip_.finish();
    }

private:
    // Members up to this size are gathered whole and written in one piece
    // (CRC-32 known before the header: no seek back); larger ones stream.
    static constexpr std::uint64_t kGathered = 64 * 1024;

    static std::uint64_t length(const Member& m) { return m.length; }

    void checkCancel() const
    {
        if (o_.cancel && o_.cancel->load(std::memory_order_relaxed))
            throw Cancelled();
    }
    void advance(std::uint64_t n)
    {
        done_ += n;
        if (o_.progress)
            o_.progress(done_, total_);
    }
    PayloadSink toZip()
    {
        return [this](const char* p, std::size_t n) {
            zip_.write(p, n);
            advance(n);
        };
    }

    // npy headers repeat (a million shape-() int64 scalars): the last one is kept.
    const std::string& npyHeader(const ArrayInfo& a)
    {
        if (!haveHeader_ || a.descr != headerDescr_ || a.fortranOrder != headerFortran_ || a.shape != headerShape_) {
            header_ = convert::npyHeader(a.descr, a.fortranOrder, a.shape);
            headerDescr_ = a.descr;
            headerFortran_ = a.fortranOrder;
            headerShape_ = a.shape;
            headerCrc_ = convert::ZipWriter::crc32Of(header_);
            haveHeader_ = true;
        }
        return header_;
    }

    // A small member's whole payload, in scratch_.
    std::string_view gather(const Member& m, const ArrayInfo& a, std::uint64_t n)
    {
        if (m.inlineBytes)
            return m.inlineData();
        scratch_.clear();
        payload_.copy(a, n, [this](const char* p, std::size_t k) { scratch_.append(p, k); });
        return scratch_;
    }

    void npy(const Member& m, const ArrayInfo& a, std::string_view name)
    {
        const std::string& header = npyHeader(a);
        const std::uint64_t n = length(m);
        if (n <= kGathered) {
            zip_.addStored(name, header, headerCrc_, gather(m, a, n));
            advance(n);
            return;
        }
        zip_.begin(name, header.size() + n);
        zip_.write(header.data(), header.size());
        body(m, a, n);
        zip_.end();
    }

    void bin(const Member& m, const ArrayInfo& a, std::string_view name)
    {
        const std::uint64_t n = length(m);
        if (n <= kGathered) {
            zip_.addStored(name, gather(m, a, n));
            advance(n);
            return;
        }
        zip_.begin(name, n);
        body(m, a, n);
        zip_.end();
    }

    // A member's bytes: held in memory (escaped bytes of protocols 0-2) or
    // streamed from the input file.
    void body(const Member& m, const ArrayInfo& a, std::uint64_t n)
    {
        if (m.inlineBytes) {
            zip_.write(m.bytes, m.length);
            advance(m.length);
        } else {
            payload_.copy(a, n, toZip());
        }
    }

    void npz(const Member& m, std::string_view name)
    {
        // save_npz -> np.savez_compressed: one deflated .npy per part.
        QByteArray inner;
        QBuffer buf(&inner);
        buf.open(QIODevice::ReadWrite);
        convert::ZipWriter z(buf);
        for (const auto& p : m.extra->parts) {
            std::string bytes = convert::npyHeader(p.array.descr, p.array.fortranOrder, p.array.shape);
            if (p.inlineBytes)
                bytes += p.bytes;
            else
                payload_.copy(p.array, p.array.length, [&](const char* d, std::size_t n) { bytes.append(d, n); });
            z.addDeflated(p.name + ".npy", bytes);
        }
        z.finish();
        buf.close();
        zip_.addStored(name, std::string_view(inner.constData(), static_cast<std::size_t>(inner.size())));
    }

    void copyMember(const Member& m, std::string_view name)
    {
        zip_.begin(name, payload_.memberSize(m.extra->source));
        payload_.copyMember(m.extra->source, toZip());
        zip_.end();
    }

    const ConvertOptions& o_;
    QSaveFile& out_;
    convert::ZipWriter zip_;
    PayloadReader payload_;
    std::uint64_t total_ = 0, done_ = 0;
    std::string scratch_;
    std::string header_, headerDescr_;
    std::vector<std::int64_t> headerShape_;
    bool headerFortran_ = false, haveHeader_ = false;
    std::uint32_t headerCrc_ = 0;
};

} // namespace

ConvertResult convertToSkops(const std::string& input, const std::string& output, const ConvertOptions& options)
{
    const QFileInfo in(QString::fromStdString(input));
    const QFileInfo out(QString::fromStdString(output));
    if (output.empty())
        throw ReadError("no output file given");
    if (in.absoluteFilePath() == out.absoluteFilePath()
        || (out.exists() && in.exists() && in.canonicalFilePath() == out.canonicalFilePath()))
        throw ReadError("the output " + output + " is the input file: refusing to overwrite it");

    // A vocabulary of numpy scalars is read without their (dtype, bytes)
    // argument nodes (two a scalar); the emitter numbers nodes as if they
    // were there. If a later reference rebuilt some, ids no longer map: the
    // file is read again whole (only a hand-made pickle does that).
    OpenOptions oo;
    oo.cancel = options.cancel;
    OpenOptions::DroppedScalarArgs dropped;
    oo.droppedScalarArgs = &dropped;
    Document doc = openDocument(input, oo);
    if (dropped.revived) {
        doc = Document();
        dropped = {};
        oo.droppedScalarArgs = nullptr;
        doc = openDocument(input, oo);
    }
    std::set<std::string> trusted = options.approvals.approvedFor(doc); // hashed through doc.file: the bytes read
    trusted.insert(options.trusted.begin(), options.trusted.end());
    const AuditResult ar = audit(doc.tree, TrustProfile::bundled(), trusted);
    refuseDangerous(doc, ar);

    QSaveFile file(QString::fromStdString(output));
    if (!file.open(QIODevice::WriteOnly))
        throw ReadError("cannot write " + output + ": " + file.errorString().toStdString());
    try {
        // The schema is streamed into the archive as it is emitted; a
        // refusal half way discards the temporary file (QSaveFile), so no
        // partial output is ever left behind.
        Writer w(doc, options, file);
        convert::SchemaEmitter emitter(doc, ar, std::move(dropped.scalars));
        w.beginSchema();
        const convert::SchemaEmitter::TextSink sink = [&](std::string_view text) { w.schemaText(text); };
        runWithLargeStack([&] { emitter.run(sink); });
        w.endSchema();
        if (options.cancel && options.cancel->load())
            throw Cancelled();
        w.run(emitter);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (options.cancel && options.cancel->load()) {
        file.cancelWriting();
        throw Cancelled();
    }
    if (!file.commit())
        throw ReadError("cannot write " + output + ": " + file.errorString().toStdString());

    // The list to pass as trusted=[...]. For a pickle or joblib input it is
    // the input's own audit: the pickle reader gives every node the loader
    // skops' get_state picks, which is the node this writer writes (the
    // fixture oracle and fuzz_convert check that both audits agree), and
    // re-reading a 170 MB schema would double the time. Old skops files
    // change loaders on the way (FunctionNode v0, SGDNode, generators), so
    // their result is read back and audited.
    ConvertResult r;
    r.output = output;
    if (doc.format == "skops") {
        try {
            Document written = openDocument(output);
            r.untrusted = audit(written.tree).untrusted;
        } catch (const std::exception& e) {
            QFile::remove(QString::fromStdString(output));
            throw ReadError(std::string("the converted file does not read back (") + e.what() + "); removed it");
        }
    } else {
        r.untrusted = ar.untrusted;
        r.untrusted.insert(r.untrusted.end(), ar.approved.begin(), ar.approved.end());
        std::sort(r.untrusted.begin(), r.untrusted.end());
    }
    for (const auto& t : r.untrusted)
        if (trusted.count(t))
            r.approved.push_back(t);
    return r;
}

} // namespace skopos
