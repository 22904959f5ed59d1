#include "ArrayPicture.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace skopos::ui {

namespace {

// A perceptually ordered ramp (dark blue -> teal -> yellow), like viridis.
QRgb ramp(double t)
{
    static const QColor stops[] = {QColor(68, 1, 84), QColor(59, 82, 139), QColor(33, 145, 140), QColor(94, 201, 98),
                                   QColor(253, 231, 37)};
    t = std::clamp(t, 0.0, 1.0) * 4;
    const int i = std::min(3, static_cast<int>(t));
    const double f = t - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return qRgb(int(a.red() + f * (b.red() - a.red())), int(a.green() + f * (b.green() - a.green())),
                int(a.blue() + f * (b.blue() - a.blue())));
}

QImage canvas(QSize size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(250, 250, 250));
    return img;
}

} // namespace

QImage heatMap(const ArrayPreview& p, std::int64_t rows, std::int64_t cols, int maxSide)
{
    if (rows <= 0 || cols <= 0 || p.count == 0 || p.dtype.isText())
        return {};
    // Only the part that was read: whole rows (C order) or columns (Fortran).
    const std::int64_t shownRows = p.fortranOrder ? rows : std::min(rows, (p.count + cols - 1) / cols);
    const std::int64_t shownCols = p.fortranOrder ? std::min(cols, (p.count + rows - 1) / rows) : cols;
    const int w = static_cast<int>(std::min<std::int64_t>(shownCols, maxSide));
    const int h = static_cast<int>(std::min<std::int64_t>(shownRows, maxSide));
    const double lo = p.stats.min, span = p.stats.max - p.stats.min;
    QImage img(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        const std::int64_t r = std::int64_t(y) * shownRows / h;
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::int64_t c = std::int64_t(x) * shownCols / w;
            const std::int64_t i = p.fortranOrder ? c * rows + r : r * cols + c;
            if (i >= p.count) {
                line[x] = qRgb(255, 255, 255);
                continue;
            }
            const double v = p.complex() ? std::hypot(p.values[2 * i], p.values[2 * i + 1]) : p.values[i];
            line[x] = std::isnan(v) ? qRgb(200, 200, 200) : ramp(span > 0 ? (v - lo) / span : 0.5);
        }
    }
    return img;
}

QImage linePlot(const ArrayPreview& p, QSize size)
{
    if (p.count == 0 || p.dtype.isText())
        return {};
    QImage img = canvas(size);
    QPainter g(&img);
    g.setRenderHint(QPainter::Antialiasing);
    const QRectF area(8, 8, size.width() - 16, size.height() - 16);
    g.setPen(QColor(200, 200, 200));
    g.drawRect(area);
    const double lo = p.stats.min, span = p.stats.max - p.stats.min;
    QPainterPath path;
    bool pen = false;
    for (std::int64_t i = 0; i < p.count; ++i) {
        const double v = p.real(i);
        if (!std::isfinite(v)) {
            pen = false;
            continue;
        }
        const double x = area.left() + (p.count == 1 ? 0.5 : double(i) / double(p.count - 1)) * area.width();
        const double y = area.bottom() - (span > 0 ? (v - lo) / span : 0.5) * area.height();
        if (pen)
            path.lineTo(x, y);
        else
            path.moveTo(x, y);
        pen = true;
    }
    g.setPen(QPen(QColor(33, 113, 181), 1.5));
    g.drawPath(path);
    return img;
}

QImage histogram(const ArrayPreview& p, int bins, QSize size)
{
    if (p.stats.count == 0 || p.dtype.isText())
        return {};
    std::vector<std::int64_t> counts(static_cast<std::size_t>(bins), 0);
    const double lo = p.stats.min, span = p.stats.max - p.stats.min;
    for (std::int64_t i = 0; i < p.count; ++i) {
        const double v = p.complex() ? std::hypot(p.values[2 * i], p.values[2 * i + 1]) : p.values[i];
        if (std::isnan(v) || !std::isfinite(span))
            continue;
        const int b = span > 0 ? std::min(bins - 1, static_cast<int>((v - lo) / span * bins)) : bins / 2;
        ++counts[static_cast<std::size_t>(std::max(0, b))];
    }
    const std::int64_t top = *std::max_element(counts.begin(), counts.end());
    QImage img = canvas(size);
    QPainter g(&img);
    const QRectF area(8, 8, size.width() - 16, size.height() - 16);
    const double bw = area.width() / bins;
    for (int b = 0; b < bins; ++b) {
        const double h = top ? area.height() * double(counts[static_cast<std::size_t>(b)]) / double(top) : 0;
        g.fillRect(QRectF(area.left() + b * bw + 0.5, area.bottom() - h, bw - 1, h), QColor(33, 113, 181));
    }
    g.setPen(QColor(200, 200, 200));
    g.drawLine(area.bottomLeft(), area.bottomRight());
    return img;
}

QImage arrayPicture(const ArrayPreview& p, const std::vector<std::int64_t>& shape)
{
    if (p.dtype.isText() || p.count == 0)
        return {};
    if (shape.size() == 2 && shape[0] > 1 && shape[1] > 1)
        return heatMap(p, shape[0], shape[1]);
    return p.count <= 512 ? linePlot(p) : histogram(p);
}

} // namespace skopos::ui
