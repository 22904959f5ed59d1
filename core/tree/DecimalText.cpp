#include "tree/DecimalText.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

namespace skopos {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// from_chars reports a value outside double's range without giving it; strtod
// gives +-inf above the range and +-0 below it. The text is a valid decimal
// here, so its order of magnitude (position of the first significant digit
// plus the exponent) says which side it is on.
bool aboveRange(std::string_view t)
{
    std::size_t i = 0;
    long long intDigits = 0;    // significant digits before the point
    long long leadingZeros = 0; // zeros after the point before the first significant digit
    bool seenSignificant = false;
    for (; i < t.size() && isDigit(t[i]); ++i)
        if (seenSignificant || t[i] != '0') {
            seenSignificant = true;
            ++intDigits;
        }
    if (i < t.size() && t[i] == '.')
        for (++i; i < t.size() && isDigit(t[i]); ++i)
            if (!seenSignificant) {
                if (t[i] != '0')
                    seenSignificant = true;
                else
                    ++leadingZeros;
            }
    long long exp = 0;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        const bool negative = i < t.size() && t[i] == '-';
        if (i < t.size() && (t[i] == '-' || t[i] == '+'))
            ++i;
        for (; i < t.size() && isDigit(t[i]); ++i)
            if (exp < 1'000'000'000)
                exp = exp * 10 + (t[i] - '0');
        if (negative)
            exp = -exp;
    }
    const long long magnitude = intDigits > 0 ? exp + intDigits : exp - leadingZeros;
    return magnitude > 0;
}

} // namespace

std::size_t readDecimal(std::string_view s, double& out)
{
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
        ++i;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        negative = s[i] == '-';
        ++i;
    }
    // from_chars takes a '-' but never a '+': the sign is applied here, and a
    // second sign ("+-1", "--1") is not a number, as for strtod.
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        return 0;
    const char* first = s.data() + i;
    const char* last = s.data() + s.size();
    double v = 0;
    const auto r = std::from_chars(first, last, v, std::chars_format::general);
    if (r.ec == std::errc::invalid_argument)
        return 0;
    if (r.ec == std::errc::result_out_of_range)
        v = aboveRange(std::string_view(first, static_cast<std::size_t>(r.ptr - first)))
            ? std::numeric_limits<double>::infinity()
            : 0.0;
    out = negative ? -v : v;
    return static_cast<std::size_t>(r.ptr - s.data());
}

std::string fixedDecimal(double v, int decimals)
{
    char buf[400]; // the longest fixed double (1.8e308) plus decimals
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    if (r.ec != std::errc())
        return std::isnan(v) ? "nan" : v < 0 ? "-inf" : "inf";
    return std::string(buf, r.ptr);
}

} // namespace skopos
