// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosis rules, each proven with a hand-made Report: the facts a session
// would record for a misbehaving server, and the finding (id, severity, step)
// a help desk must see first.

#include "diagnosis/diagnosis.h"
#include "diagnosis/findingtexts.h"
#include "protocol/dialect.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSslError>
#include <QtTest>

#include <functional>

using namespace MailInspect;

namespace {

CertificateInfo leafCertificate(const QString &cn = QStringLiteral("mail.test"))
{
    CertificateInfo c;
    c.commonName = cn;
    c.subject = QStringLiteral("CN=%1").arg(cn);
    c.issuer = QStringLiteral("CN=Test Intermediate CA, O=mailinspect tests");
    c.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    c.sha256 = QStringLiteral("AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:"
                              "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99");
    c.subjectAltNames = {QStringLiteral("DNS:%1").arg(cn), QStringLiteral("DNS:localhost")};
    c.publicKey = QStringLiteral("RSA 2048");
    return c;
}

CertificateInfo intermediateCertificate()
{
    CertificateInfo c;
    c.commonName = QStringLiteral("Test Intermediate CA");
    c.subject = QStringLiteral("CN=Test Intermediate CA, O=mailinspect tests");
    c.issuer = QStringLiteral("CN=Test Root CA, O=mailinspect tests");
    c.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    c.sha256 = QStringLiteral("11:22");
    return c;
}

void setVerifiedTls(Report &r)
{
    r.tls.attempted = true;
    r.tls.established = true;
    r.tls.protocol = QStringLiteral("TLSv1.3");
    r.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.tls.sni = r.host;
    r.tls.verifiedName = r.host;
    r.tls.verified = true;
    r.tls.trusted = true;
    r.tls.nameMatches = true;
    r.tls.chain = {leafCertificate(), intermediateCertificate()};
}

void addProblem(Report &r, QSslError::SslError code, int index = 0)
{
    CertificateProblem p;
    p.code = int(code);
    p.message = QSslError(code).errorString();
    p.certificateIndex = index;
    p.isNameProblem = code == QSslError::HostNameMismatch;
    r.tls.problems << p;
    if (p.isNameProblem)
        r.tls.nameMatches = false;
    else
        r.tls.trusted = false;
    r.tls.verified = false;
}

void addStep(Report &r, StepId id, StepStatus status, double start, double end)
{
    Step s;
    s.id = id;
    s.status = status;
    s.startMs = start;
    s.endMs = end;
    r.steps << s;
}

// The typed part of a reply, read by the protocol's dialect as the session
// would have recorded it.
ReplyCode typed(Protocol protocol, const QByteArray &statusLine)
{
    return dialectFor(protocol).parseStatusLine(statusLine);
}

// A submission server doing everything right on 587 with STARTTLS.
Report healthySubmission()
{
    Report r;
    r.host = QStringLiteral("mail.test");
    r.port = 587;
    r.protocol = Protocol::Submission;
    r.security = Security::StartTls;
    r.connectAddress = QStringLiteral("127.0.0.1");
    SessionFacts &f = r.facts;
    f.resolvedAddresses = {QStringLiteral("127.0.0.1")};
    f.connectOutcome = ConnectOutcome::Connected;
    f.greetingReceived = true;
    f.greetingDelayMs = 12;
    f.firstGreetingByteMs = 12;
    f.greetingReply = typed(Protocol::Submission, "220 mail.test ESMTP Postfix");
    f.greetingLines = {QStringLiteral("220 mail.test ESMTP Postfix")};
    f.capabilityReply = typed(Protocol::Submission, "250 8BITMIME");
    r.capabilitiesBeforeTls = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                               QStringLiteral("STARTTLS"), QStringLiteral("8BITMIME")};
    f.starttlsOffered = true;
    f.starttlsAttempted = true;
    f.starttlsAccepted = true;
    f.starttlsReply = typed(Protocol::Submission, "220 2.0.0 Ready to start TLS");
    f.starttlsReplyText = QStringLiteral("2.0.0 Ready to start TLS");
    setVerifiedTls(r);
    r.capabilitiesAfterTls = {QStringLiteral("PIPELINING"), QStringLiteral("AUTH PLAIN LOGIN")};
    f.quitSent = true;
    f.quitAnswered = true;
    f.replyCodes = {220, 250, 220, 250, 221};
    for (StepId id : {StepId::Resolve, StepId::Connect, StepId::Greeting, StepId::Capabilities,
                      StepId::StartTls, StepId::TlsHandshake, StepId::Certificate,
                      StepId::CapabilitiesAfterTls, StepId::Quit})
        addStep(r, id, StepStatus::Ok, 0, 1);
    r.finished = true;
    return r;
}

Report healthyImap()
{
    Report r = healthySubmission();
    r.port = 143;
    r.protocol = Protocol::Imap;
    SessionFacts &f = r.facts;
    f.greetingReply
        = typed(Protocol::Imap, "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready");
    f.greetingStatus = QStringLiteral("OK");
    f.greetingLines = {QStringLiteral("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready")};
    f.capabilityReply = f.greetingReply;
    f.starttlsReply = typed(Protocol::Imap, "a1 OK Begin TLS negotiation now");
    f.starttlsReplyStatus = QStringLiteral("OK");
    f.replyCodes.clear();
    r.capabilitiesBeforeTls = {QStringLiteral("IMAP4rev1"), QStringLiteral("SASL-IR"),
                               QStringLiteral("STARTTLS"), QStringLiteral("LOGINDISABLED")};
    r.capabilitiesAfterTls = {QStringLiteral("IMAP4rev1"), QStringLiteral("AUTH=PLAIN")};
    return r;
}

Report healthyPop3()
{
    Report r = healthyImap();
    r.port = 110;
    r.protocol = Protocol::Pop3;
    r.facts.greetingReply = typed(Protocol::Pop3, "+OK Dovecot ready.");
    r.facts.greetingStatus = QStringLiteral("+OK");
    r.facts.greetingLines = {QStringLiteral("+OK Dovecot ready.")};
    r.facts.starttlsReply = typed(Protocol::Pop3, "+OK Begin TLS negotiation");
    r.facts.starttlsReplyStatus = QStringLiteral("+OK");
    r.capabilitiesBeforeTls = {QStringLiteral("CAPA"), QStringLiteral("TOP"),
                               QStringLiteral("UIDL"), QStringLiteral("STLS")};
    r.capabilitiesAfterTls = {QStringLiteral("USER"), QStringLiteral("SASL PLAIN")};
    return r;
}

Report healthySieve()
{
    Report r = healthyImap();
    r.port = 4190;
    r.protocol = Protocol::Sieve;
    r.facts.greetingLines = {QStringLiteral("\"IMPLEMENTATION\" \"Dovecot Pigeonhole\""),
                             QStringLiteral("\"SASL\" \"\""), QStringLiteral("\"STARTTLS\""),
                             QStringLiteral("OK \"ready\"")};
    r.capabilitiesBeforeTls = {QStringLiteral("IMPLEMENTATION Dovecot Pigeonhole"),
                               QStringLiteral("SASL"), QStringLiteral("STARTTLS")};
    return r;
}

Report healthyImaps()
{
    Report r = healthyImap();
    r.port = 993;
    r.security = Security::ImplicitTls;
    r.facts.starttlsOffered = false;
    r.facts.starttlsAttempted = false;
    r.facts.starttlsAccepted = false;
    r.capabilitiesBeforeTls.clear();
    return r;
}

// Connected, then nothing came back: the starting point for greeting troubles.
Report connectedOnly(Protocol protocol = Protocol::Submission, quint16 port = 587)
{
    Report r;
    r.host = QStringLiteral("mail.test");
    r.port = port;
    r.protocol = protocol;
    r.security = Security::StartTls;
    r.connectAddress = QStringLiteral("127.0.0.1");
    r.facts.resolvedAddresses = {QStringLiteral("127.0.0.1")};
    r.facts.connectOutcome = ConnectOutcome::Connected;
    addStep(r, StepId::Resolve, StepStatus::Ok, 0, 1);
    addStep(r, StepId::Connect, StepStatus::Ok, 1, 2);
    return r;
}

// A session that stopped after the capabilities (STARTTLS not attempted).
Report stoppedAfterCapabilities(Report r)
{
    r.facts.starttlsOffered = false;
    r.facts.starttlsAttempted = false;
    r.facts.starttlsAccepted = false;
    r.facts.starttlsReply = ReplyCode();
    r.facts.starttlsReplyStatus.clear();
    r.facts.starttlsReplyText.clear();
    r.tls = TlsInfo();
    r.capabilitiesAfterTls.clear();
    return r;
}

