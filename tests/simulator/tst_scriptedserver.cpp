// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineclient.h"
#include "testsupport.h"

#include "simulator/certificatestore.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

#if defined(Q_OS_UNIX)
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace MailInspect;
using MailInspect::Test::LineClient;

namespace {

const QString smtpStartTls = QStringLiteral("S: 220 mail.test ESMTP\n"
                                            "C: EHLO *\n"
                                            "S: 250-mail.test\n"
                                            "S: 250 STARTTLS\n"
                                            "C: STARTTLS\n"
                                            "S: 220 2.0.0 Ready to start TLS\n"
                                            "!tls %1\n"
                                            "C: EHLO *\n"
                                            "S: 250-mail.test\n"
                                            "S: 250 AUTH PLAIN\n"
                                            "C: QUIT\n"
                                            "S: 221 2.0.0 Bye\n"
                                            "!close\n");

bool containsError(const QStringList &errors, const QString &part)
{
    for (const QString &error : errors) {
        if (error.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestScriptedServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void plainDialogue();
    void lfLinesAndPipelinedCommands();
    void mismatchIsReportedAndCloses();
    void readAcceptsAnyLine();
    void delayPausesWithATimer();
    void rawSendsExactBytes();
    void floodSendsExactlyTheCount();
    void floodStallsWhenTheClientStopsReading();
    void startTlsDialogueVerifiesWithTheTestCa();
    void implicitTls();
    void plaintextBeforeTheHandshakeIsDropped();
    void rejectedCertificateIsAHandshakeFailure();
    void closeSendsFinAndResetSendsRst();
    void resetIsAnErrorForTheClient();
    void endTlsAbruptly();
    void directivesInsideTls();
    void mismatchInsideTls();
    void endTlsAbruptlyRightAfterALine();
    void silenceWaitsForTheClient();
    void endOfScriptWaitsThenCloses();
    void waitForLineIsBounded();
    void longLineIsAnError();
    void everyConnectionStartsOver();
    void missingCertificateFailsListen();
    void tagIsTheClientsFirstWord();
    void clientLeavingEarlyIsReported();
    void closeEndsRunningConnections();

private:
    ScriptedServer *startServer(const QString &text, int waitTimeoutMs = 5000);

    CertificateStore m_certificates;
    QList<QSslCertificate> m_ca;
    std::vector<std::unique_ptr<ScriptedServer>> m_servers;
};

void TestScriptedServer::initTestCase()
{
    m_certificates = CertificateStore::fromDirectory(Test::pkiDir());
    for (const char *name : {"good", "expired", "wrongname", "selfsigned", "nointermediate"})
        QVERIFY2(m_certificates.contains(QLatin1String(name)), name);
    m_ca = Test::pkiCertificates(QStringLiteral("ca"));
    QCOMPARE(m_ca.size(), 1);
}

void TestScriptedServer::cleanup()
{
    m_servers.clear();
}

ScriptedServer *TestScriptedServer::startServer(const QString &text, int waitTimeoutMs)
{
    QString error;
    const auto script = SimulatorScript::parse(text, &error);
    if (!script) {
        qWarning("script does not parse: %s", qPrintable(error));
        return nullptr;
    }
    m_servers.push_back(std::make_unique<ScriptedServer>(*script, m_certificates));
    ScriptedServer *server = m_servers.back().get();
    server->setWaitTimeout(waitTimeoutMs);
    if (!server->listen()) {
        qWarning("listen failed: %s", qPrintable(server->errors().join(QLatin1Char('\n'))));
        return nullptr;
    }
    return server;
}

void TestScriptedServer::plainDialogue()
{
    ScriptedServer *server = startServer(QStringLiteral("# a tiny SMTP session\n"
                                                        "S: 220 mail.test ESMTP\n"
                                                        "C: EHLO *\n"
                                                        "S: 250-mail.test\n"
                                                        "S: 250 8BITMIME\n"
                                                        "C: QUIT\n"
                                                        "S: 221 Bye\n"
                                                        "!close\n"));
    QVERIFY(server);
    QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server->serverPort() != 0);
    QSignalSpy finished(server, &ScriptedServer::connectionFinished);

    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 mail.test ESMTP"));
    client.writeLine("EHLO client.test");
    QCOMPARE(client.readLine(), QByteArrayLiteral("250-mail.test"));
    QCOMPARE(client.readLine(), QByteArrayLiteral("250 8BITMIME"));
    client.writeLine("QUIT");
    QCOMPARE(client.readLine(), QByteArrayLiteral("221 Bye"));
    QVERIFY(client.waitForDisconnected());

    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(server->errors(), QStringList());
    QCOMPARE(server->receivedLines(), (QList<QByteArray> {"EHLO client.test", "QUIT"}));
    QCOMPARE(server->connectionCount(), 1);
    QCOMPARE(server->finishedConnectionCount(), 1);
}

void TestScriptedServer::lfLinesAndPipelinedCommands()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\n"
                                                        "C: EHLO *\n"
                                                        "S: 250 ok\n"
                                                        "C: MAIL FROM:<*>\n"
                                                        "S: 250 sender ok\n"
                                                        "C: QUIT\n"
                                                        "S: 221 bye\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    client.write("EHLO x\nMAIL FROM:<a@b>\r\nQUIT\n"); // one segment, mixed line ends
    QCOMPARE(client.readLine(), QByteArrayLiteral("250 ok"));
    QCOMPARE(client.readLine(), QByteArrayLiteral("250 sender ok"));
    QCOMPARE(client.readLine(), QByteArrayLiteral("221 bye"));
    client.disconnectFromServer();
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
    QCOMPARE(server->receivedLines(), (QList<QByteArray> {"EHLO x", "MAIL FROM:<a@b>", "QUIT"}));
}

void TestScriptedServer::mismatchIsReportedAndCloses()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\n"
                                                        "C: EHLO *\n"
                                                        "S: 250 ok\n"));
    QVERIFY(server);
    QSignalSpy errors(server, &ScriptedServer::scriptError);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    client.writeLine("HELO x");
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.buffer(), QByteArray()); // the 250 was never sent
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(server->errors().size(), 1);
    const QString error = server->errors().constFirst();
    QVERIFY2(error.startsWith(QStringLiteral("connection 0, line 2: expected \"EHLO *\"")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("\"HELO x\"")), qPrintable(error));
}

