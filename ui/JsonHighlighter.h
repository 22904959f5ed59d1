#pragma once
// Syntax colours for schema.json: our own QSyntaxHighlighter (always
// available), or KSyntaxHighlighting's JSON definition when it was found at
// build time (SKOPOS_HAVE_KSYNTAXHIGHLIGHTING).

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextDocument;

namespace skopos::ui {

class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* doc);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat key_, string_, number_, literal_, punctuation_, skopsKey_;
};

// Attaches the best available JSON highlighter to `doc` (owned by `doc`).
QSyntaxHighlighter* attachJsonHighlighter(QTextDocument* doc);

} // namespace skopos::ui
