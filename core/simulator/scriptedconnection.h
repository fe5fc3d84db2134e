// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatestore.h"
#include "simulatorscript.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>
#include <QPointer>

class QSslSocket;
class QTimer;

namespace MailInspect {

/// One accepted connection of a ScriptedServer playing its script from the
/// start. Internal to the simulator: tests and practice mode use ScriptedServer.
///
/// States (every waiting state is bounded by the wait timeout):
///   Running        executing directives that do not wait (S:, !raw)
///   WaitingForLine C: / !read          -> Running on a match, Closing on a mismatch
///   Delaying       !delay              -> Running when the timer fires
///   Flooding       !flood              -> Running when every byte is queued
///   Handshaking    !tls                -> Running on encrypted(), Finished on failure
///   Draining       !reset / !end-tls-abruptly wait for queued bytes to leave first
///   Silent         !silence            -> Finished when the client goes away
///   AwaitingClose  after the last line -> Finished when the client goes away
///   Closing        !close or an error  -> Finished when the socket is closed
class ScriptedConnection : public QObject
{
    Q_OBJECT
public:
    ScriptedConnection(int index, const SimulatorScript &script,
                       const CertificateStore &certificates, int waitTimeoutMs,
                       QObject *parent = nullptr);
    ~ScriptedConnection() override;

    /// Takes over the accepted socket and starts playing. False when the
    /// descriptor cannot be used (the connection then finishes at once).
    bool start(qintptr socketDescriptor);
    /// Ends the connection now (the server is closing).
    void abort();

    int index() const { return m_index; }
    bool isFinished() const { return m_state == State::Finished; }

Q_SIGNALS:
    void lineReceived(const QByteArray &line);
    void scriptError(const QString &message);
    void finished(int index);

private:
    enum class State {
        Idle,
        Running,
        WaitingForLine,
        Delaying,
        Flooding,
        Handshaking,
        Draining,
        Silent,
        AwaitingClose,
        Closing,
        Finished,
    };
    enum class AfterDrain { Reset, EndTlsAbruptly };
    using Directive = SimulatorScript::Directive;

    void advance();
    void run(const Directive &directive);
    void expectLine();
    void startTls(const Directive &directive);
    void fillFlood();
    void drainThen(AfterDrain action);
    void finishDrain();
    void resetConnection();

    void onReadyRead();
    void onBytesWritten();
    void onWriteProgress();
    void onEncrypted();
    void onErrorOccurred(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onWaitTimeout();

    bool readIntoBuffer();
    bool takeLine(QByteArray *line);
    void recordLine(const QByteArray &line);
    void discardBufferedInput();
    qint64 pendingOutput() const;
    void startWaiting();

    void fail(const QString &message);
    void closeGracefully();
    void finish();

    const int m_index;
    const SimulatorScript m_script;
    const CertificateStore m_certificates;
    const int m_waitTimeoutMs;

    QPointer<QSslSocket> m_socket;
    QTimer *m_waitTimer = nullptr;
    QTimer *m_delayTimer = nullptr;
    State m_state = State::Idle;
    qsizetype m_next = 0; ///< index of the next directive
    int m_line = 0; ///< script line of the directive in progress
    QByteArray m_pattern; ///< what WaitingForLine waits for
    QByteArray m_buffer; ///< client bytes not yet consumed as lines
    QByteArray m_lastTag; ///< first word of the last client line, for ${tag}
    QByteArray m_floodUnit;
    qint64 m_floodRemaining = 0;
    qsizetype m_floodOffset = 0;
    AfterDrain m_afterDrain = AfterDrain::Reset;
    bool m_advancing = false;
    bool m_writeProgressQueued = false;
};

} // namespace MailInspect
