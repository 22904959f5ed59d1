#include "tree/LargeStack.h"

#include <exception>
#include <pthread.h>
#include <stdexcept>

namespace skopos {

namespace {
struct Job {
    const std::function<void()>* fn;
    std::exception_ptr error;
};

void* trampoline(void* p)
{
    auto* job = static_cast<Job*>(p);
    try {
        (*job->fn)();
    } catch (...) {
        job->error = std::current_exception();
    }
    return nullptr;
}
} // namespace

void runWithLargeStack(const std::function<void()>& fn, std::size_t stackBytes)
{
    Job job{&fn, nullptr};
    pthread_t thread;
    int rc = -1;
    for (std::size_t size = stackBytes; rc != 0 && size >= (std::size_t(16) << 20); size /= 2) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, size);
        rc = pthread_create(&thread, &attr, trampoline, &job);
        pthread_attr_destroy(&attr);
    }
    if (rc != 0) {
        fn(); // no thread to be had: run here, with the caller's stack
        return;
    }
    pthread_join(thread, nullptr);
    if (job.error)
        std::rethrow_exception(job.error);
}

} // namespace skopos
