// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "golden.h"
#include "samplereports.h"

#include "protocol/dialect.h"
#include "report/jsonreader.h"
#include "report/jsonstream.h"
#include "report/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>

using namespace MailInspect;

class TestReportJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractFields();
    void findingsOrderedBySeverity();
    void schemaComesFirst();
    void roundTrip_data();
    void roundTrip();
    void compactRoundTrip();
    void everyFactRoundTrips();
    void laterFactsOnlyWhenSet();
    void accountAndTopicRoundTrip();
    void readerKeepsTypedValues();
    void readerRejects_data();
    void readerRejects();
    void readerAcceptsContractOnly();
    void golden_data();
    void golden();
    void scalarsAsQtWritesThem_data();
    void scalarsAsQtWritesThem();
};

void TestReportJson::contractFields()
{
    const QJsonDocument doc = QJsonDocument::fromJson(writeJson(Test::problemReport()));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(u"schema").toString(), QStringLiteral("mailinspect-report/1"));
    QCOMPARE(o.value(u"tool").toObject().value(u"name").toString(), QStringLiteral("mailinspect"));
    QCOMPARE(o.value(u"tool").toObject().value(u"version").toString(), QStringLiteral("0.1.0"));
    const QJsonObject target = o.value(u"target").toObject();
    QCOMPARE(target.value(u"host").toString(), QStringLiteral("mail.test"));
    QCOMPARE(target.value(u"port").toInt(), 587);
    QCOMPARE(target.value(u"protocol").toString(), QStringLiteral("submission"));
    QCOMPARE(target.value(u"security").toString(), QStringLiteral("starttls"));
    QCOMPARE(target.value(u"address").toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(o.value(u"started").toString(), QStringLiteral("2026-11-28T15:00:00.000Z"));
    QCOMPARE(o.value(u"duration_ms").toDouble(), 1612.75);
    QCOMPARE(o.value(u"verdict").toString(), QStringLiteral("insecure"));

    const QJsonArray steps = o.value(u"steps").toArray();
    QCOMPARE(steps.size(), 10);
    const QJsonObject greeting = steps.at(2).toObject();
    QCOMPARE(greeting.value(u"id").toString(), QStringLiteral("greeting"));
    QCOMPARE(greeting.value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(greeting.value(u"start_ms").toDouble(), 3.4);
    QCOMPARE(greeting.value(u"end_ms").toDouble(), 1505.2);
    QVERIFY(greeting.value(u"details").isObject());
    QCOMPARE(greeting.value(u"details").toObject().value(u"code").toInt(), 220);
    QCOMPARE(steps.at(5).toObject().value(u"id").toString(), QStringLiteral("tls-handshake"));

    const QJsonArray transcript = o.value(u"transcript").toArray();
    QCOMPARE(transcript.size(), 24);
    const QJsonObject line = transcript.at(2).toObject();
    QCOMPARE(line.value(u"t_ms").toDouble(), 1505.1);
    QCOMPARE(line.value(u"dir").toString(), QStringLiteral("server"));
    QCOMPARE(line.value(u"tls").toBool(), false);
    QCOMPARE(line.value(u"text").toString(), QStringLiteral("220 mail.test ESMTP ready"));
    QCOMPARE(line.value(u"step").toString(), QStringLiteral("greeting"));
    QCOMPARE(transcript.at(19).toObject().value(u"tls").toBool(), true);

    const QJsonObject caps = o.value(u"capabilities").toObject();
    QCOMPARE(caps.value(u"before_tls").toArray().size(), 5);
    QCOMPARE(caps.value(u"after_tls").toArray().size(), 3);

    const QJsonObject tls = o.value(u"tls").toObject();
    QCOMPARE(tls.value(u"protocol").toString(), QStringLiteral("TLSv1.3"));
    QCOMPARE(tls.value(u"cipher").toString(), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(tls.value(u"verified").toBool(), false);
    QCOMPARE(tls.value(u"errors").toArray(),
             QJsonArray {QStringLiteral("The certificate has expired")});
    const QJsonArray chain = tls.value(u"chain").toArray();
    QCOMPARE(chain.size(), 2);
    const QJsonObject leaf = chain.at(0).toObject();
    QCOMPARE(leaf.value(u"subject").toString(), QStringLiteral("CN=mail.test, O=mailinspect test"));
    QVERIFY(leaf.value(u"issuer").toString().startsWith(u"CN=mailinspect Test Intermediate"));
    QCOMPARE(leaf.value(u"not_before").toString(), QStringLiteral("2025-10-01T00:00:00.000Z"));
    QCOMPARE(leaf.value(u"not_after").toString(), QStringLiteral("2026-10-01T00:00:00.000Z"));
    QVERIFY(leaf.value(u"sha256").toString().startsWith(u"3F:9A:"));
    QCOMPARE(leaf.value(u"subject_alt_names").toArray().size(), 3);
    QCOMPARE(leaf.value(u"public_key").toString(), QStringLiteral("RSA 2048"));

    const QJsonArray findings = o.value(u"findings").toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.value(u"id").toString(), QStringLiteral("certificate-expired"));
    QCOMPARE(first.value(u"severity").toString(), QStringLiteral("error"));
    QCOMPARE(first.value(u"step").toString(), QStringLiteral("certificate"));
    QVERIFY(!first.value(u"title").toString().isEmpty());
    QVERIFY(!first.value(u"explanation").toString().isEmpty());
    QVERIFY(!first.value(u"fix").toString().isEmpty());
}

void TestReportJson::findingsOrderedBySeverity()
{
    Report r = Test::problemReport();
    Finding info;
    info.id = QStringLiteral("some-info");
    info.severity = Severity::Info;
    info.step = StepId::Greeting;
    r.findings.prepend(info);
    const QJsonArray findings
        = QJsonDocument::fromJson(writeJson(r)).object().value(u"findings").toArray();
    QStringList severities;
    for (const QJsonValue &f : findings)
        severities << f.toObject().value(u"severity").toString();
    QCOMPARE(
        severities,
        (QStringList {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")}));
}

void TestReportJson::schemaComesFirst()
{
    const QByteArray json = writeJson(Test::problemReport());
    QVERIFY(json.startsWith("{\n  \"schema\": \"mailinspect-report/1\",\n  \"tool\": {"));
    QVERIFY(json.endsWith("}\n"));
    QVERIFY(json.indexOf("\"verdict\"") < json.indexOf("\"steps\""));
}

void TestReportJson::roundTrip_data()
{
    QTest::addColumn<Report>("report");
    QTest::newRow("problem") << Test::problemReport();
    QTest::newRow("secure") << Test::secureReport();
    QTest::newRow("refused") << Test::refusedReport();
    Report running = Test::problemReport();
    running.steps.last().endMs = -1;
    running.steps.last().status = StepStatus::Running;
    running.finished = false;
    running.started = QDateTime();
    running.facts.injectedAfterUpgrade = QByteArrayLiteral("250 injected\r\n\\\x00\xff");
    running.facts.closedDuringStep.reset();
    running.facts.protocolViolationStep = StepId::Greeting;
    QTest::newRow("running, odd bytes") << running;
    Report cut = Test::problemReport();
    TranscriptEvent unterminated;
    unterminated.tMs = 1500;
    unterminated.direction = Direction::Server;
    unterminated.text = QStringLiteral("250 STARTT\\x0d");
    unterminated.stepIndex = 2;
    unterminated.unterminated = true;
    cut.transcript.append(unterminated);
    cut.facts.unterminatedLineStep = StepId::Capabilities;
    cut.facts.unterminatedLine = unterminated.text;
    cut.facts.unterminatedLineBytes = 11;
    cut.facts.unterminatedLineClosed = true;
    cut.facts.unterminatedLineLiteral = true;
    cut.facts.unsolicitedReply = QStringLiteral("250 ok");
    cut.facts.deadlineExceeded = true;
    cut.facts.deadlineMs = 2500;
    cut.facts.deadlineStep = StepId::Quit;
    QTest::newRow("unterminated, unsolicited, deadline") << cut;
    Report typed = Test::problemReport();
    typed.facts.greetingReply
        = dialectFor(Protocol::Submission).parseStatusLine("421 4.3.2 Service not available");
    typed.facts.capabilityReply
        = dialectFor(Protocol::Imap).parseStatusLine("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready");
    typed.facts.starttlsReply
        = dialectFor(Protocol::Pop3).parseStatusLine("-ERR [SYS/TEMP] try later");
    typed.facts.authReply
        = dialectFor(Protocol::Sieve)
              .parseStatusLine("BYE (REFERRAL \"sieve://other.test\") \"go there\"");
    QTest::newRow("typed replies") << typed;
    QTest::newRow("empty") << Report();
}

void TestReportJson::roundTrip()
{
    QFETCH(Report, report);
    const QByteArray first = writeJson(report);
    QString error;
    const std::optional<Report> back = readJson(first, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(writeJson(*back), first);
    QCOMPARE(back->verdict(), report.verdict());
    QCOMPARE(back->facts.injectedAfterUpgrade, report.facts.injectedAfterUpgrade);
    QCOMPARE(back->facts.unterminatedLineStep, report.facts.unterminatedLineStep);
    QCOMPARE(back->facts.unterminatedLine, report.facts.unterminatedLine);
    QCOMPARE(back->facts.unterminatedLineBytes, report.facts.unterminatedLineBytes);
    QCOMPARE(back->facts.unterminatedLineClosed, report.facts.unterminatedLineClosed);
    QCOMPARE(back->facts.unterminatedLineLiteral, report.facts.unterminatedLineLiteral);
    QCOMPARE(back->facts.unsolicitedReply, report.facts.unsolicitedReply);
    QCOMPARE(back->facts.deadlineExceeded, report.facts.deadlineExceeded);
    QCOMPARE(back->facts.deadlineMs, report.facts.deadlineMs);
    QCOMPARE(back->facts.deadlineStep, report.facts.deadlineStep);
    const auto sameReply = [](const ReplyCode &a, const ReplyCode &b) {
        return a.status == b.status && a.code == b.code && a.enhanced == b.enhanced
            && a.response.kind == b.response.kind && a.response.name == b.response.name
            && a.response.argument == b.response.argument;
    };
    QVERIFY(sameReply(back->facts.greetingReply, report.facts.greetingReply));
    QVERIFY(sameReply(back->facts.capabilityReply, report.facts.capabilityReply));
    QVERIFY(sameReply(back->facts.starttlsReply, report.facts.starttlsReply));
    // The login's reply code is not in the file (nor are the other login facts).
    ReplyCode auth = report.facts.authReply;
    auth.code = 0;
    QVERIFY(sameReply(back->facts.authReply, auth));
    QCOMPARE(back->transcript.size(), report.transcript.size());
    for (qsizetype i = 0; i < report.transcript.size(); ++i)
        QCOMPARE(back->transcript.at(i).unterminated, report.transcript.at(i).unterminated);
}

void TestReportJson::compactRoundTrip()
{
    const QByteArray compact = writeJson(Test::problemReport(), false);
    QVERIFY(!compact.contains('\n'));
    const std::optional<Report> back = readJson(compact);
    QVERIFY(back);
    QCOMPARE(writeJson(*back, false), compact);
    QCOMPARE(QJsonDocument::fromJson(compact), QJsonDocument::fromJson(writeJson(*back)));
}

// Every member of SessionFacts away from its default: each one must come back.
// (jsonfields.cpp stops the build when SessionFacts grows without a JSON row.)
void TestReportJson::everyFactRoundTrips()
{
    Report r = Test::problemReport();
    SessionFacts &f = r.facts;
    f.resolvedAddresses = QStringList {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    f.resolveTimedOut = true;
    f.connectOutcome = ConnectOutcome::NetworkError;
    f.connectError = QStringLiteral("Network unreachable");
    f.greetingReceived = true;
    f.greetingTimedOut = true;
    f.greetingDelayMs = 6001.25;
    f.firstGreetingByteMs = 12.5;
    f.greetingReply.code = 220;
    f.greetingStatus = QStringLiteral("OK");
    f.greetingLines = QStringList {QStringLiteral("220-a"), QStringLiteral("220 b")};
    f.greetingMultiline = true;
    f.heloFallback = true;
    f.capabilityReply.code = 250;
    f.capabilityCommandFailed = true;
    f.capabilityReplyLines = QStringList {QStringLiteral("250 8BITMIME")};
    f.starttlsOffered = true;
    f.starttlsAttempted = true;
    f.starttlsAccepted = true;
    f.starttlsReply.code = 220;
    f.starttlsReplyStatus = QStringLiteral("OK");
    f.starttlsReplyText = QStringLiteral("Ready");
    f.injectedAfterUpgrade = QByteArrayLiteral("250 x\r\n");
    f.preauth = true;
    f.closedByServer = true;
    f.closedDuringStep = StepId::Quit;
    f.lineTooLong = true;
    f.lineTooLongStep = StepId::Greeting;
    f.protocolViolation = QStringLiteral("bad reply");
    f.protocolViolationStep = StepId::Capabilities;
    f.replyCodes = {220, 250, 535};
    f.quitSent = true;
    f.quitAnswered = true;
    f.cancelled = true;
    f.modeCheckRan = true;
    f.modeCheckSecurity = Security::ImplicitTls;
    f.modeCheckSucceeded = true;
    f.modeCheckEvidence = QStringLiteral("TLS on the first byte works");
    f.timedOutStep = StepId::CapabilitiesAfterTls;
    f.authAttempted = true;
    f.authSucceeded = true;
    f.authReply.code = 535;
    f.authReply.status = ReplyStatus::Negative;
    f.authReply.enhanced = EnhancedStatusCode::fromString(QStringLiteral("5.7.8")).value();
    f.greetingReply.status = ReplyStatus::Positive;
    f.starttlsReply.status = ReplyStatus::Positive;
    f.starttlsReply.response = ResponseCode::fromName("ALERT", "TLS soon");
    f.authReplyStatus = QStringLiteral("NO");
    f.authReplyText = QStringLiteral("5.7.8 Authentication failed");
    f.injectionCheckRan = true;
    f.injectionDetected = true;
    f.injectionEvidence = QStringLiteral("250 2.0.0 Ok");
    f.unterminatedLineStep = StepId::Greeting;
    f.unterminatedLine = QStringLiteral("220 mail");
    f.unterminatedLineBytes = 8;
    f.unterminatedLineClosed = true;
    f.unterminatedLineLiteral = true;
    f.unsolicitedReply = QStringLiteral("250 ok");
    f.deadlineExceeded = true;
    f.deadlineMs = 1800;
    f.deadlineStep = StepId::StartTls;

    QString error;
    const std::optional<Report> back = readJson(writeJson(r), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->facts == r.facts);
}

// Facts added after the first release are written only when they happened,
// so the files of ordinary inspections stay as they were.
void TestReportJson::laterFactsOnlyWhenSet()
{
    const QByteArray plain = writeJson(Test::secureReport());
    for (const char *key : {"timed_out_step", "auth_attempted", "auth_reply_text",
                            "injection_check_ran", "injection_evidence"})
        QVERIFY2(!plain.contains(key), key);

    Report r = Test::secureReport();
    r.facts.authReplyText = QStringLiteral("5.7.8 Authentication failed");
    const QByteArray json = writeJson(r);
    QVERIFY(json.contains("\"auth_attempted\": false"));
    QVERIFY(json.contains("\"auth_reply_text\": \"5.7.8 Authentication failed\""));
    const std::optional<Report> back = readJson(json);
    QVERIFY(back);
    QVERIFY(back->facts == r.facts);
    QVERIFY(!json.contains("injection_check_ran"));
}

// The checks after the login (the "account" object) and the findings' topic
// come back as written; reports without them do not carry the keys.
void TestReportJson::accountAndTopicRoundTrip()
{
    const QByteArray plain = writeJson(Test::secureReport());
    QVERIFY(!plain.contains("\"account\""));
    QVERIFY(!plain.contains("\"topic\""));

    Report r = Test::secureReport();
    AccountFacts &a = r.account;
    a.mailboxChecked = true;
    a.mailboxReply.status = ReplyStatus::Positive;
    a.mailboxReply.response = ResponseCode::fromName("READ-ONLY");
    a.mailboxReplyText = QStringLiteral("a2 OK [READ-ONLY] Examine completed");
    a.messages = 1234;
    a.mailboxBytes = 9007199254740991;
    a.quotaChecked = true;
    a.quotaReply.status = ReplyStatus::Positive;
    a.quotaResource = QStringLiteral("STORAGE");
    a.quotaUsage = 972800;
    a.quotaLimit = 1024000;
    a.problem = QStringLiteral("the quota's numbers are not numbers");
    a.mailFrom = QStringLiteral("boss@example.com");
    a.senderReply.status = ReplyStatus::Negative;
    a.senderReply.code = 550;
    a.senderReply.enhanced = EnhancedStatusCode::sendAsDenied();
    a.senderReply.response.kind = ResponseCode::Kind::SenderNotPermitted;
    a.senderReply.response.name = QStringLiteral("5.7.60");
    a.senderReplyText = QStringLiteral("5.7.60 Client does not have permissions");
    a.rcptTo = QStringLiteral("friend@example.net");
    a.recipientReply.status = ReplyStatus::Temporary;
    a.recipientReply.code = 450;
    a.recipientReplyText = QStringLiteral("4.2.0 Greylisted");
    a.resetSent = true;
    Finding login;
    login.id = QStringLiteral("auth-app-password-required");
    login.step = StepId::Authenticate;
    login.title = QStringLiteral("The account needs an app password");
    login.topic = FindingTopic::Login;
    Finding quota = login;
    quota.id = QStringLiteral("mailbox-nearly-full");
    quota.severity = Severity::Warning;
    quota.step = StepId::Quota;
    quota.topic = FindingTopic::Account;
    r.findings = {login, quota};

    const QByteArray json = writeJson(r);
    QVERIFY(json.contains("\"topic\": \"login\""));
    QVERIFY(json.contains("\"sender_reply\""));
    QString error;
    const std::optional<Report> back = readJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->account == r.account);
    QCOMPARE(back->findings.size(), 2);
    QCOMPARE(back->findings.at(0).topic, FindingTopic::Login);
    QCOMPARE(back->findings.at(1).topic, FindingTopic::Account);
    // A refused login does not change the verdict of a secure connection.
    QCOMPARE(back->verdict(), Report::Verdict::Secure);
    QVERIFY(back->hasErrorFinding());
}

void TestReportJson::readerKeepsTypedValues()
{
    const Report original = Test::problemReport();
    const std::optional<Report> r = readJson(writeJson(original));
    QVERIFY(r);
    QCOMPARE(r->targetAsTyped, original.targetAsTyped);
    QCOMPARE(r->tlsBackend, original.tlsBackend);
    QCOMPARE(r->started, original.started);
    QCOMPARE(r->steps.size(), original.steps.size());
    QCOMPARE(r->steps.at(0).details.value(QStringLiteral("addresses")).toStringList(),
             QStringList {QStringLiteral("127.0.0.1")});
    QCOMPARE(r->transcript.at(19).text, QStringLiteral("AUTH PLAIN <redacted>"));
    QCOMPARE(r->transcript.at(19).stepIndex, 8);
    QCOMPARE(r->tls.chain.at(0).notAfter, original.tls.chain.at(0).notAfter);
    QCOMPARE(r->tls.chain.at(0).pem, original.tls.chain.at(0).pem);
    QCOMPARE(r->tls.problems.size(), 1);
    QCOMPARE(r->tls.problems.at(0).code, 6);
    QCOMPARE(r->facts.connectOutcome, ConnectOutcome::Connected);
    QCOMPARE(r->facts.closedDuringStep, std::optional<StepId>(StepId::Quit));
    QCOMPARE(r->facts.replyCodes, original.facts.replyCodes);
    // The reader keeps the document's order (errors first), not the original list's.
    QCOMPARE(r->findings.at(0).id, QStringLiteral("certificate-expired"));
}

void TestReportJson::readerRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArrayLiteral("{ nope");
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("no schema") << QByteArrayLiteral("{\"tool\": {}}");
    QTest::newRow("other schema") << QByteArrayLiteral("{\"schema\": \"mailinspect-report/2\"}");
    QTest::newRow("bad step id") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"steps\": [{\"id\": \"x\"}]}");
    QTest::newRow("bad protocol") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"target\": {\"protocol\": \"gopher\"}}");
    QTest::newRow("bad port") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"target\": {\"port\": 70000}}");
    QTest::newRow("dangling step index") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"transcript\": [{\"step_index\": 3}]}");
    QTest::newRow("bad time") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"started\": \"yesterday\"}");
    QTest::newRow("text for a flag")
        << QByteArrayLiteral("{\"schema\": \"mailinspect-report/1\", \"finished\": \"yes\"}");
    QTest::newRow("number for a fact flag") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"facts\": {\"auth_attempted\": 1}}");
    QTest::newRow("fraction for a code") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"facts\": {\"auth_reply_code\": 5.5}}");
    QTest::newRow("object for steps")
        << QByteArrayLiteral("{\"schema\": \"mailinspect-report/1\", \"steps\": {}}");
    QTest::newRow("number in a list of text") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"capabilities\": {\"after_tls\": [1]}}");
    QTest::newRow("bad timed-out step") << QByteArrayLiteral(
        "{\"schema\": \"mailinspect-report/1\", \"facts\": {\"timed_out_step\": \"x\"}}");
}

