#include "verdictsummary.h"

#include "icons.h"
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

namespace {
/// "Where to look" for the banner: the step the main finding blames, and how
/// many more findings there are. Never the fix: the findings pane shows it.
QString whereToLook(const Report &report, const Finding &main)
{
    qsizetype others = 0;
    for (const Finding &finding : report.findings) {
        if (&finding != &main && finding.severity != Severity::Info)
            ++others;
    }
    const QString step = stepDisplayName(main.step);
    if (others == 0)
        return VerdictSummary::tr("Found at the step “%1”. What to change is in the finding below.")
            .arg(step);
    return VerdictSummary::tr("Found at the step “%1”. What to change is in the findings below "
                              "(%n more).",
                              nullptr, int(others))
        .arg(step);
}
} // namespace

VerdictSummary VerdictSummary::fromReport(const Report &report)
{
    VerdictSummary summary;
    summary.verdict = report.verdict();
    summary.cancelled = report.facts.cancelled;
    summary.tone = Ui::reportTone(report);

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
    case Report::Verdict::Secure: {
        const QString how
            = tr("%1, trusted certificate for %2").arg(tlsVersionText(report.tls.protocol), host);
        if (topError) {
            // Only findings outside the connection's security (a refused
            // login) leave a secure verdict beside an error.
            summary.headline = tr("Secure connection, but: %1").arg(topError->title);
            summary.detail = whereToLook(report, *topError);
        } else if (topWarning) {
            summary.headline = tr("Secure, but: %1").arg(topWarning->title);
            summary.detail = tr("%1. %2").arg(how, whereToLook(report, *topWarning));
        } else {
            summary.headline = tr("Secure: %1").arg(how);
            summary.detail = tr("%1 on port %2 with %3, finished in %4.")
                                 .arg(protocolDisplayName(report.protocol))
                                 .arg(report.port)
                                 .arg(securityDisplayName(report.security),
                                      TimelineModel::formatDuration(report.durationMs));
        }
        break;
    }
    case Report::Verdict::Insecure:
    case Report::Verdict::Failed:
        if (topError) {
            summary.headline = tr("Problem: %1").arg(topError->title);
            summary.detail = whereToLook(report, *topError);
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
