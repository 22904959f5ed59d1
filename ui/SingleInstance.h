#pragma once
// One window per user: the first `skopos FILE` listens on a local socket,
// later ones hand their files to it and exit. The messages are tiny: a
// command ("open", "list-tabs"), its arguments (absolute paths, resolved by
// the sender against its own working directory) and one answer. What a
// command does is the application's business (setHandler); this class only
// carries them, between processes of the same user only.

#include <QObject>
#include <QStringList>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace skopos::ui {

// The name the window listens on: $SKOPOS_INSTANCE_NAME when set (tests use a
// private one each), else a socket in $XDG_RUNTIME_DIR (private to the user),
// else one named after the user id in the temporary folder.
QString instanceServerName();

struct InstanceAnswer {
    bool reached = false;  // a window listens there (it may still not answer)
    bool answered = false; // it answered in time
    QStringList lines;
};

// Sends `command` with `args` to the window listening on `name` and waits at
// most `timeoutMs` in all (connecting, sending, answering), so a hung window
// never blocks the caller for longer.
InstanceAnswer askRunningInstance(const QString& name, const QString& command, const QStringList& args,
                                  int timeoutMs = 2000);

class SingleInstance : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<QStringList(const QString& command, const QStringList& args)>;

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // Starts listening on `name`. A socket left by a window that died is
    // removed first; false when another window listens there already.
    bool listen(const QString& name);
    bool isListening() const;
    // Answers each request (on the GUI thread, from the event loop).
    void setHandler(Handler handler) { handler_ = std::move(handler); }

private:
    void accept();
    void read(QLocalSocket* socket);

    QLocalServer* server_;
    Handler handler_;
};

} // namespace skopos::ui
