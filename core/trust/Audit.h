#pragma once
// The trust audit: skops' get_untrusted_types semantics over the object tree.
//
// For every node reachable from the root (each visited once: shared nodes and
// cycles are safe), the node's loader decides which default trusted lists
// apply (tree/Loader.cpp); TreeNode and LossNode extend the trusted list of
// everything beneath them, exactly as skops passes `trusted=self.trusted` to
// their children. JsonNode and SliceNode report nothing and their children
// are not audited. Names the user trusts are then removed, as audit_tree does.
// Independently, every node whose type name is in the dangerous table is
// marked Dangerous. The tree is only read: verdicts live in the result, so a
// re-audit (another profile, new approvals) never touches a tree that views
// are showing.

#include "tree/Document.h"
#include "trust/Calls.h"
#include "trust/TrustProfile.h"

#include <set>
#include <string>
#include <vector>

namespace skopos {

struct AuditResult {
    std::vector<std::string> untrusted; // sorted, unique, user-trusted names removed
    std::vector<std::string> dangerous; // sorted, unique
    std::vector<std::string> approved;  // untrusted by default, trusted by the user
    // Per node (indexed by NodeId): unreachable nodes stay Neutral.
    std::vector<Verdict> verdicts;
    // Per node: 1 when the node is Trusted only because the user trusts its type.
    std::vector<std::uint8_t> userApproved;
    // What the file calls at load time (trust/Calls.h): untrusted callees,
    // trusted ones given arguments Python never writes, code-like strings.
    CallsResult calls;

    Verdict verdict(NodeId n) const { return n < verdicts.size() ? verdicts[n] : Verdict::Neutral; }
};

inline bool isUnsafe(Verdict v) { return v == Verdict::Untrusted || v == Verdict::Dangerous; }

// Decides a verdict for every reachable node and returns them with the lists.
AuditResult audit(const ObjectTree& tree, const TrustProfile& profile = TrustProfile::bundled(),
                  const std::set<std::string>& userTrusted = {});

// Flags per node: SubtreeUntrusted when the node or anything below it is
// untrusted or dangerous (per `audit`), plus SubtreeDangerous when something
// there is dangerous. Iterative; a node on the current path (a cycle) counts
// as safe, as skops' recursion guard does. Unreachable nodes get 0.
enum SubtreeFlag : std::uint8_t { SubtreeUntrusted = 1, SubtreeDangerous = 2 };
std::vector<std::uint8_t> unsafeSubtrees(const ObjectTree& tree, const AuditResult& audit);

} // namespace skopos