struct Case
{
    QString name;
    std::function<Report()> report;
    QString firstId; ///< the finding that must come first
    Severity severity;
    StepId step;
    QStringList absent = {}; ///< ids that must not appear
    QStringList present = {}; ///< further ids that must appear
    QStringList mentions = {}; ///< words the first finding's text must contain
};

QList<Case> cases()
{
    QList<Case> c;

    // --- name and connection -------------------------------------------------
    c << Case {QStringLiteral("no such host"),
               [] {
                   Report r;
                   r.host = QStringLiteral("nothing.invalid");
                   r.port = 587;
                   r.protocol = Protocol::Submission;
                   r.facts.connectOutcome = ConnectOutcome::HostNotFound;
                   return r;
               },
               QStringLiteral("dns-no-such-host"),
               Severity::Error,
               StepId::Resolve,
               {},
               {},
               {QStringLiteral("nothing.invalid")}};
    c << Case {QStringLiteral("dns timeout"),
               [] {
                   Report r;
                   r.host = QStringLiteral("slow.test");
                   r.facts.connectOutcome = ConnectOutcome::HostNotFound;
                   r.facts.resolveTimedOut = true;
                   r.facts.dnsOutcome = DnsOutcome::LookupFailed;
                   r.facts.dnsError = QStringLiteral("no answer within 4 s");
                   return r;
               },
               QStringLiteral("dns-lookup-failed"),
               Severity::Error,
               StepId::Resolve,
               {QStringLiteral("dns-no-such-host")},
               {},
               {QStringLiteral("no answer within 4 s"), QStringLiteral("VPN")}};
    c << Case {QStringLiteral("dns servfail at a given server"),
               [] {
                   Report r;
                   r.host = QStringLiteral("mail.test");
                   r.facts.connectOutcome = ConnectOutcome::HostNotFound;
                   r.facts.dnsOutcome = DnsOutcome::LookupFailed;
                   r.facts.dnsServer = QStringLiteral("192.0.2.53:53");
                   r.facts.dnsError = QStringLiteral("SERVFAIL");
                   return r;
               },
               QStringLiteral("dns-lookup-failed"),
               Severity::Error,
               StepId::Resolve,
               {},
               {},
               {QStringLiteral("192.0.2.53:53"), QStringLiteral("SERVFAIL")}};
    c << Case {QStringLiteral("domain instead of the server"),
               [] {
                   Report r;
                   r.host = QStringLiteral("example.test");
                   r.facts.connectOutcome = ConnectOutcome::HostNotFound;
                   r.facts.dnsOutcome = DnsOutcome::NoAddress;
                   r.facts.dnsMailHosts = {QStringLiteral("MX 10 mx.example.test")};
                   return r;
               },
               QStringLiteral("dns-no-address"),
               Severity::Error,
               StepId::Resolve,
               {QStringLiteral("dns-no-such-host")},
               {},
               {QStringLiteral("mx.example.test"), QStringLiteral("example.test")}};
    c << Case {QStringLiteral("name without address or mail hosts"),
               [] {
                   Report r;
                   r.host = QStringLiteral("bare.test");
                   r.facts.connectOutcome = ConnectOutcome::HostNotFound;
                   r.facts.dnsOutcome = DnsOutcome::NoAddress;
                   return r;
               },
               QStringLiteral("dns-no-address"),
               Severity::Error,
               StepId::Resolve,
               {},
               {},
               {QStringLiteral("bare.test")}};
    c << Case {QStringLiteral("refused"),
               [] {
                   Report r = connectedOnly();
                   r.facts.connectOutcome = ConnectOutcome::Refused;
                   return r;
               },
               QStringLiteral("connection-refused"),
               Severity::Error,
               StepId::Connect,
               {},
               {},
               {QStringLiteral("587"), QStringLiteral("465 with SSL/TLS")}};
    c << Case {QStringLiteral("filtered"),
               [] {
                   Report r = connectedOnly();
                   r.facts.connectOutcome = ConnectOutcome::Timeout;
                   return r;
               },
               QStringLiteral("connection-timeout"),
               Severity::Error,
               StepId::Connect,
               {QStringLiteral("greeting-timeout")}};
    c << Case {QStringLiteral("unreachable"),
               [] {
                   Report r = connectedOnly();
                   r.facts.connectOutcome = ConnectOutcome::NetworkError;
                   r.facts.connectError = QStringLiteral("Network unreachable");
                   return r;
               },
               QStringLiteral("connection-timeout"),
               Severity::Error,
               StepId::Connect,
               {},
               {},
               {QStringLiteral("Network unreachable")}};

    // --- greeting --------------------------------------------------------------
    c << Case {QStringLiteral("silent server"),
               [] {
                   Report r = connectedOnly();
                   r.facts.greetingTimedOut = true;
                   addStep(r, StepId::Greeting, StepStatus::Error, 2, 1502);
                   return r;
               },
               QStringLiteral("greeting-timeout"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("starttls-not-offered")},
               {},
               {QStringLiteral("1.5")}};
    c << Case {QStringLiteral("closed without greeting"),
               [] {
                   Report r = connectedOnly();
                   r.facts.closedByServer = true;
                   r.facts.closedDuringStep = StepId::Greeting;
                   return r;
               },
               QStringLiteral("greeting-timeout"), Severity::Error, StepId::Greeting};
    c << Case {QStringLiteral("STARTTLS on an implicit-TLS port"),
               [] {
                   Report r = connectedOnly(Protocol::Submission, 465);
                   r.facts.greetingTimedOut = true;
                   r.facts.modeCheckRan = true;
                   r.facts.modeCheckSecurity = Security::ImplicitTls;
                   r.facts.modeCheckSucceeded = true;
                   r.facts.modeCheckEvidence = QStringLiteral("TLSv1.3, then 220 mail.test ESMTP");
                   return r;
               },
               QStringLiteral("wrong-security-mode"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("greeting-timeout")},
               {},
               {QStringLiteral("This port uses SSL/TLS. Set security to SSL/TLS, or use port 587 "
                               "with STARTTLS.")}};
    c << Case {QStringLiteral("SSL/TLS on a STARTTLS port"),
               [] {
                   Report r = connectedOnly(Protocol::Imap, 143);
                   r.security = Security::ImplicitTls;
                   r.tls.attempted = true;
                   r.tls.handshakeError
                       = QStringLiteral("error:0A00010B:SSL routines::wrong version number");
                   r.facts.modeCheckRan = true;
                   r.facts.modeCheckSecurity = Security::StartTls;
                   r.facts.modeCheckSucceeded = true;
                   r.facts.modeCheckEvidence = QStringLiteral("* OK [CAPABILITY IMAP4rev1 "
                                                              "STARTTLS] ready");
                   return r;
               },
               QStringLiteral("wrong-security-mode"),
               Severity::Error,
               StepId::TlsHandshake,
               {QStringLiteral("tls-handshake-failed")},
               {},
               {QStringLiteral("This port uses STARTTLS. Set security to STARTTLS, or use port 993 "
                               "with SSL/TLS."),
                QStringLiteral("* OK")}};
    c << Case {QStringLiteral("SSL/TLS on a sieve port"),
               [] {
                   Report r = connectedOnly(Protocol::Sieve, 4190);
                   r.security = Security::ImplicitTls;
                   r.tls.attempted = true;
                   r.facts.modeCheckRan = true;
                   r.facts.modeCheckSecurity = Security::StartTls;
                   r.facts.modeCheckSucceeded = true;
                   return r;
               },
               QStringLiteral("wrong-security-mode"),
               Severity::Error,
               StepId::TlsHandshake,
               {},
               {},
               {QStringLiteral("Set security to STARTTLS.")}};
    c << Case {QStringLiteral("SSL/TLS on a plain port, STARTTLS broken too"),
               [] {
                   Report r = connectedOnly(Protocol::Submission, 587);
                   r.security = Security::ImplicitTls;
                   r.tls.attempted = true;
                   r.tls.handshakeError = QStringLiteral("wrong version number");
                   r.facts.modeCheckRan = true;
                   r.facts.modeCheckSecurity = Security::StartTls;
                   r.facts.modeCheckSucceeded = false;
                   r.facts.modeCheckEvidence = QStringLiteral("220 mail.test ESMTP");
                   return r;
               },
               QStringLiteral("tls-handshake-failed"),
               Severity::Error,
               StepId::TlsHandshake,
               {QStringLiteral("wrong-security-mode")},
               {},
               {QStringLiteral("plain text")}};
    c << Case {QStringLiteral("421 greeting"),
               [] {
                   Report r = connectedOnly();
                   r.facts.greetingReceived = true;
                   r.facts.greetingReply
                       = typed(Protocol::Submission, "421 4.3.2 Service not available");
                   r.facts.greetingLines = {QStringLiteral("421 4.3.2 Service not available")};
                   return r;
               },
               QStringLiteral("service-unavailable"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("starttls-not-offered"), QStringLiteral("temporary-failure")},
               {},
               {QStringLiteral("421 4.3.2 Service not available")}};
    c << Case {QStringLiteral("554 greeting"),
               [] {
                   Report r = connectedOnly();
                   r.facts.greetingReceived = true;
                   r.facts.greetingReply
                       = typed(Protocol::Submission, "554 5.7.1 no SMTP service here");
                   r.facts.greetingLines = {QStringLiteral("554 5.7.1 no SMTP service here")};
                   r.facts.quitSent = true;
                   return r;
               },
               QStringLiteral("service-unavailable"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("starttls-not-offered")}};
    c << Case {QStringLiteral("IMAP BYE greeting"),
               [] {
                   Report r = connectedOnly(Protocol::Imap, 143);
                   r.facts.greetingReceived = true;
                   r.facts.greetingReply = typed(Protocol::Imap, "* BYE Too many connections");
                   r.facts.greetingStatus = QStringLiteral("BYE");
                   r.facts.greetingLines = {QStringLiteral("* BYE Too many connections")};
                   return r;
               },
               QStringLiteral("service-unavailable"), Severity::Error, StepId::Greeting};
    c << Case {QStringLiteral("POP3 -ERR greeting"),
               [] {
                   Report r = connectedOnly(Protocol::Pop3, 110);
                   r.facts.greetingReceived = true;
                   r.facts.greetingReply = typed(Protocol::Pop3, "-ERR [SYS/TEMP] go away");
                   r.facts.greetingStatus = QStringLiteral("-ERR");
                   r.facts.greetingLines = {QStringLiteral("-ERR [SYS/TEMP] go away")};
                   return r;
               },
               QStringLiteral("service-unavailable"), Severity::Error, StepId::Greeting};
    c << Case {QStringLiteral("421 to EHLO"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.capabilitiesBeforeTls.clear();
                   r.facts.capabilityReply = typed(
                       Protocol::Submission, "421 4.7.0 mail.test Error: too many connections");
                   r.facts.capabilityReplyLines
                       = {QStringLiteral("421 4.7.0 mail.test Error: too many connections")};
                   return r;
               },
               QStringLiteral("service-unavailable"),
               Severity::Error,
               StepId::Capabilities,
               {QStringLiteral("starttls-not-offered")}};
    c << Case {QStringLiteral("greylisted"),
               [] {
                   Report r = connectedOnly();
                   r.facts.greetingReceived = true;
                   r.facts.greetingReply
                       = typed(Protocol::Submission, "450 4.2.0 Greylisted, come back later");
                   r.facts.greetingLines
                       = {QStringLiteral("450 4.2.0 Greylisted, come back later")};
                   return r;
               },
               QStringLiteral("temporary-failure"),
               Severity::Warning,
               StepId::Greeting,
               {QStringLiteral("starttls-not-offered"), QStringLiteral("service-unavailable")},
               {},
               {QStringLiteral("450 4.2.0 Greylisted, come back later")}};
    c << Case {QStringLiteral("rate limited at EHLO"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.capabilitiesBeforeTls.clear();
                   r.facts.capabilityReply = typed(Protocol::Submission, "451 4.7.1 Slow down");
                   r.facts.capabilityReplyLines = {QStringLiteral("451 4.7.1 Slow down")};
                   return r;
               },
               QStringLiteral("temporary-failure"),
               Severity::Warning,
               StepId::Capabilities,
               {QStringLiteral("starttls-not-offered")}};
    c << Case {QStringLiteral("slow greeting"),
               [] {
                   Report r = healthySubmission();
                   r.facts.greetingDelayMs = 7300;
                   r.facts.firstGreetingByteMs = 7300;
                   return r;
               },
               QStringLiteral("slow-greeting"),
               Severity::Warning,
               StepId::Greeting,
               {},
               {},
               {QStringLiteral("7.3")}};
    c << Case {QStringLiteral("postscreen teaser"),
               [] {
                   Report r = healthySubmission();
                   r.facts.greetingMultiline = true;
                   r.facts.greetingLines = {QStringLiteral("220-mail.test ESMTP"),
                                            QStringLiteral("220 mail.test ESMTP")};
                   r.facts.greetingDelayMs = 6050;
                   r.facts.firstGreetingByteMs = 3;
                   return r;
               },
               QStringLiteral("slow-greeting"),
               Severity::Warning,
               StepId::Greeting,
               {},
               {},
               {QStringLiteral("6.0"), QStringLiteral("postscreen")}};
    c << Case {QStringLiteral("masked banner only"),
               [] {
                   Report r = healthySubmission();
                   r.facts.greetingLines = {QStringLiteral("220 ***************************")};
                   return r;
               },
               QStringLiteral("greeting-masked"),
               Severity::Warning,
               StepId::Greeting,
               {},
               {},
               {QStringLiteral("firewall")}};
    c << Case {QStringLiteral("masked banner and stripped STARTTLS"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.facts.greetingLines = {
                       QStringLiteral("220 ****************************************0*0*0***0*2")};
                   r.capabilitiesBeforeTls
                       = {QStringLiteral("PIPELINING"), QStringLiteral("XXXXXXXA"),
                          QStringLiteral("8BITMIME")};
                   return r;
               },
               QStringLiteral("starttls-stripped"),
               Severity::Error,
               StepId::Capabilities,
               {QStringLiteral("starttls-not-offered")},
               {QStringLiteral("greeting-masked")},
               {QStringLiteral("XXXXXXXA"), QStringLiteral("inspect esmtp")}};
    c << Case {
        QStringLiteral("PREAUTH"),
        [] {
            Report r = stoppedAfterCapabilities(healthyImap());
            r.facts.preauth = true;
            r.facts.greetingReply = typed(Protocol::Imap, "* PREAUTH logged in as joe");
            r.facts.greetingStatus = QStringLiteral("PREAUTH");
            r.facts.greetingLines = {QStringLiteral("* PREAUTH [CAPABILITY IMAP4rev1 "
                                                    "STARTTLS] logged in as joe")};
            r.capabilitiesBeforeTls = {QStringLiteral("IMAP4rev1"), QStringLiteral("STARTTLS")};
            r.facts.starttlsOffered = true;
            return r;
        },
        QStringLiteral("imap-preauth"),
        Severity::Error,
        StepId::Greeting,
        {QStringLiteral("starttls-not-offered"), QStringLiteral("plaintext-auth-offered")}};

    // --- STARTTLS --------------------------------------------------------------
    c << Case {
        QStringLiteral("SMTP without STARTTLS"),
        [] {
            Report r = stoppedAfterCapabilities(healthySubmission());
            r.capabilitiesBeforeTls = {QStringLiteral("PIPELINING"), QStringLiteral("8BITMIME")};
            return r;
        },
        QStringLiteral("starttls-not-offered"),
        Severity::Error,
        StepId::Capabilities,
        {},
        {},
        {QStringLiteral("port 465")}};
    c << Case {QStringLiteral("EHLO refused, HELO only"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.capabilitiesBeforeTls.clear();
                   r.facts.capabilityReply = typed(Protocol::Submission, "502 5.5.2 what?");
                   r.facts.heloFallback = true;
                   return r;
               },
               QStringLiteral("starttls-not-offered"),
               Severity::Error,
               StepId::Capabilities,
               {QStringLiteral("service-unavailable")},
               {},
               {QStringLiteral("HELO")}};
    c << Case {QStringLiteral("POP3 without STLS"),
               [] {
                   Report r = stoppedAfterCapabilities(healthyPop3());
                   r.capabilitiesBeforeTls = {QStringLiteral("TOP"), QStringLiteral("UIDL")};
                   return r;
               },
               QStringLiteral("starttls-not-offered"),
               Severity::Error,
               StepId::Capabilities,
               {},
               {},
               {QStringLiteral("STLS"), QStringLiteral("995")}};
    c << Case {QStringLiteral("POP3 CAPA fails, STLS works"),
               [] {
                   Report r = healthyPop3();
                   r.capabilitiesBeforeTls.clear();
                   r.facts.capabilityCommandFailed = true;
                   r.facts.starttlsOffered = false;
                   return r;
               },
               QString(),
               Severity::Error,
               StepId::Capabilities,
               {QStringLiteral("starttls-not-offered")}};
    c << Case {QStringLiteral("POP3 CAPA fails, STLS fails"),
               [] {
                   Report r = stoppedAfterCapabilities(healthyPop3());
                   r.capabilitiesBeforeTls.clear();
                   r.facts.capabilityCommandFailed = true;
                   r.facts.starttlsAttempted = true;
                   r.facts.starttlsReply = typed(Protocol::Pop3, "-ERR Unknown command");
                   r.facts.starttlsReplyStatus = QStringLiteral("-ERR");
                   r.facts.starttlsReplyText = QStringLiteral("Unknown command");
                   return r;
               },
               QStringLiteral("starttls-not-offered"),
               Severity::Error,
               StepId::Capabilities,
               {},
               {},
               {QStringLiteral("-ERR Unknown command")}};
    c << Case {QStringLiteral("454 to STARTTLS"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.facts.starttlsOffered = true;
                   r.facts.starttlsAttempted = true;
                   r.facts.starttlsReply = typed(
                       Protocol::Submission, "454 4.7.0 TLS not available due to local problem");
                   r.facts.starttlsReplyText = QStringLiteral("4.7.0 TLS not available due to "
                                                              "local problem");
                   return r;
               },
               QStringLiteral("starttls-rejected"),
               Severity::Error,
               StepId::StartTls,
               {QStringLiteral("temporary-failure"), QStringLiteral("starttls-not-offered")},
               {},
               {QStringLiteral("454 4.7.0 TLS not available")}};
    c << Case {QStringLiteral("IMAP STARTTLS BAD"),
               [] {
                   Report r = stoppedAfterCapabilities(healthyImap());
                   r.facts.starttlsOffered = true;
                   r.facts.starttlsAttempted = true;
                   r.facts.starttlsReply
                       = typed(Protocol::Imap, "a1 BAD TLS support not configured");
                   r.facts.starttlsReplyStatus = QStringLiteral("BAD");
                   r.facts.starttlsReplyText = QStringLiteral("TLS support not configured");
                   return r;
               },
               QStringLiteral("starttls-rejected"),
               Severity::Error,
               StepId::StartTls,
               {},
               {},
               {QStringLiteral("BAD TLS support not configured")}};
    c << Case {QStringLiteral("STARTTLS without reply"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.facts.starttlsOffered = true;
                   r.facts.starttlsAttempted = true;
                   r.facts.timedOutStep = StepId::StartTls;
                   return r;
               },
               QStringLiteral("starttls-rejected"), Severity::Error, StepId::StartTls};
    c << Case {QStringLiteral("response injection"),
               [] {
                   Report r = healthySubmission();
                   r.facts.injectedAfterUpgrade = QByteArrayLiteral("250-INJECTED\r\n");
                   return r;
               },
               QStringLiteral("starttls-response-injection"),
               Severity::Error,
               StepId::StartTls,
               {},
               {},
               {QStringLiteral("250-INJECTED")}};
    c << Case {QStringLiteral("command injection"),
               [] {
                   Report r = healthySubmission();
                   r.facts.injectionCheckRan = true;
                   r.facts.injectionDetected = true;
                   r.facts.injectionEvidence = QStringLiteral("250 2.0.0 Ok");
                   return r;
               },
               QStringLiteral("starttls-command-injection"),
               Severity::Error,
               StepId::StartTls,
               {},
               {},
               {QStringLiteral("CVE-2011-0411")}};

    // --- TLS -------------------------------------------------------------------
    c << Case {QStringLiteral("handshake failed"),
               [] {
                   Report r = healthySubmission();
                   r.tls = TlsInfo();
                   r.tls.attempted = true;
                   r.tls.handshakeError = QStringLiteral("sslv3 alert handshake failure");
                   return r;
               },
               QStringLiteral("tls-handshake-failed"),
               Severity::Error,
               StepId::TlsHandshake,
               {},
               {},
               {QStringLiteral("sslv3 alert handshake failure")}};
    c << Case {QStringLiteral("close right after the upgrade reply"),
               [] {
                   Report r = healthySubmission();
                   r.tls = TlsInfo();
                   r.tls.attempted = true;
                   r.tls.handshakeError = QStringLiteral("The remote host closed the connection");
                   r.facts.closedByServer = true;
                   r.facts.closedDuringStep = StepId::TlsHandshake;
                   return r;
               },
               QStringLiteral("tls-handshake-failed"),
               Severity::Error,
               StepId::TlsHandshake,
               {},
               {},
               {QStringLiteral("closed the connection")}};
    c << Case {QStringLiteral("alert received"),
               [] {
                   Report r = healthySubmission();
                   r.tls = TlsInfo();
                   r.tls.attempted = true;
                   r.tls.alertsReceived = {QStringLiteral("handshake failure")};
                   r.tls.handshakeError = QStringLiteral("ssl/tls alert handshake failure");
                   return r;
               },
               QStringLiteral("tls-handshake-failed"),
               Severity::Error,
               StepId::TlsHandshake,
               {},
               {},
               {QStringLiteral("handshake failure")}};
    c << Case {QStringLiteral("TLS 1.0 negotiated"),
               [] {
                   Report r = healthySubmission();
                   r.tls.protocol = QStringLiteral("TLSv1.0");
                   return r;
               },
               QStringLiteral("tls-protocol-obsolete"),
               Severity::Warning,
               StepId::TlsHandshake,
               {},
               {},
               {QStringLiteral("TLSv1.0")}};
    c << Case {QStringLiteral("only TLS 1.1 offered"),
               [] {
                   Report r = healthySubmission();
                   r.tls = TlsInfo();
                   r.tls.attempted = true;
                   r.tls.handshakeError = QStringLiteral("error:0A000102:SSL routines::"
                                                         "unsupported protocol");
                   return r;
               },
               QStringLiteral("tls-handshake-failed"),
               Severity::Error,
               StepId::TlsHandshake,
               {},
               {QStringLiteral("tls-protocol-obsolete")}};

    // --- certificates ----------------------------------------------------------
    c << Case {QStringLiteral("expired"),
               [] {
                   Report r = healthySubmission();
                   r.tls.chain[0].notAfter = QDateTime(QDate(2021, 3, 4), QTime(12, 0), Qt::UTC);
                   addProblem(r, QSslError::CertificateExpired, 0);
                   return r;
               },
               QStringLiteral("certificate-expired"),
               Severity::Error,
               StepId::Certificate,
               {QStringLiteral("certificate-untrusted")},
               {},
               {QStringLiteral("2021-03-04")}};
    c << Case {QStringLiteral("not yet valid"),
               [] {
                   Report r = healthySubmission();
                   r.tls.chain[0].notBefore = QDateTime(QDate(2098, 1, 2), QTime(0, 0), Qt::UTC);
                   addProblem(r, QSslError::CertificateNotYetValid, 0);
                   return r;
               },
               QStringLiteral("certificate-not-yet-valid"),
               Severity::Error,
               StepId::Certificate,
               {QStringLiteral("certificate-untrusted")},
               {},
               {QStringLiteral("2098-01-02")}};
    c << Case {QStringLiteral("wrong name"),
               [] {
                   Report r = healthySubmission();
                   r.tls.chain[0] = leafCertificate(QStringLiteral("other.example"));
                   addProblem(r, QSslError::HostNameMismatch, 0);
                   return r;
               },
               QStringLiteral("certificate-name-mismatch"),
               Severity::Error,
               StepId::Certificate,
               {QStringLiteral("certificate-untrusted")},
               {},
               {QStringLiteral("mail.test"), QStringLiteral("other.example")}};
    c << Case {QStringLiteral("self-signed"),
               [] {
                   Report r = healthySubmission();
                   CertificateInfo leaf = leafCertificate();
                   leaf.issuer = leaf.subject;
                   leaf.selfSigned = true;
                   r.tls.chain = {leaf};
                   addProblem(r, QSslError::SelfSignedCertificate, 0);
                   return r;
               },
               QStringLiteral("certificate-untrusted"),
               Severity::Error,
               StepId::Certificate,
               {QStringLiteral("certificate-chain-incomplete")},
               {},
               {QStringLiteral("self-signed")}};
    c << Case {QStringLiteral("unknown issuer"),
               [] {
                   Report r = healthySubmission();
                   addProblem(r, QSslError::UnableToGetLocalIssuerCertificate, 1);
                   return r;
               },
               QStringLiteral("certificate-untrusted"),
               Severity::Error,
               StepId::Certificate,
               {QStringLiteral("certificate-chain-incomplete")}};
    c << Case {QStringLiteral("missing intermediate"),
               [] {
                   Report r = healthySubmission();
                   r.tls.chain = {leafCertificate()};
                   addProblem(r, QSslError::UnableToGetLocalIssuerCertificate, 0);
                   addProblem(r, QSslError::UnableToVerifyFirstCertificate, 0);
                   return r;
               },
               QStringLiteral("certificate-chain-incomplete"),
               Severity::Error,
               StepId::Certificate,
               {QStringLiteral("certificate-untrusted")},
               {},
               {QStringLiteral("Test Intermediate CA"), QStringLiteral("fullchain.pem")}};

    // --- login offered before TLS ---------------------------------------------
    c << Case {QStringLiteral("SMTP AUTH before TLS"),
               [] {
                   Report r = healthySubmission();
                   r.capabilitiesBeforeTls << QStringLiteral("AUTH PLAIN LOGIN");
                   return r;
               },
               QStringLiteral("plaintext-auth-offered"),
               Severity::Warning,
               StepId::Capabilities,
               {},
               {},
               {QStringLiteral("AUTH PLAIN LOGIN")}};
    c << Case {QStringLiteral("IMAP without LOGINDISABLED"),
               [] {
                   Report r = healthyImap();
                   r.capabilitiesBeforeTls.removeAll(QStringLiteral("LOGINDISABLED"));
                   return r;
               },
               QStringLiteral("plaintext-auth-offered"),
               Severity::Warning,
               StepId::Capabilities,
               {},
               {},
               {QStringLiteral("LOGINDISABLED")}};
    c << Case {QStringLiteral("POP3 USER before TLS"),
               [] {
                   Report r = healthyPop3();
                   r.capabilitiesBeforeTls << QStringLiteral("USER");
                   return r;
               },
               QStringLiteral("plaintext-auth-offered"), Severity::Warning, StepId::Capabilities};
    c << Case {QStringLiteral("Sieve SASL before TLS"),
               [] {
                   Report r = healthySieve();
                   r.capabilitiesBeforeTls[1] = QStringLiteral("SASL PLAIN LOGIN");
                   return r;
               },
               QStringLiteral("plaintext-auth-offered"), Severity::Warning, StepId::Capabilities};

    // --- broken replies --------------------------------------------------------
    c << Case {QStringLiteral("binary garbage"),
               [] {
                   Report r = connectedOnly();
                   r.facts.protocolViolation = QStringLiteral("not a reply line: \\x16\\x03\\x01");
                   r.facts.protocolViolationStep = StepId::Greeting;
                   return r;
               },
               QStringLiteral("protocol-violation"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("greeting-timeout")}};
    c << Case {QStringLiteral("endless line"),
               [] {
                   Report r = connectedOnly();
                   r.facts.lineTooLong = true;
                   r.facts.lineTooLongStep = StepId::Greeting;
                   return r;
               },
               QStringLiteral("line-too-long"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("greeting-timeout")}};
    c << Case {QStringLiteral("EHLO never answered"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.capabilitiesBeforeTls.clear();
                   r.facts.capabilityReply = ReplyCode();
                   r.facts.timedOutStep = StepId::Capabilities;
                   return r;
               },
               QStringLiteral("protocol-violation"),
               Severity::Error,
               StepId::Capabilities,
               {QStringLiteral("starttls-not-offered")}};

    c << Case {QStringLiteral("greeting without a line end"),
               [] {
                   Report r = connectedOnly();
                   r.facts.greetingTimedOut = true;
                   r.facts.firstGreetingByteMs = 3;
                   r.facts.unterminatedLineStep = StepId::Greeting;
                   r.facts.unterminatedLine = QStringLiteral("220 mail.test ESMTP ready\\x0d");
                   r.facts.unterminatedLineBytes = 26;
                   addStep(r, StepId::Greeting, StepStatus::Error, 2, 1502);
                   return r;
               },
               QStringLiteral("line-not-terminated"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("greeting-timeout"), QStringLiteral("protocol-violation")},
               {},
               {QStringLiteral("220 mail.test ESMTP ready\\x0d"), QStringLiteral("26 bytes"),
                QStringLiteral("CR LF")}};
    c << Case {QStringLiteral("closed in the middle of a line"),
               [] {
                   Report r = connectedOnly();
                   r.facts.closedByServer = true;
                   r.facts.closedDuringStep = StepId::Greeting;
                   r.facts.unterminatedLineStep = StepId::Greeting;
                   r.facts.unterminatedLine = QStringLiteral("220 mail.te");
                   r.facts.unterminatedLineBytes = 11;
                   r.facts.unterminatedLineClosed = true;
                   return r;
               },
               QStringLiteral("line-not-terminated"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("greeting-timeout")},
               {},
               {QStringLiteral("closed")}};
    c << Case {QStringLiteral("IMAP literal cut short"),
               [] {
                   Report r = connectedOnly(Protocol::Imap, 143);
                   r.facts.greetingTimedOut = true;
                   r.facts.unterminatedLineStep = StepId::Greeting;
                   r.facts.unterminatedLine = QStringLiteral("* OK {50}\\x0d\\x0apartial");
                   r.facts.unterminatedLineBytes = 18;
                   r.facts.unterminatedLineLiteral = true;
                   return r;
               },
               QStringLiteral("line-not-terminated"),
               Severity::Error,
               StepId::Greeting,
               {QStringLiteral("greeting-timeout")},
               {},
               {QStringLiteral("fewer bytes")}};
    c << Case {QStringLiteral("EHLO reply cut short"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.capabilitiesBeforeTls.clear();
                   r.facts.capabilityReply = ReplyCode();
                   r.facts.timedOutStep = StepId::Capabilities;
                   r.facts.unterminatedLineStep = StepId::Capabilities;
                   r.facts.unterminatedLine = QStringLiteral("250 STARTT");
                   r.facts.unterminatedLineBytes = 10;
                   return r;
               },
               QStringLiteral("line-not-terminated"),
               Severity::Error,
               StepId::Capabilities,
               {QStringLiteral("starttls-not-offered"), QStringLiteral("protocol-violation")}};
    c << Case {QStringLiteral("stale reply taken for QUIT"),
               [] {
                   Report r = healthySubmission();
                   r.facts.quitAnswered = false;
                   r.facts.unsolicitedReply = QStringLiteral("250 ok");
                   r.facts.protocolViolation = QStringLiteral(
                       "\"250 ok\" arrived before mailinspect sent QUIT, so it cannot be the "
                       "answer to it");
                   r.facts.protocolViolationStep = StepId::Quit;
                   return r;
               },
               QStringLiteral("protocol-violation"),
               Severity::Error,
               StepId::Quit,
               {},
               {},
               {QStringLiteral("no command asked for"),
                QStringLiteral("before mailinspect sent "
                               "QUIT")}};

    // --- the whole-inspection deadline ------------------------------------------
    c << Case {QStringLiteral("deadline during STARTTLS"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.facts.starttlsOffered = true;
                   r.facts.starttlsAttempted = true;
                   r.facts.deadlineExceeded = true;
                   r.facts.deadlineMs = 30000;
                   r.facts.deadlineStep = StepId::StartTls;
                   return r;
               },
               QStringLiteral("deadline-exceeded"),
               Severity::Error,
               StepId::StartTls,
               {QStringLiteral("starttls-rejected"), QStringLiteral("protocol-violation")},
               {},
               {QStringLiteral("30.0 seconds"), QStringLiteral("STARTTLS")}};
    c << Case {QStringLiteral("deadline during the handshake"),
               [] {
                   Report r = stoppedAfterCapabilities(healthySubmission());
                   r.facts.starttlsOffered = true;
                   r.facts.starttlsAttempted = true;
                   r.facts.starttlsAccepted = true;
                   r.tls.attempted = true;
                   r.facts.deadlineExceeded = true;
                   r.facts.deadlineMs = 5000;
                   r.facts.deadlineStep = StepId::TlsHandshake;
                   return r;
               },
               QStringLiteral("deadline-exceeded"),
               Severity::Error,
               StepId::TlsHandshake,
               {QStringLiteral("tls-handshake-failed")}};

    // --- login -----------------------------------------------------------------
    // The final reply to the login, as the session records it: typed by the
    // dialect, the status word and text kept for people.
    auto authCase = [](Protocol protocol, const QByteArray &line) {
        return [=] {
            Report r = healthySubmission();
            const Reply reply = [&] {
                auto dialect = createDialect(protocol, "x");
                dialect->taggedCommand("LOGIN");
                dialect->expect(Expect::Authenticate);
                return *dialect->feed(line);
            }();
            r.facts.authAttempted = true;
            r.facts.authReply = reply.replyCode();
            r.facts.authReplyStatus = reply.code ? QString() : reply.statusWord();
            r.facts.authReplyText = QString::fromLatin1(reply.text);
            return r;
        };
    };
    c << Case {QStringLiteral("bad password"),
               authCase(Protocol::Submission, "535 5.7.8 Error: authentication failed"),
               QStringLiteral("auth-failed"),
               Severity::Error,
               StepId::Authenticate,
               {},
               {},
               {QStringLiteral("535 5.7.8"), QStringLiteral("password")}};
    // Each provider-style refusal of the design notes, per protocol where it
    // applies: the dialect types the final reply, the rule gives its advice and
    // always quotes the server's words.
    struct Refusal
    {
        const char *name;
        Protocol protocol;
        QByteArray reply; ///< every line of the final reply
        const char *id;
        QStringList mentions;
    };
    const QList<Refusal> refusals {
        {"Gmail app password (SMTP)",
         Protocol::Submission,
         "534-5.7.9 Application-specific password required. Learn more at\r\n"
         "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x1-2.3 - gsmtp",
         "auth-app-password-required",
         {QStringLiteral("app password"), QStringLiteral("OAuth2"),
          QStringLiteral("InvalidSecondFactor")}},
        {"Gmail app password (IMAP)",
         Protocol::Imap,
         "a1 NO [ALERT] Application-specific password required: "
         "https://support.google.com/accounts/answer/185833 (Failure)",
         "auth-app-password-required",
         {QStringLiteral("app password"), QStringLiteral("[ALERT] Application-specific")}},
        {"Gmail web login (SMTP)",
         Protocol::Submission,
         "534-5.7.9 Please log in with your web browser and then try again. Learn more at\r\n"
         "534 5.7.9  https://support.google.com/mail/?p=WebLoginRequired x1-2.3 - gsmtp",
         "auth-app-password-required",
         {QStringLiteral("web page"), QStringLiteral("WebLoginRequired")}},
        {"Gmail web login (IMAP)",
         Protocol::Imap,
         "* NO [WEBALERT https://accounts.google.com/signin/continue?x=y] Web login required.\r\n"
         "a1 NO [ALERT] Please log in via your web browser: "
         "https://support.google.com/mail/accounts/answer/78754 (Failure)",
         "auth-app-password-required",
         {QStringLiteral("web page")}},
        {"mechanism too weak (SMTP)",
         Protocol::Submission,
         "534 5.7.9 Authentication mechanism is too weak",
         "auth-app-password-required",
         {QStringLiteral("too weak")}},
        {"mechanism too weak (Sieve)",
         Protocol::Sieve,
         "NO (AUTH-TOO-WEAK) \"Mechanism too weak\"",
         "auth-app-password-required",
         {QStringLiteral("too weak")}},
        {"Microsoft 365 SMTP AUTH disabled",
         Protocol::Submission,
         "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
         "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
         "auth-basic-disabled",
         {QStringLiteral("Microsoft 365"), QStringLiteral("SMTP"), QStringLiteral("OAuth2")}},
        {"Microsoft 365 basic auth retired",
         Protocol::Submission,
         "550 5.7.30 Basic authentication is not supported for Client Submission.",
         "auth-basic-disabled",
         {QStringLiteral("5.7.30")}},
        {"Exchange Online IMAP",
         Protocol::Imap,
         "a1 NO Basic authentication is disabled.",
         "auth-basic-disabled",
         {QStringLiteral("IMAP"), QStringLiteral("NO Basic")}},
        {"Exchange Online POP3",
         Protocol::Pop3,
         "-ERR Basic authentication is disabled.",
         "auth-basic-disabled",
         {QStringLiteral("POP3")}},
        {"bad password (Postfix)",
         Protocol::Submission,
         "535 5.7.8 Error: authentication failed: authentication failure",
         "auth-failed",
         {QStringLiteral("535 5.7.8"), QStringLiteral("full email address")}},
        {"bad password (Gmail SMTP)",
         Protocol::Submission,
         "535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
         "535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1 - gsmtp",
         "auth-failed",
         {QStringLiteral("BadCredentials")}},
        {"bad password (Exim)",
         Protocol::Submission,
         "535 Incorrect authentication data",
         "auth-failed",
         {QStringLiteral("Incorrect authentication data")}},
        {"bad password (Dovecot IMAP)",
         Protocol::Imap,
         "a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
         "auth-failed",
         {QStringLiteral("[AUTHENTICATIONFAILED]")}},
        {"bad password (Dovecot POP3)",
         Protocol::Pop3,
         "-ERR [AUTH] Authentication failed.",
         "auth-failed",
         {QStringLiteral("password")}},
        {"bad password (Sieve)",
         Protocol::Sieve,
         "NO \"Authentication failed.\"",
         "auth-failed",
         {QStringLiteral("Authentication failed")}},
        {"Exchange Online IMAP without a code",
         Protocol::Imap,
         "a1 NO LOGIN failed.",
         "auth-failed",
         {QStringLiteral("LOGIN failed")}},
        {"STARTTLS first (Postfix)",
         Protocol::Submission,
         "530 5.7.0 Must issue a STARTTLS command first",
         "auth-encryption-required",
         {QStringLiteral("STARTTLS")}},
        {"encryption required (Postfix 504)",
         Protocol::Submission,
         "504 5.5.4 Encryption required for requested authentication mechanism",
         "auth-encryption-required",
         {QStringLiteral("SSL/TLS")}},
        {"encryption required (Dovecot 523)",
         Protocol::Submission,
         "523 5.7.10 Encryption required",
         "auth-encryption-required",
         {}},
        {"encryption required (538)",
         Protocol::Submission,
         "538 5.7.11 Encryption required for requested authentication mechanism",
         "auth-encryption-required",
         {}},
        {"privacy required (IMAP)",
         Protocol::Imap,
         "a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) "
         "connections.",
         "auth-encryption-required",
         {QStringLiteral("STARTTLS")}},
        {"plaintext disallowed (POP3)",
         Protocol::Pop3,
         "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
         "auth-encryption-required",
         {}},
        {"encrypt needed (Sieve)",
         Protocol::Sieve,
         "NO (ENCRYPT-NEEDED) \"Use STARTTLS\"",
         "auth-encryption-required",
         {}},
        {"Cyrus without a layer",
         Protocol::Imap,
         "a1 NO Login only available under a layer",
         "auth-encryption-required",
         {}},
        {"temporary (Postfix 454)",
         Protocol::Submission,
         "454 4.7.0 Temporary authentication failure: connection refused",
         "auth-temporary",
         {QStringLiteral("Try again")}},
        {"temporary (Exim 435)",
         Protocol::Submission,
         "435 Unable to authenticate at present",
         "auth-temporary",
         {}},
        {"unavailable (IMAP)",
         Protocol::Imap,
         "a1 NO [UNAVAILABLE] Temporary authentication failure.",
         "auth-temporary",
         {}},
        {"SYS/TEMP (POP3)",
         Protocol::Pop3,
         "-ERR [SYS/TEMP] Temporary authentication failure.",
         "auth-temporary",
         {}},
        {"SYS/PERM (POP3)",
         Protocol::Pop3,
         "-ERR [SYS/PERM] Internal error",
         "auth-temporary",
         {QStringLiteral("permanent")}},
        {"TRYLATER (Sieve)", Protocol::Sieve, "NO (TRYLATER) \"Try later\"", "auth-temporary", {}},
        {"expired (IMAP)",
         Protocol::Imap,
         "a1 NO [EXPIRED] Password expired.",
         "auth-account-problem",
         {QStringLiteral("expired")}},
        {"contact admin (IMAP)",
         Protocol::Imap,
         "a1 NO [CONTACTADMIN] Account is disabled.",
         "auth-account-problem",
         {QStringLiteral("administrator")}},
        {"limit (IMAP)",
         Protocol::Imap,
         "a1 NO [LIMIT] Too many simultaneous connections.",
         "auth-account-problem",
         {QStringLiteral("connections")}},
        {"authorization (IMAP)",
         Protocol::Imap,
         "a1 NO [AUTHORIZATIONFAILED] Authorization failed.",
         "auth-account-problem",
         {QStringLiteral("may not")}},
        {"login delay (POP3)",
         Protocol::Pop3,
         "-ERR [LOGIN-DELAY] Minimum time not elapsed",
         "auth-account-problem",
         {QStringLiteral("less often")}},
        {"in use (POP3)",
         Protocol::Pop3,
         "-ERR [IN-USE] Mailbox is locked by another session",
         "auth-account-problem",
         {QStringLiteral("other mail apps")}},
        {"transition needed (Sieve)",
         Protocol::Sieve,
         "NO (TRANSITION-NEEDED) \"Convert\"",
         "auth-account-problem",
         {QStringLiteral("normal password")}},
    };
    for (const Refusal &refusal : refusals) {
        c << Case {QString::fromLatin1(refusal.name),
                   [refusal] {
                       Report r = healthySubmission();
                       r.protocol = refusal.protocol;
                       auto dialect = createDialect(refusal.protocol, "x");
                       dialect->taggedCommand("LOGIN");
                       dialect->expect(Expect::Authenticate);
                       std::optional<Reply> reply;
                       for (const QByteArray &line : refusal.reply.split('\n'))
                           reply = dialect->feed(line.trimmed());
                       r.facts.authAttempted = true;
                       r.facts.authReply = reply->replyCode();
                       r.facts.authReplyStatus = reply->code ? QString() : reply->statusWord();
                       // The final line's words; an untagged line before it (Gmail's
                       // WEBALERT) is in the transcript and typed into the code.
                       r.facts.authReplyText = QString::fromLatin1(reply->text);
                       r.login.result = LoginFacts::Result::Refused;
                       return r;
                   },
                   QString::fromLatin1(refusal.id),
                   Severity::Error,
                   StepId::Authenticate,
                   QByteArray(refusal.id) == "auth-failed"
                       ? QStringList()
                       : QStringList {QStringLiteral("auth-failed")},
                   {},
                   refusal.mentions};
    }

    // From the login facts: why no login was tried, a bad server proof, an
    // OAuth error challenge (scripted here: the mechanisms live elsewhere).
    auto loginCase = [](const std::function<void(Report &)> &edit) {
        return [edit] {
            Report r = healthySubmission();
            edit(r);
            return r;
        };
    };
    c << Case {QStringLiteral("no suitable mechanism"),
               loginCase([](Report &r) {
                   r.login.result = LoginFacts::Result::NotTried;
                   r.login.obstacle = LoginFacts::Obstacle::NoSuitableMechanism;
                   r.login.offered = {QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")};
               }),
               QStringLiteral("auth-mechanism-unsupported"),
               Severity::Error,
               StepId::Authenticate,
               {},
               {},
               {QStringLiteral("XOAUTH2, OAUTHBEARER"), QStringLiteral("OAuth2 (XOAUTH2)")}};
    c << Case {QStringLiteral("chosen mechanism not offered"),
               loginCase([](Report &r) {
                   r.login.result = LoginFacts::Result::NotTried;
                   r.login.obstacle = LoginFacts::Obstacle::MechanismNotOffered;
                   r.login.mechanism = QStringLiteral("CRAM-MD5");
                   r.login.offered = {QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256")};
               }),
               QStringLiteral("auth-mechanism-unsupported"),
               Severity::Error,
               StepId::Authenticate,
               {},
               {},
               {QStringLiteral("CRAM-MD5"), QStringLiteral("Encrypted password (SCRAM-SHA-256)")}};
    c << Case {QStringLiteral("no login offered"),
               loginCase([](Report &r) {
                   r.login.result = LoginFacts::Result::NotTried;
                   r.login.obstacle = LoginFacts::Obstacle::NotOffered;
               }),
               QStringLiteral("auth-not-offered"),
               Severity::Error,
               StepId::Authenticate,
               {},
               {},
               {QStringLiteral("587")}};
    c << Case {QStringLiteral("SCRAM server proof wrong"),
               loginCase([](Report &r) {
                   r.login.result = LoginFacts::Result::Refused;
                   r.login.mechanism = QStringLiteral("SCRAM-SHA-256");
                   r.login.serverProofInvalid = true;
                   r.facts.authAttempted = true;
                   r.facts.authSucceeded = true; // the server said yes; its proof was wrong
                   r.facts.authReply = typed(Protocol::Submission,
                                             "235 2.7.0 Authentication "
                                             "successful");
               }),
               QStringLiteral("auth-server-proof-invalid"),
               Severity::Error,
               StepId::Authenticate,
               {QStringLiteral("auth-failed")},
               {},
               {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("change it")}};
    const auto oauthCase = [&](const char *status, const char *scope) {
        return loginCase([=](Report &r) {
            r.login.result = LoginFacts::Result::Refused;
            r.login.mechanism = QStringLiteral("OAUTHBEARER");
            r.login.oauthStatus = QString::fromLatin1(status);
            r.login.oauthScope = QString::fromLatin1(scope);
            r.login.oauthConfiguration
                = QStringLiteral("https://accounts.example/.well-known/openid-configuration");
            r.facts.authAttempted = true;
            r.facts.authReply = typed(Protocol::Submission, "535 5.7.8 Authentication failed");
            r.facts.authReplyText = QStringLiteral("5.7.8 Authentication failed");
        });
    };
    c << Case {QStringLiteral("OAuth invalid_token"),
               oauthCase("invalid_token", "https://mail.example/"),
               QStringLiteral("auth-oauth-token-rejected"),
               Severity::Error,
               StepId::Authenticate,
               {QStringLiteral("auth-failed")},
               {},
               {QStringLiteral("expired"), QStringLiteral("invalid_token")}};
    c << Case {QStringLiteral("OAuth insufficient_scope"),
               oauthCase("insufficient_scope", "https://mail.example/"),
               QStringLiteral("auth-oauth-token-rejected"),
               Severity::Error,
               StepId::Authenticate,
               {},
               {},
               {QStringLiteral("https://mail.example/"), QStringLiteral("allow mail access")}};
    c << Case {QStringLiteral("XOAUTH2 401 (Google)"),
               oauthCase("401", "https://mail.google.com/"),
               QStringLiteral("auth-oauth-token-rejected"),
               Severity::Error,
               StepId::Authenticate,
               {},
               {},
               {QStringLiteral("fresh token")}};

    // After the login: the inbox, its quota, the test envelope.
    auto accountCase = [](const std::function<void(AccountFacts &)> &edit) {
        return [edit] {
            Report r = healthyImap();
            r.facts.authAttempted = true;
            r.facts.authSucceeded = true;
            r.login.result = LoginFacts::Result::Ok;
            r.account.mailboxChecked = true;
            r.account.mailboxReply = typed(Protocol::Imap, "a3 OK [READ-ONLY] Examine completed");
            r.account.messages = 12;
            edit(r.account);
            return r;
        };
    };
    auto quota = [](qint64 usage, qint64 limit) {
        return [=](AccountFacts &a) {
            a.quotaChecked = true;
            a.quotaReply = typed(Protocol::Imap, "a4 OK Getquotaroot completed");
            a.quotaResource = QStringLiteral("STORAGE");
            a.quotaUsage = usage;
            a.quotaLimit = limit;
        };
    };
    c << Case {QStringLiteral("quota at 95 %"),
               accountCase(quota(972800, 1024000)),
               {},
               Severity::Warning,
               StepId::Quota,
               {QStringLiteral("mailbox-full")},
               {QStringLiteral("mailbox-nearly-full")}};
    c << Case {QStringLiteral("quota at 100 %"),
               accountCase(quota(1024000, 1024000)),
               QStringLiteral("mailbox-full"),
               Severity::Error,
               StepId::Quota,
               {QStringLiteral("mailbox-nearly-full")},
               {},
               {QStringLiteral("100 %"), QStringLiteral("1000.0 MiB of 1000.0 MiB")}};
    c << Case {QStringLiteral("quota at 89.9 %"),
               accountCase(quota(899, 1000)),
               {},
               Severity::Warning,
               StepId::Quota,
               {QStringLiteral("mailbox-full"), QStringLiteral("mailbox-nearly-full")}};
    c << Case {QStringLiteral("inbox answer unreadable"),
               accountCase([](AccountFacts &a) {
                   a.problem = QStringLiteral("the quota's numbers are not numbers");
               }),
               {},
               Severity::Warning,
               StepId::Mailbox,
               {},
               {QStringLiteral("mailbox-check-failed")}};
    auto envelope = [](const QByteArray &mail, const QByteArray &rcpt) {
        return [=] {
            Report r = healthySubmission();
            r.facts.authAttempted = true;
            r.facts.authSucceeded = true;
            AccountFacts &a = r.account;
            a.mailFrom = QStringLiteral("boss@example.com");
            a.senderReply = typed(Protocol::Submission, mail);
            a.senderReplyText = QString::fromLatin1(mail.mid(4));
            if (!rcpt.isEmpty()) {
                a.rcptTo = QStringLiteral("nobody@example.net");
                a.recipientReply = typed(Protocol::Submission, rcpt);
                a.recipientReplyText = QString::fromLatin1(rcpt.mid(4));
            }
            a.resetSent = true;
            return r;
        };
    };
    c << Case {QStringLiteral("sender not owned (Postfix)"),
               envelope("553 5.7.1 <boss@example.com>: Sender address rejected: not owned by "
                        "user joe@example.com",
                        {}),
               QStringLiteral("sender-not-permitted"),
               Severity::Error,
               StepId::Sender,
               {},
               {},
               {QStringLiteral("boss@example.com"), QStringLiteral("not owned by user")}};
    c << Case {QStringLiteral("send as denied (Microsoft 365)"),
               envelope("550 5.7.60 SMTP; Client does not have permissions to send as this "
                        "sender",
                        {}),
               QStringLiteral("sender-not-permitted"),
               Severity::Error,
               StepId::Sender,
               {},
               {},
               {QStringLiteral("Send As")}};
    c << Case {QStringLiteral("sender refused at RCPT TO (Postfix)"),
               envelope("250 2.1.0 Ok",
                        "553 5.7.1 <boss@example.com>: Sender address rejected: not owned by "
                        "user joe@example.com"),
               QStringLiteral("sender-not-permitted"),
               Severity::Error,
               StepId::Recipient,
               {QStringLiteral("recipient-rejected")},
               {},
               {QStringLiteral("boss@example.com"), QStringLiteral("not owned by user")}};
    c << Case {QStringLiteral("recipient rejected"),
               envelope("250 2.1.0 Ok",
                        "550 5.1.1 <nobody@example.net>: Recipient address rejected: User "
                        "unknown in virtual mailbox table"),
               QStringLiteral("recipient-rejected"),
               Severity::Error,
               StepId::Recipient,
               {QStringLiteral("sender-not-permitted")},
               {},
               {QStringLiteral("nobody@example.net"), QStringLiteral("User unknown")}};
    return c;
}

QString describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1(%2@%3)").arg(f.id, severityName(f.severity), stepIdName(f.step));
    return out.join(QStringLiteral(", "));
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.id;
    return out;
}

// The repository's own copy of the contract: the man page's FINDINGS section.
QString manPagePath()
{
    return Test::sourceDir() + QStringLiteral("/packaging/mailinspect-cli.1");
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finding_data();
    void finding();
    void healthy_data();
    void healthy();
    void everyIdHasACase();
    void textsAreComplete();
    void manPageTableMatches();
    void addressesAgree();
    void addressesDisagree();
    void pure();
};

void TestDiagnosis::finding_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void TestDiagnosis::finding()
{
    QFETCH(int, index);
    const Case c = cases().at(index);
    const QList<Finding> findings = Diagnosis::diagnose(c.report());
    const QString got = describe(findings);

    // Errors before warnings before infos.
    for (qsizetype i = 1; i < findings.size(); ++i)
        QVERIFY2(int(findings.at(i - 1).severity) <= int(findings.at(i).severity), qPrintable(got));
    for (const QString &id : c.absent)
        QVERIFY2(!ids(findings).contains(id), qPrintable(id + QStringLiteral(" in ") + got));
    for (const QString &id : c.present)
        QVERIFY2(ids(findings).contains(id), qPrintable(id + QStringLiteral(" missing: ") + got));
    if (c.firstId.isEmpty()) {
        for (const Finding &f : findings)
            QVERIFY2(f.severity != Severity::Error, qPrintable(got));
        return;
    }
    QVERIFY2(!findings.isEmpty(), "no finding");
    const Finding &first = findings.constFirst();
    QVERIFY2(first.id == c.firstId, qPrintable(got));
    QCOMPARE(severityName(first.severity), severityName(c.severity));
    QCOMPARE(stepIdName(first.step), stepIdName(c.step));
    const QString text
        = first.title + QLatin1Char('\n') + first.explanation + QLatin1Char('\n') + first.fix;
    for (const QString &word : c.mentions)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text));
    for (const Finding &f : findings) {
        QVERIFY2(!f.title.isEmpty() && !f.explanation.isEmpty() && !f.fix.isEmpty(),
                 qPrintable(f.id));
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        QVERIFY2(!placeholder.match(f.title + f.explanation + f.fix).hasMatch(), qPrintable(f.id));
    }
}

