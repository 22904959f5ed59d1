#pragma once
// A read-only QIODevice over a byte range of a file, so that a stored zip
// member (an .npz inside a .skops) can be opened as an archive in place,
// without copying its payload into memory.

#include <QFile>
#include <QIODevice>

namespace skopos {

class SubRangeDevice : public QIODevice {
public:
    SubRangeDevice(const QString& path, qint64 offset, qint64 length);
    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return length_; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile file_;
    qint64 offset_;
    qint64 length_;
};

} // namespace skopos
