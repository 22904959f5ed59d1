#pragma once
// Calls are findings: what the loader *calls* at load time with arguments
// from the file, apart from the types it merely names.
//
// Pickles: every REDUCE, NEWOBJ(_EX), INST, OBJ and BUILD the pickle machine
// recorded (ObjectTree::calls). Reconstruction helpers (copyreg, numpy,
// joblib, Cython) are followed to the class they really call. Skops files:
// every node whose loader calls its declared type (ObjectNode: cls.__new__ +
// __setstate__, ConstructorFromReduceNode: cls(*args), List/Set/Dict/
// TupleNode: cls(items), NdArrayNode of a subclass, RandomState/Generator,
// Tree/LossNode: cls(*args) + __setstate__, OperatorFuncNode).
//
// Three findings:
//  - Untrusted: the callee is neither trusted (profile, --trust) nor a known
//    reconstruction helper: "calls NAME with arguments from the file".
//  - Arguments: a trusted reconstruction target called with arguments Python,
//    numpy, scipy or scikit-learn never write for it (the "overwritten module"
//    attack: collections.OrderedDict given a shell command).
//  - CodeString: a string argument of a call that reads as Python or shell code.
// Arguments and CodeString never occur in files those libraries write (the
// corpus figures are in docs/calls.md): the CLI treats them as dangerous.

#include "tree/ObjectTree.h"
#include "trust/TrustProfile.h"

#include <set>
#include <string>
#include <vector>

namespace skopos {

enum class CallFinding : std::uint8_t { Untrusted, Arguments, CodeString };
const char* callFindingName(CallFinding f); // "untrusted", "arguments", "code"

struct CallReport {
    std::string name; // what is called, module.qualname
    CallFinding finding = CallFinding::Untrusted;
    std::string detail;                           // Arguments: what was given; CodeString: the string (shortened)
    std::vector<std::string> via;                 // opcodes (REDUCE, NEWOBJ, BUILD, ...) or skops loaders, sorted
    std::uint32_t count = 0;                      // call sites with this name and finding
    NodeId node = kNoNode;                        // the first call's result node
    std::uint64_t offset = ObjectTree::kNoOffset; // the first call's opcode offset (pickles)
    bool dangerous = false;                       // the callee is also in the dangerous table

    std::string message() const; // one line for people
};

struct CallsResult {
    std::vector<CallReport> reports; // sorted by finding, then name
    bool untrustedCalls() const;     // some Untrusted finding
    bool suspiciousCalls() const;    // some Arguments or CodeString finding
};

// `verdicts`: the audit's, per node (trust/Audit.h runs this as its last step
// and keeps the result in AuditResult::calls).
CallsResult findCalls(const ObjectTree& tree, const std::vector<Verdict>& verdicts,
                      const TrustProfile& profile = TrustProfile::bundled(),
                      const std::set<std::string>& userTrusted = {});

// The small heuristic behind CodeString: text that reads as Python or shell
// code (an import, os.system, __import__, $(...), backticks, "| sh", rm -rf,
// curl/wget, "; " or "&&" followed by a shell command, ...). Exposed for tests.
bool readsAsCode(std::string_view text);

} // namespace skopos
