#pragma once

#include "report/report.h"

#include <QCoreApplication>
#include <QString>

namespace MailInspect {

/// The answer at a glance: a one-sentence headline for a finished report
/// ("Secure: TLS 1.3, trusted certificate for mail.example.com") and one
/// line of detail (usually the fix for the main problem).
struct VerdictSummary
{
    Q_DECLARE_TR_FUNCTIONS(VerdictSummary)
public:
    Report::Verdict verdict = Report::Verdict::Failed;
    bool cancelled = false;
    QString headline;
    QString detail;

    static VerdictSummary fromReport(const Report &report);
    /// "TLSv1.3" -> "TLS 1.3"
    static QString tlsVersionText(const QString &protocol);
};

} // namespace MailInspect
