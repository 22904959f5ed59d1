#pragma once
// The status bar's permanent note of the trust profile in use:
// "Profile: bundled · skops 0.15.dev0 · scikit-learn 1.2.1". Follows
// CurrentProfile; the tooltip says where the lists come from.

#include <QLabel>

namespace skopos::ui {

class ProfileStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit ProfileStatusLabel(QWidget* parent = nullptr);
    void refresh();
};

} // namespace skopos::ui
