#include "verdictsummary.h"

#include "timelinemodel.h"

namespace MailInspect {

QString VerdictSummary::tlsVersionText(const QString &protocol)
{
    QString text = protocol;
    if (text.startsWith(QLatin1String("TLSv")))
        text = QStringLiteral("TLS ") + text.mid(4);
    else if (text.startsWith(QLatin1String("SSLv")))
        text = QStringLiteral("SSL ") + text.mid(4);
    return text;
}

VerdictSummary VerdictSummary::fromReport(const Report &report)
{
    VerdictSummary summary;
    summary.verdict = report.verdict();
    summary.cancelled = report.facts.cancelled;

    const Finding *topError = nullptr;
    const Finding *topWarning = nullptr;
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error && !topError)
            topError = &finding;
        if (finding.severity == Severity::Warning && !topWarning)
            topWarning = &finding;
    }
    const QString host = report.tls.verifiedName.isEmpty() ? report.host : report.tls.verifiedName;

    if (summary.cancelled) {
        summary.headline = tr("Cancelled: the inspection was stopped before it finished");
        summary.detail = tr("What happened until then is shown below.");
        return summary;
    }

    switch (summary.verdict) {
    case Report::Verdict::Secure:
        summary.headline = tr("Secure: %1, trusted certificate for %2")
                               .arg(tlsVersionText(report.tls.protocol), host);
        if (topWarning) {
            summary.detail = tr("But note: %1").arg(topWarning->title);
        } else {
            summary.detail = tr("%1 on port %2 with %3, finished in %4.")
                                 .arg(protocolDisplayName(report.protocol))
                                 .arg(report.port)
                                 .arg(securityDisplayName(report.security),
                                      TimelineModel::formatDuration(report.durationMs));
        }
        break;
    case Report::Verdict::Insecure:
    case Report::Verdict::Failed:
        if (topError) {
            summary.headline = tr("Problem: %1").arg(topError->title);
            summary.detail = topError->fix;
        } else if (summary.verdict == Report::Verdict::Insecure) {
            if (report.security == Security::None || !report.tls.attempted) {
                summary.headline = tr("Not secure: the connection was not encrypted");
                summary.detail = tr("Security is set to None: passwords and mail would travel "
                                    "as plain text. Choose STARTTLS or SSL/TLS.");
            } else {
                summary.headline = tr("Not secure: the certificate could not be verified");
                summary.detail = report.tls.handshakeError;
            }
        } else {
            summary.headline = tr("Failed: the inspection did not get through");
            for (auto it = report.steps.crbegin(); it != report.steps.crend(); ++it) {
                if (it->status == StepStatus::Error) {
                    summary.detail = tr("%1: %2").arg(stepDisplayName(it->id), it->summary);
                    break;
                }
            }
        }
        if (topWarning && summary.detail.isEmpty())
            summary.detail = topWarning->title;
        break;
    }
    return summary;
}

} // namespace MailInspect
