// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QTcpServer>

class QProcess;
class QTemporaryDir;
class QUdpSocket;

namespace MailInspect {
class ScriptedServer;
}

namespace MailInspect::Test {

/// A tiny web server for the test zones: answers GET and POST by Host and
/// path (the query is ignored) with fixed documents, over TLS (the finder
/// certificate) or plain HTTP.
class FixtureWebServer : public QTcpServer
{
    Q_OBJECT
public:
    FixtureWebServer(bool tls, QObject *parent = nullptr);
    /// "autoconfig.example.test/mail/config-v1.1.xml" -> body
    void route(const QString &hostAndPath, const QByteArray &body);
    QStringList requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void answer(QIODevice *socket, QByteArray &buffer);

    bool m_tls;
    QHash<QString, QByteArray> m_routes;
    QStringList m_requests;
};

/// Everything the settings finder needs to be tried without the internet,
/// inside the private network namespace tests/finder/netns-run.sh makes:
///
///   127.0.0.1:53    dnsmasq with the test zones (below)
///   127.0.0.1:5399  a second dnsmasq that refuses (refused.test forwards there)
///   127.0.0.1:5454  a resolver that answers SERVFAIL to everything
///   127.0.0.1:5455  a resolver that never answers
///   127.0.0.20      HTTPS (443) and HTTP (80) web server; 127.0.0.21 HTTP only
///   127.0.0.11-17   scripted mail servers on 993/143/465/587
///
/// Zones: autoconf.test (autoconfig over https), srvonly.test (SRV only),
/// hosted.test (MX at provider.test, which the ISPDB fixture knows),
/// guess.test (only imap./smtp. hosts), badcert.test (a config naming a host
/// whose certificate is for other.invalid), plainhttp.test (autoconfig over
/// plain HTTP only), exch.test (Autodiscover), onlymx.test (MX and SRV, no
/// address), nothing.test (nothing), timeout.test (its server never answers),
/// refused.test (its server refuses).
class FinderFixture : public QObject
{
    Q_OBJECT
public:
    FinderFixture();
    ~FinderFixture() override;

    /// Starts it all; false with why() when something could not start.
    bool start();
    QString why() const { return m_why; }

    static QString dnsServer() { return QStringLiteral("127.0.0.1:53"); }
    static QString servfailServer() { return QStringLiteral("127.0.0.1:5454"); }
    static QString silentServer() { return QStringLiteral("127.0.0.1:5455"); }
    static QString ispdbUrl() { return QStringLiteral("https://ispdb.test/v1.1/"); }
    QList<QSslCertificate> caCertificates() const;
    QString caFile() const;
    FixtureWebServer *https() const { return m_https; }

private:
    bool startDnsmasq(const QString &config, quint16 port);
    bool waitForDns(quint16 port);
    bool serveMail(const QString &address, const QString &certificate, bool withStartTls);

    QTemporaryDir *m_dir = nullptr;
    QList<QProcess *> m_processes;
    QList<MailInspect::ScriptedServer *> m_mail;
    QUdpSocket *m_servfail = nullptr;
    QUdpSocket *m_silent = nullptr;
    FixtureWebServer *m_https = nullptr;
    QList<FixtureWebServer *> m_http;
    QString m_why;
};

/// Starts the fixture for a test's initTestCase(): when it cannot start, the
/// test fails with MAILINSPECT_REQUIRE_REAL_SERVERS=1 (CI) and otherwise
/// exits with 77, which CTest reports as a skip.
void startOrSkip(FinderFixture &fixture);

/// The autoconfig document a provider serves for these servers.
QByteArray autoconfigXml(const QString &domain, const QList<QStringList> &servers);

} // namespace MailInspect::Test