void TestScriptedServer::readAcceptsAnyLine()
{
    ScriptedServer *server = startServer(QStringLiteral("!read\n"
                                                        "S: got one\n"
                                                        "!read\n"
                                                        "S: got two\n"
                                                        "!close\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    client.writeLine("\x01 anything at all *");
    QCOMPARE(client.readLine(), QByteArrayLiteral("got one"));
    client.writeLine("");
    QCOMPARE(client.readLine(), QByteArrayLiteral("got two"));
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::delayPausesWithATimer()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220-teaser\n"
                                                        "!delay 300\n"
                                                        "S: 220 final\n"
                                                        "!close\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220-teaser"));
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 final"));
    // Only the lower bound is checked: a precise timer never ends early.
    QVERIFY2(elapsed.elapsed() >= 250, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::rawSendsExactBytes()
{
    ScriptedServer *server = startServer(QStringLiteral("!raw 220 a\\nb\\r\\x00\\xff\\t\\\\\n"
                                                        "!close\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.buffer(), QByteArray("220 a\nb\r\0\xff\t\\", 12));
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::floodSendsExactlyTheCount()
{
    constexpr qsizetype count = 3 * 1000 * 1000 + 7;
    ScriptedServer *server = startServer(QStringLiteral("!flood %1 250-XYZ\n"
                                                        "!raw \\r\\n\n"
                                                        "!close\n")
                                             .arg(count));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QVERIFY(client.waitForDisconnected(20000));
    QCOMPARE(client.buffer().size(), count + 2);
    QVERIFY(client.buffer().startsWith("250-XYZ250-XYZ"));
    QVERIFY(client.buffer().endsWith("XYZ250\r\n")); // 3000007 = 7 * 428572 + 3
    QCOMPARE(client.buffer().count('\n'), 1);
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::floodStallsWhenTheClientStopsReading()
{
    // 1 GiB cannot fit in any socket buffer: if the server queued it all, it
    // would need the memory; instead it waits for the reader and gives up.
    ScriptedServer *server = startServer(QStringLiteral("!flood 1073741824 A\n"), 300);
    QVERIFY(server);
    LineClient client;
    client.setReading(false);
    client.socket().setReadBufferSize(4096);
    QVERIFY(client.connectPlain(server->serverPort()));
    QTRY_COMPARE_WITH_TIMEOUT(server->finishedConnectionCount(), 1, 10000);
    QVERIFY2(containsError(server->errors(), QStringLiteral("stopped reading the flood")),
             qPrintable(server->errors().join(QLatin1Char('\n'))));
}

void TestScriptedServer::startTlsDialogueVerifiesWithTheTestCa()
{
    ScriptedServer *server = startServer(smtpStartTls.arg(QStringLiteral("good")));
    QVERIFY(server);
    LineClient client;
    client.setTrust(m_ca, QStringLiteral("mail.test"));
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 mail.test ESMTP"));
    client.writeLine("EHLO client.test");
    QCOMPARE(client.readLine(), QByteArrayLiteral("250-mail.test"));
    QCOMPARE(client.readLine(), QByteArrayLiteral("250 STARTTLS"));
    client.writeLine("STARTTLS");
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 2.0.0 Ready to start TLS"));
    QVERIFY(client.startTls());
    QCOMPARE(client.sslErrors(), QList<QSslError>());
    const QList<QSslCertificate> chain = client.socket().peerCertificateChain();
    QVERIFY(chain.size() >= 2); // the leaf and the intermediate the server sent
    QCOMPARE(chain.constFirst(), Test::pkiCertificates(QStringLiteral("good")).constFirst());
    client.writeLine("EHLO client.test");
    QCOMPARE(client.readLine(), QByteArrayLiteral("250-mail.test"));
    QCOMPARE(client.readLine(), QByteArrayLiteral("250 AUTH PLAIN"));
    client.writeLine("QUIT");
    QCOMPARE(client.readLine(), QByteArrayLiteral("221 2.0.0 Bye"));
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
    QCOMPARE(server->receivedLines(),
             (QList<QByteArray> {"EHLO client.test", "STARTTLS", "EHLO client.test", "QUIT"}));
}

void TestScriptedServer::implicitTls()
{
    ScriptedServer *server = startServer(QStringLiteral("!tls good\n"
                                                        "S: * OK ready\n"
                                                        "C: * LOGOUT\n"
                                                        "S: * BYE\n"
                                                        "S: ${tag} OK bye\n"
                                                        "!close\n"));
    QVERIFY(server);
    QVERIFY(server->script().startsWithTls());
    LineClient client;
    client.setTrust(m_ca, QStringLiteral("mail.test"));
    QVERIFY(client.connectTls(server->serverPort()));
    QCOMPARE(client.sslErrors(), QList<QSslError>());
    QCOMPARE(client.readLine(), QByteArrayLiteral("* OK ready"));
    client.writeLine("a1 LOGOUT");
    QCOMPARE(client.readLine(), QByteArrayLiteral("* BYE"));
    QCOMPARE(client.readLine(), QByteArrayLiteral("a1 OK bye"));
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::plaintextBeforeTheHandshakeIsDropped()
{
    // CVE-2011-0411: a command pipelined behind STARTTLS must not be answered
    // inside TLS. The server records it, drops it, and reads EHLO inside TLS.
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\n"
                                                        "C: STARTTLS\n"
                                                        "S: 220 go ahead\n"
                                                        "!tls good\n"
                                                        "C: EHLO *\n"
                                                        "S: 250 inside\n"
                                                        "!close\n"));
    QVERIFY(server);
    LineClient client;
    client.setTrust(m_ca, QStringLiteral("mail.test"));
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    client.write("STARTTLS\r\nNOOP\r\n");
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 go ahead"));
    QVERIFY(client.startTls());
    client.writeLine("EHLO x");
    QCOMPARE(client.readLine(), QByteArrayLiteral("250 inside"));
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
    QCOMPARE(server->receivedLines(), (QList<QByteArray> {"STARTTLS", "NOOP", "EHLO x"}));
}

void TestScriptedServer::rejectedCertificateIsAHandshakeFailure()
{
    ScriptedServer *server = startServer(QStringLiteral("!tls expired\nS: * OK\n"));
    QVERIFY(server);
    LineClient client;
    client.setTrust(m_ca, QStringLiteral("mail.test"));
    QVERIFY(!client.connectTls(server->serverPort()));
    QVERIFY(client.waitForDisconnected());
    bool expired = false;
    for (const QSslError &error : client.sslErrors())
        expired = expired || error.error() == QSslError::CertificateExpired;
    QVERIFY(expired);
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QVERIFY2(containsError(server->errors(), QStringLiteral("line 1: TLS handshake failed")),
             qPrintable(server->errors().join(QLatin1Char('\n'))));
}

#if defined(Q_OS_UNIX)
namespace {

// Reads with a raw non-blocking socket until the server ends the
// connection; returns the bytes and the errno of the end (0 for a FIN).
std::pair<QByteArray, int> readUntilClosed(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return {{}, -1};
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    QByteArray data;
    int end = -1;
    (void)QTest::qWaitFor(
        [&] {
            char chunk[4096];
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, MSG_DONTWAIT);
            if (n > 0) {
                data.append(chunk, n);
                return false;
            }
            if (n == 0) {
                end = 0;
                return true;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOTCONN)
                return false;
            end = errno;
            return true;
        },
        5000);
    ::close(fd);
    return {data, end};
}

} // namespace
#endif

void TestScriptedServer::closeSendsFinAndResetSendsRst()
{
#if defined(Q_OS_UNIX)
    ScriptedServer *closing = startServer(QStringLiteral("S: 220 bye\n!close\n"));
    QVERIFY(closing);
    const auto [closedData, closedEnd] = readUntilClosed(closing->serverPort());
    QCOMPARE(closedData, QByteArrayLiteral("220 bye\r\n"));
    QCOMPARE(closedEnd, 0);

    ScriptedServer *resetting = startServer(QStringLiteral("S: 220 gone\n!reset\n"));
    QVERIFY(resetting);
    const auto [resetData, resetEnd] = readUntilClosed(resetting->serverPort());
    QCOMPARE(resetData, QByteArrayLiteral("220 gone\r\n"));
    QCOMPARE(resetEnd, ECONNRESET);
    QTRY_COMPARE(resetting->finishedConnectionCount(), 1);
    QCOMPARE(resetting->errors(), QStringList());
#else
    QSKIP("needs POSIX sockets to tell a FIN from a RST");
#endif
}

void TestScriptedServer::resetIsAnErrorForTheClient()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\nC: EHLO *\n!reset\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    client.writeLine("EHLO x");
    QVERIFY(client.waitForDisconnected());
    QVERIFY(!client.socketErrors().isEmpty());
    const QAbstractSocket::SocketError error = client.socketErrors().constFirst();
    QVERIFY2(error == QAbstractSocket::RemoteHostClosedError
                 || error == QAbstractSocket::ConnectionRefusedError
                 || error == QAbstractSocket::NetworkError,
             qPrintable(client.socket().errorString()));
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::endTlsAbruptly()
{
    ScriptedServer *server = startServer(QStringLiteral("!tls good\n"
                                                        "S: 220 hi\n"
                                                        "!end-tls-abruptly\n"));
    QVERIFY(server);
    LineClient client;
    client.setTrust(m_ca, QStringLiteral("mail.test"));
    QVERIFY(client.connectTls(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::directivesInsideTls()
{
    ScriptedServer *server = startServer(QStringLiteral("!tls good\n"
                                                        "S: 220 hi\n"
                                                        "C: EHLO *\n"
                                                        "!flood 300000 X\n"
                                                        "!raw \\r\\n\n"
                                                        "C: QUIT\n"
                                                        "!delay 10\n"
                                                        "S: 221 bye\n"
                                                        "C: NOOP\n"
                                                        "!reset\n"));
    QVERIFY(server);
    LineClient client;
    client.setTrust(m_ca, QStringLiteral("mail.test"));
    QVERIFY(client.connectTls(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    client.writeLine("EHLO x");
    const std::optional<QByteArray> flood = client.readLine();
    QVERIFY(flood);
    QCOMPARE(flood->size(), 300000);
    QCOMPARE(flood->count('X'), 300000);
    client.writeLine("QUIT");
    QCOMPARE(client.readLine(), QByteArrayLiteral("221 bye"));
    client.writeLine("NOOP");
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::mismatchInsideTls()
{
    ScriptedServer *server = startServer(QStringLiteral("!tls good\nS: 220 hi\nC: EHLO *\n"
                                                        "S: 250 ok\n"));
    QVERIFY(server);
    LineClient client;
    client.setTrust(m_ca, QStringLiteral("mail.test"));
    QVERIFY(client.connectTls(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    client.writeLine("HELO x");
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors().size(), 1);
    QVERIFY(server->errors().constFirst().startsWith(QStringLiteral("connection 0, line 3:")));
}

void TestScriptedServer::endTlsAbruptlyRightAfterALine()
{
    ScriptedServer *server = startServer(QStringLiteral("!tls good\nC: QUIT\n"
                                                        "!end-tls-abruptly\n"));
    QVERIFY(server);
    LineClient client;
    client.setTrust(m_ca, QStringLiteral("mail.test"));
    QVERIFY(client.connectTls(server->serverPort()));
    client.writeLine("QUIT");
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::silenceWaitsForTheClient()
{
    ScriptedServer *server = startServer(QStringLiteral("!silence\n"));
    QVERIFY(server);
    QSignalSpy started(server, &ScriptedServer::connectionStarted);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QTRY_COMPARE(started.size(), 1);
    client.writeLine("EHLO anyone there?");
    QTRY_COMPARE(server->receivedLines().size(), 1);
    QCOMPARE(server->finishedConnectionCount(), 0);
    client.disconnectFromServer();
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(client.totalReceived(), 0);
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::endOfScriptWaitsThenCloses()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\n"), 200);
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    QVERIFY(client.waitForDisconnected()); // the server gave up waiting for a goodbye
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::waitForLineIsBounded()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\nC: EHLO *\n"), 200);
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    client.write("EHLO without a line end");
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors().size(), 1);
    QVERIFY2(server->errors().constFirst().startsWith(
                 QStringLiteral("connection 0, line 2: no line matching \"EHLO *\" within 200")),
             qPrintable(server->errors().constFirst()));
}

void TestScriptedServer::longLineIsAnError()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\nC: EHLO *\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    client.write(QByteArray(70000, 'E')); // no line end, ever
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QVERIFY2(containsError(server->errors(),
                           QStringLiteral("line 2: the client sent a line "
                                          "longer than 65536 bytes")),
             qPrintable(server->errors().join(QLatin1Char('\n'))));
}

void TestScriptedServer::everyConnectionStartsOver()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\nC: QUIT\nS: 221 bye\n"
                                                        "!close\n"));
    QVERIFY(server);
    QSignalSpy finished(server, &ScriptedServer::connectionFinished);
    for (int i = 0; i < 2; ++i) {
        LineClient client;
        QVERIFY(client.connectPlain(server->serverPort()));
        QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
        client.writeLine("QUIT");
        QCOMPARE(client.readLine(), QByteArrayLiteral("221 bye"));
        QVERIFY(client.waitForDisconnected());
        QTRY_COMPARE(finished.size(), i + 1);
        QCOMPARE(finished.at(i).at(0).toInt(), i);
    }
    QCOMPARE(server->connectionCount(), 2);
    QCOMPARE(server->receivedLines(), (QList<QByteArray> {"QUIT", "QUIT"}));
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::missingCertificateFailsListen()
{
    ScriptedServer server(*SimulatorScript::parse(QStringLiteral("S: hi\n!tls nosuch\n")),
                          m_certificates);
    QVERIFY(!server.listen());
    QVERIFY(!server.isListening());
    QCOMPARE(server.errors().size(), 1);
    QVERIFY2(server.errors().constFirst().startsWith(
                 QStringLiteral("line 2: no certificate named \"nosuch\"")),
             qPrintable(server.errors().constFirst()));
}

void TestScriptedServer::tagIsTheClientsFirstWord()
{
    ScriptedServer *server = startServer(QStringLiteral("S: * OK\n"
                                                        "C: * CAPABILITY\n"
                                                        "S: * CAPABILITY IMAP4rev1\n"
                                                        "S: ${tag} OK done\n"
                                                        "C: * LOGOUT\n"
                                                        "S: ${tag} OK ${tag}\n"
                                                        "!close\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("* OK"));
    client.writeLine("x17 CAPABILITY");
    QCOMPARE(client.readLine(), QByteArrayLiteral("* CAPABILITY IMAP4rev1"));
    QCOMPARE(client.readLine(), QByteArrayLiteral("x17 OK done"));
    client.writeLine("B.2 LOGOUT");
    QCOMPARE(client.readLine(), QByteArrayLiteral("B.2 OK B.2"));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(server->errors(), QStringList());
}

void TestScriptedServer::clientLeavingEarlyIsReported()
{
    ScriptedServer *server = startServer(QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250 ok\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QCOMPARE(client.readLine(), QByteArrayLiteral("220 hi"));
    client.disconnectFromServer();
    QTRY_COMPARE(server->finishedConnectionCount(), 1);
    QCOMPARE(server->errors().size(), 1);
    QVERIFY2(server->errors().constFirst().startsWith(
                 QStringLiteral("connection 0, line 2: the client closed the connection while "
                                "the script waited for \"EHLO *\"")),
             qPrintable(server->errors().constFirst()));
}

void TestScriptedServer::closeEndsRunningConnections()
{
    ScriptedServer *server = startServer(QStringLiteral("!silence\n"));
    QVERIFY(server);
    LineClient client;
    QVERIFY(client.connectPlain(server->serverPort()));
    QTRY_COMPARE(server->connectionCount(), 1);
    server->close();
    QVERIFY(!server->isListening());
    QCOMPARE(server->finishedConnectionCount(), 1);
    QVERIFY(client.waitForDisconnected());
}

QTEST_GUILESS_MAIN(TestScriptedServer)
#include "tst_scriptedserver.moc"
