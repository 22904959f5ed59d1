#include "io/SubRangeDevice.h"

namespace skopos {

SubRangeDevice::SubRangeDevice(const QString& path, qint64 offset, qint64 length)
    : file_(path), offset_(offset), length_(length)
{
}

bool SubRangeDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !file_.open(QIODevice::ReadOnly))
        return false;
    if (offset_ < 0 || length_ < 0 || offset_ + length_ > file_.size())
        return false;
    return QIODevice::open(mode);
}

qint64 SubRangeDevice::readData(char* data, qint64 maxSize)
{
    const qint64 at = pos();
    if (at >= length_)
        return 0;
    const qint64 n = std::min(maxSize, length_ - at);
    if (!file_.seek(offset_ + at))
        return -1;
    return file_.read(data, n);
}

} // namespace skopos