void TestReportJson::readerRejects()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!readJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestReportJson::readerAcceptsContractOnly()
{
    // A report with only PRODUCT.md's fields (as another tool might write it).
    const QByteArray json = R"({
      "schema": "mailinspect-report/1",
      "tool": {"name": "mailinspect", "version": "9"},
      "target": {"host": "mail.test", "port": 993, "protocol": "imap", "security": "tls",
                 "address": "127.0.0.1"},
      "started": "2026-11-28T15:00:00.000Z", "duration_ms": 10, "verdict": "insecure",
      "steps": [{"id": "connect", "status": "ok", "start_ms": 0, "end_ms": 1,
                 "summary": "ok", "details": {}}],
      "transcript": [{"t_ms": 1, "dir": "server", "tls": true, "text": "* OK"}],
      "capabilities": {"before_tls": [], "after_tls": ["IMAP4rev1"]},
      "tls": {"protocol": "TLSv1.2", "cipher": "X", "verified": false, "errors": ["bad"],
              "chain": []},
      "findings": [{"id": "certificate-untrusted", "severity": "error", "step": "certificate",
                    "title": "t", "explanation": "e", "fix": "f"}]
    })";
    QString error;
    const std::optional<Report> r = readJson(json, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->port, quint16(993));
    QCOMPARE(r->security, Security::ImplicitTls);
    QCOMPARE(r->transcript.at(0).stepIndex, -1);
    QCOMPARE(r->tls.problems.size(), 1);
    QCOMPARE(r->tls.problems.at(0).message, QStringLiteral("bad"));
    QCOMPARE(r->findings.at(0).step, StepId::Certificate);
    // Without "facts" the verdict still follows from what is there.
    QCOMPARE(r->verdict(), Report::Verdict::Insecure);
}

