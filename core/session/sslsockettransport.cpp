// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sslsockettransport.h"

#include "tls/tlsfacts.h"

#include <QSslSocket>

namespace MailInspect {

SslSocketTransport::SslSocketTransport(QObject *parent)
    : Transport(parent)
    , m_socket(new QSslSocket(this))
{
    // Bounded: a server that floods is read in pieces, never all at once.
    m_socket->setReadBufferSize(256 * 1024);
    connect(m_socket, &QSslSocket::connected, this, &Transport::connected);
    connect(m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &Transport::encrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Transport::sslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Transport::errorOccurred);
    connect(m_socket, &QSslSocket::disconnected, this, &Transport::disconnected);
    connect(m_socket, &QSslSocket::alertSent, this,
            [this](QSsl::AlertLevel, QSsl::AlertType, const QString &description) {
                Q_EMIT alertSent(description);
            });
    connect(m_socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel, QSsl::AlertType, const QString &description) {
                Q_EMIT alertReceived(description);
            });
}

void SslSocketTransport::setTlsConfiguration(const QSslConfiguration &configuration,
                                             const QString &peerName)
{
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(peerName);
}

void SslSocketTransport::connectToHost(const QHostAddress &address, quint16 port)
{
    m_socket->connectToHost(address, port);
}

bool SslSocketTransport::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SslSocketTransport::isOpen() const
{
    return m_socket->state() != QAbstractSocket::UnconnectedState;
}

QHostAddress SslSocketTransport::localAddress() const
{
    return m_socket->localAddress();
}

quint16 SslSocketTransport::localPort() const
{
    return m_socket->localPort();
}

QString SslSocketTransport::errorString() const
{
    return m_socket->errorString();
}

void SslSocketTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

qint64 SslSocketTransport::bytesAvailable() const
{
    return m_socket->bytesAvailable();
}

QByteArray SslSocketTransport::read(qint64 maxBytes)
{
    return m_socket->read(maxBytes);
}

QByteArray SslSocketTransport::readAll()
{
    return m_socket->readAll();
}

QByteArray SslSocketTransport::peek(qint64 maxBytes)
{
    return m_socket->peek(maxBytes);
}

void SslSocketTransport::startClientEncryption()
{
    m_socket->startClientEncryption();
}

void SslSocketTransport::ignoreSslErrors(const QList<QSslError> &errors)
{
    m_socket->ignoreSslErrors(errors);
}

void SslSocketTransport::fillTlsFacts(TlsInfo &info) const
{
    TlsFacts::fillSessionFacts(info, *m_socket);
}

QList<QSslCertificate> SslSocketTransport::peerCertificateChain() const
{
    return m_socket->peerCertificateChain();
}

void SslSocketTransport::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

void SslSocketTransport::abort()
{
    m_socket->abort();
}

} // namespace MailInspect
