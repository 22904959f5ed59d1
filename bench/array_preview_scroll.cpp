// array_preview_scroll FILE — memory and time of scrolling the array preview
// through the largest array of FILE, for bench/bench_array_preview.sh.
// Opens FILE, shows its largest array in the real ArrayPreviewWidget
// (offscreen works), then "scrolls": Go to ten rows spread from the first to
// the last (each outside the window shown, so each reads a new window in the
// worker), and for a 2-d array also shows it transposed (rows = axis 1: the
// window walks the storage with a stride). Prints one line per step (seconds,
// peak RSS so far) and the peak RSS of the whole run.
#include "ArrayPreviewWidget.h"
#include "ArrayTableModel.h"
#include "document/Open.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <sys/resource.h>

#include <cstdio>

namespace {
long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: array_preview_scroll FILE\n");
        return 2;
    }
    using namespace skopos;
    const std::string path = argv[1];
    Document d = openDocument(path);
    const ArrayInfo* big = nullptr;
    for (const ArrayInfo& a : d.tree.arrays())
        if (!big || a.length > big->length)
            big = &a;
    if (!big) {
        std::fprintf(stderr, "no array in %s\n", argv[1]);
        return 2;
    }
    std::printf("array: %s, %llu bytes, %s\n", big->descr.c_str(), static_cast<unsigned long long>(big->length),
                describeLocation(*big).c_str());
    std::printf("after open: peak RSS %ld MB\n", peakKb() / 1024);
    ui::ArrayPreviewWidget w;
    QElapsedTimer t;
    const auto wait = [&](const char* what) {
        QSignalSpy ready(&w, &ui::ArrayPreviewWidget::previewReady);
        if (w.isLoading() && !ready.wait(120000)) {
            std::fprintf(stderr, "%s: no preview\n", what);
            std::exit(1);
        }
        std::printf("%-28s %6.3f s  peak RSS %4ld MB  %s\n", what, t.nsecsElapsed() / 1e9, peakKb() / 1024,
                    w.capNoteText().toUtf8().constData());
    };
    t.start();
    w.showArray(QString::fromStdString(path), *big);
    wait("first window");
    const std::int64_t rows = big->shape.empty() ? 1 : big->shape[big->shape.size() >= 2 ? big->shape.size() - 2 : 0];
    for (int k = 1; k <= 10; ++k) {
        const std::int64_t row = rows * k / 10 - (k == 10 ? 1 : 0);
        t.restart();
        w.goTo(row, 0);
        wait(qPrintable(QStringLiteral("go to row %1").arg(row)));
    }
    if (big->shape.size() == 2) {
        t.restart();
        w.setSlice({0, 0}, 1, 0);
        wait("transposed (rows = axis 1)");
    }
    std::printf("peak RSS %ld MB\n", peakKb() / 1024);
    return 0;
}
