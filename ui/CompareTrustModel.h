#pragma once
// The trust section of the compare view: what B asks to be trusted that A
// did not. Dangerous names B adds come first, then the untrusted types it
// adds (both in their verdict colours), then the untrusted types A needed
// and B no longer does.

#include "diff/TreeDiff.h"

#include <QAbstractListModel>

#include <vector>

namespace skopos::ui {

class CompareTrustModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { DangerousAdded, UntrustedAdded, UntrustedRemoved };
    enum Role { KindRole = Qt::UserRole + 1, NameRole };

    explicit CompareTrustModel(QObject* parent = nullptr);

    void setTrust(const TrustDelta& trust);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Kind kind;
        QString name;
    };
    std::vector<Row> rows_;
};

} // namespace skopos::ui
