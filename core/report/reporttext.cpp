// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace MailInspect::ReportText {

namespace {
// tr() in context "Report", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// English plurals without a loaded translation: Qt's %n only picks forms
// through a translator, and a report must read right without one. The callers
// mark both forms with QT_TRANSLATE_NOOP so that lupdate sees them.
QString plural(int n, const char *one, const char *many)
{
    return n == 1 ? Tr::tr(one) : Tr::tr(many).arg(n);
}

// The verdict's reason: the first error about the connection (a refused
// login has a line of its own, loginOutcome()).
QString firstErrorTitle(const Report &report, int *errorCount)
{
    QString title;
    int count = 0;
    for (const Finding &f : sortedFindings(report)) {
        if (f.severity != Severity::Error || f.topic != FindingTopic::Connection)
            continue;
        if (title.isEmpty())
            title = f.title.isEmpty() ? f.id : f.title;
        ++count;
    }
    if (errorCount)
        *errorCount = count;
    return title;
}

QString failureWithoutFinding(const Report &report)
{
    switch (report.facts.connectOutcome) {
    case ConnectOutcome::NotAttempted:
        return report.facts.cancelled ? Tr::tr("the inspection was cancelled")
                                      : Tr::tr("no connection was attempted");
    case ConnectOutcome::HostNotFound:
        return Tr::tr("the server name does not resolve");
    case ConnectOutcome::Refused:
        return Tr::tr("the connection was refused");
    case ConnectOutcome::Timeout:
        return Tr::tr("the connection timed out");
    case ConnectOutcome::NetworkError:
        return Tr::tr("the connection failed");
    case ConnectOutcome::Connected:
        break;
    }
    if (!report.facts.greetingReceived)
        return Tr::tr("the server did not greet");
    if (report.tls.attempted && !report.tls.established)
        return Tr::tr("the TLS handshake did not complete");
    return Tr::tr("the session did not reach TLS");
}
} // namespace

QString verdictLabel(Report::Verdict verdict)
{
    switch (verdict) {
    case Report::Verdict::Secure:
        return Tr::tr("SECURE");
    case Report::Verdict::Insecure:
        return Tr::tr("INSECURE");
    case Report::Verdict::Failed:
        return Tr::tr("FAILED");
    }
    return {};
}

QString verdictReason(const Report &report)
{
    const Report::Verdict verdict = report.verdict();
    const QString name = report.tls.verifiedName.isEmpty() ? report.host : report.tls.verifiedName;
    if (verdict == Report::Verdict::Secure) {
        return Tr::tr("%1 (%2), trusted certificate for %3")
            .arg(report.tls.protocol, report.tls.cipher, name);
    }
    int errors = 0;
    QString reason = firstErrorTitle(report, &errors);
    if (reason.isEmpty()) {
        if (verdict == Report::Verdict::Failed)
            reason = failureWithoutFinding(report);
        else if (report.security == Security::None || !report.tls.established)
            reason = Tr::tr("plain text only, the connection is not encrypted");
        else if (!report.tls.verified)
            reason = Tr::tr("the certificate could not be verified");
        else
            reason = Tr::tr("see the findings");
    } else if (errors > 1) {
        reason += QLatin1Char(' ')
            + plural(errors - 1, QT_TRANSLATE_NOOP("Report", "(and 1 more problem)"),
                     QT_TRANSLATE_NOOP("Report", "(and %1 more problems)"));
    }
    if (report.tls.established && !report.tls.protocol.isEmpty())
        reason += QStringLiteral("; %1 (%2)").arg(report.tls.protocol, report.tls.cipher);
    return reason;
}

QString verdictSentence(const Report &report)
{
    return QStringLiteral("%1 \u2014 %2")
        .arg(verdictLabel(report.verdict()), verdictReason(report));
}

