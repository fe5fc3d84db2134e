// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Each misbehaviour of KNOWLEDGE.md played by the scripted server on
// loopback, inspected by the real engine, and judged by the diagnosis: the
// finding a help desk must see first (id, severity, step), and what must not
// be said. Every scenario ends within its timeouts; none hangs.

#include "diagnosis/diagnosis.h"
#include "readback.h"
#include "session/inspection.h"
#include "session/multiaddressinspection.h"
#include "simulator/certificatestore.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace MailInspect;

namespace {

constexpr int stepTimeoutMs = 1500;

const CertificateStore &certificates()
{
    static const CertificateStore store = CertificateStore::fromDirectory(Test::pkiDir());
    return store;
}

QList<QSslCertificate> testCa()
{
    return QSslCertificate::fromPath(Test::pkiFile(QStringLiteral("ca.pem")));
}

// --- scripts -------------------------------------------------------------------

const QString smtpEhlo = QStringLiteral("C: EHLO *\n"
                                        "S: 250-mail.test\n"
                                        "S: 250-PIPELINING\n"
                                        "S: 250-STARTTLS\n"
                                        "S: 250 8BITMIME\n");
const QString smtpInsideTls = QStringLiteral("C: EHLO *\n"
                                             "S: 250-mail.test\n"
                                             "S: 250-PIPELINING\n"
                                             "S: 250 AUTH PLAIN LOGIN\n");
const QString smtpQuit = QStringLiteral("C: QUIT\n"
                                        "S: 221 2.0.0 Bye\n"
                                        "!close\n");

QString smtpStartTls(const QString &certificate,
                     const QString &greeting = QStringLiteral("S: 220 mail.test ESMTP\n"))
{
    return greeting + smtpEhlo
        + QStringLiteral("C: STARTTLS\n"
                         "S: 220 2.0.0 Ready to start TLS\n"
                         "!tls %1\n")
              .arg(certificate)
        + smtpInsideTls + smtpQuit;
}

QString imapStartTls(const QString &capabilities)
{
    return QStringLiteral("S: * OK mail.test IMAP4rev1 ready\n"
                          "C: * CAPABILITY\n"
                          "S: * CAPABILITY %1\n"
                          "S: ${tag} OK Capability completed.\n"
                          "C: * STARTTLS\n"
                          "S: ${tag} OK Begin TLS negotiation now.\n"
                          "!tls good\n"
                          "C: * CAPABILITY\n"
                          "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                          "S: ${tag} OK Capability completed.\n"
                          "C: * LOGOUT\n"
                          "S: * BYE Logging out\n"
                          "S: ${tag} OK Logout completed.\n"
                          "!close\n")
        .arg(capabilities);
}

struct Scenario
{
    QString name;
    Protocol protocol;
    Security security;
    QString script;
    QString firstId; ///< empty: no error finding at all
    Severity severity = Severity::Error;
    StepId step = StepId::Greeting;
    QString verdict; ///< empty: not checked
    QStringList absent = {};
    QStringList present = {};
    int timeoutMs = stepTimeoutMs;
    bool trustTestCa = true;
    QString user = {};
    int deadlineMs = 0;
    QString mailFrom = {};
    QString rcptTo = {};
};

// A login over STARTTLS, then what follows it (the server's answer to the
// login, the checks after it) and the goodbye: one per protocol.
QString smtpLogin(const QString &afterLogin)
{
    return QStringLiteral("S: 220 mail.test ESMTP\n") + smtpEhlo
        + QStringLiteral("C: STARTTLS\n"
                         "S: 220 2.0.0 Ready to start TLS\n"
                         "!tls good\n"
                         "C: EHLO *\n"
                         "S: 250-mail.test\n"
                         "S: 250 AUTH PLAIN\n"
                         "C: AUTH *\n")
        + afterLogin + smtpQuit;
}

QString imapLogin(const QString &afterLogin,
                  const QString &capabilities = QStringLiteral("IMAP4rev1"))
{
    return QStringLiteral("S: * OK mail.test IMAP4rev1 ready\n"
                          "C: * CAPABILITY\n"
                          "S: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\n"
                          "S: ${tag} OK Capability completed.\n"
                          "C: * STARTTLS\n"
                          "S: ${tag} OK Begin TLS negotiation now.\n"
                          "!tls good\n"
                          "C: * CAPABILITY\n"
                          "S: * CAPABILITY %1\n"
                          "S: ${tag} OK Capability completed.\n"
                          "C: * LOGIN *\n")
               .arg(capabilities)
        + afterLogin
        + QStringLiteral("C: * LOGOUT\n"
                         "S: * BYE Logging out\n"
                         "S: ${tag} OK Logout completed.\n"
                         "!close\n");
}

QString pop3Login(const QString &afterLogin)
{
    return QStringLiteral("S: +OK Dovecot ready.\n"
                          "C: CAPA\n"
                          "S: +OK\n"
                          "S: STLS\n"
                          "S: .\n"
                          "C: STLS\n"
                          "S: +OK Begin TLS negotiation now.\n"
                          "!tls good\n"
                          "C: CAPA\n"
                          "S: +OK\n"
                          "S: USER\n"
                          "S: .\n"
                          "C: USER *\n"
                          "S: +OK\n"
                          "C: PASS *\n")
        + afterLogin
        + QStringLiteral("C: QUIT\n"
                         "S: +OK Logging out.\n"
                         "!close\n");
}

QString sieveLogin(const QString &afterLogin)
{
    return QStringLiteral("S: \"IMPLEMENTATION\" \"Dovecot Pigeonhole\"\n"
                          "S: \"SASL\" \"\"\n"
                          "S: \"STARTTLS\"\n"
                          "S: OK \"ready\"\n"
                          "C: STARTTLS\n"
                          "S: OK \"Begin TLS negotiation now.\"\n"
                          "!tls good\n"
                          "S: \"IMPLEMENTATION\" \"Dovecot Pigeonhole\"\n"
                          "S: \"SASL\" \"PLAIN\"\n"
                          "S: OK \"TLS negotiation successful.\"\n"
                          "C: AUTHENTICATE *\n")
        + afterLogin
        + QStringLiteral("C: LOGOUT\n"
                         "S: OK \"Logout completed.\"\n"
                         "!close\n");
}

QList<Scenario> scenarios()
{
    const QString secure = QStringLiteral("secure");
    const QString insecure = QStringLiteral("insecure");
    const QString failed = QStringLiteral("failed");
    const Protocol smtp = Protocol::Submission;
    const Security starttls = Security::StartTls;
    QList<Scenario> s;

    s << Scenario {QStringLiteral("healthy submission"),
                   smtp,
                   starttls,
                   smtpStartTls(QStringLiteral("good")),
                   {},
                   Severity::Error,
                   StepId::Greeting,
                   secure};
    s << Scenario {QStringLiteral("healthy imaps"),
                   Protocol::Imap,
                   Security::ImplicitTls,
                   QStringLiteral("!tls good\n"
                                  "S: * OK mail.test IMAP4rev1 ready\n"
                                  "C: * CAPABILITY\n"
                                  "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                  "S: ${tag} OK done\n"
                                  "C: * LOGOUT\n"
                                  "S: * BYE bye\n"
                                  "S: ${tag} OK done\n"
                                  "!close\n"),
                   {},
                   Severity::Error,
                   StepId::Greeting,
                   secure};

    // Middleboxes and reluctant servers.
    s << Scenario {QStringLiteral("masked banner and stripped STARTTLS"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 ******************************\n"
                                  "C: EHLO *\n"
                                  "S: 250-mail.test\n"
                                  "S: 250-PIPELINING\n"
                                  "S: 250-XXXXXXXA\n"
                                  "S: 250 8BITMIME\n")
                       + smtpQuit,
                   QStringLiteral("starttls-stripped"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("starttls-not-offered")},
                   {QStringLiteral("greeting-masked")}};
    s << Scenario {QStringLiteral("454 to STARTTLS"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\n") + smtpEhlo
                       + QStringLiteral("C: STARTTLS\n"
                                        "S: 454 4.7.0 TLS not available due to local problem\n")
                       + smtpQuit,
                   QStringLiteral("starttls-rejected"),
                   Severity::Error,
                   StepId::StartTls,
                   failed,
                   {QStringLiteral("starttls-not-offered"), QStringLiteral("temporary-failure")}};
    s << Scenario {QStringLiteral("421 greeting"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 421 4.3.2 Service not available\n!close\n"),
                   QStringLiteral("service-unavailable"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   {QStringLiteral("starttls-not-offered"), QStringLiteral("greeting-timeout")}};
    s << Scenario {QStringLiteral("554 greeting"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 554 5.7.1 No SMTP service here\n") + smtpQuit,
                   QStringLiteral("service-unavailable"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   {QStringLiteral("starttls-not-offered")}};
    s << Scenario {QStringLiteral("greylisting 450"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 450 4.3.2 Service currently unavailable\n!close\n"),
                   QStringLiteral("temporary-failure"),
                   Severity::Warning,
                   StepId::Greeting,
                   failed,
                   {QStringLiteral("starttls-not-offered"), QStringLiteral("service-unavailable"),
                    QStringLiteral("greeting-timeout")}};
    s << Scenario {QStringLiteral("421 to EHLO"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\n"
                                  "C: EHLO *\n"
                                  "S: 421 4.7.0 mail.test Error: too many connections\n"
                                  "!close\n"),
                   QStringLiteral("service-unavailable"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("starttls-not-offered")}};
    s << Scenario {QStringLiteral("EHLO and HELO refused"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\n"
                                  "C: EHLO *\n"
                                  "S: 554 5.7.1 You are not welcome here\n"
                                  "C: HELO *\n"
                                  "S: 554 5.7.1 You are not welcome here\n")
                       + smtpQuit,
                   QStringLiteral("service-unavailable"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("starttls-not-offered")}};
    s << Scenario {QStringLiteral("rate limit 451 to EHLO"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\n"
                                  "C: EHLO *\n"
                                  "S: 451 4.7.1 Slow down, try again later\n")
                       + smtpQuit,
                   QStringLiteral("temporary-failure"),
                   Severity::Warning,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("starttls-not-offered")}};
    s << Scenario {QStringLiteral("silent server"),
                   smtp,
                   starttls,
                   QStringLiteral("!silence\n"),
                   QStringLiteral("greeting-timeout"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   {QStringLiteral("wrong-security-mode"), QStringLiteral("starttls-not-offered")}};
    s << Scenario {QStringLiteral("close before the greeting"),
                   smtp,
                   starttls,
                   QStringLiteral("!close\n"),
                   QStringLiteral("greeting-timeout"),
                   Severity::Error,
                   StepId::Greeting,
                   failed};
    s << Scenario {QStringLiteral("reset before the greeting"),
                   smtp,
                   starttls,
                   QStringLiteral("!reset\n"),
                   QStringLiteral("greeting-timeout"),
                   Severity::Error,
                   StepId::Greeting,
                   failed};
    s << Scenario {QStringLiteral("postscreen teaser with a 6 s pause"),
                   smtp,
                   starttls,
                   smtpStartTls(QStringLiteral("good"),
                                QStringLiteral("S: 220-mail.test ESMTP\n"
                                               "!delay 6000\n"
                                               "S: 220 mail.test ESMTP\n")),
                   QStringLiteral("slow-greeting"),
                   Severity::Warning,
                   StepId::Greeting,
                   secure,
                   {},
                   {},
                   9000};
    s << Scenario {QStringLiteral("EHLO refused, HELO only"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test SMTP\n"
                                  "C: EHLO *\n"
                                  "S: 502 5.5.2 Error: command not recognized\n"
                                  "C: HELO *\n"
                                  "S: 250 mail.test\n")
                       + smtpQuit,
                   QStringLiteral("starttls-not-offered"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("service-unavailable")}};
    s << Scenario {QStringLiteral("IMAP PREAUTH"),
                   Protocol::Imap,
                   starttls,
                   QStringLiteral("S: * PREAUTH IMAP4rev1 server logged in as joe\n"
                                  "C: * CAPABILITY\n"
                                  "S: * CAPABILITY IMAP4rev1 STARTTLS\n"
                                  "S: ${tag} OK done\n"
                                  "C: * LOGOUT\n"
                                  "S: * BYE bye\n"
                                  "S: ${tag} OK done\n"
                                  "!close\n"),
                   QStringLiteral("imap-preauth"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   {QStringLiteral("starttls-not-offered"), QStringLiteral("starttls-rejected")}};
    s << Scenario {QStringLiteral("IMAP without LOGINDISABLED"),
                   Protocol::Imap,
                   starttls,
                   imapStartTls(QStringLiteral("IMAP4rev1 STARTTLS AUTH=PLAIN")),
                   QStringLiteral("plaintext-auth-offered"),
                   Severity::Warning,
                   StepId::Capabilities,
                   secure};
    s << Scenario {QStringLiteral("IMAP with LOGINDISABLED"),
                   Protocol::Imap,
                   starttls,
                   imapStartTls(QStringLiteral("IMAP4rev1 STARTTLS LOGINDISABLED")),
                   {},
                   Severity::Error,
                   StepId::Greeting,
                   secure,
                   {QStringLiteral("plaintext-auth-offered")}};
    s << Scenario {QStringLiteral("SMTP AUTH before TLS"),
                   smtp,
                   starttls,
                   smtpStartTls(QStringLiteral("good"))
                       .replace(QStringLiteral("S: 250-STARTTLS\n"),
                                QStringLiteral("S: 250-STARTTLS\nS: 250-AUTH PLAIN LOGIN\n")),
                   QStringLiteral("plaintext-auth-offered"),
                   Severity::Warning,
                   StepId::Capabilities,
                   secure};
    s << Scenario {QStringLiteral("POP3 without STLS"),
                   Protocol::Pop3,
                   starttls,
                   QStringLiteral("S: +OK POP3 ready\n"
                                  "C: CAPA\n"
                                  "S: +OK\n"
                                  "S: TOP\n"
                                  "S: UIDL\n"
                                  "S: USER\n"
                                  "S: .\n"
                                  "C: QUIT\n"
                                  "S: +OK bye\n"
                                  "!close\n"),
                   QStringLiteral("starttls-not-offered"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {},
                   {QStringLiteral("plaintext-auth-offered")}};
    s << Scenario {QStringLiteral("POP3 whose CAPA fails but STLS works"),
                   Protocol::Pop3,
                   starttls,
                   QStringLiteral("S: +OK POP3 ready\n"
                                  "C: CAPA\n"
                                  "S: -ERR unknown command\n"
                                  "C: STLS\n"
                                  "S: +OK Begin TLS negotiation\n"
                                  "!tls good\n"
                                  "C: CAPA\n"
                                  "S: -ERR unknown command\n"
                                  "C: QUIT\n"
                                  "S: +OK bye\n"
                                  "!close\n"),
                   {},
                   Severity::Error,
                   StepId::Greeting,
                   secure,
                   {QStringLiteral("starttls-not-offered")}};

    // STARTTLS and TLS trouble.
    s << Scenario {QStringLiteral("response injection"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\n") + smtpEhlo
                       + QStringLiteral("C: STARTTLS\n"
                                        "!raw 220 2.0.0 Ready to start TLS\\r\\n"
                                        "250-INJECTED FAKE REPLY\\r\\n\n"
                                        "!tls good\n")
                       + smtpInsideTls + smtpQuit,
                   QStringLiteral("starttls-response-injection"),
                   Severity::Error,
                   StepId::StartTls,
                   insecure};
    s << Scenario {QStringLiteral("close right after the upgrade reply"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\n") + smtpEhlo
                       + QStringLiteral("C: STARTTLS\n"
                                        "S: 220 2.0.0 Ready to start TLS\n"
                                        "!close\n"),
                   QStringLiteral("tls-handshake-failed"),
                   Severity::Error,
                   StepId::TlsHandshake,
                   failed,
                   {QStringLiteral("starttls-rejected")}};

    // Certificates.
    struct Cert
    {
        const char *name;
        const char *id;
    };
    for (const Cert &c : {Cert {"expired", "certificate-expired"},
                          Cert {"notyetvalid", "certificate-not-yet-valid"},
                          Cert {"wrongname", "certificate-name-mismatch"},
                          Cert {"selfsigned", "certificate-untrusted"},
                          Cert {"nointermediate", "certificate-chain-incomplete"}}) {
        const QString name = QString::fromLatin1(c.name);
        const QStringList absent = name == QLatin1String("nointermediate")
            ? QStringList {QStringLiteral("certificate-untrusted")}
            : QStringList {QStringLiteral("tls-handshake-failed")};
        s << Scenario {QStringLiteral("certificate ") + name,
                       smtp,
                       starttls,
                       smtpStartTls(name),
                       QString::fromLatin1(c.id),
                       Severity::Error,
                       StepId::Certificate,
                       insecure,
                       absent};
    }
    s << Scenario {QStringLiteral("certificate from an unknown CA"),
                   smtp,
                   starttls,
                   smtpStartTls(QStringLiteral("good")),
                   QStringLiteral("certificate-untrusted"),
                   Severity::Error,
                   StepId::Certificate,
                   insecure,
                   {QStringLiteral("certificate-chain-incomplete")},
                   {},
                   stepTimeoutMs,
                   false};

    // Broken replies.
    s << Scenario {QStringLiteral("endless line"),
                   smtp,
                   starttls,
                   QStringLiteral("!flood 200000 A\n!silence\n"),
                   QStringLiteral("line-too-long"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   {QStringLiteral("greeting-timeout")}};
    s << Scenario {QStringLiteral("EHLO never answered"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\nC: EHLO *\n!silence\n"),
                   QStringLiteral("protocol-violation"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("starttls-not-offered")}};
    s << Scenario {QStringLiteral("binary garbage"),
                   smtp,
                   starttls,
                   QStringLiteral("!raw \\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03 "
                                  "\\xff\\xfe\\x00garbage\\r\\n\n!silence\n"),
                   QStringLiteral("protocol-violation"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   {QStringLiteral("greeting-timeout")}};

    // Bytes without a line end: evidence, never "the server said nothing".
    const QStringList notSilence {QStringLiteral("greeting-timeout"),
                                  QStringLiteral("wrong-security-mode")};
    s << Scenario {QStringLiteral("greeting without a line end"),
                   smtp,
                   starttls,
                   QStringLiteral("!raw 220 mail.test ESMTP ready\n!silence\n"),
                   QStringLiteral("line-not-terminated"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   notSilence};
    s << Scenario {QStringLiteral("greeting ending in a bare CR"),
                   smtp,
                   starttls,
                   QStringLiteral("!raw 220 mail.test ESMTP ready\\r\n!silence\n"),
                   QStringLiteral("line-not-terminated"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   notSilence};
    s << Scenario {QStringLiteral("slow drip that never ends a line"),
                   smtp,
                   starttls,
                   QStringLiteral("!raw 2\n!delay 200\n!raw 20\n!delay 200\n!raw  mail\n"
                                  "!delay 200\n!raw .test\n!silence\n"),
                   QStringLiteral("line-not-terminated"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   notSilence};
    s << Scenario {QStringLiteral("IMAP literal cut short"),
                   Protocol::Imap,
                   starttls,
                   QStringLiteral("!raw * OK {50}\\r\\nnot fifty bytes\n!silence\n"),
                   QStringLiteral("line-not-terminated"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   notSilence};
    s << Scenario {QStringLiteral("EHLO reply cut short"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\nC: EHLO *\n"
                                  "!raw 250-mail.test\\r\\n250 STARTT\n!silence\n"),
                   QStringLiteral("line-not-terminated"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("starttls-not-offered")}};

    // Replies belong to their commands.
    s << Scenario {QStringLiteral("replies flooded ahead of EHLO"),
                   smtp,
                   starttls,
                   QStringLiteral("!raw 220 mail.test ESMTP\\r\\n250 ok\\r\\n250 ok\\r\\n"
                                  "250 ok\\r\\n\n!silence\n"),
                   QStringLiteral("protocol-violation"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("starttls-not-offered")}};
    s << Scenario {QStringLiteral("a stale 250 waiting for QUIT"),
                   smtp,
                   Security::None,
                   QStringLiteral("S: 220 mail.test ESMTP\nC: EHLO *\n"
                                  "!raw 250-mail.test\\r\\n250 8BITMIME\\r\\n250 ok\\r\\n\n"
                                  "C: QUIT\nS: 221 bye\n!close\n"),
                   QStringLiteral("protocol-violation"),
                   Severity::Error,
                   StepId::Quit,
                   insecure};
    s << Scenario {QStringLiteral("more replies than commands after QUIT"),
                   smtp,
                   Security::None,
                   QStringLiteral("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250 mail.test\n"
                                  "C: QUIT\n!raw 221 bye\\r\\n250 ok\\r\\n\n!close\n"),
                   QStringLiteral("protocol-violation"),
                   Severity::Error,
                   StepId::Quit,
                   insecure};
    s << Scenario {QStringLiteral("IMAP reply with a tag never sent"),
                   Protocol::Imap,
                   starttls,
                   QStringLiteral("S: * OK ready\nC: * CAPABILITY\n"
                                  "S: * CAPABILITY IMAP4rev1 STARTTLS\nS: zz9 OK done\n"
                                  "!silence\n"),
                   QStringLiteral("protocol-violation"),
                   Severity::Error,
                   StepId::Capabilities,
                   failed,
                   {QStringLiteral("starttls-not-offered")}};

    // Every step answers within its timeout; together they take too long.
    {
        Scenario slow {QStringLiteral("slow in every step, whole deadline"),
                       smtp,
                       starttls,
                       QStringLiteral("S: 220-mail.test\n!delay 700\nS: 220 mail.test ESMTP\n"
                                      "C: EHLO *\n!delay 700\nS: 250-mail.test\n"
                                      "S: 250 STARTTLS\nC: STARTTLS\n!delay 700\n"
                                      "S: 220 2.0.0 Ready to start TLS\n!tls good\n")
                           + smtpInsideTls + smtpQuit,
                       QStringLiteral("deadline-exceeded"),
                       Severity::Error,
                       StepId::StartTls,
                       failed,
                       {QStringLiteral("starttls-rejected"), QStringLiteral("protocol-violation")}};
        slow.deadlineMs = 1800;
        s << slow;
    }

    // Wrong security mode, both directions: confirmed by the follow-up attempt.
    s << Scenario {QStringLiteral("STARTTLS on an implicit-TLS port"),
                   smtp,
                   starttls,
                   QStringLiteral("!tls good\nS: 220 mail.test ESMTP\n") + smtpQuit,
                   QStringLiteral("wrong-security-mode"),
                   Severity::Error,
                   StepId::Greeting,
                   failed,
                   {QStringLiteral("greeting-timeout")}};
    s << Scenario {QStringLiteral("SSL/TLS on a STARTTLS port"),
                   smtp,
                   Security::ImplicitTls,
                   QStringLiteral("S: 220 mail.test ESMTP\n") + smtpEhlo + smtpQuit,
                   QStringLiteral("wrong-security-mode"),
                   Severity::Error,
                   StepId::TlsHandshake,
                   failed,
                   {QStringLiteral("tls-handshake-failed")}};

    // Login.
    s << Scenario {QStringLiteral("login refused"),
                   smtp,
                   starttls,
                   QStringLiteral("S: 220 mail.test ESMTP\n") + smtpEhlo
                       + QStringLiteral("C: STARTTLS\n"
                                        "S: 220 2.0.0 Ready to start TLS\n"
                                        "!tls good\n")
                       + smtpInsideTls
                       + QStringLiteral("C: AUTH *\n"
                                        "S: 535 5.7.8 Error: authentication failed\n")
                       + smtpQuit,
                   QStringLiteral("auth-failed"),
                   Severity::Error,
                   StepId::Authenticate,
                   secure,
                   {},
                   {},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe")};

    // Provider-style refusals replayed by a scripted server, one per protocol
    // where they apply: each its own finding, and the verdict still secure.
    struct Refusal
    {
        const char *name;
        Protocol protocol;
        QString script;
        const char *id;
    };
    const QList<Refusal> refusals {
        {"Gmail app password (SMTP)", smtp,
         smtpLogin(QStringLiteral(
             "S: 534-5.7.9 Application-specific password required. Learn more at\n"
             "S: 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp\n")),
         "auth-app-password-required"},
        {"Gmail web login (SMTP)", smtp,
         smtpLogin(QStringLiteral(
             "S: 534-5.7.9 Please log in with your web browser and then try again. Learn more\n"
             "S: 534 5.7.9  https://support.google.com/mail/?p=WebLoginRequired - gsmtp\n")),
         "auth-app-password-required"},
        {"Microsoft 365 SMTP AUTH disabled", smtp,
         smtpLogin(QStringLiteral("S: 535 5.7.139 Authentication unsuccessful, "
                                  "SmtpClientAuthentication is disabled for the Tenant.\n")),
         "auth-basic-disabled"},
        {"Microsoft 365 basic auth retired", smtp,
         smtpLogin(QStringLiteral(
             "S: 550 5.7.30 Basic authentication is not supported for Client Submission.\n")),
         "auth-basic-disabled"},
        {"Postfix temporary", smtp,
         smtpLogin(QStringLiteral("S: 454 4.7.0 Temporary authentication failure\n")),
         "auth-temporary"},
        {"Gmail app password (IMAP)", Protocol::Imap,
         imapLogin(QStringLiteral("S: ${tag} NO [ALERT] Application-specific password required: "
                                  "https://support.google.com/accounts/answer/185833 "
                                  "(Failure)\n")),
         "auth-app-password-required"},
        {"Gmail web login (IMAP)", Protocol::Imap,
         imapLogin(QStringLiteral(
             "S: * NO [WEBALERT https://accounts.google.com/signin/continue?x=1] Web login "
             "required.\n"
             "S: ${tag} NO [ALERT] Please log in via your web browser (Failure)\n")),
         "auth-app-password-required"},
        {"Exchange Online IMAP", Protocol::Imap,
         imapLogin(QStringLiteral("S: ${tag} NO Basic authentication is disabled.\n")),
         "auth-basic-disabled"},
        {"Dovecot IMAP wrong password", Protocol::Imap,
         imapLogin(QStringLiteral("S: ${tag} NO [AUTHENTICATIONFAILED] Authentication failed.\n")),
         "auth-failed"},
        {"IMAP expired", Protocol::Imap,
         imapLogin(QStringLiteral("S: ${tag} NO [EXPIRED] Password expired.\n")),
         "auth-account-problem"},
        {"IMAP unavailable", Protocol::Imap,
         imapLogin(QStringLiteral("S: ${tag} NO [UNAVAILABLE] Try later.\n")), "auth-temporary"},
        {"POP3 in use", Protocol::Pop3,
         pop3Login(QStringLiteral("S: -ERR [IN-USE] Mailbox is locked by another session.\n")),
         "auth-account-problem"},
        {"POP3 wrong password", Protocol::Pop3,
         pop3Login(QStringLiteral("S: -ERR [AUTH] Authentication failed.\n")), "auth-failed"},
        {"POP3 SYS/TEMP", Protocol::Pop3,
         pop3Login(QStringLiteral("S: -ERR [SYS/TEMP] Temporary failure.\n")), "auth-temporary"},
        {"Sieve try later", Protocol::Sieve,
         sieveLogin(QStringLiteral("S: NO (TRYLATER) \"Try again later\"\n")), "auth-temporary"},
        {"Sieve wrong password", Protocol::Sieve,
         sieveLogin(QStringLiteral("S: NO \"Authentication failed.\"\n")), "auth-failed"},
    };
    for (const Refusal &r : refusals) {
        s << Scenario {QString::fromLatin1(r.name),
                       r.protocol,
                       starttls,
                       r.script,
                       QString::fromLatin1(r.id),
                       Severity::Error,
                       StepId::Authenticate,
                       secure,
                       {},
                       {},
                       stepTimeoutMs,
                       true,
                       QStringLiteral("joe")};
    }

    // After a successful login: the inbox, its quota, the test envelope.
    const QString loggedIn = QStringLiteral("S: ${tag} OK Logged in\n");
    const QString examine = QStringLiteral("C: * EXAMINE INBOX\n"
                                           "S: * FLAGS (\\Seen)\n"
                                           "S: * 1234 EXISTS\n"
                                           "S: ${tag} OK [READ-ONLY] Examine completed\n");
    const auto quota = [&](const QString &resources) {
        return loggedIn + examine
            + QStringLiteral("C: * GETQUOTAROOT INBOX\n"
                             "S: * QUOTAROOT INBOX \"User quota\"\n"
                             "S: * QUOTA \"User quota\" (%1)\n"
                             "S: ${tag} OK Getquotaroot completed\n")
                  .arg(resources);
    };
    const QString withQuota = QStringLiteral("IMAP4rev1 QUOTA");
    s << Scenario {
        QStringLiteral("quota at 95 %"),
        Protocol::Imap,
        starttls,
        imapLogin(quota(QStringLiteral("STORAGE 972800 1024000 MESSAGE 1234 100000")), withQuota),
        {},
        Severity::Warning,
        StepId::Quota,
        secure,
        {QStringLiteral("mailbox-full")},
        {QStringLiteral("mailbox-nearly-full")},
        stepTimeoutMs,
        true,
        QStringLiteral("joe")};
    s << Scenario {QStringLiteral("quota at 100 %"),
                   Protocol::Imap,
                   starttls,
                   imapLogin(quota(QStringLiteral("STORAGE 1024000 1024000")), withQuota),
                   QStringLiteral("mailbox-full"),
                   Severity::Error,
                   StepId::Quota,
                   secure,
                   {QStringLiteral("mailbox-nearly-full")},
                   {},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe")};
    s << Scenario {QStringLiteral("inbox without quota"),
                   Protocol::Imap,
                   starttls,
                   imapLogin(loggedIn + examine),
                   {},
                   Severity::Warning,
                   StepId::Mailbox,
                   secure,
                   {QStringLiteral("mailbox-nearly-full"), QStringLiteral("mailbox-check-failed")},
                   {},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe")};
    s << Scenario {
        QStringLiteral("garbage quota"),
        Protocol::Imap,
        starttls,
        imapLogin(quota(QStringLiteral("STORAGE 99999999999999999999999 -1 BOGUS")), withQuota),
        {},
        Severity::Warning,
        StepId::Quota,
        secure,
        {QStringLiteral("mailbox-full"), QStringLiteral("mailbox-nearly-full")},
        {QStringLiteral("mailbox-check-failed")},
        stepTimeoutMs,
        true,
        QStringLiteral("joe")};
    s << Scenario {QStringLiteral("POP3 message count"),
                   Protocol::Pop3,
                   starttls,
                   pop3Login(QStringLiteral("S: +OK Logged in.\n"
                                            "C: STAT\n"
                                            "S: +OK 12 345678\n")),
                   {},
                   Severity::Warning,
                   StepId::Mailbox,
                   secure,
                   {QStringLiteral("mailbox-check-failed")},
                   {},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe")};
    s << Scenario {QStringLiteral("POP3 huge message count"),
                   Protocol::Pop3,
                   starttls,
                   pop3Login(QStringLiteral("S: +OK Logged in.\n"
                                            "C: STAT\n"
                                            "S: +OK 184467440737095516160000 1\n")),
                   {},
                   Severity::Warning,
                   StepId::Mailbox,
                   secure,
                   {},
                   {QStringLiteral("mailbox-check-failed")},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe")};
    const QString authOk = QStringLiteral("S: 235 2.7.0 Authentication successful\n");
    s << Scenario {QStringLiteral("sender refused"),
                   smtp,
                   starttls,
                   smtpLogin(authOk
                             + QStringLiteral("C: MAIL FROM:<boss@example.com>\n"
                                              "S: 553 5.7.1 <boss@example.com>: Sender address "
                                              "rejected: not owned by user joe\n"
                                              "C: RSET\n"
                                              "S: 250 2.0.0 Ok\n")),
                   QStringLiteral("sender-not-permitted"),
                   Severity::Error,
                   StepId::Sender,
                   secure,
                   {QStringLiteral("recipient-rejected")},
                   {},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe"),
                   0,
                   QStringLiteral("boss@example.com"),
                   QStringLiteral("someone@example.net")};
    // Postfix (smtpd_delay_reject): the sender's refusal comes with RCPT TO,
    // here the sender's own address as no recipient was given.
    s << Scenario {QStringLiteral("sender refused at RCPT TO"),
                   smtp,
                   starttls,
                   smtpLogin(authOk
                             + QStringLiteral("C: MAIL FROM:<boss@example.com>\n"
                                              "S: 250 2.1.0 Ok\n"
                                              "C: RCPT TO:<boss@example.com>\n"
                                              "S: 553 5.7.1 <boss@example.com>: Sender address "
                                              "rejected: not owned by user joe\n"
                                              "C: RSET\n"
                                              "S: 250 2.0.0 Ok\n")),
                   QStringLiteral("sender-not-permitted"),
                   Severity::Error,
                   StepId::Recipient,
                   secure,
                   {QStringLiteral("recipient-rejected")},
                   {},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe"),
                   0,
                   QStringLiteral("boss@example.com")};
    s << Scenario {QStringLiteral("recipient rejected"),
                   smtp,
                   starttls,
                   smtpLogin(authOk
                             + QStringLiteral("C: MAIL FROM:<joe@example.com>\n"
                                              "S: 250 2.1.0 Ok\n"
                                              "C: RCPT TO:<nobody@example.net>\n"
                                              "S: 550 5.1.1 <nobody@example.net>: Recipient "
                                              "address rejected: User unknown\n"
                                              "C: RSET\n"
                                              "S: 250 2.0.0 Ok\n")),
                   QStringLiteral("recipient-rejected"),
                   Severity::Error,
                   StepId::Recipient,
                   secure,
                   {QStringLiteral("sender-not-permitted")},
                   {},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe"),
                   0,
                   QStringLiteral("joe@example.com"),
                   QStringLiteral("nobody@example.net")};
    s << Scenario {QStringLiteral("sender and recipient accepted"),
                   smtp,
                   starttls,
                   smtpLogin(authOk
                             + QStringLiteral("C: MAIL FROM:<joe@example.com>\n"
                                              "S: 250 2.1.0 Ok\n"
                                              "C: RCPT TO:<friend@example.net>\n"
                                              "S: 250 2.1.5 Ok\n"
                                              "C: RSET\n"
                                              "S: 250 2.0.0 Ok\n")),
                   {},
                   Severity::Error,
                   StepId::Sender,
                   secure,
                   {QStringLiteral("sender-not-permitted"), QStringLiteral("recipient-rejected")},
                   {},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe"),
                   0,
                   QStringLiteral("joe@example.com"),
                   QStringLiteral("friend@example.net")};
    s << Scenario {QStringLiteral("inbox check never answered"),
                   Protocol::Imap,
                   starttls,
                   [&] {
                       // Silence after the command: the step times out, nothing hangs.
                       const QString all = imapLogin(loggedIn);
                       return all.left(all.indexOf(QLatin1String("C: * LOGOUT")))
                           + QStringLiteral("C: * EXAMINE INBOX\n!silence\n");
                   }(),
                   {},
                   Severity::Warning,
                   StepId::Mailbox,
                   secure,
                   {},
                   {QStringLiteral("mailbox-check-failed")},
                   stepTimeoutMs,
                   true,
                   QStringLiteral("joe")};
    return s;
}

QString describe(const Report &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << QStringLiteral("%1(%2@%3)").arg(f.id, severityName(f.severity), stepIdName(f.step));
    QStringList steps;
    for (const Step &st : r.steps)
        steps << stepIdName(st.id) + QLatin1Char('=') + stepStatusName(st.status);
    return QStringLiteral("findings: [%1]; verdict %2; steps: %3")
        .arg(out.join(QStringLiteral(", ")), verdictName(r.verdict()),
             steps.join(QLatin1Char(' ')));
}

QStringList ids(const Report &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << f.id;
    return out;
}

InspectionRequest requestFor(Protocol protocol, Security security, quint16 port)
{
    InspectionRequest request;
    request.host = QStringLiteral("mail.test");
    request.connectAddress = QStringLiteral("127.0.0.1");
    request.port = port;
    request.protocol = protocol;
    request.security = security;
    request.timeoutMs = stepTimeoutMs;
    request.extraCaCertificates = testCa();
    return request;
}

// Runs one inspection on the event loop; the wait is far beyond the sum of
// the step timeouts, so only a hang can exhaust it.
bool runInspection(const InspectionRequest &request, Report *report)
{
    Inspection inspection(request);
    QSignalSpy finished(&inspection, &Inspection::finished);
    inspection.start();
    if (!finished.wait(request.timeoutMs * 12 + 5000))
        return false;
    *report = inspection.report();
    return true;
}

// A loopback port that never answers a connection attempt: a listening
// socket with a backlog of 0 that never accepts, filled by one connection.
// Further SYNs are dropped, exactly like a filtering firewall - and nothing
// leaves 127.0.0.1. (Qt's QTcpServer would accept in the background, and an
// iptables rule needs privileges and touches the host.)
class UnansweredPort
{
public:
    UnansweredPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(m_fd, 0) != 0)
            return;
        socklen_t len = sizeof addr;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        // Fill the accept queue until an attempt goes unanswered.
        for (int i = 0; i < 8 && !m_full; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            m_full = !socket->waitForConnected(300);
            m_fillers.push_back(std::move(socket));
        }
    }
    ~UnansweredPort()
    {
        m_fillers.clear();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    quint16 port() const { return m_port; }
    bool dropsConnections() const { return m_full; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    bool m_full = false;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenario_data();
    void scenario();
    void commandInjection();
    void filteredPort();
    void closedPort();
    void nameDoesNotResolve();
    void ipv4AndIpv6Disagree();
    void allAddressesOfAName();
    void cancelAllAddresses();
};

void TestScenarios::scenario_data()
{
    QTest::addColumn<int>("index");
    const QList<Scenario> all = scenarios();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void TestScenarios::scenario()
{
    QFETCH(int, index);
    const Scenario sc = scenarios().at(index);
    QString error;
    const std::optional<SimulatorScript> script = SimulatorScript::parse(sc.script, &error);
    QVERIFY2(script, qPrintable(error));
    ScriptedServer server(*script, certificates());
    server.setWaitTimeout(sc.timeoutMs * 4);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0),
             qPrintable(server.errors().join(QLatin1Char('\n'))));

    InspectionRequest request = requestFor(sc.protocol, sc.security, server.serverPort());
    request.timeoutMs = sc.timeoutMs;
    request.deadlineMs = sc.deadlineMs;
    if (!sc.trustTestCa)
        request.extraCaCertificates.clear();
    if (!sc.user.isEmpty()) {
        request.user = sc.user;
        request.password = QStringLiteral("secret");
    }
    request.mailFrom = sc.mailFrom;
    request.rcptTo = sc.rcptTo;
    Report report;
    QVERIFY2(runInspection(request, &report), "the inspection did not finish");
    if (sc.name == QLatin1String("EHLO never answered"))
        QVERIFY2(report.facts.timedOutStep.has_value(), "the engine must record the step");
    const QString got = describe(report) + QStringLiteral("; server: ")
        + server.errors().join(QStringLiteral(" | "));
    // MAILINSPECT_SHOW_FINDINGS=1 prints the words a help desk would read.
    if (qEnvironmentVariableIsSet("MAILINSPECT_SHOW_FINDINGS")) {
        for (const Finding &f : report.findings)
            qInfo().noquote() << f.id << "|" << f.title << "|" << f.explanation << "|" << f.fix;
    }

    // The findings lead with errors, then warnings.
    for (qsizetype i = 1; i < report.findings.size(); ++i)
        QVERIFY2(int(report.findings.at(i - 1).severity) <= int(report.findings.at(i).severity),
                 qPrintable(got));
    if (sc.firstId.isEmpty()) {
        QVERIFY2(!report.hasErrorFinding(), qPrintable(got));
    } else {
        QVERIFY2(!report.findings.isEmpty(), qPrintable(got));
        const Finding &first = report.findings.constFirst();
        QVERIFY2(first.id == sc.firstId, qPrintable(got));
        QVERIFY2(first.severity == sc.severity, qPrintable(got));
        QVERIFY2(first.step == sc.step, qPrintable(got));
    }
    for (const QString &id : sc.absent)
        QVERIFY2(!ids(report).contains(id), qPrintable(id + QStringLiteral(" said: ") + got));
    for (const QString &id : sc.present)
        QVERIFY2(ids(report).contains(id), qPrintable(id + QStringLiteral(" missing: ") + got));
    if (!sc.verdict.isEmpty())
        QVERIFY2(verdictName(report.verdict()) == sc.verdict, qPrintable(got));
    // The checks after a login never send a message, nor change the mailbox.
    for (const TranscriptEvent &e : report.transcript) {
        if (e.direction != Direction::Client)
            continue;
        for (const char *verb : {"DATA", "SELECT ", "STORE ", "EXPUNGE", "DELE ", "RETR "})
            QVERIFY2(!e.text.contains(QLatin1String(verb)), qPrintable(e.text));
    }

    // Saved and opened again, the report says exactly the same.
    const QString readBack = Test::readBackDifference(report);
    QVERIFY2(readBack.isEmpty(), qPrintable(readBack));
}

// --check-injection: a server that buffers the command pipelined with
// STARTTLS answers it inside TLS (CVE-2011-0411).
void TestScenarios::commandInjection()
{
    const QString text = QStringLiteral("S: 220 mail.test ESMTP\n") + smtpEhlo
        + QStringLiteral("C: STARTTLS\n"
                         "S: 220 2.0.0 Ready to start TLS\n"
                         "!tls good\n"
                         "S: 250 2.0.0 Ok\n")
        + smtpInsideTls + smtpQuit;
    const auto script = SimulatorScript::parse(text);
    QVERIFY(script);
    ScriptedServer server(*script, certificates());
    server.setWaitTimeout(stepTimeoutMs * 4);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    InspectionRequest request
        = requestFor(Protocol::Submission, Security::StartTls, server.serverPort());
    request.checkInjection = true;
    Report report;
    QVERIFY2(runInspection(request, &report), "the inspection did not finish");
    QVERIFY2(report.facts.injectionCheckRan, "the engine must run the probe");
    QVERIFY2(!report.findings.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.findings.constFirst().id, QStringLiteral("starttls-command-injection"));
    QCOMPARE(report.findings.constFirst().severity, Severity::Error);
    QCOMPARE(stepIdName(report.findings.constFirst().step), QStringLiteral("starttls"));
    const QString readBack = Test::readBackDifference(report);
    QVERIFY2(readBack.isEmpty(), qPrintable(readBack));
}

void TestScenarios::filteredPort()
{
    UnansweredPort port;
    if (!port.dropsConnections())
        QSKIP("this kernel answers connections beyond a full backlog; no loopback-only way to "
              "drop a SYN here");
    Report report;
    QVERIFY2(
        runInspection(requestFor(Protocol::Submission, Security::StartTls, port.port()), &report),
        "the inspection did not finish");
    QVERIFY2(!report.findings.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.findings.constFirst().id, QStringLiteral("connection-timeout"));
    QCOMPARE(report.findings.constFirst().step, StepId::Connect);
    QCOMPARE(verdictName(report.verdict()), QStringLiteral("failed"));
    const QString readBack = Test::readBackDifference(report);
    QVERIFY2(readBack.isEmpty(), qPrintable(readBack));
}

void TestScenarios::closedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Report report;
    QVERIFY2(runInspection(requestFor(Protocol::Submission, Security::StartTls, port), &report),
             "the inspection did not finish");
    QVERIFY2(!report.findings.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.findings.constFirst().id, QStringLiteral("connection-refused"));
    QCOMPARE(report.findings.constFirst().severity, Severity::Error);
    QCOMPARE(report.findings.constFirst().step, StepId::Connect);
    const QString readBack = Test::readBackDifference(report);
    QVERIFY2(readBack.isEmpty(), qPrintable(readBack));
}

// `.invalid` never resolves (RFC 6761), whatever the resolver.
void TestScenarios::nameDoesNotResolve()
{
    InspectionRequest request = requestFor(Protocol::Submission, Security::StartTls, 587);
    request.host = QStringLiteral("no-such-host.invalid");
    request.connectAddress.clear();
    Report report;
    QVERIFY2(runInspection(request, &report), "the inspection did not finish");
    QVERIFY2(!report.findings.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.findings.constFirst().id, QStringLiteral("dns-no-such-host"));
    QCOMPARE(report.findings.constFirst().step, StepId::Resolve);
    QCOMPARE(report.findings.size(), 1);
    const QString readBack = Test::readBackDifference(report);
    QVERIFY2(readBack.isEmpty(), qPrintable(readBack));
}

// One name, two addresses (127.0.0.1 and ::1, same port): one offers
// STARTTLS, the other does not - a load balancer with one bad node.
void TestScenarios::ipv4AndIpv6Disagree()
{
    const auto good = SimulatorScript::parse(smtpStartTls(QStringLiteral("good")));
    const auto bad = SimulatorScript::parse(QStringLiteral("S: 220 mail.test ESMTP\n"
                                                           "C: EHLO *\n"
                                                           "S: 250-mail.test\n"
                                                           "S: 250 8BITMIME\n")
                                            + smtpQuit);
    QVERIFY(good && bad);
    std::unique_ptr<ScriptedServer> v4;
    std::unique_ptr<ScriptedServer> v6;
    // The same port must be free on both; retry a few free IPv4 ports.
    for (int attempt = 0; attempt < 10 && !v6; ++attempt) {
        v4 = std::make_unique<ScriptedServer>(*good, certificates());
        QVERIFY(v4->listen(QHostAddress::LocalHost, 0));
        auto candidate = std::make_unique<ScriptedServer>(*bad, certificates());
        if (candidate->listen(QHostAddress::LocalHostIPv6, v4->serverPort()))
            v6 = std::move(candidate);
    }
    if (!v6)
        QSKIP("no IPv6 loopback (::1) on this machine");
    v4->setWaitTimeout(stepTimeoutMs * 4);
    v6->setWaitTimeout(stepTimeoutMs * 4);

    InspectionRequest request
        = requestFor(Protocol::Submission, Security::StartTls, v4->serverPort());
    request.connectAddress.clear();
    MultiAddressInspection all(request);
    all.setAddresses({QStringLiteral("127.0.0.1"), QStringLiteral("::1")});
    all.setMaxConcurrent(2);
    QSignalSpy finished(&all, &MultiAddressInspection::finished);
    all.start();
    QVERIFY(finished.wait(stepTimeoutMs * 12 + 5000));
    QCOMPARE(finished.count(), 1);

    const QList<Report> reports = all.reports();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).connectAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(reports.at(1).connectAddress, QStringLiteral("::1"));
    QVERIFY(all.disagreement());
    QCOMPARE(all.disagreement()->id, QStringLiteral("addresses-disagree"));
    QCOMPARE(all.disagreement()->severity, Severity::Error);
    QCOMPARE(all.disagreement()->step, StepId::Resolve);
    QVERIFY2(all.disagreement()->explanation.contains(QStringLiteral("::1")),
             qPrintable(all.disagreement()->explanation));
    for (const Report &r : reports)
        QVERIFY2(ids(r).contains(QStringLiteral("addresses-disagree")), qPrintable(describe(r)));
    // The bad node's own finding still leads its report.
    QCOMPARE(reports.at(1).findings.constFirst().id, QStringLiteral("starttls-not-offered"));
}

// Through the resolver: "localhost" gives at least 127.0.0.1; a name that
// does not resolve still yields one report that says so.
void TestScenarios::allAddressesOfAName()
{
    const auto script = SimulatorScript::parse(smtpStartTls(QStringLiteral("good")));
    QVERIFY(script);
    ScriptedServer v4(*script, certificates());
    ScriptedServer v6(*script, certificates());
    QVERIFY(v4.listen(QHostAddress::LocalHost, 0));
    v6.listen(QHostAddress::LocalHostIPv6, v4.serverPort()); // when localhost has ::1 too
    v4.setWaitTimeout(stepTimeoutMs * 4);
    v6.setWaitTimeout(stepTimeoutMs * 4);

    InspectionRequest request
        = requestFor(Protocol::Submission, Security::StartTls, v4.serverPort());
    request.host = QStringLiteral("localhost");
    request.connectAddress.clear();
    {
        MultiAddressInspection all(request);
        QSignalSpy finished(&all, &MultiAddressInspection::finished);
        all.start();
        QVERIFY(finished.wait(stepTimeoutMs * 12 + 5000));
        const QList<Report> reports = all.reports();
        QVERIFY(!reports.isEmpty());
        QVERIFY2(all.addresses().contains(QStringLiteral("127.0.0.1"))
                     || all.addresses().contains(QStringLiteral("::1")),
                 qPrintable(all.addresses().join(QLatin1Char(' '))));
        QVERIFY(!all.disagreement());
        for (const Report &r : reports)
            QVERIFY2(!r.hasErrorFinding(), qPrintable(describe(r)));
    }
    {
        request.host = QStringLiteral("no-such-host.invalid");
        MultiAddressInspection all(request);
        QSignalSpy finished(&all, &MultiAddressInspection::finished);
        all.start();
        QVERIFY(finished.wait(stepTimeoutMs * 12 + 5000));
        const QList<Report> reports = all.reports();
        QCOMPARE(reports.size(), 1);
        QVERIFY(!reports.constFirst().findings.isEmpty());
        QCOMPARE(reports.constFirst().findings.constFirst().id, QStringLiteral("dns-no-such-host"));
    }
}

// Cancel in the middle: every running inspection stops, finished() comes once.
void TestScenarios::cancelAllAddresses()
{
    const auto script = SimulatorScript::parse(QStringLiteral("!silence\n"));
    QVERIFY(script);
    ScriptedServer server(*script, certificates());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    InspectionRequest request
        = requestFor(Protocol::Submission, Security::StartTls, server.serverPort());
    request.timeoutMs = 30000;
    request.connectAddress.clear();
    MultiAddressInspection all(request);
    all.setAddresses(
        {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")});
    all.setMaxConcurrent(2);
    QSignalSpy started(&all, &MultiAddressInspection::addressStarted);
    QSignalSpy finished(&all, &MultiAddressInspection::finished);
    all.start();
    QVERIFY(started.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 1, 5000);
    all.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(all.isFinished());
    QCOMPARE(started.count(), 2); // the third never started
    for (const Report &r : all.reports())
        QVERIFY(r.facts.cancelled);
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
