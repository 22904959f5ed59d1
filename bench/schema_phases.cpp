// schema_phases: where `skopos untrusted` spends its time on a skops file,
// phase by phase, inside one process (bench/README.md). Prints the best of
// RUNS for: scanning schema.json (SchemaJson::parse over the text already in
// memory), its outline (the window's first rows, SchemaOutline), the whole
// read (readSkops: directory, mapped scan, tree), and the audit. Not a test;
// figures only.
#include "io/ZipArchive.h"
#include "skops/SchemaJson.h"
#include "skops/SchemaOutline.h"
#include "skops/SkopsReader.h"
#include "trust/Audit.h"
#include "trust/TrustProfile.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace skopos;

namespace {
// The first run is what a command pays (fresh memory, page faults); later
// runs reuse freed memory. Both are printed.
struct Times {
    double first = 0, best = 1e9;
};
template <typename F>
Times timed(int runs, F&& f)
{
    Times t;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
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
    if (argc < 2) {
        std::fprintf(stderr, "usage: schema_phases FILE.skops [RUNS]\n");
        return 2;
    }
    const std::string path = argv[1];
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    std::string text;
    {
        ZipArchive zip(path);
        text = zip.read("schema.json", Limits::defaults().maxSchemaBytes);
    }
    std::size_t values = 0, objects = 0, memory = 0;
    const Times scan = timed(runs, [&] {
        const SchemaJson j = SchemaJson::parse(std::string_view(text), Limits::defaults().maxDepth);
        values = j.valueCount();
        memory = j.memoryBytes();
        objects = j.objectCount();
    });
    std::size_t outlineRows = 0;
    const Times outline = timed(runs, [&] {
        const std::optional<Document> o = outlineSkopsSchema(text, OpenOptions{});
        outlineRows = o ? o->tree.size() : 0;
    });
    Document doc;
    const Times read = timed(runs, [&] { doc = readSkops(path); });
    const TrustProfile& profile = TrustProfile::bundled();
    std::size_t untrusted = 0;
    const Times audit = timed(runs, [&] { untrusted = skopos::audit(doc.tree, profile).untrusted.size(); });
    std::printf("schema.json      %10zu bytes, %zu values, %zu objects, arena %.1f MB\n", text.size(), values, objects,
                memory / 1e6);
    std::printf("                 first run / best of %d\n", runs);
    std::printf("scan (in memory) %8.3f / %.3f s  (%.0f MB/s best)\n", scan.first, scan.best,
                text.size() / scan.best / 1e6);
    std::printf("outline          %8.3f / %.3f s  (%.0f MB/s best, %zu rows)\n", outline.first, outline.best,
                text.size() / outline.best / 1e6, outlineRows);
    std::printf("readSkops        %8.3f / %.3f s  (tree: %zu nodes; the build is about readSkops - scan)\n", read.first,
                read.best, doc.tree.size());
    std::printf("audit            %8.3f / %.3f s  (%zu untrusted types)\n", audit.first, audit.best, untrusted);
    return 0;
}