void TestDiagnosis::healthy_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("submission STARTTLS") << 0;
    QTest::newRow("imap STARTTLS") << 1;
    QTest::newRow("pop3 STLS") << 2;
    QTest::newRow("sieve STARTTLS") << 3;
    QTest::newRow("imaps") << 4;
}

void TestDiagnosis::healthy()
{
    QFETCH(int, which);
    const Report r = QList<std::function<Report()>> {healthySubmission, healthyImap, healthyPop3,
                                                     healthySieve, healthyImaps}
                         .at(which)();
    const QList<Finding> findings = Diagnosis::diagnose(r);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

// Every id the diagnosis knows is proven by at least one case above.
void TestDiagnosis::everyIdHasACase()
{
    QSet<QString> covered;
    for (const Case &c : cases()) {
        covered << c.firstId;
        for (const QString &id : c.present)
            covered << id;
    }
    covered << QStringLiteral("addresses-disagree"); // addressesDisagree() below
    for (const QString &id : Diagnosis::knownFindingIds())
        QVERIFY2(covered.contains(id), qPrintable(id + QStringLiteral(" has no test case")));
}

void TestDiagnosis::textsAreComplete()
{
    for (const Diagnosis::FindingKind &k : Diagnosis::findingKinds()) {
        QVERIFY2(Diagnosis::hasFindingText(k.id, "") || QByteArray(k.id) == "wrong-security-mode",
                 k.id);
    }
    for (const char *variant : {"use-tls", "use-tls-only", "use-starttls", "use-starttls-only"})
        QVERIFY(Diagnosis::hasFindingText("wrong-security-mode", variant));
}

// The man page's FINDINGS section is the contract in the repository: every id
// in it must be known to the diagnosis with the same severity, and the
// diagnosis must know no id the man page lacks.
void TestDiagnosis::manPageTableMatches()
{
    QFile file(manPagePath());
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("man page not found at ") + file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QLatin1String("\n.SH FINDINGS\n"));
    QVERIFY2(start >= 0, "no FINDINGS section in the man page");
    const qsizetype end = text.indexOf(QLatin1String("\n.SH "), start + 1);
    const QString section = text.mid(start, end < 0 ? -1 : end - start);
    static const QRegularExpression row(
        QStringLiteral("^\\.BR ([a-z0-9\\\\-]+) \" \\((error|warning|info)\\)\"$"),
        QRegularExpression::MultilineOption);
    QStringList table;
    QHash<QString, QString> severities;
    for (auto it = row.globalMatch(section); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString id = m.captured(1).remove(QLatin1Char('\\'));
        QVERIFY2(!table.contains(id), qPrintable(id + QStringLiteral(" listed twice")));
        table << id;
        severities.insert(id, m.captured(2));
    }
    QVERIFY2(table.size() >= 27, qPrintable(QStringLiteral("only %1 ids read").arg(table.size())));
    const QStringList known = Diagnosis::knownFindingIds();
    for (const QString &id : table)
        QVERIFY2(known.contains(id), qPrintable(id + QStringLiteral(" missing in the diagnosis")));
    for (const QString &id : known)
        QVERIFY2(table.contains(id), qPrintable(id + QStringLiteral(" missing in the man page")));
    for (const Diagnosis::FindingKind &k : Diagnosis::findingKinds()) {
        const QString id = QString::fromLatin1(k.id);
        QCOMPARE(severityName(k.severity), severities.value(id));
    }
}

