// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include "scriptedconnection.h"

#include <QTcpServer>

#include <functional>

namespace MailInspect {

using Directive = SimulatorScript::Directive;

/// QTcpServer hands over the raw descriptor, so the connection can wrap it in
/// a QSslSocket from the first byte (implicit TLS needs that).
class ScriptedListener : public QTcpServer
{
public:
    ScriptedListener(std::function<void(qintptr)> accept, QObject *parent)
        : QTcpServer(parent)
        , m_accept(std::move(accept))
    { }

protected:
    void incomingConnection(qintptr socketDescriptor) override { m_accept(socketDescriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

ScriptedServer::ScriptedServer(SimulatorScript script, CertificateStore certificates,
                               QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_certificates(std::move(certificates))
    , m_listener(
          new ScriptedListener([this](qintptr descriptor) { acceptConnection(descriptor); }, this))
{ }

ScriptedServer::~ScriptedServer()
{
    m_listener->close();
    for (const QPointer<ScriptedConnection> &connection : std::as_const(m_connections)) {
        if (connection) {
            connection->disconnect(this);
            delete connection.data();
        }
    }
}

bool ScriptedServer::listen(const QHostAddress &address, quint16 port)
{
    bool certificatesFound = true;
    for (const Directive &directive : m_script.directives()) {
        if (directive.kind == Directive::Kind::Tls
            && !m_certificates.contains(directive.certificateName)) {
            addError(QStringLiteral("line %1: no certificate named \"%2\" (have: %3)")
                         .arg(directive.line)
                         .arg(directive.certificateName,
                              m_certificates.names().join(QStringLiteral(", "))));
            certificatesFound = false;
        }
    }
    if (!certificatesFound)
        return false;
    if (!m_listener->listen(address, port)) {
        addError(QStringLiteral("cannot listen on %1 port %2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_listener->errorString()));
        return false;
    }
    return true;
}

bool ScriptedServer::isListening() const
{
    return m_listener->isListening();
}

quint16 ScriptedServer::serverPort() const
{
    return m_listener->serverPort();
}

QHostAddress ScriptedServer::serverAddress() const
{
    return m_listener->serverAddress();
}

void ScriptedServer::close()
{
    m_listener->close();
    const QList<QPointer<ScriptedConnection>> connections = m_connections;
    for (const QPointer<ScriptedConnection> &connection : connections) {
        if (connection)
            connection->abort();
    }
}

void ScriptedServer::setWaitTimeout(int milliseconds)
{
    m_waitTimeoutMs = milliseconds;
}

void ScriptedServer::acceptConnection(qintptr socketDescriptor)
{
    const int index = m_connectionCount++;
    auto *connection
        = new ScriptedConnection(index, m_script, m_certificates, m_waitTimeoutMs, this);
    m_connections.append(connection);
    connect(connection, &ScriptedConnection::lineReceived, this, [this](const QByteArray &line) {
        if (m_receivedLines.size() >= maxKeptLines)
            m_receivedLines.removeFirst();
        m_receivedLines.append(line);
    });
    connect(connection, &ScriptedConnection::scriptError, this, &ScriptedServer::addError);
    connect(connection, &ScriptedConnection::finished, this, [this, connection](int finished) {
        ++m_finishedCount;
        m_connections.removeAll(connection);
        connection->deleteLater();
        Q_EMIT connectionFinished(finished);
    });
    Q_EMIT connectionStarted(index);
    connection->start(socketDescriptor);
}

void ScriptedServer::addError(const QString &message)
{
    if (m_errors.size() >= maxKeptErrors)
        m_errors.removeFirst();
    m_errors.append(message);
    Q_EMIT scriptError(message);
}

} // namespace MailInspect
