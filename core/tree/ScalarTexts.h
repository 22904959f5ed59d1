#pragma once
// The value texts of numpy scalars, by node. Readers set them as they make
// the scalar's node, so ids come in increasing order: a sorted vector, 8
// bytes an entry (a million pickled np.int64 values: 8 MB, where a hash map
// node each cost ~50 MB). A node set out of order goes to the map.

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace skopos {

class ScalarTexts {
public:
    using Id = std::uint32_t; // NodeId and StrId alike
    void emplace(Id node, Id text)
    {
        if (sorted_.empty() || sorted_.back().first < node)
            sorted_.emplace_back(node, text);
        else if (auto* p = inSorted(node))
            p->second = text;
        else
            other_[node] = text;
    }
    const Id* find(Id node) const
    {
        if (const auto* p = const_cast<ScalarTexts*>(this)->inSorted(node))
            return &p->second;
        const auto it = other_.find(node);
        return it == other_.end() ? nullptr : &it->second;
    }
    std::vector<std::pair<Id, Id>> items() const
    {
        std::vector<std::pair<Id, Id>> v(sorted_);
        v.insert(v.end(), other_.begin(), other_.end());
        return v;
    }
    void reserve(std::size_t n) { sorted_.reserve(n); }
    void clear()
    {
        sorted_.clear();
        other_.clear();
    }

private:
    std::pair<Id, Id>* inSorted(Id node)
    {
        if (sorted_.empty() || sorted_.back().first < node)
            return nullptr;
        const auto it = std::lower_bound(sorted_.begin(), sorted_.end(), node,
                                         [](const auto& e, Id k) { return e.first < k; });
        return it != sorted_.end() && it->first == node ? &*it : nullptr;
    }
    std::vector<std::pair<Id, Id>> sorted_;
    std::unordered_map<Id, Id> other_;
};

} // namespace skopos
