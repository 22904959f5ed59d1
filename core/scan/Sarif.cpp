#include "scan/Sarif.h"

#include "tree/JsonQuote.h"

#include <algorithm>
#include <tuple>

namespace skopos::scan {

namespace {
struct Rule {
    const char* id;
    const char* name;
    const char* level;
    const char* shortText;
    const char* fullText;
    const char* severity; // GitHub's security-severity (CVSS-like 0-10)
};

// The ids are stable: dashboards track alerts by them. Add new kinds at the end.
const Rule kRules[] = {
    {"SKOPOS001", "DangerousModelFile", "error", "Loading this model file can run code",
     "The file names functions or classes that can run code or touch the system when it is loaded "
     "(pickle.load, joblib.load, skops.io.load with them trusted).",
     "9.0"},
    {"SKOPOS002", "UntrustedTypes", "warning", "Model file holds types skops.io would refuse to load",
     "skops.io.load refuses these types unless they are trusted explicitly: review them before trusting.", "5.0"},
    {"SKOPOS003", "UnreadableModelFile", "error", "Model file could not be read, so it was not vetted",
     "Skopos could not read the file (corrupt, truncated, too large, unreadable, or a format it does not "
     "read); nothing is known about what loading it would do.",
     "5.0"},
};

std::string joined(const std::vector<std::string>& v, const char* sep)
{
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i)
            out += sep;
        out += v[i];
    }
    return out;
}

bool unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

// Percent-encodes each byte of a '/'-separated path except unreserved ones and the slashes.
std::string encodePath(const std::string& path)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(path.size());
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (unreserved(c) || c == '/') {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// "/a/./b/../c//d" -> "/a/c/d"; ".." above the root stays at the root.
std::string cleanAbsolute(const std::string& path)
{
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= path.size()) {
        std::size_t j = path.find('/', i);
        if (j == std::string::npos)
            j = path.size();
        const std::string part = path.substr(i, j - i);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        i = j + 1;
    }
    return "/" + joined(parts, "/");
}

std::string message(const FileScanResult& r)
{
    const std::string format = r.format.empty() ? std::string() : " (" + r.format + ")";
    switch (r.verdict) {
    case ScanVerdict::Dangerous:
        if (!r.dangerous.empty())
            return "Loading this model file" + format + " can run code: " + joined(r.dangerous, ", ") + ".";
        return "This model file" + format + " makes calls at load that Python never writes: " + joined(r.calls, "; ")
            + ".";
    case ScanVerdict::Untrusted:
        if (!r.untrusted.empty())
            return "This model file" + format
                + " holds types skops.io would refuse to load unless trusted: " + joined(r.untrusted, ", ") + ".";
        return "This model file" + format + " calls untrusted functions at load: " + joined(r.calls, "; ") + ".";
    case ScanVerdict::Error: return "This model file" + format + " could not be read, so it was not vetted: " + r.error;
    case ScanVerdict::Clean: break;
    }
    return {};
}
} // namespace

SarifLog::SarifLog(std::string baseDirectory) : base_(cleanAbsolute(baseDirectory)) { }

std::string SarifLog::locationUri(const std::string& path, const std::string& baseDirectory, bool& relative)
{
    const std::string base = cleanAbsolute(baseDirectory);
    const std::string abs = cleanAbsolute(!path.empty() && path[0] == '/' ? path : base + "/" + path);
    const std::string prefix = base == "/" ? base : base + "/";
    relative = abs.size() > prefix.size() && abs.compare(0, prefix.size(), prefix) == 0;
    if (relative)
        return encodePath(abs.substr(prefix.size()));
    return "file://" + encodePath(abs);
}

void SarifLog::add(const FileScanResult& r)
{
    int rule = -1;
    switch (r.verdict) {
    case ScanVerdict::Dangerous: rule = 0; break;
    case ScanVerdict::Untrusted: rule = 1; break;
    case ScanVerdict::Error: rule = 2; break;
    case ScanVerdict::Clean: return;
    }
    Result out;
    out.uri = locationUri(r.path, base_, out.relative);
    out.rule = rule;
    out.message = message(r);
    out.sha256 = r.sha256;
    out.format = r.format;
    results_.push_back(std::move(out));
}

