// numpy scalars without their argument nodes: see PickleMachine.h,
// "numpy scalars without their argument nodes". The sequence is followed
// opcode by opcode, so when the REDUCE comes nothing but the memo slots
// written in between can hold the bytes or the tuple.

#include "pickle/PickleMachine.h"

#include "io/ArrayReader.h"
#include "io/ElementLayout.h"

#include <algorithm>
#include <cstring>

namespace skopos::pickle {

namespace {
bool isMemoPut(std::uint8_t code) { return code == 'p' || code == 'q' || code == 'r' || code == 0x94; }
// Opcode byte + length field of the bytes opcodes that hold a scalar's value.
std::uint8_t bytesHeader(std::uint8_t code) { return code == 'C' ? 2 : code == 'B' ? 5 : 9; }
} // namespace

void Machine::trackScalarPattern(const OpInfo& op, std::uint64_t at)
{
    ScalarPattern& p = pattern_;
    const auto newest = [&] { return t_.size() ? static_cast<NodeId>(t_.size() - 1) : kNoNode; };
    const std::uint8_t code = op.code;
    if (code == 'C' || code == 'B' || code == 0x8e) {
        const NodeId b = stack_.empty() ? kNoNode : stack_.back();
        if (b != kNoNode && b == newest() && isKind(b, Kind::Bytes) && !t_.array(b)) {
            p = ScalarPattern{};
            p.state = 1;
            p.bytesOp = code;
            p.b = b;
            return;
        }
    } else if (isMemoPut(code) && p.state && lastMemo_ >= 0) {
        const auto key = static_cast<std::uint64_t>(lastMemo_);
        if (p.state == 1 && p.bPuts < 2) {
            p.bKeys[p.bPuts++] = key;
            return;
        }
        if (p.state == 2 && p.tPuts < 2) {
            p.tKeys[p.tPuts++] = key;
            return;
        }
    } else if (code == 0x86 && p.state == 1 && !stack_.empty() && stack_.back() == newest()
               && stack_.back() == p.b + 1) {
        p.state = 2;
        p.t = stack_.back();
        p.tAt = at;
        return;
    }
    p.state = 0;
}

bool Machine::dropScalarArgs(const Call& c, NodeId& a, const ArrayInfo& info, StrId type)
{
    const ScalarPattern& p = pattern_;
    const NodeId b = p.b, tup = p.t;
    // Only for names-only reading (untrusted) and convert, which maps ids
    // back (OpenOptions::droppedScalarArgs): `inspect --json` numbers
    // nodes by id, and those stay as they were. Tagged memo values must not
    // be node ids: the node limit keeps ids below the tags.
    if (p.state != 2 || (opt_.scalarValues && !opt_.droppedScalarArgs) || opt_.limits.maxNodes >= kTagBytes
        || c.args != tup || c.a.size() != 2 || c.a[1] != b || b >= kTagBytes || tup + 1 != t_.size()
        || t_.node(tup).childCount != 2 || (t_.node(b).flags & FlagSharedRef))
        return false;
    const std::string_view bytes = t_.strValue(b);
    const auto loc = rawLoc_.find(b);
    if (!loc || bytes.size() > sizeof(DroppedScalar::bytes) || loc->second != bytes.size())
        return false;
    const std::uint64_t end = loc->first + loc->second;
    if (p.tAt < end || p.tAt - end > 255 || loc->first < bytesHeader(p.bytesOp) || opOffset_ < p.tAt
        || opOffset_ - p.tAt > 255)
        return false;
    // The dtype node by a one-byte index: a file has a few dtypes.
    auto dt = std::find(droppedDTypes_.rbegin(), droppedDTypes_.rend(), c.a[0]);
    if (dt == droppedDTypes_.rend()) {
        if (droppedDTypes_.size() > UINT8_MAX)
            return false;
        droppedDTypes_.push_back(c.a[0]);
        dt = droppedDTypes_.rbegin();
    }
    static_assert(sizeof(DroppedScalar) == 16, "one a vocabulary entry");
    DroppedScalar d{};
    d.a = b; // the scalar takes the bytes' id
    d.dtype = static_cast<std::uint8_t>(droppedDTypes_.rend() - dt - 1);
    d.len = static_cast<std::uint8_t>(bytes.size());
    d.header = bytesHeader(p.bytesOp);
    d.tupleGap = static_cast<std::uint8_t>(p.tAt - end);
    d.reduceGap = static_cast<std::uint8_t>(opOffset_ - p.tAt);
    std::memcpy(d.bytes, bytes.data(), bytes.size());
    // Every memo slot written since the bytes still holds what was put there
    // (nothing else ran in between), and is retagged.
    const auto retag = [&](std::uint64_t key, NodeId tag) { memo_.slot(key) = d.a | tag; };
    const StrId bytesStr = static_cast<StrId>(t_.node(b).value.u);
    const std::uint32_t edgesFrom = t_.node(tup).firstEdge;
    for (std::uint8_t i = 0; i < p.bPuts; ++i)
        retag(p.bKeys[i], kTagBytes);
    for (std::uint8_t i = 0; i < p.tPuts; ++i)
        retag(p.tKeys[i], kTagTuple);
    rawLoc_.dropFrom(b);
    t_.dropNewest(b, edgesFrom, bytesStr);
    for (NodeId n : {b, tup}) {
        if (n < nodeBits_.size())
            nodeBits_[n] = 0;
        if (n < role_.size())
            role_[n] = RoleNone;
    }
    // No value text (droppedScalarText makes a dict key's label). Names
    // only: one ArrayInfo a dtype, as nothing reads the bytes. Convert
    // writes each scalar's bytes, so each keeps its own (its offset), and
    // maps ids back (OpenOptions.h).
    if (opt_.droppedScalarArgs) {
        a = t_.addArray(info, type, Loader::NdArrayNode);
        opt_.droppedScalarArgs->scalars.push_back(a);
    } else {
        const std::uint64_t infoIndex = sharedScalarInfo(info, type);
        a = t_.add(Kind::Array, type, Loader::NdArrayNode);
        t_.node(a).value.u = infoIndex;
        t_.node(a).flags |= FlagArrayValue;
    }
    dropped_.push_back(d);
    newFloor_ = std::min(newFloor_, a);
    argsDropped_ = true;
    pattern_ = ScalarPattern{};
    return true;
}

std::uint64_t Machine::sharedScalarInfo(const ArrayInfo& info, StrId type)
{
    const auto& arrays = t_.arrays();
    const auto same = [&](const ArrayInfo& s) {
        return s.descr == info.descr && s.itemsize == info.itemsize && s.length == info.length && s.where == info.where;
    };
    if (lastScalarInfo_ < arrays.size() && same(arrays[lastScalarInfo_]))
        return lastScalarInfo_;
    std::string key(info.descr);
    key += '\0';
    key += std::to_string(info.itemsize) + ' ' + std::to_string(info.length) + ' '
        + std::to_string(static_cast<int>(info.where));
    auto it = scalarInfos_.find(key);
    if (it == scalarInfos_.end() || !same(arrays[it->second])) {
        ArrayInfo shared = info;
        shared.offset = 0;                                          // whose? see sharedScalarInfo
        const NodeId holder = t_.addArray(std::move(shared), type); // the arena has no add without a node
        const std::uint64_t index = t_.node(holder).value.u;
        t_.dropNewest(holder, static_cast<std::uint32_t>(UINT32_MAX));
        it = scalarInfos_.insert_or_assign(std::move(key), index).first;
    }
    lastScalarInfo_ = it->second;
    return it->second;
}

std::uint64_t Machine::droppedBytesAt(const DroppedScalar& d) const
{
    // rawOffset(a) is the REDUCE's offset; the bytes end tupleGap before TUPLE2.
    const std::uint64_t reduceAt = t_.rawOffset(d.a);
    return reduceAt == ObjectTree::kNoOffset ? 0 : reduceAt - d.reduceGap - d.tupleGap - d.len;
}

const Machine::DroppedScalar* Machine::droppedScalar(NodeId a) const
{
    if (dropped_.empty())
        return nullptr;
    if (dropped_.back().a == a)
        return &dropped_.back();
    const auto it = std::lower_bound(dropped_.begin(), dropped_.end(), a,
                                     [](const DroppedScalar& d, NodeId k) { return d.a < k; });
    return it != dropped_.end() && it->a == a ? &*it : nullptr;
}

std::string Machine::droppedScalarText(NodeId a) const
{
    const DroppedScalar* d = droppedScalar(a);
    const ArrayInfo* info = t_.array(a);
    if (!d || !info)
        return {};
    const SimpleDType dt = parseSimpleDType(info->descr);
    if (!dt.valid() || dt.isText() || dt.size != d->len)
        return {};
    return formatScalar(dt, d->bytes);
}

NodeId Machine::reviveBytes(const DroppedScalar& d)
{
    if (const auto it = revivedBytes_.find(d.a); it != revivedBytes_.end())
        return it->second;
    const std::uint64_t at = droppedBytesAt(d);
    const NodeId b = t_.addBytes(std::string_view(d.bytes, d.len), Kind::Bytes);
    t_.node(b).type = t_.intern("builtins.bytes");
    t_.node(b).loader = Loader::BytesNode;
    rawLoc_.set(b, {at, d.len});
    nodeBit(b) |= kParented; // the tuple held it first
    revivedOffsets_.emplace_back(b, at - d.header);
    revivedBytes_.emplace(d.a, b);
    return b;
}

NodeId Machine::revive(NodeId tagged)
{
    const NodeId a = tagged & ~kTagMask;
    const DroppedScalar* d = droppedScalar(a);
    if (!d)
        fail("memo refers to a dropped node it cannot rebuild"); // cannot happen
    const DroppedScalar copy = *d;
    if (opt_.droppedScalarArgs)
        opt_.droppedScalarArgs->revived = true;
    if ((tagged & kTagMask) == kTagBytes)
        return reviveBytes(copy);
    const NodeId tup = newContainer(Kind::Tuple);
    const NodeId b = reviveBytes(copy);
    // As TUPLE2 made it: both items were parented by it already.
    t_.addChild(tup, droppedDTypes_[copy.dtype]);
    t_.addChild(tup, b);
    revivedOffsets_.emplace_back(tup, droppedBytesAt(copy) + copy.len + copy.tupleGap);
    return tup;
}

} // namespace skopos::pickle
