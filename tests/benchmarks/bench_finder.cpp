// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The settings finder's total time against its slowest single probe, per test
// zone, against the finder fixture in a private network namespace. Prints the
// figures; asserts nothing about wall-clock time.

#include "finderfixture.h"

#include "discovery/settingsfinder.h"

#include <QSignalSpy>
#include <QtTest>

#include <cstdio>

using namespace MailInspect;
using MailInspect::Test::FinderFixture;

class BenchFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void totalAgainstSlowestProbe();

private:
    FinderFixture m_fixture;
};

void BenchFinder::initTestCase()
{
    Test::startOrSkip(m_fixture);
}

void BenchFinder::totalAgainstSlowestProbe()
{
    std::printf("%-24s %8s %8s %8s %10s %12s %7s\n", "address", "probes", "servers", "asked",
                "total ms", "slowest ms", "ratio");
    for (const char *address :
         {"alice@autoconf.test", "bob@srvonly.test", "carol@hosted.test", "dave@guess.test",
          "erin@badcert.test", "grace@exch.test", "nobody@nothing.test"}) {
        for (int maxConcurrent : {8, 2}) {
            SettingsFinder::Options options;
            options.dnsServer = FinderFixture::dnsServer();
            options.ispdbUrl = QUrl(FinderFixture::ispdbUrl());
            options.extraCaCertificates = m_fixture.caCertificates();
            options.timeoutMs = 4000;
            options.maxConcurrent = maxConcurrent;
            SettingsFinder finder(QString::fromLatin1(address), options);
            QSignalSpy done(&finder, &SettingsFinder::finished);
            finder.start();
            QVERIFY(done.wait(60000));
            const double slowest = finder.slowestProbeMs();
            std::printf(
                "%-24s %8d %8lld %8lld %10.1f %12.1f %7s  (at most %d at once)\n", address,
                finder.probesDone(), qlonglong(finder.candidates().size()),
                qlonglong(finder.tried().size()), finder.totalMs(), slowest,
                slowest > 0 ? qPrintable(QString::number(finder.totalMs() / slowest, 'f', 2)) : "-",
                maxConcurrent);
        }
    }
    std::fflush(stdout);
}

QTEST_MAIN(BenchFinder)
#include "bench_finder.moc"
