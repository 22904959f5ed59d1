#pragma once
// The memfd shared by the window (or scan) and its reader helper: a first
// page both map (limits in, progress out), then the result image the helper
// writes (a status record, then the Document as TreeImage blocks).
// When the parent asks for an outline (OpenOptions::onOutline), the helper
// may first write one as an image of its own at kImageOffset and publish its
// end (outlineEnd); the result then starts at the next page boundary after
// it (answerOffset). Internal to ReaderProcess.cpp and ReaderHelper.cpp.

#include "tree/Limits.h"

#include <atomic>
#include <cstdint>
#include <type_traits>

namespace skopos::sandbox {

// "SKR" + the image format version: a helper from another build refuses the request.
inline constexpr std::uint32_t kChannelMagic = 0x534b5204;
inline constexpr std::uint64_t kImageOffset = 4096; // the result starts after the shared page
inline constexpr int kChannelFd = 3;                // where the helper finds the memfd
// Where a one-file helper finds the model file when the parent hands over its
// own descriptor (readDocument(FileHandlePtr)): the helper parses the very file
// the parent holds, so the SHA-256 an approval binds to is of the parsed bytes.
inline constexpr int kFileFd = 4;

// Exit codes of the helper besides 0 (image written).
inline constexpr int kExitOutOfMemory = 3;
inline constexpr int kExitUsage = 64;

enum class ImageStatus : std::uint32_t { Ok = 1, ReadError = 2, Cancelled = 3 };

struct SharedPage {
    std::uint32_t magic = kChannelMagic;
    std::uint32_t size = sizeof(SharedPage);  // both sides are one build; a mismatch is refused
    Limits limits;                            // parent -> helper
    std::uint64_t memoryBytes = 0;            // parent -> helper (RLIMIT_AS)
    std::uint32_t scalarValues = 1;           // parent -> helper (OpenOptions::scalarValues)
    std::uint32_t outline = 0;                // parent -> helper: an outline is wanted
    std::uint64_t outlineMinBytes = 0;        // parent -> helper (OpenOptions::outlineMinBytes)
    std::atomic<std::uint64_t> outlineEnd{0}; // helper -> parent: the outline image ends here (0: none yet)
    std::atomic<std::uint64_t> answerOffset{kImageOffset}; // helper -> parent: where the result image starts
    std::atomic<std::uint64_t> done{0};                    // helper -> parent: progress
    std::atomic<std::uint64_t> total{0};
};
static_assert(std::is_trivially_copyable_v<Limits>);
static_assert(sizeof(SharedPage) <= kImageOffset);
static_assert(std::atomic<std::uint64_t>::is_always_lock_free);

} // namespace skopos::sandbox
