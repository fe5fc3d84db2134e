// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictsummary.h"

#include "icons.h"
#include "report/reporttext.h"
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

    // The connection's own findings speak first; a login or the checks after
    // it only add to a secure connection, they never make it insecure.
    const Finding *topError = nullptr;
    const Finding *topWarning = nullptr;
    const Finding *loginError = nullptr;
    const Finding *loginWarning = nullptr;
    for (const Finding &finding : report.findings) {
        const bool connection = finding.topic == FindingTopic::Connection;
        const Finding *&error = connection ? topError : loginError;
        const Finding *&warning = connection ? topWarning : loginWarning;
        if (finding.severity == Severity::Error && !error)
            error = &finding;
        if (finding.severity == Severity::Warning && !warning)
            warning = &finding;
    }
    if (!topError)
        topError = loginError;
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
        // "Login: ok (SCRAM-SHA-256)" and what the checks after it found.
        QStringList login;
        for (const QString &line :
             {ReportText::loginOutcome(report), ReportText::accountOutcome(report)}) {
            if (!line.isEmpty())
                login << line;
        }
        if (loginError) {
            // Both at a glance: the connection is fine, the login is not.
            summary.headline = report.login.result == LoginFacts::Result::Ok
                ? tr("Secure connection — logged in, but: %1").arg(loginError->title)
                : report.login.result == LoginFacts::Result::NotTried
                ? tr("Secure connection — no login: %1").arg(loginError->title)
                : tr("Secure connection — login refused: %1").arg(loginError->title);
            summary.detail = tr("%1. %2").arg(how, whereToLook(report, *loginError));
        } else if (topWarning || loginWarning) {
            const Finding *warning = topWarning ? topWarning : loginWarning;
            summary.headline = tr("Secure, but: %1").arg(warning->title);
            summary.detail = tr("%1. %2").arg(how, whereToLook(report, *warning));
        } else {
            summary.headline = tr("Secure: %1").arg(how);
            summary.detail = tr("%1 on port %2 with %3, finished in %4.")
                                 .arg(protocolDisplayName(report.protocol))
                                 .arg(report.port)
                                 .arg(securityDisplayName(report.security),
                                      TimelineModel::formatDuration(report.durationMs));
            if (!login.isEmpty())
                summary.detail
                    += QLatin1Char(' ') + login.join(QStringLiteral("; ")) + QLatin1Char('.');
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
