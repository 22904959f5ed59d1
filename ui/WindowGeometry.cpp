#include "WindowGeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace skopos::ui {

namespace {
constexpr double kFirstShare = 0.9;         // of the available area, at most, the first time
const char* kLegacyKey = "window/geometry"; // before geometries were kept per screen

// Once the window is shown its frame (title bar, borders) is known: fit it again.
class FitWhenShown : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* e) override
    {
        if (e->type() == QEvent::Show) {
            auto* w = static_cast<QWidget*>(watched);
            QTimer::singleShot(0, w, [w] { keepOnScreen(w); });
            deleteLater(); // the first show only: later the user places the window
            w->removeEventFilter(this);
        }
        return false;
    }
};

QScreen* screenOf(const QWidget* w)
{
    QScreen* s = w->screen();
    return s ? s : QGuiApplication::primaryScreen();
}
} // namespace

QString geometryKey(const QScreen* screen)
{
    if (!screen)
        return QString::fromLatin1(kLegacyKey);
    const QSize size = screen->size();
    // '/' would open a settings group; screen names are free text.
    QString name = screen->name();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("window/geometry/%1@%2x%3").arg(name).arg(size.width()).arg(size.height());
}

QRect firstWindowGeometry(const QRect& available, const QSize& preferred)
{
    const QSize size(std::min(preferred.width(), static_cast<int>(available.width() * kFirstShare)),
                     std::min(preferred.height(), static_cast<int>(available.height() * kFirstShare)));
    QRect r(QPoint(), size);
    r.moveCenter(available.center());
    return r;
}

QRect clampedInto(const QRect& frame, const QRect& available)
{
    QRect r(frame.topLeft(), frame.size().boundedTo(available.size()));
    r.moveLeft(std::clamp(r.left(), available.left(), available.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), available.top(), available.bottom() - r.height() + 1));
    return r;
}

void keepOnScreen(QWidget* window)
{
    QScreen* screen = screenOf(window);
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (available.contains(frame))
        return;
    // The frame (title bar, borders) around the client area stays as it is.
    const QMargins margins(window->geometry().left() - frame.left(), window->geometry().top() - frame.top(),
                           frame.right() - window->geometry().right(), frame.bottom() - window->geometry().bottom());
    const QRect fitted = clampedInto(frame, available);
    const QRect client = fitted.marginsRemoved(margins);
    window->resize(client.size().expandedTo(window->minimumSize()));
    window->move(fitted.topLeft());
}

void restoreWindowGeometry(QWidget* window, const QSize& preferred)
{
    QSettings s;
    QScreen* screen = screenOf(window);
    const QByteArray saved = s.value(geometryKey(screen), s.value(QString::fromLatin1(kLegacyKey))).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        const QRect first = screen ? firstWindowGeometry(screen->availableGeometry(), preferred)
                                   : QRect(QPoint(), preferred);
        window->resize(first.size());
        window->move(first.topLeft());
    }
    keepOnScreen(window);
    window->installEventFilter(new FitWhenShown(window));
}

void saveWindowGeometry(const QWidget* window)
{
    QSettings().setValue(geometryKey(screenOf(window)), window->saveGeometry());
}

} // namespace skopos::ui
