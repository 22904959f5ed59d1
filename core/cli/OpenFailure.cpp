#include "cli/OpenFailure.h"

#include "document/UserMessage.h"

#include <new>

namespace skopos {

std::string openFailureLine(const std::string& file, const std::string& error)
{
    const UserMessage m = describeFailure(file, error);
    std::string line = "skopos: " + file + ": " + m.summary;
    if (!m.detail.empty())
        line += " (" + m.detail + ")";
    return line + '\n';
}

std::string openFailureLine(const std::string& file, const std::exception_ptr& error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::bad_alloc&) {
        return openFailureLine(file, std::string("out of memory while reading"));
    } catch (const std::exception& e) {
        return openFailureLine(file, std::string(e.what()));
    } catch (...) {
        return openFailureLine(file, std::string("unknown error while reading"));
    }
}

std::string folderRefusal(const std::string& file)
{
    if (file.empty() || !fileFacts(file).isFolder)
        return {};
    return "skopos: " + file + " is a folder; use `skopos scan " + file + "`\n";
}

} // namespace skopos
