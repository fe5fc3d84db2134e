// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window against scripted servers on 127.0.0.1: type a
// target, press Inspect, wait, and read what a help-desk agent would read.
#include "certificatemodel.h"
#include "certificatepanel.h"
#include "comparedialog.h"
#include "connectionform.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "installtranslators.h"
#include "mainwindow.h"
#include "practiceservers.h"
#include "reportexporter.h"
#include "savedreportbar.h"
#include "simulator/scenario.h"
#include "simulator/scenariocatalog.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"
#include "stepdetailsview.h"
#include "testsupport.h"
#include "timelinemodel.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "verdictbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

using namespace MailInspect;

namespace {

// Long enough for the slow-greeting scenario (a few seconds on purpose).
constexpr int inspectionTimeoutMs = 30000;

QStringList stepIds(const MainWindow &window)
{
    QStringList ids;
    const TimelineModel *model = window.timelineModel();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(TimelineModel::StepIdRole).toString();
    return ids;
}

QString stepStatus(const MainWindow &window, const QString &id)
{
    const TimelineModel *model = window.timelineModel();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->index(row, 0).data(TimelineModel::StepIdRole).toString() == id)
            return stepStatusName(
                StepStatus(model->index(row, 0).data(TimelineModel::StatusRole).toInt()));
    }
    return QStringLiteral("(missing)");
}

QStringList findingIds(const MainWindow &window)
{
    QStringList ids;
    const FindingsModel *model = window.findingsModel();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row).data(FindingsModel::IdRole).toString();
    return ids;
}

QString transcriptText(const MainWindow &window)
{
    QStringList lines;
    const TranscriptModel *model = window.transcriptModel();
    for (int row = 0; row < model->rowCount(); ++row)
        lines << model->lineText(row);
    return lines.join(QLatin1Char('\n'));
}

bool runInspection(MainWindow &window, int timeoutMs = inspectionTimeoutMs)
{
    QSignalSpy finished(&window, &MainWindow::inspectionFinished);
    if (!window.inspectAction()->isEnabled())
        return false;
    QTest::keyClick(window.form()->hostEdit(), Qt::Key_Return, Qt::ControlModifier);
    if (!window.isInspecting() && finished.isEmpty())
        return false;
    return finished.wait(timeoutMs) || finished.size() == 1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void healthyStartTlsInspection();
    void typedTargetPlainText();
    void cancelMidInspection();
    void invalidInputDisablesInspect();
    void deadlineFieldReachesTheRequest();
    void pastedUrlFillsTheForm();
    void portSuggestsSslTls();
    void findingSelectsItsStep();
    void exportAndClipboard();
    void openSavedReport();
    void openWhatIsNotAReport();
    void dropSavedReport();
    void recentTargetsWithoutCredentials();
    void typedUrlWithCredentialsIsSplitAndRedacted();
    void loginWithLineBreakIsRefusedInline();
    void demoStartsEveryPracticeServer();
    void editedFormMarksResultStale();
    void oneClickTriesTheModeThatWorks();
    void recentResultsReopenAndCompare();
    void loginThroughTheForm();
    void practiceScenarios_data();
    void practiceScenarios();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mailinspect-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // As the app starts: in the tests' C locale, the English plural forms.
    installTranslators(QCoreApplication::instance());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::healthyStartTlsInspection()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.inspectAction()->isEnabled()); // nothing typed yet
    QVERIFY(window.loadPracticeScenario(QStringLiteral("healthy-smtp-starttls")));
    QCOMPARE(window.form()->hostEdit()->text(), QStringLiteral("mail.test"));
    QCOMPARE(window.form()->connectAddressEdit()->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(window.inspectAction()->isEnabled());

    QVERIFY(runInspection(window));
    QVERIFY(!window.isInspecting());

    const QStringList expectedSteps = {QStringLiteral("connect"),
                                       QStringLiteral("greeting"),
                                       QStringLiteral("capabilities"),
                                       QStringLiteral("starttls"),
                                       QStringLiteral("tls-handshake"),
                                       QStringLiteral("certificate"),
                                       QStringLiteral("capabilities-after-tls"),
                                       QStringLiteral("quit")};
    const QStringList steps = stepIds(window);
    for (const QString &id : expectedSteps) {
        QVERIFY2(steps.contains(id),
                 qPrintable(id + QStringLiteral(" missing: ") + steps.join(QLatin1Char(' '))));
        QCOMPARE(stepStatus(window, id), QStringLiteral("ok"));
    }
    QVERIFY2(window.banner()->headline().startsWith(
                 QStringLiteral("Secure: TLS 1.3, trusted certificate for mail.test")),
             qPrintable(window.banner()->headline()));
    QCOMPARE(findingIds(window), QStringList());
    // Counts read as English does: "8 steps", not "8 step(s)".
    const QString status = window.statusLabel()->text();
    QVERIFY2(status.startsWith(
                 QStringLiteral("Secure — %1 steps, ").arg(window.currentReport()->steps.size()))
                 && status.contains(QStringLiteral(" transcript lines, finished in "))
                 && !status.contains(QStringLiteral("(s)")),
             qPrintable(status));

    const QString transcript = transcriptText(window);
    QVERIFY(transcript.contains(QStringLiteral("C: STARTTLS")));
    QVERIFY(transcript.contains(QStringLiteral("S: 220")));
    QVERIFY(transcript.contains(QStringLiteral("[TLS] C: EHLO")));

    // The certificate panel names the name it checked.
    QVERIFY(window.certificatePanel()->model()->rowCount() > 0);
    QVERIFY2(window.certificatePanel()->nameText().contains(QStringLiteral("mail.test")),
             qPrintable(window.certificatePanel()->nameText()));
    QVERIFY(window.certificatePanel()->trustText().contains(QStringLiteral("Trusted")));

    // Selecting STARTTLS shows the capabilities side by side and scrolls the
    // transcript to the step's lines.
    const int row = window.timelineModel()->rowForStep(StepId::StartTls);
    window.timelineView()->setCurrentIndex(window.timelineModel()->index(row, 0));
    const QString details = window.stepDetails()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Before TLS")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("appeared")));
    const QModelIndexList selected
        = window.transcriptView()->view()->selectionModel()->selectedRows();
    QVERIFY(!selected.isEmpty());
    for (const QModelIndex &index : selected)
        QCOMPARE(index.data(TranscriptModel::StepIndexRole).toInt(), row);
}

