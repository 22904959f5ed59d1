#pragma once
// A Python value as scikit-learn's pretty printer sees it: the few shapes it
// lays out itself (estimators, lists, tuples, dicts) and everything else as
// its repr text. Built from the static tree by ValueBuilder, printed by
// PrettyPrinter; nothing here runs or imports anything.

#include "tree/ObjectTree.h"

#include <string>
#include <utility>
#include <vector>

namespace skopos {

struct PyValue {
    enum class Shape : std::uint8_t { Atom, List, Tuple, Dict, Estimator };
    Shape shape = Shape::Atom;
    // Atom: its repr. Estimator: the class name (type.__name__).
    std::string text;
    // List / Tuple elements.
    std::vector<PyValue> items;
    // Estimator: changed parameters, sorted by name (name, value).
    // Dict: (key repr, value), sorted as pprint sorts keys.
    std::vector<std::pair<std::string, PyValue>> entries;
    NodeId node = kNoNode;

    static PyValue atom(std::string text, NodeId n = kNoNode)
    {
        PyValue v;
        v.text = std::move(text);
        v.node = n;
        return v;
    }
};

} // namespace skopos
