#include "io/ZipReuse.h"

#include "io/ZipArchive.h"

namespace skopos {

namespace {
thread_local ZipReuse* t_reuse = nullptr;
}

ZipReuse::ZipReuse()
{
    if (!t_reuse) {
        t_reuse = this;
        active_ = true;
    }
}

ZipReuse::~ZipReuse()
{
    if (active_)
        t_reuse = nullptr;
}

std::shared_ptr<ZipArchive> ZipReuse::open(const std::string& path, const Limits& limits)
{
    ZipReuse* r = t_reuse;
    if (!r)
        return std::make_shared<ZipArchive>(path, limits);
    for (const auto& [p, zip] : r->open_)
        if (p == path)
            return zip;
    auto zip = std::make_shared<ZipArchive>(path, limits);
    r->open_.emplace_back(path, zip);
    return zip;
}

} // namespace skopos
