// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finderfixture.h"

#include "testscripts.h"
#include "testsupport.h"

#include "dns/dnslookup.h"
#include "simulator/certificatestore.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/prctl.h>

namespace MailInspect::Test {

namespace {
const char zones[] = R"(no-resolv
no-hosts
bind-interfaces
listen-address=127.0.0.1
local=/test/
host-record=autoconfig.autoconf.test,127.0.0.20
host-record=imap.autoconf.test,127.0.0.11
host-record=smtp.autoconf.test,127.0.0.11
host-record=mail.srvonly.test,127.0.0.12
srv-host=_imaps._tcp.srvonly.test,mail.srvonly.test,993,0,1
srv-host=_submissions._tcp.srvonly.test,mail.srvonly.test,465,0,1
srv-host=_pop3s._tcp.srvonly.test
mx-host=hosted.test,mx1.provider.test,10
host-record=mx1.provider.test,127.0.0.13
host-record=imap.provider.test,127.0.0.13
host-record=smtp.provider.test,127.0.0.13
host-record=ispdb.test,127.0.0.20
host-record=imap.guess.test,127.0.0.14
host-record=smtp.guess.test,127.0.0.14
host-record=autoconfig.badcert.test,127.0.0.20
host-record=imap.badcert.test,127.0.0.15
host-record=smtp.badcert.test,127.0.0.15
host-record=autoconfig.plainhttp.test,127.0.0.21
host-record=imap.plainhttp.test,127.0.0.16
host-record=smtp.plainhttp.test,127.0.0.16
host-record=autodiscover.exch.test,127.0.0.20
host-record=imap.exch.test,127.0.0.17
host-record=smtp.exch.test,127.0.0.17
host-record=hostile.test,127.0.0.20
host-record=autoconfig.hostile.test,127.0.0.20
host-record=imap.elsewhere.test,127.0.0.11
mx-host=onlymx.test,mx1.provider.test,10
srv-host=_imaps._tcp.onlymx.test,imap.provider.test,993,0,1
server=/timeout.test/127.0.0.1#9
server=/refused.test/127.0.0.1#5399
)";

const char refuser[] = R"(no-resolv
no-hosts
bind-interfaces
listen-address=127.0.0.1
)";

QByteArray withCertificate(const char *script, const QString &certificate)
{
    return QByteArray(script).replace("!tls good", "!tls " + certificate.toLatin1());
}

QByteArray autodiscoverXml()
{
    return R"(<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
    <Account>
      <AccountType>email</AccountType>
      <Action>settings</Action>
      <Protocol><Type>EXCH</Type><Server>outlook.exch.test</Server></Protocol>
      <Protocol><Type>IMAP</Type><Server>imap.exch.test</Server><Port>993</Port><SSL>on</SSL></Protocol>
      <Protocol><Type>SMTP</Type><Server>smtp.exch.test</Server><Port>587</Port><SSL>on</SSL><Encryption>TLS</Encryption></Protocol>
    </Account>
  </Response>
</Autodiscover>
)";
}
} // namespace

void startOrSkip(FinderFixture &fixture)
{
    if (fixture.start())
        return;
    const QString why = QStringLiteral("the finder fixture did not start: ") + fixture.why();
    if (qEnvironmentVariable("MAILINSPECT_REQUIRE_REAL_SERVERS") == QLatin1String("1"))
        QFAIL(qPrintable(why));
    // CTest's SKIP_RETURN_CODE: a skip shows as a skip, not as a pass.
    std::fprintf(stderr, "SKIP: %s\n", qPrintable(why));
    std::exit(77);
}

QByteArray autoconfigXml(const QString &domain, const QList<QStringList> &servers)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\">\n"
                     "  <emailProvider id=\""
        + domain.toLatin1() + "\">\n    <domain>" + domain.toLatin1() + "</domain>\n";
    for (const QStringList &s : servers) {
        // kind type host port socketType
        xml += "    <" + s.at(0).toLatin1() + " type=\"" + s.at(1).toLatin1() + "\">" + "<hostname>"
            + s.at(2).toLatin1() + "</hostname><port>" + s.at(3).toLatin1() + "</port><socketType>"
            + s.at(4).toLatin1()
            + "</socketType><username>%EMAILADDRESS%</username>"
              "<authentication>password-cleartext</authentication></"
            + s.at(0).toLatin1() + ">\n";
    }
    return xml + "  </emailProvider>\n</clientConfig>\n";
}

FixtureWebServer::FixtureWebServer(bool tls, QObject *parent)
    : QTcpServer(parent)
    , m_tls(tls)
{ }

void FixtureWebServer::route(const QString &hostAndPath, const QByteArray &body)
{
    m_routes.insert(hostAndPath, body);
}

void FixtureWebServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *buffer = new QByteArray;
    connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        answer(socket, *buffer);
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    if (m_tls) {
        socket->setLocalCertificateChain(pkiCertificates(QStringLiteral("finder")));
        socket->setPrivateKey(pkiKey(QStringLiteral("finder")));
        socket->startServerEncryption();
    }
}

