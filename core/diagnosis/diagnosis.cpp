#include "diagnosis.h"

#include <QCoreApplication>

namespace MailInspect::Diagnosis {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Diagnosis", text);
}

Finding make(const char *id, Severity severity, StepId step, QString title, QString explanation,
             QString fix)
{
    return Finding{QString::fromLatin1(id), severity, step, std::move(title),
                   std::move(explanation), std::move(fix)};
}
} // namespace

// Minimal rules until the full diagnosis lands: enough for the verdict and
// exit status to mean something.
QList<Finding> diagnose(const Report &report)
{
    QList<Finding> out;
    const SessionFacts &f = report.facts;
    switch (f.connectOutcome) {
    case ConnectOutcome::HostNotFound:
        out << make("dns-no-such-host", Severity::Error, StepId::Resolve,
                    tr("The server name does not exist"),
                    tr("The name could not be found in DNS."),
                    tr("Check the spelling of the server name."));
        break;
    case ConnectOutcome::Refused:
        out << make("connection-refused", Severity::Error, StepId::Connect,
                    tr("Nothing answers on this port"),
                    tr("The server refused the connection."),
                    tr("Check the port number."));
        break;
    case ConnectOutcome::Timeout:
        out << make("connection-timeout", Severity::Error, StepId::Connect,
                    tr("No answer from the server"),
                    tr("The connection attempt timed out."),
                    tr("Check firewalls between you and the server."));
        break;
    default:
        break;
    }
    if (report.tls.established && !report.tls.verified) {
        if (!report.tls.trusted)
            out << make("certificate-untrusted", Severity::Error, StepId::Certificate,
                        tr("The certificate is not trusted"), QString(), QString());
        if (!report.tls.nameMatches)
            out << make("certificate-name-mismatch", Severity::Error, StepId::Certificate,
                        tr("The certificate is for another name"), QString(), QString());
    }
    return out;
}

QStringList knownFindingIds()
{
    return {};
}

} // namespace MailInspect::Diagnosis
