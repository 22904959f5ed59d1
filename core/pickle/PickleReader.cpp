#include "pickle/PickleReader.h"

#include "tree/Error.h"

namespace skopos {

// Placeholder until the pickle machine lands (issue 3).
Document readPickleFile(const std::string&, const OpenOptions&)
{
    throw ReadError("pickle files are not supported yet");
}

} // namespace skopos