void FixtureWebServer::answer(QIODevice *socket, QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
    QByteArray host;
    qsizetype length = 0;
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("host:"))
            host = line.mid(5).trimmed().toLower().split(':').value(0);
        if (lower.startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return;
    const QByteArray path = request.value(1).split('?').value(0);
    const QString key = QString::fromLatin1(host + path);
    m_requests << QString::fromLatin1(request.value(0)) + QLatin1Char(' ') + key;
    const auto found = m_routes.constFind(key);
    QByteArray reply;
    if (found != m_routes.constEnd() && found->startsWith("REDIRECT ")) {
        reply = "HTTP/1.1 302 Found\r\nLocation: " + found->mid(9)
            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    } else if (found == m_routes.constEnd()) {
        reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    } else {
        reply = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "
            + QByteArray::number(found->size()) + "\r\nConnection: close\r\n\r\n" + *found;
    }
    buffer.clear();
    socket->write(reply);
    auto *tcp = qobject_cast<QAbstractSocket *>(socket);
    if (tcp)
        tcp->disconnectFromHost();
}

FinderFixture::FinderFixture() = default;

FinderFixture::~FinderFixture()
{
    for (QProcess *p : std::as_const(m_processes)) {
        p->terminate();
        p->waitForFinished(3000);
        delete p;
    }
    qDeleteAll(m_mail);
    delete m_dir;
}

QList<QSslCertificate> FinderFixture::caCertificates() const
{
    return pkiCertificates(QStringLiteral("ca"));
}

QString FinderFixture::caFile() const
{
    return pkiFile(QStringLiteral("ca.pem"));
}

bool FinderFixture::startDnsmasq(const QString &config, quint16 port)
{
    const QString path = m_dir->filePath(QStringLiteral("dnsmasq-%1.conf").arg(port));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(config.toLatin1());
    file.close();
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Whatever happens to the test, its dnsmasq does not outlive it.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process->start(QStringLiteral("/usr/sbin/dnsmasq"),
                   {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=") + path,
                    QStringLiteral("--port=%1").arg(port),
                    QStringLiteral("--pid-file=")
                        + m_dir->filePath(QStringLiteral("dnsmasq-%1.pid").arg(port)),
                    QStringLiteral("--user=root")});
    m_processes << process;
    if (!process->waitForStarted(5000)) {
        m_why = QStringLiteral("dnsmasq did not start: ") + process->errorString();
        return false;
    }
    return waitForDns(port);
}

bool FinderFixture::waitForDns(quint16 port)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        Dns::Lookup lookup(QStringLiteral("ready.test"), Dns::RecordType::A,
                           Dns::Server {QHostAddress::LocalHost, port}, 500);
        QSignalSpy spy(&lookup, &Dns::Lookup::finished);
        lookup.start();
        if (spy.wait(1000) && !lookup.answer().timedOut
            && lookup.answer().error.indexOf(QLatin1String("no DNS server")) < 0)
            return true;
        QTest::qWait(100);
    }
    m_why = QStringLiteral("dnsmasq on port %1 does not answer").arg(port);
    return false;
}

bool FinderFixture::serveMail(const QString &address, const QString &certificate, bool withStartTls)
{
    const CertificateStore store = CertificateStore::fromDirectory(pkiDir());
    QList<std::pair<quint16, const char *>> services {{993, Scripts::imapTls},
                                                      {465, Scripts::smtpTls}};
    if (withStartTls)
        services << std::pair {quint16(143), Scripts::imapStartTls}
                 << std::pair {quint16(587), Scripts::smtpStartTls};
    for (const auto &[port, script] : services) {
        QString error;
        const auto parsed = SimulatorScript::parse(withCertificate(script, certificate), &error);
        if (!parsed) {
            m_why = error;
            return false;
        }
        auto *server = new ScriptedServer(*parsed, store);
        server->setWaitTimeout(5000);
        m_mail << server;
        if (!server->listen(QHostAddress(address), port)) {
            m_why = QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(address)
                        .arg(port)
                        .arg(server->errors().join(QStringLiteral("; ")));
            return false;
        }
    }
    return true;
}

