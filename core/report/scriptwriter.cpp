// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptwriter.h"

#include "untrustedtext.h"

#include "reporttext.h"

#include <algorithm>
#include <cmath>

namespace MailInspect {

namespace {

const QLatin1String redactedMarker("<redacted>");

// Script lines are single lines: anything that could break one is flattened.
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

// The transcript's own escapes (\xNN and \\) are also !raw's; any other
// backslash (a report edited by hand) is doubled, so !raw reads it as itself.
QString rawText(const QString &text)
{
    auto isHex = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
    };
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        out += text.at(i);
        if (text.at(i) != QLatin1Char('\\'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\\')) {
            out += text.at(++i);
        } else if (!(i + 3 < text.size() && text.at(i + 1) == QLatin1Char('x')
                     && isHex(text.at(i + 2)) && isHex(text.at(i + 3)))) {
            out += QLatin1Char('\\');
        }
    }
    return out;
}

// A client line becomes a pattern: exact text, except that what the report
// could not show (a redacted secret, an escaped control byte) matches anything.
QString clientPattern(const Report &report, const QString &text)
{
    QString pattern;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.mid(i, redactedMarker.size()) == redactedMarker) {
            pattern += QLatin1Char('*');
            i += redactedMarker.size() - 1;
        } else if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            if (text.at(i + 1) == QLatin1Char('x')) {
                pattern += QLatin1Char('*');
                i += 3;
            } else {
                pattern += text.at(i + 1);
                ++i;
            }
        } else {
            pattern += text.at(i);
        }
    }
    // IMAP tags are the client's choice; the replay answers with ${tag}.
    if (report.protocol == Protocol::Imap) {
        const qsizetype space = pattern.indexOf(QLatin1Char(' '));
        if (space > 0)
            pattern = QLatin1Char('*') + pattern.mid(space);
    }
    while (pattern.contains(QStringLiteral("**")))
        pattern.replace(QStringLiteral("**"), QStringLiteral("*"));
    return pattern;
}

QString firstWord(const QString &line)
{
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    return space < 0 ? line : line.left(space);
}

class ScriptWriter
{
public:
    ScriptWriter(const Report &report, const ScriptOptions &options)
        : m_report(report)
        , m_options(options)
        , m_certificate(options.certificate.isEmpty() ? scriptCertificateFor(report)
                                                      : options.certificate)
    { }

