// numpy scalars without their argument nodes: see PickleMachine.h,
// "numpy scalars without their argument nodes". The sequence is followed
// opcode by opcode, so when the REDUCE comes nothing but the memo slots
// written in between can hold the bytes or the tuple.

#include "pickle/PickleMachine.h"

#include "io/ArrayReader.h"
#include "io/ElementLayout.h"

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
    const auto* loc = rawLoc_.find(b);
    if (!loc || bytes.size() > sizeof(DroppedScalar::bytes) || loc->second != bytes.size())
        return false;
    const std::uint64_t end = loc->first + loc->second;
    if (p.tAt < end || p.tAt - end > 255 || loc->first < bytesHeader(p.bytesOp))
        return false;
    // Every memo slot written since the bytes still holds what was put there
    // (nothing else ran in between), and is retagged.
    DroppedScalar d{};
    d.a = b; // the scalar takes the bytes' id
    d.dtype = c.a[0];
    d.len = static_cast<std::uint8_t>(bytes.size());
    d.header = bytesHeader(p.bytesOp);
    d.tupleGap = static_cast<std::uint8_t>(p.tAt - end);
    std::memcpy(d.bytes, bytes.data(), bytes.size());
    const auto retag = [&](std::uint64_t key, NodeId tag) {
        if (key < memo_.dense.size())
            memo_.dense[key] = d.a | tag;
        else
            memo_.sparse[key] = d.a | tag;
    };
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
    // Names only: no value text (droppedScalarText makes a dict key's label).
    a = t_.addArray(info, type, Loader::NdArrayNode);
    dropped_.push_back(d);
    if (opt_.droppedScalarArgs) // convert maps ids back (OpenOptions.h)
        opt_.droppedScalarArgs->scalars.push_back(a);
    newFloor_ = std::min(newFloor_, a);
    argsDropped_ = true;
    pattern_ = ScalarPattern{};
    return true;
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
    const ArrayInfo* info = t_.array(d.a);
    const std::uint64_t at = info ? info->offset : 0;
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
    t_.addChild(tup, copy.dtype);
    t_.addChild(tup, b);
    const ArrayInfo* info = t_.array(copy.a);
    revivedOffsets_.emplace_back(tup, (info ? info->offset : 0) + copy.len + copy.tupleGap);
    return tup;
}

} // namespace skopos::pickle
