// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownwriter.h"

#include "reporttext.h"
#include "untrustedtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace MailInspect {

namespace {

// tr() in context "Report", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString code(const QString &text);

// A word GitHub-style renderers would turn into a link (a URL, www.…, an
// e-mail or xmpp address) even with its punctuation escaped; only inside a code
// span is it left alone.
bool linkable(const QString &word)
{
    return word.contains(QLatin1Char('@')) || word.contains(QLatin1String("://"))
        || word.contains(QLatin1String("www."), Qt::CaseInsensitive)
        || word.contains(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

// Inline text, the Markdown sink's escaper: hidden characters shown, line
// breaks flattened so a value never ends a table row or a list item, markup
// characters escaped, and words that would become links set as code.
QString md(const QString &raw)
{
    QString text = raw;
    text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    text = visibleText(text);
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (linkable(word)) {
            word = code(word);
            continue;
        }
        QString out;
        out.reserve(word.size());
        for (QChar c : word) {
            if (QStringLiteral("\\`*_[]<>|#~!&").contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
        word = out;
    }
    return words.join(QLatin1Char(' '));
}

// Inline code survives any text: the fence is longer than any backtick run in it.
QString code(const QString &raw)
{
    const QString text = visibleText(QString(raw).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'));
    QString body = text;
    body.replace(QLatin1Char('\n'), QLatin1Char(' '));
    body.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return pad ? fence + QLatin1Char(' ') + body + QLatin1Char(' ') + fence : fence + body + fence;
}

QStringList codeBlock(const QStringList &rawLines)
{
    QStringList lines;
    for (const QString &line : rawLines)
        lines << visibleText(line);
    int longest = 0;
    for (const QString &line : lines) {
        int run = 0;
        for (QChar c : line) {
            run = c == QLatin1Char('`') ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    QStringList out;
    out << fence + QStringLiteral("text");
    out << lines;
    out << fence;
    return out;
}

// The step's status word, in bold where it needs attention.
QString statusWord(StepStatus status)
{
    const QString word = ReportText::stepStatusWord(status);
    return status == StepStatus::Warning || status == StepStatus::Error
        ? QStringLiteral("**") + word + QStringLiteral("**")
        : word;
}

} // namespace

QString writeMarkdown(const Report &report, bool pemAppendix)
{
    QStringList out;
    out << QStringLiteral("# ")
            + Tr::tr("Mail connection report: %1").arg(md(ReportText::targetAsTyped(report)))
        << QString()
        << QStringLiteral("**") + md(ReportText::verdictSentence(report)) + QStringLiteral("**")
        << QString();
    for (const QString &line :
         {ReportText::loginOutcome(report), ReportText::accountOutcome(report)}) {
        if (!line.isEmpty())
            out << md(line) << QString();
    }

    out << QStringLiteral("| | |") << QStringLiteral("|---|---|");
    auto row = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("| %1 | %2 |").arg(label, value);
    };
    row(Tr::tr("Tool"), md(ReportText::toolLine(report)));
    row(Tr::tr("Time"),
        md(ReportText::utcTime(report.started)) + QStringLiteral(" (")
            + Tr::tr("took %1").arg(ReportText::milliseconds(report.durationMs))
            + QLatin1Char(')'));
    row(Tr::tr("Target as typed"), code(ReportText::targetAsTyped(report)));
    row(Tr::tr("Target as connected"), md(ReportText::targetAsConnected(report)));
    if (!report.requestedConnectAddress.isEmpty())
        row(Tr::tr("Connect address given"), code(report.requestedConnectAddress));

    out << QString() << QStringLiteral("## ") + Tr::tr("Findings") << QString();
    const QList<Finding> findings = ReportText::sortedFindings(report);
    if (findings.isEmpty())
        out << Tr::tr("No problems found.") << QString();
    for (const Finding &f : findings) {
        out << QStringLiteral("### %1: %2 (%3)")
                   .arg(ReportText::severityDisplayName(f.severity).toUpper(), md(f.title),
                        code(f.id))
            << QString();
        if (!f.explanation.isEmpty())
            out << md(f.explanation) << QString();
        if (!f.fix.isEmpty())
            out << QStringLiteral("**") + Tr::tr("Fix:") + QStringLiteral("** ") + md(f.fix)
                << QString();
        out << QStringLiteral("*") + Tr::tr("Step: %1").arg(md(stepDisplayName(f.step)))
                + QStringLiteral("*")
            << QString();
    }

    out << QStringLiteral("## ") + Tr::tr("Steps") << QString();
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
               .arg(Tr::tr("Status"), Tr::tr("Step"), Tr::tr("Start"), Tr::tr("Duration"),
                    Tr::tr("Summary"))
        << QStringLiteral("|---|---|---:|---:|---|");
    for (const Step &s : report.steps) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                   .arg(statusWord(s.status), md(stepDisplayName(s.id)),
                        ReportText::milliseconds(s.startMs), ReportText::stepDuration(s),
                        md(s.summary));
    }

    out << QString() << QStringLiteral("## ") + Tr::tr("Transcript") << QString()
        << Tr::tr("`C:` sent by mailinspect, `S:` sent by the server, `*` event, `[tls]` inside "
                  "TLS; times from the start.")
        << QString();
    QStringList transcript = ReportText::transcriptLines(report);
    if (transcript.isEmpty())
        transcript << Tr::tr("(empty)");
    out << codeBlock(transcript);

    out << QString() << QStringLiteral("## ") + Tr::tr("TLS and certificate") << QString();
    const QString state = ReportText::tlsStateLine(report);
    if (!state.isEmpty())
        out << md(state) << QString();
    auto item = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("- **%1:** %2").arg(label, value);
    };
    const QString facts = ReportText::tlsFacts(report);
    if (!facts.isEmpty())
        item(Tr::tr("Session"), md(facts));
    if (!report.tls.sni.isEmpty())
        item(Tr::tr("SNI"), code(report.tls.sni));
    for (const QString &a : report.tls.alertsSent)
        item(Tr::tr("Alert sent"), md(a));
    for (const QString &a : report.tls.alertsReceived)
        item(Tr::tr("Alert received"), md(a));
    auto capabilityList = [](const QStringList &caps) {
        QStringList coded;
        for (const QString &c : caps)
            coded << code(c);
        return coded.join(QLatin1Char(' '));
    };
    if (!report.capabilitiesBeforeTls.isEmpty())
        item(Tr::tr("Capabilities before TLS"), capabilityList(report.capabilitiesBeforeTls));
    if (!report.capabilitiesAfterTls.isEmpty())
        item(Tr::tr("Capabilities after TLS"), capabilityList(report.capabilitiesAfterTls));
    if (!facts.isEmpty() || !report.tls.sni.isEmpty() || !report.capabilitiesBeforeTls.isEmpty()
        || !report.capabilitiesAfterTls.isEmpty())
        out << QString();

    if (!report.tls.chain.isEmpty()) {
        out << QStringLiteral("### ") + Tr::tr("Certificate chain (as the server sent it)")
            << QString();
        for (qsizetype i = 0; i < report.tls.chain.size(); ++i) {
            const CertificateInfo &c = report.tls.chain.at(i);
            out << QStringLiteral("%1. **%2**").arg(i + 1).arg(md(c.subject));
            QString issuer = md(c.issuer);
            if (c.selfSigned)
                issuer += QStringLiteral(" (") + Tr::tr("self-signed") + QLatin1Char(')');
            out << QStringLiteral("   - ") + Tr::tr("Issuer: %1").arg(issuer)
                << QStringLiteral("   - ")
                    + Tr::tr("Valid: %1")
                          .arg(md(ReportText::certificateValidity(c, report.started)))
                << QStringLiteral("   - ")
                    + Tr::tr("Names: %1")
                          .arg(c.subjectAltNames.isEmpty()
                                   ? Tr::tr("(none)")
                                   : md(c.subjectAltNames.join(QStringLiteral(", "))))
                << QStringLiteral("   - ") + Tr::tr("Key: %1").arg(md(c.publicKey))
                << QStringLiteral("   - ") + Tr::tr("SHA-256: %1").arg(code(c.sha256));
        }
        out << QString();
    }
    if (report.tls.attempted || !report.tls.chain.isEmpty()) {
        out << QStringLiteral("### ") + Tr::tr("Verification") << QString();
        item(Tr::tr("Trust"), md(ReportText::trustResult(report)));
        item(Tr::tr("Name"), md(ReportText::nameResult(report)));
        out << QString();
    }

    const QString pem = ReportText::chainPem(report);
    if (pemAppendix && !pem.isEmpty()) {
        out << QStringLiteral("## ") + Tr::tr("Appendix: certificate chain (PEM)") << QString();
        out << codeBlock(pem.trimmed().split(QLatin1Char('\n')));
        out << QString();
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    // Last net: no line of the document carries a hidden character.
    for (QString &line : out)
        line = visibleText(line);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace MailInspect
