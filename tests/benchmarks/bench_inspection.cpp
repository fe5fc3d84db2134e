// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// In-process figures: one inspection after another, and many side by side on
// one event loop, against the scripted server (real TLS on loopback).
// Prints numbers; asserts only that every inspection finished correctly.

#include "session/inspection.h"
#include "simulator/certificatestore.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>

using namespace MailInspect;

namespace {
const char script[] = R"(S: 220 mail.test ESMTP
C: EHLO *
S: 250-mail.test
S: 250 STARTTLS
C: STARTTLS
S: 220 2.0.0 Ready
!tls good
C: EHLO *
S: 250-mail.test
S: 250 AUTH PLAIN
C: QUIT
S: 221 Bye
!close
)";
} // namespace

class BenchInspection : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;

    InspectionRequest request() const
    {
        InspectionRequest r;
        r.host = QStringLiteral("mail.test");
        r.connectAddress = QStringLiteral("127.0.0.1");
        r.port = m_server->serverPort();
        r.protocol = Protocol::Smtp;
        r.security = Security::StartTls;
        r.extraCaCertificates = QSslCertificate::fromPath(Test::pkiFile("ca.pem"));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_server
            = std::make_unique<ScriptedServer>(*SimulatorScript::parse(script, &error),
                                               CertificateStore::fromDirectory(Test::pkiDir()));
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void sequential()
    {
        const int runs = 30;
        QList<double> reported;
        QList<double> wall;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            Inspection inspection(request());
            QSignalSpy done(&inspection, &Inspection::finished);
            inspection.start();
            QVERIFY(done.wait(10000));
            wall.append(t.nsecsElapsed() / 1e6);
            reported.append(inspection.report().durationMs);
            QCOMPARE(inspection.report().verdict(), Report::Verdict::Secure);
        }
        std::sort(reported.begin(), reported.end());
        std::sort(wall.begin(), wall.end());
        qInfo("sequential: %d inspections, median %.2f ms (report), %.2f ms (wall, incl. "
              "start-up of the first), p90 %.2f ms",
              runs, reported[runs / 2], wall[runs / 2], reported[runs * 9 / 10]);
    }

    void sideBySide()
    {
        const int count = 40;
        std::vector<std::unique_ptr<Inspection>> inspections;
        int finished = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < count; ++i) {
            inspections.push_back(std::make_unique<Inspection>(request()));
            connect(inspections.back().get(), &Inspection::finished, this, [&] { ++finished; });
            inspections.back()->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, count, 30000);
        const double total = t.nsecsElapsed() / 1e6;
        int secure = 0;
        for (const auto &i : inspections)
            secure += i->report().verdict() == Report::Verdict::Secure;
        QCOMPARE(secure, count);
        qInfo("side by side: %d inspections on one event loop in %.1f ms (%.2f ms each)", count,
              total, total / count);
    }
};

QTEST_GUILESS_MAIN(BenchInspection)
#include "bench_inspection.moc"