bool FinderFixture::start()
{
    if (!QFile::exists(QStringLiteral("/usr/sbin/dnsmasq"))) {
        m_why = QStringLiteral("dnsmasq is not installed (package dnsmasq-base)");
        return false;
    }
    m_dir = new QTemporaryDir;
    if (!startDnsmasq(QString::fromLatin1(refuser), 5399)
        || !startDnsmasq(QString::fromLatin1(zones), 53))
        return false;

    m_servfail = new QUdpSocket(this);
    if (!m_servfail->bind(QHostAddress::LocalHost, 5454)) {
        m_why = QStringLiteral("cannot bind the SERVFAIL resolver");
        return false;
    }
    connect(m_servfail, &QUdpSocket::readyRead, this, [this] {
        while (m_servfail->hasPendingDatagrams()) {
            const QNetworkDatagram d = m_servfail->receiveDatagram();
            QByteArray reply = d.data();
            if (reply.size() < 12)
                continue;
            reply[2] = char(0x81);
            reply[3] = char(0x82); // response, RA, SERVFAIL
            m_servfail->writeDatagram(d.makeReply(reply));
        }
    });
    m_silent = new QUdpSocket(this);
    if (!m_silent->bind(QHostAddress::LocalHost, 5455)) {
        m_why = QStringLiteral("cannot bind the silent resolver");
        return false;
    }
    connect(m_silent, &QUdpSocket::readyRead, this, [this] {
        while (m_silent->hasPendingDatagrams())
            m_silent->receiveDatagram();
    });

    m_https = new FixtureWebServer(true, this);
    auto *http = new FixtureWebServer(false, this);
    auto *httpOnly = new FixtureWebServer(false, this);
    m_http << http << httpOnly;
    if (!m_https->listen(QHostAddress(QStringLiteral("127.0.0.20")), 443)
        || !http->listen(QHostAddress(QStringLiteral("127.0.0.20")), 80)
        || !httpOnly->listen(QHostAddress(QStringLiteral("127.0.0.21")), 80)) {
        m_why = QStringLiteral("cannot listen on the web ports");
        return false;
    }
    const QString cfg = QStringLiteral("/mail/config-v1.1.xml");
    m_https->route(
        QStringLiteral("autoconfig.autoconf.test") + cfg,
        autoconfigXml(QStringLiteral("autoconf.test"),
                      {{"incomingServer", "pop3", "imap.autoconf.test", "995", "SSL"},
                       {"incomingServer", "imap", "imap.%EMAILDOMAIN%", "993", "SSL"},
                       {"outgoingServer", "smtp", "smtp.autoconf.test", "587", "STARTTLS"},
                       {"outgoingServer", "smtp", "smtp.autoconf.test", "465", "SSL"}}));
    m_https->route(QStringLiteral("autoconfig.badcert.test") + cfg,
                   autoconfigXml(QStringLiteral("badcert.test"),
                                 {{"incomingServer", "imap", "imap.badcert.test", "993", "SSL"},
                                  {"outgoingServer", "smtp", "smtp.badcert.test", "465", "SSL"}}));
    httpOnly->route(
        QStringLiteral("autoconfig.plainhttp.test") + cfg,
        autoconfigXml(QStringLiteral("plainhttp.test"),
                      {{"incomingServer", "imap", "imap.plainhttp.test", "993", "SSL"},
                       {"outgoingServer", "smtp", "smtp.plainhttp.test", "465", "SSL"}}));
    m_https->route(
        QStringLiteral("ispdb.test/v1.1/provider.test"),
        autoconfigXml(QStringLiteral("provider.test"),
                      {{"incomingServer", "imap", "imap.provider.test", "993", "SSL"},
                       {"outgoingServer", "smtp", "smtp.provider.test", "587", "STARTTLS"}}));
    m_https->route(QStringLiteral("autodiscover.exch.test/autodiscover/autodiscover.xml"),
                   autodiscoverXml());
    // hostile.test: a document too large, a redirect to plain HTTP, and over
    // plain HTTP a document naming unusable hosts and one in another domain.
    m_https->route(QStringLiteral("autoconfig.hostile.test") + cfg,
                   autoconfigXml(QStringLiteral("hostile.test"), {}) + QByteArray(300 * 1024, ' '));
    m_https->route(QStringLiteral("hostile.test/.well-known/autoconfig/mail/config-v1.1.xml"),
                   "REDIRECT http://hostile.test/plain.xml");
    http->route(QStringLiteral("autoconfig.hostile.test") + cfg,
                autoconfigXml(QStringLiteral("hostile.test"),
                              {{"incomingServer", "imap", "evil\u202e.hostile.test", "993", "SSL"},
                               {"incomingServer", "imap", "<b>x</b>", "993", "SSL"},
                               {"incomingServer", "imap", "imap.elsewhere.test", "993", "SSL"},
                               {"outgoingServer", "smtp", "smtp.hostile.test", "25", "plain"}}));

    return serveMail(QStringLiteral("127.0.0.11"), QStringLiteral("finder"), true)
        && serveMail(QStringLiteral("127.0.0.12"), QStringLiteral("finder"), false)
        && serveMail(QStringLiteral("127.0.0.13"), QStringLiteral("finder"), true)
        && serveMail(QStringLiteral("127.0.0.14"), QStringLiteral("finder"), true)
        && serveMail(QStringLiteral("127.0.0.15"), QStringLiteral("wrongname"), false)
        && serveMail(QStringLiteral("127.0.0.16"), QStringLiteral("finder"), false)
        && serveMail(QStringLiteral("127.0.0.17"), QStringLiteral("finder"), true);
}

} // namespace MailInspect::Test
