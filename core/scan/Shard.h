#pragma once
// `skopos scan --shard I/N`: which files one of N scans takes, so that N
// workers can split one folder or listing without talking to each other.
//
// The key of a file is its path relative to the argument it was found under
// (`models/a/b.pkl` found under the argument `models` has the key `a/b.pkl`);
// a path named itself (an argument, a --files-from line) is its own key,
// byte for byte as given. Keys do not depend on where the data is mounted:
// /data/x and /mnt/x scanned as `/data` and `/mnt` shard alike.
//
// The shard of a key: the first 8 bytes of SHA-256(key) read as a
// big-endian unsigned 64-bit integer, modulo N, plus 1 (shards count from 1,
// like `split -n l/I/N`). SHA-256 because it is the same everywhere and easy
// to reproduce outside Skopos:
//   python3 -c 'import hashlib,sys; print(int.from_bytes(hashlib.sha256(
//       sys.argv[1].encode()).digest()[:8], "big") % N + 1)' KEY
// Every line of a whole scan falls in exactly one shard (problem lines too:
// an unreadable directory is keyed like a file).

#include <cstdint>
#include <string>
#include <string_view>

namespace skopos::scan {

struct ShardSpec {
    std::uint64_t index = 1; // 1..count
    std::uint64_t count = 1; // 1 = no sharding
    bool active() const { return count > 1; }
};

inline constexpr std::uint64_t kMaxShards = 1000000000; // a billion: more than files anyone lists

// Parses "I/N" (decimal, 1 <= I <= N <= kMaxShards). On failure `why` says what is wrong.
bool parseShard(const std::string& text, ShardSpec& out, std::string& why);

// The shard (1..count) the key falls in.
std::uint64_t shardOf(std::string_view key, std::uint64_t count);

inline bool inShard(std::string_view key, const ShardSpec& s)
{
    return !s.active() || shardOf(key, s.count) == s.index;
}

} // namespace skopos::scan
