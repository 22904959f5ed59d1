#include "CompareTrustModel.h"

#include "VerdictStyle.h"

#include <QBrush>
#include <QFont>

namespace skopos::ui {

CompareTrustModel::CompareTrustModel(QObject* parent) : QAbstractListModel(parent) { }

void CompareTrustModel::setTrust(const TrustDelta& trust)
{
    beginResetModel();
    rows_.clear();
    const auto add = [this](Kind k, const std::vector<std::string>& names) {
        for (const std::string& n : names)
            rows_.push_back({k, QString::fromStdString(n)});
    };
    add(Kind::DangerousAdded, trust.dangerousAdded);
    add(Kind::UntrustedAdded, trust.untrustedAdded);
    add(Kind::UntrustedRemoved, trust.untrustedRemoved);
    endResetModel();
}

void CompareTrustModel::clear()
{
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int CompareTrustModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant CompareTrustModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    const Verdict v = r.kind == Kind::DangerousAdded ? Verdict::Dangerous
        : r.kind == Kind::UntrustedAdded             ? Verdict::Untrusted
                                                     : Verdict::Neutral;
    switch (role) {
    case Qt::DisplayRole:
        switch (r.kind) {
        case Kind::DangerousAdded: {
            const QString why = dangerousWhy(r.name);
            return why.isEmpty() ? tr("New DANGEROUS name in B: %1").arg(r.name)
                                 : tr("New DANGEROUS name in B: %1 (%2)").arg(r.name, why);
        }
        case Kind::UntrustedAdded: return tr("New untrusted type in B: %1").arg(r.name);
        case Kind::UntrustedRemoved: return tr("No longer needed in B: %1").arg(r.name);
        }
        break;
    case Qt::ToolTipRole:
        switch (r.kind) {
        case Kind::DangerousAdded: return verdictExplanation(Verdict::Dangerous, r.name);
        case Kind::UntrustedAdded: return verdictExplanation(Verdict::Untrusted, r.name);
        case Kind::UntrustedRemoved: return tr("A needed %1 trusted; B does not name it.").arg(r.name);
        }
        break;
    case Qt::BackgroundRole:
        if (const QColor c = verdictBackground(v); c.isValid())
            return QBrush(c);
        break;
    case Qt::ForegroundRole:
        if (verdictBackground(v).isValid())
            return QBrush(Qt::black);
        break;
    case Qt::DecorationRole:
        if (const QIcon i = verdictIcon(v); !i.isNull())
            return i;
        break;
    case Qt::FontRole:
        if (r.kind == Kind::DangerousAdded) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case KindRole: return static_cast<int>(r.kind);
    case NameRole: return r.name;
    }
    return {};
}

} // namespace skopos::ui