    QString write()
    {
        header();
        const bool reachedServer = m_report.facts.connectOutcome == ConnectOutcome::Connected;
        if (!reachedServer) {
            m_out << QStringLiteral("# The connection never reached a server (%1): a script "
                                    "cannot replay that.")
                         .arg(connectOutcomeText());
            return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        // A wrong security mode: the main connection understood nothing, the
        // follow-up in the other mode talked to the same server. That dialogue
        // is the server's real one, and replayed to both connections it
        // reproduces both.
        const bool fromModeCheck = m_report.facts.modeCheckRan && m_report.facts.modeCheckSucceeded
            && !mainConnectionHeardServer();
        const Security security
            = fromModeCheck ? m_report.facts.modeCheckSecurity : m_report.security;
        if (fromModeCheck)
            m_out << QStringLiteral("# The dialogue of the follow-up attempt in the other "
                                    "security mode (%1):")
                         .arg(securityName(security));
        // Implicit TLS: the certificate (or at least a handshake) came first.
        if (!fromModeCheck && security == Security::ImplicitTls
            && (m_report.tls.established || !m_report.tls.chain.isEmpty()))
            startTls();

        double previous = -1;
        for (const TranscriptEvent &e : m_report.transcript) {
            if (isModeCheck(e) != fromModeCheck)
                continue;
            if (e.tls && !m_tlsStarted)
                startTls();
            switch (e.direction) {
            case Direction::Event:
                m_out << QStringLiteral("# [%1] %2")
                             .arg(ReportText::milliseconds(e.tMs), oneLine(e.text));
                break;
            case Direction::Server:
                // A pause longer than !delay's maximum (an hour) is played as the maximum.
                if (previous >= 0 && e.tMs - previous > m_options.delayThresholdMs)
                    m_out << QStringLiteral("!delay %1")
                                 .arg(std::lround(std::min(e.tMs - previous, 3600.0 * 1000)));
                server(e.text, e.unterminated);
                break;
            case Direction::Client:
                m_out << QStringLiteral("C: ") + clientPattern(m_report, oneLine(e.text));
                m_lastClientTag = firstWord(e.text);
                break;
            }
            previous = e.tMs;
        }
        if (!fromModeCheck)
            ending();
        return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    // How the server's side ended, from the typed facts.
    void ending()
    {
        // The handshake was tried but nothing travelled inside TLS (it failed,
        // or the client stopped right after it): the server still starts TLS.
        if (!m_tlsStarted && m_report.tls.attempted && m_report.security != Security::None
            && (m_report.security == Security::ImplicitTls || m_report.facts.starttlsAccepted))
            startTls();
        const Step *quit = m_report.step(StepId::Quit);
        const bool quitClean = m_report.facts.quitSent && quit && quit->status == StepStatus::Ok;
        if (m_report.facts.greetingTimedOut && !m_report.facts.greetingReceived)
            m_out << QStringLiteral("!silence");
        else if (m_report.facts.closedByServer || quitClean)
            m_out << QStringLiteral("!close");
        // Otherwise the script just ends: the scripted server then waits for
        // the client to go away, which is what a server that stopped talking does.
    }

    bool mainConnectionHeardServer() const
    {
        for (const TranscriptEvent &e : m_report.transcript) {
            if (e.direction == Direction::Server && !isModeCheck(e))
                return true;
        }
        return false;
    }

    void header()
    {
        m_out
            << QStringLiteral("# mailinspect transcript as a scripted-server dialogue")
            << QStringLiteral("# target: %1 (%2)")
                   .arg(oneLine(ReportText::targetAsTyped(m_report)),
                        oneLine(ReportText::targetAsConnected(m_report)))
            << QStringLiteral("# recorded: %1 by %2")
                   .arg(ReportText::utcTime(m_report.started),
                        oneLine(ReportText::toolLine(m_report)))
            << QStringLiteral("# verdict: %1").arg(oneLine(ReportText::verdictSentence(m_report)));
        QStringList ids;
        for (const Finding &f : ReportText::sortedFindings(m_report))
            ids << f.id;
        if (!ids.isEmpty())
            m_out << QStringLiteral("# findings: %1").arg(oneLine(ids.join(QStringLiteral(", "))));
        m_out << QStringLiteral("# protocol: %1, security: %2")
                     .arg(protocolName(m_report.protocol), securityName(m_report.security))
              << QStringLiteral("# C: lines use * where the report hid a secret or a tag.")
              << QString();
    }

    QString connectOutcomeText() const
    {
        switch (m_report.facts.connectOutcome) {
        case ConnectOutcome::NotAttempted:
            return QStringLiteral("not attempted");
        case ConnectOutcome::HostNotFound:
            return QStringLiteral("host not found");
        case ConnectOutcome::Refused:
            return QStringLiteral("connection refused");
        case ConnectOutcome::Timeout:
            return QStringLiteral("connection timed out");
        case ConnectOutcome::NetworkError:
            return QStringLiteral("network error");
        case ConnectOutcome::Connected:
            break;
        }
        return QStringLiteral("connected");
    }

    bool isModeCheck(const TranscriptEvent &e) const
    {
        return e.stepIndex >= 0 && e.stepIndex < m_report.steps.size()
            && m_report.steps.at(e.stepIndex).id == StepId::ModeCheck;
    }

    void startTls()
    {
        m_out << QStringLiteral("!tls %1").arg(m_certificate);
        m_tlsStarted = true;
    }

    void server(const QString &recorded, bool unterminated)
    {
        // A report read from a file may carry any text; a script line stays one.
        const QString text = oneLine(recorded);
        // Bytes that never got their line end replay without one.
        if (unterminated) {
            m_out << QStringLiteral("!raw ") + rawText(text);
            return;
        }
        // The transcript escapes bytes it cannot show as \xNN (and a backslash
        // as \\); !raw reads exactly those escapes back.
        if (text.contains(QLatin1Char('\\'))) {
            m_out << QStringLiteral("!raw ") + rawText(text) + QStringLiteral("\\r\\n");
            return;
        }
        QString line = text;
        if (m_report.protocol == Protocol::Imap && !m_lastClientTag.isEmpty()
            && line.startsWith(m_lastClientTag + QLatin1Char(' ')))
            line = QStringLiteral("${tag}") + line.mid(m_lastClientTag.size());
        m_out << QStringLiteral("S: ") + line;
    }

    const Report &m_report;
    const ScriptOptions &m_options;
    const QString m_certificate;
    QStringList m_out;
    QString m_lastClientTag;
    bool m_tlsStarted = false;
};

} // namespace

QString scriptCertificateFor(const Report &report)
{
    static const struct
    {
        const char *finding;
        const char *certificate;
    } map[] = {
        {"certificate-expired", "expired"},
        {"certificate-not-yet-valid", "notyetvalid"},
        {"certificate-name-mismatch", "wrongname"},
        {"certificate-chain-incomplete", "nointermediate"},
        {"certificate-untrusted", "selfsigned"},
    };
    for (const auto &m : map) {
        for (const Finding &f : report.findings) {
            if (f.id == QLatin1String(m.finding))
                return QString::fromLatin1(m.certificate);
        }
    }
    return QStringLiteral("good");
}

QString writeScript(const Report &report, const ScriptOptions &options)
{
    // The script sink's escaper: a script is read by people and by terminals
    // too; bytes a server sent are in it as \xNN, never as themselves.
    QStringList lines = ScriptWriter(report, options).write().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = visibleText(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace MailInspect
