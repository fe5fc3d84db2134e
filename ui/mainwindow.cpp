// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apptext.h"
#include "certificatemodel.h"
#include "certificatepanel.h"
#include "comparedialog.h"
#include "connectionform.h"
#include "findingdelegate.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "findsettingsdialog.h"
#include "icons.h"
#include "practiceservers.h"
#include "report/jsonreader.h"
#include "report/reportformat.h"
#include "reportexporter.h"
#include "savedreportbar.h"
#include "session/inspection.h"
#include "simulator/scenario.h"
#include "stepdetailsview.h"
#include "timelinemodel.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "uilog.h"
#include "verdictbanner.h"
#include "waterfalldelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsOpacityEffect>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace MailInspect {

namespace {
constexpr int maxRecentTargets = 10;
constexpr int tickIntervalMs = 100;

// Counts for the status bar, each with its own plural form ("1 step", "2 steps").
QString stepCount(qsizetype steps)
{
    return MainWindow::tr("%n step(s)", nullptr, int(steps));
}

QString transcriptLineCount(qsizetype lines)
{
    return MainWindow::tr("%n transcript line(s)", nullptr, int(lines));
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(content);
    layout->addWidget(label);
    content->setParent(box);
    layout->addWidget(content, 1);
    return box;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_history(std::make_unique<ResultsHistory>())
    , m_timelineModel(new TimelineModel(this))
    , m_transcriptModel(new TranscriptModel(this))
    , m_findingsModel(new FindingsModel(this))
    , m_practice(new PracticeServers(this))
{
    Ui::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Mail Connection Inspector"));
    setWindowIcon(Ui::applicationIcon());
    m_transcriptModel->setPalette(palette());
    setAcceptDrops(true); // a saved report dropped on the window opens

    createActions();
    createLayout();
    createMenus();

    m_tick.setInterval(tickIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::onTick);

    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The views must let go of the report before the inspection owning it
    // goes away.
    m_timelineModel->setReport(nullptr);
    m_transcriptModel->setReport(nullptr);
    m_findingsModel->setReport(nullptr);
    m_certificatePanel->setReport(nullptr);
    delete m_inspection;
}

void MainWindow::createActions()
{
    m_inspectAction = new QAction(Ui::stepStatusIcon(StepStatus::Running), tr("&Inspect"), this);
    m_inspectAction->setObjectName(QStringLiteral("inspectAction"));
    m_inspectAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_inspectAction->setToolTip(tr("Inspect the connection (Ctrl+Return)"));
    connect(m_inspectAction, &QAction::triggered, this, &MainWindow::startInspection);

    m_cancelAction = new QAction(tr("&Cancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop the inspection (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelInspection);

    m_openReportAction = new QAction(tr("&Open Report…"), this);
    m_openReportAction->setObjectName(QStringLiteral("openReportAction"));
    m_openReportAction->setShortcut(QKeySequence::Open);
    m_openReportAction->setToolTip(tr("Show a saved JSON report as it was recorded (Ctrl+O)"));
    connect(m_openReportAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_exportAction = new QAction(tr("&Export Report…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence::Save);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

    m_copySummaryAction = new QAction(tr("Copy &Summary"), this);
    m_copySummaryAction->setObjectName(QStringLiteral("copySummaryAction"));
    m_copySummaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copySummaryAction->setToolTip(tr("A few lines for a ticket: target, verdict, "
                                       "findings with fixes, TLS facts"));
    connect(m_copySummaryAction, &QAction::triggered, this, &MainWindow::copySummary);

    m_copyReportAction = new QAction(tr("Copy &Full Report"), this);
    m_copyReportAction->setObjectName(QStringLiteral("copyReportAction"));
    connect(m_copyReportAction, &QAction::triggered, this, &MainWindow::copyFullReport);

    m_findSettingsAction = new QAction(tr("Find &Settings…"), this);
    m_findSettingsAction->setObjectName(QStringLiteral("findSettingsAction"));
    m_findSettingsAction->setStatusTip(
        tr("Find and test the right settings for a customer's email address"));
    connect(m_findSettingsAction, &QAction::triggered, this, &MainWindow::showFindSettings);
    m_findAction = new QAction(tr("&Find in Transcript…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { m_transcriptView->showFind(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openReportAction);
    file->addAction(m_exportAction);
    file->addAction(m_copySummaryAction);
    file->addAction(m_copyReportAction);
    file->addSeparator();
    m_recentMenu = file->addMenu(tr("&Recent Targets"));
    m_resultsMenu = file->addMenu(tr("Recent Res&ults"));
    m_resultsMenu->setObjectName(QStringLiteral("recentResultsMenu"));
    connect(m_resultsMenu, &QMenu::aboutToShow, this, &MainWindow::updateResultsMenu);
    m_compareAction
        = file->addAction(tr("Co&mpare Results…"), this, &MainWindow::showCompareChooser);
    m_compareAction->setObjectName(QStringLiteral("compareResultsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyLines = edit->addAction(tr("&Copy Transcript Lines"), this,
                                         [this] { m_transcriptView->copySelection(); });
    Q_UNUSED(copyLines);
    edit->addAction(m_findAction);

    QMenu *inspection = menuBar()->addMenu(tr("&Inspection"));
    inspection->addAction(m_inspectAction);
    inspection->addAction(m_cancelAction);
    inspection->addSeparator();
    inspection->addAction(m_findSettingsAction);

    m_practiceMenu = menuBar()->addMenu(tr("&Practice"));
    m_practiceMenu->setObjectName(QStringLiteral("practiceMenu"));
    m_practiceMenu->setToolTipsVisible(true);
    for (const Scenario &scenario : m_practice->scenarios()) {
        QAction *action = m_practiceMenu->addAction(scenario.title);
        action->setObjectName(QStringLiteral("practice-") + scenario.id);
        action->setData(scenario.id);
        action->setToolTip(appToolTip(scenario.description));
        action->setStatusTip(scenario.description);
        const QString id = scenario.id;
        connect(action, &QAction::triggered, this, [this, id] { loadPracticeScenario(id); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Mail Connection Inspector"), this, &MainWindow::showAbout);

    // Window-wide shortcuts work from every field.
    addAction(m_inspectAction);
    addAction(m_cancelAction);
}

void MainWindow::createLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    // Form and buttons.
    auto *top = new QHBoxLayout;
    m_form = new ConnectionForm(central);
    top->addWidget(m_form, 1);
    m_inspectButton = new QPushButton(tr("Inspect"), central);
    m_inspectButton->setObjectName(QStringLiteral("inspectButton"));
    m_inspectButton->setAccessibleName(tr("Inspect"));
    m_inspectButton->setToolTip(m_inspectAction->toolTip());
    m_inspectButton->setDefault(true);
    m_inspectButton->setMinimumWidth(100);
    m_cancelButton = new QPushButton(tr("Cancel"), central);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setToolTip(m_cancelAction->toolTip());
    m_cancelButton->setMinimumWidth(100);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_inspectButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    top->addLayout(buttons);
    layout->addLayout(top);
    connect(m_inspectButton, &QPushButton::clicked, m_inspectAction, &QAction::trigger);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    connect(m_form, &ConnectionForm::validityChanged, this, &MainWindow::updateActions);
    connect(m_form, &ConnectionForm::submitted, m_inspectAction, &QAction::trigger);
    connect(m_form, &ConnectionForm::changed, this, &MainWindow::updateStaleness);
    connect(m_form, &ConnectionForm::findSettingsRequested, this, &MainWindow::showFindSettings);

    // Where a saved report came from, above its verdict.
    m_savedReportBar = new SavedReportBar(central);
    layout->addWidget(m_savedReportBar);
    m_staleNote = new QLabel(central);
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setTextFormat(Qt::PlainText);
    m_staleNote->setFrameShape(QFrame::StyledPanel);
    m_staleNote->setMargin(6);
    m_staleNote->hide();
    layout->addWidget(m_staleNote);
    m_banner = new VerdictBanner(central);
    layout->addWidget(m_banner);
    connect(m_banner, &VerdictBanner::retryRequested, this,
            [this](Security security, quint16 port) {
                if (isInspecting())
                    return;
                m_form->setSecurityAndPort(security, port);
                m_inspectAction->trigger();
            });

    // Timeline.
    m_timelineView = new QTreeView;
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setHeader(new TimeAxisHeader(m_timelineView));
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setAllColumnsShowFocus(true);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setItemDelegateForColumn(TimelineModel::WaterfallColumn,
                                             new WaterfallDelegate(m_timelineView));
    QHeaderView *header = m_timelineView->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(TimelineModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TimelineModel::DurationColumn, QHeaderView::ResizeToContents);
    // Wide enough for the longest step name in the language shown.
    int nameWidth = 0;
    for (StepId id : allStepIds())
        nameWidth = std::max(nameWidth, fontMetrics().horizontalAdvance(stepDisplayName(id)));
    header->resizeSection(TimelineModel::NameColumn, nameWidth + 48);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { stepSelected(current.row()); });
    connect(m_timelineView, &QAbstractItemView::clicked, this,
            [this] { m_userSelectedStep = true; });

    // Findings.
    m_findingsView = new FindingsView;
    m_findingsView->setPlaceholderText(tr("Findings appear here when an inspection has finished."));
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setItemDelegate(new FindingDelegate(m_findingsView));
    m_findingsView->setResizeMode(QListView::Adjust);
    m_findingsView->setWordWrap(true);
    m_findingsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const auto step = StepId(current.data(FindingsModel::StepRole).toInt());
                const int row = m_timelineModel->rowForStep(step);
                if (row >= 0) {
                    m_userSelectedStep = true;
                    selectStep(row);
                }
            });

    // Details and certificates.
    m_stepDetails = new StepDetailsView;
    m_stepDetails->setObjectName(QStringLiteral("stepDetails"));
    m_certificatePanel = new CertificatePanel;
    m_certificatePanel->setObjectName(QStringLiteral("certificatePanel"));
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->addTab(m_stepDetails, tr("Step &details"));
    m_detailTabs->addTab(m_certificatePanel, Ui::certificateIcon(), tr("Cer&tificate"));

    // Transcript.
    m_transcriptView = new TranscriptView(m_transcriptModel);

    m_leftSplitter = new QSplitter(Qt::Vertical);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(titled(tr("Ti&meline"), m_timelineView, m_leftSplitter));
    m_leftSplitter->addWidget(titled(tr("Fi&ndings"), m_findingsView, m_leftSplitter));
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);

    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_detailTabs);
    m_rightSplitter->addWidget(titled(tr("T&ranscript"), m_transcriptView, m_rightSplitter));
    m_rightSplitter->setStretchFactor(0, 2);
    m_rightSplitter->setStretchFactor(1, 3);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setChildrenCollapsible(false);
    layout->addWidget(m_mainSplitter, 1);

    setCentralWidget(central);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);

    setTabOrder(m_form->hostEdit(), m_form->protocolCombo());
    setTabOrder(m_form->protocolCombo(), m_form->securityCombo());
    setTabOrder(m_form->securityCombo(), m_form->portEdit());
    setTabOrder(m_form->portEdit(), m_form->advancedToggle());
    setTabOrder(m_form->advancedToggle(), m_form->connectAddressEdit());
    setTabOrder(m_form->connectAddressEdit(), m_form->caFileEdit());
    setTabOrder(m_form->caFileEdit(), m_form->browseButton());
    setTabOrder(m_form->browseButton(), m_form->timeoutSpin());
    setTabOrder(m_form->timeoutSpin(), m_form->deadlineSpin());
    setTabOrder(m_form->deadlineSpin(), m_form->loginToggle());
    const LoginFields *login = m_form->loginFields();
    setTabOrder(m_form->loginToggle(), login->userEdit());
    setTabOrder(login->userEdit(), login->secretEdit());
    setTabOrder(login->secretEdit(), login->mechanismCombo());
    setTabOrder(login->mechanismCombo(), login->allowPlaintextCheck());
    setTabOrder(login->allowPlaintextCheck(), login->mailboxCheck());
    setTabOrder(login->mailboxCheck(), login->mailFromEdit());
    setTabOrder(login->mailFromEdit(), login->rcptToEdit());
    setTabOrder(login->rcptToEdit(), m_inspectButton);
    setTabOrder(m_inspectButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_timelineView);
    setTabOrder(m_timelineView, m_findingsView);
    setTabOrder(m_findingsView, m_detailTabs);
    setTabOrder(m_detailTabs, m_transcriptView->view());
}

QAction *MainWindow::practiceAction(const QString &scenarioId) const
{
    for (QAction *action : m_practiceMenu->actions()) {
        if (action->data().toString() == scenarioId)
            return action;
    }
    return nullptr;
}

bool MainWindow::isInspecting() const
{
    return m_inspection && !m_finishedHandled;
}

const Report *MainWindow::currentReport() const
{
    if (m_savedReport)
        return m_savedReport.get();
    if (m_inspection && m_finishedHandled)
        return &m_inspection->report();
    return nullptr;
}

// The findings take the room their cards need (within limits), the
// timeline the rest: not half the window for one short finding.
void MainWindow::fitFindingsPane()
{
    const QList<int> sizes = m_leftSplitter->sizes();
    if (sizes.size() != 2)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    if (total <= 0)
        return;
    int needed = 2 * m_findingsView->frameWidth() + 8;
    const int rows = m_findingsModel->rowCount();
    for (int row = 0; row < rows; ++row)
        needed += m_findingsView->sizeHintForRow(row) + m_findingsView->spacing() * 2;
    if (rows == 0)
        needed += 3 * m_findingsView->fontMetrics().height();
    const QWidget *box = m_findingsView->parentWidget();
    needed += box ? box->height() - m_findingsView->height() : 0; // the title above the list
    const int timelineMinimum = m_timelineView->sizeHintForRow(0) * 4 + 40;
    const int findings
        = std::clamp(needed, std::min(120, total / 3), std::max(120, total - timelineMinimum));
    m_leftSplitter->setSizes({total - findings, findings});
}

QString MainWindow::outcomeWord(Report::Verdict verdict, bool cancelled)
{
    return cancelled                           ? tr("Cancelled")
        : verdict == Report::Verdict::Secure   ? tr("Secure")
        : verdict == Report::Verdict::Insecure ? tr("Not secure")
                                               : tr("Failed");
}

QString MainWindow::resultLabel(const ResultsHistory::Entry &entry)
{
    const QString verdict = outcomeWord(entry.verdict, entry.cancelled);
    return tr("%1:%2 %3 — %4 — %5")
        .arg(appText(entry.host))
        .arg(entry.port)
        .arg(securityDisplayName(entry.security), verdict,
             QLocale().toString(entry.started.toLocalTime(), QLocale::ShortFormat));
}

void MainWindow::updateResultsMenu()
{
    m_resultsMenu->clear();
    const QList<ResultsHistory::Entry> entries
        = m_history ? m_history->entries() : QList<ResultsHistory::Entry>();
    for (const ResultsHistory::Entry &entry : entries) {
        QAction *action = m_resultsMenu->addAction(resultLabel(entry));
        const QString file = entry.fileName;
        connect(action, &QAction::triggered, this, [this, file] { openReport(file); });
    }
    if (entries.isEmpty())
        m_resultsMenu->addAction(tr("No results yet"))->setEnabled(false);
}

void MainWindow::showCompareChooser()
{
    const QList<ResultsHistory::Entry> entries
        = m_history ? m_history->entries() : QList<ResultsHistory::Entry>();
    QDialog chooser(this);
    chooser.setWindowTitle(tr("Compare Results"));
    auto *layout = new QVBoxLayout(&chooser);
    layout->addWidget(new QLabel(tr("Choose two results to see side by side:"), &chooser));
    auto *list = new QListWidget(&chooser);
    list->setSelectionMode(QAbstractItemView::MultiSelection);
    for (const ResultsHistory::Entry &entry : entries) {
        auto *item = new QListWidgetItem(resultLabel(entry), list);
        item->setData(Qt::UserRole, entry.fileName);
    }
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &chooser);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(list, &QListWidget::itemSelectionChanged, &chooser, [list, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(list->selectedItems().size() == 2);
    });
    connect(buttons, &QDialogButtonBox::accepted, &chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &chooser, &QDialog::reject);
    layout->addWidget(buttons);
    chooser.resize(560, 420);
    if (chooser.exec() != QDialog::Accepted || list->selectedItems().size() != 2)
        return;
    // Older on the left: "before" and "after".
    QStringList files;
    for (QListWidgetItem *item : list->selectedItems())
        files << item->data(Qt::UserRole).toString();
    files.sort();
    compareResults(files.at(0), files.at(1));
}

bool MainWindow::compareResults(const QString &beforeFile, const QString &afterFile)
{
    QString error;
    const std::optional<Report> before = readJsonFile(beforeFile, &error);
    const std::optional<Report> after = before ? readJsonFile(afterFile, &error) : std::nullopt;
    if (!before || !after) {
        m_statusLabel->setText(appText(error));
        return false;
    }
    auto *dialog = new CompareDialog(*before, *after, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("compareDialog"));
    dialog->show();
    return true;
}

void MainWindow::rememberResultTarget()
{
    m_resultTarget = m_form->target();
    updateStaleness();
}

// A result answers the question the form asked when it was made. Once the
// form asks another one, the result is dimmed and says so, instead of
// looking like the answer to the new settings.
void MainWindow::updateStaleness()
{
    bool stale = false;
    if (currentReport() && m_resultTarget && !isInspecting()) {
        const ConnectionForm::Target now = m_form->target();
        const ConnectionForm::Target &then = *m_resultTarget;
        stale = now.host != then.host || now.port != then.port || now.protocol != then.protocol
            || now.security != then.security || now.connectAddress != then.connectAddress;
    }
    if (stale == m_resultStale && m_staleNote->isVisible() == stale)
        return;
    m_resultStale = stale;
    if (stale) {
        const Report &report = *currentReport();
        m_staleNote->setText(
            tr("The form has changed: the result below is for %1, port %2, %3. Press Inspect to "
               "check the new settings.")
                .arg(appText(report.host))
                .arg(report.port)
                .arg(securityDisplayName(report.security)));
    }
    m_staleNote->setVisible(stale);
    // Dimmed, not hidden: the old answer stays readable for comparison.
    for (QWidget *w : {static_cast<QWidget *>(m_banner), static_cast<QWidget *>(m_mainSplitter)}) {
        if (stale) {
            auto *effect = new QGraphicsOpacityEffect(w);
            effect->setOpacity(0.45);
            w->setGraphicsEffect(effect);
        } else {
            w->setGraphicsEffect(nullptr);
        }
    }
}

void MainWindow::updateActions()
{
    const bool running = isInspecting();
    const bool haveReport = currentReport() != nullptr;
    m_inspectAction->setEnabled(!running && m_form->isValid());
    m_cancelAction->setEnabled(running);
    m_openReportAction->setEnabled(!running);
    m_inspectButton->setEnabled(m_inspectAction->isEnabled());
    m_cancelButton->setEnabled(running);
    m_exportAction->setEnabled(haveReport);
    m_copySummaryAction->setEnabled(haveReport);
    m_copyReportAction->setEnabled(haveReport);
    m_practiceMenu->setEnabled(!running);
    m_form->setInputEnabled(!running);
}

void MainWindow::startInspection()
{
    if (isInspecting())
        return;
    // A URL or host:port still sitting in the server field (typed, not
    // pasted) is split into its parts first, so what is inspected is what
    // the form then shows.
    const QString typed = m_form->hostEdit()->text().trimmed();
    if (typed.contains(QLatin1Char(':')))
        m_form->applyTargetText(typed);
    const auto request = m_form->request();
    if (!request) {
        m_form->hostEdit()->setFocus();
        return;
    }

    releaseReport();
    m_findingsView->setPlaceholderText(tr("Inspecting… findings appear when it has finished."));

    auto *inspection = new Inspection(*request, this);
    m_inspection = inspection;
    m_finishedHandled = false;
    m_userSelectedStep = false;
    const Report *report = &inspection->report();
    m_timelineModel->setReport(report);
    m_transcriptModel->setReport(report);

    connect(inspection, &Inspection::stepStarted, this, &MainWindow::onStepStarted);
    connect(inspection, &Inspection::stepFinished, this, &MainWindow::onStepFinished);
    connect(inspection, &Inspection::transcriptAppended, m_transcriptModel,
            &TranscriptModel::transcriptAppended);
    connect(inspection, &Inspection::tlsInfoChanged, this, [this] {
        if (m_inspection)
            m_certificatePanel->setReport(&m_inspection->report());
    });
    connect(inspection, &Inspection::finished, this, &MainWindow::onFinished);

    rememberTarget();
    m_banner->showRunning(runningHeadline());
    m_clock.start();
    m_tick.start();
    updateActions();
    m_cancelButton->setFocus();
    m_statusLabel->setText(tr("Inspecting…"));
    inspection->start();
}

void MainWindow::cancelInspection()
{
    if (!isInspecting())
        return;
    m_inspection->cancel();
    // The engine reports the end through finished(); should it have ended
    // without saying so, end here so the window never stays "running".
    if (m_inspection && !m_inspection->isRunning() && !m_finishedHandled)
        QTimer::singleShot(0, this, [this] {
            if (m_inspection && !m_inspection->isRunning() && !m_finishedHandled)
                onFinished();
        });
}

QString MainWindow::runningHeadline() const
{
    if (!m_inspection)
        return {};
    const Report &report = m_inspection->report();
    const InspectionRequest &request = m_inspection->request();
    QString step;
    if (!report.steps.isEmpty())
        step = stepDisplayName(report.steps.constLast().id);
    const QString target = QStringLiteral("%1:%2").arg(request.host).arg(request.effectivePort());
    return step.isEmpty() ? tr("Inspecting %1…").arg(target)
                          : tr("Inspecting %1… %2").arg(target, step);
}

void MainWindow::onStepStarted(int index)
{
    m_timelineModel->setNowMs(double(m_clock.nsecsElapsed()) / 1e6);
    m_timelineModel->stepStarted(index);
    m_banner->showRunning(runningHeadline());
}

void MainWindow::onStepFinished(int index)
{
    m_timelineModel->stepFinished(index);
    const QModelIndex current = m_timelineView->currentIndex();
    if (current.isValid() && current.row() == index && m_inspection)
        m_stepDetails->showStep(&m_inspection->report(), index);
}

void MainWindow::onTick()
{
    if (!isInspecting()) {
        m_tick.stop();
        return;
    }
    m_timelineModel->setNowMs(double(m_clock.nsecsElapsed()) / 1e6);
}

void MainWindow::onFinished()
{
    if (!m_inspection || m_finishedHandled)
        return;
    m_finishedHandled = true;
    m_tick.stop();
    const Report &report = m_inspection->report();
    m_transcriptModel->flush();
    m_timelineModel->sync();
    presentReport(report);
    // Kept for File > Recent Results and comparisons (as exported: no secrets).
    if (!report.facts.cancelled && m_history) {
        QString error;
        if (m_history->add(report, &error).isEmpty())
            qCWarning(lcUi) << "result not kept:" << error;
    }

    const QString outcome = outcomeWord(report.verdict(), report.facts.cancelled);
    m_statusLabel->setText(tr("%1 — %2, %3, finished in %4")
                               .arg(outcome, stepCount(report.steps.size()),
                                    transcriptLineCount(report.transcript.size()),
                                    TimelineModel::formatDuration(report.durationMs)));
    Q_EMIT inspectionFinished();
}

// Views first let go of the report, then it goes: the inspection's or the
// saved one.
void MainWindow::releaseReport()
{
    m_timelineModel->setReport(nullptr);
    m_transcriptModel->setReport(nullptr);
    m_findingsModel->setReport(nullptr);
    m_certificatePanel->setReport(nullptr);
    m_certificatePanel->model()->setNow(QDateTime());
    m_stepDetails->clearStep();
    delete m_inspection;
    m_savedReport.reset();
    m_savedReportFile.clear();
    m_savedReportBar->hide();
    m_resultTarget.reset();
    updateStaleness();
    setWindowTitle(tr("Mail Connection Inspector"));
}

// A complete report in every view, live or saved alike; the timeline and the
// transcript already hold it.
void MainWindow::presentReport(const Report &report)
{
    m_findingsModel->setReport(&report);
    m_findingsView->setPlaceholderText(report.facts.cancelled
                                           ? tr("The inspection was cancelled: no diagnosis.")
                                           : report.verdict() == Report::Verdict::Secure
                                           ? tr("No problems found: nothing to fix.")
                                           : tr("No separate findings — see the verdict above."));
    m_certificatePanel->setReport(&report);
    m_banner->showReport(report);
    fitFindingsPane();
    rememberResultTarget();
    updateActions();

    // Show the evidence for the verdict without a click: the step of the
    // main problem, or the handshake when all is well.
    if (!m_userSelectedStep) {
        int row = -1;
        for (const Finding &finding : report.findings) {
            if (finding.severity == Severity::Error) {
                row = m_timelineModel->rowForStep(finding.step);
                break;
            }
        }
        if (row < 0)
            row = m_timelineModel->rowForStep(StepId::TlsHandshake);
        if (row < 0 && !report.steps.isEmpty())
            row = int(report.steps.size()) - 1;
        if (row >= 0)
            selectStep(row);
        if (!report.findings.isEmpty())
            m_findingsView->setCurrentIndex(QModelIndex());
    } else if (m_timelineView->currentIndex().isValid()) {
        stepSelected(m_timelineView->currentIndex().row());
    }
}

bool MainWindow::openReport(const QString &fileName)
{
    if (isInspecting()) {
        m_statusLabel->setText(tr("A saved report opens when the inspection has finished or "
                                  "is cancelled."));
        return false;
    }
    QString error;
    std::optional<Report> report = readJsonFile(fileName, &error);
    if (!report) {
        // What is shown stays; the reason goes where the eye is.
        m_statusLabel->setText(appText(error));
        if (!currentReport())
            m_banner->showIdle(tr("This file could not be opened as a report."), error);
        return false;
    }

    releaseReport();
    m_savedReport = std::make_unique<Report>(std::move(*report));
    m_savedReportFile = QFileInfo(fileName).absoluteFilePath();
    const Report &saved = *m_savedReport;
    m_timelineModel->setReport(&saved);
    m_transcriptModel->setReport(&saved);
    m_userSelectedStep = false;
    m_savedReportBar->showReport(saved, m_savedReportFile);
    // "Expired 3 days ago" as the first engineer read it: counted from when the
    // inspection ran, as the exports count, not from today.
    m_certificatePanel->model()->setNow(saved.started);
    presentReport(saved);

    // The form holds what was inspected, so Inspect checks the server as it is now.
    if (!saved.host.isEmpty() && saved.port != 0) {
        ConnectionForm::Target target;
        target.host = saved.host;
        target.port = saved.port;
        target.protocol = saved.protocol;
        target.security = saved.security;
        target.connectAddress = saved.requestedConnectAddress;
        m_form->setTarget(target);
        m_practiceTarget = false;
        updateActions();
    }
    setWindowTitle(tr("%1 — Mail Connection Inspector").arg(QFileInfo(fileName).fileName()));
    m_statusLabel->setText(
        tr("Saved report — %1, %2; nothing was connected to")
            .arg(stepCount(saved.steps.size()), transcriptLineCount(saved.transcript.size())));
    Q_EMIT reportOpened();
    return true;
}

void MainWindow::showOpenDialog()
{
    if (isInspecting())
        return;
    QFileDialog dialog(this, tr("Open Report"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters(
        {tr("Saved reports (*.%1)").arg(reportFormatExtension(ReportFormat::Json)),
         tr("All files (*)")});
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    openReport(dialog.selectedFiles().constFirst());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isInspecting() && urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (isInspecting() || urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openReport(urls.constFirst().toLocalFile());
}

void MainWindow::selectStep(int row)
{
    const QModelIndex index = m_timelineModel->index(row, 0);
    m_timelineView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_timelineView->scrollTo(index);
}

void MainWindow::stepSelected(int row)
{
    // While inspecting, the live report (its steps fill in as they go).
    const Report *shown = m_savedReport ? m_savedReport.get()
        : m_inspection                  ? &m_inspection->report()
                                        : nullptr;
    if (!shown || row < 0) {
        m_stepDetails->clearStep();
        return;
    }
    const Report &report = *shown;
    m_stepDetails->showStep(&report, row);
    // The certificate is judged during the handshake: show those lines.
    int transcriptRow = row;
    if (row < report.steps.size() && report.steps.at(row).id == StepId::Certificate) {
        for (int i = row - 1; i >= 0; --i) {
            if (report.steps.at(i).id == StepId::TlsHandshake) {
                transcriptRow = i;
                break;
            }
        }
    }
    m_transcriptView->scrollToStep(transcriptRow);
    if (row < report.steps.size() && report.steps.at(row).id == StepId::Certificate)
        m_detailTabs->setCurrentWidget(m_certificatePanel);
    else
        m_detailTabs->setCurrentWidget(m_stepDetails);
}

void MainWindow::startDemo()
{
    const int running = m_practice->startAll();
    const QList<Scenario> scenarios = m_practice->scenarios();
    if (!scenarios.isEmpty())
        loadPracticeScenario(scenarios.first().id);
    m_statusLabel->setText(
        tr("%n practice server(s) ready on 127.0.0.1 — see the Practice menu", nullptr, running));
}

bool MainWindow::loadPracticeScenario(const QString &scenarioId)
{
    if (isInspecting())
        return false;
    QString error;
    const auto port = m_practice->start(scenarioId, &error);
    const auto scenario = m_practice->scenario(scenarioId);
    if (!port || !scenario) {
        QMessageBox::warning(this, tr("Practice server"), error);
        return false;
    }
    ConnectionForm::Target target;
    target.host = PracticeServers::practiceHost();
    target.port = *port;
    target.protocol = scenario->protocol;
    target.security = scenario->security;
    target.connectAddress = PracticeServers::practiceAddress();
    target.extraCaCertificates = PracticeServers::caCertificates();
    target.extraCaLabel = tr("the practice CA");
    m_form->setTarget(target);
    if (!scenario->loginUser.isEmpty()) {
        // A login scenario logs in with the practice account.
        m_form->userEdit()->setText(scenario->loginUser);
        m_form->passwordEdit()->setText(practicePassword());
        m_form->setLoginVisible(true);
    }
    m_practiceTarget = true;
    m_banner->showIdle(tr("Practice: %1").arg(scenario->title),
                       scenario->description + QLatin1Char(' ')
                           + tr("Press Inspect (Ctrl+Return)."));
    updateActions();
    return true;
}

void MainWindow::rememberTarget()
{
    const ConnectionForm::Target target = m_form->target();
    // Practice servers live on random loopback ports: not worth keeping.
    if (target.connectAddress == PracticeServers::practiceAddress()
        && target.host == PracticeServers::practiceHost())
        return;
    QVariantMap entry;
    entry.insert(QStringLiteral("host"), target.host);
    entry.insert(QStringLiteral("port"), target.port);
    entry.insert(QStringLiteral("protocol"), protocolName(target.protocol));
    entry.insert(QStringLiteral("security"), securityName(target.security));
    entry.insert(QStringLiteral("connectAddress"), target.connectAddress);
    // Never credentials: the form has none, and nothing else goes in here.
    QSettings settings;
    QVariantList recent = settings.value(QStringLiteral("recent/targets")).toList();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > maxRecentTargets)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent/targets"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QVariantList recent = QSettings().value(QStringLiteral("recent/targets")).toList();
    QStringList hosts;
    for (const QVariant &value : recent) {
        const QVariantMap entry = value.toMap();
        ConnectionForm::Target target;
        target.host = entry.value(QStringLiteral("host")).toString();
        target.port = quint16(entry.value(QStringLiteral("port")).toUInt());
        target.protocol = protocolFromName(entry.value(QStringLiteral("protocol")).toString())
                              .value_or(Protocol::Submission);
        target.security = securityFromName(entry.value(QStringLiteral("security")).toString())
                              .value_or(Security::StartTls);
        target.connectAddress = entry.value(QStringLiteral("connectAddress")).toString();
        if (target.host.isEmpty())
            continue;
        if (!hosts.contains(target.host))
            hosts << target.host;
        const QString text
            = tr("%1:%2 — %3, %4")
                  .arg(target.host)
                  .arg(target.port)
                  .arg(protocolDisplayName(target.protocol), securityDisplayName(target.security));
        m_recentMenu->addAction(text, this, [this, target] {
            if (!isInspecting()) {
                m_form->setTarget(target);
                m_practiceTarget = false;
            }
        });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
    m_form->setRecentHosts(hosts);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray main = settings.value(QStringLiteral("window/mainSplitter")).toByteArray();
    if (!main.isEmpty())
        m_mainSplitter->restoreState(main);
    else
        m_mainSplitter->setSizes({560, 800});
    const QByteArray left = settings.value(QStringLiteral("window/leftSplitter")).toByteArray();
    if (!left.isEmpty())
        m_leftSplitter->restoreState(left);
    else
        m_leftSplitter->setSizes({330, 300});
    const QByteArray right = settings.value(QStringLiteral("window/rightSplitter")).toByteArray();
    if (!right.isEmpty())
        m_rightSplitter->restoreState(right);
    else
        m_rightSplitter->setSizes({290, 340});
    const QByteArray header = settings.value(QStringLiteral("window/timelineHeader")).toByteArray();
    if (!header.isEmpty())
        m_timelineView->header()->restoreState(header);
    m_form->setAdvancedVisible(settings.value(QStringLiteral("form/advanced"), false).toBool());
    updateRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("window/timelineHeader"),
                      m_timelineView->header()->saveState());
    settings.setValue(QStringLiteral("form/advanced"), m_form->isAdvancedVisible());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isInspecting())
        m_inspection->cancel();
    saveSettings();
    // The password or token lives only as long as the window.
    m_form->clearSecrets();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_transcriptModel->setPalette(palette());
}

QString MainWindow::exportReport(const QString &fileName) const
{
    if (!currentReport())
        return tr("There is no finished inspection to export.");
    return ReportExporter::write(*currentReport(), fileName);
}

void MainWindow::showExportDialog()
{
    if (!currentReport())
        return;
    const Report &report = *currentReport();
    const QString base
        = QStringLiteral("mailinspect-%1-%2")
              .arg(report.host, report.started.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QStringList filters = ReportExporter::nameFilters();
    QFileDialog dialog(this, tr("Export Report"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filters);
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(base + QLatin1Char('.') + ReportExporter::suffixForFilter(filters.first()));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, base](const QString &f) {
        dialog.selectFile(base + QLatin1Char('.') + ReportExporter::suffixForFilter(f));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString fileName = dialog.selectedFiles().first();
    // "ticket-mail.example.com" has a dot but no report extension.
    if (!formatForFileName(fileName))
        fileName += QLatin1Char('.') + ReportExporter::suffixForFilter(dialog.selectedNameFilter());
    const QString error = exportReport(fileName);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Report"), error);
    else
        statusBar()->showMessage(tr("Report written to %1").arg(fileName), 5000);
}

void MainWindow::copySummary()
{
    if (!currentReport())
        return;
    QApplication::clipboard()->setText(ReportExporter::summary(*currentReport()));
    statusBar()->showMessage(tr("Summary copied: paste it into the ticket."), 5000);
}

void MainWindow::copyFullReport()
{
    if (!currentReport())
        return;
    QApplication::clipboard()->setText(ReportExporter::fullText(*currentReport()));
    statusBar()->showMessage(tr("Full report copied."), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Mail Connection Inspector"),
        tr("<h3>Mail Connection Inspector %1</h3>"
           "<p>Inspects mail connections (SMTP, submission, IMAP, POP3, ManageSieve, LMTP) "
           "step by step: the connection, the greeting, STARTTLS or SSL/TLS, the "
           "certificate, and what to change when something is wrong.</p>")
            .arg(QStringLiteral(MAILINSPECT_VERSION)));
}

// The finder asks the way the form would: its DNS server, extra CAs and timeout.
void MainWindow::showFindSettings()
{
    if (!m_findSettingsDialog) {
        m_findSettingsDialog = new FindSettingsDialog(this);
        connect(m_findSettingsDialog, &FindSettingsDialog::useSettings, this,
                [this](const ConnectionForm::Target &target) {
                    m_form->setTarget(target);
                    updateActions();
                });
    }
    SettingsFinder::Options options;
    options.dnsServer = m_form->dnsServerEdit()->text().trimmed();
    options.timeoutMs = m_form->timeoutSpin()->value() * 1000;
    if (const auto request = m_form->request()) {
        options.extraCaCertificates = request->extraCaCertificates;
        options.caFile = request->caFile;
    }
    if (!m_ispdbUrl.isEmpty())
        options.ispdbUrl = m_ispdbUrl;
    m_findSettingsDialog->setFinderOptions(options);
    const Protocol protocol = m_form->protocol();
    m_findSettingsDialog->setPreferOutgoing(protocol == Protocol::Smtp
                                            || protocol == Protocol::Submission);
    const ConnectionForm::Target current = m_form->target();
    m_findSettingsDialog->setCurrentSettings(
        current.host.isEmpty()
            ? std::nullopt
            : std::optional<CurrentSettings>(
                CurrentSettings {current.protocol, current.host, current.port, current.security}));
    const QString typed = m_form->hostEdit()->text().trimmed();
    if (m_findSettingsDialog->addressEdit()->text().isEmpty() && typed.contains(QLatin1Char('@')))
        m_findSettingsDialog->addressEdit()->setText(typed);
    m_findSettingsDialog->show();
    m_findSettingsDialog->raise();
    m_findSettingsDialog->activateWindow();
}

} // namespace MailInspect
