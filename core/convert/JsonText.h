#pragma once
// JSON text exactly as Python's json module writes it, for schema.json:
// strings with ensure_ascii escapes (lower-case \uXXXX, surrogate pairs,
// DEL escaped), and the indent=2 layout of json.dumps(state, indent=2)
// ("key": value, items separated by ",\n", empty containers as {} and []).
// Written straight into one string: a 400,000-entry vocabulary never
// becomes a DOM.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace skopos::convert {

// Appends `utf8` as a quoted JSON string, escaped as json.dumps does. Lone
// surrogates (as the readers keep them) become \udXXX escapes; bytes no
// Python str can hold (overlong forms, code points above U+10FFFF, truncated
// sequences, stray bytes) throw ReadError naming the problem and its byte.
void appendJsonString(std::string& out, std::string_view utf8);
// json.dumps(s) of a Python str: the quoted, escaped text.
std::string jsonString(std::string_view utf8);

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) { }
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view k);         // inside an object, before its value
    void raw(std::string_view jsonValue); // a complete value: 1, "text", true, null
    void string(std::string_view utf8) { raw(jsonString(utf8)); }
    // Convenience: "key": "value" / "key": raw.
    void field(std::string_view k, std::string_view utf8Value)
    {
        key(k);
        string(utf8Value);
    }
    void fieldRaw(std::string_view k, std::string_view raw)
    {
        key(k);
        this->raw(raw);
    }
    std::size_t depth() const { return stack_.size(); }
    // Hands the text written so far to `sink` whenever it passes about a
    // megabyte (checked before each item), so a huge document streams out.
    using Sink = std::function<void(std::string_view)>;
    void setSink(const Sink* sink) { sink_ = sink; }
    void flush();

private:
    void item(); // separator and indentation before an item
    void close(char c);
    std::string& out_;
    std::vector<std::uint32_t> stack_; // items written per open container
    bool afterKey_ = false;
    const Sink* sink_ = nullptr;
};

} // namespace skopos::convert
