#include "NodeDetailsWidget.h"

#include "ArrayPreviewWidget.h"
#include "CoreText.h"
#include "VerdictStyle.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace skopos::ui {

NodeDetailsWidget::NodeDetailsWidget(QWidget* parent)
    : QWidget(parent), scroll_(new QScrollArea), summary_(new QLabel), value_(new QPlainTextEdit),
      array_(new ArrayPreviewWidget)
{
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    value_->setReadOnly(true);
    value_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    value_->setMaximumHeight(value_->fontMetrics().height() * 6);
    // The pane scrolls when the window is too small for the summary and the
    // array preview's table (which keeps room for its minimum of rows); its
    // minimum size stays small, so showing an array never moves the
    // splitter between the tree and this pane.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(summary_);
    layout->addWidget(value_);
    layout->addWidget(array_, 1);
    layout->addStretch(0);
    scroll_->setWidget(content);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll_);
    clear();
}

void NodeDetailsWidget::clear()
{
    summary_->setText(tr("Select a node in the tree to see its details."));
    value_->hide();
    array_->clear();
    array_->hide();
}

QString NodeDetailsWidget::summaryText() const { return summary_->text(); }

void NodeDetailsWidget::showNode(const std::shared_ptr<const LoadedDocument>& doc, NodeId n, const QString& keyPath)
{
    if (!doc || n == kNoNode || n >= doc->doc.tree.size()) {
        clear();
        return;
    }
    const ObjectTree& t = doc->doc.tree;
    const Node& node = t.node(n);
    const QString type = QString::fromStdString(std::string(t.typeName(n)));
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(keyPath.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=4>");
    const auto row = [&](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k, v);
    };
    row(tr("Type"), type.isEmpty() ? tr("(none)") : coreTypeName(type).toHtmlEscaped());
    row(tr("Kind"), QString::fromLatin1(kindName(node.kind)));
    if (node.loader != Loader::None)
        row(tr("skops loader"),
            QString::fromLatin1(loaderName(node.loader).data(),
                                static_cast<qsizetype>(loaderName(node.loader).size())));
    // As many as the tree shows: bookkeeping children are hidden there unless they hold a finding.
    std::uint32_t shown = 0;
    for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next)
        shown += !(t.node(t.edge(e).child).flags & FlagHidden) || doc->unsafeBelow(t.edge(e).child);
    row(tr("Children"),
        shown == node.childCount ? QString::number(shown)
                                 : tr("%1 (+%2 hidden)").arg(shown).arg(node.childCount - shown));
    // Where the reader found it (the Raw tab scrolls there).
    if (const std::uint64_t off = t.rawOffset(n); off != ObjectTree::kNoOffset)
        row(tr("Raw offset"),
            doc->rawIsJson ? tr("byte %1 of schema.json").arg(off)
                : doc->doc.format.find('+') != std::string::npos
                ? tr("opcode at offset %1 of the decompressed stream").arg(off)
                : tr("opcode at offset %1").arg(off));
    QStringList flags;
    if (node.flags & FlagSharedRef)
        flags << tr("shared: reached more than once (cycles possible)");
    if (node.flags & FlagHidden)
        flags << tr("bookkeeping node, normally hidden");
    if (!flags.isEmpty())
        row(tr("Notes"), flags.join(QStringLiteral("; ")).toHtmlEscaped());
    html += QStringLiteral("</table>");
    const Verdict verdict = doc->verdict(n);
    const QColor bg = verdictBackground(verdict);
    const bool plain = node.kind == Kind::None || node.kind == Kind::Bool || node.kind == Kind::Int
        || node.kind == Kind::BigInt || node.kind == Kind::Float || node.kind == Kind::Str;
    QString why;
    if (doc->approvedByUser(n))
        why = approvedExplanation(type);
    else if (verdict == Verdict::Neutral && plain)
        why = tr("A plain value: nothing to trust.");
    else
        why = verdictExplanation(verdict, type.isEmpty() ? tr("this value") : type);
    why = why.toHtmlEscaped();
    html += bg.isValid() ? QStringLiteral("<p style='background:%1;color:black'>&nbsp;%2&nbsp;</p>").arg(bg.name(), why)
                         : QStringLiteral("<p>%1</p>").arg(why);
    if (doc->dangerousBelow(n) && verdict != Verdict::Dangerous)
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(containsDangerousForeground().name(),
                         tr("This contains DANGEROUS names below it: do not load this file.").toHtmlEscaped());
    else if (doc->unsafeBelow(n) && !bg.isValid())
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(containsUntrustedForeground().name(), tr("Something below this node is untrusted."));
    summary_->setText(html);

    const std::string text = t.valueText(n, 100000);
    value_->setVisible(!text.empty() && node.kind != Kind::Array);
    value_->setPlainText(QString::fromStdString(text));

    if (const ArrayInfo* a = t.array(n); a && a->where != Where::Children) {
        array_->show();
        array_->showArray(QString::fromStdString(doc->doc.path), *a);
    } else if (node.kind == Kind::Sparse) {
        array_->show();
        array_->showSparse(QString::fromStdString(doc->doc.path), findSparseParts(t, n));
    } else {
        array_->clear();
        array_->hide();
    }
}

} // namespace skopos::ui
