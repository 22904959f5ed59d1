#include "VerdictBanner.h"

#include "OpenFailureText.h"
#include "VerdictStyle.h"

#include <algorithm>

namespace skopos::ui {

namespace {
constexpr int kLines = 3;   // the longest sentence with its version note, at the usual window width
constexpr int kPadding = 6; // the style sheet's padding
constexpr int kBorder = 2;  // and its bottom border

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString listSome(const std::vector<std::string>& names, int max)
{
    QStringList l;
    for (std::size_t i = 0; i < names.size() && static_cast<int>(i) < max; ++i)
        l << qs(names[i]).toHtmlEscaped();
    const QString s = l.join(QStringLiteral(", "));
    if (names.size() <= static_cast<std::size_t>(max))
        return s;
    return VerdictBanner::tr("%1 and %n more", nullptr, static_cast<int>(names.size()) - max).arg(s);
}

// numpy writes object dtype as '|O' (alone or as a field's type): such an
// array's bytes are a pickle, which numpy.load reads only with allow_pickle=True.
bool holdsObjectArrays(const ObjectTree& t)
{
    for (NodeId n = 0; n < t.size(); ++n)
        if (const ArrayInfo* a = t.array(n); a && a->descr.find("|O") != std::string::npos)
            return true;
    return false;
}
} // namespace

FileVerdict fileVerdict(const LoadedDocument* doc)
{
    if (!doc)
        return FileVerdict::None;
    if (!doc->audit.dangerous.empty())
        return FileVerdict::Dangerous;
    return doc->audit.untrusted.empty() ? FileVerdict::Clean : FileVerdict::Untrusted;
}

QString fileVerdictWord(const LoadedDocument* doc)
{
    switch (fileVerdict(doc)) {
    case FileVerdict::None: return {};
    case FileVerdict::Dangerous: return VerdictBanner::tr("DANGEROUS");
    case FileVerdict::Untrusted:
        return VerdictBanner::tr("%n type(s) to review", nullptr, static_cast<int>(doc->audit.untrusted.size()));
    case FileVerdict::Clean: return VerdictBanner::tr("trusted types only");
    }
    return {};
}

VerdictBanner::VerdictBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setDocument(nullptr);
}

void VerdictBanner::setDocument(const LoadedDocument* doc)
{
    verdict_ = fileVerdict(doc);
    QString text, bg, fg, border;
    const int approved = doc ? static_cast<int>(doc->audit.approved.size()) : 0;
    // Sentences are whole translatable strings, joined with arg().
    const auto withApproved = [approved](const QString& sentence) {
        return approved == 0 ? sentence : tr("%1 (%n type(s) approved by you.)", nullptr, approved).arg(sentence);
    };
    switch (verdict_) {
    case FileVerdict::None: hide(); return;
    case FileVerdict::Dangerous: {
        QStringList parts;
        for (const auto& n : doc->audit.dangerous) {
            const QString why = dangerousWhy(qs(n));
            parts << (why.isEmpty() ? QStringLiteral("<b>%1</b>").arg(qs(n).toHtmlEscaped())
                                    : QStringLiteral("<b>%1</b> (%2)").arg(qs(n).toHtmlEscaped(), why.toHtmlEscaped()));
        }
        text = tr("<b>DANGEROUS</b> — this file names %1. Loading it can run code on your machine: do not load it.")
                   .arg(parts.join(QStringLiteral(", ")));
        bg = QStringLiteral("#ffcdd2");
        fg = QStringLiteral("#7f0000");
        border = QStringLiteral("#c62828");
        break;
    }
    case FileVerdict::Untrusted:
        text = tr("%1 Open the Trust tab to review and approve them.")
                   .arg(withApproved(tr("<b>%n type(s) need review</b> before skops.io.load accepts this file: %1.",
                                        nullptr, static_cast<int>(doc->audit.untrusted.size()))
                                         .arg(listSome(doc->audit.untrusted, 4))));
        bg = QStringLiteral("#ffe0b2");
        fg = QStringLiteral("#5d3a00");
        border = QStringLiteral("#ef6c00");
        break;
    case FileVerdict::Clean:
        text = approved ? withApproved(tr("<b>No types left to review</b>: every type is trusted by skops' defaults "
                                          "or approved by you."))
                        : tr("<b>Only trusted types</b>: skops.io.load accepts everything in this file with its "
                             "default trusted lists.");
        // A bare .npy/.npz is no skops file: numpy reads it, and whether that runs code depends on object arrays.
        if (!approved && (doc->doc.format == "npy" || doc->doc.format == "npz")) {
            if (holdsObjectArrays(doc->doc.tree)) {
                text = tr(
                    "<b>Not a skops file</b>, and it holds object arrays: numpy.load refuses them unless "
                    "allow_pickle=True, which unpickles them and can run code. Load them only if you trust the file.");
                bg = QStringLiteral("#ffe0b2");
                fg = QStringLiteral("#5d3a00");
                border = QStringLiteral("#ef6c00");
                break;
            }
            text = tr("<b>Not a skops file</b>: numpy arrays only. numpy.load(allow_pickle=False) reads it without "
                      "running code.");
        }
        bg = QStringLiteral("#c8e6c9");
        fg = QStringLiteral("#1b5e20");
        border = QStringLiteral("#2e7d32");
        break;
    }
    // Verdicts follow the profile's lists; a file saved with other versions may load differently.
    // A pickle cut short opens with what came before the cut: say so in the user's words.
    if (std::any_of(doc->doc.notes.begin(), doc->doc.notes.end(), mentionsTruncation))
        text += QStringLiteral("<br><i>") + failureSummaryText(FailureKind::Incomplete).toHtmlEscaped()
            + QLatin1Char(' ') + tr("Only what comes before the cut is shown.").toHtmlEscaped()
            + QStringLiteral("</i>");
    if (!doc->versionNote.isEmpty())
        text += QStringLiteral("<br><i>") + tr("Note: %1.").arg(doc->versionNote.toHtmlEscaped())
            + QStringLiteral("</i>");
    setText(text);
    setToolTip(text); // the whole sentence, should a narrow window cut it
    // One height for every verdict and note: a banner that grows or shrinks
    // (an approval, another tab) made the tree below it jump.
    setFixedHeight(kLines * fontMetrics().lineSpacing() + 2 * kPadding + kBorder + 2);
    setStyleSheet(QStringLiteral("QLabel#verdictBanner { background: %1; color: %2; padding: %4px;"
                                 " border-bottom: %5px solid %3; }")
                      .arg(bg, fg, border)
                      .arg(kPadding)
                      .arg(kBorder));
    show();
}

} // namespace skopos::ui
