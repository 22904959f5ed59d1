#pragma once
// skops' default trusted lists. They depend on the scikit-learn, numpy and
// scipy versions skops runs with, so they are data (resources/trust/*.json),
// not code. The default profile matches skops 0.15 with scikit-learn 1.2.1.

#include "tree/Loader.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace skopos {

class TrustProfile {
public:
    // The bundled default profile (compiled into the core library).
    static const TrustProfile& bundled();
    // Load a profile JSON; throws ReadError with a clear message.
    static TrustProfile fromFile(const std::string& path);
    static TrustProfile fromJson(std::string_view json, const std::string& origin);

    bool inLists(std::uint16_t lists, std::string_view name) const;
    bool isSklearnEstimator(std::string_view name) const { return inLists(ListSklearnEstimator, name); }
    const std::string& source() const { return source_; }
    std::size_t size() const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::string source_;
    std::unordered_set<std::string, Hash, std::equal_to<>> lists_[8];
};

} // namespace skopos
