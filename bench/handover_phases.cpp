// handover_phases FILE [RUNS]: what the window's opening worker does after
// the reader helper answered, phase by phase, in one process (bench/README.md):
// the answer's image mapped and read back into a Document (TreeImage::read),
// the audit with its subtree flags (reaudit), and describeModel (the Model
// tab). The image is written first by reading FILE here (not timed). Starts
// with huge pages as the window does (SKOPOS_HUGEPAGES=0: without). Prints
// the first run (what a window pays: fresh memory) and the best of RUNS.
#include "HugePages.h"
#include "describe/Description.h"
#include "document/Open.h"
#include "sandbox/TreeImage.h"
#include "trust/Audit.h"
#include "trust/TrustProfile.h"

#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

using namespace skopos;

namespace {
struct Times {
    double first = 0, best = 1e9, firstCpu = 0; // wall seconds; CPU (user+sys) of the first run
};
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
template <typename F>
Times timed(int runs, F&& f)
{
    Times t;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const double c0 = cpuSeconds();
        f();
        if (i == 0)
            t.firstCpu = cpuSeconds() - c0;
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (i == 0)
            t.first = s;
        t.best = std::min(t.best, s);
    }
    return t;
}
} // namespace

int main(int argc, char** argv)
{
    skopos::app::useHugePages(argv, true);
    skopos::app::oneMallocArena();
    if (argc < 2) {
        std::fprintf(stderr, "usage: handover_phases FILE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    const int fd = ::memfd_create("handover", MFD_CLOEXEC);
    std::size_t size = 0;
    {
        Document doc = openDocument(std::string(argv[1]));
        ImageWriter w(fd, 0);
        TreeImage::write(w, doc);
        size = w.offset();
    }
    malloc_trim(0); // the window never held the reader's memory
    void* image = ::mmap(nullptr, size, PROT_READ, MAP_SHARED | MAP_POPULATE, fd, 0);
    if (image == MAP_FAILED)
        return 1;
    // In a thread, as the window's opening worker (its own malloc arena).
    std::thread worker([&] {
        const double cpu0 = cpuSeconds();
        Document doc;
        const Times read = timed(runs, [&] {
            ImageReader r(static_cast<const char*>(image), size);
            doc = TreeImage::read(r);
        });
        const TrustProfile& profile = TrustProfile::bundled();
        AuditResult a;
        std::vector<std::uint8_t> unsafe;
        const Times audited = timed(runs, [&] {
            a = audit(doc.tree, profile);
            unsafe = unsafeSubtrees(doc.tree, a);
        });
        std::size_t reprChars = 0;
        const Times described = timed(runs, [&] { reprChars = describeModel(doc, profile).repr.size(); });
        const double cpu = cpuSeconds() - cpu0;
        std::printf("image            %10zu bytes, %zu nodes\n", size, doc.tree.size());
        std::printf("                 first run / best of %d (wall), CPU of the first\n", runs);
        std::printf("TreeImage::read  %8.3f / %.3f s, CPU %.3f s\n", read.first, read.best, read.firstCpu);
        std::printf("audit+subtrees   %8.3f / %.3f s, CPU %.3f s (%zu untrusted)\n", audited.first, audited.best,
                    audited.firstCpu, a.untrusted.size());
        std::printf("describeModel    %8.3f / %.3f s, CPU %.3f s (repr %zu chars)\n", described.first, described.best,
                    described.firstCpu, reprChars);
        std::printf("cpu (all runs)   %8.3f s\n", cpu);
    });
    worker.join();
    return 0;
}