void TestMainWindow::typedTargetPlainText()
{
    const auto script = SimulatorScript::parse(QStringLiteral("S: 220 plain.test ESMTP\n"
                                                              "C: EHLO *\n"
                                                              "S: 250-plain.test\n"
                                                              "S: 250 8BITMIME\n"
                                                              "C: QUIT\n"
                                                              "S: 221 bye\n"
                                                              "!close\n"));
    QVERIFY(script);
    ScriptedServer server(*script, CertificateStore());
    QVERIFY(server.listen());

    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConnectionForm *form = window.form();
    form->protocolCombo()->setCurrentIndex(form->protocolCombo()->findData(int(Protocol::Smtp)));
    form->securityCombo()->setCurrentIndex(form->securityCombo()->findData(int(Security::None)));
    form->hostEdit()->setFocus();
    QTest::keyClicks(form->hostEdit(), QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
    QTest::keyClick(form->hostEdit(), Qt::Key_Tab); // editing finished: the port moves over
    QCOMPARE(form->hostEdit()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(form->portEdit()->text(), QString::number(server.serverPort()));
    QVERIFY(window.inspectAction()->isEnabled());

    QVERIFY(runInspection(window));
    QCOMPARE(stepStatus(window, QStringLiteral("greeting")), QStringLiteral("ok"));
    QVERIFY(!stepIds(window).contains(QStringLiteral("tls-handshake")));
    QVERIFY2(window.banner()->headline().startsWith(QStringLiteral("Not secure"))
                 || window.banner()->headline().startsWith(QStringLiteral("Problem")),
             qPrintable(window.banner()->headline()));
    QVERIFY(transcriptText(window).contains(QStringLiteral("S: 220 plain.test ESMTP")));
    QVERIFY(!transcriptText(window).contains(QStringLiteral("[TLS]")));
    QCOMPARE(server.errors(), QStringList());
}

void TestMainWindow::cancelMidInspection()
{
    // A server that never greets: the inspection waits until cancelled.
    const auto script = SimulatorScript::parse(QStringLiteral("!silence\n"));
    QVERIFY(script);
    ScriptedServer server(*script, CertificateStore());
    QVERIFY(server.listen());

    MainWindow window;
    window.show();
    ConnectionForm::Target target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = server.serverPort();
    target.protocol = Protocol::Imap;
    target.security = Security::StartTls;
    window.form()->setTarget(target);
    QSignalSpy finished(&window, &MainWindow::inspectionFinished);
    window.inspectAction()->trigger();
    QVERIFY(window.isInspecting());
    QVERIFY(window.cancelAction()->isEnabled());
    QVERIFY(!window.inspectAction()->isEnabled());
    QTRY_VERIFY(stepIds(window).contains(QStringLiteral("greeting")));
    QCOMPARE(stepStatus(window, QStringLiteral("greeting")), QStringLiteral("running"));

    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(!window.isInspecting());
    QVERIFY2(window.banner()->headline().startsWith(QStringLiteral("Cancelled")),
             qPrintable(window.banner()->headline()));
    QVERIFY(window.inspectAction()->isEnabled());
    QVERIFY(!window.cancelAction()->isEnabled());
    QVERIFY(window.inspection()->report().facts.cancelled);

    // Cancel right after start works too.
    QSignalSpy again(&window, &MainWindow::inspectionFinished);
    window.inspectAction()->trigger();
    window.cancelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 5000);
    QVERIFY(!window.isInspecting());
}

// The advanced "Overall deadline" field: none by default, seconds otherwise.
void TestMainWindow::deadlineFieldReachesTheRequest()
{
    MainWindow window;
    window.show();
    ConnectionForm *form = window.form();
    QTest::keyClicks(form->hostEdit(), QStringLiteral("mail.example.com"));
    QVERIFY(form->request());
    QCOMPARE(form->request()->deadlineMs, 0);
    QCOMPARE(form->deadlineSpin()->text(), QStringLiteral("none"));
    form->setAdvancedVisible(true);
    form->deadlineSpin()->setValue(45);
    QCOMPARE(form->request()->deadlineMs, 45000);
    QCOMPARE(form->request()->timeoutMs, 10000);
}

void TestMainWindow::invalidInputDisablesInspect()
{
    MainWindow window;
    window.show();
    ConnectionForm *form = window.form();
    QLabel *message = form->messageLabel();

    QTest::keyClicks(form->hostEdit(), QStringLiteral("mail.example.com"));
    QVERIFY(window.inspectAction()->isEnabled());
    QVERIFY(message->isHidden());

    form->hostEdit()->selectAll();
    QTest::keyClick(form->hostEdit(), Qt::Key_Backspace);
    QVERIFY(!window.inspectAction()->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY(form->validationMessage().contains(QStringLiteral("server name")));
    QTest::keyClicks(form->hostEdit(), QStringLiteral("mail.example.com"));
    QVERIFY(window.inspectAction()->isEnabled());

    for (const QString &bad :
         {QStringLiteral("0"), QStringLiteral("70000"), QStringLiteral("abc")}) {
        form->portEdit()->selectAll();
        QTest::keyClicks(form->portEdit(), bad);
        QVERIFY2(!window.inspectAction()->isEnabled(), qPrintable(bad));
        QVERIFY(message->isVisible());
        QVERIFY(form->validationMessage().contains(QStringLiteral("1 to 65535")));
    }
    form->portEdit()->selectAll();
    QTest::keyClicks(form->portEdit(), QStringLiteral("587"));
    QVERIFY(window.inspectAction()->isEnabled());

    form->caFileEdit()->setText(QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(!window.inspectAction()->isEnabled());
    QVERIFY(form->validationMessage().contains(QStringLiteral("CA file")));
    QVERIFY(form->isAdvancedVisible());
    form->caFileEdit()->setText(Test::pkiFile(QStringLiteral("ca.pem")));
    QVERIFY2(window.inspectAction()->isEnabled(), qPrintable(form->validationMessage()));
    QCOMPARE(form->request()->extraCaCertificates.size(), 1);
    form->caFileEdit()->clear();

    form->connectAddressEdit()->setText(QStringLiteral("not an address"));
    Q_EMIT form->connectAddressEdit()->textEdited(form->connectAddressEdit()->text());
    QVERIFY(!window.inspectAction()->isEnabled());

    // A disabled Inspect really does nothing, Ctrl+Return included.
    QTest::keyClick(form->hostEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!window.isInspecting());
    QVERIFY(!window.inspection());
}

void TestMainWindow::pastedUrlFillsTheForm()
{
    MainWindow window;
    window.show();
    ConnectionForm *form = window.form();
    QApplication::clipboard()->setText(QStringLiteral("imaps://Mail.Example.com"));
    form->hostEdit()->setFocus();
    form->hostEdit()->paste();
    QCOMPARE(form->hostEdit()->text(), QStringLiteral("mail.example.com"));
    QCOMPARE(form->protocol(), Protocol::Imap);
    QCOMPARE(form->security(), Security::ImplicitTls);
    QCOMPARE(form->portEdit()->text(), QStringLiteral("993"));

    form->hostEdit()->clear();
    QApplication::clipboard()->setText(QStringLiteral("smtp.example.org:2525"));
    form->hostEdit()->paste();
    QCOMPARE(form->hostEdit()->text(), QStringLiteral("smtp.example.org"));
    QCOMPARE(form->portEdit()->text(), QStringLiteral("2525"));

    // The port follows protocol and security until the user types one.
    form->hostEdit()->clear();
    QTest::keyClicks(form->hostEdit(), QStringLiteral("pop.example.org"));
    form->portEdit()->clear();
    Q_EMIT form->portEdit()->textEdited(QString());
    form->setProtocol(Protocol::Pop3);
    form->setSecurity(Security::StartTls);
    QCOMPARE(form->portEdit()->text(), QStringLiteral("110"));
    form->setSecurity(Security::ImplicitTls);
    QCOMPARE(form->portEdit()->text(), QStringLiteral("995"));
    form->portEdit()->selectAll();
    QTest::keyClicks(form->portEdit(), QStringLiteral("1995"));
    form->setSecurity(Security::StartTls);
    QCOMPARE(form->portEdit()->text(), QStringLiteral("1995"));
}

void TestMainWindow::portSuggestsSslTls()
{
    MainWindow window;
    window.show();
    ConnectionForm *form = window.form();
    QTest::keyClicks(form->hostEdit(), QStringLiteral("mail.example.com"));
    form->setProtocol(Protocol::Imap);
    form->setSecurity(Security::StartTls);
    form->portEdit()->selectAll();
    QTest::keyClicks(form->portEdit(), QStringLiteral("993"));
    QVERIFY(form->hintLabel()->isVisible());
    QVERIFY(form->hintLabel()->text().contains(QStringLiteral("SSL/TLS")));
    // A suggestion, not a change: the agent tests what the customer typed.
    QCOMPARE(form->security(), Security::StartTls);
    Q_EMIT form->hintLabel()->linkActivated(QStringLiteral("use:imap:tls"));
    QCOMPARE(form->security(), Security::ImplicitTls);
    QVERIFY(form->hintLabel()->isHidden());
}

void TestMainWindow::findingSelectsItsStep()
{
    MainWindow window;
    window.show();
    QVERIFY(window.loadPracticeScenario(QStringLiteral("expired-certificate")));
    QVERIFY(runInspection(window));
    QVERIFY2(findingIds(window).contains(QStringLiteral("certificate-expired")),
             qPrintable(findingIds(window).join(QLatin1Char(' '))));
    QVERIFY2(window.banner()->headline().startsWith(QStringLiteral("Problem: ")),
             qPrintable(window.banner()->headline()));

    // Put the selection elsewhere, then pick the finding.
    window.timelineView()->setCurrentIndex(window.timelineModel()->index(0, 0));
    const int findingRow = int(findingIds(window).indexOf(QStringLiteral("certificate-expired")));
    window.findingsView()->setCurrentIndex(window.findingsModel()->index(findingRow));
    const auto step
        = StepId(window.findingsModel()->index(findingRow).data(FindingsModel::StepRole).toInt());
    QCOMPARE(window.timelineView()->currentIndex().row(), window.timelineModel()->rowForStep(step));
    const CertificatePanel *panel = window.certificatePanel();
    QVERIFY(panel->trustText().contains(QStringLiteral("Not trusted")));
    // Plain words on the card, not the TLS library's.
    QVERIFY2(panel->trustText().contains(QStringLiteral("The certificate has expired.")),
             qPrintable(panel->trustText()));

    // The whole fingerprint, and the chain as PEM that parses back to the
    // certificates the server sent.
    const QString fingerprint = panel->selectedFingerprint();
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    const QList<QSslCertificate> saved = QSslCertificate::fromData(panel->chainPem(), QSsl::Pem);
    QCOMPARE(saved.size(), window.inspection()->report().tls.chain.size());
    QCOMPARE(
        QString::fromLatin1(saved.first().digest(QCryptographicHash::Sha256).toHex(':')).toUpper(),
        fingerprint);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chain.pem"));
    QVERIFY(panel->saveChain(file));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), panel->chainPem());
}

void TestMainWindow::exportAndClipboard()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.exportAction()->isEnabled());
    QVERIFY(window.loadPracticeScenario(QStringLiteral("healthy-smtp-starttls")));
    QVERIFY(runInspection(window));
    QVERIFY(window.exportAction()->isEnabled());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &filter : ReportExporter::nameFilters()) {
        const QString suffix = ReportExporter::suffixForFilter(filter);
        const QString file = dir.filePath(QStringLiteral("report.") + suffix);
        QCOMPARE(window.exportReport(file), QString());
        QFile written(file);
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray data = written.readAll();
        QVERIFY2(data.size() > 200, qPrintable(suffix));
        if (suffix == QLatin1String("json")) {
            const QJsonObject json = QJsonDocument::fromJson(data).object();
            QCOMPARE(json.value(QStringLiteral("schema")).toString(),
                     QStringLiteral("mailinspect-report/1"));
            QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("secure"));
        } else if (suffix == QLatin1String("pdf")) {
            QVERIFY(data.startsWith("%PDF"));
        } else {
            QVERIFY2(data.contains("mail.test"), qPrintable(suffix));
        }
    }
    QVERIFY(!window.exportReport(dir.filePath(QStringLiteral("report.xyz"))).isEmpty());

    QApplication::clipboard()->clear();
    window.copySummaryAction()->trigger();
    const QString summary = QApplication::clipboard()->text();
    QVERIFY2(summary.contains(QStringLiteral("mail.test")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("TLSv1.3")));
    QVERIFY(summary.count(QLatin1Char('\n')) < 15); // a few lines, not the report

    window.copyReportAction()->trigger();
    const QString full = QApplication::clipboard()->text();
    QVERIFY(full.size() > summary.size());
    QVERIFY(full.contains(QStringLiteral("STARTTLS")));
}