namespace {
const Finding *firstFinding(const Report &report, FindingTopic topic)
{
    for (const Finding &f : report.findings) {
        if (f.topic == topic && f.severity == Severity::Error)
            return &f;
    }
    for (const Finding &f : report.findings) {
        if (f.topic == topic)
            return &f;
    }
    return nullptr;
}

// The session fills the login object; reports that only have the older
// session facts, or only the timeline, still say how the login went.
LoginFacts::Result loginResult(const Report &report)
{
    if (report.login.result != LoginFacts::Result::Skipped)
        return report.login.result;
    if (report.facts.authAttempted)
        return report.facts.authSucceeded && !report.login.serverProofInvalid
            ? LoginFacts::Result::Ok
            : LoginFacts::Result::Refused;
    if (const Step *step = report.step(StepId::Authenticate))
        return step->status == StepStatus::Ok ? LoginFacts::Result::Ok
                                              : LoginFacts::Result::NotTried;
    if (firstFinding(report, FindingTopic::Login))
        return LoginFacts::Result::NotTried;
    return LoginFacts::Result::Skipped;
}
} // namespace

QString loginOutcome(const Report &report)
{
    const Finding *finding = firstFinding(report, FindingTopic::Login);
    QString why = finding ? (finding->title.isEmpty() ? finding->id : finding->title)
                          : report.login.notTriedReason;
    if (why.isEmpty()) {
        if (const Step *step = report.step(StepId::Authenticate))
            why = step->summary; // "Password not sent: ..."
    }
    const QString mechanism = report.login.mechanism;
    QString outcome;
    switch (loginResult(report)) {
    case LoginFacts::Result::Skipped:
        return {};
    case LoginFacts::Result::Ok:
        outcome = mechanism.isEmpty() ? Tr::tr("ok") : Tr::tr("ok (%1)").arg(mechanism);
        break;
    case LoginFacts::Result::Refused:
        outcome = why.isEmpty() ? Tr::tr("refused") : Tr::tr("refused \u2014 %1").arg(why);
        break;
    case LoginFacts::Result::NotTried:
        outcome = why.isEmpty() ? Tr::tr("not tried") : Tr::tr("not tried \u2014 %1").arg(why);
        break;
    }
    return Tr::tr("Login: %1").arg(outcome);
}

QString accountOutcome(const Report &report)
{
    const AccountFacts &a = report.account;
    QStringList parts;
    if (a.messages >= 0)
        parts << plural(int(std::min<qint64>(a.messages, std::numeric_limits<int>::max())),
                        QT_TRANSLATE_NOOP("Report", "1 message in the inbox"),
                        QT_TRANSLATE_NOOP("Report", "%1 messages in the inbox"));
    if (a.quotaUsage >= 0 && a.quotaLimit > 0)
        parts << Tr::tr("%1 % of the quota used")
                     .arg(qint64(double(a.quotaUsage) * 100.0 / double(a.quotaLimit)));
    // A sender may be refused at RCPT TO (Postfix's smtpd_delay_reject).
    const bool senderRefusedLate
        = a.recipientReply.response.kind == ResponseCode::Kind::SenderNotPermitted;
    if (!a.mailFrom.isEmpty() && a.senderReply.status != ReplyStatus::None)
        parts << (a.senderReply.isPositive() && !senderRefusedLate
                      ? Tr::tr("sender %1 accepted").arg(a.mailFrom)
                      : Tr::tr("sender %1 refused").arg(a.mailFrom));
    if (!a.rcptTo.isEmpty() && a.recipientReply.status != ReplyStatus::None && !senderRefusedLate)
        parts << (a.recipientReply.isPositive() ? Tr::tr("recipient %1 accepted").arg(a.rcptTo)
                                                : Tr::tr("recipient %1 refused").arg(a.rcptTo));
    if (parts.isEmpty()) {
        if (const Finding *f = firstFinding(report, FindingTopic::Account))
            parts << f->title;
    }
    if (parts.isEmpty())
        return {};
    return Tr::tr("After login: %1").arg(parts.join(QStringLiteral(", ")));
}

QList<Finding> sortedFindings(const Report &report)
{
    QList<Finding> out = report.findings;
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    return out;
}

QString toolLine(const Report &report)
{
    const QString version
        = report.toolVersion.isEmpty() ? Tr::tr("(unknown version)") : report.toolVersion;
    const QString backend = report.tlsBackend.isEmpty() ? Tr::tr("unknown") : report.tlsBackend;
    return Tr::tr("mailinspect %1, TLS backend %2").arg(version, backend);
}

