#include "SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace skopos::ui {

namespace {

// A request or answer: 4 bytes of length (big-endian), then a JSON object.
// Paths are short: anything longer than this is not ours and is dropped
// before it is read.
constexpr quint32 kMaxMessage = 1u << 20;
constexpr int kVersion = 1;
// A client that connects and says nothing is dropped after this long.
constexpr int kIdleMs = 5000;

QByteArray frame(const QJsonObject& o)
{
    const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(body.size()), out.data());
    return out + body;
}

// The JSON object of one whole message at the start of `buf`: false while
// incomplete; `bad` when it can never be one (too long, not JSON).
bool unframe(const QByteArray& buf, QJsonObject* out, bool* bad)
{
    *bad = false;
    if (buf.size() < 4)
        return false;
    const quint32 len = qFromBigEndian<quint32>(buf.constData());
    if (len > kMaxMessage) {
        *bad = true;
        return false;
    }
    if (static_cast<quint32>(buf.size()) - 4 < len)
        return false;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(buf.mid(4, len), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QLatin1String("v")).toInt() != kVersion) {
        *bad = true;
        return false;
    }
    *out = doc.object();
    return true;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

// Both ends check that the other is the same user: in the temporary folder
// another user could have taken the name first (XDG_RUNTIME_DIR is private).
bool peerIsSameUser(qintptr fd)
{
#if defined(Q_OS_LINUX)
    ucred cred{};
    socklen_t len = sizeof cred;
    return ::getsockopt(static_cast<int>(fd), SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 && cred.uid == ::getuid();
#else
    Q_UNUSED(fd);
    return true;
#endif
}

} // namespace

QString instanceServerName()
{
    const QString forced = qEnvironmentVariable("SKOPOS_INSTANCE_NAME");
    if (!forced.isEmpty())
        return forced;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("skopos-window"));
#ifdef Q_OS_UNIX
    return QStringLiteral("skopos-window-%1").arg(::getuid()); // QLocalServer puts it in the temporary folder
#else
    return QStringLiteral("skopos-window-%1").arg(qEnvironmentVariable("USERNAME"));
#endif
}

InstanceAnswer askRunningInstance(const QString& name, const QString& command, const QStringList& args, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    const auto left = [&] { return std::max(1, timeoutMs - static_cast<int>(clock.elapsed())); };
    const auto late = [&] { return clock.elapsed() >= timeoutMs; };

    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(left()) || !peerIsSameUser(socket.socketDescriptor()))
        return {};
    InstanceAnswer noAnswer;
    noAnswer.reached = true;
    socket.write(frame({{QStringLiteral("v"), kVersion},
                        {QStringLiteral("command"), command},
                        {QStringLiteral("args"), QJsonArray::fromStringList(args)}}));
    while (socket.bytesToWrite() > 0)
        if (late() || !socket.waitForBytesWritten(left()))
            return noAnswer;
    QByteArray buf;
    QJsonObject answer;
    bool bad = false;
    for (;;) {
        buf += socket.readAll(); // some may have come in while writing
        if (unframe(buf, &answer, &bad))
            break;
        if (bad || late() || (!socket.waitForReadyRead(left()) && socket.bytesAvailable() == 0))
            return noAnswer;
    }
    return {true, true, strings(answer.value(QLatin1String("lines")))};
}

SingleInstance::SingleInstance(QObject* parent) : QObject(parent), server_(new QLocalServer(this))
{
    // No socket options: with them Qt binds elsewhere and renames the socket
    // over the name, replacing a live window's; without, a name in use makes
    // listen() fail, which is what tells two windows apart. Other users are
    // kept out by the private folder or the umask, and by peerIsSameUser.
    connect(server_, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isListening() const { return server_->isListening(); }

bool SingleInstance::listen(const QString& name)
{
    if (server_->listen(name))
        return true;
    if (server_->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // The name is taken. By a window that is alive (even if busy: the
    // connection is queued) or by the socket file of one that died: only
    // then is it removed, or two windows would each think they are the one.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500) || probe.error() != QLocalSocket::ConnectionRefusedError)
        return false;
    QLocalServer::removeServer(name);
    return server_->listen(name);
}

void SingleInstance::accept()
{
    while (QLocalSocket* socket = server_->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!peerIsSameUser(socket->socketDescriptor())) {
            socket->abort();
            continue;
        }
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        QTimer::singleShot(kIdleMs, socket, [socket] { socket->abort(); });
        read(socket); // the request may be there already
    }
}

void SingleInstance::read(QLocalSocket* socket)
{
    if (socket->property("answered").toBool())
        return;
    // A partial request stays in the socket until the rest arrives.
    if (socket->bytesAvailable() < 4)
        return;
    const quint32 len = qFromBigEndian<quint32>(socket->peek(4).constData());
    if (len > kMaxMessage) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < 4 + static_cast<qint64>(len))
        return;
    QJsonObject request;
    bool bad = false;
    if (!unframe(socket->read(4 + static_cast<qint64>(len)), &request, &bad)) {
        socket->abort();
        return;
    }
    socket->setProperty("answered", true);
    const QString command = request.value(QLatin1String("command")).toString();
    const QStringList lines = handler_ ? handler_(command, strings(request.value(QLatin1String("args"))))
                                       : QStringList();
    socket->write(
        frame({{QStringLiteral("v"), kVersion}, {QStringLiteral("lines"), QJsonArray::fromStringList(lines)}}));
    socket->disconnectFromServer(); // after the answer is written
}

} // namespace skopos::ui