// The second-line engineer opens the first one's saved report: every view
// shows what the first saw, with a strip saying where it came from.
void TestMainWindow::openSavedReport()
{
    MainWindow first;
    first.show();
    QVERIFY(first.loadPracticeScenario(QStringLiteral("expired-certificate")));
    QVERIFY(runInspection(first));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("ticket 4711.json"));
    QCOMPARE(first.exportReport(file), QString());
    const Report &original = *first.currentReport();
    QVERIFY(!first.savedReportBar()->isVisible());

    MainWindow second;
    second.show();
    QVERIFY(second.openReportAction()->isEnabled());
    QCOMPARE(second.openReportAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QVERIFY(!second.exportAction()->isEnabled());
    QSignalSpy opened(&second, &MainWindow::reportOpened);
    QVERIFY(second.openReport(file));
    QCOMPARE(opened.size(), 1);
    QVERIFY(!second.inspection()); // nothing was connected to
    QCOMPARE(second.savedReportFile(), QFileInfo(file).absoluteFilePath());

    // Where it came from, when it ran, which version ran it.
    QVERIFY(second.savedReportBar()->isVisible());
    const QString headline = second.savedReportBar()->headline();
    QVERIFY2(headline.contains(QFileInfo(file).absoluteFilePath()), qPrintable(headline));
    const QString detail = second.savedReportBar()->detail();
    QVERIFY2(detail.contains(
                 original.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("mailinspect ") + original.toolVersion),
             qPrintable(detail));
    QVERIFY(second.windowTitle().contains(QStringLiteral("ticket 4711.json")));

    // The same views as the first engineer's.
    QCOMPARE(second.banner()->headline(), first.banner()->headline());
    QCOMPARE(second.banner()->detail(), first.banner()->detail());
    QCOMPARE(stepIds(second), stepIds(first));
    for (const QString &id : stepIds(first))
        QCOMPARE(stepStatus(second, id), stepStatus(first, id));
    QCOMPARE(findingIds(second), findingIds(first));
    QVERIFY(findingIds(second).contains(QStringLiteral("certificate-expired")));
    QCOMPARE(transcriptText(second), transcriptText(first));
    QCOMPARE(second.certificatePanel()->model()->rowCount(),
             first.certificatePanel()->model()->rowCount());
    QCOMPARE(second.certificatePanel()->trustText(), first.certificatePanel()->trustText());
    QCOMPARE(second.certificatePanel()->nameText(), first.certificatePanel()->nameText());
    QCOMPARE(second.timelineView()->currentIndex().row(),
             first.timelineView()->currentIndex().row());
    const int row = second.timelineModel()->rowForStep(StepId::StartTls);
    first.timelineView()->setCurrentIndex(first.timelineModel()->index(row, 0));
    second.timelineView()->setCurrentIndex(second.timelineModel()->index(row, 0));
    QCOMPARE(second.stepDetails()->toPlainText(), first.stepDetails()->toPlainText());

    // Exported again, the same file; the form is ready to inspect the server now.
    QVERIFY(second.exportAction()->isEnabled());
    const QString again = dir.filePath(QStringLiteral("again.json"));
    QCOMPARE(second.exportReport(again), QString());
    QFile a(file);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    QCOMPARE(second.form()->hostEdit()->text(), QStringLiteral("mail.test"));
    QCOMPARE(second.form()->connectAddressEdit()->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(second.inspectAction()->isEnabled());

    // A new inspection replaces the saved report, strip and all. (Two windows
    // are open: the action, not the window's shortcut.)
    QSignalSpy finished(&second, &MainWindow::inspectionFinished);
    second.inspectAction()->trigger();
    QVERIFY(second.isInspecting());
    QVERIFY(!second.openReport(file)); // not in the middle of an inspection
    QVERIFY(finished.wait(inspectionTimeoutMs));
    QVERIFY(!second.savedReportBar()->isVisible());
    QVERIFY(second.savedReportFile().isEmpty());
    QVERIFY(second.inspection());
}

// Not a report, too large, a folder: the window says why and does not change.
void TestMainWindow::openWhatIsNotAReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notJson = dir.filePath(QStringLiteral("notes.json"));
    const QString otherJson = dir.filePath(QStringLiteral("other.json"));
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    QFile f1(notJson);
    QVERIFY(f1.open(QIODevice::WriteOnly));
    f1.write("Customer called at 10:15, cannot send mail.\n");
    f1.close();
    QFile f2(otherJson);
    QVERIFY(f2.open(QIODevice::WriteOnly));
    f2.write(R"({"schema": "something-else/3", "verdict": "secure"})");
    f2.close();
    QFile f3(huge);
    QVERIFY(f3.open(QIODevice::WriteOnly));
    QVERIFY(f3.resize(qint64(65) * 1024 * 1024)); // sparse: nothing is written
    f3.close();

    MainWindow window;
    window.show();
    struct Case
    {
        QString file;
        QString says;
    };
    for (const Case &c :
         {Case {notJson, QStringLiteral("not valid JSON")},
          Case {otherJson, QStringLiteral("not a mailinspect report")},
          Case {huge, QStringLiteral("64 MiB")}, Case {dir.path(), QStringLiteral("folder")},
          Case {dir.filePath(QStringLiteral("gone.json")), QStringLiteral("Cannot open")}}) {
        QVERIFY(!window.openReport(c.file));
        const QString status = window.statusLabel()->text();
        QVERIFY2(status.contains(c.says), qPrintable(status));
        QCOMPARE(window.banner()->headline(),
                 QStringLiteral("This file could not be opened as a report."));
        QVERIFY(window.banner()->detail().contains(c.says));
        QVERIFY(!window.savedReportBar()->isVisible());
        QVERIFY(!window.currentReport());
        QVERIFY(!window.exportAction()->isEnabled());
    }

    // With a report shown, a bad file leaves it as it is.
    QVERIFY(window.loadPracticeScenario(QStringLiteral("healthy-smtp-starttls")));
    QVERIFY(runInspection(window));
    const QString headline = window.banner()->headline();
    QVERIFY(!window.openReport(notJson));
    QCOMPARE(window.banner()->headline(), headline);
    QVERIFY(window.currentReport());
    QVERIFY(window.statusLabel()->text().contains(QStringLiteral("not valid JSON")));
}

