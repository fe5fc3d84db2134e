// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI models over hand-made Reports: structure (QAbstractItemModelTester),
// live growth, batching, and the words the views show.
#include "certificatemodel.h"
#include "findingsmodel.h"
#include "focusstyle.h"
#include "icons.h"
#include "installtranslators.h"
#include "report/reporttext.h"
#include "stepdetailsview.h"
#include "timelinemodel.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "verdictsummary.h"
#include "waterfalldelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslError>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

using namespace MailInspect;

namespace {

Step makeStep(StepId id, StepStatus status, double start, double end, const QString &summary = {})
{
    Step step;
    step.id = id;
    step.status = status;
    step.startMs = start;
    step.endMs = end;
    step.summary = summary;
    return step;
}

TranscriptEvent line(double t, Direction direction, const QString &text, int stepIndex,
                     bool tls = false)
{
    TranscriptEvent event;
    event.tMs = t;
    event.direction = direction;
    event.text = text;
    event.stepIndex = stepIndex;
    event.tls = tls;
    return event;
}

CertificateInfo certificate(const QString &cn, const QString &issuer, const QDateTime &notAfter)
{
    CertificateInfo info;
    info.commonName = cn;
    info.subject = QStringLiteral("CN=") + cn;
    info.issuer = QStringLiteral("CN=") + issuer;
    info.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    info.notAfter = notAfter;
    info.subjectAltNames = {cn};
    info.publicKey = QStringLiteral("RSA 2048");
    info.sha256 = QStringLiteral("AB:CD");
    return info;
}

// A finished STARTTLS session on submission, secure.
Report secureReport()
{
    Report report;
    report.host = QStringLiteral("mail.example.com");
    report.port = 587;
    report.protocol = Protocol::Submission;
    report.security = Security::StartTls;
    report.steps = {makeStep(StepId::Resolve, StepStatus::Ok, 0, 2),
                    makeStep(StepId::Connect, StepStatus::Ok, 2, 5),
                    makeStep(StepId::Greeting, StepStatus::Ok, 5, 6005, QStringLiteral("220")),
                    makeStep(StepId::Capabilities, StepStatus::Ok, 6005, 6010),
                    makeStep(StepId::StartTls, StepStatus::Ok, 6010, 6012),
                    makeStep(StepId::TlsHandshake, StepStatus::Ok, 6012, 6030),
                    makeStep(StepId::Certificate, StepStatus::Ok, 6030, 6031),
                    makeStep(StepId::CapabilitiesAfterTls, StepStatus::Ok, 6031, 6040),
                    makeStep(StepId::Quit, StepStatus::Ok, 6040, 6045)};
    report.transcript = {line(5, Direction::Event, QStringLiteral("connected"), 1),
                         line(6000, Direction::Server, QStringLiteral("220 mail.example.com"), 2),
                         line(6006, Direction::Client, QStringLiteral("EHLO x"), 3),
                         line(6008, Direction::Server, QStringLiteral("250 STARTTLS"), 3),
                         line(6010, Direction::Client, QStringLiteral("STARTTLS"), 4),
                         line(6011, Direction::Server, QStringLiteral("220 go ahead"), 4),
                         line(6032, Direction::Client, QStringLiteral("EHLO x"), 7, true),
                         line(6035, Direction::Server, QStringLiteral("250 AUTH PLAIN"), 7, true)};
    report.capabilitiesBeforeTls
        = {QStringLiteral("PIPELINING"), QStringLiteral("STARTTLS"), QStringLiteral("SIZE")};
    report.capabilitiesAfterTls = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE"),
                                   QStringLiteral("AUTH PLAIN LOGIN")};
    report.tls.attempted = true;
    report.tls.established = true;
    report.tls.protocol = QStringLiteral("TLSv1.3");
    report.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    report.tls.sni = report.host;
    report.tls.verifiedName = report.host;
    report.tls.verified = report.tls.trusted = report.tls.nameMatches = true;
    report.tls.alertsReceived = {QStringLiteral("close notify")};
    const QDateTime later(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    report.tls.chain = {certificate(report.host, QStringLiteral("Intermediate"), later),
                        certificate(QStringLiteral("Intermediate"), QStringLiteral("Root"), later),
                        certificate(QStringLiteral("Root"), QStringLiteral("Root"), later)};
    report.facts.connectOutcome = ConnectOutcome::Connected;
    report.facts.greetingReceived = true;
    report.durationMs = 6045;
    report.finished = true;
    return report;
}

} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void timelineGrowsLiveOnOneAxis();
    void transcriptAppendsInBatches();
    void transcriptRowShowsTheStartOfALongLine();
    void transcriptViewFindsAndCopies();
    void certificateChainIsATree();
    void findingsModel();
    void verdictSentences();
    void oneSeverityPerStep();
    void cancelledIsNotSkipped();
    void timeAxisTicksAreRound();
    void timeAxisHeaderDrawsLabels();
    void keyboardFocusIsVisible();
    void transcriptReadsLikeTheTimeline();
    void toolTipsNeverRenderServerMarkup();
    void startTlsDetailsShowCapabilitiesSideBySide();
    void tlsHandshakeDetails();
};

