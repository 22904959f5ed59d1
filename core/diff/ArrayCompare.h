#pragma once
// Compares the payloads of two arrays element by element, streaming both in
// fixed windows: the memory used is two windows whatever the arrays' size.
//
// Equality is numpy's `array_equal(a, b, equal_nan=True)`: exact, NaN equals
// NaN, 0.0 equals -0.0. The largest difference is what
// `np.max(np.abs(a - b))` gives over the differing elements: computed in the
// dtype as numpy does (float32 subtracts in float32; integers subtract and
// take the absolute value with the dtype's wrap-around, so uint8 1 vs 2 gives
// 255 and int8 -128 vs 0 gives -128), NaN when a differing element is NaN on
// one side. Types numpy cannot subtract (bool, strings, structured) get none.
// Reported as a double: float16 differences are taken in double (numpy
// rounds them to half), and an int64/uint64 difference above 2^53 loses its
// last digits. Structured records compare by bytes (a -0.0 field differs
// from 0.0 there).

#include "diff/TreeDiff.h"
#include "io/PayloadReader.h"

#include <string_view>
#include <vector>

namespace skopos {

// Fills delta's counts (and maxAbsDiff) when dtype and shape are equal;
// `progress` gets the bytes of A compared so far. Throws ReadError.
class ArrayComparer {
public:
    ArrayComparer(const Document& a, const Document& b, const std::atomic<bool>* cancel);

    // `inlineA`/`inlineB`: the bytes when the reader holds them in the tree
    // (protocols 0-2 write array data as text: a hidden "data" child), else empty.
    void compare(const ArrayInfo& a, std::string_view inlineA, const ArrayInfo& b, std::string_view inlineB,
                 ArrayDelta& delta, const std::function<void(std::uint64_t)>& progress = {});

    // numpy's name for a descr as str(dtype) prints it: "float64", "<U10", ">i4".
    static std::string dtypeName(const std::string& descr);

private:
    PayloadReader readA_, readB_;
    std::vector<char> bufA_, bufB_;
};

} // namespace skopos
