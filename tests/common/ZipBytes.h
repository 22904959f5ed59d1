#pragma once
// Byte comparisons of zip archives Skopos writes.

#include <QByteArray>

namespace testdata {

// The archive without its DOS modification times (the clock, not the locale:
// two conversions a 2-second tick apart differ there). Applied to both files,
// whose layouts are the same, a signature found inside data is blanked alike.
inline QByteArray withoutZipTimes(QByteArray zip)
{
    for (qsizetype at = 0; (at = zip.indexOf("PK", at)) >= 0 && at + 16 <= zip.size(); at += 2) {
        if (zip.at(at + 2) == 3 && zip.at(at + 3) == 4)
            zip.replace(at + 10, 4, QByteArray(4, 0)); // local header: time, date
        else if (zip.at(at + 2) == 1 && zip.at(at + 3) == 2)
            zip.replace(at + 12, 4, QByteArray(4, 0)); // central directory: time, date
    }
    return zip;
}

} // namespace testdata
