#include "trust/TrustProfile.h"

#include "tree/Error.h"
#include "trust/AliasTable.h"

#include <QFile>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

namespace skopos {

namespace {
// Profile keys, in TrustList bit order.
constexpr const char* kListKeys[8] = {
    "PRIMITIVE_TYPE_NAMES",   "CONTAINER_TYPE_NAMES",   "SKLEARN_ESTIMATOR_TYPE_NAMES", "SKLEARN_INTERNAL_TYPE_NAMES",
    "SCIPY_UFUNC_TYPE_NAMES", "NUMPY_UFUNC_TYPE_NAMES", "NUMPY_DTYPE_TYPE_NAMES",       "ALLOWED_LOSSES",
};

// Older profiles only say it in prose: "skops 0.15.dev0 default trusted
// lists, computed with scikit-learn 1.2.1, numpy 1.24.2, scipy 1.10.1".
std::string versionIn(const std::string& source, const char* what)
{
    const std::regex re(std::string("(^|[ ,])") + what + " ([0-9][^ ,]*)");
    std::smatch m;
    return std::regex_search(source, m, re) ? m[2].str() : std::string();
}
} // namespace

TrustProfile TrustProfile::fromJson(std::string_view json, const std::string& origin)
{
    TrustProfile p;
    nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        throw ReadError("trust profile " + origin + " is not a JSON object");
    const auto source = doc.find("source");
    p.source_ = source != doc.end() && source->is_string() ? source->get<std::string>() : origin;
    const auto versions = doc.find("versions");
    const auto version = [&](const char* key, const char* prose) {
        if (versions != doc.end() && versions->is_object()) {
            const auto v = versions->find(key);
            if (v != versions->end() && v->is_string())
                return v->get<std::string>();
        }
        return versionIn(p.source_, prose);
    };
    p.skops_ = version("skops", "skops");
    p.sklearn_ = version("sklearn", "scikit-learn");
    p.numpy_ = version("numpy", "numpy");
    p.scipy_ = version("scipy", "scipy");
    for (int i = 0; i < 8; ++i) {
        auto it = doc.find(kListKeys[i]);
        if (it == doc.end())
            continue;
        if (!it->is_array())
            throw ReadError(std::string("trust profile ") + origin + ": " + kListKeys[i] + " is not a list");
        for (const auto& v : *it)
            if (v.is_string())
                p.lists_[i].insert(v.get<std::string>());
    }
    if (const auto c = doc.find("CONSTRUCTOR_DEFAULTS"); c != doc.end()) {
        if (!c->is_object())
            throw ReadError("trust profile " + origin + ": CONSTRUCTOR_DEFAULTS is not an object");
        for (const auto& [cls, params] : c->items()) {
            if (!params.is_array())
                continue;
            std::vector<ConstructorParam> list;
            for (const auto& p : params) {
                if (!p.is_array() || p.size() != 2 || !p[0].is_string())
                    continue;
                ConstructorParam cp{p[0].get<std::string>(), std::nullopt};
                if (p[1].is_string())
                    cp.defaultRepr = p[1].get<std::string>();
                list.push_back(std::move(cp));
            }
            const auto dot = cls.rfind('.');
            const std::string shortName = dot == std::string::npos ? cls : cls.substr(dot + 1);
            // Two classes of one name (rare): the short lookup answers neither.
            if (const auto [it, fresh] = p.constructorByClass_.emplace(shortName, cls); !fresh)
                it->second.clear();
            p.constructors_.emplace(cls, std::move(list));
        }
    }
    // Other spellings of dangerous objects in the profile's Python: added to
    // the bundled ones (a profile never makes a name safe).
    if (const auto a = doc.find("DANGEROUS_ALIASES"); a != doc.end() && a->is_object()) {
        std::vector<std::pair<std::string, std::string>> aliases;
        aliases.reserve(a->size());
        for (const auto& [k, v] : a->items())
            if (v.is_string())
                aliases.emplace_back(k, v.get<std::string>());
        p.aliases_ = aliases.size();
        addAliases(aliases);
    }
    return p;
}

TrustProfile TrustProfile::fromFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ReadError("cannot open trust profile " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return fromJson(ss.str(), path);
}

const TrustProfile& TrustProfile::bundled()
{
    static const TrustProfile profile = [] {
        QFile f(QStringLiteral(":/trust/skops-default-trusted-sklearn-1.2.1.json"));
        if (!f.open(QIODevice::ReadOnly))
            throw ReadError("bundled trust profile is missing from the build");
        const QByteArray data = f.readAll();
        return fromJson(std::string_view(data.constData(), static_cast<std::size_t>(data.size())), "bundled");
    }();
    return profile;
}

TrustProfile TrustProfile::resolve(const std::string& cliPath)
{
    if (!cliPath.empty())
        return fromFile(cliPath);
    const char* env = std::getenv(kEnvironmentVariable);
    if (env && *env) {
        try {
            return fromFile(env);
        } catch (const ReadError& e) {
            throw ReadError(std::string(e.what()) + " (named by " + kEnvironmentVariable + ")");
        }
    }
    return bundled();
}

std::string TrustProfile::versionsJson() const
{
    const auto q = [](const std::string& s) {
        return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    return "{\"skops\": " + q(skops_) + ", \"sklearn\": " + q(sklearn_) + ", \"numpy\": " + q(numpy_)
        + ", \"scipy\": " + q(scipy_) + "}";
}

bool TrustProfile::inLists(std::uint16_t lists, std::string_view name) const
{
    if (!lists)
        return false;
    for (int i = 0; i < 8; ++i)
        if ((lists & (1u << i)) && lists_[i].find(name) != lists_[i].end())
            return true;
    return false;
}

const std::vector<ConstructorParam>* TrustProfile::constructorParams(std::string_view typeName) const
{
    if (const auto it = constructors_.find(typeName); it != constructors_.end())
        return &it->second;
    const auto dot = typeName.rfind('.');
    const std::string_view shortName = dot == std::string_view::npos ? typeName : typeName.substr(dot + 1);
    const auto s = constructorByClass_.find(shortName);
    if (s == constructorByClass_.end() || s->second.empty())
        return nullptr;
    const auto it = constructors_.find(s->second);
    return it == constructors_.end() ? nullptr : &it->second;
}

std::size_t TrustProfile::size() const
{
    std::size_t n = 0;
    for (const auto& l : lists_)
        n += l.size();
    return n;
}

} // namespace skopos
