#pragma once
// Runs a function on a thread with a large stack and waits for it. The skops
// tree builder recurses once per nested node; real models nest a few dozen
// levels, hostile ones up to Limits::maxDepth. Worker threads (the GUI's)
// and sanitizer builds have small or hungry frames, so the builder gets its
// own 256 MiB of address space (only the pages it touches are used; 10,000
// levels need ~100 MB even under AddressSanitizer). Where that much address
// space is refused (ulimit -v), smaller stacks are tried before the caller's.

#include <cstddef>
#include <functional>

namespace skopos {

// Exceptions thrown by fn are rethrown in the caller.
void runWithLargeStack(const std::function<void()>& fn, std::size_t stackBytes = std::size_t(256) << 20);

} // namespace skopos