// A saved report dropped on the window opens.
void TestMainWindow::dropSavedReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("dropped.json"));
    {
        MainWindow first;
        first.show();
        QVERIFY(first.loadPracticeScenario(QStringLiteral("starttls-stripped")));
        QVERIFY(runInspection(first));
        QCOMPARE(first.exportReport(file), QString());
    }
    MainWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QCOMPARE(window.savedReportFile(), QFileInfo(file).absoluteFilePath());
    QVERIFY(findingIds(window).contains(QStringLiteral("starttls-stripped")));
    QVERIFY(window.savedReportBar()->isVisible());
}

void TestMainWindow::recentTargetsWithoutCredentials()
{
    const auto script = SimulatorScript::parse(QStringLiteral("S: 220 x ESMTP\n"
                                                              "C: EHLO *\n"
                                                              "S: 250 x\n"
                                                              "C: QUIT\n"
                                                              "S: 221 bye\n"
                                                              "!close\n"));
    QVERIFY(script);
    ScriptedServer server(*script, CertificateStore());
    QVERIFY(server.listen());
    {
        MainWindow window;
        window.show();
        ConnectionForm::Target target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = server.serverPort();
        target.protocol = Protocol::Smtp;
        target.security = Security::None;
        window.form()->setTarget(target);
        QVERIFY(runInspection(window));
        window.close(); // saves the layout
    }
    QSettings settings;
    const QVariantList recent = settings.value(QStringLiteral("recent/targets")).toList();
    QCOMPARE(recent.size(), 1);
    const QVariantMap entry = recent.first().toMap();
    QCOMPARE(entry.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(entry.value(QStringLiteral("port")).toInt(), int(server.serverPort()));
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("pass"), Qt::CaseInsensitive), qPrintable(key));
    QVERIFY(settings.contains(QStringLiteral("window/geometry")));

    MainWindow again;
    QAction *recentAction = nullptr;
    for (QAction *menuAction : again.menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (QAction *item : menuAction->menu()->actions()) {
            if (item->menu() && item->text().contains(QStringLiteral("Recent Targets")))
                recentAction = item->menu()->actions().value(0);
        }
    }
    QVERIFY(recentAction);
    recentAction->trigger();
    QCOMPARE(again.form()->hostEdit()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(again.form()->security(), Security::None);
}

