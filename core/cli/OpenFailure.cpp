#include "cli/OpenFailure.h"

#include "document/UserMessage.h"

namespace skopos {

std::string openFailureLine(const std::string& file, const std::string& error)
{
    const UserMessage m = describeFailure(file, error);
    std::string line = "skopos: " + file + ": " + m.summary;
    if (!m.detail.empty())
        line += " (" + m.detail + ")";
    return line + '\n';
}

std::string folderRefusal(const std::string& file)
{
    if (file.empty() || !fileFacts(file).isFolder)
        return {};
    return "skopos: " + file + " is a folder; use `skopos scan " + file + "`\n";
}

} // namespace skopos
