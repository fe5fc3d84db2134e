// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace MailInspect {

/// The banner at the top of the window: colour, icon and one sentence that
/// answer "is this connection all right?" before anyone reads further.
class VerdictBanner : public QFrame
{
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void showIdle(const QString &headline, const QString &detail = {});
    void showRunning(const QString &headline, const QString &detail = {});
    void showReport(const Report &report);

    QString headline() const;
    QString detail() const;
    /// The severity the banner shows (Ui::reportTone()); Running or Skipped
    /// while idle or running.
    StepStatus tone() const;
    /// The one-click follow-up the banner offers ("Try SSL/TLS on port 465"),
    /// or nullptr-like hidden button when there is none.
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    /// The user asked to inspect again in the mode the follow-up attempt
    /// proved to work.
    void retryRequested(MailInspect::Security security, quint16 port);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Idle, Running, Verdict };
    void apply();

    Mode m_mode = Mode::Idle;
    Report::Verdict m_verdict = Report::Verdict::Failed;
    StepStatus m_tone = StepStatus::Error;
    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_action = nullptr;
    Security m_retrySecurity = Security::Auto;
    quint16 m_retryPort = 0;
};

} // namespace MailInspect