void TestReportJson::golden_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("file");
    QTest::newRow("problem") << Test::problemReport() << QStringLiteral("problem.json");
    QTest::newRow("refused") << Test::refusedReport() << QStringLiteral("refused.json");
}

void TestReportJson::golden()
{
    QFETCH(Report, report);
    QFETCH(QString, file);
    QString message;
    QVERIFY2(Test::matchesGolden(file, writeJson(report), &message), qPrintable(message));
}

// The stream writes scalars itself (a report has thousands); byte for byte
// what QJsonDocument writes, for every escape, UTF-8 and number form.
void TestReportJson::scalarsAsQtWritesThem_data()
{
    QTest::addColumn<QJsonValue>("value");
    QString ascii;
    for (char16_t c = 0; c < 0x80; ++c)
        ascii += QChar(c);
    QTest::newRow("every ASCII character") << QJsonValue(ascii);
    QTest::newRow("empty") << QJsonValue(QString());
    QTest::newRow("quote and backslash") << QJsonValue(QStringLiteral("a\"b\\c"));
    QTest::newRow("two and three bytes") << QJsonValue(QStringLiteral("Grüße – ✓ \u0085\u2028"));
    QTest::newRow("surrogate pair") << QJsonValue(QString::fromUtf8("mail \xF0\x9F\x93\xA7"));
    QTest::newRow("lone high surrogate") << QJsonValue(QString(QChar(0xd83d)) + u'x');
    QTest::newRow("lone low surrogate") << QJsonValue(QString(QChar(0xdce7)));
    QTest::newRow("high surrogate at the end") << QJsonValue(QStringLiteral("x") + QChar(0xd83d));
    QTest::newRow("BOM and noncharacter") << QJsonValue(QString(QChar(0xfeff)) + QChar(0xffff));
    QTest::newRow("int 0") << QJsonValue(0);
    QTest::newRow("int -1") << QJsonValue(-1);
    QTest::newRow("int 100000000") << QJsonValue(100000000);
    QTest::newRow("int64 2^53+1") << QJsonValue(qint64(9007199254740993LL));
    QTest::newRow("int64 max") << QJsonValue(std::numeric_limits<qint64>::max());
    QTest::newRow("double 1e8") << QJsonValue(1e8);
    QTest::newRow("double 3.0") << QJsonValue(3.0);
    QTest::newRow("double -0.0") << QJsonValue(-0.0);
    QTest::newRow("double 0.1") << QJsonValue(0.1);
    QTest::newRow("double 9.604") << QJsonValue(9.604);
    QTest::newRow("double 1e-7") << QJsonValue(1e-7);
    QTest::newRow("double 1.5e300") << QJsonValue(1.5e300);
    QTest::newRow("double NaN") << QJsonValue(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("double inf") << QJsonValue(std::numeric_limits<double>::infinity());
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
}

void TestReportJson::scalarsAsQtWritesThem()
{
    QFETCH(QJsonValue, value);
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    const QByteArray qt = wrapped.mid(1, wrapped.size() - 2);
    if (value.isString())
        QCOMPARE(JsonStream::quoted(value.toString()), qt);
    else
        QCOMPARE(JsonStream::scalar(value), qt);
}

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
