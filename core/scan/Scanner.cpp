#include "scan/Scanner.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace skopos::scan {

unsigned defaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

namespace {
// Paths waiting for a worker. Bounded: the walk waits when it is full.
class PathQueue {
public:
    explicit PathQueue(std::size_t capacity) : capacity_(capacity) { }

    // False when stopped before the path could be queued.
    bool push(std::string path, const std::atomic<bool>* stop)
    {
        std::unique_lock lock(m_);
        while (q_.size() >= capacity_) {
            if (stop && stop->load())
                return false;
            // Timed: a stop request comes from a signal handler, which cannot notify.
            notFull_.wait_for(lock, std::chrono::milliseconds(50));
        }
        q_.push_back(std::move(path));
        notEmpty_.notify_one();
        return true;
    }
    // False when closed and drained, or stopped.
    bool pop(std::string& path, const std::atomic<bool>* stop)
    {
        std::unique_lock lock(m_);
        while (q_.empty()) {
            if (closed_ || (stop && stop->load()))
                return false;
            notEmpty_.wait_for(lock, std::chrono::milliseconds(50));
        }
        if (stop && stop->load())
            return false;
        path = std::move(q_.front());
        q_.pop_front();
        notFull_.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_);
        closed_ = true;
        notEmpty_.notify_all();
    }

private:
    std::mutex m_;
    std::condition_variable notFull_, notEmpty_;
    std::deque<std::string> q_;
    std::size_t capacity_;
    bool closed_ = false;
};
} // namespace

ScanSummary runScan(const ScanConfig& config, const std::function<void(const FileScanResult&)>& onResult)
{
    const auto start = std::chrono::steady_clock::now();
    const TrustProfile& profile = config.profile ? *config.profile : TrustProfile::bundled();
    const unsigned jobs = config.jobs ? config.jobs : defaultJobs();
    const auto stopped = [&] { return config.stop && config.stop->load(); };

    ScanSummary summary;
    summary.jobs = jobs;
    std::mutex reportMutex;
    const auto report = [&](const FileScanResult& r) {
        std::lock_guard lock(reportMutex);
        ++summary.models;
        ++summary.byVerdict[static_cast<int>(r.verdict)];
        // The codes are ordered by severity: dangerous 4 > error 2 > untrusted 1 > clean 0.
        summary.exitCode = std::max(summary.exitCode, verdictExitCode(r.verdict));
        onResult(r);
    };

    PathQueue queue(static_cast<std::size_t>(jobs) * 4);
    FileScanOptions fileOptions;
    fileOptions.maxSize = config.maxSize;
    fileOptions.cancel = config.stop;
    std::atomic<std::uint64_t> notModels{0};
    std::vector<std::thread> workers;
    workers.reserve(jobs);
    for (unsigned i = 0; i < jobs; ++i) {
        workers.emplace_back([&] {
            std::string path;
            while (queue.pop(path, config.stop)) {
                if (auto r = scanFile(path, profile, fileOptions))
                    report(*r);
                else if (!stopped())
                    ++notModels;
            }
        });
    }

    DirectoryWalk walk(config.roots, config.followSymlinks, config.moreRoots);
    WalkEntry entry;
    while (!stopped() && walk.next(entry)) {
        // Before anything is opened: another shard's files cost one stat here.
        if (!inShard(entry.relativePath(), config.shard)) {
            ++summary.otherShards;
            continue;
        }
        if (entry.type == WalkEntry::Problem) {
            report(problemResult(entry.path, entry.problem));
            continue;
        }
        if (!queue.push(std::move(entry.path), config.stop))
            break;
    }
    queue.close();
    for (auto& w : workers)
        w.join();
    summary.walk = walk.counts();
    summary.notModels = notModels.load();
    summary.interrupted = stopped();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace skopos::scan
