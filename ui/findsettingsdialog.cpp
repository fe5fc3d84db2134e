// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findsettingsdialog.h"

#include "diagnosis/findingtexts.h"
#include "discovery/settingsreport.h"
#include "report/untrustedtext.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace MailInspect {

namespace {
enum Column { Direction, Protocol_, Server, Port, Security_, Source, Trust, Result, Columns };

QString stateText(const SettingsCandidate &c)
{
    switch (c.state) {
    case SettingsCandidate::State::Waiting:
        return FindSettingsDialog::tr("waiting");
    case SettingsCandidate::State::Running:
        return FindSettingsDialog::tr("testing…");
    default:
        return visibleText(c.outcome);
    }
}
} // namespace

FindSettingsDialog::FindSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("findSettingsDialog"));
    setWindowTitle(tr("Find Settings"));
    auto *outer = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Finds the right settings for an email address: asks the provider's configuration, "
           "the ISPDB, DNS (MX, SRV), Autodiscover and the usual server names, then proves each "
           "suggestion with a live inspection."),
        this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("findAddressEdit"));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setPlaceholderText(tr("customer@example.com or example.com"));
    m_address->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Email address:"), this);
    label->setBuddy(m_address);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("findButton"));
    m_find->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("findCancelButton"));
    m_cancel->setEnabled(false);
    row->addWidget(label);
    row->addWidget(m_address, 1);
    row->addWidget(m_find);
    row->addWidget(m_cancel);
    outer->addLayout(row);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("findProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_status, 2);
    outer->addLayout(progressRow);

    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setHorizontalHeaderLabels({tr("Direction"), tr("Protocol"), tr("Server"), tr("Port"),
                                        tr("Security"), tr("Source"), tr("Trust"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Result, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    outer->addWidget(m_table, 1);

    m_card = new QGroupBox(tr("Result"), this);
    m_card->setObjectName(QStringLiteral("resultCard"));
    auto *card = new QVBoxLayout(m_card);
    m_result = new QLabel(tr("Type the customer's email address and press Find."), m_card);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card->addWidget(m_result);
    auto *buttons = new QHBoxLayout;
    m_use = new QPushButton(tr("&Use these settings"), m_card);
    m_use->setObjectName(QStringLiteral("useSettingsButton"));
    m_copy = new QPushButton(tr("C&opy for the customer"), m_card);
    m_copy->setObjectName(QStringLiteral("copyForCustomerButton"));
    m_use->setEnabled(false);
    m_copy->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_use);
    card->addLayout(buttons);
    outer->addWidget(m_card);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    outer->addWidget(close);

    connect(m_find, &QPushButton::clicked, this, &FindSettingsDialog::find);
    connect(m_address, &QLineEdit::returnPressed, this, &FindSettingsDialog::find);
    connect(m_cancel, &QPushButton::clicked, this, &FindSettingsDialog::cancelFind);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(customerText()); });
    connect(m_use, &QPushButton::clicked, this, [this] {
        const SettingsCandidate *c = chosen();
        if (!c)
            return;
        ConnectionForm::Target t;
        t.host = c->host;
        t.port = c->port;
        t.protocol = c->protocol;
        t.security = c->security;
        t.extraCaCertificates = m_options.extraCaCertificates;
        t.extraCaLabel = m_options.caFile;
        Q_EMIT useSettings(t);
        accept();
    });
    resize(1000, 660);
}

FindSettingsDialog::~FindSettingsDialog() = default;

void FindSettingsDialog::find()
{
    if (m_finder && m_finder->isRunning())
        return;
    m_table->setRowCount(0);
    m_use->setEnabled(false);
    m_copy->setEnabled(false);
    m_finder = std::make_unique<SettingsFinder>(m_address->text(), m_options);
    if (!m_finder->inputError().isEmpty()) {
        m_result->setText(m_finder->inputError());
        m_finder.reset();
        return;
    }
    connect(m_finder.get(), &SettingsFinder::candidateAdded, this,
            &FindSettingsDialog::onCandidate);
    connect(m_finder.get(), &SettingsFinder::candidateChanged, this,
            &FindSettingsDialog::onCandidate);
    connect(m_finder.get(), &SettingsFinder::triedAdded, this, &FindSettingsDialog::updateProgress);
    connect(m_finder.get(), &SettingsFinder::finished, this, &FindSettingsDialog::onFinished);
    m_result->setText(tr("Asking the sources and testing what they suggest…"));
    setRunning(true);
    m_finder->start();
}

void FindSettingsDialog::cancelFind()
{
    if (m_finder)
        m_finder->cancel();
}

