// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QTextBrowser>

namespace MailInspect {

/// The details of one timeline step, built from the Report's typed values:
/// the summary and timing, the step's own facts, and for the TLS steps the
/// handshake itself and the capabilities before and after TLS side by side.
class StepDetailsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit StepDetailsView(QWidget *parent = nullptr);

    /// Shows step @p index of @p report; -1 shows a hint instead.
    void showStep(const Report *report, int index);
    void clearStep();

    /// The HTML for a step; public so tests can check the text.
    static QString html(const Report &report, int index, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    const Report *m_report = nullptr;
    int m_index = -1;
};

} // namespace MailInspect