// As the app starts: in the tests' C locale that is the English catalogue, which gives
// the counts their plural forms.
void TestGuiModels::initTestCase()
{
    installTranslators(QCoreApplication::instance());
}

void TestGuiModels::timelineGrowsLiveOnOneAxis()
{
    Report report;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(&report);
    QCOMPARE(model.rowCount(), 0);

    report.steps << makeStep(StepId::Resolve, StepStatus::Running, 0, -1);
    model.stepStarted(0);
    QCOMPARE(model.rowCount(), 1);
    model.setNowMs(40);
    QCOMPARE(
        model.index(0, TimelineModel::WaterfallColumn).data(TimelineModel::EndMsRole).toDouble(),
        40.0);
    report.steps[0].status = StepStatus::Ok;
    report.steps[0].endMs = 2;
    model.stepFinished(0);
    report.steps << makeStep(StepId::Connect, StepStatus::Running, 2, -1);
    model.stepStarted(1);
    QCOMPARE(model.rowCount(), 2);

    const Report full = secureReport();
    model.setReport(&full);
    QCOMPARE(model.rowCount(), 9);
    // Every bar shares one axis: the whole inspection.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, TimelineModel::WaterfallColumn)
                     .data(TimelineModel::AxisMsRole)
                     .toDouble(),
                 6045.0);
    }
    QCOMPARE(model.index(2, TimelineModel::NameColumn).data().toString(),
             stepDisplayName(StepId::Greeting));
    QCOMPARE(model.index(2, TimelineModel::DurationColumn).data().toString(),
             QStringLiteral("6.00 s"));
    QCOMPARE(model.index(2, 0).data(TimelineModel::StatusRole).toInt(), int(StepStatus::Ok));
    QCOMPARE(model.rowForStep(StepId::TlsHandshake), 5);
    QVERIFY(!model.index(2, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
}

// A line as long as the report keeps one: the row shows its start (a paint
// never lays out kilobytes per row); the tool tip, find and copy the whole.
void TestGuiModels::transcriptRowShowsTheStartOfALongLine()
{
    Report report;
    const QString longLine
        = QStringLiteral("\\x1b").repeated(ReportLimits::maxTranscriptLineChars / 4);
    report.transcript << line(0, Direction::Server, longLine, 0, false)
                      << line(1, Direction::Server, QStringLiteral("250 OK"), 0, false);
    TranscriptModel model;
    model.setReport(&report);
    const QModelIndex cell = model.index(0, TranscriptModel::TextColumn);
    const QString shown = cell.data().toString();
    QCOMPARE(shown.size(), TranscriptModel::maxRowChars + 1);
    QVERIFY(longLine.startsWith(shown.chopped(1)));
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(cell.data(TranscriptModel::LineTextRole).toString(), longLine);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(longLine));
    QVERIFY(model.lineText(0).endsWith(longLine));
    QCOMPARE(model.index(1, TranscriptModel::TextColumn).data().toString(),
             QStringLiteral("250 OK"));

    // Find looks at the whole line: text past what the row shows is found.
    report.transcript[0].text = longLine + QStringLiteral(" needle");
    TranscriptView view(&model);
    view.findEdit()->setText(QStringLiteral("needle"));
    QVERIFY(view.findNext());
}

