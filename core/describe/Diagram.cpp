#include "describe/Diagram.h"

#include "describe/PrettyPrinter.h"

#include <optional>

namespace skopos {

namespace {

constexpr int kMaxDiagramDepth = 64;

class DiagramBuilder {
public:
    explicit DiagramBuilder(ValueBuilder& v) : v_(v), t_(v.tree()) { }

    DiagramBlock block(NodeId n, int depth)
    {
        if (depth > kMaxDiagramDepth)
            return single(n, "...");
        const Node* node = t_.valid(n) ? &t_.node(n) : nullptr;
        if (!node || node->kind == Kind::None)
            return single(kNoNode, "None");
        if (node->kind == Kind::Str)
            return single(kNoNode, std::string(t_.strValue(n)));
        if (!v_.isEstimator(n))
            return single(n, v_.className(n));
        // Classes with their own _sk_visual_block_: when it fails (parameters
        // of the wrong shape), scikit-learn draws a single box.
        const std::string_view type = t_.typeName(n);
        std::optional<DiagramBlock> own;
        bool hasOwn = true;
        if (type == "sklearn.pipeline.Pipeline")
            own = pipeline(n, depth);
        else if (type == "sklearn.pipeline.FeatureUnion")
            own = named(n, "transformer_list", DiagramBlock::Kind::Parallel, true, depth);
        else if (type == "sklearn.compose._column_transformer.ColumnTransformer")
            own = columnTransformer(n, depth);
        else if (type == "sklearn.ensemble._voting.VotingClassifier"
                 || type == "sklearn.ensemble._voting.VotingRegressor")
            own = named(n, "estimators", DiagramBlock::Kind::Parallel, true, depth);
        else if (type == "sklearn.ensemble._stacking.StackingClassifier")
            own = stacking(n, false, depth);
        else if (type == "sklearn.ensemble._stacking.StackingRegressor")
            own = stacking(n, true, depth);
        else
            hasOwn = false;
        if (hasOwn)
            return own ? std::move(*own) : single(n, v_.className(n));
        return metaOrSingle(n, depth);
    }

private:
    DiagramBlock single(NodeId n, std::string label)
    {
        DiagramBlock b;
        b.kind = DiagramBlock::Kind::Single;
        b.label = std::move(label);
        b.node = n;
        b.dashWrapped = false;
        if (v_.isEstimator(n)) {
            b.details = v_.reprOf(n);
            b.count = ensembleCount(n);
        }
        return b;
    }

    std::uint32_t ensembleCount(NodeId n)
    {
        const NodeId e = v_.attribute(n, "estimators_");
        if (!t_.valid(e))
            return 1;
        if (const ArrayInfo* a = t_.array(e); a && !a->shape.empty())
            return static_cast<std::uint32_t>(std::max<std::int64_t>(1, a->shape[0]));
        if (t_.node(e).kind == Kind::List)
            return std::max<std::uint32_t>(1, static_cast<std::uint32_t>(v_.elements(e).size()));
        return 1;
    }

    // (name, estimator[, columns]) tuples of a list parameter; nullopt when
    // the parameter is not such a list (scikit-learn's zip(*...) would fail).
    std::optional<std::vector<std::vector<NodeId>>> tuples(NodeId n, std::string_view param, std::size_t minSize)
    {
        const NodeId list = v_.attribute(n, param);
        if (!t_.valid(list) || (t_.node(list).kind != Kind::List && t_.node(list).kind != Kind::Tuple))
            return std::nullopt;
        std::vector<std::vector<NodeId>> out;
        for (NodeId item : v_.elements(list)) {
            if (!t_.valid(item) || (t_.node(item).kind != Kind::Tuple && t_.node(item).kind != Kind::List))
                return std::nullopt;
            std::vector<NodeId> parts = v_.elements(item);
            if (parts.size() < minSize)
                return std::nullopt;
            out.push_back(std::move(parts));
        }
        if (out.empty())
            return std::nullopt;
        return out;
    }

    std::string text(NodeId n)
    {
        if (t_.valid(n) && t_.node(n).kind == Kind::Str)
            return std::string(t_.strValue(n));
        return oneLineRepr(v_.build(n));
    }

    // str(est) as name details: a string prints bare, everything else as repr.
    std::string detail(NodeId n)
    {
        if (v_.isEstimator(n))
            return v_.reprOf(n);
        return text(n);
    }

