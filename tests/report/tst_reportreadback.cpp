// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "Saved reports open again": every practice server inspected live, its
// report saved as JSON and read back, as the second-line engineer who opens
// the ticket's file gets it. The read-back report must diagnose to the same
// findings and render byte for byte as the live one in every format
// (tests/common/readback.h). The diagnosis test does the same for its own
// scenarios (tests/diagnosis/tst_scenarios.cpp).

#include "readback.h"

#include "session/inspection.h"
#include "simulator/scenariocatalog.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"

#include <QtTest>

using namespace MailInspect;

class TestReportReadBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void practiceScenario_data();
    void practiceScenario();
};

void TestReportReadBack::practiceScenario_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario &s : ScenarioCatalog::scenarios())
        QTest::newRow(qPrintable(s.id)) << s.id;
}

void TestReportReadBack::practiceScenario()
{
    QFETCH(QString, id);
    const Scenario scenario = *ScenarioCatalog::find(id);
    QString error;
    const auto script = SimulatorScript::parse(scenario.script, &error);
    QVERIFY2(script, qPrintable(error));
    ScriptedServer server(*script, ScenarioCatalog::practiceCertificates());
    server.setWaitTimeout(15000);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    InspectionRequest request;
    request.targetAsTyped = ScenarioCatalog::practiceHostName();
    request.host = ScenarioCatalog::practiceHostName();
    request.connectAddress = QStringLiteral("127.0.0.1");
    request.port = server.serverPort();
    request.protocol = scenario.protocol;
    request.security = scenario.security;
    // Above the slow greeting's six seconds, which must stay a warning.
    request.timeoutMs = 8000;
    request.extraCaCertificates = ScenarioCatalog::practiceCaCertificates();
    Inspection inspection(request);
    QSignalSpy finished(&inspection, &Inspection::finished);
    inspection.start();
    QVERIFY2(finished.wait(60000), "the inspection did not finish");
    const Report report = inspection.report();
    QVERIFY(report.finished);
    QCOMPARE(verdictName(report.verdict()), scenario.expectedVerdict);

    const QString difference = Test::readBackDifference(report);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestReportReadBack)
#include "tst_reportreadback.moc"
