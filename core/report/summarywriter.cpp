// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarywriter.h"

#include "untrustedtext.h"

#include "reporttext.h"

#include <QCoreApplication>

namespace MailInspect {

namespace {
// tr() in context "Report", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

QString writeSummary(const Report &report, int maxFindings)
{
    QStringList lines;
    lines << Tr::tr("Target: %1 (%2)")
                 .arg(ReportText::targetAsTyped(report), ReportText::targetAsConnected(report));
    lines << Tr::tr("Verdict: %1").arg(ReportText::verdictSentence(report));
    for (const QString &line :
         {ReportText::loginOutcome(report), ReportText::accountOutcome(report)}) {
        if (!line.isEmpty())
            lines << line;
    }

    const QList<Finding> findings = ReportText::sortedFindings(report);
    for (qsizetype i = 0; i < findings.size() && i < maxFindings; ++i) {
        const Finding &f = findings.at(i);
        QString line
            = QStringLiteral("- %1: %2 [%3]")
                  .arg(ReportText::severityDisplayName(f.severity).toUpper(), f.title, f.id);
        if (!f.fix.isEmpty())
            line += QStringLiteral(" \u2014 ") + Tr::tr("Fix: %1").arg(f.fix);
        lines << line;
    }
    if (findings.size() > maxFindings)
        lines << Tr::tr("- ... and %n more finding(s) in the full report", nullptr,
                        int(findings.size() - maxFindings));

    QString tls = ReportText::tlsFacts(report);
    if (tls.isEmpty())
        tls = ReportText::tlsStateLine(report);
    lines << Tr::tr("TLS: %1").arg(tls);
    if (!report.tls.chain.isEmpty()) {
        const CertificateInfo &leaf = report.tls.chain.constFirst();
        lines << Tr::tr("Certificate: %1, valid %2")
                     .arg(leaf.subject, ReportText::certificateValidity(leaf, report.started));
        lines << Tr::tr("Trust: %1; name: %2")
                     .arg(ReportText::trustResult(report), ReportText::nameResult(report));
    }
    lines << Tr::tr("Checked: %1 with %2")
                 .arg(ReportText::utcTime(report.started), ReportText::toolLine(report));
    for (QString &line : lines)
        line = visibleText(line); // the summary sink's escaper
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace MailInspect
