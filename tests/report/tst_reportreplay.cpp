// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "A ticket becomes a test": inspect a practice server, export the transcript
// as a script, replay that script through the scripted server, inspect again,
// and get the same steps, findings and verdict. Plus: a login-bearing session
// leaves neither the password nor its base64 forms in any export.

#include "report/jsonreader.h"
#include "report/jsonwriter.h"
#include "report/reportformat.h"
#include "report/scriptwriter.h"
#include "report/summarywriter.h"
#include "session/inspection.h"
#include "simulator/scenariocatalog.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"

#include <QtTest>

#include <memory>

using namespace MailInspect;

namespace {

struct Outcome
{
    Report report;
    QStringList serverErrors;
};

Outcome inspect(const QString &script, Protocol protocol, Security security,
                const QString &user = {}, const QString &password = {})
{
    Outcome out;
    QString error;
    const auto parsed = SimulatorScript::parse(script, &error);
    if (!parsed) {
        out.serverErrors << QStringLiteral("script does not parse: ") + error;
        return out;
    }
    ScriptedServer server(*parsed, ScenarioCatalog::practiceCertificates());
    server.setWaitTimeout(5000);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        out.serverErrors << QStringLiteral("cannot listen");
        return out;
    }
    InspectionRequest request;
    request.targetAsTyped = QStringLiteral("mail.test");
    request.host = ScenarioCatalog::practiceHostName();
    request.connectAddress = QStringLiteral("127.0.0.1");
    request.port = server.serverPort();
    request.protocol = protocol;
    request.security = security;
    request.timeoutMs = 2000;
    request.extraCaCertificates = ScenarioCatalog::practiceCaCertificates();
    request.user = user;
    request.password = password;
    Inspection inspection(request);
    QSignalSpy finished(&inspection, &Inspection::finished);
    inspection.start();
    if (!finished.wait(30000))
        out.serverErrors << QStringLiteral("inspection did not finish");
    out.report = inspection.report();
    out.serverErrors << server.errors();
    return out;
}

QStringList stepsOf(const Report &r)
{
    QStringList out;
    for (const Step &s : r.steps)
        out << stepIdName(s.id) + QLatin1Char('=') + stepStatusName(s.status);
    return out;
}

QStringList findingsOf(const Report &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << f.id;
    out.sort();
    return out;
}

bool usesModeCheck(const Report &r)
{
    for (const Step &s : r.steps) {
        if (s.id == StepId::ModeCheck)
            return true;
    }
    return false;
}

} // namespace

class TestReportReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticketBecomesTest_data();
    void ticketBecomesTest();
    void secretsNeverLeave_data();
    void secretsNeverLeave();
    void anyReadReportExportsAScript();
    void unterminatedLineReplaysWithoutLineEnd();
};

void TestReportReplay::ticketBecomesTest_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("security");
    for (const Scenario &s : ScenarioCatalog::scenarios()) {
        // Scenarios that wait out a timeout or a long delay would take seconds
        // twice over; the writer's !delay / !silence are covered by unit tests.
        if (s.script.contains(QStringLiteral("!silence"))
            || s.script.contains(QRegularExpression(QStringLiteral("!delay [0-9]{4,}"))))
            continue;
        QTest::newRow(qPrintable(s.id)) << s.script << int(s.protocol) << int(s.security);
    }
}

void TestReportReplay::ticketBecomesTest()
{
    QFETCH(QString, script);
    QFETCH(int, protocol);
    QFETCH(int, security);
    const Outcome original = inspect(script, Protocol(protocol), Security(security));
    QVERIFY(original.report.finished);

    // The ticket travels as JSON; the script is written from what was read back.
    const std::optional<Report> fromTicket = readJson(writeJson(original.report));
    QVERIFY(fromTicket);
    const QString exported = writeScript(*fromTicket);
    QString error;
    QVERIFY2(SimulatorScript::parse(exported, &error),
             qPrintable(error + QLatin1Char('\n') + exported));

    const Outcome replay = inspect(exported, Protocol(protocol), Security(security));
    QVERIFY(replay.report.finished);
    QStringList serverErrors = replay.serverErrors;
    // With a wrong security mode the first connection fails by design (plain
    // client, TLS server or the reverse), in the replay as in the original.
    if (usesModeCheck(original.report))
        serverErrors.removeIf([](const QString &e) { return e.startsWith(u"connection 0,"); });
    QVERIFY2(serverErrors.isEmpty(),
             qPrintable(serverErrors.join(QLatin1Char('\n')) + QLatin1Char('\n') + exported));
    QCOMPARE(stepsOf(replay.report), stepsOf(original.report));
    QCOMPARE(findingsOf(replay.report), findingsOf(original.report));
    QCOMPARE(verdictName(replay.report.verdict()), verdictName(original.report.verdict()));
}