std::string SarifLog::document(const SarifRunInfo& info) const
{
    std::vector<const Result*> sorted;
    sorted.reserve(results_.size());
    for (const auto& r : results_)
        sorted.push_back(&r);
    std::sort(sorted.begin(), sorted.end(), [](const Result* a, const Result* b) {
        return std::tie(a->relative, a->uri, a->rule) < std::tie(b->relative, b->uri, b->rule);
    });

    std::string o;
    o.reserve(4096 + results_.size() * 512);
    o += "{\n  \"version\": \"2.1.0\",\n";
    o += "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n";
    o += "  \"runs\": [\n    {\n";
    o += "      \"tool\": {\n        \"driver\": {\n";
    o += "          \"name\": \"Skopos\",\n";
    o += "          \"version\": " + jsonQuote(info.toolVersion) + ",\n";
    o += "          \"informationUri\": \"https://github.com/skopos/skopos\",\n";
    o += "          \"rules\": [\n";
    const std::size_t nRules = sizeof kRules / sizeof kRules[0];
    for (std::size_t i = 0; i < nRules; ++i) {
        const Rule& r = kRules[i];
        o += "            {\n";
        o += "              \"id\": \"" + std::string(r.id) + "\",\n";
        o += "              \"name\": \"" + std::string(r.name) + "\",\n";
        o += "              \"shortDescription\": {\"text\": " + jsonQuote(r.shortText) + "},\n";
        o += "              \"fullDescription\": {\"text\": " + jsonQuote(r.fullText) + "},\n";
        o += "              \"defaultConfiguration\": {\"level\": \"" + std::string(r.level) + "\"},\n";
        o += "              \"properties\": {\"tags\": [\"security\"], \"security-severity\": \""
            + std::string(r.severity) + "\"}\n";
        o += i + 1 < nRules ? "            },\n" : "            }\n";
    }
    o += "          ]\n        }\n      },\n";
    o += "      \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": "
        + jsonQuote("file://" + encodePath(base_ == "/" ? base_ : base_ + "/")) + "}},\n";
    o += "      \"invocations\": [\n        {\n";
    o += std::string("          \"executionSuccessful\": ") + (info.interrupted ? "false" : "true") + ",\n";
    o += "          \"exitCode\": " + std::to_string(info.exitCode);
    if (info.interrupted || info.noModels) {
        const char* text = info.interrupted ? "interrupted: the files after the last result were not scanned"
                                            : "no model file found: nothing was vetted";
        o += ",\n          \"toolExecutionNotifications\": [{\"level\": \"error\", \"message\": {\"text\": \""
            + std::string(text) + "\"}}]";
    }
    o += "\n        }\n      ],\n";
    o += "      \"results\": [";
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const Result& r = *sorted[i];
        const Rule& rule = kRules[r.rule];
        o += i ? ",\n" : "\n";
        o += "        {\n";
        o += "          \"ruleId\": \"" + std::string(rule.id) + "\",\n";
        o += "          \"ruleIndex\": " + std::to_string(r.rule) + ",\n";
        o += "          \"level\": \"" + std::string(rule.level) + "\",\n";
        o += "          \"message\": {\"text\": " + jsonQuote(r.message) + "},\n";
        o += "          \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + jsonQuote(r.uri);
        if (r.relative)
            o += ", \"uriBaseId\": \"%SRCROOT%\"";
        o += "}, \"region\": {\"startLine\": 1}}}]";
        if (!r.sha256.empty() || !r.format.empty()) {
            o += ",\n          \"properties\": {";
            if (!r.sha256.empty())
                o += "\"sha256\": " + jsonQuote(r.sha256) + (r.format.empty() ? "" : ", ");
            if (!r.format.empty())
                o += "\"format\": " + jsonQuote(r.format);
            o += "}";
        }
        o += "\n        }";
    }
    o += sorted.empty() ? "]\n" : "\n      ]\n";
    o += "    }\n  ]\n}\n";
    return o;
}

} // namespace skopos::scan
