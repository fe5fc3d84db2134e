// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <functional>

namespace MailInspect {

struct TlsInfo;

/// The connection under an inspection: connect, write, read, start client
/// encryption, what the TLS layer found, close. The product path is
/// SslSocketTransport over QSslSocket; tests put an in-memory transport here
/// to see the exact bytes the client writes and where encryption starts.
/// Signals mean what QSslSocket's signals of the same name mean.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// TLS settings for a later startClientEncryption(): trust, and the name
    /// sent as SNI and checked in the certificate.
    virtual void setTlsConfiguration(const QSslConfiguration &configuration,
                                     const QString &peerName)
        = 0;
    virtual void connectToHost(const QHostAddress &address, quint16 port) = 0;
    /// Connected and not closed.
    virtual bool isConnected() const = 0;
    /// Not closed yet (connecting, connected, or closing).
    virtual bool isOpen() const = 0;
    virtual QHostAddress localAddress() const = 0;
    virtual quint16 localPort() const = 0;
    virtual QString errorString() const = 0;

    virtual void write(const QByteArray &bytes) = 0;
    virtual qint64 bytesAvailable() const = 0;
    virtual QByteArray read(qint64 maxBytes) = 0;
    virtual QByteArray readAll() = 0;
    virtual QByteArray peek(qint64 maxBytes) = 0;

    /// Starts the TLS handshake as the client; encrypted() or errorOccurred()
    /// follows, sslErrors() before encrypted() when verification failed.
    virtual void startClientEncryption() = 0;
    /// Goes on despite these verification errors (they are in the report).
    virtual void ignoreSslErrors(const QList<QSslError> &errors) = 0;
    /// Protocol, cipher, key exchange and chain of the established session.
    virtual void fillTlsFacts(TlsInfo &info) const = 0;
    virtual QList<QSslCertificate> peerCertificateChain() const = 0;

    /// Closes after what was written has gone out.
    virtual void disconnectFromHost() = 0;
    /// Closes at once.
    virtual void abort() = 0;

Q_SIGNALS:
    void connected();
    void readyRead();
    void encrypted();
    void sslErrors(const QList<QSslError> &errors);
    void errorOccurred(QAbstractSocket::SocketError error);
    void disconnected();
    void alertSent(const QString &description);
    void alertReceived(const QString &description);
};

/// Makes the transport for one connection attempt, owned by @p parent.
using TransportFactory = std::function<Transport *(QObject *parent)>;

} // namespace MailInspect