void TestReportReplay::secretsNeverLeave_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("security");
    QTest::newRow("smtp auth") << QStringLiteral(R"(S: 220 mail.test ESMTP
C: EHLO *
S: 250-mail.test
S: 250 STARTTLS
C: STARTTLS
S: 220 2.0.0 Ready to start TLS
!tls good
C: EHLO *
S: 250-mail.test
S: 250 AUTH PLAIN LOGIN
C: AUTH *
S: 235 2.7.0 Authentication successful
C: QUIT
S: 221 2.0.0 Bye
!close
)") << int(Protocol::Submission)
                               << int(Security::StartTls);
    QTest::newRow("smtp auth login") << QStringLiteral(R"(!tls good
S: 220 mail.test ESMTP
C: EHLO *
S: 250-mail.test
S: 250 AUTH LOGIN
C: AUTH LOGIN
S: 334 VXNlcm5hbWU6
C: *
S: 334 UGFzc3dvcmQ6
C: *
S: 235 2.7.0 Authentication successful
C: QUIT
S: 221 2.0.0 Bye
!close
)") << int(Protocol::Submission) << int(Security::ImplicitTls);
    QTest::newRow("imap login") << QStringLiteral(R"(!tls good
S: * OK [CAPABILITY IMAP4rev1] ready
C: a1 LOGIN *
S: a1 OK logged in
C: a2 LOGOUT
S: * BYE
S: a2 OK bye
!close
)") << int(Protocol::Imap) << int(Security::ImplicitTls);
    QTest::newRow("pop3 user/pass") << QStringLiteral(R"(!tls good
S: +OK POP3 ready
C: CAPA
S: +OK
S: USER
S: .
C: USER *
S: +OK
C: PASS *
S: +OK logged in
C: QUIT
S: +OK bye
!close
)") << int(Protocol::Pop3) << int(Security::ImplicitTls);
    QTest::newRow("imap authenticate") << QStringLiteral(R"(!tls good
S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGINDISABLED] ready
C: a1 AUTHENTICATE PLAIN
S: +
C: *
S: a1 OK logged in
C: a2 LOGOUT
S: * BYE
S: a2 OK bye
!close
)") << int(Protocol::Imap) << int(Security::ImplicitTls);
    QTest::newRow("sieve authenticate") << QStringLiteral(R"(S: "IMPLEMENTATION" "Test"
S: "SASL" ""
S: "STARTTLS"
S: OK "ready"
C: STARTTLS
S: OK "begin TLS"
!tls good
S: "IMPLEMENTATION" "Test"
S: "SASL" "PLAIN"
S: OK "TLS active"
C: AUTHENTICATE "PLAIN" *
S: OK "Logged in."
C: LOGOUT
S: OK "bye"
!close
)") << int(Protocol::Sieve) << int(Security::StartTls);
}

