// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QCoreApplication>
#include <QString>

namespace MailInspect {

/// The answer at a glance: a one-sentence headline for a finished report
/// ("Secure: TLS 1.3, trusted certificate for mail.example.com") and one
/// line of detail that says where to look. The fix itself is in the findings
/// right below the banner and is not repeated here. The tone is the one
/// severity every view shows (Ui::reportTone()).
struct VerdictSummary
{
    Q_DECLARE_TR_FUNCTIONS(VerdictSummary)
public:
    Report::Verdict verdict = Report::Verdict::Failed;
    bool cancelled = false;
    StepStatus tone = StepStatus::Ok; ///< Ok, Warning, Error; Skipped when cancelled
    QString headline;
    QString detail;

    static VerdictSummary fromReport(const Report &report);
    /// "TLSv1.3" -> "TLS 1.3"
    static QString tlsVersionText(const QString &protocol);
};

} // namespace MailInspect