// A URL typed into the server field (not pasted) and inspected at once with
// Ctrl+Return: it is split into its parts first, and the user:password part
// reaches neither the report, the clipboard nor the settings.
void TestMainWindow::typedUrlWithCredentialsIsSplitAndRedacted()
{
    const auto script = SimulatorScript::parse(QStringLiteral("S: * OK ready\n"
                                                              "C: a1 CAPABILITY\n"
                                                              "S: * CAPABILITY IMAP4rev1\n"
                                                              "S: a1 OK done\n"
                                                              "C: a2 LOGOUT\n"
                                                              "S: a2 OK bye\n"
                                                              "!close\n"));
    QVERIFY(script);
    ScriptedServer server(*script, CertificateStore());
    QVERIFY(server.listen());
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ConnectionForm *form = window.form();
        form->securityCombo()->setCurrentIndex(
            form->securityCombo()->findData(int(Security::None)));
        form->hostEdit()->setFocus();
        QTest::keyClicks(
            form->hostEdit(),
            QStringLiteral("imap://alice:s3cret-pw@127.0.0.1:%1").arg(server.serverPort()));
        QVERIFY(runInspection(window));
        const Report &report = window.inspection()->report();
        QCOMPARE(report.protocol, Protocol::Imap);
        QCOMPARE(report.port, server.serverPort());
        QVERIFY(!report.targetAsTyped.contains(QStringLiteral("s3cret")));
        QVERIFY(!report.targetAsTyped.contains(QStringLiteral("alice")));
        window.copySummaryAction()->trigger();
        QVERIFY(!QApplication::clipboard()->text().contains(QStringLiteral("s3cret")));
        QCOMPARE(server.errors(), QStringList());
        window.close();
    }
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret")),
                 qPrintable(key));
    const QVariantList recent = settings.value(QStringLiteral("recent/targets")).toList();
    for (const QVariant &entry : recent)
        QVERIFY(!entry.toMap()
                     .value(QStringLiteral("host"))
                     .toString()
                     .contains(QStringLiteral("alice")));
}

