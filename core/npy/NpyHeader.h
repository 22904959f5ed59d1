#pragma once
// The header of a .npy file (numpy/lib/format.py): magic, version 1.0/2.0/3.0,
// a little-endian header length, then a Python dict literal with 'descr',
// 'fortran_order' and 'shape'. Only the header is parsed; data is located.

#include "tree/FileHandle.h"
#include "tree/Limits.h"
#include "tree/ObjectTree.h"

#include <functional>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace skopos {

struct NpyHeader {
    int major = 0, minor = 0;
    std::string descr; // '<f8', or the repr of a structured descr list
    bool structured = false;
    bool hasObject = false; // 'O' anywhere in the descr: data is a pickle
    std::vector<std::int64_t> shape;
    bool fortranOrder = false;
    std::int64_t itemsize = -1; // bytes per element, -1 if unknown
    std::uint64_t dataOffset = 0;
    std::uint64_t dataLength = 0; // prod(shape) * itemsize, 0 if unknown

    // Where the data of this array lives, for the object tree. `base` is
    // added to the data offset (the header's position in its container).
    ArrayInfo toArrayInfo(Where where, std::string_view source, std::uint64_t base = 0) const;
};

// How many leading bytes parseNpyHeader needs, given at least the first 12
// bytes. Throws ReadError when the magic or version is wrong or the header
// length exceeds limits.maxNpyHeaderBytes.
std::uint64_t npyPrefixSize(std::string_view first, const Limits& limits = Limits::defaults());
// Parses a header from a prefix of at least npyPrefixSize() bytes.
NpyHeader parseNpyHeader(std::string_view prefix, const Limits& limits = Limits::defaults());
// Reads just enough of an npy header through `prefix(n)` (which returns the
// first n bytes of the array, or fewer if it is shorter) and parses it.
NpyHeader readNpyHeader(const std::function<std::string(std::uint64_t n)>& prefix,
                        const Limits& limits = Limits::defaults());
// The header of a .npy file on disk (companion files, standalone arrays).
NpyHeader readNpyFileHeader(const std::string& path, const Limits& limits = Limits::defaults());
NpyHeader readNpyFileHeader(const FileHandle& file, const Limits& limits = Limits::defaults());
// Whether numpy.dtype(s) may hold Python objects (its data is then a
// pickle): 'O', '|O', '<O8', 'object', 'object_', 'object0', 'O,i4', '2O' ...
// every such spelling holds 'O' or "object". True for some strings numpy
// refuses, never false for one it reads as an object dtype.
bool dtypeMayHoldObjects(std::string_view s);
// Itemsize of a simple numpy type string ('<f8' -> 8, '<U3' -> 12); -1 if unknown.
std::int64_t typestrItemsize(std::string_view typestr);

} // namespace skopos
