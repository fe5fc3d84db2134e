// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedconnection.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#elif defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

namespace MailInspect {

namespace {

// A client line longer than this is an error, not a reason to buffer more.
constexpr qsizetype maxLineBytes = 64 * 1024;
// Complete lines the script has not read yet (the client pipelines while the
// script sends or sleeps) are kept up to this much.
constexpr qsizetype maxBufferedBytes = 1024 * 1024;
// !flood writes this much at a time and never queues more than floodHighWater.
constexpr qint64 floodChunkBytes = 16 * 1024;
constexpr qint64 floodHighWater = 64 * 1024;
// How long a graceful close may take before the socket is aborted.
constexpr int maxCloseMs = 5000;

QString quoted(const QByteArray &bytes)
{
    constexpr qsizetype shown = 200;
    QString text = SimulatorScript::escape(bytes.left(shown));
    if (bytes.size() > shown)
        text += QStringLiteral("... (%1 bytes)").arg(bytes.size());
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

ScriptedConnection::ScriptedConnection(int index, const SimulatorScript &script,
                                       const CertificateStore &certificates, int waitTimeoutMs,
                                       QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_script(script)
    , m_certificates(certificates)
    , m_waitTimeoutMs(waitTimeoutMs)
    , m_waitTimer(new QTimer(this))
    , m_delayTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    m_delayTimer->setSingleShot(true);
    // A scripted pause is a promise about time ("6 s before the final 220"):
    // a coarse timer could end it early.
    m_delayTimer->setTimerType(Qt::PreciseTimer);
    connect(m_waitTimer, &QTimer::timeout, this, &ScriptedConnection::onWaitTimeout);
    connect(m_delayTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Delaying)
            return;
        m_state = State::Running;
        advance();
    });
}

ScriptedConnection::~ScriptedConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool ScriptedConnection::start(qintptr socketDescriptor)
{
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &ScriptedConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this,
            &ScriptedConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encrypted, this, &ScriptedConnection::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ScriptedConnection::onErrorOccurred);
    connect(m_socket, &QSslSocket::disconnected, this, &ScriptedConnection::onDisconnected);
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        Q_EMIT scriptError(QStringLiteral("connection %1: cannot use the accepted socket: %2")
                               .arg(m_index)
                               .arg(m_socket->errorString()));
        finish();
        return false;
    }
    m_state = State::Running;
    advance();
    return true;
}

void ScriptedConnection::abort()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Closing;
    if (m_socket)
        m_socket->abort();
    finish();
}

// Runs directives until one has to wait; the event handlers call it again
// when the wait is over. Socket calls may re-enter (abort() emits
// disconnected() synchronously), hence the guard and the state checks.
void ScriptedConnection::advance()
{
    if (m_advancing)
        return;
    m_advancing = true;
    const QList<Directive> &directives = m_script.directives();
    while (m_state == State::Running && m_next < directives.size()) {
        const Directive &directive = directives.at(m_next++);
        m_line = directive.line;
        run(directive);
    }
    if (m_state == State::Running) {
        // The script is over: the client says goodbye (or the wait times out).
        m_state = State::AwaitingClose;
        startWaiting();
        onReadyRead();
    }
    m_advancing = false;
}

