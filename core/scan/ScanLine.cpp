#include "scan/ScanLine.h"

#include "tree/DecimalText.h"
#include "tree/JsonQuote.h"

#include <cstdio>

namespace skopos::scan {

namespace {
void appendList(std::string& out, const std::vector<std::string>& v)
{
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i)
            out += ", ";
        out += jsonQuote(v[i]);
    }
    out += ']';
}

// Text lines stay one line: a path or message with control characters
// (a newline in a file name) is written as a quoted JSON string instead.
std::string oneLine(const std::string& s)
{
    for (const char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return jsonQuote(s);
    return s;
}
} // namespace

std::string jsonLine(const FileScanResult& r, const std::string& profileJson)
{
    std::string out;
    out.reserve(256);
    out += "{\"path\": " + jsonQuote(r.path);
    out += ", \"size\": " + std::to_string(r.size);
    out += ", \"sha256\": " + jsonQuote(r.sha256);
    out += ", \"format\": " + jsonQuote(r.format);
    out += ", \"protocol\": " + std::to_string(r.protocol);
    out += ", \"verdict\": \"" + std::string(verdictText(r.verdict)) + "\"";
    out += ", \"untrusted\": ";
    appendList(out, r.untrusted);
    out += ", \"dangerous\": ";
    appendList(out, r.dangerous);
    out += ", \"calls\": ";
    appendList(out, r.calls);
    out += ", \"error\": " + (r.verdict == ScanVerdict::Error ? jsonQuote(r.error) : std::string("null"));
    out += ", \"sklearn_version\": " + (r.sklearnVersion ? jsonQuote(*r.sklearnVersion) : std::string("null"));
    out += ", \"profile\": " + profileJson;
    out += ", \"ms\": ";
    out += fixedDecimal(r.ms, 3);
    out += "}\n";
    return out;
}

std::string textLine(const FileScanResult& r)
{
    static const char* label[] = {"clean    ", "UNTRUSTED", "DANGEROUS", "ERROR    "};
    std::string out = label[static_cast<int>(r.verdict)];
    out += "  " + oneLine(r.path);
    if (!r.format.empty())
        out += "  (" + r.format + ")";
    if (r.verdict == ScanVerdict::Error) {
        out += "  " + oneLine(r.error);
    } else {
        bool first = true;
        for (const auto& n : r.dangerous) {
            out += first ? "  !" : ", !";
            out += oneLine(n);
            first = false;
        }
        for (const auto& n : r.untrusted) {
            // A dangerous name is always untrusted too: listed once, marked.
            bool isDangerous = false;
            for (const auto& d : r.dangerous)
                isDangerous = isDangerous || d == n;
            if (isDangerous)
                continue;
            out += first ? "  " : ", ";
            out += oneLine(n);
            first = false;
        }
    }
    out += '\n';
    return out;
}

} // namespace skopos::scan
