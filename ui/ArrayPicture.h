#pragma once
// Pictures of an array preview, drawn into a QImage (safe off the GUI
// thread, so the worker that reads the array draws it too): a heat map for
// 2-D numeric arrays, a line (short) or histogram (long) for everything else.

#include "io/ArrayReader.h"

#include <QImage>

namespace skopos::ui {

QImage heatMap(const ArrayPreview& p, std::int64_t rows, std::int64_t cols, int maxSide = 400);
QImage linePlot(const ArrayPreview& p, QSize size = {480, 160});
QImage histogram(const ArrayPreview& p, int bins = 40, QSize size = {480, 160});
// Picks one of the above; a null image for text arrays or empty previews.
QImage arrayPicture(const ArrayPreview& p, const std::vector<std::int64_t>& shape);

} // namespace skopos::ui