// A user name or password with CR, LF or NUL (pasted from somewhere) would
// put a command of its own on the wire: the form says so beside the field,
// no dialog opens, and nothing is inspected.
void TestMainWindow::loginWithLineBreakIsRefusedInline()
{
    const auto script = SimulatorScript::parse(QStringLiteral("S: +OK ready\n"
                                                              "C: CAPA\n"
                                                              "S: +OK\n"
                                                              "S: USER\n"
                                                              "S: .\n"
                                                              "C: QUIT\n"
                                                              "S: +OK bye\n"
                                                              "!close\n"));
    QVERIFY(script);
    ScriptedServer server(*script, CertificateStore());
    QVERIFY(server.listen());
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConnectionForm *form = window.form();
    form->setProtocol(Protocol::Pop3);
    form->setSecurity(Security::None);
    form->hostEdit()->setFocus();
    QTest::keyClicks(form->hostEdit(), QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
    form->setAdvancedVisible(true);
    QTest::keyClicks(form->userEdit(), QStringLiteral("alice"));
    QTest::keyClicks(form->passwordEdit(), QStringLiteral("Hunter22"));
    QVERIFY(window.inspectAction()->isEnabled());
    QVERIFY(form->loginMessageLabel()->isHidden());

    const struct
    {
        QLineEdit *edit;
        QString pasted;
        QString words;
    } cases[] = {
        {form->userEdit(), QStringLiteral("alice\r\nDELE 1"), QStringLiteral("user name")},
        {form->passwordEdit(), QStringLiteral("Hunter22\nDELE 1"), QStringLiteral("password")},
        {form->userEdit(), QString::fromLatin1("alice\0DELE 1", 12), QStringLiteral("user name")},
    };
    for (const auto &c : cases) {
        const QString before = c.edit->text();
        // Pasted, as a help-desk agent would bring it in from a ticket.
        QApplication::clipboard()->setText(c.pasted);
        c.edit->setFocus();
        c.edit->selectAll();
        QTest::keyClick(c.edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(c.edit->text(), c.pasted);

        QVERIFY(!window.inspectAction()->isEnabled());
        QVERIFY(form->loginMessageLabel()->isVisible());
        const QString shown = form->loginMessageLabel()->text();
        QVERIFY2(shown.contains(c.words) && shown.contains(QStringLiteral("line break")),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("DELE"))
                     && !shown.contains(QStringLiteral("Hunter"))
                     && !shown.contains(QStringLiteral("alice")),
                 qPrintable(shown));
        QVERIFY(form->messageLabel()->isHidden()); // beside the field, not elsewhere
        QVERIFY(!form->request());

        // Neither Ctrl+Return nor Return in the field starts anything, and no
        // dialog asks.
        QTest::keyClick(c.edit, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(c.edit, Qt::Key_Return);
        QTest::qWait(50);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!window.isInspecting());
        QVERIFY(!window.inspection());
        QCOMPARE(server.connectionCount(), 0);

        c.edit->setText(before);
        QVERIFY(form->loginMessageLabel()->isHidden());
        QVERIFY(window.inspectAction()->isEnabled());
    }
    const auto request = form->request();
    QVERIFY(request);
    QCOMPARE(request->user, QStringLiteral("alice"));
    QCOMPARE(request->password, QStringLiteral("Hunter22"));
    window.close();
    // The login is never remembered.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("Hunter22")),
                 qPrintable(key));
}

