// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplereports.h"

namespace MailInspect::Test {

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

int addStep(Report &r, StepId id, StepStatus status, double start, double end,
            const QString &summary, const QVariantMap &details = {})
{
    Step s;
    s.id = id;
    s.status = status;
    s.startMs = start;
    s.endMs = end;
    s.summary = summary;
    s.details = details;
    r.steps.append(s);
    return int(r.steps.size() - 1);
}

void say(Report &r, double t, Direction dir, bool tls, int step, const char *text)
{
    TranscriptEvent e;
    e.tMs = t;
    e.direction = dir;
    e.tls = tls;
    e.text = QString::fromUtf8(text);
    e.stepIndex = step;
    r.transcript.append(e);
}

const Direction C = Direction::Client;
const Direction S = Direction::Server;
const Direction E = Direction::Event;

CertificateInfo leafCertificate()
{
    CertificateInfo c;
    c.subject = QStringLiteral("CN=mail.test, O=mailinspect test");
    c.issuer = QStringLiteral("CN=mailinspect Test Intermediate, O=mailinspect test");
    c.commonName = QStringLiteral("mail.test");
    c.notBefore = utc("2025-10-01T00:00:00Z");
    c.notAfter = utc("2026-10-01T00:00:00Z");
    c.sha256 = QStringLiteral("3F:9A:11:C2:5E:07:D4:88:21:6B:AF:90:1C:E3:47:5D:"
                              "02:BB:6E:F1:99:3A:C8:04:7D:E2:15:A6:4B:0F:D9:70");
    c.subjectAltNames
        = {QStringLiteral("mail.test"), QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    c.publicKey = QStringLiteral("RSA 2048");
    c.serialNumber = QStringLiteral("10:01");
    c.pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                              "MIIBszCCAVmgAwIBAgICEAEwCgYIKoZIzj0EAwIwPzEnMCUGA1UEAwweTWFpbGlu\n"
                              "c3BlY3QgVGVzdCBJbnRlcm1lZGlhdGUxFDASBgNVBAoMC21haWxpbnNwZWN0MB4X\n"
                              "-----END CERTIFICATE-----\n");
    return c;
}

CertificateInfo intermediateCertificate()
{
    CertificateInfo c;
    c.subject = QStringLiteral("CN=mailinspect Test Intermediate, O=mailinspect test");
    c.issuer = QStringLiteral("CN=mailinspect Test CA, O=mailinspect test");
    c.commonName = QStringLiteral("mailinspect Test Intermediate");
    c.notBefore = utc("2025-01-01T00:00:00Z");
    c.notAfter = utc("2035-01-01T00:00:00Z");
    c.sha256 = QStringLiteral("A0:B1:C2:D3:E4:F5:06:17:28:39:4A:5B:6C:7D:8E:9F:"
                              "10:21:32:43:54:65:76:87:98:A9:BA:CB:DC:ED:FE:0F");
    c.publicKey = QStringLiteral("EC 256");
    c.serialNumber = QStringLiteral("02");
    c.pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                              "MIIBkTCCATegAwIBAgIBAjAKBggqhkjOPQQDAjA1MR0wGwYDVQQDDBRtYWlsaW5z\n"
                              "-----END CERTIFICATE-----\n");
    return c;
}

} // namespace

