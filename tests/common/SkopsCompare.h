#pragma once
// Compares two skops archives the way issue 9's oracle asks: the same
// schema.json tree (same keys in the same order, same values) once __id__
// values, member file names and _skops_version are ignored; every "file"
// member compared by content (.npy byte for byte, header included; .npz
// inner array by inner array; .bin byte for byte). Returns "" when equal,
// else the first difference with its JSON path.
//
// Also checks sharing: two nodes of the reference that share an __id__ and
// are arrays, sparse matrices or objects must share one in the result too.

#include "io/ZipArchive.h"

#include <QBuffer>
#include <QByteArray>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace skopscompare {

using Json = nlohmann::ordered_json;

inline std::string memberContent(skopos::ZipArchive& zip, const std::string& name)
{
    const std::string bytes = zip.read(name, 1ull << 32);
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".npz") == 0) {
        QByteArray raw(bytes.data(), static_cast<qsizetype>(bytes.size()));
        QBuffer buf(&raw);
        buf.open(QIODevice::ReadOnly);
        skopos::ZipArchive npz(&buf, "npz " + name);
        std::string out = "npz:";
        for (const auto& e : npz.entries())
            out += "[" + std::string(e.name) + "=" + npz.read(e.name, 1ull << 32) + "]";
        return out;
    }
    return bytes;
}

inline Json normalize(const Json& j, skopos::ZipArchive& zip)
{
    if (j.is_object()) {
        Json out = Json::object();
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "__id__" || it.key() == "_skops_version")
                continue;
            if (it.key() == "file" && it.value().is_string())
                out[it.key()] = "member:" + memberContent(zip, it.value().get<std::string>());
            else
                out[it.key()] = normalize(it.value(), zip);
        }
        return out;
    }
    if (j.is_array()) {
        Json out = Json::array();
        for (const auto& v : j)
            out.push_back(normalize(v, zip));
        return out;
    }
    return j;
}

inline std::string shorten(const std::string& s) { return s.size() > 160 ? s.substr(0, 160) + "..." : s; }

inline std::string firstDifference(const Json& a, const Json& b, const std::string& path)
{
    if (a.type() != b.type())
        return path + ": " + shorten(a.dump()) + " vs " + shorten(b.dump());
    if (a.is_object()) {
        auto ia = a.begin();
        auto ib = b.begin();
        for (; ia != a.end() && ib != b.end(); ++ia, ++ib) {
            if (ia.key() != ib.key())
                return path + ": key \"" + ia.key() + "\" vs \"" + ib.key() + "\"";
            if (auto d = firstDifference(ia.value(), ib.value(), path + "/" + ia.key()); !d.empty())
                return d;
        }
        if (ia != a.end() || ib != b.end())
            return path + ": " + std::to_string(a.size()) + " keys vs " + std::to_string(b.size());
        return {};
    }
    if (a.is_array()) {
        if (a.size() != b.size())
            return path + ": " + std::to_string(a.size()) + " items vs " + std::to_string(b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            if (auto d = firstDifference(a[i], b[i], path + "/" + std::to_string(i)); !d.empty())
                return d;
        return {};
    }
    if (a != b)
        return path + ": " + shorten(a.dump()) + " vs " + shorten(b.dump());
    return {};
}

// Walks both schemas in step (they are equal once normalized) and checks that
// the reference's shared mutable nodes are shared in the result.
inline std::string sharing(const Json& ref, const Json& got, std::map<std::string, std::string>& r2g,
                           const std::string& path)
{
    if (ref.is_object() && got.is_object()) {
        if (ref.contains("__id__") && got.contains("__id__") && ref.contains("__loader__")) {
            const std::string l = ref["__loader__"].get<std::string>();
            if (l == "NdArrayNode" || l == "SparseMatrixNode" || l == "ObjectNode") {
                const std::string ri = ref["__id__"].dump(), gi = got["__id__"].dump();
                auto [it, fresh] = r2g.emplace(ri, gi);
                if (!fresh && it->second != gi)
                    return path + ": the reference shares this " + l + " with an earlier one, the result does not";
            }
        }
        for (auto it = ref.begin(); it != ref.end(); ++it)
            if (got.contains(it.key()))
                if (auto d = sharing(it.value(), got[it.key()], r2g, path + "/" + it.key()); !d.empty())
                    return d;
    } else if (ref.is_array() && got.is_array() && ref.size() == got.size()) {
        for (std::size_t i = 0; i < ref.size(); ++i)
            if (auto d = sharing(ref[i], got[i], r2g, path + "/" + std::to_string(i)); !d.empty())
                return d;
    }
    return {};
}

// "" when `got` is equivalent to `ref` (both .skops paths).
inline std::string compareSkops(const std::string& got, const std::string& ref, bool checkSharing = true)
{
    skopos::ZipArchive gz(got), rz(ref);
    const Json gj = Json::parse(gz.read("schema.json", 1ull << 31));
    const Json rj = Json::parse(rz.read("schema.json", 1ull << 31));
    if (!gj.contains("protocol") || gj["protocol"] != 2)
        return "result is not protocol 2";
    if (!gj.contains("_skops_version"))
        return "result has no _skops_version";
    if (auto d = firstDifference(normalize(gj, gz), normalize(rj, rz), "root"); !d.empty())
        return d;
    if (!checkSharing)
        return {};
    std::map<std::string, std::string> r2g;
    return sharing(rj, gj, r2g, "root");
}

} // namespace skopscompare