QString utcTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString targetAsTyped(const Report &report)
{
    if (!report.targetAsTyped.isEmpty())
        return report.targetAsTyped;
    return QStringLiteral("%1:%2").arg(report.host).arg(report.port);
}

QString targetAsConnected(const Report &report)
{
    QString out = Tr::tr("%1 on %2 port %3, %4")
                      .arg(protocolName(report.protocol), report.host)
                      .arg(report.port)
                      .arg(securityDisplayName(report.security));
    if (!report.connectAddress.isEmpty())
        out += QStringLiteral(", ") + Tr::tr("connected to %1").arg(report.connectAddress);
    else
        out += QStringLiteral(", ") + Tr::tr("not connected");
    return out;
}

QString milliseconds(double ms)
{
    return Tr::tr("%1 ms").arg(ms, 0, 'f', 1);
}

QString stepDuration(const Step &step)
{
    if (step.endMs < 0)
        return Tr::tr("running");
    return milliseconds(std::max(0.0, step.endMs - step.startMs));
}

QString stepStatusMark(StepStatus status)
{
    switch (status) {
    case StepStatus::Running:
        return QStringLiteral("[..]");
    case StepStatus::Ok:
        return Tr::tr("[ok]");
    case StepStatus::Warning:
        return Tr::tr("[warn]");
    case StepStatus::Error:
        return Tr::tr("[FAIL]");
    case StepStatus::Skipped:
        return Tr::tr("[skip]");
    }
    return {};
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tr::tr("error");
    case Severity::Warning:
        return Tr::tr("warning");
    case Severity::Info:
        return Tr::tr("info");
    }
    return {};
}

QString stepStatusWord(StepStatus status)
{
    switch (status) {
    case StepStatus::Running:
        return Tr::tr("running");
    case StepStatus::Ok:
        return Tr::tr("ok");
    case StepStatus::Warning:
        return Tr::tr("warning");
    case StepStatus::Error:
        return Tr::tr("error");
    case StepStatus::Skipped:
        return Tr::tr("skipped");
    }
    return {};
}

QString directionMark(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("C:");
    case Direction::Server:
        return QStringLiteral("S:");
    case Direction::Event:
        return QStringLiteral("*");
    }
    return {};
}

QString certificateValidity(const CertificateInfo &certificate, const QDateTime &at)
{
    const QString from = certificate.notBefore.isValid()
        ? certificate.notBefore.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
        : Tr::tr("?");
    const QString to = certificate.notAfter.isValid()
        ? certificate.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
        : Tr::tr("?");
    QString out = Tr::tr("%1 to %2").arg(from, to);
    if (!at.isValid())
        return out;
    if (certificate.notBefore.isValid() && at < certificate.notBefore) {
        const auto days = at.daysTo(certificate.notBefore);
        out += QStringLiteral(" (")
            + plural(int(days), QT_TRANSLATE_NOOP("Report", "not valid yet, starts in 1 day"),
                     QT_TRANSLATE_NOOP("Report", "not valid yet, starts in %1 days"))
            + QLatin1Char(')');
    } else if (certificate.notAfter.isValid() && certificate.notAfter < at) {
        const auto days = certificate.notAfter.daysTo(at);
        out += QStringLiteral(" (")
            + plural(int(days), QT_TRANSLATE_NOOP("Report", "EXPIRED 1 day ago"),
                     QT_TRANSLATE_NOOP("Report", "EXPIRED %1 days ago"))
            + QLatin1Char(')');
    } else if (certificate.notAfter.isValid()) {
        const auto days = at.daysTo(certificate.notAfter);
        out += QStringLiteral(" (")
            + plural(int(days), QT_TRANSLATE_NOOP("Report", "1 day left"),
                     QT_TRANSLATE_NOOP("Report", "%1 days left"))
            + QLatin1Char(')');
    }
    return out;
}

QStringList fingerprintLines(const QString &sha256)
{
    const QStringList bytes = sha256.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (bytes.size() <= 1)
        return sha256.isEmpty() ? QStringList() : QStringList {sha256};
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += 16)
        lines << bytes.mid(i, 16).join(QLatin1Char(':'));
    return lines;
}

