// scikit-learn node forms (skops/io/_sklearn.py): TreeNode and LossNode, both
// skops' "reduce" state: the constructor arguments and the attributes.

#include "convert/Converter.h"
#include "convert/SchemaEmitter.h"

namespace skopos::convert {

void SchemaEmitter::reduceNode(NodeId n, std::string_view loader)
{
    NodeId args = t_.child(n, "args");
    NodeId state = t_.child(n, "state");
    bool emptyArgs = false;
    if (!t_.valid(args)) {
        // Cython auto-pickle (__pyx_unpickle_<Class>): the fields travel as
        // one tuple. skops' loss_get_state then writes that tuple as the
        // arguments and {} as the attributes; a dict state (the 3-tuple
        // form) becomes the attributes, with () as arguments.
        if (t_.valid(state) && t_.node(state).kind == Kind::Tuple) {
            args = state;
            state = kNoNode;
        } else {
            emptyArgs = true;
        }
    }
    const bool cython = !t_.valid(t_.child(n, "args"));
    const auto [module, cls] = splitTypeName(t_.typeName(n));
    w_.field("__class__", cls);
    w_.field("__module__", module);
    if (cython)
        w_.field("__loader__", loader);
    w_.key("__reduce__");
    w_.beginObject();
    w_.key("args");
    if (emptyArgs) {
        w_.beginObject();
        head("tuple", "builtins", "TupleNode");
        w_.key("content");
        w_.beginArray();
        w_.endArray();
        synthIdField();
        w_.endObject();
    } else {
        node(args, "args");
    }
    w_.endObject();
    w_.key("content");
    if (t_.valid(state)) {
        if (t_.node(state).kind != Kind::Dict && t_.node(state).kind != Kind::Tuple)
            refuse(n, "its state is neither a dict nor a tuple");
        node(state, "state");
    } else {
        // No state: skops writes obj.__getstate__() or {} -> {}.
        w_.beginObject();
        emptyDict();
        w_.endObject();
    }
    if (!cython)
        w_.field("__loader__", loader);
    idField(n);
}

} // namespace skopos::convert
