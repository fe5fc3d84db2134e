// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Dialect parsers: the same bytes, split at every possible position, give the
// same replies; multi-line framing; exact capability matching.

#include "protocol/dialect.h"
#include "protocol/linereader.h"
#include "protocol/loginrefusal.h"

#include <QtTest>

using namespace MailInspect;

namespace {
struct Parsed
{
    QList<Reply> replies;
    bool overflowed = false;
};

// Feeds `bytes` in two chunks split at `split`, expecting `what` first and
// then the expectations in `next` for each following reply.
Parsed parse(Protocol protocol, const QList<Expect> &expects, const QByteArray &bytes,
             qsizetype split)
{
    auto dialect = createDialect(protocol, "client.test");
    LineReader reader;
    reader.setLiteralsEnabled(dialect->usesLiterals());
    Parsed out;
    int index = 0;
    dialect->command(expects.value(0));
    dialect->expect(expects.value(0));
    auto pump = [&] {
        while (auto line = reader.nextLine()) {
            if (auto reply = dialect->feed(*line)) {
                out.replies.append(*reply);
                ++index;
                if (index < expects.size()) {
                    dialect->command(expects.at(index));
                    dialect->expect(expects.at(index));
                }
            }
        }
    };
    reader.append(bytes.left(split));
    pump();
    reader.append(bytes.mid(split));
    pump();
    out.overflowed = reader.overflowed();
    return out;
}

void compareAtEverySplit(Protocol protocol, const QList<Expect> &expects, const QByteArray &bytes,
                         const std::function<void(const Parsed &)> &check)
{
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        const Parsed p = parse(protocol, expects, bytes, split);
        check(p);
        if (QTest::currentTestFailed()) {
            qWarning("failed with the input split at byte %lld", qlonglong(split));
            return;
        }
    }
}
} // namespace

