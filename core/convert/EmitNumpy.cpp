// numpy node forms (skops/io/_numpy.py): arrays and scalars as .npy members,
// object arrays as JSON lists, masked arrays, dtypes (an empty array of the
// dtype), RandomState and Generator.

#include "convert/Converter.h"
#include "convert/SchemaEmitter.h"
#include "npy/NpyHeader.h"

namespace skopos::convert {

namespace {

std::int64_t product(const std::vector<std::int64_t>& shape)
{
    std::int64_t n = 1;
    for (auto d : shape) {
        if (d < 0 || (d > 0 && n > INT64_MAX / d))
            return -1;
        n *= d;
    }
    return n;
}

} // namespace

std::string_view SchemaEmitter::npyMember(NodeId n, const ArrayInfo& a, std::string_view what)
{
    if (const std::string_view name = existingMember(n); !name.empty())
        return name; // one member per array, however often it is reached
    if (a.descr.empty())
        refuse(n, std::string(what) + " of unknown dtype");
    if (dtypeMayHoldObjects(a.descr) && a.descr[0] != '[')
        refuse(n, std::string(what) + " of object dtype without its elements");
    const std::int64_t count = product(a.shape);
    if (count < 0 || a.itemsize <= 0 || (count > 0 && a.itemsize > INT64_MAX / count))
        refuse(n, std::string(what) + " whose size cannot be computed (dtype " + a.descr + ")");
    const std::uint64_t length = static_cast<std::uint64_t>(count) * static_cast<std::uint64_t>(a.itemsize);
    Member m;
    m.type = Member::Type::Npy;
    m.node = n;
    m.length = length;
    if (length == 0) {
        m.inlineBytes = true;
    } else if (a.where == Where::Absent || a.where == Where::Children) {
        // Protocols 0-2 write array bytes as escaped text: the reader keeps
        // them as a hidden "data" child.
        const NodeId data = t_.child(n, "data");
        const std::string_view bytes = t_.strValue(data);
        if (!t_.valid(data) || bytes.size() != length)
            refuse(n,
                   std::string(what)
                       + " whose bytes are not in the file (an out-of-band buffer or a missing companion file)");
        m.inlineBytes = true;
        m.bytes = bytes.data();
    } else if (a.length != 0 && a.length < length) {
        refuse(n,
               std::string(what) + " that declares " + std::to_string(length) + " bytes but stores "
                   + std::to_string(a.length));
    }
    return addMember(std::move(m), n);
}

void SchemaEmitter::ndarray(NodeId n)
{
    const ArrayInfo* a = t_.array(n);
    if (!a)
        refuse(n, "an array without its description");
    if (a->where == Where::Children) {
        const ArrayInfo copy = *a; // t_.array() points into a vector we do not grow, but be safe
        objectArray(n, copy);
        return;
    }
    headOf(n, "NdArrayNode");
    w_.field("type", "numpy");
    w_.field("file", npyMember(n, *a, "an array"));
    idField(n);
}

void SchemaEmitter::objectArray(NodeId n, const ArrayInfo& a)
{
    if (a.shape.empty())
        refuse(n, "a numpy object scalar (skops cannot save 0-d object arrays)");
    headOf(n, "NdArrayNode");
    const auto elems = visibleChildren(n);
    w_.key("content");
    if (doc_.format == "skops") {
        // Old skops files already hold obj.tolist(): nested lists as nodes.
        w_.beginArray();
        std::size_t i = 0;
        for (const auto& [l, c] : elems) {
            (void)l;
            node(c, i++);
        }
        w_.endArray();
    } else {
        // A pickle holds the elements flat, in C order (Fortran order when
        // the array is); obj.tolist() nests them by the shape.
        const std::int64_t count = product(a.shape);
        if (count < 0 || static_cast<std::uint64_t>(count) != elems.size())
            refuse(n, "an object array whose element count does not match its shape");
        std::vector<std::int64_t> stride(a.shape.size(), 1);
        if (a.fortranOrder) {
            for (std::size_t d = 1; d < a.shape.size(); ++d)
                stride[d] = stride[d - 1] * a.shape[d - 1];
        } else {
            for (std::size_t d = a.shape.size() - 1; d > 0; --d)
                stride[d - 1] = stride[d] * a.shape[d];
        }
        const auto level = [&](auto&& self, std::size_t dim, std::int64_t base) -> void {
            w_.beginArray();
            for (std::int64_t i = 0; i < a.shape[dim]; ++i) {
                const std::int64_t at = base + i * stride[dim];
                if (dim + 1 == a.shape.size()) {
                    node(elems[static_cast<std::size_t>(at)].second, static_cast<std::size_t>(at));
                } else {
                    w_.beginObject();
                    head("list", "builtins", "ListNode");
                    w_.key("content");
                    self(self, dim + 1, at);
                    synthIdField();
                    w_.endObject();
                }
            }
            w_.endArray();
        };
        level(level, 0, 0);
    }
    w_.field("type", "json");
    w_.key("shape");
    if (const NodeId shape = t_.child(n, "shape"); t_.valid(shape)) {
        node(shape, "shape");
    } else {
        w_.beginObject();
        head("tuple", "builtins", "TupleNode");
        w_.key("content");
        w_.beginArray();
        for (auto d : a.shape) {
            w_.beginObject();
            jsonLiteral(std::to_string(d));
            synthIdField();
            w_.endObject();
        }
        w_.endArray();
        synthIdField();
        w_.endObject();
    }
    idField(n);
}

void SchemaEmitter::maskedArray(NodeId n)
{
    const NodeId data = t_.child(n, "data");
    const NodeId mask = t_.child(n, "mask");
    if (!t_.valid(data) || !t_.valid(mask))
        refuse(n, "a masked array without its data or mask");
    headOf(n, "MaskedArrayNode");
    w_.key("content");
    w_.beginObject();
    w_.key("data");
    node(data, "data");
    w_.key("mask");
    node(mask, "mask");
    w_.endObject();
    idField(n);
}

void SchemaEmitter::dtype(NodeId n)
{
    // skops saves a dtype as an empty array of it.
    std::string descr;
    if (const NodeId arr = t_.child(n, "content"); t_.valid(arr) && t_.array(arr)) {
        descr = t_.array(arr)->descr; // old skops: the empty array itself
    } else {
        descr = std::string(t_.strValue(n));
        if (descr.size() >= 2 && descr.front() == '\'' && descr.back() == '\'')
            descr = descr.substr(1, descr.size() - 2);
    }
    if (descr.empty())
        refuse(n, "a dtype Skopos could not decode");
    head("dtype", "numpy", "DTypeNode");
    w_.key("content");
    w_.beginObject();
    head("ndarray", "numpy", "NdArrayNode");
    const std::uint64_t id = synthId();
    if (descr == "|O" || descr == "O") {
        // np.ndarray(0, dtype=object) goes skops' object-array way.
        w_.key("content");
        w_.beginArray();
        w_.endArray();
        w_.field("type", "json");
        w_.key("shape");
        w_.beginObject();
        head("tuple", "builtins", "TupleNode");
        w_.key("content");
        w_.beginArray();
        w_.beginObject();
        jsonLiteral("0");
        synthIdField();
        w_.endObject();
        w_.endArray();
        synthIdField();
        w_.endObject();
    } else {
        Member m;
        m.type = Member::Type::Npy;
        m.extra = std::make_unique<Member::Extra>();
        m.extra->number = id;
        m.extra->array.descr = descr;
        m.extra->array.shape = {0};
        m.extra->array.itemsize = 0;
        m.inlineBytes = true;
        w_.field("type", "numpy");
        w_.field("file", addMember(std::move(m), kNoNode));
    }
    w_.fieldRaw("__id__", std::to_string(id));
    w_.endObject();
    idField(n);
}

void SchemaEmitter::randomState(NodeId n)
{
    const NodeId state = t_.child(n, "state");
    if (!t_.valid(state))
        refuse(n, "a RandomState without its state");
    headOf(n, "RandomStateNode");
    w_.key("content");
    node(state, "state");
    idField(n);
}

void SchemaEmitter::randomGenerator(NodeId n)
{
    const NodeId bits = t_.child(n, "bit_generator_state");
    if (!t_.valid(bits))
        refuse(n, "a Generator without its bit generator state");
    headOf(n, "RandomGeneratorNode");
    w_.key("content");
    w_.beginObject();
    w_.key("bit_generator");
    node(bits, "bit_generator_state");
    w_.key("seed_seq");
    if (const NodeId seed = t_.child(n, "seed_seq_state"); t_.valid(seed)) {
        node(seed, "seed_seq_state");
    } else {
        // Pickles (and protocol-0 skops files) do not keep the seed sequence;
        // unpickling makes a fresh one, with new entropy. Say the same:
        // SeedSequence(entropy=None, spawn_key=(), pool_size=4, n_children_spawned=0).
        w_.beginObject();
        head("dict", "builtins", "DictNode");
        w_.key("content");
        w_.beginObject();
        const char* keys[] = {"entropy", "spawn_key", "pool_size", "n_children_spawned"};
        for (const char* k : keys) {
            w_.key(k);
            w_.beginObject();
            if (std::string_view(k) == "spawn_key") {
                emptyTupleFields();
            } else {
                jsonLiteral(std::string_view(k) == "entropy" ? "null" : std::string_view(k) == "pool_size" ? "4" : "0");
            }
            synthIdField();
            w_.endObject();
        }
        w_.endObject();
        w_.key("key_types");
        w_.beginObject();
        head("list", "builtins", "ListNode");
        w_.key("content");
        w_.beginArray();
        const std::uint64_t strId = synthId();
        for (int i = 0; i < 4; ++i) {
            w_.beginObject();
            head("str", "builtins", "TypeNode");
            w_.fieldRaw("__id__", std::to_string(strId));
            w_.endObject();
        }
        w_.endArray();
        synthIdField();
        w_.endObject();
        synthIdField();
        w_.endObject();
    }
    w_.endObject();
    idField(n);
}

} // namespace skopos::convert
