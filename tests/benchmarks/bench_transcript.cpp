// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's transcript with 10,000 lines: the live insert (lines
// arriving while the view is shown and follows the end), the same without
// batching (one insert and one paint per line, for comparison), and the first
// paint of a finished report opened from a file. Prints figures; asserts only
// that every line arrived in the view.

#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTreeView>
#include <QtTest>

using namespace MailInspect;

namespace {
constexpr int lineCount = 10000;

TranscriptEvent line(int i)
{
    TranscriptEvent e;
    e.tMs = i * 0.25;
    e.tls = i > 20;
    e.stepIndex = 0;
    if (i % 2 == 0) {
        e.direction = Direction::Client;
        e.text = QStringLiteral("A%1 FETCH %1 (FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)])")
                     .arg(i, 5, 10, QLatin1Char('0'));
    } else {
        e.direction = Direction::Server;
        e.text = QStringLiteral("* %1 FETCH (FLAGS (\\Seen) BODY[HEADER.FIELDS (SUBJECT FROM)] "
                                "{64} Subject: quarterly figures, line %1 of the long transcript")
                     .arg(i);
    }
    return e;
}

Report emptyReport()
{
    Report report;
    Step step;
    step.id = StepId::Capabilities;
    step.status = StepStatus::Running;
    report.steps.append(step);
    return report;
}

// The transcript as the window shows it: a view of 900 by 600 pixels on screen.
struct ShownTranscript
{
    Report report = emptyReport();
    TranscriptModel model;
    TranscriptView view {&model};

    bool show()
    {
        view.resize(900, 600);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }
};

void paintNow(TranscriptView &view)
{
    QCoreApplication::sendPostedEvents();
    view.view()->viewport()->repaint();
}
// Appends @p lines lines as fast as a server can send them, inserting and
// painting the view every @p batch lines (as the model's batch timer would).
// Prints the total, the cost per line and the slowest batch with its paint.
void insertAndPaint(const char *what, int lines, int batch)
{
    ShownTranscript shown;
    shown.model.setReport(&shown.report);
    QVERIFY(shown.show());

    QElapsedTimer clock;
    clock.start();
    int batches = 0;
    qint64 slowestBatchNs = 0;
    for (int i = 0; i < lines; ++i) {
        shown.report.transcript.append(line(i));
        shown.model.transcriptAppended(i);
        if (i % batch == batch - 1 || i == lines - 1) {
            QElapsedTimer one;
            one.start();
            shown.model.flush();
            paintNow(shown.view);
            slowestBatchNs = std::max(slowestBatchNs, one.nsecsElapsed());
            ++batches;
        }
    }
    const qint64 totalNs = clock.nsecsElapsed();
    QCOMPARE(shown.model.rowCount(), lines);
    // The view followed the new lines to the end.
    const QScrollBar *bar = shown.view.view()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());
    std::printf("%s: %d lines in %d batches, %.1f ms in all, %.2f us per line, slowest batch "
                "with its paint %.2f ms\n",
                what, lines, batches, totalNs / 1e6, totalNs / 1e3 / lines, slowestBatchNs / 1e6);
}
} // namespace

class BenchTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveInsert();
    void lineByLineInsert();
    void firstPaintOfSavedReport();
    void paintOfLongestLines();
};

// Lines arrive as fast as a server can send them; the model inserts them in
// batches (what the app does): one every 100 lines, about what a fast server
// delivers in one 30 ms batch interval.
void BenchTranscript::liveInsert()
{
    insertAndPaint("live insert", lineCount, 100);
}

// Without batching: one insert and one paint per line (what the batches
// save), for the first 2,000 lines only: each line costs a whole paint of
// the view, so 10,000 would take minutes.
void BenchTranscript::lineByLineInsert()
{
    insertAndPaint("line-by-line insert (no batching, for comparison)", 2000, 1);
}

// A finished report with 10,000 lines opened from a file: the model is set in
// one go and the view shown; measured until the first paint is done.
void BenchTranscript::firstPaintOfSavedReport()
{
    ShownTranscript shown;
    Report &report = shown.report;
    TranscriptModel &model = shown.model;
    TranscriptView &view = shown.view;
    for (int i = 0; i < lineCount; ++i)
        report.transcript.append(line(i));
    QVERIFY(shown.show());

    QElapsedTimer clock;
    clock.start();
    model.setReport(&report);
    const qint64 setNs = clock.nsecsElapsed();
    paintNow(view);
    const qint64 paintedNs = clock.nsecsElapsed();
    QCOMPARE(model.rowCount(), lineCount);
    std::printf(
        "saved report with %d lines: model set in %.2f ms, first paint done after %.2f ms\n",
        lineCount, setNs / 1e6, paintedNs / 1e6);
}

// What a hostile server can make: every visible line as long as the report
// keeps a line (ReportLimits::maxTranscriptLineChars), all of it control
// bytes shown as \xNN.
void BenchTranscript::paintOfLongestLines()
{
    ShownTranscript shown;
    Report &report = shown.report;
    for (int i = 0; i < 60; ++i) {
        TranscriptEvent e = line(i);
        e.text = QStringLiteral("\\x1b").repeated(ReportLimits::maxTranscriptLineChars / 4);
        report.transcript.append(e);
    }
    QVERIFY(shown.show());
    QElapsedTimer clock;
    clock.start();
    shown.model.setReport(&report);
    paintNow(shown.view);
    std::printf("60 lines of %lld characters each: first paint done after %.2f ms\n",
                qlonglong(report.transcript.constFirst().text.size()), clock.nsecsElapsed() / 1e6);
}

QTEST_MAIN(BenchTranscript)
#include "bench_transcript.moc"
