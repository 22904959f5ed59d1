#pragma once
// Starts loading the cache line at `p` (a hint: no fault, no effect on
// results). GCC 12 silently dropped __builtin_prefetch from the skops
// builder's memo probe (no prefetch instruction in SkopsSchema.o: the probe
// stayed 10% of `untrusted` on vocab.skops), so on x86-64 the instruction is
// written out; elsewhere the builtin is the best there is.

namespace skopos {

inline void prefetchLine(const void* p)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(p)));
#else
    __builtin_prefetch(p);
#endif
}

} // namespace skopos
