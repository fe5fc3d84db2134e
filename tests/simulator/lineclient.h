// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>

#include <optional>

namespace MailInspect::Test {

/// A minimal line-oriented mail client for the scripted-server tests: a
/// plain QSslSocket plus waits that keep the event loop (and so the server
/// in the same thread) running. Every wait is bounded.
class LineClient : public QObject
{
    Q_OBJECT
public:
    explicit LineClient(QObject *parent = nullptr);

    /// Trust these CAs (replacing the system ones) and check this name.
    void setTrust(const QList<QSslCertificate> &caCertificates, const QString &peerName);
    /// sslErrors() of these kinds are recorded and ignored; others abort.
    void setToleratedErrors(const QList<QSslError::SslError> &errors);

    bool connectPlain(quint16 port, int timeoutMs = 5000);
    bool connectTls(quint16 port, int timeoutMs = 5000);
    bool startTls(int timeoutMs = 5000);

    void write(const QByteArray &bytes);
    void writeLine(const QByteArray &line) { write(line + "\r\n"); }
    /// The next line without its CRLF; nothing on timeout or disconnect.
    std::optional<QByteArray> readLine(int timeoutMs = 5000);
    /// Waits until @p count bytes arrived (or the connection ended).
    bool waitForBytes(qsizetype count, int timeoutMs = 5000);
    bool waitForDisconnected(int timeoutMs = 5000);
    void disconnectFromServer();

    QSslSocket &socket() { return m_socket; }
    QByteArray &buffer() { return m_buffer; } ///< received, not yet taken by readLine()
    qint64 totalReceived() const { return m_total; }
    bool isDisconnected() const { return m_disconnected; }
    bool isEncrypted() const { return m_socket.isEncrypted(); }
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QList<QAbstractSocket::SocketError> socketErrors() const { return m_socketErrors; }
    /// Stop reading from the socket (to stall a flood).
    void setReading(bool reading) { m_reading = reading; }

private:
    void onReadyRead();

    QSslSocket m_socket;
    QByteArray m_buffer;
    qint64 m_total = 0;
    bool m_disconnected = false;
    bool m_reading = true;
    QList<QSslError> m_sslErrors;
    QList<QSslError::SslError> m_tolerated;
    QList<QAbstractSocket::SocketError> m_socketErrors;
};

} // namespace MailInspect::Test