void ScriptedConnection::run(const Directive &directive)
{
    switch (directive.kind) {
    case Directive::Kind::Send: {
        QByteArray line = directive.data;
        line.replace(QByteArrayLiteral("${tag}"), m_lastTag);
        m_socket->write(line + QByteArrayLiteral("\r\n"));
        break;
    }
    case Directive::Kind::Raw:
        m_socket->write(directive.data);
        break;
    case Directive::Kind::Expect:
        m_pattern = directive.data;
        m_state = State::WaitingForLine;
        m_waitTimer->stop();
        expectLine();
        break;
    case Directive::Kind::Delay:
        m_state = State::Delaying;
        m_delayTimer->start(int(directive.count));
        break;
    case Directive::Kind::Flood:
        m_floodUnit = directive.data;
        m_floodRemaining = directive.count;
        m_floodOffset = 0;
        m_state = State::Flooding;
        startWaiting();
        fillFlood();
        break;
    case Directive::Kind::Tls:
        startTls(directive);
        break;
    case Directive::Kind::Close:
        closeGracefully();
        break;
    case Directive::Kind::Reset:
        drainThen(AfterDrain::Reset);
        break;
    case Directive::Kind::EndTlsAbruptly:
        drainThen(AfterDrain::EndTlsAbruptly);
        break;
    case Directive::Kind::Silence:
        m_state = State::Silent;
        startWaiting();
        onReadyRead();
        break;
    }
}

// Consumes one buffered line for the C: in progress. Leaves the state Running
// on a match, WaitingForLine when no complete line is there yet, and closes
// the connection on a mismatch.
void ScriptedConnection::expectLine()
{
    QByteArray line;
    if (!takeLine(&line)) {
        if (m_state == State::WaitingForLine && !m_waitTimer->isActive())
            startWaiting();
        return;
    }
    recordLine(line);
    if (SimulatorScript::matches(m_pattern, line)) {
        m_waitTimer->stop();
        m_state = State::Running;
        return;
    }
    fail(QStringLiteral("expected %1, the client sent %2").arg(quoted(m_pattern), quoted(line)));
}

void ScriptedConnection::startTls(const Directive &directive)
{
    const std::optional<ServerCertificate> certificate
        = m_certificates.find(directive.certificateName);
    if (!certificate) {
        fail(QStringLiteral("no certificate named \"%1\"").arg(directive.certificateName));
        return;
    }
    // Plain text the client sent before the handshake never reaches the TLS
    // session (the CVE-2011-0411 lesson): it is recorded and dropped.
    // `!tls NAME keep-plaintext` plays a vulnerable server instead: what was
    // pipelined with the upgrade command is read as if it came inside TLS.
    if (directive.count == 1) {
        if (m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->read(maxBufferedBytes);
    } else {
        discardBufferedInput();
    }
    m_socket->setLocalCertificateChain(certificate->chain);
    m_socket->setPrivateKey(certificate->key);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    m_state = State::Handshaking;
    startWaiting();
    m_socket->startServerEncryption();
}

void ScriptedConnection::fillFlood()
{
    while (m_state == State::Flooding && m_floodRemaining > 0 && pendingOutput() < floodHighWater) {
        const qint64 size = qMin(m_floodRemaining, floodChunkBytes);
        QByteArray chunk;
        chunk.reserve(size);
        while (chunk.size() < size) {
            const qsizetype take
                = qMin(m_floodUnit.size() - m_floodOffset, qsizetype(size - chunk.size()));
            chunk.append(m_floodUnit.constData() + m_floodOffset, take);
            m_floodOffset = (m_floodOffset + take) % m_floodUnit.size();
        }
        if (m_socket->write(chunk) != chunk.size()) {
            fail(QStringLiteral("cannot send the flood: %1").arg(m_socket->errorString()));
            return;
        }
        m_floodRemaining -= size;
    }
    if (m_state == State::Flooding && m_floodRemaining == 0) {
        m_waitTimer->stop();
        m_state = State::Running;
    }
}

// !reset and !end-tls-abruptly should not swallow what the script sent just
// before them, so the queued bytes leave first.
void ScriptedConnection::drainThen(AfterDrain action)
{
    m_afterDrain = action;
    m_state = State::Draining;
    startWaiting();
    // Even with nothing queued, never close from inside a socket signal.
    onBytesWritten();
}

void ScriptedConnection::finishDrain()
{
    m_state = State::Closing;
    if (m_afterDrain == AfterDrain::Reset)
        resetConnection();
    else
        m_socket->abort(); // closes the TCP connection without a TLS close_notify
    finish();
}

// SO_LINGER {on, 0 s} makes close() send a RST instead of a FIN: what a
// crashed server or a hostile firewall looks like to the client.
void ScriptedConnection::resetConnection()
{
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor != -1) {
#if defined(Q_OS_WIN)
        linger option {1, 0};
        ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char *>(&option), sizeof option);
#elif defined(Q_OS_UNIX)
        linger option {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
    }
    m_socket->abort();
}

