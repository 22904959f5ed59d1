#pragma once
// Runs the skopos executable as a child and reports its own peak RSS
// (wait4's rusage: that child only, not every child the test ran), for
// memory bounds in tests. Nothing here measures time.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char** environ;

namespace testdata {

struct ChildUsage {
    int exitCode = -1;  // 128 + signal when killed
    long maxRssKb = -1; // ru_maxrss
};

// stdout and stderr go to the files named (created or truncated).
inline ChildUsage runMeasured(const QString& program, const QStringList& args, const QString& outFile,
                              const QString& errFile, const QList<QByteArray>& extraEnv = {})
{
    ChildUsage r;
    std::vector<QByteArray> argStore{program.toLocal8Bit()};
    for (const QString& a : args)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore(extraEnv.begin(), extraEnv.end());
    for (char** e = environ; *e; ++e)
        envStore.emplace_back(*e);
    std::vector<char*> envp;
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    const QByteArray outPath = outFile.toLocal8Bit(), errPath = errFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&fa, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argStore[0].constData(), &fa, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0)
        return r;
    int status = 0;
    rusage use{};
    if (wait4(pid, &status, 0, &use) != pid)
        return r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.maxRssKb = use.ru_maxrss;
    return r;
}

} // namespace testdata