class TestDialects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Why a login was refused, per dialect: codes and the providers' words.
    void loginRefusals_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("refusal");
        using R = LoginRefusal;
        const int smtp = int(Protocol::Submission);
        const int imap = int(Protocol::Imap);
        const int pop3 = int(Protocol::Pop3);
        const int sieve = int(Protocol::Sieve);
        const auto row = [](const char *name, int protocol, const char *line, R refusal) {
            QTest::newRow(name) << protocol << QByteArray(line) << int(refusal);
        };
        row("smtp ok", smtp, "235 2.7.0 Authentication successful", R::None);
        row("smtp 535", smtp, "535 5.7.8 Error: authentication failed: bad", R::Credentials);
        row("smtp 5.7.3", smtp, "535 5.7.3 Authentication unsuccessful", R::Credentials);
        row("smtp 5.7.139", smtp,
            "535 5.7.139 Authentication unsuccessful, the user "
            "credentials were incorrect",
            R::BasicAuthDisabled);
        row("smtp 454", smtp, "454 4.7.0 Temporary authentication failure", R::Temporary);
        row("smtp 435", smtp, "435 Unable to authenticate at present", R::Temporary);
        row("smtp 538", smtp, "538 5.7.11 Encryption required", R::EncryptionRequired);
        row("smtp 504", smtp,
            "504 5.5.4 Encryption required for requested authentication "
            "mechanism",
            R::EncryptionRequired);
        row("smtp unknown", smtp, "554 5.7.0 go away", R::Unknown);
        row("imap failed", imap, "a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
            R::Credentials);
        row("imap app password", imap,
            "a1 NO [ALERT] Application-specific password required: "
            "https://support.google.com/accounts/answer/185833 (Failure)",
            R::AppPasswordRequired);
        row("imap web login", imap,
            "a1 NO [ALERT] Please log in via your web browser: "
            "https://support.google.com/mail/accounts/answer/78754 (Failure)",
            R::WebLoginRequired);
        row("imap basic disabled", imap, "a1 NO Basic authentication is disabled.",
            R::BasicAuthDisabled);
        row("imap privacy", imap, "a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed",
            R::EncryptionRequired);
        row("imap unavailable", imap, "a1 NO [UNAVAILABLE] Temporary failure", R::Temporary);
        row("imap expired", imap, "a1 NO [EXPIRED] Password expired", R::Expired);
        row("imap contactadmin", imap, "a1 NO [CONTACTADMIN] Disabled", R::ContactAdmin);
        row("imap limit", imap, "a1 NO [LIMIT] Too many connections", R::Limit);
        row("imap authorization", imap, "a1 NO [AUTHORIZATIONFAILED] No", R::AuthorizationFailed);
        row("imap bad", imap, "a1 BAD Invalid arguments", R::Unknown);
        row("pop3 auth", pop3, "-ERR [AUTH] Authentication failed.", R::Credentials);
        row("pop3 plaintext", pop3,
            "-ERR [AUTH] Plaintext authentication disallowed on "
            "non-secure (SSL/TLS) connections.",
            R::EncryptionRequired);
        row("pop3 in-use", pop3, "-ERR [IN-USE] Mailbox locked", R::InUse);
        row("pop3 login-delay", pop3, "-ERR [LOGIN-DELAY] Wait", R::LoginDelay);
        row("pop3 sys/temp", pop3, "-ERR [SYS/TEMP] Try later", R::Temporary);
        row("pop3 sys/perm", pop3, "-ERR [SYS/PERM] Broken", R::ServerError);
        row("pop3 basic disabled", pop3, "-ERR Basic authentication is disabled.",
            R::BasicAuthDisabled);
        row("sieve encrypt", sieve, "NO (ENCRYPT-NEEDED) \"Use STARTTLS\"", R::EncryptionRequired);
        row("sieve trylater", sieve, "NO (TRYLATER) \"Later\"", R::Temporary);
        row("sieve too weak", sieve, "NO (AUTH-TOO-WEAK) \"Too weak\"", R::TooWeak);
        row("sieve transition", sieve, "NO (TRANSITION-NEEDED) \"Convert\"", R::TransitionNeeded);
        row("sieve plain no", sieve, "NO \"Authentication failed.\"", R::Unknown);
    }
    void loginRefusals()
    {
        QFETCH(int, protocol);
        QFETCH(QByteArray, line);
        QFETCH(int, refusal);
        const ReplyCode code = dialectFor(Protocol(protocol)).parseStatusLine(line);
        QCOMPARE(int(loginRefusal(code)), refusal);
    }

    // The status of an OAuth error challenge, RFC 7628 names and Google's numbers.
    void oauthErrors()
    {
        QCOMPARE(oauthError(QStringLiteral("invalid_token")), OAuthError::InvalidToken);
        QCOMPARE(oauthError(QStringLiteral("401")), OAuthError::InvalidToken);
        QCOMPARE(oauthError(QStringLiteral("insufficient_scope")), OAuthError::InsufficientScope);
        QCOMPARE(oauthError(QStringLiteral("invalid_request")), OAuthError::Other);
    }

    void smtpMultilineEndsOnlyAtSpace()
    {
        // postscreen: a 220- teaser, then later the final 220 line.
        const QByteArray bytes = "220-mail.test teaser\r\n220 mail.test ESMTP\r\n"
                                 "250-mail.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n"
                                 "250 AUTH PLAIN LOGIN\r\n";
        compareAtEverySplit(
            Protocol::Smtp, {Expect::Greeting, Expect::Capabilities}, bytes, [](const Parsed &p) {
                QCOMPARE(p.replies.size(), 2);
                QCOMPARE(p.replies[0].code, 220);
                QCOMPARE(p.replies[0].lines.size(), 2);
                QVERIFY(p.replies[0].isPositive());
                QCOMPARE(p.replies[1].lines.size(), 4);
                auto d = createDialect(Protocol::Smtp, "x");
                const QStringList caps = d->capabilities(p.replies[1]);
                QCOMPARE(caps,
                         (QStringList {QStringLiteral("PIPELINING"), QStringLiteral("STARTTLS"),
                                       QStringLiteral("AUTH PLAIN LOGIN")}));
            });
    }

    void smtpBareLf()
    {
        const Parsed p = parse(Protocol::Smtp, {Expect::Greeting}, "220 hello\n", 3);
        QCOMPARE(p.replies.size(), 1);
        QCOMPARE(p.replies[0].code, 220);
    }

    void smtpCodes()
    {
        const Parsed p
            = parse(Protocol::Smtp, {Expect::Greeting, Expect::Capabilities, Expect::StartTls},
                    "421 4.3.2 Service not available\r\n"
                    "554 5.7.1 no\r\n454 4.7.0 TLS not available\r\n",
                    0);
        QCOMPARE(p.replies.size(), 3);
        QCOMPARE(p.replies[0].status, Reply::Status::Temporary);
        QCOMPARE(p.replies[1].status, Reply::Status::Negative);
        QCOMPARE(p.replies[2].code, 454);
        QCOMPARE(p.replies[2].text, QByteArray("4.7.0 TLS not available"));
    }

    void smtpMalformed()
    {
        const Parsed p = parse(Protocol::Smtp, {Expect::Greeting}, "* OK IMAP ready\r\n", 0);
        QCOMPARE(p.replies.size(), 1);
        QCOMPARE(p.replies[0].status, Reply::Status::Malformed);
        QVERIFY(!p.replies[0].violation.isEmpty());
        const Parsed q = parse(Protocol::Smtp, {Expect::Greeting}, "220-a\r\n250 b\r\n", 0);
        QCOMPARE(q.replies[0].status, Reply::Status::Malformed);
    }

    void imapGreetingCapabilityAndTags()
    {
        const QByteArray bytes
            = "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.\r\n"
              "* CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN\r\n"
              "a1 OK Pre-login capabilities listed.\r\n";
        compareAtEverySplit(Protocol::Imap, {Expect::Greeting, Expect::Capabilities}, bytes,
                            [](const Parsed &p) {
                                QCOMPARE(p.replies.size(), 2);
                                auto d = createDialect(Protocol::Imap, "x");
                                QVERIFY(d->greetingHasCapabilities(p.replies[0]));
                                const QStringList g = d->capabilities(p.replies[0]);
                                QVERIFY(hasCapability(g, QStringLiteral("LOGINDISABLED")));
                                QVERIFY(!hasCapability(g, QStringLiteral("LOGIN")));
                                QCOMPARE(p.replies[1].status, Reply::Status::Positive);
                                const QStringList c = d->capabilities(p.replies[1]);
                                QVERIFY(hasCapability(c, QStringLiteral("AUTH=PLAIN")));
                                QVERIFY(!hasCapability(c, QStringLiteral("AUTH")));
                            });
    }

    void imapTagging()
    {
        auto d = createDialect(Protocol::Imap, "x");
        QCOMPARE(d->command(Expect::Capabilities), QByteArray("a1 CAPABILITY\r\n"));
        d->expect(Expect::Capabilities);
        QVERIFY(!d->feed("* CAPABILITY IMAP4rev1"));
        // A completion with somebody else's tag is a protocol violation.
        const auto r = d->feed("a9 OK done");
        QVERIFY(r);
        QCOMPARE(r->status, Reply::Status::Malformed);
        QCOMPARE(d->command(Expect::StartTls), QByteArray("a2 STARTTLS\r\n"));
        d->expect(Expect::StartTls);
        const auto s = d->feed("a2 BAD not now");
        QVERIFY(s);
        QCOMPARE(s->status, Reply::Status::Bad);
    }

    void imapPreauthAndBye()
    {
        Parsed p = parse(Protocol::Imap, {Expect::Greeting}, "* PREAUTH welcome\r\n", 5);
        QCOMPARE(p.replies[0].status, Reply::Status::Preauth);
        p = parse(Protocol::Imap, {Expect::Greeting}, "* BYE go away\r\n", 5);
        QCOMPARE(p.replies[0].status, Reply::Status::Bye);
        p = parse(Protocol::Imap, {Expect::Greeting}, "garbage\r\n", 5);
        QCOMPARE(p.replies[0].status, Reply::Status::Malformed);
    }

    void imapLiteral()
    {
        auto d = createDialect(Protocol::Imap, "x");
        d->command(Expect::Capabilities);
        // A literal inside an untagged response: the CRLF inside it does not end the line.
        const QByteArray bytes = "* ID (\"name\" {5}\r\nab\r\nc)\r\na1 OK done\r\n";
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            LineReader reader;
            reader.setLiteralsEnabled(true);
            d->expect(Expect::Capabilities);
            QList<Reply> replies;
            for (const QByteArray &part : {bytes.left(split), bytes.mid(split)}) {
                reader.append(part);
                while (auto line = reader.nextLine()) {
                    if (auto r = d->feed(*line))
                        replies.append(*r);
                }
            }
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies[0].data.size(), 1);
            QCOMPARE(replies[0].data[0], QByteArray("ID (\"name\" {5}\r\nab\r\nc)"));
        }
    }

    void pop3CapaDotTerminated()
    {
        const QByteArray bytes = "+OK POP3 ready\r\n+OK Capability list follows\r\nTOP\r\n"
                                 "UIDL\r\n..DOTTED\r\nSTLS\r\n.\r\n+OK Begin TLS\r\n";
        compareAtEverySplit(
            Protocol::Pop3, {Expect::Greeting, Expect::Capabilities, Expect::StartTls}, bytes,
            [](const Parsed &p) {
                QCOMPARE(p.replies.size(), 3);
                auto d = createDialect(Protocol::Pop3, "x");
                const QStringList caps = d->capabilities(p.replies[1]);
                QCOMPARE(caps,
                         (QStringList {QStringLiteral("TOP"), QStringLiteral("UIDL"),
                                       QStringLiteral(".DOTTED"), QStringLiteral("STLS")}));
                QVERIFY(p.replies[2].isPositive());
            });
    }

    void pop3CapaFails()
    {
        const Parsed p = parse(Protocol::Pop3, {Expect::Capabilities, Expect::StartTls},
                               "-ERR unknown command\r\n+OK go ahead\r\n", 4);
        QCOMPARE(p.replies.size(), 2);
        QCOMPARE(p.replies[0].status, Reply::Status::Negative);
        QVERIFY(p.replies[1].isPositive());
    }

    void sieveGreetingIsCapabilities()
    {
        const QByteArray bytes = "\"IMPLEMENTATION\" \"Dovecot Pigeonhole\"\r\n"
                                 "\"SIEVE\" \"fileinto reject\"\r\n\"STARTTLS\"\r\n"
                                 "\"SASL\" \"\"\r\n\"VERSION\" \"1.0\"\r\nOK \"ready\"\r\n";
        compareAtEverySplit(Protocol::Sieve, {Expect::Greeting}, bytes, [](const Parsed &p) {
            QCOMPARE(p.replies.size(), 1);
            auto d = createDialect(Protocol::Sieve, "x");
            const QStringList caps = d->capabilities(p.replies[0]);
            QCOMPARE(caps.size(), 5);
            QCOMPARE(caps[0], QStringLiteral("IMPLEMENTATION Dovecot Pigeonhole"));
            QCOMPARE(caps[2], QStringLiteral("STARTTLS"));
            QCOMPARE(caps[3], QStringLiteral("SASL"));
            QVERIFY(hasCapability(caps, QStringLiteral("STARTTLS")));
        });
    }

    void lineTooLongIsBounded()
    {
        LineReader reader(1024);
        for (int i = 0; i < 100; ++i)
            reader.append(QByteArray(100, 'x'));
        QVERIFY(!reader.nextLine());
        QVERIFY(reader.overflowed());
        // Once overflowed, more data is dropped: memory stays bounded.
        const qsizetype pending = reader.pendingBytes();
        reader.append(QByteArray(100000, 'y'));
        QCOMPARE(reader.pendingBytes(), pending);
    }

    void literalEndingInCarriageReturn()
    {
        // Found by tests/fuzz/fuzz_dialects: a literal whose last octet is CR,
        // followed by a bare LF, lost that octet (or swallowed the next line,
        // depending on where the stream was cut).
        const QList<QByteArray> cases = {
            "* ID {1}\r\n\r\n* OK x {3}\r\nabc\r\n",
            "\r\n\"\r\n{5}\r\nab\"c\r\n\"esg\"a-ERR\n\ne+ \n{4}\n",
        };
        const QList<QList<QByteArray>> expected = {
            {"* ID {1}\r\n\r", "* OK x {3}\r\nabc"},
            {"", "\"", "{5}\r\nab\"c\r", "\"esg\"a-ERR", "", "e+ "},
        };
        for (qsizetype c = 0; c < cases.size(); ++c) {
            const QByteArray &bytes = cases.at(c);
            for (qsizetype split = 0; split <= bytes.size(); ++split) {
                LineReader reader;
                reader.setLiteralsEnabled(true);
                QList<QByteArray> lines;
                for (const QByteArray &part : {bytes.left(split), bytes.mid(split)}) {
                    reader.append(part);
                    while (auto line = reader.nextLine())
                        lines.append(*line);
                }
                QVERIFY2(lines == expected.at(c),
                         qPrintable(QStringLiteral("case %1, split at %2").arg(c).arg(split)));
            }
        }
    }

    void lineOfExactlyTheLimit()
    {
        // Found by tests/fuzz/fuzz_dialects: a line of exactly the limit was
        // taken as too long when its CR and LF arrived in different reads.
        const QByteArray fits = QByteArray(8, 'x') + "\r\n";
        const QByteArray tooLong = QByteArray(9, 'x') + "\r\n";
        for (qsizetype split = 0; split <= fits.size(); ++split) {
            for (const QByteArray &bytes : {fits, tooLong}) {
                LineReader reader(8);
                QList<QByteArray> lines;
                for (const QByteArray &part : {bytes.left(split), bytes.mid(split)}) {
                    reader.append(part);
                    while (auto line = reader.nextLine())
                        lines.append(*line);
                }
                const bool expectFit = bytes == fits;
                QVERIFY2(reader.overflowed() != expectFit,
                         qPrintable(
                             QStringLiteral("%1 bytes, split at %2").arg(bytes.size()).arg(split)));
                QCOMPARE(lines,
                         expectFit ? QList<QByteArray> {QByteArray(8, 'x')} : QList<QByteArray> {});
            }
        }
    }

    // --- typed codes: parsed once, in the dialect --------------------------

    void enhancedStatusCodes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code"); // empty: none
        QTest::newRow("credentials") << QByteArray("5.7.8 Error: authentication failed") << "5.7.8";
        QTest::newRow("transient") << QByteArray("4.7.0 TLS not available") << "4.7.0";
        QTest::newRow("three digits")
            << QByteArray("5.7.139 Authentication unsuccessful") << "5.7.139";
        QTest::newRow("alone") << QByteArray("2.0.0") << "2.0.0";
        QTest::newRow("class 3") << QByteArray("3.1.1 no") << "";
        QTest::newRow("two parts") << QByteArray("5.7 no") << "";
        QTest::newRow("four digits") << QByteArray("5.7.1234 no") << "";
        QTest::newRow("glued text") << QByteArray("5.7.8x no") << "";
        QTest::newRow("not at the start") << QByteArray("Error 5.7.8") << "";
        QTest::newRow("empty part") << QByteArray("5..8 no") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }
    void enhancedStatusCodes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        const auto parsed = EnhancedStatusCode::parse(text);
        QCOMPARE(parsed.has_value(), !code.isEmpty());
        if (!parsed)
            return;
        QCOMPARE(parsed->toString(), code);
        QCOMPARE(EnhancedStatusCode::fromString(code), parsed);
        QCOMPARE(parsed->isTransient(), code.startsWith(QLatin1Char('4')));
    }

    void smtpReplyCodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("transient");
        using K = ResponseCode::Kind;
        QTest::newRow("bad password") << QByteArray("535 5.7.8 Error: authentication failed\r\n")
                                      << 535 << "5.7.8" << int(K::AuthenticationFailed) << false;
        QTest::newRow("app password, multi-line")
            << QByteArray("534-5.7.9 Application-specific password required.\r\n"
                          "534 5.7.9 Learn more at https://support.example/\r\n")
            << 534 << "5.7.9" << int(K::AppPasswordRequired) << false;
        QTest::newRow("web login, words on the first line")
            << QByteArray("534-5.7.9 Please log in with your web browser and then try again.\r\n"
                          "534 5.7.9  https://support.google.com/mail/?p=WebLoginRequired\r\n")
            << 534 << "5.7.9" << int(K::WebLoginRequired) << false;
        QTest::newRow("mechanism too weak")
            << QByteArray("534 5.7.9 Authentication mechanism is too weak\r\n") << 534 << "5.7.9"
            << int(K::AuthTooWeak) << false;
        QTest::newRow("basic auth retired")
            << QByteArray("550 5.7.30 Basic authentication is not supported for Client "
                          "Submission.\r\n")
            << 550 << "5.7.30" << int(K::BasicAuthDisabled) << false;
        QTest::newRow("send as denied")
            << QByteArray("550 5.7.60 SMTP; Client does not have permissions to send as this "
                          "sender\r\n")
            << 550 << "5.7.60" << int(K::SenderNotPermitted) << false;
        QTest::newRow("not owned by user")
            << QByteArray("553 5.7.1 <a@b.example>: Sender address rejected: not owned by user "
                          "c@b.example\r\n")
            << 553 << "5.7.1" << int(K::SenderNotPermitted) << false;
        QTest::newRow("STARTTLS first")
            << QByteArray("530 5.7.0 Must issue a STARTTLS command first\r\n") << 530 << "5.7.0"
            << int(K::PrivacyRequired) << false;
        QTest::newRow("Dovecot encryption required")
            << QByteArray("523 5.7.10 Encryption required\r\n") << 523 << "5.7.10"
            << int(K::PrivacyRequired) << false;
        QTest::newRow("basic auth disabled")
            << QByteArray("535 5.7.139 Authentication unsuccessful, basic authentication is "
                          "disabled.\r\n")
            << 535 << "5.7.139" << int(K::BasicAuthDisabled) << false;
        QTest::newRow("encryption required")
            << QByteArray("538 5.7.11 Encryption required for requested authentication "
                          "mechanism\r\n")
            << 538 << "5.7.11" << int(K::PrivacyRequired) << false;
        QTest::newRow("code without enhanced") << QByteArray("535 Authentication failed\r\n") << 535
                                               << "" << int(K::AuthenticationFailed) << false;
        QTest::newRow("temporary") << QByteArray("454 4.7.0 Temporary authentication failure\r\n")
                                   << 454 << "4.7.0" << int(K::None) << true;
        QTest::newRow("enhanced class only transient")
            << QByteArray("550 4.2.2 mailbox full\r\n") << 550 << "4.2.2" << int(K::None) << true;
        QTest::newRow("plain words")
            << QByteArray("250 ok\r\n") << 250 << "" << int(K::None) << false;
    }
    void smtpReplyCodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        QFETCH(int, kind);
        QFETCH(bool, transient);
        compareAtEverySplit(Protocol::Submission, {Expect::Authenticate}, bytes,
                            [&](const Parsed &p) {
                                QCOMPARE(p.replies.size(), 1);
                                const ReplyCode c = p.replies[0].replyCode();
                                QCOMPARE(c.code, code);
                                QCOMPARE(c.enhanced.toString(), enhanced);
                                QCOMPARE(int(c.response.kind), kind);
                                QCOMPARE(c.isTransient(), transient);
                            });
    }

    void smtpDoorAndTls()
    {
        const Dialect &smtp = dialectFor(Protocol::Smtp);
        const ReplyCode closing = smtp.parseStatusLine("421 4.3.2 Service not available");
        QCOMPARE(closing.status, ReplyStatus::Temporary);
        QVERIFY(closing.closesSession());
        QVERIFY(closing.refusesService());
        const ReplyCode noService = smtp.parseStatusLine("554 5.7.1 no SMTP service here");
        QVERIFY(!noService.closesSession());
        QVERIFY(noService.refusesService());
        QVERIFY(!smtp.parseStatusLine("450 4.2.0 Greylisted").refusesService());
        QVERIFY(smtp.parseStatusLine("454 4.7.0 TLS not available").isTlsNotAvailable());
        QVERIFY(!smtp.parseStatusLine("502 5.5.1 no").isTlsNotAvailable());
        QCOMPARE(smtp.parseStatusLine("250-not final").status, ReplyStatus::Malformed);
    }

    void imapResponseCodes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("temporary");
        using K = ResponseCode::Kind;
        using S = ReplyStatus;
        QTest::newRow("unavailable") << QByteArray("a1 NO [UNAVAILABLE] TLS not available")
                                     << int(S::Negative) << int(K::Unavailable) << "UNAVAILABLE"
                                     << "" << true;
        QTest::newRow("capability with arguments")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.")
            << int(S::Positive) << int(K::Capability) << "CAPABILITY"
            << "IMAP4rev1 STARTTLS LOGINDISABLED" << false;
        QTest::newRow("alert") << QByteArray("* OK [ALERT] maintenance tonight") << int(S::Positive)
                               << int(K::Alert) << "ALERT"
                               << "" << false;
        QTest::newRow("privacy required")
            << QByteArray("a3 NO [PRIVACYREQUIRED] Plaintext authentication disallowed")
            << int(S::Negative) << int(K::PrivacyRequired) << "PRIVACYREQUIRED"
            << "" << false;
        QTest::newRow("authentication failed")
            << QByteArray("a2 NO [AUTHENTICATIONFAILED] Authentication failed.") << int(S::Negative)
            << int(K::AuthenticationFailed) << "AUTHENTICATIONFAILED"
            << "" << false;
        QTest::newRow("in use") << QByteArray("a2 NO [INUSE] Mailbox in use") << int(S::Negative)
                                << int(K::InUse) << "INUSE"
                                << "" << true;
        QTest::newRow("referral") << QByteArray("a2 NO [REFERRAL imap://other.test/] go there")
                                  << int(S::Negative) << int(K::Referral) << "REFERRAL"
                                  << "imap://other.test/" << false;
        QTest::newRow("lower case name") << QByteArray("a2 NO [expired] old password")
                                         << int(S::Negative) << int(K::Expired) << "EXPIRED"
                                         << "" << false;
        QTest::newRow("unknown") << QByteArray("a2 NO [XPROVIDER 42] something") << int(S::Negative)
                                 << int(K::Unknown) << "XPROVIDER"
                                 << "42" << false;
        QTest::newRow("plain-text words without a code")
            << QByteArray("a2 BAD Plaintext authentication not allowed without SSL/TLS")
            << int(S::Bad) << int(K::PrivacyRequired) << ""
            << "" << false;
        QTest::newRow("none") << QByteArray("a2 NO Login failed") << int(S::Negative)
                              << int(K::None) << ""
                              << "" << false;
        QTest::newRow("unclosed bracket")
            << QByteArray("a2 NO [UNAVAILABLE oops") << int(S::Negative) << int(K::None) << ""
            << "" << false;
    }
    void imapResponseCodes()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, argument);
        QFETCH(bool, temporary);
        // Through the session's framing: a greeting, or the reply to a command.
        auto d = createDialect(Protocol::Imap, "x");
        if (line.startsWith("* ")) {
            d->expect(Expect::Greeting);
        } else {
            // Send commands until the line's tag is the one awaited.
            const QByteArray tag = line.left(line.indexOf(' '));
            for (int i = 0; i < 9 && d->taggedCommand("LOGIN") != tag + " LOGIN\r\n"; ++i) { }
            d->expect(Expect::Authenticate);
        }
        const std::optional<Reply> r = d->feed(line);
        QVERIFY(r);
        const ReplyCode c = r->replyCode();
        QCOMPARE(int(c.status), status);
        QCOMPARE(int(c.response.kind), kind);
        QCOMPARE(c.response.name, name);
        QCOMPARE(c.response.argument, argument);
        QCOMPARE(c.isTransient(), temporary);
        // The same line read on its own gives the same typed value.
        const ReplyCode alone = dialectFor(Protocol::Imap).parseStatusLine(line);
        QCOMPARE(int(alone.response.kind), kind);
        QCOMPARE(alone.status, c.status);
    }

    void pop3ResponseCodes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("temporary");
        using K = ResponseCode::Kind;
        QTest::newRow("auth") << QByteArray("-ERR [AUTH] Invalid login")
                              << int(K::AuthenticationFailed) << "AUTH" << false;
        QTest::newRow("in-use") << QByteArray("-ERR [IN-USE] Mailbox locked by another session")
                                << int(K::InUse) << "IN-USE" << true;
        QTest::newRow("sys/temp") << QByteArray("-ERR [SYS/TEMP] Try again later")
                                  << int(K::Unavailable) << "SYS/TEMP" << true;
        QTest::newRow("sys/perm") << QByteArray("-ERR [SYS/PERM] Broken") << int(K::SystemError)
                                  << "SYS/PERM" << false;
        QTest::newRow("login-delay") << QByteArray("-ERR [LOGIN-DELAY] Wait 300 seconds")
                                     << int(K::LoginDelay) << "LOGIN-DELAY" << true;
        QTest::newRow("unknown subcode is its parent")
            << QByteArray("-ERR [SYS/SOMETHING] new") << int(K::SystemError) << "SYS/SOMETHING"
            << false;
        QTest::newRow("dovecot plain text under AUTH")
            << QByteArray("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) "
                          "connections.")
            << int(K::PrivacyRequired) << "AUTH" << false;
        QTest::newRow("no code") << QByteArray("-ERR Unknown command") << int(K::None) << ""
                                 << false;
        QTest::newRow("positive with code")
            << QByteArray("+OK [IN-USE] odd but allowed") << int(K::InUse) << "IN-USE" << true;
    }
    void pop3ResponseCodes()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(bool, temporary);
        auto d = createDialect(Protocol::Pop3, "x");
        d->expect(Expect::Authenticate);
        const std::optional<Reply> r = d->feed(line);
        QVERIFY(r);
        QCOMPARE(int(r->responseCode.kind), kind);
        QCOMPARE(r->responseCode.name, name);
        QCOMPARE(r->replyCode().isTransient(), temporary);
        QCOMPARE(int(dialectFor(Protocol::Pop3).parseStatusLine(line).response.kind), kind);
    }

    void sieveResponseCodes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("argument");
        using K = ResponseCode::Kind;
        using S = ReplyStatus;
        QTest::newRow("quota") << QByteArray("NO (QUOTA) \"Quota exceeded\"") << int(S::Negative)
                               << int(K::OverQuota) << "QUOTA"
                               << "";
        QTest::newRow("quota/maxsize") << QByteArray("NO (QUOTA/MAXSIZE) \"Script too big\"")
                                       << int(S::Negative) << int(K::OverQuota) << "QUOTA/MAXSIZE"
                                       << "";
        QTest::newRow("trylater") << QByteArray("NO (TRYLATER) \"Busy\"") << int(S::Negative)
                                  << int(K::Unavailable) << "TRYLATER"
                                  << "";
        QTest::newRow("referral") << QByteArray("BYE (REFERRAL \"sieve://other.test\") \"go\"")
                                  << int(S::Bye) << int(K::Referral) << "REFERRAL"
                                  << "sieve://other.test";
        QTest::newRow("encrypt-needed")
            << QByteArray("NO (ENCRYPT-NEEDED) \"Use STARTTLS\"") << int(S::Negative)
            << int(K::PrivacyRequired) << "ENCRYPT-NEEDED"
            << "";
        QTest::newRow("auth-too-weak") << QByteArray("NO (AUTH-TOO-WEAK) \"No\"")
                                       << int(S::Negative) << int(K::AuthTooWeak) << "AUTH-TOO-WEAK"
                                       << "";
        QTest::newRow("tag with a parenthesis")
            << QByteArray("OK (TAG \"a)b\") \"Done\"") << int(S::Positive) << int(K::Tag) << "TAG"
            << "a)b";
        QTest::newRow("words only")
            << QByteArray("NO \"Plaintext authentication disallowed on non-secure (SSL/TLS) "
                          "connections.\"")
            << int(S::Negative) << int(K::PrivacyRequired) << ""
            << "";
        QTest::newRow("no code") << QByteArray("OK \"Logged in.\"") << int(S::Positive)
                                 << int(K::None) << ""
                                 << "";
    }
    void sieveResponseCodes()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, argument);
        const ReplyCode c = dialectFor(Protocol::Sieve).parseStatusLine(line);
        QCOMPARE(int(c.status), status);
        QCOMPARE(int(c.response.kind), kind);
        QCOMPARE(c.response.name, name);
        QCOMPARE(c.response.argument, argument);
        QCOMPARE(c.isTransient(), kind == int(ResponseCode::Kind::Unavailable));
    }

    void responseCodeNamesRoundTrip()
    {
        using K = ResponseCode::Kind;
        for (int k = int(K::Unknown); k <= int(K::Active); ++k) {
            const QString name = ResponseCode::kindName(K(k));
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(k)));
            QCOMPARE(ResponseCode::kindFromName(name), std::optional<K>(K(k)));
        }
        QCOMPARE(ResponseCode::kindFromName(QString()), std::optional<K>(K::None));
        QVERIFY(!ResponseCode::kindFromName(QStringLiteral("nonsense")));
        for (int s = int(ReplyStatus::Positive); s <= int(ReplyStatus::Continue); ++s) {
            const QString name = ReplyCode::statusName(ReplyStatus(s));
            QCOMPARE(ReplyCode::statusFromName(name), std::optional<ReplyStatus>(ReplyStatus(s)));
        }
    }

    // --- what differs per protocol is a dialect operation -------------------

    void injectionProbes()
    {
        QCOMPARE(dialectFor(Protocol::Smtp).injectionProbe(), QByteArray("NOOP\r\n"));
        QCOMPARE(dialectFor(Protocol::Lmtp).injectionProbe(), QByteArray("NOOP\r\n"));
        QCOMPARE(dialectFor(Protocol::Imap).injectionProbe(), QByteArray("x1 NOOP\r\n"));
        QCOMPARE(dialectFor(Protocol::Pop3).injectionProbe(), QByteArray("NOOP\r\n"));
        QVERIFY(dialectFor(Protocol::Sieve).injectionProbe().isEmpty());

        const Dialect &smtp = dialectFor(Protocol::Smtp);
        QVERIFY(smtp.endsProbeAnswer("250 2.0.0 Ok"));
        QVERIFY(!smtp.endsProbeAnswer("250-more"));
        QVERIFY(smtp.isPositiveProbeAnswer("250 2.0.0 Ok"));
        QVERIFY(!smtp.isPositiveProbeAnswer("502 no"));
        const Dialect &imap = dialectFor(Protocol::Imap);
        QVERIFY(imap.endsProbeAnswer("x1 OK NOOP completed"));
        QVERIFY(!imap.endsProbeAnswer("a1 OK done"));
        QVERIFY(imap.isPositiveProbeAnswer("x1 OK NOOP completed"));
        QVERIFY(!imap.isPositiveProbeAnswer("x1 BAD no"));
        const Dialect &pop3 = dialectFor(Protocol::Pop3);
        QVERIFY(pop3.endsProbeAnswer("-ERR no"));
        QVERIFY(pop3.isPositiveProbeAnswer("+OK"));
        QVERIFY(!pop3.isPositiveProbeAnswer("-ERR no"));
    }

    void helloFallbackAndVerbs()
    {
        QVERIFY(dialectFor(Protocol::Smtp).hasHelloFallback());
        QVERIFY(dialectFor(Protocol::Submission).hasHelloFallback());
        QVERIFY(!dialectFor(Protocol::Lmtp).hasHelloFallback());
        QVERIFY(!dialectFor(Protocol::Imap).hasHelloFallback());
        QVERIFY(dialectFor(Protocol::Smtp).capabilitiesRequired());
        QVERIFY(!dialectFor(Protocol::Pop3).capabilitiesRequired());
        QCOMPARE(dialectFor(Protocol::Imap).verbOf("a7 LOGOUT\r\n"), QStringLiteral("LOGOUT"));
        QCOMPARE(dialectFor(Protocol::Smtp).verbOf("EHLO client.test\r\n"), QStringLiteral("EHLO"));
        QCOMPARE(dialectFor(Protocol::Pop3).verbOf("QUIT\r\n"), QStringLiteral("QUIT"));
        QVERIFY(dialectFor(Protocol::Imap).isUnsolicitedAllowed("* OK [ALERT] hi"));
        QVERIFY(!dialectFor(Protocol::Smtp).isUnsolicitedAllowed("* OK [ALERT] hi"));
        auto smtp = createDialect(Protocol::Smtp, "x");
        smtp->expect(Expect::Greeting);
        QVERIFY(smtp->refusedGreetingAwaitsQuit(*smtp->feed("554 5.7.1 no service")));
        QVERIFY(!smtp->refusedGreetingAwaitsQuit(*smtp->feed("421 4.3.2 closing")));
        auto pop3 = createDialect(Protocol::Pop3, "x");
        pop3->expect(Expect::Greeting);
        QVERIFY(!pop3->refusedGreetingAwaitsQuit(*pop3->feed("-ERR go away")));
    }

    void plaintextLoginOffers_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QStringList>("capabilities");
        QTest::addColumn<QStringList>("offers");
        QTest::newRow("smtp auth") << int(Protocol::Submission)
                                   << QStringList {"PIPELINING", "AUTH PLAIN LOGIN", "STARTTLS"}
                                   << QStringList {"AUTH PLAIN LOGIN"};
        QTest::newRow("smtp old auth=") << int(Protocol::Smtp) << QStringList {"AUTH=PLAIN LOGIN"}
                                        << QStringList {"AUTH=PLAIN LOGIN"};
        QTest::newRow("smtp none")
            << int(Protocol::Smtp) << QStringList {"STARTTLS"} << QStringList {};
        QTest::newRow("imap login allowed")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "STARTTLS"}
            << QStringList {"IMAP4rev1 STARTTLS"};
        QTest::newRow("imap logindisabled")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "STARTTLS", "LOGINDISABLED"}
            << QStringList {};
        QTest::newRow("pop3 user and sasl")
            << int(Protocol::Pop3) << QStringList {"TOP", "USER", "SASL PLAIN", "STLS"}
            << QStringList {"USER", "SASL PLAIN"};
        QTest::newRow("sieve empty sasl")
            << int(Protocol::Sieve) << QStringList {"SASL", "STARTTLS"} << QStringList {};
        QTest::newRow("sieve sasl")
            << int(Protocol::Sieve) << QStringList {"SASL PLAIN"} << QStringList {"SASL PLAIN"};
        QTest::newRow("pop3 only challenge-response before TLS")
            << int(Protocol::Pop3) << QStringList {"SASL CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"}
            << QStringList {};
        QTest::newRow("sieve only scram before TLS")
            << int(Protocol::Sieve) << QStringList {"SASL SCRAM-SHA-256"} << QStringList {};
        QTest::newRow("smtp scram and plain")
            << int(Protocol::Submission) << QStringList {"AUTH SCRAM-SHA-256 PLAIN"}
            << QStringList {"AUTH SCRAM-SHA-256 PLAIN"};
        QTest::newRow("smtp oauth bearer token")
            << int(Protocol::Submission) << QStringList {"AUTH CRAM-MD5 XOAUTH2"}
            << QStringList {"AUTH CRAM-MD5 XOAUTH2"};
    }
    void plaintextLoginOffers()
    {
        QFETCH(int, protocol);
        QFETCH(QStringList, capabilities);
        QFETCH(QStringList, offers);
        QCOMPARE(dialectFor(Protocol(protocol)).plaintextLoginOffers(capabilities), offers);
    }

    void firewallMasks()
    {
        const Dialect &smtp = dialectFor(Protocol::Smtp);
        QCOMPARE(smtp.maskedCapability({"PIPELINING", "XXXXXXXA", "8BITMIME"}),
                 QStringLiteral("XXXXXXXA"));
        QVERIFY(smtp.maskedCapability({"PIPELINING", "STARTTLS"}).isEmpty());
        QCOMPARE(smtp.maskedGreetingLine({"220 ******************"}),
                 QStringLiteral("220 ******************"));
        QVERIFY(smtp.maskedGreetingLine({"220 mail.test ESMTP"}).isEmpty());
        QVERIFY(dialectFor(Protocol::Imap).maskedCapability({"XXXXXXXA"}).isEmpty());
    }

    void capabilityMatchingIsExact()
    {
        const QStringList caps {QStringLiteral("LOGINDISABLED"), QStringLiteral("AUTH PLAIN"),
                                QStringLiteral("XSTARTTLS")};
        QVERIFY(!hasCapability(caps, QStringLiteral("LOGIN")));
        QVERIFY(!hasCapability(caps, QStringLiteral("STARTTLS")));
        QVERIFY(hasCapability(caps, QStringLiteral("auth")));
        QCOMPARE(capabilityArguments(caps, QStringLiteral("AUTH")),
                 QStringList {QStringLiteral("PLAIN")});
    }
};

QTEST_GUILESS_MAIN(TestDialects)
#include "tst_dialects.moc"
