// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatestore.h"
#include "simulatorscript.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace MailInspect {

class ScriptedConnection;
class ScriptedListener;

/// A fake mail server that plays a SimulatorScript to every client that
/// connects (each connection from the start of the script). Used by the
/// tests and by practice mode; see simulatorscript.h for the script format.
///
/// Entirely asynchronous on the caller's event loop: no threads, no blocking
/// waits. Every wait of the script is bounded by waitTimeout(), and a client
/// cannot make it buffer more than 1 MiB (lines over 64 KiB are an error).
///
///     ScriptedServer server(*SimulatorScript::parse(text), CertificateStore::practice());
///     server.listen();  // 127.0.0.1, a free port
///     ... connect to server.serverPort() ...
///     QCOMPARE(server.errors(), QStringList());
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    ScriptedServer(SimulatorScript script, CertificateStore certificates,
                   QObject *parent = nullptr);
    ~ScriptedServer() override;

    /// Starts listening; port 0 picks a free port (read it with serverPort()).
    /// Fails (and records an error) when the address is busy or a `!tls` names a
    /// certificate the store does not have.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    /// Stops listening and aborts the connections still running.
    void close();

    /// How long any wait of the script may last (a client line, the TLS
    /// handshake, a stalled flood, the client's goodbye). Default 30 s.
    /// Applies to connections accepted afterwards.
    void setWaitTimeout(int milliseconds);
    int waitTimeout() const { return m_waitTimeoutMs; }

    const SimulatorScript &script() const { return m_script; }
    /// A server that runs until interrupted (mailinspect-cli --serve) keeps
    /// only the latest lines and errors: memory stays flat however many
    /// connections it serves.
    static constexpr qsizetype maxKeptLines = 10000;
    static constexpr qsizetype maxKeptErrors = 1000;

    /// Script mismatches, TLS failures and listen errors, each naming the
    /// connection and the script line ("connection 0, line 7: ..."); the
    /// latest maxKeptErrors.
    QStringList errors() const { return m_errors; }
    /// Every line the clients sent, without line ends, across connections;
    /// the latest maxKeptLines.
    QList<QByteArray> receivedLines() const { return m_receivedLines; }
    /// Connections accepted so far.
    int connectionCount() const { return m_connectionCount; }
    /// Connections whose script has ended (successfully or not).
    int finishedConnectionCount() const { return m_finishedCount; }

Q_SIGNALS:
    /// A client connected; @p index counts from 0 in the order of arrival.
    void connectionStarted(int index);
    /// The connection @p index is over (script done, error, or client gone).
    void connectionFinished(int index);
    void scriptError(const QString &message);

private:
    void acceptConnection(qintptr socketDescriptor);
    void addError(const QString &message);

    const SimulatorScript m_script;
    const CertificateStore m_certificates;
    ScriptedListener *m_listener = nullptr;
    QList<QPointer<ScriptedConnection>> m_connections;
    QStringList m_errors;
    QList<QByteArray> m_receivedLines;
    int m_waitTimeoutMs = 30000;
    int m_connectionCount = 0;
    int m_finishedCount = 0;
};

} // namespace MailInspect
