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

#include "diff/TreeDiff.h"
#include "io/PayloadReader.h"

#include <vector>

namespace skopos {

// Fills delta's counts (and maxAbsDiff) when dtype and shape are equal;
// `progress` gets the bytes of A compared so far. Throws ReadError.
class ArrayComparer {
public:
    ArrayComparer(const Document& a, const Document& b, const std::atomic<bool>* cancel);

    void compare(const ArrayInfo& a, const ArrayInfo& b, ArrayDelta& delta,
                 const std::function<void(std::uint64_t)>& progress = {});

    // numpy's name for a descr as str(dtype) prints it: "float64", "<U10", ">i4".
    static std::string dtypeName(const std::string& descr);

private:
    PayloadReader readA_, readB_;
    std::vector<char> bufA_, bufB_;
};

} // namespace skopos