void TestMainWindow::demoStartsEveryPracticeServer()
{
    MainWindow window;
    window.startDemo(); // what `mailinspect --demo` does
    window.show();
    const QList<Scenario> scenarios = ScenarioCatalog::scenarios();
    QVERIFY(!scenarios.isEmpty());
    QCOMPARE(window.practiceServers()->runningCount(), int(scenarios.size()));
    QCOMPARE(window.practiceMenu()->actions().size(), int(scenarios.size()));
    QCOMPARE(window.form()->hostEdit()->text(), PracticeServers::practiceHost());
    QVERIFY(window.banner()->headline().contains(scenarios.first().title));
    QVERIFY(window.inspectAction()->isEnabled());
}

void TestMainWindow::editedFormMarksResultStale()
{
    MainWindow window;
    window.show();
    QVERIFY(window.loadPracticeScenario(QStringLiteral("healthy-smtp-starttls")));
    QVERIFY(runInspection(window));
    QVERIFY(!window.isResultStale());
    QVERIFY(!window.staleNote()->isVisible());

    // Another port: the result on screen no longer answers the form.
    const QString port = window.form()->portEdit()->text();
    window.form()->portEdit()->selectAll();
    QTest::keyClicks(window.form()->portEdit(), QStringLiteral("2525"));
    QVERIFY(window.isResultStale());
    QVERIFY(window.staleNote()->isVisible());
    QVERIFY2(window.staleNote()->text().contains(port), qPrintable(window.staleNote()->text()));
    QVERIFY(window.banner()->graphicsEffect());

    // Back to what was inspected: the result answers it again.
    window.form()->portEdit()->selectAll();
    QTest::keyClicks(window.form()->portEdit(), port);
    QVERIFY(!window.isResultStale());
    QVERIFY(!window.staleNote()->isVisible());
    QVERIFY(!window.banner()->graphicsEffect());

    // A new inspection replaces the stale result.
    window.form()->securityCombo()->setCurrentIndex(
        window.form()->securityCombo()->findData(int(Security::ImplicitTls)));
    QVERIFY(window.isResultStale());
    QVERIFY(runInspection(window));
    QVERIFY(!window.isResultStale());
}

void TestMainWindow::oneClickTriesTheModeThatWorks()
{
    MainWindow window;
    window.show();
    QVERIFY(window.loadPracticeScenario(QStringLiteral("tls-on-starttls-port")));
    QVERIFY(runInspection(window));
    QVERIFY2(findingIds(window).contains(QStringLiteral("wrong-security-mode")),
             qPrintable(findingIds(window).join(QLatin1Char(' '))));
    QPushButton *action = window.banner()->actionButton();
    QVERIFY(action->isVisible());
    const quint16 port = window.inspection()->report().port;
    const Security works = window.inspection()->report().facts.modeCheckSecurity;
    QCOMPARE(action->text(),
             QStringLiteral("Try %1 on port %2").arg(securityDisplayName(works)).arg(port));

    QSignalSpy finished(&window, &MainWindow::inspectionFinished);
    action->click();
    QVERIFY(finished.wait(15000));
    const Report &again = window.inspection()->report();
    QCOMPARE(again.security, works);
    QCOMPARE(again.port, port);
    QVERIFY2(!findingIds(window).contains(QStringLiteral("wrong-security-mode")),
             qPrintable(findingIds(window).join(QLatin1Char(' '))));
    QVERIFY(!window.banner()->actionButton()->isVisible());
}

void TestMainWindow::recentResultsReopenAndCompare()
{
    QTemporaryDir dir;
    MainWindow window;
    window.useHistoryDirectory(dir.path());
    window.show();

    // Before: an expired certificate; after: the administrator renewed it.
    QVERIFY(window.loadPracticeScenario(QStringLiteral("expired-certificate")));
    // A password in the form never reaches the kept results, in any form.
    const QString secret = QStringLiteral("S3cret-Passw0rd");
    window.form()->userEdit()->setText(QStringLiteral("alice"));
    window.form()->passwordEdit()->setText(secret);
    QVERIFY(runInspection(window));
    window.form()->userEdit()->clear();
    window.form()->passwordEdit()->clear();
    QVERIFY(window.loadPracticeScenario(QStringLiteral("healthy-smtp-starttls")));
    QVERIFY(runInspection(window));

    const QList<ResultsHistory::Entry> entries = window.history()->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).verdict, Report::Verdict::Secure); // newest first
    QCOMPARE(entries.at(1).verdict, Report::Verdict::Insecure);
    for (const ResultsHistory::Entry &entry : entries) {
        QFile file(entry.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(secret.toUtf8().toBase64()));
        QVERIFY(!bytes.contains(QByteArray("\0alice\0") + secret.toUtf8()));
    }

    // The menu lists them; one click reopens one.
    Q_EMIT window.resultsMenu()->aboutToShow();
    const QList<QAction *> actions = window.resultsMenu()->actions();
    QCOMPARE(actions.size(), 2);
    actions.at(1)->trigger();
    QVERIFY(window.savedReportBar()->isVisible());
    QVERIFY2(findingIds(window).contains(QStringLiteral("certificate-expired")),
             qPrintable(findingIds(window).join(QLatin1Char(' '))));

    // Side by side: verdict, certificate and the finding that went away differ.
    QVERIFY(window.compareResults(entries.at(1).fileName, entries.at(0).fileName));
    auto *dialog = window.findChild<CompareDialog *>(QStringLiteral("compareDialog"));
    QVERIFY(dialog);
    QStringList changed;
    for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog->table()->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toBool())
            changed << item->text(0);
    }
    QVERIFY2(changed.contains(QStringLiteral("Verdict")), qPrintable(changed.join(u'|')));
    QVERIFY2(changed.contains(QStringLiteral("Valid until")), qPrintable(changed.join(u'|')));
    QVERIFY2(changed.contains(QStringLiteral("Finding: certificate-expired")),
             qPrintable(changed.join(u'|')));
    QVERIFY(changed.contains(QStringLiteral("Chain trusted"))); // expired: not trusted
    QVERIFY(!changed.contains(QStringLiteral("Name matches"))); // mail.test in both
    dialog->close();
}

