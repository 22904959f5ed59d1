#pragma once
// The first rows of a big skops file, before its schema.json is parsed: one
// forward pass over the text that builds only the top of the tree (the root,
// its state, each child's class and loader, the first entries of big
// containers) and steps over everything deeper at memory speed (a scan that
// follows only strings, escapes and bracket depth, 64 bytes at a time, with no
// allocation per value). The window shows it while the real read goes on
// (OpenOptions::onOutline, outlineInBackground), then replaces it with the
// full document. 800,000 entries (351 MB of schema): about 0.15 s.
//
// An outline is never trusted: Document::outline is set, it has no arrays,
// no raw offsets, no shared nodes (a repeated __id__ shows as the CachedNode
// skops wrote), and nothing audits it. Entries past what it shows are one row
// of Kind::Opaque labelled "…" whose value.u says how many (0: not counted),
// without FlagStrValue; the window words it.
//
// Hostile input: the pass keeps a bounded stack (OutlineBounds), never
// recurses on the input's depth, and refuses anything it does not expect
// (truncated text, a non-object root, containers nested past
// Limits::maxDepth): then there is simply no outline, and the full read
// reports the real error.

#include "tree/Document.h"
#include "tree/FileHandle.h"
#include "tree/OpenOptions.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <thread>

namespace skopos {

struct OutlineBounds {
    unsigned maxNodeDepth = 8;        // skops nodes below the root that are shown
    std::uint32_t maxShown = 200;     // entries shown per container (the rest counted)
    std::uint32_t maxNodes = 4000;    // rows in the whole outline
    std::uint32_t maxTextBytes = 256; // of a shown string value (longer ones are cut, with "…")
};

// When `options` ask for an outline (onOutline set, the file at least
// outlineMinBytes), makes it on a thread of its own, beside the full read:
// maps the file, finds its stored schema.json (SchemaLocate.h; a deflated one
// gets no outline), outlines it and hands it to onOutline, from that thread.
// The returned thread joins when it goes, so a reader that keeps it until it
// returns calls onOutline before returning. Empty when not asked (the CLI
// and scan never ask) or no thread is to be had.
std::jthread outlineInBackground(const FileHandlePtr& file, const OpenOptions& options,
                                 const OutlineBounds& bounds = {});

// The outline of schema.json `schema`, or nothing (not a schema it can
// outline, a limit hit, or options.cancelled()). Path, file and format are
// left to the caller.
// `reached`, when set, is told now and then (every 16 MB) how far the scan
// got: it never reads the bytes before that again (a caller holding them
// mapped may drop their pages, or map the next ones).
std::optional<Document> outlineSkopsSchema(std::string_view schema, const OpenOptions& options,
                                           const OutlineBounds& bounds = {},
                                           const std::function<void(std::size_t reached)>& reached = {});

// For tests: the end of the JSON container (object or array) starting at
// `at` (just past its closing bracket), counting in *children the containers
// directly inside it; std::string_view::npos when the text ends first or it
// nests deeper than maxDepth.
std::size_t skipJsonContainer(std::string_view text, std::size_t at, std::uint32_t maxDepth,
                              std::uint64_t* children = nullptr);

} // namespace skopos
