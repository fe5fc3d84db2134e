#pragma once

#include "report/report.h"

#include <QFrame>

class QLabel;

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
};

} // namespace MailInspect