void TestMainWindow::loginThroughTheForm()
{
    MainWindow window;
    window.show();
    QVERIFY(window.loadPracticeScenario(QStringLiteral("healthy-smtp-login")));
    QVERIFY(window.form()->isLoginVisible());
    QCOMPARE(window.form()->userEdit()->text(), QStringLiteral("alice@mail.test"));
    QCOMPARE(window.form()->passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(runInspection(window));
    {
        const Report &report = window.inspection()->report();
        QCOMPARE(report.login.result, LoginFacts::Result::Ok);
        QCOMPARE(report.login.mechanism, QStringLiteral("PLAIN"));
        QVERIFY(report.step(StepId::Authenticate));
        QCOMPARE(report.verdict(), Report::Verdict::Secure);
        QVERIFY2(window.banner()->detail().contains(QStringLiteral("Login: ok (PLAIN)")),
                 qPrintable(window.banner()->detail()));
        // The SASL exchange is in the transcript, the secret is not.
        const QByteArray blob = QByteArray("\0alice@mail.test\0", 17) + practicePassword().toUtf8();
        bool sawAuth = false;
        for (int row = 0; row < window.transcriptModel()->rowCount(); ++row) {
            const QString line = window.transcriptModel()->lineText(row);
            sawAuth = sawAuth || line.contains(QStringLiteral("AUTH PLAIN"));
            QVERIFY2(!line.contains(practicePassword()), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(blob.toBase64())), qPrintable(line));
        }
        QVERIFY(sawAuth);
    }

    // Refused the way Gmail refuses an account with two-step sign-in: the
    // connection stays secure, the banner says both, in the finding's colour.
    QVERIFY(window.loadPracticeScenario(QStringLiteral("login-app-password")));
    QVERIFY(runInspection(window));
    const Report &refused = window.inspection()->report();
    QCOMPARE(refused.verdict(), Report::Verdict::Secure);
    QCOMPARE(refused.login.result, LoginFacts::Result::Refused);
    QVERIFY(findingIds(window).contains(QStringLiteral("auth-app-password-required")));
    QVERIFY2(window.banner()->headline().startsWith(
                 QStringLiteral("Secure connection — login refused: ")),
             qPrintable(window.banner()->headline()));
    QCOMPARE(window.banner()->tone(), StepStatus::Error);
    window.form()->clearSecrets();
    QVERIFY(window.form()->passwordEdit()->text().isEmpty());
}

void TestMainWindow::practiceScenarios_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario &scenario : ScenarioCatalog::scenarios())
        QTest::newRow(qPrintable(scenario.id)) << scenario.id;
}

void TestMainWindow::practiceScenarios()
{
    QFETCH(QString, id);
    const auto scenario = ScenarioCatalog::find(id);
    QVERIFY(scenario);

    MainWindow window;
    window.show();
    QAction *action = window.practiceAction(id);
    QVERIFY2(action, qPrintable(id));
    QCOMPARE(action->text(), scenario->title);
    action->trigger();
    QCOMPARE(window.form()->protocol(), scenario->protocol);
    QCOMPARE(window.form()->security(),
             scenario->security == Security::Auto ? Security::StartTls : scenario->security);
    QVERIFY(window.banner()->headline().contains(scenario->title));

    QVERIFY(runInspection(window));
    const Report &report = window.inspection()->report();
    QCOMPARE(verdictName(report.verdict()), scenario->expectedVerdict);
    const QStringList found = findingIds(window);
    for (const QString &expected : scenario->expectedFindings)
        QVERIFY2(found.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in ") + found.join(QLatin1Char(' '))));

    const QString headline = window.banner()->headline();
    if (scenario->expectedVerdict == QLatin1String("secure"))
        QVERIFY2(headline.startsWith(QStringLiteral("Secure: "))
                     || headline.startsWith(QStringLiteral("Secure, but: "))
                     || headline.startsWith(QStringLiteral("Secure connection — ")),
                 qPrintable(headline));
    else
        QVERIFY2(headline.startsWith(QStringLiteral("Problem: "))
                     || headline.startsWith(QStringLiteral("Not secure")),
                 qPrintable(headline));
    QVERIFY(window.transcriptModel()->rowCount() > 0);

    // One severity, one look: the banner, the timeline row (icon and bar) and
    // the findings list show the worst finding's severity for its step.
    Severity worst = Severity::Info;
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error
            || (finding.severity == Severity::Warning && worst == Severity::Info))
            worst = finding.severity;
    }
    if (worst == Severity::Error)
        QCOMPARE(window.banner()->tone(), StepStatus::Error);
    else if (worst == Severity::Warning)
        QCOMPARE(window.banner()->tone(), StepStatus::Warning);
    const TimelineModel *timeline = window.timelineModel();
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Info)
            continue;
        const int row = timeline->rowForStep(finding.step);
        if (row < 0)
            continue;
        const auto shown = StepStatus(timeline->index(row, TimelineModel::WaterfallColumn)
                                          .data(TimelineModel::StatusRole)
                                          .toInt());
        if (shown == StepStatus::Skipped)
            continue;
        const StepStatus expected
            = finding.severity == Severity::Error ? StepStatus::Error : StepStatus::Warning;
        if (expected == StepStatus::Error)
            QCOMPARE(shown, StepStatus::Error);
        else
            QVERIFY2(shown == StepStatus::Warning || shown == StepStatus::Error,
                     qPrintable(finding.id));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