void TestGuiModels::transcriptAppendsInBatches()
{
    // 10,000 lines arriving one by one become a handful of inserts, so the
    // view never re-lays out per line (PERFORMANCE.md).
    Report report;
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(&report);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 10000; ++i) {
        report.transcript << line(i, i % 2 ? Direction::Server : Direction::Client,
                                  QStringLiteral("line %1").arg(i), 0, i > 5000);
        model.transcriptAppended(i);
    }
    QCOMPARE(model.rowCount(), 0); // nothing until the batch is due
    QTRY_COMPARE(model.rowCount(), 10000);
    QCOMPARE(inserts.size(), 1);

    QCOMPARE(model.index(0, TranscriptModel::DirectionColumn).data().toString(),
             QStringLiteral("C:"));
    QCOMPARE(model.index(1, TranscriptModel::DirectionColumn).data().toString(),
             QStringLiteral("S:"));
    QVERIFY(model.index(0, TranscriptModel::TlsColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(!model.index(6000, TranscriptModel::TlsColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(model.lineText(6000).contains(QStringLiteral("[TLS] C: line 6000")));
    // Client and server lines differ in colour, in light and dark palettes.
    for (const bool dark : {false, true}) {
        QPalette palette;
        palette.setColor(QPalette::Base, dark ? Qt::black : Qt::white);
        palette.setColor(QPalette::Text, dark ? Qt::white : Qt::black);
        model.setPalette(palette);
        const QColor client
            = model.index(0, TranscriptModel::TextColumn).data(Qt::ForegroundRole).value<QColor>();
        const QColor server
            = model.index(1, TranscriptModel::TextColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(client != server);
        // Readable: clearly different lightness from the background.
        QVERIFY(qAbs(client.lightness() - palette.color(QPalette::Base).lightness()) > 90);
        QVERIFY(qAbs(server.lightness() - palette.color(QPalette::Base).lightness()) > 90);
    }

    model.flush();
    report.transcript << line(10001, Direction::Event, QStringLiteral("closed"), 1);
    model.flush(); // finished(): no waiting for the batch
    QCOMPARE(model.rowCount(), 10001);
}

void TestGuiModels::transcriptViewFindsAndCopies()
{
    const Report report = secureReport();
    TranscriptModel model;
    model.setReport(&report);
    TranscriptView view(&model);
    view.resize(600, 300);
    view.show();

    view.showFind();
    QVERIFY(view.findEdit()->isVisible());
    view.findEdit()->setText(QStringLiteral("starttls"));
    QVERIFY(view.findNext());
    QCOMPARE(view.view()->currentIndex().row(), 3);
    QVERIFY(view.findNext());
    QCOMPARE(view.view()->currentIndex().row(), 4);
    view.findEdit()->setText(QStringLiteral("no such text"));
    QVERIFY(!view.findNext());

    view.scrollToStep(4);
    const QString copied = view.selectedText();
    QVERIFY2(copied.contains(QStringLiteral("C: STARTTLS")), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("S: 220 go ahead")));
    QVERIFY(!copied.contains(QStringLiteral("EHLO")));
}

void TestGuiModels::certificateChainIsATree()
{
    const Report report = secureReport();
    CertificateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(&report);
    model.setNow(QDateTime(QDate(2029, 12, 2), QTime(0, 0), Qt::UTC));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("Root"));
    const QModelIndex intermediate = model.index(0, 0, root);
    QCOMPARE(intermediate.data().toString(), QStringLiteral("Intermediate"));
    const QModelIndex leaf = model.index(0, 0, intermediate);
    QCOMPARE(leaf.data().toString(), QStringLiteral("mail.example.com"));
    QCOMPARE(model.rowCount(leaf), 0);
    QCOMPARE(leaf.parent(), intermediate);
    QCOMPARE(leaf.data(CertificateModel::ChainIndexRole).toInt(), 0);
    QCOMPARE(model.index(0, CertificateModel::ExpiresColumn, intermediate).data().toString(),
             QStringLiteral("expires in 30 days"));
    model.setNow(QDateTime(QDate(2030, 1, 4), QTime(0, 0), Qt::UTC));
    QCOMPARE(model.validityText(report.tls.chain.first()), QStringLiteral("expired 3 days ago"));
    model.setNow(QDateTime(QDate(2030, 1, 2), QTime(0, 0), Qt::UTC));
    QCOMPARE(model.validityText(report.tls.chain.first()), QStringLiteral("expired 1 day ago"));
    // As a person says it: months, then years.
    model.setNow(QDateTime(QDate(2029, 7, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(model.validityText(report.tls.chain.first()), QStringLiteral("expires in 6 months"));
    model.setNow(QDateTime(QDate(1930, 1, 1), QTime(0, 0), Qt::UTC));
    CertificateInfo longLived = report.tls.chain.first();
    longLived.notBefore = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(model.validityText(longLived), QStringLiteral("expires in 100 years"));
    model.setNow(QDateTime(QDate(2032, 1, 2), QTime(0, 0), Qt::UTC));
    QCOMPARE(model.validityText(report.tls.chain.first()), QStringLiteral("expired 2 years ago"));

    CertificateProblem problem;
    problem.code = int(QSslError::UnableToGetLocalIssuerCertificate);
    problem.message = QStringLiteral(
        "The issuer certificate of a locally looked up certificate could not be found");
    QCOMPARE(CertificateModel::plainProblem(problem),
             QStringLiteral("It was issued by an authority this computer does not trust."));
    model.setReport(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::findingsModel()
{
    Report report = secureReport();
    Finding finding;
    finding.id = QStringLiteral("slow-greeting");
    finding.severity = Severity::Warning;
    finding.step = StepId::Greeting;
    finding.title = QStringLiteral("The server took 6 s to greet");
    finding.explanation = QStringLiteral("Often reverse DNS trouble.");
    finding.fix = QStringLiteral("Ask the server's administrator.");
    report.findings << finding;
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(&report);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data().toString(), finding.title);
    QCOMPARE(index.data(FindingsModel::IdRole).toString(), finding.id);
    QCOMPARE(index.data(FindingsModel::StepRole).toInt(), int(StepId::Greeting));
    QCOMPARE(index.data(FindingsModel::FixRole).toString(), finding.fix);
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestGuiModels::verdictSentences()
{
    Report report = secureReport();
    VerdictSummary summary = VerdictSummary::fromReport(report);
    QCOMPARE(summary.verdict, Report::Verdict::Secure);
    QCOMPARE(summary.tone, StepStatus::Ok);
    QCOMPARE(summary.headline,
             QStringLiteral("Secure: TLS 1.3, trusted certificate for mail.example.com"));

    // A warning on a secure connection: amber, "Secure, but".
    Finding slow;
    slow.id = QStringLiteral("slow-greeting");
    slow.severity = Severity::Warning;
    slow.step = StepId::Greeting;
    slow.title = QStringLiteral("The server took 6 s to greet");
    slow.fix = QStringLiteral("Ask the administrator to check reverse DNS.");
    report.findings << slow;
    summary = VerdictSummary::fromReport(report);
    QCOMPARE(summary.tone, StepStatus::Warning);
    QCOMPARE(summary.headline, QStringLiteral("Secure, but: The server took 6 s to greet"));
    QVERIFY(!summary.detail.contains(slow.fix));
    report.findings.clear();

    Finding wrongMode;
    wrongMode.id = QStringLiteral("wrong-security-mode");
    wrongMode.severity = Severity::Error;
    wrongMode.step = StepId::TlsHandshake;
    wrongMode.title = QStringLiteral("This port expects STARTTLS, not SSL/TLS");
    wrongMode.fix = QStringLiteral("Set Security to STARTTLS.");
    report.findings << wrongMode;
    report.tls = {};
    summary = VerdictSummary::fromReport(report);
    QCOMPARE(summary.tone, StepStatus::Error);
    QCOMPARE(summary.headline, QStringLiteral("Problem: This port expects STARTTLS, not SSL/TLS"));
    // The banner says where to look; the fix is in the findings pane below it.
    QVERIFY(!summary.detail.contains(wrongMode.fix));
    QVERIFY2(summary.detail.contains(QStringLiteral("TLS handshake")), qPrintable(summary.detail));
    report.findings << slow;
    summary = VerdictSummary::fromReport(report);
    QVERIFY2(summary.detail.contains(QStringLiteral("(1 more)")), qPrintable(summary.detail));

    report.findings.clear();
    report.security = Security::None;
    summary = VerdictSummary::fromReport(report);
    QVERIFY(summary.headline.startsWith(QStringLiteral("Not secure")));
    QCOMPARE(summary.tone, StepStatus::Warning);

    report.facts.cancelled = true;
    QVERIFY(VerdictSummary::fromReport(report).headline.startsWith(QStringLiteral("Cancelled")));
    QCOMPARE(VerdictSummary::fromReport(report).tone, StepStatus::Skipped);
}

void TestGuiModels::oneSeverityPerStep()
{
    // IMAP PREAUTH: the greeting step itself is a warning, the finding on it
    // an error. Icon, bar and details header all show the error.
    Report report = secureReport();
    Step &greeting = report.steps[2];
    greeting.status = StepStatus::Warning;
    Finding preauth;
    preauth.id = QStringLiteral("imap-preauth");
    preauth.severity = Severity::Error;
    preauth.step = greeting.id;
    preauth.title = QStringLiteral("Logged in before any password");
    report.findings << preauth;
    QCOMPARE(Ui::shownStepStatus(greeting, report.findings), StepStatus::Error);

    TimelineModel timeline;
    timeline.setReport(&report);
    const QModelIndex bar = timeline.index(2, TimelineModel::WaterfallColumn);
    QCOMPARE(StepStatus(bar.data(TimelineModel::StatusRole).toInt()), StepStatus::Error);
    const QString html = StepDetailsView::html(report, 2, QApplication::palette());
    QVERIFY2(html.contains(QStringLiteral("status-error.svg")), qPrintable(html.left(400)));
    QVERIFY(!html.contains(QStringLiteral("status-warning.svg")));

    // Skipped stays skipped whatever a finding says about it.
    Step skipped = greeting;
    skipped.status = StepStatus::Skipped;
    QCOMPARE(Ui::shownStepStatus(skipped, report.findings), StepStatus::Skipped);
}

void TestGuiModels::cancelledIsNotSkipped()
{
    Report report = secureReport();
    report.facts.cancelled = true;
    Step &greeting = report.steps[2];
    greeting.status = StepStatus::Skipped;
    greeting.details.insert(QStringLiteral("cancelled"), true);
    Step &capabilities = report.steps[3];
    capabilities.status = StepStatus::Skipped;
    capabilities.endMs = capabilities.startMs;

    TimelineModel timeline;
    timeline.setReport(&report);
    const QString ran = timeline.index(2, TimelineModel::DurationColumn).data().toString();
    QVERIFY2(ran.contains(QStringLiteral("cancelled")), qPrintable(ran));
    QVERIFY2(ran.contains(QStringLiteral("6.00 s")), qPrintable(ran));
    QVERIFY(timeline.index(2, TimelineModel::WaterfallColumn)
                .data(TimelineModel::CancelledRole)
                .toBool());
    QCOMPARE(timeline.index(3, TimelineModel::DurationColumn).data().toString(),
             QStringLiteral("skipped"));
    const QString tip
        = timeline.index(2, TimelineModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Started at 5.0 ms"))
                 && tip.contains(QStringLiteral("6.00 s")),
             qPrintable(tip));
    QVERIFY(timeline.index(3, TimelineModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Did not run")));
    QVERIFY(!timeline.index(3, 0).data(TimelineModel::RanRole).toBool());

    // The follow-up attempt in the other mode that confirmed nothing ran:
    // its real duration, not "skipped".
    Report probe = secureReport();
    Step check;
    check.id = StepId::ModeCheck;
    check.status = StepStatus::Skipped;
    check.startMs = 6045;
    check.endMs = 7045;
    probe.steps << check;
    TimelineModel probeTimeline;
    probeTimeline.setReport(&probe);
    const int row = int(probe.steps.size()) - 1;
    QVERIFY(probeTimeline.index(row, 0).data(TimelineModel::RanRole).toBool());
    const QString text = probeTimeline.index(row, TimelineModel::DurationColumn).data().toString();
    QVERIFY2(text.contains(QStringLiteral("not confirmed")), qPrintable(text));
}

void TestGuiModels::timeAxisTicksAreRound()
{
    const QList<double> ticks = timeAxisTicks(155, 400);
    QVERIFY(ticks.size() >= 2);
    QCOMPARE(ticks.first(), 0.0);
    for (double t : ticks) {
        QVERIFY(t <= 155);
        QVERIFY(std::fmod(t, 10.0) == 0.0 || std::fmod(t, 5.0) == 0.0);
    }
    QVERIFY(timeAxisTicks(0, 400).isEmpty());
    // A running inspection at 4.97 s on a narrow column still gets an axis.
    QVERIFY(timeAxisTicks(4970, 200).size() >= 3);
    QVERIFY(timeAxisTicks(10000, 2000).size() <= 12);
}

void TestGuiModels::timeAxisHeaderDrawsLabels()
{
    const Report report = secureReport();
    TimelineModel timeline;
    timeline.setReport(&report);
    QTreeView view;
    view.setHeader(new TimeAxisHeader(&view));
    view.setModel(&timeline);
    view.header()->setStretchLastSection(true);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.header()->grab().toImage();
    const int left = view.header()->sectionViewportPosition(TimelineModel::WaterfallColumn);
    const int width = view.header()->sectionSize(TimelineModel::WaterfallColumn);
    QVERIFY(width > 100);
    // Tick labels: dark text pixels spread over the waterfall section.
    const QColor background = image.pixelColor(left + width / 2, 1);
    int columnsWithInk = 0;
    for (int x = left + 4; x < left + width - 4; ++x) {
        for (int y = 2; y < image.height() - 2; ++y) {
            if (qAbs(image.pixelColor(x, y).lightness() - background.lightness()) > 80) {
                ++columnsWithInk;
                break;
            }
        }
    }
    QVERIFY2(columnsWithInk > 20, qPrintable(QString::number(columnsWithInk)));
}

void TestGuiModels::keyboardFocusIsVisible()
{
    // The Inspect button and the timeline, focused and not: the focused one
    // has an outline in the highlight colour.
    FocusStyle style;
    auto countHighlight = [](const QImage &image, const QColor &highlight) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - highlight.red()) < 40 && qAbs(c.green() - highlight.green()) < 40
                    && qAbs(c.blue() - highlight.blue()) < 40)
                    ++n;
            }
        }
        return n;
    };
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *button = new QPushButton(QStringLiteral("Inspect"), &window);
    auto *other = new QPushButton(QStringLiteral("Cancel"), &window);
    auto *list = new QTreeView(&window);
    for (QWidget *w : {static_cast<QWidget *>(button), static_cast<QWidget *>(other),
                       static_cast<QWidget *>(list)}) {
        w->setStyle(&style);
        layout->addWidget(w);
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    const QColor highlight = button->palette().color(QPalette::Active, QPalette::Highlight);

    other->setFocus(Qt::TabFocusReason);
    const int buttonUnfocused = countHighlight(button->grab().toImage(), highlight);
    const int listUnfocused = countHighlight(list->grab().toImage(), highlight);
    button->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(button->hasFocus());
    const int buttonFocused = countHighlight(button->grab().toImage(), highlight);
    list->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(list->hasFocus());
    const int listFocused = countHighlight(list->grab().toImage(), highlight);
    QVERIFY2(buttonFocused > buttonUnfocused + 2 * button->width(),
             qPrintable(QStringLiteral("%1 vs %2").arg(buttonFocused).arg(buttonUnfocused)));
    QVERIFY2(listFocused > listUnfocused + list->width(),
             qPrintable(QStringLiteral("%1 vs %2").arg(listFocused).arg(listUnfocused)));
}

void TestGuiModels::transcriptReadsLikeTheTimeline()
{
    const Report report = secureReport();
    TranscriptModel model;
    model.setReport(&report);
    // Row 1 came 5995 ms after row 0: a pause, marked; the time in the
    // timeline's units; events with the exports' mark.
    QCOMPARE(model.index(0, TranscriptModel::DirectionColumn).data().toString(),
             ReportText::directionMark(Direction::Event));
    QCOMPARE(model.index(1, TranscriptModel::TimeColumn).data().toString(),
             TimelineModel::formatDuration(6000));
    QCOMPARE(model.index(1, 0).data(TranscriptModel::PauseMsRole).toDouble(), 5995.0);
    QCOMPARE(model.index(2, 0).data(TranscriptModel::PauseMsRole).toDouble(), 0.0);
    QVERIFY(model.index(1, TranscriptModel::TimeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("pause")));
}

void TestGuiModels::toolTipsNeverRenderServerMarkup()
{
    // Qt guesses whether a tooltip is rich text: a server's markup must show
    // as text, in the timeline and in the transcript alike.
    Report report = secureReport();
    const QString hostile = QStringLiteral("<img src='file:///etc/passwd'><b>bold</b>");
    report.steps[2].summary = hostile;
    report.transcript[1].text = hostile;
    TimelineModel timeline;
    timeline.setReport(&report);
    TranscriptModel transcript;
    transcript.setReport(&report);
    const QString tips[]
        = {timeline.index(2, TimelineModel::NameColumn).data(Qt::ToolTipRole).toString(),
           transcript.index(1, TranscriptModel::TextColumn).data(Qt::ToolTipRole).toString()};
    for (const QString &tip : tips) {
        QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("&lt;img")), qPrintable(tip));
        QVERIFY(Qt::mightBeRichText(tip)); // always rich text, so always escaped
    }
}

void TestGuiModels::startTlsDetailsShowCapabilitiesSideBySide()
{
    const Report report = secureReport();
    const QString html = StepDetailsView::html(report, 4, QApplication::palette());
    QVERIFY(html.contains(QStringLiteral("Before TLS")));
    QVERIFY(html.contains(QStringLiteral("After TLS")));
    // AUTH only after TLS (appeared), STARTTLS only before (disappeared).
    const qsizetype auth = html.indexOf(QStringLiteral("AUTH PLAIN LOGIN"));
    QVERIFY(auth > 0);
    QVERIFY(html.indexOf(QStringLiteral("appeared"), auth) > auth);
    const qsizetype starttls = html.indexOf(QStringLiteral("<tt>STARTTLS</tt>"));
    QVERIFY(starttls > 0);
    QVERIFY(html.indexOf(QStringLiteral("disappeared"), starttls) > starttls);
}

void TestGuiModels::tlsHandshakeDetails()
{
    const Report report = secureReport();
    const QString html = StepDetailsView::html(report, 5, QApplication::palette());
    for (const char *expected :
         {"TLSv1.3", "TLS_AES_256_GCM_SHA384", "Server name sent (SNI)", "Name verified",
          "mail.example.com", "close notify", "TLS alerts received", "certificate verified",
          "Handshake and verification"})
        QVERIFY2(html.contains(QLatin1String(expected)), expected);
}

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