void FindSettingsDialog::reject()
{
    cancelFind();
    QDialog::reject();
}

void FindSettingsDialog::setRunning(bool running)
{
    m_find->setEnabled(!running);
    m_address->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running)
        m_progress->setRange(0, 0);
}

void FindSettingsDialog::onCandidate(int index)
{
    const SettingsCandidate &c = m_finder->candidates().at(index);
    while (m_table->rowCount() <= index)
        m_table->insertRow(m_table->rowCount());
    const QString source = settingsSourceName(c.source);
    const QString trust
        = c.highTrust ? tr("high") : tr("lower: %1").arg(c.trustReasons.join(QStringLiteral(", ")));
    const QStringList cells {
        c.isIncoming() ? tr("incoming") : tr("outgoing"),
        Diagnosis::Words::protocolShortName(c.protocol),
        c.host,
        QString::number(c.port),
        securityDisplayName(c.security),
        source,
        visibleText(trust),
        stateText(c),
    };
    for (int col = 0; col < Columns; ++col) {
        auto *item = new QTableWidgetItem(cells.at(col));
        if (col == Source)
            item->setToolTip(visibleText(c.url.isEmpty() ? c.record : c.url));
        if (col == Result)
            item->setToolTip(stateText(c));
        if (c.state == SettingsCandidate::State::Works && col == Result)
            item->setForeground(QColor(0x1b, 0x7f, 0x3b));
        else if ((c.state == SettingsCandidate::State::Fails
                  || c.state == SettingsCandidate::State::Disqualified)
                 && col == Result)
            item->setForeground(QColor(0xb0, 0x20, 0x20));
        m_table->setItem(index, col, item);
    }
    updateProgress();
}

void FindSettingsDialog::updateProgress()
{
    if (!m_finder)
        return;
    const int total = m_finder->probesTotal();
    if (total > 0 && m_finder->isRunning()) {
        m_progress->setRange(0, total);
        m_progress->setValue(m_finder->probesDone());
    }
    m_status->setText(tr("%1 of %2 servers tested (%3 suggestions), %4 questions asked")
                          .arg(m_finder->probesDone())
                          .arg(total)
                          .arg(m_finder->candidates().size())
                          .arg(m_finder->tried().size()));
}

const SettingsCandidate *FindSettingsDialog::chosen() const
{
    if (!m_finder)
        return nullptr;
    const int in = m_finder->recommendedIncoming();
    const int out = m_finder->recommendedOutgoing();
    const int pick = m_preferOutgoing ? (out >= 0 ? out : in) : (in >= 0 ? in : out);
    return pick >= 0 ? &m_finder->candidates().at(pick) : nullptr;
}

QString FindSettingsDialog::customerText() const
{
    if (!m_finder || !m_finder->found())
        return {};
    const int in = m_finder->recommendedIncoming();
    const int out = m_finder->recommendedOutgoing();
    return customerInstructions(in >= 0 ? &m_finder->candidates().at(in) : nullptr,
                                out >= 0 ? &m_finder->candidates().at(out) : nullptr);
}

void FindSettingsDialog::onFinished()
{
    setRunning(false);
    updateProgress();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (m_finder->found()) {
        QString text = customerText();
        // The winners stand out in the table.
        for (int index : {m_finder->recommendedIncoming(), m_finder->recommendedOutgoing()}) {
            for (int col = 0; index >= 0 && col < Columns; ++col) {
                QTableWidgetItem *item = m_table->item(index, col);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                if (col == Result)
                    item->setText(tr("recommended: %1").arg(item->text()));
            }
        }
        if (m_current) {
            const bool outgoing = m_current->protocol == Protocol::Submission
                || m_current->protocol == Protocol::Smtp;
            const int index
                = outgoing ? m_finder->recommendedOutgoing() : m_finder->recommendedIncoming();
            if (index >= 0) {
                const QStringList changes
                    = compareSettings(*m_current, m_finder->candidates().at(index));
                text += QLatin1String("\n\n")
                    + (changes.isEmpty() ? tr("The customer's settings are right.")
                                         : tr("Customer has → should be:\n%1")
                                               .arg(changes.join(QLatin1Char('\n'))));
            }
        }
        m_result->setText(text);
        m_use->setEnabled(true);
        m_copy->setEnabled(true);
    } else {
        m_result->setText(
            tr("Found nothing that works for %1: %2 servers were suggested, none answered with "
               "verified encryption. Every question asked is in the table and the tooltips.")
                .arg(visibleText(m_finder->domain()))
                .arg(m_finder->candidates().size()));
    }
    Q_EMIT searchFinished();
}

} // namespace MailInspect
