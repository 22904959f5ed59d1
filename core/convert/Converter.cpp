#include "convert/Converter.h"

#include "tree/Error.h"

namespace skopos {

ConvertResult convertToSkops(const std::string& input, const std::string& output, const ConvertOptions&)
{
    (void)output;
    throw ReadError(input + ": converting is not implemented yet");
}

} // namespace skopos
