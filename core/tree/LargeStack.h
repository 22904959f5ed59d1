#pragma once
// Runs a function on a thread with a large stack and waits for it. The skops
// tree builder recurses once per nested node; real models nest a few dozen
// levels, hostile ones up to Limits::maxDepth. Worker threads (the GUI's)
// and sanitizer builds have small or hungry frames, so the builder gets its
// own 1 GiB of address space (only the pages it touches are ever used).

#include <cstddef>
#include <functional>

namespace skopos {

// Exceptions thrown by fn are rethrown in the caller.
void runWithLargeStack(const std::function<void()>& fn, std::size_t stackBytes = std::size_t(1) << 30);

} // namespace skopos
