// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The inspection over an in-memory transport: the test plays the server and
// checks, byte for byte, what the client writes and where it starts TLS
// ("[STARTTLS]" in the client's stream, as Trojitá's fake socket marks it).
// Fast and exact; the loopback and real-server suites still cover the wire.

#include "faketransport.h"
#include "session/inspection.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QtTest>

using namespace MailInspect;
using MailInspect::Test::FakeTransport;

namespace {
constexpr char marker[] = "[STARTTLS]";

QStringList stepIds(const Report &r)
{
    QStringList ids;
    for (const Step &s : r.steps)
        ids.append(stepIdName(s.id));
    return ids;
}
} // namespace

class TestFakeTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Inspection> m_inspection;
    QPointer<FakeTransport> m_fake;
    std::unique_ptr<QSignalSpy> m_finished;

    // Starts an inspection of mail.test (at 127.0.0.1) whose connection is a
    // FakeTransport, and accepts the connection.
    FakeTransport &start(Protocol protocol, Security security, bool checkInjection = false,
                         int timeoutMs = 5000)
    {
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.connectAddress = QStringLiteral("127.0.0.1");
        request.port = defaultPort(protocol, security);
        request.protocol = protocol;
        request.security = security;
        request.timeoutMs = timeoutMs;
        request.checkInjection = checkInjection;
        request.extraCaCertificates = Test::pkiCertificates(QStringLiteral("ca"));
        m_inspection = std::make_unique<Inspection>(request);
        m_inspection->setTransportFactory([this](QObject *parent) {
            auto *fake = new FakeTransport(parent);
            m_fake = fake;
            return fake;
        });
        m_finished = std::make_unique<QSignalSpy>(m_inspection.get(), &Inspection::finished);
        m_inspection->start();
        if (!m_fake)
            qFatal("the inspection did not ask for a transport");
        m_fake->acceptConnection();
        return *m_fake;
    }

    // What the inspection does on the next turns of the event loop (after the
    // handshake it waits one turn before it writes).
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    static QList<QSslCertificate> chain() { return Test::pkiCertificates(QStringLiteral("good")); }

    const Report &finish()
    {
        if (m_finished->isEmpty() && !m_finished->wait(5000))
            qWarning("the inspection did not finish");
        return m_inspection->report();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_finished.reset();
        m_inspection.reset();
    }

    void smtpStartTls()
    {
        FakeTransport &fake = start(Protocol::Submission, Security::StartTls);
        QCOMPARE(fake.connectedTo(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(fake.connectedPort(), quint16(587));
        QCOMPARE(fake.peerName(), QStringLiteral("mail.test"));
        QCOMPARE(fake.takeWritten(), QByteArray()); // nobody speaks before the greeting
        fake.serverSends("220 mail.test ESMTP\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("EHLO mailinspect.localhost\r\n"));
        fake.serverSends("250-mail.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("STARTTLS\r\n"));
        fake.serverSends("220 2.0.0 Ready to start TLS\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray(marker));
        fake.completeHandshake(chain());
        QCOMPARE(fake.takeWritten(), QByteArray()); // one event-loop turn first
        settle();
        QCOMPARE(fake.takeWritten(), QByteArray("EHLO mailinspect.localhost\r\n"));
        fake.serverSends("250-mail.test\r\n250 AUTH PLAIN LOGIN\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("QUIT\r\n"));
        // The whole conversation, read before the inspection lets go of it.
        QCOMPARE(fake.written(),
                 QByteArray("EHLO mailinspect.localhost\r\nSTARTTLS\r\n[STARTTLS]"
                            "EHLO mailinspect.localhost\r\nQUIT\r\n"));
        fake.serverSends("221 2.0.0 Bye\r\n");

        const Report &r = finish();
        QCOMPARE(stepIds(r),
                 (QStringList {"resolve", "connect", "greeting", "capabilities", "starttls",
                               "tls-handshake", "certificate", "capabilities-after-tls", "quit"}));
        QCOMPARE(r.capabilitiesAfterTls, QStringList {QStringLiteral("AUTH PLAIN LOGIN")});
        QCOMPARE(r.facts.starttlsReply.code, 220);
        QCOMPARE(r.facts.starttlsReply.enhanced.toString(), QStringLiteral("2.0.0"));
        QCOMPARE(r.verdict(), Report::Verdict::Secure);
    }

    void imapStartTls()
    {
        FakeTransport &fake = start(Protocol::Imap, Security::StartTls);
        fake.serverSends("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n");
        // The greeting listed the capabilities: no CAPABILITY command before TLS.
        QCOMPARE(fake.takeWritten(), QByteArray("a1 STARTTLS\r\n"));
        fake.serverSends("a1 OK Begin TLS negotiation now\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray(marker));
        fake.completeHandshake(chain());
        settle();
        QCOMPARE(fake.takeWritten(), QByteArray("a2 CAPABILITY\r\n"));
        fake.serverSends("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na2 OK done\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("a3 LOGOUT\r\n"));
        QCOMPARE(fake.written(),
                 QByteArray("a1 STARTTLS\r\n[STARTTLS]a2 CAPABILITY\r\na3 LOGOUT\r\n"));
        fake.serverSends("* BYE Logging out\r\na3 OK Logout completed\r\n");

        const Report &r = finish();
        QCOMPARE(r.facts.greetingReply.response.kind, ResponseCode::Kind::Capability);
        QCOMPARE(r.verdict(), Report::Verdict::Secure);
    }

    void pop3Stls()
    {
        FakeTransport &fake = start(Protocol::Pop3, Security::StartTls);
        fake.serverSends("+OK POP3 ready\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("CAPA\r\n"));
        fake.serverSends("+OK Capability list follows\r\nTOP\r\nSTLS\r\n.\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("STLS\r\n"));
        fake.serverSends("+OK Begin TLS negotiation\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray(marker));
        fake.completeHandshake(chain());
        settle();
        QCOMPARE(fake.takeWritten(), QByteArray("CAPA\r\n"));
        fake.serverSends("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("QUIT\r\n"));
        QCOMPARE(fake.written(), QByteArray("CAPA\r\nSTLS\r\n[STARTTLS]CAPA\r\nQUIT\r\n"));
        fake.serverSends("+OK Logging out\r\n");

        const Report &r = finish();
        QCOMPARE(r.verdict(), Report::Verdict::Secure);
    }

    void sieveStartTls()
    {
        FakeTransport &fake = start(Protocol::Sieve, Security::StartTls);
        fake.serverSends("\"IMPLEMENTATION\" \"Test Sieve\"\r\n\"STARTTLS\"\r\nOK \"ready\"\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("STARTTLS\r\n"));
        fake.serverSends("OK \"Begin TLS\"\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray(marker));
        fake.completeHandshake(chain());
        settle();
        // ManageSieve re-sends its capabilities unasked: the client says nothing.
        QCOMPARE(fake.takeWritten(), QByteArray());
        fake.serverSends("\"IMPLEMENTATION\" \"Test Sieve\"\r\n\"SASL\" \"PLAIN\"\r\n"
                         "OK \"TLS active\"\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("LOGOUT\r\n"));
        QCOMPARE(fake.written(), QByteArray("STARTTLS\r\n[STARTTLS]LOGOUT\r\n"));
        fake.serverSends("OK \"bye\"\r\n");

        const Report &r = finish();
        QCOMPARE(r.capabilitiesAfterTls,
                 (QStringList {QStringLiteral("IMPLEMENTATION Test Sieve"),
                               QStringLiteral("SASL PLAIN")}));
        QCOMPARE(r.verdict(), Report::Verdict::Secure);
    }

    // A refused upgrade: never a ClientHello, straight to the goodbye.
    void refusedStartTls()
    {
        FakeTransport &fake = start(Protocol::Smtp, Security::StartTls);
        fake.serverSends("220 mail.test ESMTP\r\n");
        fake.serverSends("250-mail.test\r\n250 STARTTLS\r\n");
        fake.serverSends("454 4.7.0 TLS not available due to local problem\r\n");
        QCOMPARE(fake.takeWritten(),
                 QByteArray("EHLO mailinspect.localhost\r\nSTARTTLS\r\n"
                            "QUIT\r\n"));
        QVERIFY(!fake.handshakeStarted());
        QVERIFY(!fake.written().contains(marker));
        fake.serverSends("221 2.0.0 Bye\r\n");

        const Report &r = finish();
        QVERIFY(r.facts.starttlsReply.isTlsNotAvailable());
        QCOMPARE(r.findings.constFirst().id, QStringLiteral("starttls-rejected"));
        QCOMPARE(r.verdict(), Report::Verdict::Failed);
    }

    void preauthNeverStartsTls()
    {
        FakeTransport &fake = start(Protocol::Imap, Security::StartTls);
        fake.serverSends("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] logged in\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("a1 LOGOUT\r\n"));
        QVERIFY(!fake.handshakeStarted());
        fake.serverSends("* BYE\r\na1 OK bye\r\n");
        QCOMPARE(finish().step(StepId::StartTls)->status, StepStatus::Error);
    }

    // The CVE-2011-0411 probe: the upgrade and the probe in one segment, the
    // probe's tag apart from the session's, and a server that answers it
    // inside TLS is caught.
    void injectionProbeBytes_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QByteArray>("capabilities");
        QTest::addColumn<QByteArray>("segment");
        QTest::addColumn<QByteArray>("upgradeReply");
        QTest::addColumn<QByteArray>("answerInsideTls");
        QTest::addColumn<QByteArray>("nextCommand");
        QTest::newRow("smtp") << int(Protocol::Smtp) << QByteArray("220 mail.test ESMTP\r\n")
                              << QByteArray("250-mail.test\r\n250 STARTTLS\r\n")
                              << QByteArray("STARTTLS\r\nNOOP\r\n") << QByteArray("220 Ready\r\n")
                              << QByteArray("250 2.0.0 Ok\r\n")
                              << QByteArray("EHLO mailinspect.localhost\r\n");
        QTest::newRow("imap") << int(Protocol::Imap)
                              << QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n")
                              << QByteArray() << QByteArray("a1 STARTTLS\r\nx1 NOOP\r\n")
                              << QByteArray("a1 OK Begin TLS\r\n")
                              << QByteArray("x1 OK NOOP completed\r\n")
                              << QByteArray("a2 CAPABILITY\r\n");
        QTest::newRow("pop3") << int(Protocol::Pop3) << QByteArray("+OK ready\r\n")
                              << QByteArray("+OK\r\nSTLS\r\n.\r\n")
                              << QByteArray("STLS\r\nNOOP\r\n") << QByteArray("+OK go\r\n")
                              << QByteArray("+OK\r\n") << QByteArray("CAPA\r\n");
    }
    void injectionProbeBytes()
    {
        QFETCH(int, protocol);
        QFETCH(QByteArray, greeting);
        QFETCH(QByteArray, capabilities);
        QFETCH(QByteArray, segment);
        QFETCH(QByteArray, upgradeReply);
        QFETCH(QByteArray, answerInsideTls);
        QFETCH(QByteArray, nextCommand);
        FakeTransport &fake = start(Protocol(protocol), Security::StartTls, true);
        fake.serverSends(greeting);
        if (!capabilities.isEmpty())
            fake.serverSends(capabilities);
        // One write: the probe shares the upgrade command's segment.
        QCOMPARE(fake.writes().constLast(), segment);
        QVERIFY(fake.takeWritten().endsWith(segment));
        fake.serverSends(upgradeReply);
        QCOMPARE(fake.takeWritten(), QByteArray(marker));
        fake.completeHandshake(chain());
        settle();
        QCOMPARE(fake.takeWritten(), QByteArray()); // waiting for an answer to the probe
        fake.serverSends(answerInsideTls); // a vulnerable server answers it
        QCOMPARE(fake.takeWritten(), nextCommand);
        const Report &report = m_inspection->report();
        QVERIFY(report.facts.injectionCheckRan);
        QVERIFY(report.facts.injectionDetected);
        m_inspection->cancel();
    }

    void injectionProbeOnACorrectServer()
    {
        FakeTransport &fake = start(Protocol::Smtp, Security::StartTls, true, 200);
        fake.serverSends("220 mail.test ESMTP\r\n");
        fake.serverSends("250-mail.test\r\n250 STARTTLS\r\n");
        QCOMPARE(fake.takeWritten(),
                 QByteArray("EHLO mailinspect.localhost\r\nSTARTTLS\r\nNOOP\r\n"));
        // The NOOP's answer before the upgrade reply's successor is the
        // server's own business: it came in plain text, before TLS.
        fake.serverSends("220 Ready\r\n250 2.0.0 Ok\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray(marker));
        fake.completeHandshake(chain());
        // Nothing inside TLS: after a short wait the session goes on.
        QTRY_VERIFY_WITH_TIMEOUT(
            fake.written().endsWith("[STARTTLS]EHLO mailinspect.localhost\r\n"), 3000);
        QCOMPARE(fake.takeWritten(), QByteArray("EHLO mailinspect.localhost\r\n"));
        fake.serverSends("250 mail.test\r\n");
        QCOMPARE(fake.takeWritten(), QByteArray("QUIT\r\n"));
        fake.serverSends("221 bye\r\n");
        const Report &r = finish(); // the fake is gone from here on
        QVERIFY(r.facts.injectionCheckRan);
        QVERIFY(!r.facts.injectionDetected);
        QVERIFY(r.facts.injectedAfterUpgrade.isEmpty());
        QCOMPARE(r.verdict(), Report::Verdict::Secure);
    }

    void injectionProbeSkippedForSieve()
    {
        FakeTransport &fake = start(Protocol::Sieve, Security::StartTls, true);
        fake.serverSends("\"STARTTLS\"\r\nOK \"ready\"\r\n");
        QCOMPARE(fake.writes(), QList<QByteArray> {QByteArray("STARTTLS\r\n")});
        QVERIFY(!m_inspection->report().facts.injectionCheckRan);
        m_inspection->cancel();
    }

    // Plain text after the upgrade reply never reaches TLS nor the next step.
    void responseInjectionIsDiscarded()
    {
        FakeTransport &fake = start(Protocol::Smtp, Security::StartTls);
        fake.serverSends("220 mail.test ESMTP\r\n");
        fake.serverSends("250-mail.test\r\n250 STARTTLS\r\n");
        fake.serverSends("220 Ready\r\n250-injected\r\n250 evil\r\n");
        QCOMPARE(fake.takeWritten(),
                 QByteArray("EHLO mailinspect.localhost\r\nSTARTTLS\r\n[STARTTLS]"));
        QCOMPARE(fake.bytesAvailable(), 0);
        QCOMPARE(m_inspection->report().facts.injectedAfterUpgrade,
                 QByteArray("250-injected\r\n250 evil\r\n"));
        m_inspection->cancel();
    }

    // Credentials only inside TLS with a verified certificate: an unverified
    // chain gets no password, byte for byte.
    void noPasswordToAnUnverifiedServer()
    {
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.connectAddress = QStringLiteral("127.0.0.1");
        request.port = 465;
        request.protocol = Protocol::Submission;
        request.security = Security::ImplicitTls;
        request.user = QStringLiteral("alice");
        request.password = QStringLiteral("secret");
        Inspection inspection(request);
        QPointer<FakeTransport> fake;
        inspection.setTransportFactory([&fake](QObject *parent) {
            fake = new FakeTransport(parent);
            return fake.data();
        });
        QSignalSpy finished(&inspection, &Inspection::finished);
        inspection.start();
        fake->acceptConnection();
        QCOMPARE(fake->takeWritten(), QByteArray(marker)); // implicit TLS: the handshake first
        const QList<QSslCertificate> certificates = chain();
        fake->completeHandshake(
            certificates, {QSslError(QSslError::SelfSignedCertificate, certificates.constFirst())});
        QCOMPARE(fake->ignoredErrors().size(), 1);
        settle();
        fake->serverSends("220 mail.test ESMTP\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("EHLO mailinspect.localhost\r\n"));
        fake->serverSends("250-mail.test\r\n250 AUTH PLAIN LOGIN\r\n");
        QCOMPARE(fake->takeWritten(), QByteArray("QUIT\r\n"));
        QVERIFY(!fake->written().contains("AUTH"));
        fake->serverSends("221 bye\r\n");
        QVERIFY(finished.wait(5000) || !finished.isEmpty());
        QCOMPARE(inspection.report().step(StepId::Authenticate)->status, StepStatus::Skipped);
    }

    // The login unit: a SASL exchange line by line, and POP3's PASS as a
    // command of its own, only inside verified TLS.
    void loginBytes_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<QList<QByteArray>>("dialogue"); // server, client, server, client, ...
        const QByteArray user = QByteArray("alice").toBase64();
        const QByteArray password = QByteArray("s3cret").toBase64();
        QTest::newRow("smtp auth login")
            << int(Protocol::Submission) << "LOGIN"
            << QList<QByteArray> {"220 mail.test ESMTP\r\n",
                                  "EHLO mailinspect.localhost\r\n",
                                  "250-mail.test\r\n250 AUTH PLAIN LOGIN\r\n",
                                  "AUTH LOGIN\r\n",
                                  "334 VXNlcm5hbWU6\r\n",
                                  user + "\r\n",
                                  "334 UGFzc3dvcmQ6\r\n",
                                  password + "\r\n",
                                  "235 2.7.0 Authentication successful\r\n",
                                  "QUIT\r\n"};
        const QByteArray challenge = "<1896.697170952@postoffice.reston.mci.net>";
        const QByteArray cram
            = ("alice "
               + QMessageAuthenticationCode::hash(challenge, "s3cret", QCryptographicHash::Md5)
                     .toHex())
                  .toBase64();
        QTest::newRow("smtp cram-md5, the strongest offered")
            << int(Protocol::Submission) << ""
            << QList<QByteArray> {"220 mail.test ESMTP\r\n",
                                  "EHLO mailinspect.localhost\r\n",
                                  "250-mail.test\r\n250 AUTH PLAIN LOGIN CRAM-MD5\r\n",
                                  "AUTH CRAM-MD5\r\n",
                                  "334 " + challenge.toBase64() + "\r\n",
                                  cram + "\r\n",
                                  "235 2.7.0 Authentication successful\r\n",
                                  "QUIT\r\n"};
        const QByteArray plain = QByteArray("\0alice\0s3cret", 13).toBase64();
        QTest::newRow("imap authenticate plain with SASL-IR")
            << int(Protocol::Imap) << ""
            << QList<QByteArray> {"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n",
                                  "a1 AUTHENTICATE PLAIN " + plain + "\r\n", "a1 OK done\r\n",
                                  "a2 LOGOUT\r\n"};
        QTest::newRow("imap authenticate plain by continuation")
            << int(Protocol::Imap) << ""
            << QList<QByteArray> {"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n",
                                  "a1 AUTHENTICATE PLAIN\r\n",
                                  "+ \r\n",
                                  plain + "\r\n",
                                  "a1 OK done\r\n",
                                  "a2 LOGOUT\r\n"};
        QTest::newRow("sieve authenticate plain")
            << int(Protocol::Sieve) << "PLAIN"
            << QList<QByteArray> {"\"SASL\" \"PLAIN LOGIN\"\r\nOK ready\r\n",
                                  "AUTHENTICATE \"PLAIN\" \"" + plain + "\"\r\n",
                                  "OK \"Logged in.\"\r\n", "LOGOUT\r\n"};
        QTest::newRow("pop3 user pass")
            << int(Protocol::Pop3) << ""
            << QList<QByteArray> {"+OK ready\r\n",      "CAPA\r\n", "+OK\r\nUSER\r\n.\r\n",
                                  "USER alice\r\n",     "+OK\r\n",  "PASS s3cret\r\n",
                                  "+OK Logged in.\r\n", "QUIT\r\n"};
    }
    void loginBytes()
    {
        QFETCH(int, protocol);
        QFETCH(QString, mechanism);
        QFETCH(QList<QByteArray>, dialogue);
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.connectAddress = QStringLiteral("127.0.0.1");
        request.port = defaultPort(Protocol(protocol), Security::ImplicitTls);
        request.protocol = Protocol(protocol);
        request.security = Security::ImplicitTls;
        request.user = QStringLiteral("alice");
        request.password = QStringLiteral("s3cret");
        request.authMechanism = saslMechanismFromName(mechanism);
        request.checkMailbox = false; // the dialogue ends at the login
        Inspection inspection(request);
        QPointer<FakeTransport> fake;
        inspection.setTransportFactory([&fake](QObject *parent) {
            fake = new FakeTransport(parent);
            return fake.data();
        });
        QSignalSpy finished(&inspection, &Inspection::finished);
        inspection.start();
        fake->acceptConnection();
        QCOMPARE(fake->takeWritten(), QByteArray(marker));
        fake->completeHandshake(chain());
        settle();
        for (qsizetype i = 0; i + 1 < dialogue.size(); i += 2) {
            fake->serverSends(dialogue.at(i));
            QCOMPARE(fake->takeWritten(), dialogue.at(i + 1));
        }
        fake->serverSends(protocol == int(Protocol::Pop3) ? "+OK bye\r\n" : "221 bye\r\n");
        QVERIFY(finished.wait(5000) || !finished.isEmpty());
        const Report &r = inspection.report();
        QVERIFY(r.facts.authSucceeded);
        for (const TranscriptEvent &e : r.transcript)
            QVERIFY2(!e.text.contains(QStringLiteral("s3cret")), qPrintable(e.text));
    }

    // The checks after a successful login, byte for byte: IMAP opens the inbox
    // read-only and asks for its quota (QUOTA from the login's answer), POP3
    // counts, SMTP's test envelope ends in RSET, never DATA.
    void accountBytes_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QList<QByteArray>>("dialogue"); // server, client, server, client, ...
        QTest::addColumn<QByteArray>("goodbye");
        QTest::newRow("imap inbox and quota")
            << int(Protocol::Imap)
            << QList<QByteArray> {"* OK [CAPABILITY IMAP4rev1] ready\r\n",
                                  "a1 LOGIN \"alice\" \"s3cret\"\r\n",
                                  "a1 OK [CAPABILITY IMAP4rev1 QUOTA] Logged in\r\n",
                                  "a2 EXAMINE INBOX\r\n",
                                  "* 7 EXISTS\r\na2 OK [READ-ONLY] done\r\n",
                                  "a3 GETQUOTAROOT INBOX\r\n",
                                  "* QUOTAROOT INBOX \"\"\r\n* QUOTA \"\" (STORAGE 10 100)\r\n"
                                  "a3 OK done\r\n",
                                  "a4 LOGOUT\r\n"}
            << QByteArray("* BYE\r\na4 OK bye\r\n");
        QTest::newRow("pop3 stat")
            << int(Protocol::Pop3) << QList<QByteArray> {"+OK ready\r\n",
                                                         "CAPA\r\n",
                                                         "+OK\r\nUSER\r\n.\r\n",
                                                         "USER alice\r\n",
                                                         "+OK\r\n",
                                                         "PASS s3cret\r\n",
                                                         "+OK Logged in.\r\n",
                                                         "STAT\r\n",
                                                         "+OK 7 7000\r\n",
                                                         "QUIT\r\n"}
            << QByteArray("+OK bye\r\n");
        QTest::newRow("smtp envelope")
            << int(Protocol::Submission)
            << QList<QByteArray> {"220 mail.test ESMTP\r\n",
                                  "EHLO mailinspect.localhost\r\n",
                                  "250-mail.test\r\n250 AUTH PLAIN\r\n",
                                  "AUTH PLAIN " + QByteArray("\0alice\0s3cret", 13).toBase64()
                                      + "\r\n",
                                  "235 2.7.0 ok\r\n",
                                  "MAIL FROM:<alice@mail.test>\r\n",
                                  "250 2.1.0 Ok\r\n",
                                  "RCPT TO:<bob@mail.test>\r\n",
                                  "250 2.1.5 Ok\r\n",
                                  "RSET\r\n",
                                  "250 2.0.0 Ok\r\n",
                                  "QUIT\r\n"}
            << QByteArray("221 bye\r\n");
    }
    void accountBytes()
    {
        QFETCH(int, protocol);
        QFETCH(QList<QByteArray>, dialogue);
        QFETCH(QByteArray, goodbye);
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.connectAddress = QStringLiteral("127.0.0.1");
        request.port = defaultPort(Protocol(protocol), Security::ImplicitTls);
        request.protocol = Protocol(protocol);
        request.security = Security::ImplicitTls;
        request.user = QStringLiteral("alice");
        request.password = QStringLiteral("s3cret");
        if (protocol == int(Protocol::Imap))
            request.authMechanism = SaslMechanism::ImapLogin;
        request.mailFrom = QStringLiteral("alice@mail.test");
        request.rcptTo = QStringLiteral("bob@mail.test");
        Inspection inspection(request);
        QPointer<FakeTransport> fake;
        inspection.setTransportFactory([&fake](QObject *parent) {
            fake = new FakeTransport(parent);
            return fake.data();
        });
        QSignalSpy finished(&inspection, &Inspection::finished);
        inspection.start();
        fake->acceptConnection();
        QCOMPARE(fake->takeWritten(), QByteArray(marker));
        fake->completeHandshake(chain());
        settle();
        for (qsizetype i = 0; i + 1 < dialogue.size(); i += 2) {
            fake->serverSends(dialogue.at(i));
            QCOMPARE(fake->takeWritten(), dialogue.at(i + 1));
        }
        fake->serverSends(goodbye);
        QVERIFY(finished.wait(5000) || !finished.isEmpty());
        const Report &r = inspection.report();
        for (const TranscriptEvent &e : r.transcript) // never a message
            QVERIFY2(!e.text.startsWith(QLatin1String("DATA")), qPrintable(e.text));
        QVERIFY(r.findings.isEmpty() || r.findings.constFirst().severity != Severity::Error);
        if (protocol == int(Protocol::Imap)) {
            QCOMPARE(r.account.messages, 7);
            QCOMPARE(r.account.quotaUsage, 10);
            QCOMPARE(r.account.quotaLimit, 100);
        } else if (protocol == int(Protocol::Pop3)) {
            QCOMPARE(r.account.messages, 7);
            QCOMPARE(r.account.mailboxBytes, 7000);
        } else {
            QVERIFY(r.account.senderReply.isPositive());
            QVERIFY(r.account.recipientReply.isPositive());
            QVERIFY(r.account.resetSent);
        }
    }

    void refusedConnection()
    {
        FakeTransport *fake = nullptr;
        InspectionRequest request;
        request.host = QStringLiteral("127.0.0.1");
        request.port = 2525;
        Inspection inspection(request);
        inspection.setTransportFactory([&fake](QObject *parent) {
            fake = new FakeTransport(parent);
            return fake;
        });
        QSignalSpy finished(&inspection, &Inspection::finished);
        inspection.start();
        fake->refuseConnection();
        QVERIFY(finished.wait(5000) || !finished.isEmpty());
        QCOMPARE(inspection.report().facts.connectOutcome, ConnectOutcome::Refused);
    }
};

QTEST_GUILESS_MAIN(TestFakeTransport)
#include "tst_faketransport.moc"
