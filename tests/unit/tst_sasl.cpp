// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The login mechanisms on their own: the RFC test vectors, the automatic
// choice, and each protocol's framing of each exchange, byte for byte, with
// the server lines read by the protocol's own dialect. Hostile servers
// (broken base64, huge or endless challenges, a wrong SCRAM signature) end
// the exchange; they never make it wait or grow.

#include "protocol/authenticator.h"
#include "protocol/dialect.h"
#include "protocol/saslclient.h"
#include "session/redactor.h"

#include <QtTest>

using namespace MailInspect;

namespace {
QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64();
}

LoginCredentials credentials(const QString &user, const QString &password,
                             const QString &token = {})
{
    LoginCredentials c;
    c.user = user;
    c.password = password;
    c.token = token;
    c.host = QStringLiteral("mail.test");
    c.port = 993;
    return c;
}

// RFC 5802 section 5 and RFC 7677 section 3: user "user", password "pencil".
constexpr char sha1Nonce[] = "fyko+d2lbbFgONRv9qkxdawL";
constexpr char sha1ServerFirst[]
    = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
constexpr char sha1ClientFinal[]
    = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
constexpr char sha1ServerFinal[] = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";
constexpr char sha256Nonce[] = "rOprNGfwEbeRWgbNEkqO";
constexpr char sha256ServerFirst[]
    = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
constexpr char sha256ClientFinal[] = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                     "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
constexpr char sha256ServerFinal[] = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

// RFC 2195 section 2.
constexpr char cramChallenge[] = "<1896.697170952@postoffice.reston.mci.net>";
constexpr char cramResponse[] = "tim b913a602c7eda7a495b4e6e7334d3890";

struct Exchange
{
    QList<QByteArray> client; ///< what the client wrote, line by line, without CRLF
    Authenticator::Outcome outcome = Authenticator::Outcome::Continue;
};

// Runs the authenticator over the protocol's dialect: the server's lines are
// fed one by one; every line the client writes is collected.
Exchange drive(Authenticator &auth, Protocol protocol, const QList<QByteArray> &serverLines)
{
    const std::unique_ptr<Dialect> dialect = createDialect(protocol, "client.test");
    Exchange ex;
    ex.client << dialect->taggedCommand(auth.firstCommand()).chopped(2);
    dialect->expect(Expect::Authenticate);
    for (const QByteArray &line : serverLines) {
        const std::optional<Reply> reply = dialect->feed(line);
        if (!reply)
            continue;
        QByteArray next;
        bool isCommand = false;
        ex.outcome = auth.onReply(*reply, &next, &isCommand);
        if (ex.outcome != Authenticator::Outcome::Continue)
            break;
        ex.client << (isCommand ? dialect->taggedCommand(next).chopped(2) : next);
        dialect->expect(Expect::Authenticate);
    }
    return ex;
}
} // namespace

