#include "tree/PyFloat.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

namespace skopos {

namespace {

std::string finiteRepr(double x)
{
    // Shortest round-trip digits in scientific form: "-1.2345e+16".
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
    const std::string sci(buf, r.ptr);
    std::string out;
    std::size_t i = 0;
    if (sci[0] == '-') {
        out += '-';
        i = 1;
    }
    const std::size_t e = sci.find('e');
    std::string digits;
    for (std::size_t k = i; k < e; ++k)
        if (sci[k] != '.')
            digits += sci[k];
    const int exp10 = std::atoi(sci.c_str() + e + 1);
    // CPython (format_float_short, repr mode): decpt = exp10 + 1 is the
    // position of the decimal point; scientific when decpt <= -4 or > 16.
    const int decpt = exp10 + 1;
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out.append(digits, 1, std::string::npos);
        }
        out += 'e';
        out += exp10 < 0 ? '-' : '+';
        const int a = std::abs(exp10);
        if (a < 10)
            out += '0';
        out += std::to_string(a);
        return out;
    }
    if (decpt <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-decpt), '0');
        out += digits;
    } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
        out += digits;
        out.append(static_cast<std::size_t>(decpt) - digits.size(), '0');
        out += ".0";
    } else {
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out += '.';
        out.append(digits, static_cast<std::size_t>(decpt), std::string::npos);
    }
    return out;
}

} // namespace

std::string pyFloatRepr(double x)
{
    if (std::isnan(x))
        return "nan";
    if (std::isinf(x))
        return x > 0 ? "inf" : "-inf";
    return finiteRepr(x);
}

std::string pyFloatJson(double x)
{
    if (std::isnan(x))
        return "NaN";
    if (std::isinf(x))
        return x > 0 ? "Infinity" : "-Infinity";
    return finiteRepr(x);
}

} // namespace skopos
