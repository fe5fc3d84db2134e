// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport.h"

class QSslSocket;

namespace MailInspect {

/// The product's transport: one QSslSocket, its signals passed on as they are.
class SslSocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit SslSocketTransport(QObject *parent = nullptr);

    void setTlsConfiguration(const QSslConfiguration &configuration,
                             const QString &peerName) override;
    void connectToHost(const QHostAddress &address, quint16 port) override;
    bool isConnected() const override;
    bool isOpen() const override;
    QHostAddress localAddress() const override;
    quint16 localPort() const override;
    QString errorString() const override;

    void write(const QByteArray &bytes) override;
    qint64 bytesAvailable() const override;
    QByteArray read(qint64 maxBytes) override;
    QByteArray readAll() override;
    QByteArray peek(qint64 maxBytes) override;

    void startClientEncryption() override;
    void ignoreSslErrors(const QList<QSslError> &errors) override;
    void fillTlsFacts(TlsInfo &info) const override;
    QList<QSslCertificate> peerCertificateChain() const override;

    void disconnectFromHost() override;
    void abort() override;

private:
    QSslSocket *m_socket;
};

} // namespace MailInspect
