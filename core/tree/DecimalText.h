#pragma once
// Numbers read and written as text the same way in every locale.
// QApplication sets the process locale from the environment (setlocale), and
// strtod/printf("%f")/std::to_string(double) then follow it: under de_DE.UTF-8
// strtod reads "0.5" as 0 and printf writes "0,5". Every decimal text Skopos
// reads from a file or writes into one goes through these functions instead
// (std::from_chars/std::to_chars never look at the locale).

#include <cstddef>
#include <string>
#include <string_view>

namespace skopos {

// Reads a decimal float at the start of `s` as strtod does in the "C" locale:
// leading ASCII white space, an optional sign, digits with an optional
// fraction and exponent, or inf/infinity/nan (any case). Too large a value
// gives +-inf and too small +-0, as strtod does. Hexadecimal floats are not
// read (Python never writes them; "0x10" reads as 0, stopping at 'x').
// Returns how many characters were used: 0 when `s` does not start with a
// number (then `out` is left alone).
std::size_t readDecimal(std::string_view s, double& out);

// `v` with exactly `decimals` digits after a '.': printf("%.*f") in the "C"
// locale (scan timings in JSONL and on stderr).
std::string fixedDecimal(double v, int decimals);

} // namespace skopos