void TestReportReplay::secretsNeverLeave()
{
    QFETCH(QString, script);
    QFETCH(int, protocol);
    QFETCH(int, security);
    const QString user = QStringLiteral("alice@mail.test");
    const QString password = QStringLiteral("Tr0ub4dor&3-secret");
    const Outcome run = inspect(script, Protocol(protocol), Security(security), user, password);
    QVERIFY(run.report.finished);
    QVERIFY2(run.report.facts.authSucceeded, "the scripted login must go through");
    const QByteArray pw = password.toUtf8();
    const QList<QByteArray> forbidden = {
        user.toUtf8(),
        user.toUtf8().toBase64(),
        pw,
        pw.toBase64(),
        (QByteArray("\0", 1) + user.toUtf8() + QByteArray("\0", 1) + pw).toBase64(),
        (user.toUtf8() + QByteArray("\0", 1) + user.toUtf8() + QByteArray("\0", 1) + pw).toBase64(),
    };
    for (ReportFormat f : allReportFormats()) {
        if (f == ReportFormat::Pdf)
            continue; // rendered from the HTML, which is checked here
        const QByteArray bytes = *writeReport(run.report, f);
        for (const QByteArray &secret : forbidden)
            QVERIFY2(!bytes.contains(secret), qPrintable(reportFormatName(f)));
    }
    for (const QByteArray &secret : forbidden)
        QVERIFY(!writeSummary(run.report).toUtf8().contains(secret));
}

// Found by tests/fuzz/fuzz_jsonreader: a report file edited by hand (or written
// by another tool) may carry line breaks, stray backslashes and pauses longer
// than !delay allows; its script export must still parse.
void TestReportReplay::anyReadReportExportsAScript()
{
    const QByteArray json = R"({"schema": "mailinspect-report/1",
        "target": {"host": "mail.test", "port": 25},
        "steps": [{"id": "greeting", "status": "ok"}],
        "transcript": [
            {"t_ms": 1, "dir": "server", "text": "250-PIPE\u0000\nNG", "step_index": 0},
            {"t_ms": 2, "dir": "server", "text": "x \\q y \\x4", "step_index": 0},
            {"t_ms": 3, "dir": "server", "text": "\\x41\\\\z", "step_index": 0},
            {"t_ms": 9e300, "dir": "server", "text": "221 late", "step_index": 0}],
        "findings": [{"id": "odd\nid", "severity": "error", "step": "greeting"}]})";
    QString error;
    const auto report = readJson(json, &error);
    QVERIFY2(report, qPrintable(error));
    const QString script = writeScript(*report);
    const auto parsed = SimulatorScript::parse(script, &error);
    QVERIFY2(parsed, qPrintable(error + QLatin1Char('\n') + script));
    QStringList sent;
    for (const SimulatorScript::Directive &d : parsed->directives()) {
        if (d.kind == SimulatorScript::Directive::Kind::Send
            || d.kind == SimulatorScript::Directive::Kind::Raw)
            sent << QString::fromLatin1(d.data.toPercentEncoding());
        if (d.kind == SimulatorScript::Directive::Kind::Delay)
            QCOMPARE(d.count, qint64(3600 * 1000));
    }
    // Hidden characters in the file (NUL, a line break) are escaped when it is
    // read, so the script replays them as the bytes the escapes name; the
    // transcript's own escapes keep their meaning, any other backslash is sent
    // as itself.
    QCOMPARE(sent,
             (QStringList {QStringLiteral("250-PIPE%00%0ANG%0D%0A"),
                           QStringLiteral("x%20%5Cq%20y%20%5Cx4%0D%0A"),
                           QStringLiteral("A%5Cz%0D%0A"), QStringLiteral("221%20late")}));
}

// Bytes that never got their line end replay as !raw without one, so the
// ticket's script shows the same broken greeting.
void TestReportReplay::unterminatedLineReplaysWithoutLineEnd()
{
    const QString script = QStringLiteral("!raw 220 mail.test ESMTP\\r\n!close\n");
    const Outcome original = inspect(script, Protocol::Smtp, Security::StartTls);
    QVERIFY(original.report.facts.unterminatedLineStep.has_value());
    const std::optional<Report> fromTicket = readJson(writeJson(original.report));
    QVERIFY(fromTicket);
    const QString exported = writeScript(*fromTicket);
    QVERIFY2(exported.contains(QStringLiteral("\n!raw 220 mail.test ESMTP\\x0d\n")),
             qPrintable(exported));
    const Outcome replay = inspect(exported, Protocol::Smtp, Security::StartTls);
    QCOMPARE(stepsOf(replay.report), stepsOf(original.report));
    QCOMPARE(findingsOf(replay.report), findingsOf(original.report));
}

QTEST_GUILESS_MAIN(TestReportReplay)
#include "tst_reportreplay.moc"
