#pragma once
// Reads values out of the static tree the way scikit-learn's repr sees them:
// an estimator is its class name and the constructor parameters whose values
// differ from the defaults the trust profile records (print_changed_only);
// other values become their Python repr text.

#include "describe/PyValue.h"
#include "tree/Document.h"
#include "trust/TrustProfile.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace skopos {

class ValueBuilder {
public:
    ValueBuilder(const Document& doc, const TrustProfile& profile) : doc_(doc), t_(doc.tree), profile_(profile) { }

    PyValue build(NodeId n);
    // repr(estimator) of node n, built once (the diagram asks for it per block).
    const std::string& reprOf(NodeId n);
    // Dicts print sorted by key inside scikit-learn's printer, in insertion
    // order in a plain repr (a root that is not an estimator).
    void setSortDicts(bool sort) { sortDicts_ = sort; }

    // An estimator: an object whose class the profile's constructor defaults know.
    bool isEstimator(NodeId n) const;
    // The node holding an object's attributes (its state dict), kNoNode if none.
    NodeId stateOf(NodeId n) const;
    // The attribute `name` of an object (kNoNode when absent).
    NodeId attribute(NodeId n, std::string_view name) const;
    // type.__name__: the last part of module.qualname.
    std::string className(NodeId n) const;
    const ObjectTree& tree() const { return t_; }
    const TrustProfile& profile() const { return profile_; }
    // Elements of a list or tuple node (hidden bookkeeping children skipped).
    std::vector<NodeId> elements(NodeId n) const;

private:
    PyValue estimator(NodeId n);
    PyValue dict(NodeId n);
    std::string atomRepr(NodeId n);
    std::string globalRepr(NodeId n) const;
    std::string bytesOf(NodeId n) const;
    std::string objectRepr(NodeId n);
    // Gaussian-process kernels print their own way (kernels.py __repr__).
    std::string kernelRepr(NodeId n, int depth = 0);
    std::vector<double> numbers(NodeId n) const;
    std::string keyRepr(NodeId dict, std::string_view label) const;

    const Document& doc_;
    const ObjectTree& t_;
    const TrustProfile& profile_;
    std::unordered_set<NodeId> active_; // values being built (cycles print as "...")
    int depth_ = 0;
    bool sortDicts_ = true;
    std::unordered_map<NodeId, std::string> reprs_;
};

} // namespace skopos