QString trustResult(const Report &report)
{
    if (!report.tls.established && report.tls.chain.isEmpty())
        return Tr::tr("not checked: no certificate was received");
    if (report.tls.trusted)
        return Tr::tr("trusted: the chain leads to a trusted certificate authority");
    QStringList why;
    for (const CertificateProblem &p : report.tls.problems) {
        if (!p.isNameProblem && !why.contains(p.message))
            why << p.message;
    }
    if (why.isEmpty())
        return Tr::tr("not trusted");
    return Tr::tr("not trusted: %1").arg(why.join(QStringLiteral("; ")));
}

QString nameResult(const Report &report)
{
    const QString name = report.tls.verifiedName.isEmpty() ? report.host : report.tls.verifiedName;
    if (!report.tls.established && report.tls.chain.isEmpty())
        return Tr::tr("not checked: no certificate was received");
    if (report.tls.nameMatches)
        return Tr::tr("%1 is in the certificate").arg(name);
    QString out = Tr::tr("%1 is NOT in the certificate").arg(name);
    if (!report.tls.chain.isEmpty()) {
        const CertificateInfo &leaf = report.tls.chain.constFirst();
        QStringList names = leaf.subjectAltNames;
        if (names.isEmpty() && !leaf.commonName.isEmpty())
            names << leaf.commonName;
        if (!names.isEmpty())
            out += QStringLiteral(" (")
                + Tr::tr("it names %1").arg(names.join(QStringLiteral(", "))) + QLatin1Char(')');
    }
    return out;
}

QString tlsStateLine(const Report &report)
{
    if (report.tls.established)
        return {};
    if (!report.tls.attempted) {
        if (report.security == Security::None)
            return Tr::tr("TLS was not used: the security mode is \"None\" (plain text).");
        return Tr::tr("TLS was not reached.");
    }
    if (!report.tls.handshakeError.isEmpty())
        return Tr::tr("The TLS handshake failed: %1").arg(report.tls.handshakeError);
    return Tr::tr("The TLS handshake did not complete.");
}

QString tlsFacts(const Report &report)
{
    if (!report.tls.established)
        return {};
    QStringList parts;
    if (!report.tls.protocol.isEmpty())
        parts << report.tls.protocol;
    if (!report.tls.cipher.isEmpty())
        parts << report.tls.cipher;
    if (!report.tls.keyExchange.isEmpty())
        parts << Tr::tr("key exchange %1").arg(report.tls.keyExchange);
    return parts.join(QStringLiteral(", "));
}

QStringList wrap(const QString &text, int width, const QString &firstIndent,
                 const QString &restIndent)
{
    QStringList lines;
    QString current = firstIndent;
    bool empty = true;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (!empty && current.size() + 1 + word.size() > width) {
            lines << current;
            current = restIndent;
            empty = true;
        }
        // A word longer than a whole line (a long name or token) is cut.
        while (empty && current.size() + word.size() > width && width > current.size() + 1) {
            const qsizetype room = width - current.size();
            lines << current + word.left(room);
            word = word.mid(room);
            current = restIndent;
        }
        if (!empty)
            current += QLatin1Char(' ');
        current += word;
        empty = false;
    }
    if (!empty || lines.isEmpty())
        lines << current;
    return lines;
}

QStringList transcriptLines(const Report &report)
{
    QStringList out;
    for (const TranscriptEvent &e : report.transcript) {
        QString mark = directionMark(e.direction);
        if (e.tls)
            mark += QStringLiteral(" [tls]");
        QString line = milliseconds(e.tMs).rightJustified(10) + QStringLiteral("  ")
            + mark.leftJustified(8) + QStringLiteral("  ") + e.text;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line;
    }
    return out;
}

QString chainPem(const Report &report)
{
    QString out;
    for (const CertificateInfo &c : report.tls.chain) {
        QString pem = QString::fromLatin1(c.pem).trimmed();
        if (pem.isEmpty())
            continue;
        out += pem + QLatin1Char('\n');
    }
    return out;
}

} // namespace MailInspect::ReportText
