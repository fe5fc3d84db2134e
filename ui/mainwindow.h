// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionform.h"
#include "resultshistory.h"
#include "session/inspection.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace MailInspect {

class FindSettingsDialog;

class CertificatePanel;
class ConnectionForm;
class FindingsModel;
class FindingsView;
class PracticeServers;
class SavedReportBar;
class StepDetailsView;
class TimelineModel;
class TranscriptModel;
class TranscriptView;
class VerdictBanner;

/// The main window: the connection form and Inspect button on top, the
/// verdict banner under it, then the timeline and findings on the left and
/// the step details / certificates and the transcript on the right. Every
/// view reads the current Report - the last inspection's, or a saved one
/// opened from a file (File > Open Report, the command line, a drop);
/// nothing here blocks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionForm *form() const { return m_form; }
    VerdictBanner *banner() const { return m_banner; }
    SavedReportBar *savedReportBar() const { return m_savedReportBar; }
    QLabel *statusLabel() const { return m_statusLabel; }
    /// The note shown when the form no longer matches the result on screen.
    QLabel *staleNote() const { return m_staleNote; }
    /// True when the form was edited after the shown result was made: the
    /// result is dimmed and answers the old question.
    bool isResultStale() const { return m_resultStale; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    QTreeView *timelineView() const { return m_timelineView; }
    TranscriptModel *transcriptModel() const { return m_transcriptModel; }
    TranscriptView *transcriptView() const { return m_transcriptView; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    FindingsView *findingsView() const { return m_findingsView; }
    CertificatePanel *certificatePanel() const { return m_certificatePanel; }
    StepDetailsView *stepDetails() const { return m_stepDetails; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    PracticeServers *practiceServers() const { return m_practice; }
    QMenu *practiceMenu() const { return m_practiceMenu; }

    QAction *inspectAction() const { return m_inspectAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *openReportAction() const { return m_openReportAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *copySummaryAction() const { return m_copySummaryAction; }
    QAction *copyReportAction() const { return m_copyReportAction; }
    QAction *findSettingsAction() const { return m_findSettingsAction; }
    /// The Find Settings dialog, once opened (nullptr before).
    FindSettingsDialog *findSettingsDialog() const { return m_findSettingsDialog; }
    /// Where the dialog asks the ISPDB (tests point it at a fixture).
    void setIspdbUrl(const QUrl &url) { m_ispdbUrl = url; }
    QAction *practiceAction(const QString &scenarioId) const;

    /// The current (or last) inspection; nullptr before the first one and
    /// while a saved report is shown.
    Inspection *inspection() const { return m_inspection; }
    bool isInspecting() const;
    /// The report every view shows once it is complete: the finished
    /// inspection's or the saved one; nullptr while inspecting or before.
    const Report *currentReport() const;
    /// The file the shown report was opened from; empty for an inspection.
    QString savedReportFile() const { return m_savedReportFile; }

    /// Shows a saved JSON report (written by Export or `mailinspect-cli -f
    /// json`) in every view, read from @p fileName (at most 64 MiB). A file
    /// that is not a report leaves the window as it was and says why in the
    /// status bar (and in the banner when nothing else is shown). False
    /// then, and while an inspection runs.
    bool openReport(const QString &fileName);
    /// Shows two saved results side by side (File > Compare Results).
    bool compareResults(const QString &beforeFile, const QString &afterFile);
    /// Where finished results are kept (File > Recent Results).
    ResultsHistory *history() const { return m_history.get(); }
    /// Keeps results in @p directory instead (tests).
    void useHistoryDirectory(const QString &directory)
    {
        m_history = std::make_unique<ResultsHistory>(directory);
    }
    QMenu *resultsMenu() const { return m_resultsMenu; }

    /// Starts every practice server and fills the form with the first
    /// scenario (`mailinspect --demo`).
    void startDemo();
    /// Starts one practice server and fills the form for it.
    bool loadPracticeScenario(const QString &scenarioId);

    /// Writes the current report to @p fileName, the format chosen by its
    /// suffix (.txt .json .md .html .pdf). Returns an error text, or "".
    QString exportReport(const QString &fileName) const;

public Q_SLOTS:
    void startInspection();
    void cancelInspection();

Q_SIGNALS:
    /// The current inspection finished and every view shows its result.
    void inspectionFinished();
    /// A saved report was opened and every view shows it.
    void reportOpened();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    void restoreSettings();
    void saveSettings() const;
    void rememberTarget();
    void updateRecentMenu();
    void updateActions();
    void selectStep(int row);
    void stepSelected(int row);
    void onStepStarted(int index);
    void onStepFinished(int index);
    void onTick();
    void onFinished();
    void releaseReport();
    void presentReport(const Report &report);
    void showOpenDialog();
    void showExportDialog();
    void copySummary();
    void copyFullReport();
    void showAbout();
    void showFindSettings();
    QString runningHeadline() const;
    void rememberResultTarget();
    void fitFindingsPane();
    void updateResultsMenu();
    void showCompareChooser();
    static QString resultLabel(const ResultsHistory::Entry &entry);
    /// "Secure", "Not secure", "Failed" or "Cancelled": the status bar and the history.
    static QString outcomeWord(Report::Verdict verdict, bool cancelled);
    void updateStaleness();

    std::unique_ptr<ResultsHistory> m_history;
    ConnectionForm *m_form = nullptr;
    QPushButton *m_inspectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    VerdictBanner *m_banner = nullptr;
    SavedReportBar *m_savedReportBar = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    QTreeView *m_timelineView = nullptr;
    TranscriptModel *m_transcriptModel = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    FindingsView *m_findingsView = nullptr;
    CertificatePanel *m_certificatePanel = nullptr;
    StepDetailsView *m_stepDetails = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_staleNote = nullptr;
    bool m_resultStale = false;
    /// The form as it was when the shown result was made (or opened).
    std::optional<ConnectionForm::Target> m_resultTarget;

    QAction *m_inspectAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_openReportAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copySummaryAction = nullptr;
    QAction *m_copyReportAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findSettingsAction = nullptr;
    FindSettingsDialog *m_findSettingsDialog = nullptr;
    QUrl m_ispdbUrl;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_resultsMenu = nullptr;
    QAction *m_compareAction = nullptr;
    QMenu *m_practiceMenu = nullptr;

    PracticeServers *m_practice = nullptr;
    QPointer<Inspection> m_inspection;
    std::unique_ptr<Report> m_savedReport; ///< shown instead of an inspection's
    QString m_savedReportFile;
    bool m_finishedHandled = true;
    bool m_userSelectedStep = false;
    bool m_practiceTarget = false;
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace MailInspect