void ScriptedConnection::onReadyRead()
{
    if (m_state == State::Finished || !m_socket)
        return;
    if (m_state == State::Closing) {
        m_socket->readAll();
        return;
    }
    if (!readIntoBuffer())
        return;
    switch (m_state) {
    case State::WaitingForLine:
        expectLine();
        if (m_state == State::Running)
            advance();
        break;
    case State::Silent:
    case State::AwaitingClose: {
        QByteArray line;
        while (m_state != State::Closing && takeLine(&line))
            recordLine(line);
        break;
    }
    default:
        break; // kept for the next C:
    }
}

// QSslSocket emits bytesWritten() from inside its TLS transmit loop; writing
// more or closing the socket right there would pull the TLS session from
// under it. The reaction waits for one event-loop turn.
void ScriptedConnection::onBytesWritten()
{
    if (m_writeProgressQueued)
        return;
    m_writeProgressQueued = true;
    QTimer::singleShot(0, this, &ScriptedConnection::onWriteProgress);
}

void ScriptedConnection::onWriteProgress()
{
    m_writeProgressQueued = false;
    if (m_state == State::Flooding) {
        startWaiting(); // progress: the client is reading
        fillFlood();
        if (m_state == State::Running)
            advance();
    } else if (m_state == State::Draining && pendingOutput() == 0) {
        finishDrain();
    }
}

void ScriptedConnection::onEncrypted()
{
    if (m_state != State::Handshaking)
        return;
    m_waitTimer->stop();
    m_state = State::Running;
    // One event-loop turn before the first TLS write, so it does not share a
    // segment with the handshake's last flight (see PERFORMANCE.md).
    QTimer::singleShot(0, this, &ScriptedConnection::advance);
}

void ScriptedConnection::onErrorOccurred(QAbstractSocket::SocketError error)
{
    if (m_state == State::Finished || m_state == State::Closing)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected() knows what the script was doing
    if (m_state == State::Handshaking) {
        Q_EMIT scriptError(QStringLiteral("connection %1, line %2: TLS handshake failed: %3")
                               .arg(m_index)
                               .arg(m_line)
                               .arg(m_socket->errorString()));
        // Inside the socket's own error handling: end it one turn later.
        m_state = State::Closing;
        QTimer::singleShot(0, this, &ScriptedConnection::finish);
        return;
    }
    fail(QStringLiteral("socket error: %1").arg(m_socket->errorString()));
}

void ScriptedConnection::onDisconnected()
{
    if (m_state == State::Finished)
        return;
    const State state = m_state;
    m_state = State::Closing;
    QByteArray line;
    while (takeLine(&line))
        recordLine(line);
    if (!m_buffer.isEmpty()) {
        recordLine(m_buffer); // the client's last words, without a line end
        m_buffer.clear();
    }
    switch (state) {
    case State::Silent:
    case State::AwaitingClose:
    case State::Closing:
        break;
    case State::WaitingForLine:
        Q_EMIT scriptError(QStringLiteral("connection %1, line %2: the client closed the "
                                          "connection while the script waited for %3")
                               .arg(m_index)
                               .arg(m_line)
                               .arg(quoted(m_pattern)));
        break;
    case State::Handshaking:
        Q_EMIT scriptError(QStringLiteral("connection %1, line %2: TLS handshake failed: the "
                                          "client closed the connection")
                               .arg(m_index)
                               .arg(m_line));
        break;
    default:
        Q_EMIT scriptError(QStringLiteral("connection %1, line %2: the client closed the "
                                          "connection before the script ended")
                               .arg(m_index)
                               .arg(m_line));
        break;
    }
    finish();
}

