// The GUI models over hand-made Reports: structure (QAbstractItemModelTester),
// live growth, batching, and the words the views show.
#include "certificatemodel.h"
#include "findingsmodel.h"
#include "stepdetailsview.h"
#include "timelinemodel.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "verdictsummary.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

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
    void timelineGrowsLiveOnOneAxis();
    void transcriptAppendsInBatches();
    void transcriptViewFindsAndCopies();
    void certificateChainIsATree();
    void findingsModel();
    void verdictSentences();
    void startTlsDetailsShowCapabilitiesSideBySide();
    void tlsHandshakeDetails();
};

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
             QStringLiteral("expires in 30 day(s)"));
    model.setNow(QDateTime(QDate(2030, 1, 4), QTime(0, 0), Qt::UTC));
    QCOMPARE(model.validityText(report.tls.chain.first()), QStringLiteral("expired 3 day(s) ago"));
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
    QCOMPARE(summary.headline,
             QStringLiteral("Secure: TLS 1.3, trusted certificate for mail.example.com"));

    Finding wrongMode;
    wrongMode.id = QStringLiteral("wrong-security-mode");
    wrongMode.severity = Severity::Error;
    wrongMode.step = StepId::TlsHandshake;
    wrongMode.title = QStringLiteral("This port expects STARTTLS, not SSL/TLS");
    wrongMode.fix = QStringLiteral("Set Security to STARTTLS.");
    report.findings << wrongMode;
    report.tls = {};
    summary = VerdictSummary::fromReport(report);
    QCOMPARE(summary.headline, QStringLiteral("Problem: This port expects STARTTLS, not SSL/TLS"));
    QCOMPARE(summary.detail, wrongMode.fix);

    report.findings.clear();
    report.security = Security::None;
    summary = VerdictSummary::fromReport(report);
    QVERIFY(summary.headline.startsWith(QStringLiteral("Not secure")));

    report.facts.cancelled = true;
    QVERIFY(VerdictSummary::fromReport(report).headline.startsWith(QStringLiteral("Cancelled")));
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
