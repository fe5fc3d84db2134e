#include "report.h"

#include <QCoreApplication>

namespace MailInspect {

namespace {
struct StepName
{
    StepId id;
    const char *name;
};
constexpr StepName stepNames[] = {
    {StepId::Resolve, "resolve"},
    {StepId::Connect, "connect"},
    {StepId::Greeting, "greeting"},
    {StepId::Capabilities, "capabilities"},
    {StepId::StartTls, "starttls"},
    {StepId::TlsHandshake, "tls-handshake"},
    {StepId::Certificate, "certificate"},
    {StepId::CapabilitiesAfterTls, "capabilities-after-tls"},
    {StepId::Authenticate, "authenticate"},
    {StepId::Quit, "quit"},
    {StepId::ModeCheck, "mode-check"},
};
} // namespace

QString stepIdName(StepId id)
{
    for (const auto &s : stepNames) {
        if (s.id == id)
            return QString::fromLatin1(s.name);
    }
    return {};
}

std::optional<StepId> stepIdFromName(const QString &name)
{
    for (const auto &s : stepNames) {
        if (name == QLatin1String(s.name))
            return s.id;
    }
    return std::nullopt;
}

QString stepDisplayName(StepId id)
{
    switch (id) {
    case StepId::Resolve:
        return QCoreApplication::translate("MailInspect", "Name lookup");
    case StepId::Connect:
        return QCoreApplication::translate("MailInspect", "TCP connect");
    case StepId::Greeting:
        return QCoreApplication::translate("MailInspect", "Greeting");
    case StepId::Capabilities:
        return QCoreApplication::translate("MailInspect", "Capabilities");
    case StepId::StartTls:
        return QCoreApplication::translate("MailInspect", "STARTTLS");
    case StepId::TlsHandshake:
        return QCoreApplication::translate("MailInspect", "TLS handshake");
    case StepId::Certificate:
        return QCoreApplication::translate("MailInspect", "Certificate check");
    case StepId::CapabilitiesAfterTls:
        return QCoreApplication::translate("MailInspect", "Capabilities after TLS");
    case StepId::Authenticate:
        return QCoreApplication::translate("MailInspect", "Login");
    case StepId::Quit:
        return QCoreApplication::translate("MailInspect", "Goodbye");
    case StepId::ModeCheck:
        return QCoreApplication::translate("MailInspect", "Other security mode");
    }
    return {};
}

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Running:
        return QStringLiteral("running");
    case StepStatus::Ok:
        return QStringLiteral("ok");
    case StepStatus::Warning:
        return QStringLiteral("warning");
    case StepStatus::Error:
        return QStringLiteral("error");
    case StepStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<StepStatus> stepStatusFromName(const QString &name)
{
    for (auto s : {StepStatus::Running, StepStatus::Ok, StepStatus::Warning, StepStatus::Error,
                   StepStatus::Skipped}) {
        if (stepStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("client");
    case Direction::Server:
        return QStringLiteral("server");
    case Direction::Event:
        return QStringLiteral("event");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (auto s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (severityName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString verdictName(Report::Verdict verdict)
{
    switch (verdict) {
    case Report::Verdict::Secure:
        return QStringLiteral("secure");
    case Report::Verdict::Insecure:
        return QStringLiteral("insecure");
    case Report::Verdict::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

const Step *Report::step(StepId id) const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->id == id)
            return &*it;
    }
    return nullptr;
}

bool Report::hasErrorFinding() const
{
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            return true;
    }
    return false;
}

// secure: TLS reached with a verified certificate and no error finding.
// failed: the session never got that far in the mode the user chose - no
//         connection, no greeting, or (when TLS was asked for) no TLS.
// insecure: everything else - it talks, but not safely.
Report::Verdict Report::verdict() const
{
    if (tls.established && tls.verified && !hasErrorFinding())
        return Verdict::Secure;
    if (facts.connectOutcome != ConnectOutcome::Connected)
        return Verdict::Failed;
    if (security == Security::None)
        return facts.greetingReceived ? Verdict::Insecure : Verdict::Failed;
    if (!tls.established)
        return Verdict::Failed;
    return Verdict::Insecure;
}

QString transcriptText(const QByteArray &line)
{
    QByteArray bytes = line;
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    // Valid UTF-8 is kept as text; control bytes and invalid sequences are escaped.
    QString out;
    out.reserve(bytes.size());
    const QString decoded = QString::fromUtf8(bytes);
    const bool validUtf8 = !decoded.contains(QChar::ReplacementCharacter)
                           || bytes.contains("\xEF\xBF\xBD");
    if (validUtf8) {
        for (QChar c : decoded) {
            const ushort u = c.unicode();
            if ((u < 0x20 && u != '\t') || u == 0x7f) {
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
            } else if (c == QLatin1Char('\\')) {
                out += QStringLiteral("\\\\");
            } else {
                out += c;
            }
        }
        return out;
    }
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x20 && b < 0x7f && b != '\\')
            out += QLatin1Char(ch);
        else if (b == '\\')
            out += QStringLiteral("\\\\");
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace MailInspect