class TestSasl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { SaslClient::setScramNonceForTesting({}); }

    void names()
    {
        QCOMPARE(saslMechanismFromName(QStringLiteral("scram-sha-256")),
                 SaslMechanism::ScramSha256);
        QCOMPARE(saslMechanismFromName(QStringLiteral("LOGIN")), SaslMechanism::Login);
        QCOMPARE(saslMechanismFromName(QStringLiteral("user")), SaslMechanism::Pop3User);
        QCOMPARE(saslMechanismFromName(QStringLiteral("XOAuth2")), SaslMechanism::XOAuth2);
        QVERIFY(!saslMechanismFromName(QStringLiteral("DIGEST-MD5")));
        QVERIFY(!saslMechanismFromName(QString()));
        for (const QString &name : saslMechanismNames())
            QCOMPARE(saslMechanismName(*saslMechanismFromName(name)), name);
        QCOMPARE(saslMechanismName(SaslMechanism::ImapLogin), QStringLiteral("LOGIN"));
    }

    // RFC 5802 section 5: the whole SCRAM-SHA-1 exchange, proof and server signature.
    void scramSha1Vector()
    {
        SaslClient::setScramNonceForTesting(sha1Nonce);
        SaslClient c(SaslMechanism::ScramSha1,
                     credentials(QStringLiteral("user"), QStringLiteral("pencil")));
        QCOMPARE(*c.initialResponse(), QByteArray("n,,n=user,r=") + sha1Nonce);
        const SaslClient::Answer final = c.respond(sha1ServerFirst);
        QVERIFY(!final.abort);
        QCOMPARE(final.response, QByteArray(sha1ClientFinal));
        const SaslClient::Answer empty = c.respond(sha1ServerFinal);
        QVERIFY(!empty.abort);
        QVERIFY(empty.response.isEmpty());
        QVERIFY(c.acceptSuccess(std::nullopt));
        QVERIFY(!c.serverProofInvalid());
    }

    // RFC 7677 section 3: SCRAM-SHA-256.
    void scramSha256Vector()
    {
        SaslClient::setScramNonceForTesting(sha256Nonce);
        SaslClient c(SaslMechanism::ScramSha256,
                     credentials(QStringLiteral("user"), QStringLiteral("pencil")));
        QCOMPARE(*c.initialResponse(), QByteArray("n,,n=user,r=") + sha256Nonce);
        const SaslClient::Answer final = c.respond(sha256ServerFirst);
        QVERIFY(!final.abort);
        QCOMPARE(final.response, QByteArray(sha256ClientFinal));
        QVERIFY(!c.respond(sha256ServerFinal).abort);
        QVERIFY(c.acceptSuccess(std::nullopt));
    }

    // RFC 2195 section 2.
    void cramMd5Vector()
    {
        SaslClient c(SaslMechanism::CramMd5,
                     credentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
        QVERIFY(!c.initialResponse());
        const SaslClient::Answer a = c.respond(cramChallenge);
        QVERIFY(!a.abort);
        QCOMPARE(a.response, QByteArray(cramResponse));
    }

    void scramRandomNonceAndEscapedName()
    {
        SaslClient a(SaslMechanism::ScramSha256,
                     credentials(QStringLiteral("a,b=c"), QStringLiteral("pw")));
        SaslClient b(SaslMechanism::ScramSha256,
                     credentials(QStringLiteral("a,b=c"), QStringLiteral("pw")));
        const QByteArray first = *a.initialResponse();
        QVERIFY2(first.startsWith("n,,n=a=2Cb=3Dc,r="), first.constData());
        QVERIFY(first.size() > 30);
        QVERIFY(first != *b.initialResponse());
        // SASLprep: compatibility forms are normalised, control characters refused.
        QCOMPARE(*scramPrepare(QStringLiteral("\u2168")), QByteArray("IX"));
        QVERIFY(!scramPrepare(QStringLiteral("pw\u0085x")));
        const LoginCredentials injected = credentials(QStringLiteral("alice\x01"
                                                                     "auth=Bearer x"),
                                                      {}, QStringLiteral("tok"));
        QVERIFY(!SaslClient::credentialsProblem(SaslMechanism::XOAuth2, injected).isEmpty());
        QVERIFY(!SaslClient::credentialsProblem(SaslMechanism::OAuthBearer, injected).isEmpty());
        QVERIFY(!SaslClient::credentialsProblem(
                     SaslMechanism::ScramSha1,
                     credentials(QStringLiteral("u"), QStringLiteral("p\x01w")))
                     .isEmpty());
    }

    void scramHostileServerFirst_data()
    {
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::addColumn<QString>("problem");
        QTest::newRow("nonce not extended")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096") << "nonce";
        QTest::newRow("someone else's nonce")
            << QByteArray("r=other3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096") << "nonce";
        QTest::newRow("iterations just above the limit")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLx,s=QSXCR+Q6sek8bf92,i=100001")
            << "iterations";
        QTest::newRow("iterations burn the CPU")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLx,s=QSXCR+Q6sek8bf92,i=2000000000")
            << "iterations";
        QTest::newRow("no salt") << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLx,i=4096") << "salt";
        QTest::newRow("bad salt") << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLx,s=!!,i=4096")
                                  << "base64";
        QTest::newRow("extension") << QByteArray("m=x,r=fyko+d2lbbFgONRv9qkxdawLx") << "extension";
        QTest::newRow("server error") << QByteArray("e=unknown-user") << "unknown-user";
        QTest::newRow("huge") << QByteArray(100000, 'r') << "too long";
    }
    void scramHostileServerFirst()
    {
        QFETCH(QByteArray, serverFirst);
        QFETCH(QString, problem);
        SaslClient::setScramNonceForTesting(sha1Nonce);
        SaslClient c(SaslMechanism::ScramSha1,
                     credentials(QStringLiteral("user"), QStringLiteral("pencil")));
        QVERIFY(c.initialResponse());
        QElapsedTimer t;
        t.start();
        const SaslClient::Answer a = c.respond(serverFirst);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(a.abort);
        QVERIFY2(c.problem().contains(problem), qPrintable(c.problem()));
        QVERIFY(!c.serverProofInvalid());
    }

    void scramWrongServerSignature()
    {
        SaslClient::setScramNonceForTesting(sha256Nonce);
        SaslClient c(SaslMechanism::ScramSha256,
                     credentials(QStringLiteral("user"), QStringLiteral("pencil")));
        c.initialResponse();
        QVERIFY(!c.respond(sha256ServerFirst).abort);
        QVERIFY(c.respond("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=").abort);
        QVERIFY(c.serverProofInvalid());
        QVERIFY(!c.acceptSuccess(std::nullopt));
    }

    // The automatic choice, and why nothing is tried.
    void plan_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QStringList>("caps");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<bool>("password");
        QTest::addColumn<bool>("token");
        QTest::addColumn<bool>("mayReveal");
        QTest::addColumn<QString>("name"); // chosen, for people; or the obstacle's number
        QTest::addColumn<int>("obstacle");
        using O = Authenticator::Obstacle;
        const QStringList smtpAll {"PIPELINING",
                                   "AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 XOAUTH2 "
                                   "OAUTHBEARER"};
        QTest::newRow("password: strongest")
            << int(Protocol::Submission) << smtpAll << "" << true << false << true
            << "AUTH SCRAM-SHA-256" << int(O::None);
        QTest::newRow("token first") << int(Protocol::Submission) << smtpAll << "" << true << true
                                     << true << "AUTH OAUTHBEARER" << int(O::None);
        QTest::newRow("token: xoauth2 only")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "AUTH=XOAUTH2", "AUTH=PLAIN"} << ""
            << false << true << true << "AUTHENTICATE XOAUTH2" << int(O::None);
        QTest::newRow("token, password mechanisms only")
            << int(Protocol::Submission) << QStringList {"AUTH PLAIN LOGIN"} << "" << false << true
            << true << "" << int(O::NoSuitableMechanism);
        QTest::newRow("password, oauth only")
            << int(Protocol::Submission) << QStringList {"AUTH XOAUTH2"} << "" << true << false
            << true << "" << int(O::NoSuitableMechanism);
        QTest::newRow("plain text: cram-md5")
            << int(Protocol::Submission) << QStringList {"AUTH PLAIN LOGIN CRAM-MD5"} << "" << true
            << false << false << "AUTH CRAM-MD5" << int(O::None);
        QTest::newRow("plain text: nothing safe")
            << int(Protocol::Submission) << QStringList {"AUTH PLAIN LOGIN"} << "" << true << false
            << false << "" << int(O::Withheld);
        QTest::newRow("plain text: PLAIN asked")
            << int(Protocol::Submission) << QStringList {"AUTH PLAIN SCRAM-SHA-1"} << "PLAIN"
            << true << false << false << "" << int(O::Withheld);
        QTest::newRow("no AUTH") << int(Protocol::Submission) << QStringList {"PIPELINING"} << ""
                                 << true << false << true << "" << int(O::NotOffered);
        QTest::newRow("old AUTH=") << int(Protocol::Submission) << QStringList {"AUTH=PLAIN LOGIN"}
                                   << "" << true << false << true << "AUTH PLAIN" << int(O::None);
        QTest::newRow("asked, not offered")
            << int(Protocol::Submission) << QStringList {"AUTH PLAIN"} << "SCRAM-SHA-1" << true
            << false << true << "" << int(O::MechanismNotOffered);
        QTest::newRow("asked xoauth2 without token")
            << int(Protocol::Submission) << smtpAll << "XOAUTH2" << true << false << true << ""
            << int(O::NoSuitableMechanism);
        QTest::newRow("imap LOGINDISABLED")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "LOGINDISABLED"} << "" << true
            << false << true << "" << int(O::NotOffered);
        QTest::newRow("imap login command")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1"} << "" << true << false << true
            << "IMAP LOGIN" << int(O::None);
        QTest::newRow("imap LOGIN asked, AUTH=LOGIN offered")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "AUTH=LOGIN"} << "LOGIN" << true
            << false << true << "AUTHENTICATE LOGIN" << int(O::None);
        QTest::newRow("imap LOGIN asked, command only")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "AUTH=PLAIN"} << "LOGIN" << true
            << false << true << "IMAP LOGIN" << int(O::None);
        QTest::newRow("pop3 sasl before USER")
            << int(Protocol::Pop3) << QStringList {"USER", "SASL PLAIN CRAM-MD5"} << "" << true
            << false << true << "AUTH CRAM-MD5" << int(O::None);
        QTest::newRow("pop3 USER asked")
            << int(Protocol::Pop3) << QStringList {"USER", "SASL PLAIN"} << "USER" << true << false
            << true << "USER/PASS" << int(O::None);
        QTest::newRow("sieve no SASL") << int(Protocol::Sieve) << QStringList {"SASL"} << "" << true
                                       << false << true << "" << int(O::NotOffered);
        QTest::newRow("sieve USER asked")
            << int(Protocol::Sieve) << QStringList {"SASL PLAIN"} << "USER" << true << false << true
            << "" << int(O::MechanismNotOffered);
    }
    void plan()
    {
        QFETCH(int, protocol);
        QFETCH(QStringList, caps);
        QFETCH(QString, asked);
        QFETCH(bool, password);
        QFETCH(bool, token);
        QFETCH(bool, mayReveal);
        QFETCH(QString, name);
        QFETCH(int, obstacle);
        Authenticator auth(Protocol(protocol), caps,
                           credentials(QStringLiteral("alice"),
                                       password ? QStringLiteral("pw") : QString(),
                                       token ? QStringLiteral("tok") : QString()),
                           saslMechanismFromName(asked), mayReveal);
        QCOMPARE(int(auth.obstacle()), obstacle);
        QCOMPARE(auth.mechanismName(), name);
        QCOMPARE(auth.unavailableReason().isEmpty(),
                 obstacle == int(Authenticator::Obstacle::None));
        if (!name.isEmpty())
            QVERIFY(!auth.choice().isEmpty());
    }

    // Each protocol's framing, byte for byte. "C:" lines are what the client
    // must write, "S:" what the server sends.
    void wire_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QStringList>("caps");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QList<QByteArray>>("dialogue");
        QTest::addColumn<int>("outcome");
        const int ok = int(Authenticator::Outcome::Succeeded);
        const int failed = int(Authenticator::Outcome::Failed);
        const QStringList smtp {"AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 XOAUTH2"};
        const QByteArray plain = b64(QByteArray("\0alice\0s3cret", 13));
        const QByteArray xoauth = b64("user=alice\x01"
                                      "auth=Bearer ya29.tok\x01\x01");
        const QByteArray bearer = b64("n,a=alice,\x01host=mail.test\x01port=993\x01"
                                      "auth=Bearer ya29.tok\x01\x01");

        QTest::newRow("smtp PLAIN with initial response")
            << int(Protocol::Submission) << smtp << "PLAIN"
            << "alice"
            << "s3cret"
            << "" << QByteArray() << QList<QByteArray> {"C: AUTH PLAIN " + plain, "S: 235 2.7.0 ok"}
            << ok;
        QTest::newRow("smtp LOGIN")
            << int(Protocol::Submission) << smtp << "LOGIN"
            << "alice"
            << "s3cret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: AUTH LOGIN",       "S: 334 VXNlcm5hbWU6",
                                  "C: " + b64("alice"),  "S: 334 UGFzc3dvcmQ6",
                                  "C: " + b64("s3cret"), "S: 235 2.7.0 ok"}
            << ok;
        QTest::newRow("smtp CRAM-MD5 (RFC 2195)")
            << int(Protocol::Submission) << smtp << "CRAM-MD5"
            << "tim"
            << "tanstaaftanstaaf"
            << "" << QByteArray()
            << QList<QByteArray> {"C: AUTH CRAM-MD5", "S: 334 " + b64(cramChallenge),
                                  "C: " + b64(cramResponse), "S: 235 2.7.0 ok"}
            << ok;
        QTest::newRow("smtp SCRAM-SHA-256 (RFC 7677)")
            << int(Protocol::Submission) << smtp << ""
            << "user"
            << "pencil"
            << "" << QByteArray(sha256Nonce)
            << QList<QByteArray> {"C: AUTH SCRAM-SHA-256 "
                                      + b64(QByteArray("n,,n=user,r=") + sha256Nonce),
                                  "S: 334 " + b64(sha256ServerFirst),
                                  "C: " + b64(sha256ClientFinal),
                                  "S: 334 " + b64(sha256ServerFinal),
                                  "C: ",
                                  "S: 235 2.7.0 ok"}
            << ok;
        QTest::newRow("smtp SCRAM wrong server signature")
            << int(Protocol::Submission) << smtp << "SCRAM-SHA-256"
            << "user"
            << "pencil"
            << "" << QByteArray(sha256Nonce)
            << QList<QByteArray> {"C: AUTH SCRAM-SHA-256 "
                                      + b64(QByteArray("n,,n=user,r=") + sha256Nonce),
                                  "S: 334 " + b64(sha256ServerFirst),
                                  "C: " + b64(sha256ClientFinal),
                                  "S: 334 " + b64("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="),
                                  "C: *",
                                  "S: 501 5.7.0 cancelled"}
            << failed;
        QTest::newRow("smtp XOAUTH2 error challenge")
            << int(Protocol::Submission) << smtp << ""
            << "alice"
            << ""
            << "ya29.tok" << QByteArray()
            << QList<QByteArray> {"C: AUTH XOAUTH2 " + xoauth,
                                  "S: 334 "
                                      + b64("{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":"
                                            "\"https://mail.google.com/\"}"),
                                  "C: ", "S: 535 5.7.8 Username and Password not accepted"}
            << failed;
        QTest::newRow("imap PLAIN with SASL-IR")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "SASL-IR", "AUTH=PLAIN"} << ""
            << "alice"
            << "s3cret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: a1 AUTHENTICATE PLAIN " + plain, "S: a1 OK done"} << ok;
        QTest::newRow("imap PLAIN without SASL-IR")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "AUTH=PLAIN"} << ""
            << "alice"
            << "s3cret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: a1 AUTHENTICATE PLAIN", "S: +", "C: " + plain,
                                  "S: a1 OK done"}
            << ok;
        QTest::newRow("imap SCRAM-SHA-1 (RFC 5802) without SASL-IR")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "AUTH=SCRAM-SHA-1"} << ""
            << "user"
            << "pencil"
            << "" << QByteArray(sha1Nonce)
            << QList<QByteArray> {"C: a1 AUTHENTICATE SCRAM-SHA-1",
                                  "S: + ",
                                  "C: " + b64(QByteArray("n,,n=user,r=") + sha1Nonce),
                                  "S: + " + b64(sha1ServerFirst),
                                  "C: " + b64(sha1ClientFinal),
                                  "S: + " + b64(sha1ServerFinal),
                                  "C: ",
                                  "S: a1 OK done"}
            << ok;
        QTest::newRow("imap SCRAM success without the server's proof")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "SASL-IR", "AUTH=SCRAM-SHA-1"} << ""
            << "user"
            << "pencil"
            << "" << QByteArray(sha1Nonce)
            << QList<QByteArray> {"C: a1 AUTHENTICATE SCRAM-SHA-1 "
                                      + b64(QByteArray("n,,n=user,r=") + sha1Nonce),
                                  "S: + " + b64(sha1ServerFirst), "C: " + b64(sha1ClientFinal),
                                  "S: a1 OK welcome"}
            << failed;
        QTest::newRow("imap OAUTHBEARER invalid_token")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1", "SASL-IR", "AUTH=OAUTHBEARER"} << ""
            << "alice"
            << ""
            << "ya29.tok" << QByteArray()
            << QList<QByteArray> {"C: a1 AUTHENTICATE OAUTHBEARER " + bearer,
                                  "S: + "
                                      + b64("{\"status\":\"invalid_token\",\"scope\":\"mail\","
                                            "\"openid-configuration\":\"https://example.com/"
                                            ".well-known/openid-configuration\"}"),
                                  "C: AQ==", "S: a1 NO [AUTHENTICATIONFAILED] failed"}
            << failed;
        QTest::newRow("imap LOGIN quoted")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1"} << ""
            << "alice"
            << "s3\"c\\ret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: a1 LOGIN \"alice\" \"s3\\\"c\\\\ret\"", "S: a1 OK done"}
            << ok;
        QTest::newRow("imap LOGIN literal")
            << int(Protocol::Imap) << QStringList {"IMAP4rev1"} << ""
            << "alice" << QString::fromUtf8("p\xc3\xa4sswort") << "" << QByteArray()
            << QList<QByteArray> {"C: a1 LOGIN \"alice\" {9}", "S: + go ahead",
                                  "C: p\xc3\xa4sswort", "S: a1 OK done"}
            << ok;
        QTest::newRow("pop3 AUTH PLAIN with initial response")
            << int(Protocol::Pop3) << QStringList {"USER", "SASL PLAIN"} << ""
            << "alice"
            << "s3cret"
            << "" << QByteArray() << QList<QByteArray> {"C: AUTH PLAIN " + plain, "S: +OK done"}
            << ok;
        QTest::newRow("pop3 long initial response waits for the challenge")
            << int(Protocol::Pop3) << QStringList {"SASL XOAUTH2"} << ""
            << "alice"
            << "" << QString(300, QLatin1Char('t')) << QByteArray()
            << QList<QByteArray> {"C: AUTH XOAUTH2", "S: + ",
                                  "C: "
                                      + b64("user=alice\x01"
                                            "auth=Bearer "
                                            + QByteArray(300, 't') + "\x01\x01"),
                                  "S: +OK done"}
            << ok;
        QTest::newRow("pop3 USER/PASS")
            << int(Protocol::Pop3) << QStringList {"USER"} << ""
            << "alice"
            << "s3cret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: USER alice", "S: +OK", "C: PASS s3cret", "S: +OK in"} << ok;
        QTest::newRow("pop3 USER refused")
            << int(Protocol::Pop3) << QStringList {"USER"} << ""
            << "alice"
            << "s3cret"
            << "" << QByteArray() << QList<QByteArray> {"C: USER alice", "S: -ERR no"} << failed;
        QTest::newRow("sieve PLAIN")
            << int(Protocol::Sieve) << QStringList {"SASL PLAIN"} << ""
            << "alice"
            << "s3cret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: AUTHENTICATE \"PLAIN\" \"" + plain + '"', "S: OK"} << ok;
        QTest::newRow("sieve SCRAM-SHA-256, the proof in OK (SASL)")
            << int(Protocol::Sieve) << QStringList {"SASL SCRAM-SHA-256 PLAIN"} << ""
            << "user"
            << "pencil"
            << "" << QByteArray(sha256Nonce)
            << QList<QByteArray> {"C: AUTHENTICATE \"SCRAM-SHA-256\" \""
                                      + b64(QByteArray("n,,n=user,r=") + sha256Nonce) + '"',
                                  "S: \"" + b64(sha256ServerFirst) + '"',
                                  "C: \"" + b64(sha256ClientFinal) + '"',
                                  "S: OK (SASL \"" + b64(sha256ServerFinal) + "\") Logged in."}
            << ok;
        QTest::newRow("sieve SCRAM, a wrong proof in OK (SASL)")
            << int(Protocol::Sieve) << QStringList {"SASL SCRAM-SHA-256"} << ""
            << "user"
            << "pencil"
            << "" << QByteArray(sha256Nonce)
            << QList<QByteArray> {"C: AUTHENTICATE \"SCRAM-SHA-256\" \""
                                      + b64(QByteArray("n,,n=user,r=") + sha256Nonce) + '"',
                                  "S: \"" + b64(sha256ServerFirst) + '"',
                                  "C: \"" + b64(sha256ClientFinal) + '"',
                                  "S: OK (SASL \"" + b64("v=AAAA") + "\") Logged in."}
            << failed;
        QTest::newRow("sieve OAUTHBEARER insufficient_scope")
            << int(Protocol::Sieve) << QStringList {"SASL OAUTHBEARER"} << ""
            << "alice"
            << ""
            << "ya29.tok" << QByteArray()
            << QList<QByteArray> {"C: AUTHENTICATE \"OAUTHBEARER\" \"" + bearer + '"',
                                  "S: \""
                                      + b64(
                                          "{\"status\":\"insufficient_scope\",\"scope\":\"sieve\"}")
                                      + '"',
                                  "C: \"AQ==\"", "S: NO \"denied\""}
            << failed;
        // Hostile servers: the exchange is cancelled, and a server that keeps
        // asking after that is left.
        QTest::newRow("invalid base64")
            << int(Protocol::Submission) << smtp << "CRAM-MD5"
            << "alice"
            << "s3cret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: AUTH CRAM-MD5", "S: 334 !!not base64!!", "C: *",
                                  "S: 501 5.7.0 cancelled"}
            << failed;
        QTest::newRow("huge challenge")
            << int(Protocol::Submission) << smtp << "CRAM-MD5"
            << "alice"
            << "s3cret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: AUTH CRAM-MD5", "S: 334 " + QByteArray(60000, 'A'), "C: *",
                                  "S: 334 " + QByteArray(60000, 'A')}
            << failed;
        QTest::newRow("endless LOGIN prompts") << int(Protocol::Submission) << smtp << "LOGIN"
                                               << "alice"
                                               << "s3cret"
                                               << "" << QByteArray()
                                               << QList<QByteArray> {"C: AUTH LOGIN",
                                                                     "S: 334 VXNlcm5hbWU6",
                                                                     "C: " + b64("alice"),
                                                                     "S: 334 UGFzc3dvcmQ6",
                                                                     "C: " + b64("s3cret"),
                                                                     "S: 334 UGFzc3dvcmQ6",
                                                                     "C: *",
                                                                     "S: 334 UGFzc3dvcmQ6",
                                                                     "S: 334 UGFzc3dvcmQ6"}
                                               << failed;
        QTest::newRow("sieve endless challenges")
            << int(Protocol::Sieve) << QStringList {"SASL PLAIN"} << ""
            << "alice"
            << "s3cret"
            << "" << QByteArray()
            << QList<QByteArray> {"C: AUTHENTICATE \"PLAIN\" \"" + plain + '"', "S: \"\"",
                                  "C: \"*\"", "S: \"\"", "S: \"\""}
            << failed;
    }
    void wire()
    {
        QFETCH(int, protocol);
        QFETCH(QStringList, caps);
        QFETCH(QString, asked);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, token);
        QFETCH(QByteArray, nonce);
        QFETCH(QList<QByteArray>, dialogue);
        QFETCH(int, outcome);
        SaslClient::setScramNonceForTesting(nonce);
        Authenticator auth(Protocol(protocol), caps, credentials(user, password, token),
                           saslMechanismFromName(asked), true);
        QVERIFY2(auth.unavailableReason().isEmpty(), qPrintable(auth.unavailableReason()));
        QList<QByteArray> server;
        QList<QByteArray> expected;
        for (const QByteArray &line : dialogue)
            (line.startsWith("S: ") ? server : expected).append(line.mid(3));
        const Exchange ex = drive(auth, Protocol(protocol), server);
        QCOMPARE(ex.client, expected);
        QCOMPARE(int(ex.outcome), outcome);
        const QByteArray tag = QTest::currentDataTag();
        if (tag.contains("wrong") || tag.contains("without the server's proof"))
            QVERIFY(auth.serverProofInvalid());
        else
            QVERIFY(!auth.serverProofInvalid());
        if (outcome == int(Authenticator::Outcome::Failed)
            && QByteArray(QTest::currentDataTag()).contains(' ')
            && !QByteArray(QTest::currentDataTag()).contains("refused")
            && !QByteArray(QTest::currentDataTag()).contains("invalid_token")
            && !QByteArray(QTest::currentDataTag()).contains("insufficient")
            && !QByteArray(QTest::currentDataTag()).contains("XOAUTH2"))
            QVERIFY2(!auth.problem().isEmpty(), "a cancelled exchange says why");
    }

    void oauthErrorChallenge()
    {
        Authenticator auth(
            Protocol::Imap, {QStringLiteral("SASL-IR"), QStringLiteral("AUTH=OAUTHBEARER")},
            credentials(QStringLiteral("alice"), {}, QStringLiteral("tok")), std::nullopt, true);
        drive(auth, Protocol::Imap,
              {"+ "
                   + b64("{\"status\":\"invalid_token\",\"scope\":\"https://mail.example/ "
                         "\\u001b[2J\",\"openid-configuration\":\"https://example.com/.well-known/"
                         "openid-configuration\"}"),
               "a1 NO failed"});
        QCOMPARE(auth.oauthStatus(), QStringLiteral("invalid_token"));
        QCOMPARE(auth.oauthScope(), QStringLiteral("https://mail.example/ \\x1b[2J"));
        QCOMPARE(auth.oauthConfiguration(),
                 QStringLiteral("https://example.com/.well-known/openid-configuration"));

        Authenticator xo(Protocol::Submission, {QStringLiteral("AUTH XOAUTH2")},
                         credentials(QStringLiteral("alice"), {}, QStringLiteral("tok")),
                         std::nullopt, true);
        drive(xo, Protocol::Submission, {"334 " + b64("not json"), "535 5.7.8 no"});
        QVERIFY(!xo.oauthStatus().isEmpty());
        QVERIFY(xo.oauthScope().isEmpty());
    }

    // Every form a secret took on the wire is known to the redactor.
    void sentFormsCoverTheBlobs()
    {
        Authenticator auth(Protocol::Submission, {QStringLiteral("AUTH XOAUTH2 PLAIN")},
                           credentials(QStringLiteral("alice"), {}, QStringLiteral("ya29.tok")),
                           std::nullopt, true);
        auth.firstCommand();
        const QByteArray blob = "user=alice\x01"
                                "auth=Bearer ya29.tok\x01\x01";
        QVERIFY(auth.sentForms().contains(blob));
        QVERIFY(auth.sentForms().contains(b64(blob)));
        QVERIFY(auth.secrets().contains("ya29.tok"));
    }

    void redactorHidesLiteralLogin()
    {
        Redactor r;
        QCOMPARE(r.redactClientLine("a1 LOGIN \"alice\" {9}\r\n"),
                 QByteArray("a1 LOGIN <redacted> <redacted>\r\n"));
        QCOMPARE(r.redactClientLine("p\xc3\xa4sswort\r\n"), QByteArray("<redacted>\r\n"));
        r.endSaslExchange();
        QCOMPARE(r.redactClientLine("a2 LOGOUT\r\n"), QByteArray("a2 LOGOUT\r\n"));
        QCOMPARE(r.redactClientLine("\"*\""), QByteArray("\"*\""));
    }
};

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
