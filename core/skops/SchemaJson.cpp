#include "skops/SchemaJson.h"

#include "tree/Error.h"

#include <nlohmann/json.hpp>

namespace skopos {

class SchemaJsonBuilder : public nlohmann::json_sax<nlohmann::json> {
public:
    SchemaJsonBuilder(SchemaJson& out, unsigned maxDepth) : j_(out), maxDepth_(maxDepth) {}

    bool null() override { return scalar(SchemaJson::Type::Null, 0); }
    bool boolean(bool b) override { return scalar(SchemaJson::Type::Bool, b ? 1 : 0); }
    bool number_integer(number_integer_t v) override { return scalar(SchemaJson::Type::Int, static_cast<std::uint64_t>(v)); }
    bool number_unsigned(number_unsigned_t v) override
    {
        // Python ids and JSON ints above int64 range: keep as float (never used as a count).
        if (v > static_cast<number_unsigned_t>(INT64_MAX))
            return number_float(static_cast<double>(v), {});
        return scalar(SchemaJson::Type::Int, v);
    }
    bool number_float(number_float_t v, const string_t&) override
    {
        SchemaJson::Value val;
        val.type = SchemaJson::Type::Float;
        val.f = v;
        return push(val);
    }
    bool string(string_t& s) override
    {
        SchemaJson::Value val;
        val.type = SchemaJson::Type::String;
        val.u = addStr(s);
        return push(val);
    }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t& k) override
    {
        frames_[depth_ - 1].keys.push_back(static_cast<std::uint32_t>(addStr(k)));
        return true;
    }
    bool end_object() override { return close(SchemaJson::Type::Object); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(SchemaJson::Type::Array); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override
    {
        error_ = ex.what();
        errorPos_ = position;
        return false;
    }

    std::string error_;
    std::size_t errorPos_ = 0;
    bool tooDeep_ = false;

private:
    struct Frame {
        std::vector<SchemaJson::Id> items;
        std::vector<std::uint32_t> keys;
    };

    std::uint64_t addStr(const std::string& s)
    {
        j_.strs_.push_back({j_.chars_.size(), static_cast<std::uint32_t>(s.size())});
        j_.chars_.append(s);
        return j_.strs_.size() - 1;
    }
    bool scalar(SchemaJson::Type t, std::uint64_t u)
    {
        SchemaJson::Value val;
        val.type = t;
        val.u = u;
        return push(val);
    }
    bool push(const SchemaJson::Value& val)
    {
        j_.values_.push_back(val);
        const auto id = static_cast<SchemaJson::Id>(j_.values_.size() - 1);
        if (depth_ == 0)
            j_.root_ = id;
        else
            frames_[depth_ - 1].items.push_back(id);
        return true;
    }
    bool open(bool)
    {
        if (depth_ >= maxDepth_) {
            tooDeep_ = true;
            return false;
        }
        if (frames_.size() <= depth_)
            frames_.emplace_back();
        frames_[depth_].items.clear();
        frames_[depth_].keys.clear();
        ++depth_;
        return true;
    }
    bool close(SchemaJson::Type t)
    {
        Frame& f = frames_[depth_ - 1];
        SchemaJson::Value val;
        val.type = t;
        val.count = static_cast<std::uint32_t>(f.items.size());
        val.u = j_.members_.size();
        j_.members_.insert(j_.members_.end(), f.items.begin(), f.items.end());
        if (t == SchemaJson::Type::Object)
            j_.keys_.insert(j_.keys_.end(), f.keys.begin(), f.keys.end());
        else
            j_.keys_.resize(j_.members_.size(), UINT32_MAX);
        --depth_;
        return push(val);
    }

    SchemaJson& j_;
    unsigned maxDepth_;
    std::size_t depth_ = 0;
    std::vector<Frame> frames_;
};

SchemaJson SchemaJson::parse(std::string_view text, unsigned maxDepth)
{
    SchemaJson j;
    j.values_.reserve(text.size() / 24);
    SchemaJsonBuilder b(j, maxDepth);
    const bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &b, nlohmann::json::input_format_t::json, true);
    if (b.tooDeep_)
        throw ReadError("schema.json is nested deeper than the limit of " + std::to_string(maxDepth) + " levels");
    if (!ok || j.root_ == kNone) {
        std::string why = b.error_;
        // nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, column 2: "
        if (auto p = why.find("parse error"); p != std::string::npos)
            why = why.substr(p);
        throw ReadError("schema.json is not valid JSON: " + (why.empty() ? std::string("empty document") : why));
    }
    return j;
}

std::string_view SchemaJson::string(Id v) const
{
    if (v == kNone || values_[v].type != Type::String)
        return {};
    const StrRef& r = strs_[values_[v].u];
    return std::string_view(chars_).substr(r.off, r.len);
}

std::string_view SchemaJson::keyAt(Id v, std::uint32_t i) const
{
    const std::uint32_t k = keys_[values_[v].u + i];
    if (k == UINT32_MAX)
        return {};
    const StrRef& r = strs_[k];
    return std::string_view(chars_).substr(r.off, r.len);
}

SchemaJson::Id SchemaJson::get(Id obj, std::string_view key) const
{
    if (!isObject(obj))
        return kNone;
    const Value& o = values_[obj];
    for (std::uint32_t i = 0; i < o.count; ++i)
        if (keyAt(obj, i) == key)
            return members_[o.u + i];
    return kNone;
}

std::string_view SchemaJson::getString(Id obj, std::string_view key) const { return string(get(obj, key)); }

} // namespace skopos
