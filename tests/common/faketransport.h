// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/transport.h"

#include <QList>
#include <QString>

namespace MailInspect::Test {

/// An in-memory transport for byte-exact engine tests, after Trojitá's fake
/// socket: the test plays the server (serverSends(), completeHandshake(),
/// serverCloses()) and reads back exactly what the client wrote, with
/// startTlsMarker where the client started encryption. No sockets, no
/// timers: every signal is emitted at once, inside the test's call.
class FakeTransport : public Transport
{
    Q_OBJECT
public:
    /// Written into the client's stream where startClientEncryption() was called.
    static constexpr char startTlsMarker[] = "[STARTTLS]";

    explicit FakeTransport(QObject *parent = nullptr);

    // Transport
    void setTlsConfiguration(const QSslConfiguration &configuration,
                             const QString &peerName) override;
    void connectToHost(const QHostAddress &address, quint16 port) override;
    bool isConnected() const override { return m_state == State::Connected; }
    bool isOpen() const override { return m_state != State::Closed; }
    QHostAddress localAddress() const override;
    quint16 localPort() const override { return 40000; }
    QString errorString() const override { return m_error; }
    void write(const QByteArray &bytes) override;
    qint64 bytesAvailable() const override { return m_inbox.size(); }
    QByteArray read(qint64 maxBytes) override;
    QByteArray readAll() override;
    QByteArray peek(qint64 maxBytes) override { return m_inbox.left(maxBytes); }
    void startClientEncryption() override;
    void ignoreSslErrors(const QList<QSslError> &errors) override;
    void fillTlsFacts(TlsInfo &info) const override;
    QList<QSslCertificate> peerCertificateChain() const override { return m_chain; }
    void disconnectFromHost() override;
    void abort() override;

    // The server's side, played by the test
    void acceptConnection();
    void refuseConnection();
    /// Bytes from the server (plain, or inside TLS once the handshake completed).
    void serverSends(const QByteArray &bytes);
    /// The handshake the client started succeeds with this chain; @p errors
    /// are the verification problems the client will be told about.
    void completeHandshake(const QList<QSslCertificate> &chain,
                           const QList<QSslError> &errors = {});
    void serverCloses();

    /// Everything the client wrote, in order, with startTlsMarker where it
    /// started encryption.
    QByteArray written() const { return m_written; }
    /// written() since the last call.
    QByteArray takeWritten();
    /// Each write() call on its own: what went out in one segment.
    QList<QByteArray> writes() const { return m_writes; }
    QHostAddress connectedTo() const { return m_address; }
    quint16 connectedPort() const { return m_port; }
    QString peerName() const { return m_peerName; }
    bool handshakeStarted() const { return m_handshakeStarted; }
    bool aborted() const { return m_aborted; }
    QList<QSslError> ignoredErrors() const { return m_ignored; }

private:
    enum class State { Closed, Connecting, Connected };
    State m_state = State::Closed;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_peerName;
    QString m_error;
    QByteArray m_inbox;
    QByteArray m_written;
    qsizetype m_taken = 0;
    QList<QByteArray> m_writes;
    QList<QSslCertificate> m_chain;
    QList<QSslError> m_ignored;
    bool m_handshakeStarted = false;
    bool m_aborted = false;
};

} // namespace MailInspect::Test