    std::optional<DiagramBlock> pipeline(NodeId n, int depth)
    {
        const auto steps = tuples(n, "steps", 2);
        if (!steps)
            return std::nullopt;
        DiagramBlock b;
        b.kind = DiagramBlock::Kind::Serial;
        b.node = n;
        b.dashWrapped = false;
        for (const auto& s : *steps) {
            const NodeId est = s[1];
            const bool passthrough = !t_.valid(est) || t_.node(est).kind == Kind::None
                || (t_.node(est).kind == Kind::Str && t_.strValue(est) == "passthrough");
            const std::string cls = t_.valid(est) && t_.node(est).kind == Kind::Str ? "str" : v_.className(est);
            b.names.push_back(text(s[0]) + ": " + (passthrough ? std::string("passthrough") : cls));
            b.nameDetails.push_back(detail(est));
            b.children.push_back(block(est, depth + 1));
        }
        return b;
    }

    std::optional<DiagramBlock> named(NodeId n, std::string_view param, DiagramBlock::Kind kind, bool dash, int depth)
    {
        const auto items = tuples(n, param, 2);
        if (!items)
            return std::nullopt;
        DiagramBlock b;
        b.kind = kind;
        b.node = n;
        b.dashWrapped = dash;
        for (const auto& s : *items) {
            b.names.push_back(text(s[0]));
            b.nameDetails.push_back(detail(s[1]));
            b.children.push_back(block(s[1], depth + 1));
        }
        return b;
    }

    std::optional<DiagramBlock> columnTransformer(NodeId n, int depth)
    {
        const auto items = tuples(n, "transformers", 3);
        if (!items)
            return std::nullopt;
        DiagramBlock b;
        b.kind = DiagramBlock::Kind::Parallel;
        b.node = n;
        for (const auto& s : *items) {
            b.names.push_back(text(s[0]));
            b.nameDetails.push_back(text(s[2]));
            b.children.push_back(block(s[1], depth + 1));
        }
        // The remainder shows unless it is "drop"; fitted, with the columns it got.
        const NodeId remainder = v_.attribute(n, "remainder");
        const bool drop = t_.valid(remainder) && t_.node(remainder).kind == Kind::Str
            && t_.strValue(remainder) == "drop";
        if (!drop) {
            std::string columns;
            if (const NodeId fitted = v_.attribute(n, "_remainder"); t_.valid(fitted)) {
                const auto parts = v_.elements(fitted);
                if (parts.size() >= 3)
                    columns = text(parts[2]);
            }
            b.names.push_back("remainder");
            b.nameDetails.push_back(columns);
            b.children.push_back(block(remainder, depth + 1));
        }
        return b;
    }

    std::optional<DiagramBlock> stacking(NodeId n, bool regressor, int depth)
    {
        auto parallel = named(n, "estimators", DiagramBlock::Kind::Parallel, false, depth);
        if (!parallel)
            return std::nullopt;
        DiagramBlock finalBlock;
        finalBlock.kind = DiagramBlock::Kind::Parallel;
        finalBlock.dashWrapped = false;
        finalBlock.names.push_back("final_estimator");
        const NodeId fe = v_.attribute(n, "final_estimator");
        if (!t_.valid(fe) || t_.node(fe).kind == Kind::None) {
            // scikit-learn draws the default it would fit.
            DiagramBlock d;
            d.label = regressor ? "RidgeCV" : "LogisticRegression";
            d.details = d.label + "()";
            d.dashWrapped = false;
            finalBlock.nameDetails.push_back(d.details);
            finalBlock.children.push_back(std::move(d));
        } else {
            finalBlock.nameDetails.push_back(detail(fe));
            finalBlock.children.push_back(block(fe, depth + 1));
        }
        DiagramBlock b;
        b.kind = DiagramBlock::Kind::Serial;
        b.node = n;
        b.dashWrapped = false;
        b.names = {"", ""};
        b.nameDetails = {"", ""};
        b.children.push_back(std::move(*parallel));
        b.children.push_back(std::move(finalBlock));
        return b;
    }

    // A meta-estimator: its parameters that hold estimators side by side, named
    // "param: Class" (get_params order: sorted by name).
    DiagramBlock metaOrSingle(NodeId n, int depth)
    {
        const auto* params = v_.profile().constructorParams(t_.typeName(n));
        std::vector<std::pair<std::string, NodeId>> found;
        if (params)
            for (const ConstructorParam& p : *params) {
                const NodeId value = v_.attribute(n, p.name);
                if (v_.isEstimator(value))
                    found.emplace_back(p.name, value);
            }
        if (found.empty())
            return single(n, v_.className(n));
        std::sort(found.begin(), found.end());
        DiagramBlock b;
        b.kind = DiagramBlock::Kind::Parallel;
        b.node = n;
        b.dashWrapped = true;
        for (const auto& [name, est] : found) {
            b.names.push_back(name + ": " + v_.className(est));
            b.nameDetails.push_back(v_.reprOf(est));
            b.children.push_back(block(est, depth + 1));
        }
        return b;
    }

    ValueBuilder& v_;
    const ObjectTree& t_;
};

} // namespace

DiagramBlock diagramOf(ValueBuilder& values, NodeId n) { return DiagramBuilder(values).block(n, 0); }

} // namespace skopos
