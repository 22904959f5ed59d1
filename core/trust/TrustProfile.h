#pragma once
// skops' default trusted lists. They depend on the scikit-learn, numpy and
// scipy versions skops runs with, so they are data (resources/trust/*.json),
// not code. The default profile matches skops 0.15 with scikit-learn 1.2.1;
// `skopos profile` writes one for the user's own Python (ProfileGenerator.h).
//
// Which profile is used: `--profile FILE`, else the file named by the
// environment variable SKOPOS_PROFILE, else the bundled one (resolve()).

#include "tree/Loader.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skopos {

// One parameter of an estimator's __init__, in signature order: its name and
// repr(default) as Python prints it (memory addresses written "0x..."),
// nullopt when the parameter has no default.
struct ConstructorParam {
    std::string name;
    std::optional<std::string> defaultRepr;
};

class TrustProfile {
public:
    // The bundled default profile (compiled into the core library).
    static const TrustProfile& bundled();
    // Load a profile JSON; throws ReadError with a clear message.
    static TrustProfile fromFile(const std::string& path);
    static TrustProfile fromJson(std::string_view json, const std::string& origin);
    // --profile FILE if given, else $SKOPOS_PROFILE if set and not empty,
    // else the bundled profile. Throws ReadError naming the file (and, for
    // the variable, saying where the name came from).
    static TrustProfile resolve(const std::string& cliPath = {});
    static constexpr const char* kEnvironmentVariable = "SKOPOS_PROFILE";

    bool inLists(std::uint16_t lists, std::string_view name) const;
    bool isSklearnEstimator(std::string_view name) const { return inLists(ListSklearnEstimator, name); }
    const std::string& source() const { return source_; }
    std::size_t size() const;

    // Versions the lists were computed with ("" when the profile does not
    // say): from the "versions" object, else from the "source" sentence.
    const std::string& skopsVersion() const { return skops_; }
    const std::string& sklearnVersion() const { return sklearn_; }
    const std::string& numpyVersion() const { return numpy_; }
    const std::string& scipyVersion() const { return scipy_; }
    // Entries of the profile's DANGEROUS_ALIASES (0 when it has none); they
    // are added to the alias table when the profile is loaded (AliasTable.h).
    std::size_t aliasCount() const { return aliases_; }
    // {"skops": "0.15.dev0", "sklearn": "1.2.1"} for --json reports.
    std::string versionsJson() const;

    // The profile's CONSTRUCTOR_DEFAULTS: __init__ parameters of a
    // scikit-learn estimator class, by module.qualname as a pickle names it,
    // else by the class name alone (a class another version keeps in another
    // module); nullptr when the profile does not know the class.
    const std::vector<ConstructorParam>* constructorParams(std::string_view typeName) const;
    std::size_t constructorClassCount() const { return constructors_.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::string source_;
    std::string skops_, sklearn_, numpy_, scipy_;
    std::size_t aliases_ = 0;
    std::unordered_set<std::string, Hash, std::equal_to<>> lists_[8];
    std::unordered_map<std::string, std::vector<ConstructorParam>, Hash, std::equal_to<>> constructors_;
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> constructorByClass_; // short -> full name
};

} // namespace skopos
