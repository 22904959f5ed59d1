#include "scan/Shard.h"

#include <QByteArrayView>
#include <QCryptographicHash>

namespace skopos::scan {

namespace {
bool parseNumber(const std::string& s, std::uint64_t& v)
{
    if (s.empty() || s.size() > 10 || s.find_first_not_of("0123456789") != std::string::npos)
        return false;
    v = std::stoull(s);
    return true;
}
} // namespace

bool parseShard(const std::string& text, ShardSpec& out, std::string& why)
{
    const auto slash = text.find('/');
    std::uint64_t i = 0, n = 0;
    if (slash == std::string::npos || !parseNumber(text.substr(0, slash), i)
        || !parseNumber(text.substr(slash + 1), n)) {
        why = "--shard takes I/N, two whole numbers such as 1/4 (shard I of N, counted from 1), not \"" + text + "\"";
        return false;
    }
    if (n == 0 || n > kMaxShards) {
        why = "--shard " + text + ": N must be from 1 to " + std::to_string(kMaxShards);
        return false;
    }
    if (i == 0 || i > n) {
        why = "--shard " + text + ": I must be from 1 to N (" + std::to_string(n) + "); shards count from 1";
        return false;
    }
    out.index = i;
    out.count = n;
    return true;
}

std::uint64_t shardOf(std::string_view key, std::uint64_t count)
{
    if (count <= 1)
        return 1;
    const QByteArray d = QCryptographicHash::hash(QByteArrayView(key.data(), static_cast<qsizetype>(key.size())),
                                                  QCryptographicHash::Sha256);
    std::uint64_t v = 0;
    for (int k = 0; k < 8; ++k)
        v = (v << 8) | static_cast<unsigned char>(d[k]);
    return v % count + 1;
}

} // namespace skopos::scan
