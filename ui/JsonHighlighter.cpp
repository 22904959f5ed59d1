#include "JsonHighlighter.h"

#include <QTextDocument>

#ifdef SKOPOS_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace skopos::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* doc) : QSyntaxHighlighter(doc)
{
    key_.setForeground(QColor(0, 92, 197));
    skopsKey_.setForeground(QColor(111, 66, 193));
    skopsKey_.setFontWeight(QFont::Bold);
    string_.setForeground(QColor(3, 119, 71));
    number_.setForeground(QColor(176, 96, 0));
    literal_.setForeground(QColor(215, 58, 73));
    punctuation_.setForeground(QColor(110, 110, 110));
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    // A small scanner rather than regexes: JSON strings may hold escaped
    // quotes, and one pass keeps large schemas fast. Each line is independent
    // because JSON strings cannot span lines.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n && text[j] != QLatin1Char('"'))
                j += text[j] == QLatin1Char('\\') ? 2 : 1;
            j = std::min(j + 1, n);
            qsizetype k = j;
            while (k < n && text[k].isSpace())
                ++k;
            const bool isKey = k < n && text[k] == QLatin1Char(':');
            // skops' own bookkeeping keys (__class__, __module__, __loader__, ...)
            const bool dunder = isKey && j - i > 6 && text.mid(i + 1, 2) == QLatin1String("__");
            setFormat(int(i), int(j - i), dunder ? skopsKey_ : isKey ? key_ : string_);
            i = j;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype j = i + 1;
            while (j < n && (text[j].isDigit() || QStringLiteral(".eE+-").contains(text[j])))
                ++j;
            setFormat(int(i), int(j - i), number_);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text[j].isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") || word == QLatin1String("null"))
                setFormat(int(i), int(j - i), literal_);
            i = j;
        } else {
            if (QStringLiteral("{}[],:").contains(c))
                setFormat(int(i), 1, punctuation_);
            ++i;
        }
    }
}

QSyntaxHighlighter* attachJsonHighlighter(QTextDocument* doc)
{
#ifdef SKOPOS_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    const auto def = repository.definitionForName(QStringLiteral("JSON"));
    if (def.isValid()) {
        auto* h = new KSyntaxHighlighting::SyntaxHighlighter(doc);
        h->setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        h->setDefinition(def);
        return h;
    }
#endif
    return new JsonHighlighter(doc);
}

} // namespace skopos::ui
