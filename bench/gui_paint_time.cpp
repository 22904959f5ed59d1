// gui_paint_time FILE — the GUI's "launch -> painted tree" for bench/bench_table.sh
// and bench/bench_million.sh. Starts the real main window (as app/main.cpp
// does), opens FILE, and renders the whole window once (the tree included)
// when its first rows are shown (a big skops file's outline, while the rest
// is read) and again when the whole document is: prints
//   first-rows SECONDS   (the same as the full figure when no outline came first)
//   SECONDS              (the full document painted; the last line, as before)
// in seconds since the process started, and leaves without tearing down
// (teardown is not part of what a user waits for). Run it under
// /usr/bin/time for CPU time and peak memory; QT_QPA_PLATFORM=offscreen works.
// With SKOPOS_BENCH_STALLS=1 it also prints (on stderr) the longest time the
// event loop did not run between opening and painting (a 5 ms timer's
// largest gap): how long the window could not answer a click or Cancel.
#include "HugePages.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <time.h>
#include <unistd.h>

namespace {
// Seconds since this process started (CLOCK_BOOTTIME minus /proc start time).
double sinceStart()
{
    unsigned long long startTicks = 0;
    if (FILE* f = std::fopen("/proc/self/stat", "r")) {
        char buf[4096];
        const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        buf[n] = 0;
        const char* p = std::strrchr(buf, ')');
        for (int field = 2; p && field < 22; ++field) // field 22: starttime
            p = std::strchr(p + 1, ' ');
        if (p)
            startTicks = std::strtoull(p + 1, nullptr, 10);
    }
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return static_cast<double>(now.tv_sec) + now.tv_nsec / 1e9 - static_cast<double>(startTicks) / sysconf(_SC_CLK_TCK);
}
} // namespace

int main(int argc, char** argv)
{
    skopos::app::useHugePages(argv, true); // as app/main.cpp does for the GUI
    skopos::app::oneMallocArena();
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: gui_paint_time FILE\n");
        return 2;
    }
    skopos::ui::MainWindow window;
    window.show();
    const bool stalls = qEnvironmentVariable("SKOPOS_BENCH_STALLS") == QLatin1String("1");
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { longest = std::max(longest, sinceTick.restart()); });
    if (stalls) {
        sinceTick.start();
        ticker.start(5);
    }
    bool firstRows = false;
    QObject::connect(&window, &skopos::ui::MainWindow::outlineShown, [&] {
        QTimer::singleShot(0, [&] {
            if (firstRows)
                return;
            window.grab();
            firstRows = true;
            std::printf("first-rows %.3f\n", sinceStart());
            std::fflush(stdout);
        });
    });
    QObject::connect(&window, &skopos::ui::MainWindow::documentOpened, [&] {
        // Let queued layout/model work run, then paint everything once.
        QTimer::singleShot(0, [&] {
            if (stalls)
                longest = std::max(longest, sinceTick.elapsed());
            window.grab();
            const double painted = sinceStart();
            if (!firstRows)
                std::printf("first-rows %.3f\n", painted);
            std::printf("%.3f\n", painted);
            std::fflush(stdout);
            if (stalls)
                std::fprintf(stderr, "longest event-loop stall before the paint: %lld ms\n",
                             static_cast<long long>(longest));
            std::_Exit(0);
        });
    });
    QObject::connect(&window, &skopos::ui::MainWindow::openFailed, [&](const QString&, const QString& message) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(message));
        std::_Exit(2);
    });
    window.openFile(QString::fromLocal8Bit(argv[1]));
    return app.exec();
}
