// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineclient.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QTest>

namespace MailInspect::Test {

LineClient::LineClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QSslSocket::readyRead, this, &LineClient::onReadyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { m_disconnected = true; });
    connect(&m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) { m_socketErrors.append(error); });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors.append(errors);
        for (const QSslError &error : errors) {
            if (!m_tolerated.contains(error.error()))
                return; // not ignored: the handshake fails
        }
        m_socket.ignoreSslErrors();
    });
}

void LineClient::setTrust(const QList<QSslCertificate> &caCertificates, const QString &peerName)
{
    QSslConfiguration configuration = m_socket.sslConfiguration();
    configuration.setCaCertificates(caCertificates);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(configuration);
    m_socket.setPeerVerifyName(peerName);
}

void LineClient::setToleratedErrors(const QList<QSslError::SslError> &errors)
{
    m_tolerated = errors;
}

bool LineClient::connectPlain(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return QTest::qWaitFor(
               [this] {
                   return m_socket.state() == QAbstractSocket::ConnectedState || m_disconnected;
               },
               timeoutMs)
        && m_socket.state() == QAbstractSocket::ConnectedState;
}

bool LineClient::connectTls(quint16 port, int timeoutMs)
{
    m_socket.connectToHostEncrypted(QHostAddress(QHostAddress::LocalHost).toString(), port,
                                    m_socket.peerVerifyName());
    return QTest::qWaitFor([this] { return m_socket.isEncrypted() || m_disconnected; }, timeoutMs)
        && m_socket.isEncrypted();
}

bool LineClient::startTls(int timeoutMs)
{
    m_socket.startClientEncryption();
    return QTest::qWaitFor([this] { return m_socket.isEncrypted() || m_disconnected; }, timeoutMs)
        && m_socket.isEncrypted();
}

void LineClient::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

std::optional<QByteArray> LineClient::readLine(int timeoutMs)
{
    (void)QTest::qWaitFor([this] { return m_buffer.contains('\n') || m_disconnected; }, timeoutMs);
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool LineClient::waitForBytes(qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([this, count] { return m_buffer.size() >= count || m_disconnected; },
                           timeoutMs)
        && m_buffer.size() >= count;
}

bool LineClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMs);
}

void LineClient::disconnectFromServer()
{
    m_socket.disconnectFromHost();
}

void LineClient::onReadyRead()
{
    if (!m_reading)
        return;
    const QByteArray bytes = m_socket.readAll();
    m_total += bytes.size();
    m_buffer += bytes;
}

} // namespace MailInspect::Test
