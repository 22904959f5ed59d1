#pragma once
// Options every reader takes: limits, progress reporting and cancellation.

#include "tree/Limits.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace skopos {

struct OpenOptions {
    Limits limits = Limits::defaults();
    // Called now and then with bytes processed and total (total 0 if unknown).
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    // Set to true from another thread to stop; the reader throws Cancelled.
    const std::atomic<bool>* cancel = nullptr;
    // False when the question needs names and types only (`untrusted`): a
    // skops numpy scalar's value (a million of them in a big vocabulary) is
    // then not read and not kept as text.
    bool scalarValues = true;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace skopos
