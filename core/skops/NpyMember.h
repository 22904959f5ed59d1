#pragma once
// The npy header of one zip member, read without touching its payload, and
// checked against the member's real size (a header may lie about its data).

#include "io/ZipArchive.h"
#include "tree/Limits.h"
#include "tree/ObjectTree.h"

#include <string>

namespace skopos {

// Throws ReadError naming the member when it is missing, its header is
// malformed, or the header promises more data than the member holds.
ArrayInfo npyMemberInfo(ZipArchive& zip, const std::string& member, const Limits& limits);

} // namespace skopos
