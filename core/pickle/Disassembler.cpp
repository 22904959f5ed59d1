#include "pickle/Disassembler.h"

#include "tree/Error.h"

namespace skopos {

// Placeholder until the pickle machine lands (issue 3).
void disassemble(const std::string&, std::ostream&, const OpenOptions&)
{
    throw ReadError("disassembly is not supported yet");
}

} // namespace skopos
