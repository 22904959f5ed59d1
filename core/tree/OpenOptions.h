#pragma once
// Options every reader takes: limits, progress reporting and cancellation.

#include "tree/Limits.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace skopos {

struct Document;

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
    // When set, a reader that can show the top of a big file before it has
    // read all of it calls this once, on the reading thread, with that partial
    // document (Document::outline set; a skops schema.json of at least
    // outlineMinBytes), then goes on and returns the full one. Unset (the
    // CLI, scan), nothing of the kind is made.
    std::function<void(Document&& outline)> onOutline;
    std::uint64_t outlineMinBytes = 8ull << 20;
    // Convert: a pickle's numpy scalars lose their (dtype, bytes) argument
    // nodes as in a names-only read (two nodes a vocabulary entry), but keep
    // their own ArrayInfo (where the bytes are; no value text). The reader
    // lists here the ids of those scalars, in increasing order, so node
    // numbers can be mapped back to a full read's (each lost two ids just
    // before it); `revived` says a later reference rebuilt some, after which
    // numbers no longer map (read again without this).
    struct DroppedScalarArgs {
        std::vector<std::uint32_t> scalars;
        bool revived = false;
    };
    DroppedScalarArgs* droppedScalarArgs = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace skopos
