#include "ScanTableModel.h"

#include "OpenFailureText.h"
#include "VerdictStyle.h"
#include "scan/ScanLine.h"

#include <QBrush>
#include <QLocale>

namespace skopos::ui {

namespace {
Verdict treeVerdict(scan::ScanVerdict v)
{
    switch (v) {
    case scan::ScanVerdict::Untrusted: return Verdict::Untrusted;
    case scan::ScanVerdict::Dangerous: return Verdict::Dangerous;
    default: return Verdict::Trusted;
    }
}

QColor verdictColour(scan::ScanVerdict v)
{
    switch (v) {
    case scan::ScanVerdict::Clean: return cleanFileBackground();
    case scan::ScanVerdict::Error: return errorFileBackground();
    default: return verdictBackground(treeVerdict(v));
    }
}

QString names(const scan::FileScanResult& r, const QString& errorSummary)
{
    if (r.verdict == scan::ScanVerdict::Error) // the user's words first, the reader's after
        return errorSummary.isEmpty() ? QString::fromStdString(r.error)
                                      : QStringLiteral("%1 — %2").arg(errorSummary, QString::fromStdString(r.error));
    QStringList out;
    for (const auto& d : r.dangerous)
        out << QStringLiteral("!") + QString::fromStdString(d);
    for (const auto& u : r.untrusted)
        if (std::find(r.dangerous.begin(), r.dangerous.end(), u) == r.dangerous.end())
            out << QString::fromStdString(u);
    return out.join(QStringLiteral(", "));
}

QByteArray csvField(const QString& s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

QString joined(const std::vector<std::string>& v)
{
    QStringList l;
    for (const auto& s : v)
        l << QString::fromStdString(s);
    return l.join(QLatin1Char(';'));
}
} // namespace

ScanTableModel::ScanTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void ScanTableModel::setRoot(const QString& root)
{
    root_ = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
}

void ScanTableModel::clear()
{
    beginResetModel();
    rows_.clear();
    errorSummary_.clear();
    endResetModel();
}

void ScanTableModel::append(std::vector<scan::FileScanResult> rows)
{
    if (rows.empty())
        return;
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (auto& r : rows) {
        // Classified once here (a stat and 16 bytes), not on every repaint.
        errorSummary_.push_back(r.verdict == scan::ScanVerdict::Error
                                    ? failureSummaryText(describeFailure(r.path, r.error).kind)
                                    : QString());
        rows_.push_back(std::move(r));
    }
    endInsertRows();
}

int ScanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ScanTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ScanTableModel::displayPath(const scan::FileScanResult& r) const
{
    const QString p = QString::fromStdString(r.path);
    return !root_.isEmpty() && p.startsWith(root_) ? p.mid(root_.size()) : p;
}

QVariant ScanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const scan::FileScanResult& r = rows_[static_cast<std::size_t>(index.row())];
    if (role == VerdictRole)
        return static_cast<int>(r.verdict);
    if (role == Qt::ToolTipRole) {
        if (index.column() == ColPath)
            return QString::fromStdString(r.path);
        if (index.column() == ColNames)
            return names(r, errorSummary_[static_cast<std::size_t>(index.row())]);
        if (index.column() == ColVerdict && r.sha256.size())
            return tr("SHA-256 %1").arg(QString::fromStdString(r.sha256));
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == ColVerdict)
        return verdictIcon(treeVerdict(r.verdict));
    // Every verdict has its own colour. A QVariant holding an invalid QColor
    // here painted as a solid black box (the delegate turns it into a black
    // brush), hiding the word on clean and error rows.
    if (role == Qt::BackgroundRole && index.column() == ColVerdict)
        return QBrush(verdictColour(r.verdict));
    if (role == Qt::ForegroundRole && index.column() == ColVerdict)
        return QBrush(Qt::black); // light backgrounds: black reads in dark palettes too
    if (role == Qt::TextAlignmentRole && index.column() == ColSize)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case ColVerdict:
        if (role == SortRole) // worst first when sorted descending
            return r.verdict == scan::ScanVerdict::Dangerous ? 3
                : r.verdict == scan::ScanVerdict::Error      ? 2
                : r.verdict == scan::ScanVerdict::Untrusted  ? 1
                                                             : 0;
        return verdictWord(r.verdict);
    case ColPath: return displayPath(r);
    case ColFormat: return QString::fromStdString(r.format);
    case ColSize:
        if (role == SortRole)
            return static_cast<qulonglong>(r.size);
        return QLocale().formattedDataSize(static_cast<qint64>(r.size));
    case ColNames: return names(r, errorSummary_[static_cast<std::size_t>(index.row())]);
    case ColSklearn: return r.sklearnVersion ? QString::fromStdString(*r.sklearnVersion) : QString();
    }
    return {};
}

// The verdict as the table shows it (translated; exports keep
// scan::verdictText, the words of `skopos scan`).
QString ScanTableModel::verdictWord(scan::ScanVerdict v)
{
    switch (v) {
    case scan::ScanVerdict::Clean: return tr("clean");
    case scan::ScanVerdict::Untrusted: return tr("untrusted");
    case scan::ScanVerdict::Dangerous: return tr("dangerous");
    case scan::ScanVerdict::Error: return tr("error");
    }
    return tr("error");
}

QVariant ScanTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColVerdict: return tr("Verdict");
    case ColPath: return tr("File");
    case ColFormat: return tr("Format");
    case ColSize: return tr("Size");
    case ColNames: return tr("Untrusted / dangerous names, or error");
    case ColSklearn: return tr("scikit-learn");
    }
    return {};
}

QByteArray ScanTableModel::toJsonLines(const std::string& profileJson) const
{
    QByteArray out;
    for (const auto& r : rows_)
        out += QByteArray::fromStdString(scan::jsonLine(r, profileJson));
    return out;
}

QByteArray ScanTableModel::toCsv() const
{
    QByteArray out = "path,size,sha256,format,protocol,verdict,untrusted,dangerous,error,sklearn_version,ms\n";
    for (const auto& r : rows_) {
        const QStringList f = {QString::fromStdString(r.path),
                               QString::number(r.size),
                               QString::fromStdString(r.sha256),
                               QString::fromStdString(r.format),
                               QString::number(r.protocol),
                               QString::fromLatin1(scan::verdictText(r.verdict)),
                               joined(r.untrusted),
                               joined(r.dangerous),
                               QString::fromStdString(r.error),
                               r.sklearnVersion ? QString::fromStdString(*r.sklearnVersion) : QString(),
                               QString::number(r.ms, 'f', 3)};
        QList<QByteArray> cells;
        for (const auto& s : f)
            cells << csvField(s);
        out += cells.join(',') + '\n';
    }
    return out;
}

} // namespace skopos::ui
