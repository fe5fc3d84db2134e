// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The inspection engine against the scripted server: every protocol in every
// security mode, with real TLS and the generated test certificates.

#include "protocol/saslclient.h"
#include "report/jsonwriter.h"
#include "report/textwriter.h"
#include "session/inspection.h"
#include "session/multiaddressinspection.h"
#include "simulator/certificatestore.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"
#include "testscripts.h"
#include "testsupport.h"

#include <QTcpServer>
#include <QtTest>

using namespace MailInspect;

using namespace MailInspect::Test::Scripts;

namespace {
QStringList stepIds(const Report &r)
{
    QStringList ids;
    for (const Step &s : r.steps)
        ids.append(stepIdName(s.id));
    return ids;
}

QString failedSteps(const Report &r)
{
    QStringList out;
    for (const Step &s : r.steps) {
        if (s.status == StepStatus::Error)
            out.append(stepIdName(s.id) + QStringLiteral(": ") + s.summary);
    }
    return out.join(QStringLiteral("; "));
}

bool transcriptHas(const Report &r, Direction dir, bool tls, const QString &text)
{
    for (const TranscriptEvent &e : r.transcript) {
        if (e.direction == dir && e.tls == tls && e.text == text)
            return true;
    }
    return false;
}
} // namespace

class TestInspection : public QObject
{
    Q_OBJECT

    struct Run
    {
        std::unique_ptr<ScriptedServer> server;
        std::unique_ptr<Inspection> inspection;
    };

