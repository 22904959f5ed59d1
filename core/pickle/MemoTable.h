#pragma once
// The pickle memo: key -> node id. Pickle writers number memo entries 0, 1,
// 2, ... (MEMOIZE always does), so keys are looked up in fixed-size chunks
// of 4-byte slots, allocated as keys reach them: no doubling copy that holds
// both halves, and no untouched tail (a million-entry vocabulary writes four
// million keys). A key far beyond the entries stored so far (hostile BINPUT
// numbers) goes to a hash map, so slots stay proportional to real entries.

#include <algorithm>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace skopos::pickle {

class MemoTable {
public:
    using Value = std::uint32_t;
    static constexpr Value kEmpty = UINT32_MAX;

    // The slot of `key`, created empty (kEmpty) when missing.
    Value& slot(std::uint64_t key)
    {
        if (Value* v = find(key))
            return *v;
        if (!chunked(key))
            return sparse_.try_emplace(key, kEmpty).first->second;
        const std::size_t c = static_cast<std::size_t>(key >> kShift);
        if (c >= chunks_.size())
            chunks_.resize(c + 1);
        chunks_[c] = std::make_unique_for_overwrite<Value[]>(kChunk);
        std::fill_n(chunks_[c].get(), kChunk, kEmpty);
        return chunks_[c][key & (kChunk - 1)];
    }
    // The value of `key`, kEmpty when never stored.
    Value get(std::uint64_t key) const
    {
        const Value* v = const_cast<MemoTable*>(this)->find(key);
        return v ? *v : kEmpty;
    }
    std::uint64_t count = 0; // distinct keys stored (Limits::maxMemo)

private:
    static constexpr unsigned kShift = 16;
    static constexpr std::uint64_t kChunk = std::uint64_t{1} << kShift;
    static constexpr std::uint64_t kAlwaysChunked = std::uint64_t{1} << 22;
    bool chunked(std::uint64_t key) const { return key < kAlwaysChunked || key < 2 * count + kChunk; }
    Value* find(std::uint64_t key)
    {
        // The map first: a key put there stays there when a chunk later
        // covers it (each key lives in one place).
        if (!sparse_.empty())
            if (const auto it = sparse_.find(key); it != sparse_.end())
                return &it->second;
        const std::uint64_t c = key >> kShift;
        return c < chunks_.size() && chunks_[c] ? &chunks_[c][key & (kChunk - 1)] : nullptr;
    }
    std::vector<std::unique_ptr<Value[]>> chunks_;
    std::unordered_map<std::uint64_t, Value> sparse_;
};

} // namespace skopos::pickle
