// scipy node form (skops/io/_scipy.py): a sparse matrix is an .npz member in
// scipy.sparse.save_npz's layout (savez_compressed of indices/indptr or
// row/col or offsets, then format, shape, data).

#include "convert/Converter.h"
#include "convert/SchemaEmitter.h"

namespace skopos::convert {

void SchemaEmitter::sparse(NodeId n)
{
    headOf(n, "SparseMatrixNode");
    w_.field("type", "scipy");
    std::string_view name = existingMember(n);
    if (name.empty()) {
        Member m;
        m.node = n;
        m.extra = std::make_unique<Member::Extra>();
        if (doc_.format == "skops") {
            // Old skops: the member already is save_npz output; copy it.
            for (const auto& [l, c] : t_.children(n)) {
                (void)l;
                const ArrayInfo* a = t_.array(c);
                if (a && a->where == Where::ZipMember) {
                    const auto slash = a->source.rfind('/');
                    m.extra->source = slash == std::string::npos ? a->source.str() : a->source.substr(0, slash);
                    break;
                }
            }
            if (m.extra->source.empty())
                refuse(n, "a sparse matrix whose .npz member was not found");
            m.type = Member::Type::CopyMember;
        } else {
            m.type = Member::Type::Npz;
            const NodeId state = t_.child(n, "state");
            if (!t_.valid(state) || t_.node(state).kind != Kind::Dict)
                refuse(n, "a sparse matrix without its state");
            const auto [module, cls] = splitTypeName(t_.typeName(n));
            const std::string fmt = cls.substr(0, cls.find('_'));
            std::vector<std::string> first;
            if (fmt == "csr" || fmt == "csc" || fmt == "bsr")
                first = {"indices", "indptr"};
            else if (fmt == "dia")
                first = {"offsets"};
            else if (fmt == "coo")
                first = {"row", "col"};
            else
                refuse(n, "scipy's save_npz cannot save the " + fmt + " format");
            const auto arrayPart = [&](const std::string& key) {
                const NodeId c = t_.child(state, key);
                const ArrayInfo* a = t_.array(c);
                if (!a || t_.node(c).kind != Kind::Array || a->where == Where::Children)
                    refuse(n, "a sparse matrix without its " + key + " array");
                // save_npz stores plain arrays: a part of another class (a
                // subclass, or what a damaged _reconstruct names) would
                // silently become numpy.ndarray.
                if (t_.typeName(c) != "numpy.ndarray")
                    refuse(n,
                           "a sparse matrix whose " + key + " is a " + std::string(t_.typeName(c))
                               + ", not a numpy.ndarray");
                Member::Part p;
                p.name = key;
                p.array = *a;
                const std::int64_t cnt = a->elementCount();
                if (cnt < 0 || a->itemsize <= 0)
                    refuse(n, "a sparse matrix whose " + key + " array has no size");
                p.array.length = static_cast<std::uint64_t>(cnt) * static_cast<std::uint64_t>(a->itemsize);
                if (a->where == Where::Absent && p.array.length > 0) {
                    const std::string_view bytes = t_.strValue(t_.child(c, "data"));
                    if (bytes.size() != p.array.length)
                        refuse(n, "a sparse matrix whose " + key + " bytes are not in the file");
                    p.inlineBytes = true;
                    p.bytes = std::string(bytes);
                } else if (p.array.length == 0) {
                    p.inlineBytes = true;
                }
                m.extra->parts.push_back(std::move(p));
            };
            for (const auto& k : first)
                arrayPart(k);
            // format: np.array(b'csr'), a 0-d |S3 array.
            Member::Part f;
            f.name = "format";
            f.array.descr = "|S" + std::to_string(fmt.size());
            f.array.itemsize = static_cast<std::int64_t>(fmt.size());
            f.inlineBytes = true;
            f.bytes = fmt;
            m.extra->parts.push_back(std::move(f));
            // shape: np.array(matrix.shape), int64.
            Member::Part s;
            s.name = "shape";
            s.array.descr = "<i8";
            s.array.itemsize = 8;
            s.inlineBytes = true;
            const NodeId shape = t_.child(state, "_shape");
            std::vector<std::int64_t> dims;
            for (const auto& [l, d] : t_.children(shape)) {
                (void)l;
                if (t_.node(d).kind != Kind::Int)
                    refuse(n, "a sparse matrix whose shape is not a tuple of ints");
                dims.push_back(t_.node(d).value.i);
            }
            if (dims.empty())
                refuse(n, "a sparse matrix without its shape");
            s.array.shape = {static_cast<std::int64_t>(dims.size())};
            for (auto d : dims)
                for (int b = 0; b < 8; ++b)
                    s.bytes += static_cast<char>((static_cast<std::uint64_t>(d) >> (8 * b)) & 0xff);
            m.extra->parts.push_back(std::move(s));
            arrayPart("data");
        }
        name = addMember(std::move(m), n);
    }
    w_.field("file", name);
    idField(n);
}

} // namespace skopos::convert
