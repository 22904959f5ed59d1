#pragma once
// How the subcommands word a file that did not open: the summary in the
// user's words, then the reader's message (document/UserMessage), on one
// line, as scripts read stderr line by line.

#include <exception>
#include <string>

namespace skopos {

// "skopos: FILE: SUMMARY (DETAIL)\n"
std::string openFailureLine(const std::string& file, const std::string& error);
// The same for the exception being handled (call inside a catch block): a read
// error's message, "out of memory while reading" for bad_alloc, what() else.
std::string openFailureLine(const std::string& file, const std::exception_ptr& error);
// A folder given where a file is expected: "skopos: X is a folder; use `skopos scan X`\n";
// empty when `file` is not a folder.
std::string folderRefusal(const std::string& file);

} // namespace skopos
