#include "cli/ApprovalsOption.h"

#include <cstdlib>

namespace skopos {

std::optional<Approvals> resolveApprovals(const std::string& option)
{
    std::string path = option;
    if (path.empty())
        if (const char* env = std::getenv("SKOPOS_APPROVALS"))
            path = env;
    if (path.empty())
        return std::nullopt;
    return Approvals::load(path);
}

} // namespace skopos