void ScriptedConnection::onWaitTimeout()
{
    switch (m_state) {
    case State::WaitingForLine:
        fail(QStringLiteral("no line matching %1 within %2 ms")
                 .arg(quoted(m_pattern))
                 .arg(m_waitTimeoutMs));
        break;
    case State::Flooding:
        fail(QStringLiteral("the client stopped reading the flood (%1 bytes not sent)")
                 .arg(m_floodRemaining));
        break;
    case State::Handshaking:
        fail(QStringLiteral("TLS handshake not finished within %1 ms").arg(m_waitTimeoutMs));
        break;
    case State::Draining:
        finishDrain();
        break;
    case State::Silent:
    case State::AwaitingClose:
        closeGracefully(); // the client overstayed; not a script error
        break;
    case State::Closing:
        if (m_socket)
            m_socket->abort();
        finish();
        break;
    default:
        break;
    }
}

// Moves what the socket has into m_buffer, within the limits. False when a
// limit was hit (the connection is then closing).
bool ScriptedConnection::readIntoBuffer()
{
    while (m_socket->bytesAvailable() > 0) {
        const qint64 room = maxBufferedBytes - m_buffer.size();
        if (room <= 0) {
            fail(QStringLiteral("the client sent more than %1 bytes the script did not read")
                     .arg(maxBufferedBytes));
            return false;
        }
        m_buffer += m_socket->read(qMin(room, m_socket->bytesAvailable()));
    }
    if (m_buffer.size() > maxLineBytes && !m_buffer.left(maxLineBytes + 1).contains('\n')) {
        fail(QStringLiteral("the client sent a line longer than %1 bytes").arg(maxLineBytes));
        return false;
    }
    return true;
}

bool ScriptedConnection::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return false;
    if (end > maxLineBytes) {
        m_buffer.clear();
        fail(QStringLiteral("the client sent a line longer than %1 bytes").arg(maxLineBytes));
        return false;
    }
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

void ScriptedConnection::recordLine(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    m_lastTag = space < 0 ? line : line.left(space);
    Q_EMIT lineReceived(line);
}

void ScriptedConnection::discardBufferedInput()
{
    if (m_socket->bytesAvailable() > 0)
        m_buffer += m_socket->read(maxBufferedBytes);
    QByteArray line;
    while (m_buffer.contains('\n') && takeLine(&line))
        recordLine(line);
    if (!m_buffer.isEmpty())
        recordLine(m_buffer);
    m_buffer.clear();
}

qint64 ScriptedConnection::pendingOutput() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void ScriptedConnection::startWaiting()
{
    m_waitTimer->start(m_state == State::Closing ? qMin(m_waitTimeoutMs, maxCloseMs)
                                                 : m_waitTimeoutMs);
}

void ScriptedConnection::fail(const QString &message)
{
    if (m_state == State::Finished)
        return;
    Q_EMIT scriptError(
        QStringLiteral("connection %1, line %2: %3").arg(m_index).arg(m_line).arg(message));
    if (m_state != State::Closing)
        closeGracefully();
}

void ScriptedConnection::closeGracefully()
{
    m_state = State::Closing;
    m_buffer.clear();
    startWaiting();
    // Not from inside a socket signal (readyRead() comes from the TLS
    // transmit loop): the close happens one event-loop turn later. Queued
    // bytes still go out first, and in TLS a close_notify precedes the FIN.
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Closing || !m_socket)
            return;
        m_socket->disconnectFromHost();
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
}

void ScriptedConnection::finish()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_waitTimer->stop();
    m_delayTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    }
    Q_EMIT finished(m_index);
}

} // namespace MailInspect
