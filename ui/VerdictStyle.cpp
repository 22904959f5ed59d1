#include "VerdictStyle.h"

#include "CoreText.h"
#include "trust/DangerousNames.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace skopos::ui {

namespace {

// Gives the free functions below a translation context that lupdate understands.
struct VerdictStyle {
    Q_DECLARE_TR_FUNCTIONS(VerdictStyle)
};

QPixmap badge(int size, const QColor& fill, bool triangle)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal m = size * 0.06;
    QPainterPath path;
    if (triangle) {
        path.moveTo(size / 2.0, m);
        path.lineTo(size - m, size - m);
        path.lineTo(m, size - m);
        path.closeSubpath();
    } else {
        path.addEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
    }
    p.fillPath(path, fill);
    p.setPen(QPen(fill.darker(150), size / 16.0));
    p.drawPath(path);
    // The exclamation mark: a bar and a dot, drawn so it reads at 16 px.
    p.setPen(Qt::NoPen);
    p.setBrush(triangle ? Qt::black : Qt::white);
    const qreal w = size * 0.13;
    const qreal top = triangle ? size * 0.34 : size * 0.2;
    p.drawRoundedRect(QRectF(size / 2.0 - w / 2, top, w, size * 0.38), w / 3, w / 3);
    p.drawEllipse(QRectF(size / 2.0 - w / 2, size * 0.66 + (triangle ? size * 0.06 : 0), w, w));
    return pm;
}

QIcon badgeIcon(const QColor& fill, bool triangle)
{
    QIcon icon;
    for (int s : {16, 24, 32, 48})
        icon.addPixmap(badge(s, fill, triangle));
    return icon;
}

} // namespace

QColor verdictBackground(Verdict v)
{
    switch (v) {
    case Verdict::Untrusted: return QColor(255, 204, 128); // orange
    case Verdict::Dangerous: return QColor(255, 138, 128); // red
    default: return {};
    }
}

QColor cleanFileBackground() { return QColor(200, 230, 201); } // green, as the banner's "trusted types only"
QColor errorFileBackground() { return QColor(215, 204, 232); } // lilac: neither safe nor a finding

QColor containsUntrustedForeground() { return QColor(176, 96, 0); }
QColor containsDangerousForeground() { return QColor(183, 28, 28); }
QColor approvedForeground() { return QColor(46, 125, 50); }

QString approvedLabel() { return VerdictStyle::tr("approved by you"); }

QString approvedExplanation(const QString& typeName)
{
    return VerdictStyle::tr("Approved by you: skops refuses %1 by default; you reviewed it and it is passed "
                            "in trusted=[...] when loading.")
        .arg(typeName);
}

QString dangerousWhy(const QString& qualifiedName)
{
    const DangerousEntry* e = findDangerous(qualifiedName.toStdString());
    return e ? coreText(e->why) : QString(); // in the interface language (CoreText.h)
}

QIcon verdictIcon(Verdict v)
{
    static const QIcon dangerous = badgeIcon(QColor(211, 47, 47), false);
    static const QIcon untrusted = badgeIcon(QColor(255, 160, 0), true);
    switch (v) {
    case Verdict::Untrusted: return untrusted;
    case Verdict::Dangerous: return dangerous;
    default: return {};
    }
}

QString verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Trusted: return VerdictStyle::tr("trusted");
    case Verdict::Untrusted: return VerdictStyle::tr("untrusted");
    case Verdict::Dangerous: return VerdictStyle::tr("DANGEROUS");
    case Verdict::Neutral: break;
    }
    return {};
}

QString verdictExplanation(Verdict v, const QString& typeName)
{
    switch (v) {
    case Verdict::Trusted: return VerdictStyle::tr("%1 is on skops' default trusted list.").arg(typeName);
    case Verdict::Untrusted:
        return VerdictStyle::tr("Untrusted: skops.io.load refuses %1 unless it is passed in trusted=[...]. "
                                "Review what this type does before approving it.")
            .arg(typeName);
    case Verdict::Dangerous: {
        const QString why = dangerousWhy(typeName);
        return VerdictStyle::tr("DANGEROUS: %1 can run code or touch the system when the file is loaded%2. "
                                "Do not load this file.")
            .arg(typeName, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
    }
    case Verdict::Neutral: break;
    }
    return VerdictStyle::tr("No type check here: skops checks the types of the objects below, not this node itself.");
}

QIcon applicationIcon()
{
    // A magnifying glass over a box: "look inside, do not open".
    QIcon icon;
    for (int s : {16, 32, 48, 64, 128, 256}) {
        QPixmap pm(s, s);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(38, 70, 83), s / 16.0));
        p.setBrush(QColor(233, 196, 106));
        p.drawRoundedRect(QRectF(s * 0.08, s * 0.3, s * 0.62, s * 0.6), s * 0.06, s * 0.06);
        p.setBrush(QColor(255, 255, 255, 200));
        p.setPen(QPen(QColor(38, 70, 83), s / 10.0));
        p.drawEllipse(QRectF(s * 0.38, s * 0.08, s * 0.42, s * 0.42));
        p.drawLine(QPointF(s * 0.73, s * 0.44), QPointF(s * 0.92, s * 0.66));
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace skopos::ui
