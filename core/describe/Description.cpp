#include "describe/Description.h"

#include "describe/Diagram.h"
#include "describe/Fitted.h"
#include "describe/PrettyPrinter.h"
#include "describe/ValueBuilder.h"
#include "tree/JsonQuote.h"
#include "trust/VersionNote.h"

#include <sstream>

namespace skopos {

Description describeModel(const Document& doc, const TrustProfile& profile)
{
    Description d;
    // A profile written before it recorded constructor defaults: the bundled ones.
    ValueBuilder values(doc, profile.constructorClassCount() ? profile : TrustProfile::bundled());
    const NodeId root = doc.tree.root;
    d.isEstimator = values.isEstimator(root);
    values.setSortDicts(d.isEstimator);
    // Estimators print through scikit-learn's printer; any other root as
    // its plain repr (one line, as Python's repr of a container is).
    d.repr = d.isEstimator ? values.reprOf(root) : oneLineRepr(values.build(root));
    d.diagram = diagramOf(values, root);
    d.fitted = fittedSummary(values, doc);
    d.versionNote = versionMismatchNote(doc, profile);
    if (!d.versionNote.empty() && !profile.sklearnVersion().empty())
        d.versionNote += "; parameters are compared with scikit-learn " + profile.sklearnVersion() + "'s defaults";
    return d;
}

namespace {

void blockJson(const DiagramBlock& b, std::ostream& out)
{
    if (b.kind == DiagramBlock::Kind::Single) {
        out << "{\"kind\": \"single\", \"label\": " << jsonQuote(b.label) << '}';
        return;
    }
    out << "{\"kind\": " << (b.kind == DiagramBlock::Kind::Serial ? "\"serial\"" : "\"parallel\"") << ", \"names\": [";
    for (std::size_t i = 0; i < b.names.size(); ++i)
        out << (i ? ", " : "") << (b.names[i].empty() ? std::string("null") : jsonQuote(b.names[i]));
    out << "], \"children\": [";
    for (std::size_t i = 0; i < b.children.size(); ++i) {
        out << (i ? ", " : "");
        blockJson(b.children[i], out);
    }
    out << "]}";
}

void stringList(const std::vector<std::string>& v, std::ostream& out)
{
    out << '[';
    for (std::size_t i = 0; i < v.size(); ++i)
        out << (i ? ", " : "") << jsonQuote(v[i]);
    out << ']';
}

} // namespace

std::string descriptionJson(const Description& d)
{
    std::ostringstream out;
    const FittedSummary& f = d.fitted;
    out << "{\"repr\": " << jsonQuote(d.repr) << ", \"estimator\": " << (d.isEstimator ? "true" : "false")
        << ", \"diagram\": ";
    blockJson(d.diagram, out);
    out << ", \"fitted\": {\"sklearn_version\": "
        << (f.sklearnVersion.empty() ? std::string("null") : jsonQuote(f.sklearnVersion)) << ", \"n_features_in\": ";
    if (f.nFeaturesIn >= 0)
        out << f.nFeaturesIn;
    else
        out << "null";
    out << ", \"feature_names_in\": ";
    stringList(f.featureNamesIn, out);
    out << ", \"feature_names_total\": " << f.featureNamesTotal << ", \"classes\": ";
    stringList(f.classes, out);
    out << ", \"nodes\": " << f.nodes << ", \"arrays\": " << f.arrays << ", \"array_bytes\": " << f.arrayBytes
        << ", \"largest_arrays\": [";
    for (std::size_t i = 0; i < f.largestArrays.size(); ++i) {
        const auto& a = f.largestArrays[i];
        out << (i ? ", " : "") << "{\"path\": " << jsonQuote(a.path) << ", \"dtype\": " << jsonQuote(a.descr)
            << ", \"shape\": [";
        for (std::size_t k = 0; k < a.shape.size(); ++k)
            out << (k ? ", " : "") << a.shape[k];
        out << "], \"bytes\": " << a.bytes << '}';
    }
    out << "]}";
    if (!d.versionNote.empty())
        out << ", \"version_note\": " << jsonQuote(d.versionNote);
    out << "}";
    return out.str();
}

std::string describeText(const Description& d)
{
    std::string s = d.repr + "\n\n" + fittedText(d.fitted);
    if (!d.versionNote.empty())
        s += "note: " + d.versionNote + "\n";
    return s;
}

} // namespace skopos