Report problemReport()
{
    Report r;
    r.toolVersion = QStringLiteral("0.1.0");
    r.tlsBackend = QStringLiteral("OpenSSL 3.0.17");
    r.targetAsTyped = QStringLiteral("submission://mail.test");
    r.host = QStringLiteral("mail.test");
    r.port = 587;
    r.protocol = Protocol::Submission;
    r.security = Security::StartTls;
    r.connectAddress = QStringLiteral("127.0.0.1");
    r.started = utc("2026-11-28T15:00:00.000Z");
    r.durationMs = 1612.75;
    r.finished = true;

    const int resolve
        = addStep(r, StepId::Resolve, StepStatus::Ok, 0, 2.1,
                  QStringLiteral("mail.test has 1 address: 127.0.0.1"),
                  {{QStringLiteral("addresses"), QStringList {QStringLiteral("127.0.0.1")}}});
    const int connect = addStep(r, StepId::Connect, StepStatus::Ok, 2.1, 3.4,
                                QStringLiteral("connected to 127.0.0.1 port 587"));
    const int greeting = addStep(r, StepId::Greeting, StepStatus::Ok, 3.4, 1505.2,
                                 QStringLiteral("220 mail.test ESMTP ready (after 1.5 s)"),
                                 {{QStringLiteral("code"), 220}});
    const int caps = addStep(r, StepId::Capabilities, StepStatus::Warning, 1505.2, 1507.9,
                             QStringLiteral("6 capabilities; STARTTLS offered; login (AUTH) is "
                                            "offered before TLS, so a mail app could send its "
                                            "password in plain text"));
    const int starttls = addStep(r, StepId::StartTls, StepStatus::Ok, 1507.9, 1509.0,
                                 QStringLiteral("220 2.0.0 Ready to start TLS"));
    const int handshake = addStep(r, StepId::TlsHandshake, StepStatus::Ok, 1509.0, 1535.5,
                                  QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384"));
    addStep(r, StepId::Certificate, StepStatus::Error, 1535.5, 1536.0,
            QStringLiteral("the certificate expired on 2026-10-01 (58 days ago)"));
    const int capsTls = addStep(r, StepId::CapabilitiesAfterTls, StepStatus::Ok, 1536.0, 1540.2,
                                QStringLiteral("4 capabilities"));
    const int auth = addStep(r, StepId::Authenticate, StepStatus::Ok, 1540.2, 1590.0,
                             QStringLiteral("235 2.7.0 Authentication successful"));
    const int quit = addStep(r, StepId::Quit, StepStatus::Ok, 1590.0, 1612.75,
                             QStringLiteral("221 2.0.0 Bye"));

    say(r, 0.0, E, false, resolve, "looking up mail.test");
    say(r, 3.4, E, false, connect, "connected to 127.0.0.1:587");
    say(r, 1505.1, S, false, greeting, "220 mail.test ESMTP ready");
    say(r, 1505.3, C, false, caps, "EHLO mailinspect.localhost");
    say(r, 1507.5, S, false, caps, "250-mail.test");
    say(r, 1507.6, S, false, caps, "250-PIPELINING");
    say(r, 1507.6, S, false, caps, "250-SIZE 10240000");
    say(r, 1507.7, S, false, caps, "250-AUTH PLAIN LOGIN");
    say(r, 1507.7, S, false, caps, "250-STARTTLS");
    say(r, 1507.8, S, false, caps, "250 8BITMIME");
    say(r, 1508.0, C, false, starttls, "STARTTLS");
    say(r, 1508.9, S, false, starttls, "220 2.0.0 Ready to start TLS");
    say(r, 1509.0, E, false, handshake, "TLS handshake started (SNI mail.test)");
    say(r, 1535.4, E, true, handshake, "TLS established: TLSv1.3, TLS_AES_256_GCM_SHA384");
    say(r, 1536.1, C, true, capsTls, "EHLO mailinspect.localhost");
    say(r, 1540.0, S, true, capsTls, "250-mail.test");
    say(r, 1540.0, S, true, capsTls, "250-PIPELINING");
    say(r, 1540.1, S, true, capsTls, "250-AUTH PLAIN LOGIN");
    say(r, 1540.1, S, true, capsTls, "250 8BITMIME");
    say(r, 1540.3, C, true, auth, "AUTH PLAIN <redacted>");
    say(r, 1589.9, S, true, auth, "235 2.7.0 Authentication successful");
    say(r, 1590.1, C, true, quit, "QUIT");
    say(r, 1612.5, S, true, quit, "221 2.0.0 Bye");
    say(r, 1612.7, E, true, quit, "connection closed by the server");

    r.capabilitiesBeforeTls = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                               QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("STARTTLS"),
                               QStringLiteral("8BITMIME")};
    r.capabilitiesAfterTls = {QStringLiteral("PIPELINING"), QStringLiteral("AUTH PLAIN LOGIN"),
                              QStringLiteral("8BITMIME")};

    TlsInfo &t = r.tls;
    t.attempted = true;
    t.established = true;
    t.protocol = QStringLiteral("TLSv1.3");
    t.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    t.keyExchange = QStringLiteral("X25519");
    t.sni = QStringLiteral("mail.test");
    t.verifiedName = QStringLiteral("mail.test");
    t.verified = false;
    t.trusted = false;
    t.nameMatches = true;
    t.problems = {CertificateProblem {6, QStringLiteral("The certificate has expired"), 0, false}};
    t.chain = {leafCertificate(), intermediateCertificate()};

    // Deliberately not in severity order: the writers sort.
    Finding auth1;
    auth1.id = QStringLiteral("plaintext-auth-offered");
    auth1.severity = Severity::Warning;
    auth1.step = StepId::Capabilities;
    auth1.title = QStringLiteral("Login is offered before encryption");
    auth1.explanation = QStringLiteral(
        "The server offers AUTH before STARTTLS. A mail app set to \"None\" could send the "
        "password in plain text, readable by anyone on the network path.");
    auth1.fix = QStringLiteral("Offer AUTH only after STARTTLS (Postfix: "
                               "smtpd_tls_auth_only = yes).");
    Finding expired;
    expired.id = QStringLiteral("certificate-expired");
    expired.severity = Severity::Error;
    expired.step = StepId::Certificate;
    expired.title = QStringLiteral("The certificate has expired");
    expired.explanation = QStringLiteral(
        "The server's certificate for mail.test was valid until 2026-10-01. Mail apps refuse "
        "the connection or show a security warning that users learn to click away.");
    expired.fix = QStringLiteral("Renew the certificate and reload the mail server; check that "
                                 "automatic renewal (e.g. certbot) also reloads the service.");
    r.findings = {auth1, expired};

    SessionFacts &f = r.facts;
    f.resolvedAddresses = {QStringLiteral("127.0.0.1")};
    f.connectOutcome = ConnectOutcome::Connected;
    f.greetingReceived = true;
    f.greetingDelayMs = 1501.7;
    f.firstGreetingByteMs = 1501.6;
    f.greetingReply.code = 220;
    f.greetingLines = {QStringLiteral("220 mail.test ESMTP ready")};
    f.capabilityReply.code = 250;
    f.capabilityReplyLines = {QStringLiteral("mail.test"),     QStringLiteral("PIPELINING"),
                              QStringLiteral("SIZE 10240000"), QStringLiteral("AUTH PLAIN LOGIN"),
                              QStringLiteral("STARTTLS"),      QStringLiteral("8BITMIME")};
    f.starttlsOffered = true;
    f.starttlsAttempted = true;
    f.starttlsAccepted = true;
    f.starttlsReply.code = 220;
    f.starttlsReplyText = QStringLiteral("2.0.0 Ready to start TLS");
    f.closedByServer = true;
    f.closedDuringStep = StepId::Quit;
    f.replyCodes = {220, 250, 220, 250, 235, 221};
    f.quitSent = true;
    f.quitAnswered = true;
    return r;
}

