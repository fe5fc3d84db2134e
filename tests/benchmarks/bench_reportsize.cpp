// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The largest report a hostile server can make, through every writer: prints
// the time and the peak memory of each format. Asserts nothing about time; it
// fails only when a format cannot be written at all.
//
// The server sends four replies of about 1 MiB of control bytes each (every
// line just under the 64 KiB line limit, every reply under the per-step byte
// limit), which before the report limits made the text output 231 MB and the
// PDF take minutes. Peak memory is measured per format with Linux's resettable
// high-water mark (writing 5 to /proc/self/clear_refs).

#include "report/htmlwriter.h"
#include "report/jsonreader.h"
#include "report/jsonwriter.h"
#include "report/markdownwriter.h"
#include "report/pdf/pdfwriter.h"
#include "report/scriptwriter.h"
#include "report/summarywriter.h"
#include "report/textwriter.h"
#include "session/inspection.h"
#include "simulator/certificatestore.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace MailInspect;

namespace {

// Kilobytes of the process's peak resident set since the last reset.
qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Peak resident memory since the last resetPeak(), above what was resident then.
qint64 peakKiB()
{
    return statusKiB("VmHWM:");
}

qint64 residentKiB()
{
    return statusKiB("VmRSS:");
}

void resetPeak()
{
    // Not through QFile: it would open the file for truncation, which /proc refuses.
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY);
    if (fd < 0)
        return;
    if (::write(fd, "5", 1) != 1)
        std::fprintf(stderr, "cannot reset the peak memory figure\n");
    ::close(fd);
}

// One reply of `lines` lines of `perLine` control bytes each.
QString floodReply(const char *prefix, const char *last, int lines, int perLine)
{
    QString unit;
    for (int b = 1; b < 32; ++b) {
        if (b != '\n' && b != '\r')
            unit += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    unit += QStringLiteral("\\x9b\\x1b");
    QString body;
    for (int i = 0; body.size() / 4 < perLine; ++i)
        body += unit;
    body.truncate(perLine * 4);
    QString out;
    for (int i = 0; i < lines; ++i)
        out += QStringLiteral("!raw %1%2\\r\\n\n").arg(QLatin1String(prefix), body);
    out += QStringLiteral("S: %1\n").arg(QLatin1String(last));
    return out;
}

} // namespace

class BenchReportSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largestReport_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("perLine");
        // Greeting, EHLO, STARTTLS refusal and the goodbye: four replies of
        // about 1 MiB each, as lines just under the 64 KiB limit ...
        QTest::newRow("long lines") << 15 << 64 * 1024 - 8;
        // ... or as many short lines as a reply may have.
        QTest::newRow("many lines") << 999 << 100;
    }

    void largestReport()
    {
        QFETCH(int, lines);
        QFETCH(int, perLine);
        const QString script = floodReply("220-", "220 mail.test", lines, perLine)
            + QStringLiteral("C: EHLO *\n") + floodReply("250-", "250 STARTTLS", lines, perLine)
            + QStringLiteral("C: STARTTLS\n") + floodReply("454-", "454 4.7.0 no", lines, perLine)
            + QStringLiteral("C: QUIT\n") + floodReply("221-", "221 bye", lines, perLine)
            + QStringLiteral("!close\n");
        QString error;
        const auto parsed = SimulatorScript::parse(script, &error);
        QVERIFY2(parsed, qPrintable(error));
        ScriptedServer server(*parsed, CertificateStore::fromDirectory(Test::pkiDir()));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.connectAddress = QStringLiteral("127.0.0.1");
        request.port = server.serverPort();
        request.protocol = Protocol::Submission;
        request.security = Security::StartTls;
        request.timeoutMs = 20000;
        Inspection inspection(request);
        QSignalSpy finished(&inspection, &Inspection::finished);
        resetPeak();
        const qint64 base = residentKiB();
        QElapsedTimer clock;
        clock.start();
        inspection.start();
        QVERIFY(finished.wait(120000));
        const Report report = inspection.report();
        for (const Finding &f : report.findings)
            std::printf("finding: %s: %s\n", qPrintable(f.id), qPrintable(f.explanation.left(300)));
        qint64 transcriptChars = 0;
        for (const TranscriptEvent &e : report.transcript)
            transcriptChars += e.text.size();
        std::printf("%s\n", QTest::currentDataTag());
        std::printf("inspection: %.0f ms, peak +%lld KiB (resident before: %lld KiB), %lld "
                    "transcript lines, %lld characters\n",
                    clock.nsecsElapsed() / 1e6, peakKiB() - base, base,
                    qlonglong(report.transcript.size()), qlonglong(transcriptChars));

        const QList<QPair<const char *, std::function<qsizetype()>>> formats = {
            {"text",
             [&] {
                 return writeText(report).size();
             }},
            {"markdown",
             [&] {
                 return writeMarkdown(report).size();
             }},
            {"html",
             [&] {
                 return writeHtml(report).size();
             }},
            {"json",
             [&] {
                 return writeJson(report).size();
             }},
            {"script",
             [&] {
                 return writeScript(report).size();
             }},
            {"summary",
             [&] {
                 return writeSummary(report).size();
             }},
            {"pdf",
             [&] {
                 return writePdf(report).size();
             }},
            {"json read back",
             [&] {
                 const auto back = readJson(writeJson(report));
                 return back ? back->transcript.size() : -1;
             }},
        };
        std::printf("%-16s %10s %14s %12s\n", "format", "ms", "peak +KiB", "size");
        for (const auto &[name, write] : formats) {
            resetPeak();
            const qint64 before = residentKiB();
            QElapsedTimer t;
            t.start();
            const qsizetype size = write();
            const double ms = t.nsecsElapsed() / 1e6;
            std::printf("%-16s %10.1f %14lld %12lld\n", name, ms, peakKiB() - before,
                        qlonglong(size));
            QVERIFY2(size > 0, name);
        }
        std::fflush(stdout);
    }
};

QTEST_MAIN(BenchReportSize)
#include "bench_reportsize.moc"
