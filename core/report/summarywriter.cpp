#include "summarywriter.h"

#include "untrustedtext.h"

#include "reporttext.h"

#include <QCoreApplication>

namespace MailInspect {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}
} // namespace

QString writeSummary(const Report &report, int maxFindings)
{
    QStringList lines;
    lines << tr("Target: %1 (%2)")
                 .arg(ReportText::targetAsTyped(report), ReportText::targetAsConnected(report));
    lines << tr("Verdict: %1").arg(ReportText::verdictSentence(report));

    const QList<Finding> findings = ReportText::sortedFindings(report);
    for (qsizetype i = 0; i < findings.size() && i < maxFindings; ++i) {
        const Finding &f = findings.at(i);
        QString line
            = QStringLiteral("- %1: %2 [%3]")
                  .arg(ReportText::severityDisplayName(f.severity).toUpper(), f.title, f.id);
        if (!f.fix.isEmpty())
            line += QStringLiteral(" \u2014 ") + tr("Fix: %1").arg(f.fix);
        lines << line;
    }
    if (findings.size() > maxFindings)
        lines << tr("- ... and %1 more findings in the full report")
                     .arg(findings.size() - maxFindings);

    QString tls = ReportText::tlsFacts(report);
    if (tls.isEmpty())
        tls = ReportText::tlsStateLine(report);
    lines << tr("TLS: %1").arg(tls);
    if (!report.tls.chain.isEmpty()) {
        const CertificateInfo &leaf = report.tls.chain.constFirst();
        lines << tr("Certificate: %1, valid %2")
                     .arg(leaf.subject, ReportText::certificateValidity(leaf, report.started));
        lines << tr("Trust: %1; name: %2")
                     .arg(ReportText::trustResult(report), ReportText::nameResult(report));
    }
    lines << tr("Checked: %1 with %2")
                 .arg(ReportText::utcTime(report.started), ReportText::toolLine(report));
    for (QString &line : lines)
        line = visibleText(line); // the summary sink's escaper
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace MailInspect
