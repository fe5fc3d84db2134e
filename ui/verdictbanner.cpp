// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictbanner.h"

#include "apptext.h"

#include "icons.h"
#include "verdictsummary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace MailInspect {

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
{
    Ui::initResources();
    setObjectName(QStringLiteral("verdictBanner"));
    setAccessibleName(tr("Verdict"));
    setFrameShape(QFrame::NoFrame);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(12);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(36, 36);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText); // quotes servers: never rich text
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("verdictDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_headline);
    texts->addWidget(m_detail);
    layout->addLayout(texts, 1);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("verdictAction"));
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this,
            [this] { Q_EMIT retryRequested(m_retrySecurity, m_retryPort); });
    showIdle(tr("Type the server your customer uses, then press Inspect."));
}

void VerdictBanner::showIdle(const QString &headline, const QString &detail)
{
    m_mode = Mode::Idle;
    m_action->hide();
    m_headline->setText(appText(headline));
    m_detail->setText(appText(detail));
    m_detail->setVisible(!detail.isEmpty());
    apply();
}

void VerdictBanner::showRunning(const QString &headline, const QString &detail)
{
    m_mode = Mode::Running;
    m_action->hide();
    m_headline->setText(appText(headline));
    m_detail->setText(appText(detail));
    m_detail->setVisible(!detail.isEmpty());
    apply();
}

void VerdictBanner::showReport(const Report &report)
{
    const VerdictSummary summary = VerdictSummary::fromReport(report);
    m_mode = Mode::Verdict;
    m_verdict = summary.verdict;
    m_tone = summary.tone;
    m_headline->setText(appText(summary.headline));
    m_detail->setText(appText(summary.detail));
    m_detail->setVisible(!summary.detail.isEmpty());
    // Where the follow-up attempt proved the other security mode works on
    // this port, one click inspects again with it.
    const SessionFacts &facts = report.facts;
    const bool otherModeWorks = !summary.cancelled && facts.modeCheckRan && facts.modeCheckSucceeded
        && facts.modeCheckSecurity != Security::Auto && facts.modeCheckSecurity != report.security
        && report.port != 0;
    if (otherModeWorks) {
        m_retrySecurity = facts.modeCheckSecurity;
        m_retryPort = report.port;
        m_action->setText(
            tr("Try %1 on port %2").arg(securityDisplayName(m_retrySecurity)).arg(m_retryPort));
    }
    m_action->setVisible(otherModeWorks);
    apply();
}

QString VerdictBanner::headline() const
{
    return m_headline->text();
}

QString VerdictBanner::detail() const
{
    return m_detail->text();
}

StepStatus VerdictBanner::tone() const
{
    switch (m_mode) {
    case Mode::Idle:
        return StepStatus::Skipped;
    case Mode::Running:
        return StepStatus::Running;
    case Mode::Verdict:
        return m_tone;
    }
    return StepStatus::Skipped;
}

void VerdictBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Re-tint after a theme switch; apply() sets the palette itself,
        // so guard against recursion.
        static bool applying = false;
        if (!applying) {
            applying = true;
            apply();
            applying = false;
        }
    }
}

void VerdictBanner::apply()
{
    QIcon icon;
    QColor accent;
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    switch (m_mode) {
    case Mode::Idle:
        icon = Ui::idleVerdictIcon();
        accent = base.color(QPalette::Mid);
        break;
    case Mode::Running:
        icon = Ui::runningVerdictIcon();
        accent = Ui::statusColor(StepStatus::Running, base);
        break;
    case Mode::Verdict:
        // The tone (the worst finding) decides colour and icon, as it does
        // on the timeline and in the findings list.
        icon = Ui::toneIcon(m_tone, m_verdict);
        accent = m_tone == StepStatus::Skipped ? base.color(QPalette::Mid)
                                               : Ui::statusColor(m_tone, base);
        break;
    }
    m_icon->setPixmap(icon.pixmap(QSize(36, 36), devicePixelRatioF()));

    // A tint of the verdict colour over the window colour: strong enough to
    // read at a glance, soft enough that the text keeps its contrast in both
    // light and dark themes.
    const QColor window = base.color(QPalette::Window);
    const QColor tint = Ui::tint(window, accent, Ui::isDark(base) ? 0.28 : 0.18);
    setStyleSheet(QStringLiteral("#verdictBanner { background: %1; border-left: 6px solid %2; }")
                      .arg(tint.name(), accent.name()));
}

} // namespace MailInspect
