// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faketransport.h"

#include "report/report.h"
#include "tls/tlsfacts.h"

#include <utility>

namespace MailInspect::Test {

FakeTransport::FakeTransport(QObject *parent)
    : Transport(parent)
{ }

void FakeTransport::setTlsConfiguration(const QSslConfiguration &, const QString &peerName)
{
    m_peerName = peerName;
}

void FakeTransport::connectToHost(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
    m_state = State::Connecting;
}

QHostAddress FakeTransport::localAddress() const
{
    return QHostAddress(QHostAddress::LocalHost);
}

void FakeTransport::write(const QByteArray &bytes)
{
    if (m_state != State::Connected)
        return;
    m_written += bytes;
    m_writes.append(bytes);
}

QByteArray FakeTransport::read(qint64 maxBytes)
{
    const QByteArray out = m_inbox.left(maxBytes);
    m_inbox.remove(0, out.size());
    return out;
}

QByteArray FakeTransport::readAll()
{
    return std::exchange(m_inbox, QByteArray());
}

void FakeTransport::startClientEncryption()
{
    m_handshakeStarted = true;
    m_written += startTlsMarker;
}

void FakeTransport::ignoreSslErrors(const QList<QSslError> &errors)
{
    m_ignored += errors;
}

void FakeTransport::fillTlsFacts(TlsInfo &info) const
{
    info.protocol = QStringLiteral("TLSv1.3");
    info.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    info.keyExchange = QStringLiteral("X25519 253");
    info.chain.clear();
    for (const QSslCertificate &c : m_chain)
        info.chain.append(TlsFacts::describeCertificate(c));
}

void FakeTransport::disconnectFromHost()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    Q_EMIT disconnected();
}

void FakeTransport::abort()
{
    m_aborted = m_state != State::Closed;
    m_state = State::Closed;
}

void FakeTransport::acceptConnection()
{
    m_state = State::Connected;
    Q_EMIT connected();
}

void FakeTransport::refuseConnection()
{
    m_state = State::Closed;
    m_error = QStringLiteral("Connection refused");
    Q_EMIT errorOccurred(QAbstractSocket::ConnectionRefusedError);
}

void FakeTransport::serverSends(const QByteArray &bytes)
{
    m_inbox += bytes;
    Q_EMIT readyRead();
}

void FakeTransport::completeHandshake(const QList<QSslCertificate> &chain,
                                      const QList<QSslError> &errors)
{
    m_chain = chain;
    if (!errors.isEmpty())
        Q_EMIT sslErrors(errors);
    Q_EMIT encrypted();
}

void FakeTransport::serverCloses()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_error = QStringLiteral("The remote host closed the connection");
    Q_EMIT errorOccurred(QAbstractSocket::RemoteHostClosedError);
    Q_EMIT disconnected();
}

QByteArray FakeTransport::takeWritten()
{
    const QByteArray out = m_written.mid(m_taken);
    m_taken = m_written.size();
    return out;
}

} // namespace MailInspect::Test
