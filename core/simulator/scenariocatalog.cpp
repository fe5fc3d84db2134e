// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocatalog.h"

namespace MailInspect {

namespace {

// The EHLO reply of a well-kept submission server. AUTH appears only inside
// TLS, so no password is ever invited over plain text.
const QString smtpEhloBeforeTls = QStringLiteral("S: 250-mail.test\n"
                                                 "S: 250-PIPELINING\n"
                                                 "S: 250-SIZE 52428800\n"
                                                 "S: 250-STARTTLS\n"
                                                 "S: 250-ENHANCEDSTATUSCODES\n"
                                                 "S: 250-8BITMIME\n"
                                                 "S: 250 SMTPUTF8\n");

const QString smtpEhloInsideTls = QStringLiteral("S: 250-mail.test\n"
                                                 "S: 250-PIPELINING\n"
                                                 "S: 250-SIZE 52428800\n"
                                                 "S: 250-AUTH PLAIN LOGIN\n"
                                                 "S: 250-ENHANCEDSTATUSCODES\n"
                                                 "S: 250-8BITMIME\n"
                                                 "S: 250 SMTPUTF8\n");

const QString smtpGoodbye = QStringLiteral("C: QUIT\n"
                                           "S: 221 2.0.0 Bye\n"
                                           "!close\n");

const QString postfixGreeting = QStringLiteral("S: 220 mail.test ESMTP Postfix (Debian/GNU)\n");

// A complete SMTP STARTTLS dialogue presenting @p certificate, with
// @p insideTls (a login, say) between the capabilities and the goodbye. A
// client that rejects the certificate simply leaves during the handshake.
QString smtpStartTlsScript(const QString &comment, const QString &certificate,
                           const QString &greeting = postfixGreeting, const QString &insideTls = {})
{
    return comment + greeting + QStringLiteral("C: EHLO *\n") + smtpEhloBeforeTls
        + QStringLiteral("C: STARTTLS\n"
                         "S: 220 2.0.0 Ready to start TLS\n"
                         "!tls %1\n"
                         "C: EHLO *\n")
              .arg(certificate)
        + smtpEhloInsideTls + insideTls + smtpGoodbye;
}

Scenario make(const QString &id, const QString &title, const QString &description,
              Protocol protocol, Security security, const QString &script, const QString &verdict,
              const QStringList &findings = {})
{
    return Scenario {id, title, description, protocol, security, script, verdict, findings};
}

} // namespace

QList<Scenario> ScenarioCatalog::scenarios()
{
    const QString secure = QStringLiteral("secure");
    const QString insecure = QStringLiteral("insecure");
    const QString failed = QStringLiteral("failed");
    QList<Scenario> out;

    out << make(QStringLiteral("healthy-smtp-starttls"),
                tr("Healthy mail server (SMTP with STARTTLS)"),
                tr("A well-configured sending server: it offers STARTTLS, presents a valid "
                   "certificate and offers login only after encryption is on."),
                Protocol::Submission, Security::StartTls,
                smtpStartTlsScript(QStringLiteral("# Submission server, STARTTLS, AUTH only "
                                                  "inside TLS.\n"),
                                   QStringLiteral("good")),
                secure);

    // Logins: the same healthy server, once accepting the password and once
    // refusing it the way Gmail refuses an account with two-step sign-in.
    Scenario loginOk = make(
        QStringLiteral("healthy-smtp-login"), tr("Login accepted (SMTP with STARTTLS)"),
        tr("A healthy sending server that accepts the user's password inside TLS. The login is "
           "a step on the timeline; its exchange is in the transcript with the password "
           "hidden."),
        Protocol::Submission, Security::StartTls,
        smtpStartTlsScript(QStringLiteral("# Submission server, STARTTLS, the login accepted.\n"),
                           QStringLiteral("good"), postfixGreeting,
                           QStringLiteral("C: AUTH PLAIN *\n"
                                          "S: 235 2.7.0 Authentication successful\n")),
        secure);
    loginOk.loginUser = QStringLiteral("alice@mail.test");
    out << loginOk;

    Scenario appPassword = make(
        QStringLiteral("login-app-password"),
        tr("Login refused: the account needs an app password"),
        tr("The connection is secure, but the provider refuses the normal password because the "
           "account has two-step sign-in (as Gmail answers). The verdict stays secure; the "
           "finding says what the customer must do."),
        Protocol::Submission, Security::StartTls,
        smtpStartTlsScript(
            QStringLiteral("# Submission server, STARTTLS, the password refused: app password "
                           "required.\n"),
            QStringLiteral("good"), postfixGreeting,
            QStringLiteral("C: AUTH PLAIN *\n"
                           "S: 534-5.7.9 Application-specific password required. Learn more "
                           "at\n"
                           "S: 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
                           "x1-20020a05\n")),
        secure, {QStringLiteral("auth-app-password-required")});
    appPassword.loginUser = QStringLiteral("alice@mail.test");
    out << appPassword;

    out << make(QStringLiteral("healthy-imap-tls"),
                tr("Healthy mailbox server (IMAP with SSL/TLS)"),
                tr("An IMAP server that speaks TLS from the first byte, as on port 993, with "
                   "a valid certificate."),
                Protocol::Imap, Security::ImplicitTls,
                QStringLiteral("# IMAP on an implicit-TLS port (993).\n"
                               "!tls good\n"
                               "S: * OK mail.test IMAP4rev1 server ready\n"
                               "C: * CAPABILITY\n"
                               "S: * CAPABILITY IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE "
                               "AUTH=PLAIN\n"
                               "S: ${tag} OK Pre-login capabilities listed, post-login "
                               "capabilities have more.\n"
                               "C: * LOGOUT\n"
                               "S: * BYE Logging out\n"
                               "S: ${tag} OK Logout completed.\n"
                               "!close\n"),
                secure);

    out << make(QStringLiteral("healthy-pop3-starttls"),
                tr("Healthy mailbox server (POP3 with STARTTLS)"),
                tr("A POP3 server that offers STLS, presents a valid certificate and offers "
                   "login only after encryption is on."),
                Protocol::Pop3, Security::StartTls,
                QStringLiteral("# POP3 on port 110 with STLS.\n"
                               "S: +OK mail.test POP3 server ready.\n"
                               "C: CAPA\n"
                               "S: +OK\n"
                               "S: CAPA\n"
                               "S: TOP\n"
                               "S: UIDL\n"
                               "S: RESP-CODES\n"
                               "S: PIPELINING\n"
                               "S: AUTH-RESP-CODE\n"
                               "S: STLS\n"
                               "S: .\n"
                               "C: STLS\n"
                               "S: +OK Begin TLS negotiation now.\n"
                               "!tls good\n"
                               "C: CAPA\n"
                               "S: +OK\n"
                               "S: CAPA\n"
                               "S: TOP\n"
                               "S: UIDL\n"
                               "S: RESP-CODES\n"
                               "S: PIPELINING\n"
                               "S: AUTH-RESP-CODE\n"
                               "S: USER\n"
                               "S: SASL PLAIN\n"
                               "S: .\n"
                               "C: QUIT\n"
                               "S: +OK Logging out.\n"
                               "!close\n"),
                secure);

    out << make(QStringLiteral("tls-on-starttls-port"),
                tr("SSL/TLS chosen, but the server expects STARTTLS"),
                tr("The user picked SSL/TLS, but this port starts in plain text and upgrades "
                   "with STARTTLS. The TLS attempt fails at once on the plain greeting; "
                   "STARTTLS on the same port works."),
                Protocol::Submission, Security::ImplicitTls,
                smtpStartTlsScript(QStringLiteral("# A plain STARTTLS port (587): a TLS "
                                                  "client reads the greeting as garbage.\n"),
                                   QStringLiteral("good")),
                failed, {QStringLiteral("wrong-security-mode")});

    out << make(QStringLiteral("starttls-on-tls-port"),
                tr("STARTTLS chosen, but the server expects SSL/TLS"),
                tr("The user picked STARTTLS, but this port speaks TLS from the first byte "
                   "(like 465). The server waits silently for a TLS handshake; SSL/TLS on "
                   "the same port works."),
                Protocol::Submission, Security::StartTls,
                QStringLiteral("# An implicit-TLS port (465): silent until the client "
                               "starts TLS.\n"
                               "!tls good\n"
                               "S: 220 mail.test ESMTP Postfix (Debian/GNU)\n"
                               "C: EHLO *\n")
                    + smtpEhloInsideTls + smtpGoodbye,
                failed, {QStringLiteral("wrong-security-mode")});

    out << make(QStringLiteral("expired-certificate"), tr("Expired certificate"),
                tr("STARTTLS works, but the server's certificate expired long ago."),
                Protocol::Submission, Security::StartTls,
                smtpStartTlsScript(QStringLiteral("# Certificate valid 2000-2001 only.\n"),
                                   QStringLiteral("expired")),
                insecure, {QStringLiteral("certificate-expired")});

    out << make(QStringLiteral("not-yet-valid-certificate"), tr("Certificate not yet valid"),
                tr("STARTTLS works, but the certificate only becomes valid in 2100 (often a "
                   "wrong clock on the server or the client)."),
                Protocol::Submission, Security::StartTls,
                smtpStartTlsScript(QStringLiteral("# Certificate valid 2100-2101 only.\n"),
                                   QStringLiteral("notyetvalid")),
                insecure, {QStringLiteral("certificate-not-yet-valid")});

    out << make(QStringLiteral("wrong-name-certificate"), tr("Certificate for another name"),
                tr("STARTTLS works, but the certificate is issued for other.invalid, not for "
                   "the name the user typed."),
                Protocol::Submission, Security::StartTls,
                smtpStartTlsScript(QStringLiteral("# Certificate for other.invalid.\n"),
                                   QStringLiteral("wrongname")),
                insecure, {QStringLiteral("certificate-name-mismatch")});

    out << make(QStringLiteral("self-signed-certificate"), tr("Self-signed certificate"),
                tr("STARTTLS works, but the certificate is signed by itself, so no mail app "
                   "trusts it."),
                Protocol::Submission, Security::StartTls,
                smtpStartTlsScript(QStringLiteral("# Self-signed certificate.\n"),
                                   QStringLiteral("selfsigned")),
                insecure, {QStringLiteral("certificate-untrusted")});

    out << make(QStringLiteral("missing-intermediate"), tr("Intermediate certificate missing"),
                tr("STARTTLS works, but the server sends only its own certificate, without "
                   "the intermediate that links it to the trusted root."),
                Protocol::Submission, Security::StartTls,
                smtpStartTlsScript(QStringLiteral("# Leaf certificate without its "
                                                  "intermediate.\n"),
                                   QStringLiteral("nointermediate")),
                insecure, {QStringLiteral("certificate-chain-incomplete")});

    out << make(QStringLiteral("starttls-stripped"),
                tr("Firewall removes STARTTLS (Cisco ESMTP inspection)"),
                tr("A firewall between client and server rewrites the session: the banner "
                   "is masked with asterisks, STARTTLS is overwritten with XXXXXXXA, and the "
                   "STARTTLS command is refused."),
                Protocol::Smtp, Security::StartTls,
                QStringLiteral("# Cisco ASA/PIX ESMTP inspection: the masked banner has the\n"
                               "# length of the real one, STARTTLS becomes XXXXXXXA and the\n"
                               "# command never reaches the server.\n"
                               "S: 220 **************************************\n"
                               "C: EHLO *\n"
                               "S: 250-mail.test\n"
                               "S: 250-PIPELINING\n"
                               "S: 250-SIZE 52428800\n"
                               "S: 250-XXXXXXXA\n"
                               "S: 250-ENHANCEDSTATUSCODES\n"
                               "S: 250 8BITMIME\n"
                               "C: STARTTLS\n"
                               "S: 500 5.5.1 command not recognized\n")
                    + smtpGoodbye,
                failed, {QStringLiteral("greeting-masked"), QStringLiteral("starttls-stripped")});

    out << make(QStringLiteral("slow-greeting"), tr("Slow greeting"),
                tr("The server sends the first line of its greeting, then waits 6 seconds "
                   "before the last one (like Postfix postscreen or a reverse-DNS lookup "
                   "timing out). Clients with short timeouts give up."),
                Protocol::Smtp, Security::StartTls,
                smtpStartTlsScript(QStringLiteral("# postscreen-style greeting: a 220- teaser, "
                                                  "6 s, then the final 220.\n"),
                                   QStringLiteral("good"),
                                   QStringLiteral("S: 220-mail.test ESMTP Postfix\n"
                                                  "!delay 6000\n"
                                                  "S: 220 mail.test ESMTP Postfix\n")),
                secure, {QStringLiteral("slow-greeting")});

    out << make(QStringLiteral("starttls-refused"), tr("STARTTLS offered but refused"),
                tr("The server lists STARTTLS but refuses it with 454, typically because it "
                   "cannot read its own certificate or key."),
                Protocol::Smtp, Security::StartTls,
                QStringLiteral("# Postfix that cannot load its certificate.\n"
                               "S: 220 mail.test ESMTP Postfix (Debian/GNU)\n"
                               "C: EHLO *\n")
                    + smtpEhloBeforeTls
                    + QStringLiteral("C: STARTTLS\n"
                                     "S: 454 4.7.0 TLS not available due to local problem\n")
                    + smtpGoodbye,
                failed, {QStringLiteral("starttls-rejected")});

    out << make(QStringLiteral("imap-preauth"), tr("IMAP server logs in before STARTTLS"),
                tr("The IMAP greeting is PREAUTH: the session is logged in at once, in plain "
                   "text, and STARTTLS is no longer possible."),
                Protocol::Imap, Security::StartTls,
                QStringLiteral("# PREAUTH greeting on port 143.\n"
                               "S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] mail.test logged "
                               "in as practice\n"
                               "C: * LOGOUT\n"
                               "S: * BYE Logging out\n"
                               "S: ${tag} OK Logout completed.\n"
                               "!close\n"),
                failed, {QStringLiteral("imap-preauth")});

    out << make(QStringLiteral("silent-server"), tr("Server never greets"),
                tr("The connection is accepted, but the server never says anything."),
                Protocol::Smtp, Security::StartTls,
                QStringLiteral("# Accepts the connection and says nothing.\n"
                               "!silence\n"),
                failed, {QStringLiteral("greeting-timeout")});

    return out;
}

std::optional<Scenario> ScenarioCatalog::find(const QString &id)
{
    const QList<Scenario> all = scenarios();
    for (const Scenario &scenario : all) {
        if (scenario.id == id)
            return scenario;
    }
    return std::nullopt;
}

QStringList ScenarioCatalog::ids()
{
    QStringList out;
    const QList<Scenario> all = scenarios();
    for (const Scenario &scenario : all)
        out.append(scenario.id);
    return out;
}

QList<QSslCertificate> ScenarioCatalog::practiceCaCertificates()
{
    return CertificateStore::practiceCaCertificates();
}

CertificateStore ScenarioCatalog::practiceCertificates()
{
    return CertificateStore::practice();
}

} // namespace MailInspect
