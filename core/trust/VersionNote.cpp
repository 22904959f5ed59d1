#include "trust/VersionNote.h"

#include <deque>
#include <vector>

namespace skopos {

std::optional<std::string> savedSklearnVersion(const Document& doc)
{
    const ObjectTree& t = doc.tree;
    if (t.root == kNoNode)
        return std::nullopt;
    // Breadth-first, each node once (shared nodes and cycles are fine).
    std::vector<std::uint8_t> seen(t.size(), 0);
    std::deque<NodeId> queue{t.root};
    seen[t.root] = 1;
    while (!queue.empty()) {
        const NodeId n = queue.front();
        queue.pop_front();
        for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next) {
            const Edge& edge = t.edge(e);
            if (!t.valid(edge.child))
                continue;
            if (edge.label != kNoStr && t.node(edge.child).kind == Kind::Str && t.str(edge.label) == "_sklearn_version")
                return std::string(t.strValue(edge.child));
            if (!seen[edge.child]) {
                seen[edge.child] = 1;
                queue.push_back(edge.child);
            }
        }
    }
    return std::nullopt;
}

std::string versionMismatchNote(const std::optional<std::string>& saved, const TrustProfile& profile)
{
    const std::string& lists = profile.sklearnVersion();
    if (!saved || saved->empty() || lists.empty() || *saved == lists)
        return {};
    return "saved with scikit-learn " + *saved + "; verdicts follow " + lists + "'s lists";
}

std::optional<std::string> savedSkopsVersion(const Document& doc)
{
    constexpr std::string_view prefix = "skops ";
    if (doc.format != "skops" || doc.producer.size() <= prefix.size()
        || doc.producer.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    return doc.producer.substr(prefix.size());
}

std::string versionMismatchNote(const Document& doc, const TrustProfile& profile)
{
    const std::optional<std::string> sklearn = savedSklearnVersion(doc);
    const std::optional<std::string> skops = savedSkopsVersion(doc);
    const bool sklearnDiffers = !versionMismatchNote(sklearn, profile).empty();
    const bool skopsDiffers = skops && !profile.skopsVersion().empty() && *skops != profile.skopsVersion();
    if (!skopsDiffers)
        return versionMismatchNote(sklearn, profile);
    if (!sklearnDiffers)
        return "saved with skops " + *skops + "; verdicts follow skops " + profile.skopsVersion() + "'s lists";
    return "saved with scikit-learn " + *sklearn + " and skops " + *skops + "; verdicts follow scikit-learn "
        + profile.sklearnVersion() + " and skops " + profile.skopsVersion() + "'s lists";
}

} // namespace skopos