    Run run(const QString &script, Protocol protocol, Security security, bool trustCa = true,
            int timeoutMs = 3000, const std::function<void(Inspection &)> &whileRunning = {})
    {
        QString error;
        auto parsed = SimulatorScript::parse(script, &error);
        if (!parsed)
            qFatal("script does not parse: %s", qPrintable(error));
        Run r;
        r.server = std::make_unique<ScriptedServer>(
            *parsed, CertificateStore::fromDirectory(Test::pkiDir()));
        if (!r.server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.connectAddress = QStringLiteral("127.0.0.1");
        request.port = r.server->serverPort();
        request.protocol = protocol;
        request.security = security;
        request.timeoutMs = timeoutMs;
        request.user = m_user;
        request.password = m_password;
        request.oauthToken = m_token;
        request.authMechanism = saslMechanismFromName(m_mechanism);
        request.checkMailbox = m_checkMailbox; // the login tests end at the login
        request.allowPlaintextAuth = m_allowPlaintext;
        request.checkInjection = m_checkInjection;
        request.deadlineMs = m_deadlineMs;
        if (trustCa)
            request.extraCaCertificates
                = QSslCertificate::fromPath(Test::pkiFile(QStringLiteral("ca.pem")));
        r.inspection = std::make_unique<Inspection>(request);
        QSignalSpy finished(r.inspection.get(), &Inspection::finished);
        r.inspection->start();
        if (whileRunning)
            whileRunning(*r.inspection);
        if (!finished.wait(timeoutMs * 6 + 5000))
            qWarning("inspection did not finish");
        return r;
    }

    QString m_user;
    QString m_password;
    QString m_token;
    QString m_mechanism;
    bool m_checkMailbox = false;
    bool m_allowPlaintext = false;
    bool m_checkInjection = false;
    int m_deadlineMs = 0;

private Q_SLOTS:
    void init()
    {
        m_deadlineMs = 0;
        m_user.clear();
        m_password.clear();
        m_token.clear();
        m_mechanism.clear();
        SaslClient::setScramNonceForTesting({});
        m_allowPlaintext = false;
        m_checkInjection = false;
    }

    void logins_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<bool>("succeeds");
        const QString b64User = QString::fromLatin1(QByteArray("alice@mail.test").toBase64());
        const QString b64Pass = QString::fromLatin1(QByteArray("Sup3r-s3cret!").toBase64());
        const QString plain
            = QString::fromLatin1(QByteArray("\0alice@mail.test\0Sup3r-s3cret!", 30).toBase64());
        const QString smtpHead
            = QStringLiteral("!tls good\nS: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                             "S: 250 AUTH PLAIN LOGIN\n");
        QTest::newRow("smtp auth plain") << smtpHead
                + QStringLiteral("C: AUTH PLAIN %1\nS: 235 2.7.0 Authentication successful\n"
                                 "C: QUIT\nS: 221 bye\n!close\n")
                      .arg(plain) << int(Protocol::Submission)
                                         << "" << true;
        QTest::newRow("smtp auth login") << smtpHead
                + QStringLiteral("C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: %1\n"
                                 "S: 334 UGFzc3dvcmQ6\nC: %2\nS: 235 2.7.0 ok\n"
                                 "C: QUIT\nS: 221 bye\n!close\n")
                      .arg(b64User, b64Pass)
                                         << int(Protocol::Submission) << "LOGIN" << true;
        QTest::newRow("smtp auth failed") << smtpHead
                + QStringLiteral("C: AUTH PLAIN *\nS: 535 5.7.8 Error: authentication failed\n"
                                 "C: QUIT\nS: 221 bye\n!close\n")
                                          << int(Protocol::Submission) << "" << false;
        const QString imapHead
            = QStringLiteral("!tls good\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n");
        QTest::newRow("imap login") << imapHead
                + QStringLiteral("C: a1 LOGIN \"alice@mail.test\" \"Sup3r-s3cret!\"\n"
                                 "S: a1 OK Logged in\nC: a2 LOGOUT\nS: a2 OK bye\n!close\n")
                                    << int(Protocol::Imap) << "LOGIN" << true;
        QTest::newRow("imap authenticate") << imapHead
                + QStringLiteral("C: a1 AUTHENTICATE PLAIN\nS: + \nC: %1\n"
                                 "S: a1 OK Logged in\nC: a2 LOGOUT\nS: a2 OK bye\n!close\n")
                      .arg(plain) << int(Protocol::Imap)
                                           << "" << true;
        QTest::newRow("pop3 user pass")
            << QStringLiteral("!tls good\nS: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\n"
                              "C: USER alice@mail.test\nS: +OK\nC: PASS Sup3r-s3cret!\n"
                              "S: +OK Logged in.\nC: QUIT\nS: +OK bye\n!close\n")
            << int(Protocol::Pop3) << "" << true;
        QTest::newRow("sieve authenticate")
            << QStringLiteral("!tls good\nS: \"SASL\" \"PLAIN\"\nS: OK ready\n"
                              "C: AUTHENTICATE \"PLAIN\" \"%1\"\nS: OK \"Logged in.\"\n"
                              "C: LOGOUT\nS: OK bye\n!close\n")
                   .arg(plain)
            << int(Protocol::Sieve) << "" << true;
    }
    void logins()
    {
        QFETCH(QString, script);
        QFETCH(int, protocol);
        QFETCH(QString, mechanism);
        QFETCH(bool, succeeds);
        m_user = QStringLiteral("alice@mail.test");
        m_password = QStringLiteral("Sup3r-s3cret!");
        m_mechanism = mechanism;
        Run r = run(script, Protocol(protocol), Security::ImplicitTls);
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        QVERIFY(report.step(StepId::Authenticate));
        QCOMPARE(report.facts.authAttempted, true);
        QCOMPARE(report.facts.authSucceeded, succeeds);
        QCOMPARE(report.step(StepId::Authenticate)->status,
                 succeeds ? StepStatus::Ok : StepStatus::Error);
        QVERIFY(report.facts.quitAnswered);
        // Redacted when recorded: no form of the secrets is in the report.
        const QList<QByteArray> secrets {
            "alice@mail.test", "Sup3r-s3cret!", QByteArray("alice@mail.test").toBase64(),
            QByteArray("Sup3r-s3cret!").toBase64(),
            QByteArray("\0alice@mail.test\0Sup3r-s3cret!", 30).toBase64()};
        bool sawRedacted = false;
        for (const TranscriptEvent &e : report.transcript) {
            for (const QByteArray &s : secrets)
                QVERIFY2(!e.text.contains(QString::fromLatin1(s)), qPrintable(e.text));
            sawRedacted = sawRedacted || e.text.contains(QStringLiteral("<redacted>"));
        }
        QVERIFY(sawRedacted);
    }

    // Every mechanism over a real TLS connection to the scripted server, with
    // what the report's login object says. SCRAM runs with the RFC vectors'
    // client nonce, so the server's lines are the RFCs' (user "user",
    // password "pencil").
    void saslLogins_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("mechanism"); // asked; empty: automatic
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QString>("result"); // login.result
        QTest::addColumn<QString>("used"); // login.mechanism
        QTest::addColumn<bool>("proofInvalid");
        QTest::addColumn<QString>("oauthStatus");
        auto b64 = [](const QByteArray &raw) {
            return QString::fromLatin1(raw.toBase64());
        };
        const QByteArray nonce1 = "fyko+d2lbbFgONRv9qkxdawL";
        const QByteArray first1
            = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
        const QByteArray final1 = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                                  "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
        const QByteArray v1 = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";
        const QByteArray nonce256 = "rOprNGfwEbeRWgbNEkqO";
        const QByteArray first256 = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                    "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        const QByteArray final256 = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                    "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
        const QByteArray v256 = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

        QTest::newRow("imap SCRAM-SHA-256 with SASL-IR")
            << QStringLiteral("!tls good\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN "
                              "AUTH=SCRAM-SHA-256] ready\nC: a1 AUTHENTICATE SCRAM-SHA-256 %1\n"
                              "S: + %2\nC: %3\nS: + %4\n!read\nS: a1 OK Logged in\n"
                              "C: a2 LOGOUT\nS: a2 OK bye\n!close\n")
                   .arg(b64("n,,n=user,r=" + nonce256), b64(first256), b64(final256), b64(v256))
            << int(Protocol::Imap) << ""
            << "user"
            << "pencil"
            << "" << nonce256 << "ok"
            << "SCRAM-SHA-256" << false << "";
        QTest::newRow("imap SCRAM-SHA-1 by continuation")
            << QStringLiteral("!tls good\nS: * OK [CAPABILITY IMAP4rev1 AUTH=SCRAM-SHA-1] ready\n"
                              "C: a1 AUTHENTICATE SCRAM-SHA-1\nS: +\nC: %1\nS: + %2\nC: %3\n"
                              "S: + %4\n!read\nS: a1 OK Logged in\nC: a2 LOGOUT\n"
                              "S: a2 OK bye\n!close\n")
                   .arg(b64("n,,n=user,r=" + nonce1), b64(first1), b64(final1), b64(v1))
            << int(Protocol::Imap) << "scram-sha-1"
            << "user"
            << "pencil"
            << "" << nonce1 << "ok"
            << "SCRAM-SHA-1" << false << "";
        QTest::newRow("smtp SCRAM-SHA-1, wrong server signature")
            << QStringLiteral("!tls good\nS: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                              "S: 250 AUTH PLAIN SCRAM-SHA-1\nC: AUTH SCRAM-SHA-1 %1\n"
                              "S: 334 %2\nC: %3\nS: 334 %4\nC: *\n"
                              "S: 501 5.7.0 Authentication aborted\nC: QUIT\nS: 221 bye\n"
                              "!close\n")
                   .arg(b64("n,,n=user,r=" + nonce1), b64(first1), b64(final1),
                        b64("v=AAAApqV8S7suAoZWja4dJRkFsKQ="))
            << int(Protocol::Submission) << ""
            << "user"
            << "pencil"
            << "" << nonce1 << "refused"
            << "SCRAM-SHA-1" << true << "";
        QTest::newRow("sieve SCRAM-SHA-1, the proof in OK (SASL)")
            << QStringLiteral("!tls good\nS: \"IMPLEMENTATION\" \"test\"\n"
                              "S: \"SASL\" \"PLAIN SCRAM-SHA-1\"\nS: OK ready\n"
                              "C: AUTHENTICATE \"SCRAM-SHA-1\" \"%1\"\nS: \"%2\"\nC: \"%3\"\n"
                              "S: OK (SASL \"%4\") Logged in.\nC: LOGOUT\nS: OK bye\n!close\n")
                   .arg(b64("n,,n=user,r=" + nonce1), b64(first1), b64(final1), b64(v1))
            << int(Protocol::Sieve) << ""
            << "user"
            << "pencil"
            << "" << nonce1 << "ok"
            << "SCRAM-SHA-1" << false << "";
        QTest::newRow("pop3 CRAM-MD5")
            << QStringLiteral("!tls good\nS: +OK ready\nC: CAPA\nS: +OK\nS: USER\n"
                              "S: SASL PLAIN CRAM-MD5\nS: .\nC: AUTH CRAM-MD5\nS: + %1\n"
                              "C: %2\nS: +OK Logged in.\nC: QUIT\nS: +OK bye\n!close\n")
                   .arg(b64("<1896.697170952@postoffice.reston.mci.net>"),
                        b64("tim b913a602c7eda7a495b4e6e7334d3890"))
            << int(Protocol::Pop3) << ""
            << "tim"
            << "tanstaaftanstaaf"
            << "" << QByteArray() << "ok"
            << "CRAM-MD5" << false << "";
        QTest::newRow("smtp LOGIN asked, refused")
            << QStringLiteral("!tls good\nS: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                              "S: 250 AUTH PLAIN LOGIN CRAM-MD5\nC: AUTH LOGIN\n"
                              "S: 334 VXNlcm5hbWU6\n!read\nS: 334 UGFzc3dvcmQ6\n!read\n"
                              "S: 535 5.7.8 Error: authentication failed\nC: QUIT\nS: 221 bye\n"
                              "!close\n")
            << int(Protocol::Submission) << "LOGIN"
            << "alice@mail.test"
            << "Sup3r-s3cret!"
            << "" << QByteArray() << "refused"
            << "LOGIN" << false << "";
        QTest::newRow("imap OAUTHBEARER, invalid_token")
            << QStringLiteral("!tls good\nS: * OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 "
                              "AUTH=OAUTHBEARER] ready\nC: a1 AUTHENTICATE OAUTHBEARER\nS: +\n"
                              "!read\nS: + %1\nC: AQ==\n"
                              "S: a1 NO [AUTHENTICATIONFAILED] Authentication failed\n"
                              "C: a2 LOGOUT\nS: a2 OK bye\n!close\n")
                   .arg(b64("{\"status\":\"invalid_token\",\"scope\":\"mail\","
                            "\"openid-configuration\":\"https://id.test/.well-known/"
                            "openid-configuration\"}"))
            << int(Protocol::Imap) << ""
            << "alice@mail.test"
            << ""
            << "ya29.Secret-Token_1" << QByteArray() << "refused"
            << "OAUTHBEARER" << false << "invalid_token";
        QTest::newRow("smtp XOAUTH2, insufficient_scope")
            << QStringLiteral("!tls good\nS: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                              "S: 250 AUTH PLAIN XOAUTH2\nC: AUTH XOAUTH2 %1\nS: 334 %2\n!read\n"
                              "S: 535 5.7.8 Username and Password not accepted\nC: QUIT\n"
                              "S: 221 bye\n!close\n")
                   .arg(b64("user=alice@mail.test\x01"
                            "auth=Bearer ya29.Secret-Token_1\x01\x01"),
                        b64("{\"status\":\"insufficient_scope\",\"scope\":"
                            "\"https://mail.google.com/\"}"))
            << int(Protocol::Submission) << ""
            << "alice@mail.test"
            << ""
            << "ya29.Secret-Token_1" << QByteArray() << "refused"
            << "XOAUTH2" << false << "insufficient_scope";
        QTest::newRow("sieve XOAUTH2 accepted")
            << QStringLiteral("!tls good\nS: \"SASL\" \"XOAUTH2\"\nS: OK ready\n"
                              "C: AUTHENTICATE \"XOAUTH2\" \"%1\"\nS: OK \"Logged in.\"\n"
                              "C: LOGOUT\nS: OK bye\n!close\n")
                   .arg(b64("user=alice@mail.test\x01"
                            "auth=Bearer ya29.Secret-Token_1\x01\x01"))
            << int(Protocol::Sieve) << ""
            << "alice@mail.test"
            << ""
            << "ya29.Secret-Token_1" << QByteArray() << "ok"
            << "XOAUTH2" << false << "";
    }
    void saslLogins()
    {
        QFETCH(QString, script);
        QFETCH(int, protocol);
        QFETCH(QString, mechanism);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, token);
        QFETCH(QByteArray, nonce);
        QFETCH(QString, result);
        QFETCH(QString, used);
        QFETCH(bool, proofInvalid);
        QFETCH(QString, oauthStatus);
        m_user = user;
        m_password = password;
        m_token = token;
        m_mechanism = mechanism;
        SaslClient::setScramNonceForTesting(nonce);
        Run r = run(script, Protocol(protocol), Security::ImplicitTls);
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        const LoginFacts &login = report.login;
        QCOMPARE(loginResultName(login.result), result);
        QCOMPARE(login.mechanism, used);
        QVERIFY(!login.choice.isEmpty());
        QVERIFY(!login.offered.isEmpty());
        QCOMPARE(login.serverProofInvalid, proofInvalid);
        QCOMPARE(login.oauthStatus, oauthStatus);
        QCOMPARE(report.facts.authAttempted, true);
        QCOMPARE(report.facts.authSucceeded, result == QLatin1String("ok"));
        QCOMPARE(report.step(StepId::Authenticate)->status,
                 result == QLatin1String("ok") ? StepStatus::Ok : StepStatus::Error);
        QVERIFY(report.facts.quitAnswered);
        // No form of a secret in the report, in any output.
        const QByteArray u = user.toUtf8();
        const QByteArray p = password.toUtf8();
        const QByteArray t = token.toUtf8();
        // ("user" and "tim", the RFC vectors' names, are words of the report too.)
        QList<QByteArray> secrets {u.toBase64(), ('\0' + u + '\0' + p).toBase64()};
        if (u.size() > 4)
            secrets << u;
        if (!p.isEmpty())
            secrets << p << p.toBase64();
        if (!t.isEmpty())
            secrets << t << t.toBase64()
                    << ("user=" + u
                        + "\x01"
                          "auth=Bearer "
                        + t + "\x01\x01")
                           .toBase64();
        const QString all = QString::fromUtf8(writeJson(report)) + writeText(report, {});
        for (const QByteArray &s : secrets)
            QVERIFY2(!all.contains(QString::fromUtf8(s)), s.constData());
        if (!oauthStatus.isEmpty())
            QVERIFY(all.contains(oauthStatus));
    }

    // A hostile server in the middle of a login: it never makes the
    // inspection wait or grow; the login ends refused, saying why.
    void hostileLoginServer_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("problem");
        const QString head
            = QStringLiteral("!tls good\nS: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                             "S: 250 AUTH CRAM-MD5\nC: AUTH CRAM-MD5\n");
        QString endless = head + QStringLiteral("S: 334 !!not-base64!!\nC: *\n");
        for (int i = 0; i < 200; ++i)
            endless += QStringLiteral("S: 334 PDE4OTY+\n");
        QTest::newRow("endless challenges after a cancel")
            << endless + QStringLiteral("!read\nS: 221 bye\n!close\n") << "base64";
        QTest::newRow("huge challenge") << head
                + QStringLiteral("!raw 334\\x20\n!flood 60000 QUFB\n!raw \\r\\n\nC: *\n"
                                 "S: 501 5.7.0 cancelled\nC: QUIT\nS: 221 bye\n!close\n")
                                        << "more than";
        QTest::newRow("silence after the response")
            << head + QStringLiteral("S: 334 PDE4OTY+\n!read\n!silence\n") << "";
    }
    void hostileLoginServer()
    {
        QFETCH(QString, script);
        QFETCH(QString, problem);
        m_user = QStringLiteral("alice");
        m_password = QStringLiteral("Sup3r-s3cret!");
        QElapsedTimer t;
        t.start();
        Run r = run(script, Protocol::Submission, Security::ImplicitTls, true, 1500);
        QVERIFY(r.inspection->isFinished());
        QVERIFY(t.elapsed() < 15000);
        const Report &report = r.inspection->report();
        QCOMPARE(report.login.result, LoginFacts::Result::Refused);
        QCOMPARE(report.login.mechanism, QStringLiteral("CRAM-MD5"));
        const Step *login = report.step(StepId::Authenticate);
        QVERIFY(login);
        QCOMPARE(login->status, StepStatus::Error);
        QVERIFY2(login->summary.contains(problem), qPrintable(login->summary));
        QVERIFY(report.transcript.size() < 400);
    }

    // Why no login was tried, in the report's login object.
    void loginNotTried_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<bool>("token");
        QTest::addColumn<QString>("obstacle");
        const QString head
            = QStringLiteral("!tls good\nS: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n");
        const QString tail = QStringLiteral("C: QUIT\nS: 221 bye\n!close\n");
        QTest::newRow("no AUTH") << head + QStringLiteral("S: 250 PIPELINING\n") + tail << ""
                                 << false << "not-offered";
        QTest::newRow("asked, not offered") << head + QStringLiteral("S: 250 AUTH PLAIN\n") + tail
                                            << "SCRAM-SHA-256" << false << "mechanism-not-offered";
        QTest::newRow("token, no OAuth offered")
            << head + QStringLiteral("S: 250 AUTH PLAIN LOGIN\n") + tail << "" << true
            << "no-suitable-mechanism";
    }
    void loginNotTried()
    {
        QFETCH(QString, script);
        QFETCH(QString, mechanism);
        QFETCH(bool, token);
        QFETCH(QString, obstacle);
        m_user = QStringLiteral("alice");
        if (token)
            m_token = QStringLiteral("tok-123");
        else
            m_password = QStringLiteral("pw-123");
        m_mechanism = mechanism;
        Run r = run(script, Protocol::Submission, Security::ImplicitTls);
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        QCOMPARE(report.login.result, LoginFacts::Result::NotTried);
        QCOMPARE(loginObstacleName(report.login.obstacle), obstacle);
        QVERIFY(!report.login.notTriedReason.isEmpty());
        QVERIFY(!report.facts.authAttempted);
    }

    // Over plain text (allowed by nobody), or inside TLS whose certificate did
    // not verify, SCRAM still logs in: it never sends the password; PLAIN
    // stays home.
    void scramWithoutTrustedTls_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<bool>("trustCa");
        QTest::newRow("plain text") << int(Security::None) << true;
        QTest::newRow("unverified certificate") << int(Security::ImplicitTls) << false;
    }
    void scramWithoutTrustedTls()
    {
        QFETCH(int, security);
        QFETCH(bool, trustCa);
        m_user = QStringLiteral("user");
        m_password = QStringLiteral("pencil");
        SaslClient::setScramNonceForTesting("fyko+d2lbbFgONRv9qkxdawL");
        const QString tls
            = Security(security) == Security::None ? QString() : QStringLiteral("!tls good\n");
        Run r = run(
            tls
                + QStringLiteral(
                      "S: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                      "S: 250 AUTH PLAIN SCRAM-SHA-1\nC: AUTH SCRAM-SHA-1 *\nS: 334 %1\n!read\n"
                      "S: 334 %2\n!read\nS: 235 2.7.0 ok\nC: QUIT\nS: 221 bye\n!close\n")
                      .arg(QString::fromLatin1(
                               QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                                          "s=QSXCR+Q6sek8bf92,i=4096")
                                   .toBase64()),
                           QString::fromLatin1(
                               QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=").toBase64())),
            Protocol::Submission, Security(security), trustCa);
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        QCOMPARE(report.tls.verified, trustCa && Security(security) != Security::None);
        QCOMPARE(report.login.result, LoginFacts::Result::Ok);
        QCOMPARE(report.login.mechanism, QStringLiteral("SCRAM-SHA-1"));
        for (const QByteArray &line : r.server->receivedLines())
            QVERIFY(!line.startsWith("AUTH PLAIN"));
    }

    // A CR, LF or NUL in a credential would let the caller choose the next
    // command (USER alice / DELE 1, or a DELETE INBOX after IMAP LOGIN). The
    // engine refuses such a request itself, whoever built it: nothing is
    // looked up, connected or sent, and the report says why without the value.
    void credentialsWithLineBreaksAreNeverSent_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        const QString pop3 = QStringLiteral(
            "!tls good\nS: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\n"
            "C: USER alice\nS: +OK\nC: PASS pw\nS: +OK\nC: QUIT\nS: +OK bye\n!close\n");
        const QString imap = QStringLiteral(
            "!tls good\nS: * OK [CAPABILITY IMAP4rev1] ready\nC: a1 LOGIN \"alice\" \"pw\"\n"
            "S: a1 OK Logged in\nC: a2 LOGOUT\nS: a2 OK bye\n!close\n");
        QTest::newRow("pop3 user CRLF") << pop3 << int(Protocol::Pop3) << "alice\r\nDELE 1"
                                        << "pw";
        QTest::newRow("pop3 password LF") << pop3 << int(Protocol::Pop3) << "alice"
                                          << "pw\nDELE 1";
        QTest::newRow("imap user CR")
            << imap << int(Protocol::Imap) << "alice\" \"pw\"\ra2 DELETE INBOX"
            << "pw";
        QTest::newRow("imap password NUL")
            << imap << int(Protocol::Imap) << "alice" << QString::fromLatin1("pw\0DELETE", 9);
    }
    void credentialsWithLineBreaksAreNeverSent()
    {
        QFETCH(QString, script);
        QFETCH(int, protocol);
        QFETCH(QString, user);
        QFETCH(QString, password);
        m_user = user;
        m_password = password;
        m_mechanism = QStringLiteral("LOGIN");
        Run r = run(script, Protocol(protocol), Security::ImplicitTls);
        QVERIFY(r.inspection->isFinished());
        QCOMPARE(r.server->connectionCount(), 0);
        QVERIFY(r.server->receivedLines().isEmpty());
        const Report &report = r.inspection->report();
        QCOMPARE(report.facts.connectOutcome, ConnectOutcome::NotAttempted);
        QVERIFY(!report.step(StepId::Resolve));
        const Step *login = report.step(StepId::Authenticate);
        QVERIFY(login);
        QCOMPARE(login->status, StepStatus::Error);
        QVERIFY2(login->summary.contains(QStringLiteral("line break")), qPrintable(login->summary));
        for (const TranscriptEvent &e : report.transcript) {
            QVERIFY(e.direction == Direction::Event);
            QVERIFY2(!e.text.contains(QStringLiteral("DELE"))
                         && !e.text.contains(QStringLiteral("pw")),
                     qPrintable(e.text));
        }
        QCOMPARE(report.verdict(), Report::Verdict::Failed);
    }

    // Every address of a name: such a request is not looked up either, and
    // one report says why.
    void allAddressesRefuseLineBreaksToo()
    {
        const auto script = SimulatorScript::parse(QStringLiteral("S: +OK ready\n!close\n"));
        QVERIFY(script);
        ScriptedServer server(*script, CertificateStore());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.port = server.serverPort();
        request.protocol = Protocol::Pop3;
        request.security = Security::None;
        request.user = QStringLiteral("alice\r\nDELE 1");
        request.password = QStringLiteral("pw");
        request.allowPlaintextAuth = true;
        MultiAddressInspection all(request);
        all.setAddresses({QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")});
        QSignalSpy finished(&all, &MultiAddressInspection::finished);
        all.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(all.reports().size(), 1);
        QCOMPARE(server.connectionCount(), 0);
        const Step *login = all.reports().constFirst().step(StepId::Authenticate);
        QVERIFY(login);
        QCOMPARE(login->status, StepStatus::Error);
    }

    void injectionCheckOnCorrectServer()
    {
        m_checkInjection = true;
        Run r = run(QString::fromLatin1(smtpStartTls), Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.injectionCheckRan);
        QVERIFY(!report.facts.injectionDetected);
        QVERIFY(report.facts.injectedAfterUpgrade.isEmpty());
        QCOMPARE(report.verdict(), Report::Verdict::Secure);
        QVERIFY(transcriptHas(report, Direction::Client, false, "NOOP"));
    }

    void injectionCheckOnVulnerableServer()
    {
        m_checkInjection = true;
        Run r = run("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\nS: 250 STARTTLS\n"
                    "C: STARTTLS\nS: 220 Ready\n!tls good keep-plaintext\nC: NOOP\n"
                    "S: 250 2.0.0 Ok\nC: EHLO *\nS: 250 mail.test\nC: QUIT\nS: 221 Bye\n!close\n",
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        QVERIFY(report.facts.injectionCheckRan);
        QVERIFY(report.facts.injectionDetected);
        QCOMPARE(report.facts.injectionEvidence, QStringLiteral("250 2.0.0 Ok"));
        QVERIFY(transcriptHas(report, Direction::Server, true, "250 2.0.0 Ok"));
        // The NOOP answer was not taken for the EHLO reply.
        QCOMPARE(report.capabilitiesAfterTls, QStringList());
        QCOMPARE(report.step(StepId::CapabilitiesAfterTls)->status, StepStatus::Ok);
    }

    void imapByeGreetingIsARefusal()
    {
        Run r = run("S: * BYE Too many connections from your IP\n!close\n", Protocol::Imap,
                    Security::StartTls);
        const Report &report = r.inspection->report();
        QCOMPARE(report.facts.greetingStatus, QStringLiteral("BYE"));
        QCOMPARE(report.step(StepId::Greeting)->status, StepStatus::Error);
        QVERIFY(!report.findings.isEmpty());
        QCOMPARE(report.findings.constFirst().id, QStringLiteral("service-unavailable"));
    }

    void imapStatusWordsAreTheServers()
    {
        Run r = run("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: a1 STARTTLS\n"
                    "S: a1 NO [UNAVAILABLE] TLS not available\nC: a2 LOGOUT\nS: a2 OK bye\n"
                    "!close\n",
                    Protocol::Imap, Security::StartTls);
        QCOMPARE(r.inspection->report().facts.starttlsReplyStatus, QStringLiteral("NO"));
    }

    void refusedLoginSummaryIsRedacted()
    {
        m_user = QStringLiteral("alice@mail.test");
        m_password = QStringLiteral("Sup3r-s3cret!");
        Run r
            = run("!tls good\nS: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                  "S: 250 AUTH PLAIN\nC: AUTH PLAIN *\n"
                  "S: 535 5.7.8 Authentication failed for alice@mail.test password Sup3r-s3cret!\n"
                  "C: QUIT\nS: 221 bye\n!close\n",
                  Protocol::Submission, Security::ImplicitTls);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.authAttempted);
        for (const Step &s : report.steps) {
            QVERIFY2(!s.summary.contains(QStringLiteral("Sup3r-s3cret!")), qPrintable(s.summary));
            QVERIFY2(!s.summary.contains(QStringLiteral("alice@mail.test")), qPrintable(s.summary));
        }
        QVERIFY(!report.facts.authReplyText.contains(QStringLiteral("Sup3r-s3cret!")));
    }

    void preauthGreetingCarriesCapabilities()
    {
        Run r = run("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] ready\nC: a1 LOGOUT\n"
                    "S: a1 OK bye\n!close\n",
                    Protocol::Imap, Security::StartTls);
        const Report &report = r.inspection->report();
        QCOMPARE(report.capabilitiesBeforeTls,
                 (QStringList {QStringLiteral("IMAP4rev1"), QStringLiteral("STARTTLS")}));
        QVERIFY(!report.facts.capabilityCommandFailed);
    }

    void plainTextArrivingAfterTheHandshakeStarted()
    {
        // The injected text comes in its own segment, after the client already
        // started TLS: it lands in the TLS layer and is explained as such.
        Run r = run("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\nS: 250 STARTTLS\n"
                    "C: STARTTLS\nS: 220 Ready\n!delay 100\nS: 250 injected\n!close\n",
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(!report.tls.established);
        QVERIFY(!report.findings.isEmpty());
        QCOMPARE(report.findings.constFirst().id, QStringLiteral("tls-handshake-failed"));
        QVERIFY2(report.findings.constFirst().title.contains(QStringLiteral("plain text")),
                 qPrintable(report.findings.constFirst().title));
    }

    void injectionCheckKeepsReportingResponseInjection()
    {
        m_checkInjection = true;
        Run r = run("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\nS: 250 STARTTLS\n"
                    "C: STARTTLS\n!raw 220 Ready\\r\\n250-injected\\r\\n250 evil\\r\\n\n"
                    "!tls good\nC: EHLO *\nS: 250 mail.test\nC: QUIT\nS: 221 Bye\n!close\n",
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(!report.facts.injectedAfterUpgrade.isEmpty());
        QVERIFY(report.verdict() != Report::Verdict::Secure);
    }

    void noPasswordOverPlainText()
    {
        m_user = QStringLiteral("alice");
        m_password = QStringLiteral("secret-pw");
        Run r = run(QString::fromLatin1(smtpPlain), Protocol::Smtp, Security::None);
        const Report &report = r.inspection->report();
        QCOMPARE(report.step(StepId::Authenticate)->status, StepStatus::Skipped);
        QVERIFY(!report.facts.authAttempted);
        QCOMPARE(r.server->errors(), QStringList());
    }

    void noPasswordToUnverifiedServer()
    {
        m_user = QStringLiteral("alice");
        m_password = QStringLiteral("secret-pw");
        Run r = run(QString::fromLatin1(smtpTls), Protocol::Smtp, Security::ImplicitTls, false);
        const Report &report = r.inspection->report();
        QCOMPARE(report.step(StepId::Authenticate)->status, StepStatus::Skipped);
        for (const QByteArray &line : r.server->receivedLines())
            QVERIFY(!line.startsWith("AUTH"));
    }

    void happyPaths_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("security");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("firstTlsClientLine");

        const QStringList startTlsSteps {
            "resolve",  "connect",       "greeting",    "capabilities",
            "starttls", "tls-handshake", "certificate", "capabilities-after-tls",
            "quit"};
        const QStringList tlsSteps {"resolve",  "connect",      "tls-handshake", "certificate",
                                    "greeting", "capabilities", "quit"};
        const QStringList plainSteps {"resolve",      "connect",  "greeting",
                                      "capabilities", "starttls", "quit"};
        for (Protocol p : {Protocol::Smtp, Protocol::Submission}) {
            const QByteArray n = protocolName(p).toLatin1();
            QTest::newRow(n + "/starttls")
                << smtpStartTls << int(p) << int(Security::StartTls) << startTlsSteps
                << QStringList {"PIPELINING", "SIZE 10240000", "STARTTLS"}
                << QStringList {"PIPELINING", "AUTH PLAIN LOGIN"} << "secure"
                << "EHLO mailinspect.localhost";
            QTest::newRow(n + "/tls")
                << smtpTls << int(p) << int(Security::ImplicitTls) << tlsSteps << QStringList {}
                << QStringList {"AUTH PLAIN LOGIN"} << "secure"
                << "EHLO mailinspect.localhost";
            QTest::newRow(n + "/none") << smtpPlain << int(p) << int(Security::None) << plainSteps
                                       << QStringList {"STARTTLS"} << QStringList {} << "insecure"
                                       << "";
        }
        QTest::newRow("lmtp/starttls")
            << QString::fromLatin1(smtpStartTls)
                   .replace(QStringLiteral("EHLO"), QStringLiteral("LHLO"))
            << int(Protocol::Lmtp) << int(Security::StartTls) << startTlsSteps
            << QStringList {"PIPELINING", "SIZE 10240000", "STARTTLS"}
            << QStringList {"PIPELINING", "AUTH PLAIN LOGIN"} << "secure"
            << "LHLO mailinspect.localhost";
        QTest::newRow("imap/starttls")
            << imapStartTls << int(Protocol::Imap) << int(Security::StartTls) << startTlsSteps
            << QStringList {"IMAP4rev1", "STARTTLS", "LOGINDISABLED"}
            << QStringList {"IMAP4rev1", "AUTH=PLAIN"} << "secure"
            << "a2 CAPABILITY";
        QTest::newRow("imap/tls") << imapTls << int(Protocol::Imap) << int(Security::ImplicitTls)
                                  << tlsSteps << QStringList {}
                                  << QStringList {"IMAP4rev1", "AUTH=PLAIN"} << "secure"
                                  << "a1 CAPABILITY";
        QTest::newRow("imap/none")
            << imapPlain << int(Protocol::Imap) << int(Security::None) << plainSteps
            << QStringList {"IMAP4rev1", "STARTTLS", "LOGINDISABLED"} << QStringList {}
            << "insecure"
            << "";
        QTest::newRow("pop3/starttls")
            << pop3StartTls << int(Protocol::Pop3) << int(Security::StartTls) << startTlsSteps
            << QStringList {"TOP", "UIDL", "STLS"}
            << QStringList {"TOP", "UIDL", "USER", "SASL PLAIN"} << "secure"
            << "CAPA";
        QTest::newRow("pop3/tls") << pop3Tls << int(Protocol::Pop3) << int(Security::ImplicitTls)
                                  << tlsSteps << QStringList {} << QStringList {"USER"} << "secure"
                                  << "CAPA";
        QTest::newRow("pop3/none")
            << pop3Plain << int(Protocol::Pop3) << int(Security::None) << plainSteps
            << QStringList {"STLS"} << QStringList {} << "insecure"
            << "";
        QTest::newRow("sieve/starttls")
            << sieveStartTls << int(Protocol::Sieve) << int(Security::StartTls) << startTlsSteps
            << QStringList {"IMPLEMENTATION Test Sieve", "SIEVE fileinto", "STARTTLS",
                            "VERSION 1.0"}
            << QStringList {"IMPLEMENTATION Test Sieve", "SIEVE fileinto", "SASL PLAIN",
                            "VERSION 1.0"}
            << "secure"
            << "LOGOUT";
        QTest::newRow("sieve/tls")
            << sieveTls << int(Protocol::Sieve) << int(Security::ImplicitTls) << tlsSteps
            << QStringList {} << QStringList {"IMPLEMENTATION Test Sieve", "SASL PLAIN"} << "secure"
            << "LOGOUT";
        QTest::newRow("sieve/none")
            << sievePlain << int(Protocol::Sieve) << int(Security::None) << plainSteps
            << QStringList {"IMPLEMENTATION Test Sieve", "STARTTLS"} << QStringList {} << "insecure"
            << "";
    }

    void happyPaths()
    {
        QFETCH(QString, script);
        QFETCH(int, protocol);
        QFETCH(int, security);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QString, verdict);
        QFETCH(QString, firstTlsClientLine);

        Run r = run(script, Protocol(protocol), Security(security));
        QVERIFY(r.inspection->isFinished());
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        QCOMPARE(stepIds(report), steps);
        if (Security(security) == Security::None) {
            QCOMPARE(report.step(StepId::StartTls)->status, StepStatus::Skipped);
        } else {
            QVERIFY2(failedSteps(report).isEmpty(), qPrintable(failedSteps(report)));
            for (const Step &s : report.steps)
                QVERIFY2(s.status == StepStatus::Ok || s.status == StepStatus::Skipped,
                         qPrintable(stepIdName(s.id)));
        }
        QCOMPARE(report.capabilitiesBeforeTls, before);
        QCOMPARE(report.capabilitiesAfterTls, after);
        QCOMPARE(verdictName(report.verdict()), verdict);
        for (const Step &s : report.steps) {
            QVERIFY(s.endMs >= s.startMs);
            QVERIFY(s.startMs >= 0);
        }
        // Transcript order follows the clock.
        for (qsizetype i = 1; i < report.transcript.size(); ++i)
            QVERIFY(report.transcript[i].tMs >= report.transcript[i - 1].tMs);
        if (!firstTlsClientLine.isEmpty()) {
            QVERIFY2(transcriptHas(report, Direction::Client, true, firstTlsClientLine),
                     qPrintable(firstTlsClientLine));
            QCOMPARE(report.tls.protocol, QStringLiteral("TLSv1.3"));
            QVERIFY(!report.tls.cipher.isEmpty());
            QCOMPARE(report.tls.chain.size(), 2);
            QCOMPARE(report.tls.chain[0].commonName, QStringLiteral("mail.test"));
            QVERIFY(report.tls.chain[0].subjectAltNames.contains(QStringLiteral("DNS:mail.test")));
            QCOMPARE(report.tls.chain[0].publicKey, QStringLiteral("RSA 2048"));
            QCOMPARE(report.tls.chain[0].sha256.size(), 32 * 3 - 1);
            QVERIFY(report.tls.chain[1].subject.contains(QStringLiteral("Intermediate")));
            QCOMPARE(report.tls.sni, QStringLiteral("mail.test"));
            QVERIFY(report.tls.verified);
        } else {
            QVERIFY(!report.tls.attempted);
        }
        QVERIFY(report.facts.quitAnswered);
        QCOMPARE(report.step(StepId::Quit)->status, StepStatus::Ok);
    }

    void untrustedWithoutCa()
    {
        Run r = run(QString::fromLatin1(smtpStartTls), Protocol::Smtp, Security::StartTls, false);
        const Report &report = r.inspection->report();
        QVERIFY(report.tls.established);
        QVERIFY(!report.tls.trusted);
        QVERIFY(report.tls.nameMatches);
        QCOMPARE(report.step(StepId::Certificate)->status, StepStatus::Error);
        QVERIFY(report.verdict() != Report::Verdict::Secure);
        // The session still finishes: capabilities after TLS and goodbye.
        QCOMPARE(report.capabilitiesAfterTls.size(), 2);
        QVERIFY(report.facts.quitAnswered);
    }

    void certificateVariants_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<bool>("nameMatches");
        QTest::addColumn<int>("error");
        QTest::newRow("wrongname")
            << "wrongname" << true << false << int(QSslError::HostNameMismatch);
        QTest::newRow("expired") << "expired" << false << true
                                 << int(QSslError::CertificateExpired);
        QTest::newRow("notyetvalid")
            << "notyetvalid" << false << true << int(QSslError::CertificateNotYetValid);
        QTest::newRow("selfsigned")
            << "selfsigned" << false << true << int(QSslError::SelfSignedCertificate);
    }
    void certificateVariants()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trusted);
        QFETCH(bool, nameMatches);
        QFETCH(int, error);
        const QString script
            = QString::fromLatin1(smtpStartTls)
                  .replace(QStringLiteral("!tls good"), QStringLiteral("!tls ") + certificate);
        Run r = run(script, Protocol::Smtp, Security::StartTls);
        const TlsInfo &tls = r.inspection->report().tls;
        QVERIFY(tls.established);
        QCOMPARE(tls.trusted, trusted);
        QCOMPARE(tls.nameMatches, nameMatches);
        bool found = false;
        for (const CertificateProblem &p : tls.problems)
            found = found || p.code == error;
        QVERIFY2(found, qPrintable(certificate));
        QVERIFY(!tls.verified);
    }

    void startTlsRefusedSendsNoClientHello()
    {
        Run r = run(QStringLiteral("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                                   "S: 250 STARTTLS\nC: STARTTLS\n"
                                   "S: 454 4.7.0 TLS not available due to local problem\n"
                                   "C: QUIT\nS: 221 Bye\n!close\n"),
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        QCOMPARE(report.step(StepId::StartTls)->status, StepStatus::Error);
        QVERIFY(!report.tls.attempted);
        QVERIFY(!report.step(StepId::TlsHandshake));
        QCOMPARE(report.facts.starttlsReply.code, 454);
        QCOMPARE(r.server->receivedLines().constLast(), QByteArray("QUIT"));
        QCOMPARE(report.verdict(), Report::Verdict::Failed);
    }

    void responseInjectionIsDiscarded()
    {
        Run r = run(QStringLiteral("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                                   "S: 250 STARTTLS\nC: STARTTLS\n"
                                   "!raw 220 Ready\\r\\n250-injected\\r\\n250 evil\\r\\n\n"
                                   "!tls good\nC: EHLO *\nS: 250-mail.test\nS: 250 SIZE 1\n"
                                   "C: QUIT\nS: 221 Bye\n!close\n"),
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QCOMPARE(report.facts.injectedAfterUpgrade, QByteArray("250-injected\r\n250 evil\r\n"));
        QCOMPARE(report.step(StepId::StartTls)->status, StepStatus::Error);
        // The injected lines were never read as the post-TLS reply.
        QCOMPARE(report.capabilitiesAfterTls, QStringList {QStringLiteral("SIZE 1")});
        QVERIFY(transcriptHas(report, Direction::Server, false, QStringLiteral("250 evil")));
    }

    void preauthBlocksStartTls()
    {
        Run r = run(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome\n"
                                   "C: a1 LOGOUT\nS: * BYE\nS: a1 OK bye\n!close\n"),
                    Protocol::Imap, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.preauth);
        QCOMPARE(report.step(StepId::StartTls)->status, StepStatus::Error);
        QVERIFY(!report.tls.attempted);
        QCOMPARE(r.server->errors(), QStringList());
    }

    void pop3StlsTriedWhenCapaFails()
    {
        Run r = run(QStringLiteral("S: +OK ready\nC: CAPA\nS: -ERR unknown command\nC: STLS\n"
                                   "S: +OK go\n!tls good\nC: CAPA\nS: -ERR still no\n"
                                   "C: QUIT\nS: +OK bye\n!close\n"),
                    Protocol::Pop3, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.capabilityCommandFailed);
        QVERIFY(report.facts.starttlsAttempted);
        QVERIFY(report.tls.established);
        QCOMPARE(r.server->errors(), QStringList());
    }

    void ehloRefusedFallsBackToHelo()
    {
        Run r = run(QStringLiteral("S: 220 old.test SMTP\nC: EHLO *\nS: 502 5.5.2 what?\n"
                                   "C: HELO *\nS: 250 old.test\nC: QUIT\nS: 221 bye\n!close\n"),
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.heloFallback);
        QCOMPARE(report.step(StepId::StartTls)->status, StepStatus::Error);
        QCOMPARE(r.server->errors(), QStringList());
    }

    void postscreenTeaserIsOneReply()
    {
        Run r = run(QStringLiteral("S: 220-mail.test teaser\n!delay 300\nS: 220 mail.test ESMTP\n")
                        + QString::fromLatin1(smtpStartTls).section(QLatin1Char('\n'), 1),
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        // We waited for the final line: no PREGREET (EHLO after the teaser).
        QCOMPARE(r.server->errors(), QStringList());
        QCOMPARE(report.facts.greetingLines.size(), 2);
        QVERIFY(report.facts.greetingDelayMs >= 250);
        QCOMPARE(report.verdict(), Report::Verdict::Secure);
    }

    void tlsOnStartTlsPortIsConfirmed()
    {
        Run r = run(QString::fromLatin1(smtpStartTls), Protocol::Smtp, Security::ImplicitTls);
        const Report &report = r.inspection->report();
        QVERIFY(!report.tls.established);
        QVERIFY(!report.tls.handshakeError.isEmpty());
        QVERIFY(report.facts.modeCheckRan);
        QVERIFY(report.facts.modeCheckSucceeded);
        QCOMPARE(report.facts.modeCheckSecurity, Security::StartTls);
        QVERIFY(report.facts.modeCheckEvidence.contains(QStringLiteral("220 mail.test")));
        QCOMPARE(report.steps.constLast().id, StepId::ModeCheck);
        QCOMPARE(report.verdict(), Report::Verdict::Failed);
    }

    void tlsAlertMeansTheModeIsRight()
    {
        // A fatal protocol_version alert: the server speaks TLS, only not ours.
        Run r = run("!delay 200\n!raw \\x15\\x03\\x01\\x00\\x02\\x02\\x46\n!close\n",
                    Protocol::Smtp, Security::ImplicitTls);
        const Report &report = r.inspection->report();
        QVERIFY(!report.tls.established);
        QVERIFY(!report.tls.alertsReceived.isEmpty());
        QVERIFY(!report.facts.modeCheckRan);
        QVERIFY(!report.step(StepId::ModeCheck));
        QCOMPARE(report.verdict(), Report::Verdict::Failed);
    }

    void startTlsOnTlsPortIsConfirmed()
    {
        Run r = run(QString::fromLatin1(smtpTls), Protocol::Submission, Security::StartTls, true,
                    800);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.greetingTimedOut);
        QVERIFY(report.facts.modeCheckRan);
        QVERIFY(report.facts.modeCheckSucceeded);
        QCOMPARE(report.facts.modeCheckSecurity, Security::ImplicitTls);
        QCOMPARE(report.verdict(), Report::Verdict::Failed);
        // How the follow-up ended is in the transcript, not only in its step.
        bool outcomeInTranscript = false;
        for (const TranscriptEvent &e : report.transcript)
            outcomeInTranscript = outcomeInTranscript
                || (e.direction == Direction::Event
                    && e.text.contains(QStringLiteral("works on this port")));
        QVERIFY(outcomeInTranscript);
    }

    void serverClosesAfterUpgradeReply()
    {
        Run r = run(QStringLiteral("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\n"
                                   "S: 250 STARTTLS\nC: STARTTLS\nS: 220 Ready\n!close\n"),
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(!report.tls.established);
        QCOMPARE(report.step(StepId::TlsHandshake)->status, StepStatus::Error);
        QCOMPARE(report.verdict(), Report::Verdict::Failed);
    }

    void endlessLineIsBounded()
    {
        Run r = run(QStringLiteral("!flood 300000 AAAAAAAAAAAAAAAA\n!silence\n"), Protocol::Smtp,
                    Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.lineTooLong);
        QCOMPARE(report.facts.lineTooLongStep, std::optional<StepId>(StepId::Greeting));
        QCOMPARE(report.step(StepId::Greeting)->status, StepStatus::Error);
    }

    void binaryGarbage()
    {
        Run r = run(QStringLiteral("!raw \\x00\\x01\\x02\\xff\\xfe garbage\\r\\n\n!silence\n"),
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY(!report.facts.protocolViolation.isEmpty());
        QVERIFY(transcriptHas(report, Direction::Server, false,
                              QStringLiteral("\\x00\\x01\\x02\\xff\\xfe garbage")));
    }

    void refusedPort()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            port = s.serverPort();
        }
        InspectionRequest request;
        request.host = QStringLiteral("127.0.0.1");
        request.port = port;
        request.timeoutMs = 2000;
        Inspection inspection(request);
        QSignalSpy finished(&inspection, &Inspection::finished);
        inspection.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(inspection.report().facts.connectOutcome, ConnectOutcome::Refused);
        QCOMPARE(inspection.report().verdict(), Report::Verdict::Failed);
    }

    void unresolvableName()
    {
        InspectionRequest request;
        request.host = QStringLiteral("no-such-host.invalid");
        request.timeoutMs = 5000;
        Inspection inspection(request);
        QSignalSpy finished(&inspection, &Inspection::finished);
        inspection.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(inspection.report().facts.connectOutcome, ConnectOutcome::HostNotFound);
        QCOMPARE(inspection.report().steps.size(), 1);
    }

    // Bytes without a line end are evidence: shown in the transcript, marked
    // unterminated, a trailing bare CR included, and never called silence.
    void unterminatedGreeting_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("shown");
        QTest::newRow("no line end") << "!raw 220 mail.test ESMTP ready\n!silence\n"
                                     << "220 mail.test ESMTP ready";
        QTest::newRow("bare CR") << "!raw 220 mail.test ESMTP ready\\r\n!silence\n"
                                 << "220 mail.test ESMTP ready\\x0d";
        QTest::newRow("slow drip") << "!raw 22\n!delay 150\n!raw 0 mail\n!delay 150\n!raw .test\n"
                                      "!delay 150\n!raw  ESMTP\n!silence\n"
                                   << "220 mail.test ESMTP";
    }
    void unterminatedGreeting()
    {
        QFETCH(QString, script);
        QFETCH(QString, shown);
        Run r = run(script, Protocol::Submission, Security::StartTls, true, 1000);
        const Report &report = r.inspection->report();
        const SessionFacts &f = report.facts;
        QCOMPARE(f.unterminatedLineStep, std::optional<StepId>(StepId::Greeting));
        QCOMPARE(f.unterminatedLine, shown);
        QVERIFY(!f.unterminatedLineClosed);
        QVERIFY(!f.greetingReceived);
        bool marked = false;
        for (const TranscriptEvent &e : report.transcript) {
            marked
                = marked || (e.direction == Direction::Server && e.unterminated && e.text == shown);
        }
        QVERIFY2(marked, qPrintable(shown));
        // A server that spoke is not an implicit-TLS port waiting in silence.
        QVERIFY(!f.modeCheckRan);
        const Step *greeting = report.step(StepId::Greeting);
        QCOMPARE(greeting->status, StepStatus::Error);
        QVERIFY2(!greeting->summary.contains(QStringLiteral("said nothing")),
                 qPrintable(greeting->summary));
        QCOMPARE(report.findings.constFirst().id, QStringLiteral("line-not-terminated"));
    }

    void unterminatedReplyLaterInTheDialogue()
    {
        Run r = run("S: 220 mail.test ESMTP\nC: EHLO *\n!raw 250-mail.test\\r\\n250 STARTT\n"
                    "!silence\n",
                    Protocol::Smtp, Security::StartTls, true, 800);
        const Report &report = r.inspection->report();
        QCOMPARE(report.facts.unterminatedLineStep, std::optional<StepId>(StepId::Capabilities));
        QCOMPARE(report.facts.timedOutStep, std::optional<StepId>(StepId::Capabilities));
        QVERIFY(transcriptHas(report, Direction::Server, false, QStringLiteral("250-mail.test")));
        bool marked = false;
        for (const TranscriptEvent &e : report.transcript)
            marked = marked || (e.unterminated && e.text == QStringLiteral("250 STARTT"));
        QVERIFY(marked);
    }

    void imapLiteralCutShort()
    {
        Run r = run("!raw * OK {50}\\r\\nonly twenty bytes...\n!silence\n", Protocol::Imap,
                    Security::StartTls, true, 800);
        const SessionFacts &f = r.inspection->report().facts;
        QCOMPARE(f.unterminatedLineStep, std::optional<StepId>(StepId::Greeting));
        QVERIFY(f.unterminatedLineLiteral);
        QCOMPARE(f.unterminatedLine, QStringLiteral("* OK {50}\\x0d\\x0aonly twenty bytes..."));
    }

    void closedInTheMiddleOfALine()
    {
        Run r = run("!raw 220 mail.test ESMTP\n!close\n", Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QCOMPARE(report.facts.unterminatedLineStep, std::optional<StepId>(StepId::Greeting));
        QVERIFY(report.facts.unterminatedLineClosed);
        QVERIFY(report.facts.closedByServer);
        QCOMPARE(report.findings.constFirst().id, QStringLiteral("line-not-terminated"));
    }

    // Replies belong to their commands: whatever was buffered before a
    // command went out is not its answer.
    void repliesAheadOfTheCommand()
    {
        Run r = run("!raw 220 mail.test ESMTP\\r\\n250 ok\\r\\n250 ok\\r\\n250 ok\\r\\n\n"
                    "C: EHLO *\nS: 250 mail.test\nC: QUIT\nS: 221 bye\n!close\n",
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QCOMPARE(report.facts.unsolicitedReply, QStringLiteral("250 ok"));
        QCOMPARE(report.facts.protocolViolationStep, std::optional<StepId>(StepId::Capabilities));
        QVERIFY2(report.facts.protocolViolation.contains(QStringLiteral("before mailinspect sent "
                                                                        "EHLO")),
                 qPrintable(report.facts.protocolViolation));
        // The stale replies were shown, and EHLO was never sent for them to answer.
        QVERIFY(transcriptHas(report, Direction::Server, false, QStringLiteral("250 ok")));
        QVERIFY(r.server->receivedLines().isEmpty());
        QCOMPARE(report.step(StepId::Capabilities)->status, StepStatus::Error);
        QVERIFY(report.capabilitiesBeforeTls.isEmpty());
    }

    void staleReplyIsNotTheAnswerToQuit()
    {
        Run r = run("S: 220 mail.test ESMTP\nC: EHLO *\n"
                    "!raw 250-mail.test\\r\\n250 SIZE 1000\\r\\n250 ok\\r\\n\n"
                    "C: QUIT\nS: 221 bye\n!close\n",
                    Protocol::Smtp, Security::None);
        const Report &report = r.inspection->report();
        QVERIFY(!report.facts.quitAnswered);
        QCOMPARE(report.facts.unsolicitedReply, QStringLiteral("250 ok"));
        QCOMPARE(report.facts.protocolViolationStep, std::optional<StepId>(StepId::Quit));
        QCOMPARE(report.step(StepId::Quit)->status, StepStatus::Error);
        QCOMPARE(report.capabilitiesBeforeTls, QStringList {QStringLiteral("SIZE 1000")});
    }

    void replyAfterTheGoodbye()
    {
        Run r = run("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250 mail.test\nC: QUIT\n"
                    "!raw 221 bye\\r\\n250 one more\\r\\n\n!close\n",
                    Protocol::Smtp, Security::None);
        const Report &report = r.inspection->report();
        QCOMPARE(report.facts.unsolicitedReply, QStringLiteral("250 one more"));
        QCOMPARE(report.facts.protocolViolationStep, std::optional<StepId>(StepId::Quit));
        QVERIFY2(report.facts.protocolViolation.contains(QStringLiteral("after")),
                 qPrintable(report.facts.protocolViolation));
    }

    void imapTagNeverSent()
    {
        Run r = run("S: * OK ready\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS\n"
                    "S: zz9 OK done\n!silence\n",
                    Protocol::Imap, Security::StartTls);
        const Report &report = r.inspection->report();
        QVERIFY2(report.facts.protocolViolation.contains(QStringLiteral("zz9")),
                 qPrintable(report.facts.protocolViolation));
        QCOMPARE(report.facts.protocolViolationStep, std::optional<StepId>(StepId::Capabilities));
    }

    void imapUntaggedLinesMayComeAnyTime()
    {
        Run r = run("!raw * OK ready\\r\\n* OK [ALERT] maintenance tonight\\r\\n\n"
                    "C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS\nS: a1 OK done\n"
                    "C: a2 LOGOUT\nS: a2 OK bye\n!raw * BYE closing\\r\\n\n!close\n",
                    Protocol::Imap, Security::None);
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        QVERIFY2(report.facts.protocolViolation.isEmpty(),
                 qPrintable(report.facts.protocolViolation));
        QVERIFY(report.facts.quitAnswered);
    }

    // The injection probe pipelines NOOP after STARTTLS: after a refusal the
    // NOOP's answer comes first and belongs to the NOOP, not to QUIT.
    void injectionProbeAfterARefusal()
    {
        m_checkInjection = true;
        Run r = run("S: 220 mail.test ESMTP\nC: EHLO *\nS: 250-mail.test\nS: 250 STARTTLS\n"
                    "C: STARTTLS\nC: NOOP\nS: 454 4.7.0 TLS not available\nS: 250 2.0.0 Ok\n"
                    "C: QUIT\nS: 221 bye\n!close\n",
                    Protocol::Smtp, Security::StartTls);
        const Report &report = r.inspection->report();
        QCOMPARE(r.server->errors(), QStringList());
        QVERIFY2(report.facts.protocolViolation.isEmpty(),
                 qPrintable(report.facts.protocolViolation));
        QVERIFY(report.facts.quitAnswered);
        QCOMPARE(report.step(StepId::Quit)->status, StepStatus::Ok);
        QCOMPARE(report.step(StepId::Quit)->summary, QStringLiteral("221 bye"));
    }

    // Every step answers inside its own timeout, the whole does not.
    void deadlineStopsASlowServer()
    {
        m_deadlineMs = 1500;
        Run r = run("S: 220-mail.test\n!delay 600\nS: 220 mail.test ESMTP\nC: EHLO *\n!delay 600\n"
                    "S: 250-mail.test\nS: 250 STARTTLS\nC: STARTTLS\n!delay 600\nS: 220 go\n"
                    "!tls good\nC: EHLO *\nS: 250 mail.test\nC: QUIT\nS: 221 bye\n!close\n",
                    Protocol::Smtp, Security::StartTls, true, 1000);
        const Report &report = r.inspection->report();
        const SessionFacts &f = report.facts;
        QVERIFY(f.deadlineExceeded);
        QCOMPARE(f.deadlineMs, 1500);
        QCOMPARE(f.deadlineStep, std::optional<StepId>(StepId::StartTls));
        QVERIFY(!f.timedOutStep);
        QCOMPARE(stepIds(report),
                 (QStringList {"resolve", "connect", "greeting", "capabilities", "starttls"}));
        const Step *last = report.step(StepId::StartTls);
        QCOMPARE(last->status, StepStatus::Error);
        QVERIFY2(last->summary.contains(QStringLiteral("deadline")), qPrintable(last->summary));
        QVERIFY(report.durationMs >= 1400 && report.durationMs < 2500);
        QCOMPARE(report.findings.constFirst().id, QStringLiteral("deadline-exceeded"));
        QCOMPARE(report.verdict(), Report::Verdict::Failed);
    }

    void deadlineBoundsTheModeCheck()
    {
        // Silence: the greeting times out, then the follow-up in SSL/TLS starts
        // and would wait as long again; the deadline ends it.
        m_deadlineMs = 900;
        Run r = run("!silence\n", Protocol::Submission, Security::StartTls, true, 600);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.deadlineExceeded);
        QCOMPARE(report.facts.deadlineStep, std::optional<StepId>(StepId::ModeCheck));
        QCOMPARE(report.step(StepId::ModeCheck)->status, StepStatus::Error);
        QVERIFY(!report.facts.modeCheckRan);
        QVERIFY(report.durationMs < 1500);
        for (const Step &s : report.steps)
            QVERIFY(s.status != StepStatus::Running);
    }

    void noDeadlineByDefault()
    {
        Run r = run(QString::fromLatin1(smtpStartTls), Protocol::Smtp, Security::StartTls);
        QVERIFY(!r.inspection->report().facts.deadlineExceeded);
        QCOMPARE(r.inspection->request().deadlineMs, 0);
    }

    void cancelMidway()
    {
        bool cancelled = false;
        Run r = run(QStringLiteral("S: 220-slow\n!delay 5000\nS: 220 done\n!silence\n"),
                    Protocol::Smtp, Security::StartTls, true, 8000, [&](Inspection &i) {
                        QTimer::singleShot(200, &i, [&] {
                            i.cancel();
                            cancelled = true;
                        });
                    });
        QVERIFY(cancelled);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.cancelled);
        QVERIFY(report.durationMs < 4000);
        for (const Step &s : report.steps)
            QVERIFY(s.status != StepStatus::Running);
        // The step Cancel cut short ran: it keeps its time and says so; in
        // the report's status words it is "skipped".
        const Step *greeting = report.step(StepId::Greeting);
        QVERIFY(greeting);
        QCOMPARE(greeting->status, StepStatus::Skipped);
        QVERIFY(greeting->details.value(QStringLiteral("cancelled")).toBool());
        QVERIFY(greeting->endMs > greeting->startMs);
    }

    void timeoutFiresWhenItSays()
    {
        // A per-step timeout of 600 ms: the greeting step ends no earlier
        // (a coarse timer would fire up to 5 % early).
        Run r = run(QStringLiteral("!silence\n"), Protocol::Smtp, Security::StartTls, false, 600);
        const Report &report = r.inspection->report();
        QVERIFY(report.facts.greetingTimedOut);
        const Step *greeting = report.step(StepId::Greeting);
        QVERIFY(greeting);
        QVERIFY2(greeting->endMs - greeting->startMs >= 599.0,
                 qPrintable(QString::number(greeting->endMs - greeting->startMs)));
    }
};

QTEST_GUILESS_MAIN(TestInspection)
#include "tst_inspection.moc"