Report secureReport()
{
    Report r = problemReport();
    r.findings.clear();
    r.steps[3].status = StepStatus::Ok;
    r.steps[3].summary = QStringLiteral("6 capabilities; STARTTLS offered");
    r.steps[6].status = StepStatus::Ok;
    r.steps[6].summary = QStringLiteral("trusted, valid until 2027-10-01, names mail.test");
    r.tls.chain[0].notBefore = utc("2026-10-01T00:00:00Z");
    r.tls.chain[0].notAfter = utc("2027-10-01T00:00:00Z");
    r.tls.problems.clear();
    r.tls.trusted = true;
    r.tls.verified = true;
    return r;
}

Report refusedReport()
{
    Report r;
    r.toolVersion = QStringLiteral("0.1.0");
    r.tlsBackend = QStringLiteral("OpenSSL 3.0.17");
    r.targetAsTyped = QStringLiteral("imaps://127.0.0.1:9993");
    r.host = QStringLiteral("127.0.0.1");
    r.port = 9993;
    r.protocol = Protocol::Imap;
    r.security = Security::ImplicitTls;
    r.started = utc("2026-11-28T15:05:00.250Z");
    r.durationMs = 1.5;
    r.finished = true;
    const int resolve = addStep(r, StepId::Resolve, StepStatus::Ok, 0, 0.1,
                                QStringLiteral("127.0.0.1 is an address"));
    const int connect = addStep(r, StepId::Connect, StepStatus::Error, 0.1, 1.5,
                                QStringLiteral("connection refused"));
    say(r, 0.0, E, false, resolve, "127.0.0.1 is an address, no lookup needed");
    say(r, 1.5, E, false, connect, "connection refused by 127.0.0.1:9993");
    Finding refused;
    refused.id = QStringLiteral("connection-refused");
    refused.severity = Severity::Error;
    refused.step = StepId::Connect;
    refused.title = QStringLiteral("Nothing listens on port 9993");
    refused.explanation = QStringLiteral(
        "The server answered the connection attempt with a reset: the port is closed.");
    refused.fix = QStringLiteral("Check the port number; IMAP over SSL/TLS normally uses 993.");
    r.findings = {refused};
    r.facts.resolvedAddresses = {QStringLiteral("127.0.0.1")};
    r.facts.connectOutcome = ConnectOutcome::Refused;
    r.facts.connectError = QStringLiteral("Connection refused");
    return r;
}

} // namespace MailInspect::Test
