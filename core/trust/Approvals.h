#pragma once
// The types a reviewer approved, shared by the GUI (Settings › Trusted Types,
// kept in QSettings) and the CLI (--approvals FILE, $SKOPOS_APPROVALS).
//
// An approval names one type and a scope: every file, or the one file whose
// bytes have a given SHA-256 (the bytes that were reviewed; another file,
// or the same file changed by one byte, needs its own review). Approving
// only moves a type from untrusted to trusted: dangerous names stay
// dangerous (the audit judges them after the approvals).
//
// File format: the Trusted Types export, JSON:
//   {"format": "skopos-trusted-types", "version": 1, "approvals": [
//     {"type": "a.B", "scope": "all files"},
//     {"type": "c.D", "scope": "file", "sha256": "<64 hex>", "file": "model.skops",
//      "approved": "2026-01-02T03:04:05Z"}]}
// ("file" and "approved" are for people reading the list; they decide nothing).

#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace skopos {

struct Document;

struct Approval {
    std::string type;
    std::string sha256;   // lowercase hex of the file's bytes; empty: all files
    std::string fileName; // where it was approved (shown, not matched)
    std::string approved; // when, ISO 8601 UTC, or empty
    bool forAllFiles() const { return sha256.empty(); }
    // Same type and scope (the note fields do not count).
    bool operator==(const Approval& o) const { return type == o.type && sha256 == o.sha256; }
};

class ApprovalsError : public std::runtime_error {
public:
    // What is wrong, for callers that word it themselves (the GUI translates).
    enum class Kind { Unreadable, NotJson, NotApprovals, BadEntry };
    ApprovalsError(Kind kind, const std::string& what, int entry = 0)
        : std::runtime_error(what), kind_(kind), entry_(entry)
    {
    }
    Kind kind() const { return kind_; }
    int entry() const { return entry_; } // BadEntry: which (1-based)

private:
    Kind kind_;
    int entry_;
};

class Approvals {
public:
    static constexpr const char* kFormatTag = "skopos-trusted-types";

    // Parses the export format. Throws ApprovalsError naming what is wrong.
    static Approvals parse(std::string_view json);
    // Reads a file in that format. Throws ApprovalsError.
    static Approvals load(const std::string& path);
    // Just the list ("approvals" array, no header): what QSettings keeps.
    // Entries that are not valid are dropped (`invalid` counts them).
    static Approvals parseList(std::string_view jsonArray, int* invalid = nullptr);

    // The export format (indented JSON).
    std::string toJson() const;
    // The bare list (compact JSON array).
    std::string listJson() const;
    // Writes toJson() to path (whole or not at all). Throws ApprovalsError.
    void save(const std::string& path) const;

    const std::vector<Approval>& list() const { return list_; }
    bool empty() const { return list_.empty(); }
    // Adds or refreshes (same type and scope); true when it was new.
    bool add(Approval a);
    bool remove(std::string_view type, std::string_view sha256);
    bool contains(const Approval& a) const;

    // True when some approval is for one file: matching needs the file's hash.
    bool needsHash() const;
    // Types approved for every file.
    std::set<std::string> forAllFiles() const;
    // Types approved for the file with this SHA-256 (hex): its own plus those
    // for every file. An empty hash matches only the all-files approvals.
    // Dangerous names (trust/DangerousNames.h) are never returned: the GUI
    // does not let them be approved, and a hand-edited file does not either.
    std::set<std::string> approvedFor(std::string_view sha256) const;
    // Types approved for this opened document. Its SHA-256 is taken only when
    // some approval is per file, through the descriptor its reader read
    // (Document::file), never by opening the path again. Throws ReadError
    // when the file changed since it was read or no descriptor was kept.
    std::set<std::string> approvedFor(const Document& doc) const;

    // Why an entry is not valid, or empty when it is.
    static std::string invalidReason(const Approval& a);

private:
    std::vector<Approval> list_;
};

} // namespace skopos