void TestDiagnosis::addressesAgree()
{
    Report a = healthySubmission();
    Report b = healthySubmission();
    b.connectAddress = QStringLiteral("::1");
    QVERIFY(!Diagnosis::addressesDisagree(QStringLiteral("mail.test"), {a, b}));
    QVERIFY(!Diagnosis::addressesDisagree(QStringLiteral("mail.test"), {a}));
}

void TestDiagnosis::addressesDisagree()
{
    Report a = healthySubmission();
    Report b = stoppedAfterCapabilities(healthySubmission());
    b.connectAddress = QStringLiteral("::1");
    b.capabilitiesBeforeTls = {QStringLiteral("PIPELINING")};
    b.findings = Diagnosis::diagnose(b);
    const auto f = Diagnosis::addressesDisagree(QStringLiteral("mail.test"), {a, b});
    QVERIFY(f);
    QCOMPARE(f->id, QStringLiteral("addresses-disagree"));
    QCOMPARE(f->severity, Severity::Error);
    QCOMPARE(stepIdName(f->step), QStringLiteral("resolve"));
    QVERIFY2(f->explanation.contains(QStringLiteral("127.0.0.1"))
                 && f->explanation.contains(QStringLiteral("::1"))
                 && f->explanation.contains(QStringLiteral("STARTTLS not offered")),
             qPrintable(f->explanation));

    // Same behaviour, different certificates.
    Report c = healthySubmission();
    c.connectAddress = QStringLiteral("127.0.0.2");
    c.tls.chain[0].sha256 = QStringLiteral("00:00:00:00:00:00:00:00");
    const auto g = Diagnosis::addressesDisagree(QStringLiteral("mail.test"), {a, c});
    QVERIFY(g);
    QVERIFY2(g->explanation.contains(QStringLiteral("certificate")), qPrintable(g->explanation));
    QVERIFY2(!g->explanation.contains(QStringLiteral("verdict")), qPrintable(g->explanation));

    // Different TLS versions.
    Report d = healthySubmission();
    d.tls.protocol = QStringLiteral("TLSv1.2");
    QVERIFY(Diagnosis::addressesDisagree(QStringLiteral("mail.test"), {a, d}));
}

// The same Report gives the same findings, and diagnose() does not look at
// findings already in the report.
void TestDiagnosis::pure()
{
    Report r = healthySubmission();
    r.capabilitiesBeforeTls << QStringLiteral("AUTH PLAIN");
    const QList<Finding> once = Diagnosis::diagnose(r);
    r.findings = once;
    const QList<Finding> twice = Diagnosis::diagnose(r);
    QCOMPARE(ids(twice), ids(once));
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
