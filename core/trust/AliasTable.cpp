#include "trust/AliasTable.h"

#include "tree/Error.h"

#include <QFile>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cctype>
#include <mutex>
#include <unordered_map>

namespace skopos {

namespace {
struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using Map = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;

// A dotted Python name: what the generator writes and what a lookup can match.
bool dottedName(std::string_view s)
{
    if (s.empty() || s.front() == '.' || s.back() == '.')
        return false;
    for (const char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'))
            return false;
    return true;
}

std::mutex g_writers;
// Readers take the current table without a lock. A replaced table is kept
// (never freed): tables are replaced only when a profile is loaded, a handful
// of times per process, and a reader may still hold the old one.
std::atomic<const Map*> g_table{nullptr};

const Map* bundledTable()
{
    auto* m = new Map;
    QFile f(QStringLiteral(":/trust/dangerous_aliases.json"));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray data = f.readAll();
        for (auto& [k, v] : parseAliases(std::string_view(data.constData(), std::size_t(data.size())), "bundled"))
            m->emplace(std::move(k), std::move(v));
    }
    return m;
}

const Map& table()
{
    if (const Map* t = g_table.load(std::memory_order_acquire))
        return *t;
    std::lock_guard lock(g_writers);
    if (!g_table.load(std::memory_order_relaxed))
        g_table.store(bundledTable(), std::memory_order_release);
    return *g_table.load(std::memory_order_acquire);
}
} // namespace

std::vector<std::pair<std::string, std::string>> parseAliases(std::string_view json, const std::string& origin)
{
    const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        throw ReadError("alias table " + origin + " is not a JSON object");
    const auto it = doc.find("aliases");
    if (it == doc.end() || !it->is_object())
        throw ReadError("alias table " + origin + " has no \"aliases\" object");
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(it->size());
    for (const auto& [k, v] : it->items())
        if (v.is_string() && dottedName(k) && dottedName(v.get_ref<const std::string&>()))
            out.emplace_back(k, v.get<std::string>());
    return out;
}

void addAliases(const std::vector<std::pair<std::string, std::string>>& aliases)
{
    table(); // the bundled table first (it takes the lock itself)
    std::lock_guard lock(g_writers);
    auto* next = new Map(*g_table.load(std::memory_order_relaxed));
    bool added = false;
    for (const auto& [k, v] : aliases)
        if (dottedName(k) && dottedName(v))
            added |= next->emplace(k, v).second;
    if (!added) {
        delete next;
        return;
    }
    g_table.store(next, std::memory_order_release);
}

std::size_t aliasCount() { return table().size(); }

std::string rewriteAlias(std::string_view name)
{
    const Map& t = table();
    // Longest prefix first: "a.np.lib" before "a.np".
    for (std::size_t end = name.size(); end != std::string_view::npos && end > 0; end = name.rfind('.', end - 1)) {
        const auto it = t.find(name.substr(0, end));
        if (it != t.end())
            return it->second + std::string(name.substr(end));
    }
    return {};
}

} // namespace skopos
