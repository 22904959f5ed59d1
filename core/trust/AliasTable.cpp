#include "trust/AliasTable.h"

#include "tree/Error.h"

#include <QFile>
#include <QResource>
#include <nlohmann/json.hpp>

#include <atomic>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace skopos {

namespace {
struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
// Views into text that lives as long as the process: the compiled-in
// resource (not copied) and the strings of added aliases (kept in g_added).
using Map = std::unordered_map<std::string_view, std::string_view, Hash>;

// A dotted Python name: what the generator writes and what a lookup can match.
bool dottedName(std::string_view s)
{
    if (s.empty() || s.front() == '.' || s.back() == '.')
        return false;
    for (const char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'))
            return false;
    return true;
}

std::mutex g_writers;
std::deque<std::string> g_added; // text of added aliases (never freed: the tables point into it)
// Readers take the current table without a lock. A replaced table is kept
// (never freed): tables are replaced only when a profile is loaded, a handful
// of times per process, and a reader may still hold the old one.
std::atomic<const Map*> g_table{nullptr};

// The generator's own layout ("aliases": {"a.b": "c", ...}, dotted names
// without escapes), read without a JSON parser: every process pays for this
// table once, before its first verdict. False when the text is laid out
// otherwise (then the JSON parser reads it).
bool scanGenerated(std::string_view text, Map& m)
{
    std::size_t i = text.find("\"aliases\": {");
    if (i == std::string_view::npos)
        return false;
    i += 12;
    const auto space = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
            ++i;
    };
    const auto quoted = [&](std::string_view& out) {
        space();
        if (i >= text.size() || text[i] != '"')
            return false;
        const std::size_t end = text.find('"', i + 1);
        if (end == std::string_view::npos)
            return false;
        out = text.substr(i + 1, end - i - 1);
        i = end + 1;
        // Our own build's output: not validated character by character (that
        // was a third of the start-up cost); an escape means another layout.
        return !out.empty() && out.find('\\') == std::string_view::npos;
    };
    for (;;) {
        space();
        if (i < text.size() && text[i] == '}')
            return true;
        std::string_view k, v;
        if (!quoted(k))
            return false;
        space();
        if (i >= text.size() || text[i++] != ':' || !quoted(v))
            return false;
        m.emplace(k, v);
        space();
        if (i < text.size() && text[i] == ',')
            ++i;
    }
}

const Map* bundledTable()
{
    auto* m = new Map;
    // Stored uncompressed (core/CMakeLists.txt): the data is read in place.
    const QResource r(QStringLiteral(":/trust/dangerous_aliases.json"));
    std::string_view text;
    if (r.isValid() && r.compressionAlgorithm() == QResource::NoCompression) {
        text = std::string_view(reinterpret_cast<const char*>(r.data()), std::size_t(r.size()));
    } else {
        QFile f(QStringLiteral(":/trust/dangerous_aliases.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray data = f.readAll();
            text = g_added.emplace_back(data.constData(), std::size_t(data.size()));
        }
    }
    m->reserve(4096);
    if (!scanGenerated(text, *m)) {
        m->clear();
        for (auto& [k, v] : parseAliases(text, "bundled"))
            m->emplace(g_added.emplace_back(std::move(k)), g_added.emplace_back(std::move(v)));
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
        if (dottedName(k) && dottedName(v) && !next->count(k)) {
            next->emplace(g_added.emplace_back(k), g_added.emplace_back(v));
            added = true;
        }
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
            return std::string(it->second) + std::string(name.substr(end));
    }
    return {};
}

} // namespace skopos
