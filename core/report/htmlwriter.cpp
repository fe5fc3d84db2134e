// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlwriter.h"

#include "reporttext.h"
#include "untrustedtext.h"

#include <QCoreApplication>

namespace MailInspect {

namespace {

// Escapes for element text and attribute values. Control characters are not
// allowed in XML at all, so they are shown the way the transcript shows bytes.
QString h(const QString &raw)
{
    // Hidden characters are shown first (visibleText keeps no line breaks,
    // so multi-line text is escaped line by line), then markup is escaped.
    const QString text = visibleLines(raw);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7f || u == 0xfffe || u == 0xffff)
                out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString verdictClass(Report::Verdict verdict)
{
    return verdictName(verdict);
}

QString statusClass(StepStatus status)
{
    return stepStatusName(status);
}

// Kept to properties QTextDocument understands too, so the PDF (rendered from
// this page) looks like the browser's print.
const char styleSheet[] = R"(
body { font-family: sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 16pt; margin-bottom: 0.3em; }
h2 { font-size: 13pt; margin-top: 1.2em; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin-bottom: 0.2em; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { text-align: left; vertical-align: top; padding: 2px 8px 2px 0; }
th { font-weight: bold; white-space: nowrap; }
code, pre, .mono { font-family: monospace; font-size: 9pt; }
pre { white-space: pre-wrap; background-color: #f4f4f4; padding: 4px; }
.verdict { font-size: 13pt; font-weight: bold; padding: 6px; }
.verdict.secure { background-color: #dff0d8; color: #1e5b1e; }
.verdict.insecure { background-color: #fcf3cf; color: #6b4e00; }
.verdict.failed { background-color: #f8d7da; color: #7a1620; }
.sev-error, .st-error { color: #b00020; font-weight: bold; }
.sev-warning, .st-warning { color: #8a5a00; font-weight: bold; }
.sev-info { color: #1f4e8c; font-weight: bold; }
.st-ok { color: #1e6b1e; }
.st-skipped, .st-running, .event { color: #666666; }
.finding { margin-bottom: 0.8em; }
.fix { margin-top: 0.2em; }
.num { text-align: right; white-space: nowrap; }
.name { white-space: nowrap; }
.client { color: #0b5394; }
.tls { color: #1e6b1e; }
.transcript td { padding-top: 0; padding-bottom: 0; }
@media print { h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
)";

class HtmlWriter
{
    // tr() in context "Report", in a form lupdate reads (it cannot see through a free helper).
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    HtmlWriter(const Report &report, bool pemAppendix)
        : m_r(report)
        , m_pem(pemAppendix)
    { }

    QString write()
    {
        const QString title = tr("Mail connection report: %1").arg(ReportText::targetAsTyped(m_r));
        m_out << QStringLiteral("<!DOCTYPE html>") << QStringLiteral("<html lang=\"en\">")
              << QStringLiteral("<head>") << QStringLiteral("<meta charset=\"utf-8\"/>")
              << QStringLiteral("<meta name=\"generator\" content=\"mailinspect %1\"/>")
                     .arg(h(m_r.toolVersion))
              << QStringLiteral("<title>%1</title>").arg(h(title))
              << QStringLiteral("<style>") + QString::fromLatin1(styleSheet)
                + QStringLiteral("</style>")
              << QStringLiteral("</head>") << QStringLiteral("<body>")
              << QStringLiteral("<h1>%1</h1>").arg(h(title));
        verdict();
        context();
        findings();
        steps();
        transcript();
        tls();
        if (m_pem)
            pem();
        m_out << QStringLiteral("</body>") << QStringLiteral("</html>");
        return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    void verdict()
    {
        const Report::Verdict v = m_r.verdict();
        m_out << QStringLiteral("<p class=\"verdict %1\">%2 \u2014 %3</p>")
                     .arg(verdictClass(v), h(ReportText::verdictLabel(v)),
                          h(ReportText::verdictReason(m_r)));
        for (const QString &line :
             {ReportText::loginOutcome(m_r), ReportText::accountOutcome(m_r)}) {
            if (!line.isEmpty())
                m_out << QStringLiteral("<p class=\"outcome\">%1</p>").arg(h(line));
        }
    }

    void row(const QString &label, const QString &valueHtml)
    {
        m_out << QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(h(label), valueHtml);
    }

    void context()
    {
        m_out << QStringLiteral("<table class=\"facts\">");
        row(tr("Tool"), h(ReportText::toolLine(m_r)));
        row(tr("Time"),
            h(ReportText::utcTime(m_r.started) + QStringLiteral(" (")
              + tr("took %1").arg(ReportText::milliseconds(m_r.durationMs)) + QLatin1Char(')')));
        row(tr("Target as typed"),
            QStringLiteral("<code>%1</code>").arg(h(ReportText::targetAsTyped(m_r))));
        row(tr("Target as connected"), h(ReportText::targetAsConnected(m_r)));
        if (!m_r.requestedConnectAddress.isEmpty())
            row(tr("Connect address given"),
                QStringLiteral("<code>%1</code>").arg(h(m_r.requestedConnectAddress)));
        m_out << QStringLiteral("</table>");
    }

    void findings()
    {
        m_out << QStringLiteral("<h2>%1</h2>").arg(h(tr("Findings")));
        const QList<Finding> list = ReportText::sortedFindings(m_r);
        if (list.isEmpty()) {
            m_out << QStringLiteral("<p>%1</p>").arg(h(tr("No problems found.")));
            return;
        }
        for (const Finding &f : list) {
            const QString sev = severityName(f.severity);
            m_out << QStringLiteral("<div class=\"finding %1\">").arg(sev)
                  << QStringLiteral("<h3><span class=\"sev-%1\">%2:</span> %3 "
                                    "<code>%4</code></h3>")
                         .arg(sev, h(ReportText::severityDisplayName(f.severity).toUpper()),
                              h(f.title), h(f.id));
            if (!f.explanation.isEmpty())
                m_out << QStringLiteral("<p>%1</p>").arg(h(f.explanation));
            if (!f.fix.isEmpty())
                m_out << QStringLiteral("<p class=\"fix\"><b>%1</b> %2</p>")
                             .arg(h(tr("Fix:")), h(f.fix));
            m_out << QStringLiteral("<p class=\"event\">%1</p>")
                         .arg(h(tr("Step: %1").arg(stepDisplayName(f.step))))
                  << QStringLiteral("</div>");
        }
    }

    void steps()
    {
        m_out << QStringLiteral("<h2>%1</h2>").arg(h(tr("Steps")))
              << QStringLiteral("<table class=\"steps\" width=\"100%\">")
              << QStringLiteral("<thead><tr><th>%1</th><th>%2</th><th class=\"num\">%3</th>"
                                "<th class=\"num\">%4</th><th>%5</th></tr></thead>")
                     .arg(h(tr("Status")), h(tr("Step")), h(tr("Start")), h(tr("Duration")),
                          h(tr("Summary")))
              << QStringLiteral("<tbody>");
        for (const Step &s : m_r.steps) {
            m_out << QStringLiteral("<tr><td class=\"st-%1\">%2</td><td class=\"name\">%3</td>"
                                    "<td class=\"num\">%4</td><td class=\"num\">%5</td>"
                                    "<td>%6</td></tr>")
                         .arg(statusClass(s.status), h(ReportText::stepStatusWord(s.status)),
                              h(stepDisplayName(s.id)), h(ReportText::milliseconds(s.startMs)),
                              h(ReportText::stepDuration(s)), h(s.summary));
        }
        m_out << QStringLiteral("</tbody>") << QStringLiteral("</table>");
    }

    void transcript()
    {
        m_out << QStringLiteral("<h2>%1</h2>").arg(h(tr("Transcript")))
              << QStringLiteral("<p class=\"event\">%1</p>")
                     .arg(h(tr("C: sent by mailinspect, S: sent by the server, * event, "
                               "[tls] inside TLS; times from the start.")));
        if (m_r.transcript.isEmpty()) {
            m_out << QStringLiteral("<p>%1</p>").arg(h(tr("(empty)")));
            return;
        }
        m_out << QStringLiteral("<table class=\"transcript mono\" width=\"100%\">")
              << QStringLiteral("<tbody>");
        for (const TranscriptEvent &e : m_r.transcript) {
            const QString cls = e.direction == Direction::Client ? QStringLiteral("client")
                : e.direction == Direction::Event                ? QStringLiteral("event")
                                                                 : QStringLiteral("server");
            m_out << QStringLiteral("<tr class=\"%1\"><td class=\"num mono\">%2</td>"
                                    "<td class=\"mono\">%3</td><td class=\"tls mono\">%4</td>"
                                    "<td class=\"mono %1\">%5</td></tr>")
                         .arg(cls, h(ReportText::milliseconds(e.tMs)),
                              h(ReportText::directionMark(e.direction)),
                              e.tls ? QStringLiteral("[tls]") : QString(), h(e.text));
        }
        m_out << QStringLiteral("</tbody>") << QStringLiteral("</table>");
    }

    void tls()
    {
        m_out << QStringLiteral("<h2>%1</h2>").arg(h(tr("TLS and certificate")));
        const QString state = ReportText::tlsStateLine(m_r);
        if (!state.isEmpty())
            m_out << QStringLiteral("<p>%1</p>").arg(h(state));
        QStringList rows;
        auto add = [&rows](const QString &label, const QString &valueHtml) {
            rows << QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(h(label), valueHtml);
        };
        const QString facts = ReportText::tlsFacts(m_r);
        if (!facts.isEmpty())
            add(tr("Session"), h(facts));
        if (!m_r.tls.sni.isEmpty())
            add(tr("SNI"), QStringLiteral("<code>%1</code>").arg(h(m_r.tls.sni)));
        for (const QString &a : m_r.tls.alertsSent)
            add(tr("Alert sent"), h(a));
        for (const QString &a : m_r.tls.alertsReceived)
            add(tr("Alert received"), h(a));
        if (!m_r.capabilitiesBeforeTls.isEmpty())
            add(tr("Capabilities before TLS"),
                QStringLiteral("<code>%1</code>")
                    .arg(h(m_r.capabilitiesBeforeTls.join(QLatin1Char(' ')))));
        if (!m_r.capabilitiesAfterTls.isEmpty())
            add(tr("Capabilities after TLS"),
                QStringLiteral("<code>%1</code>")
                    .arg(h(m_r.capabilitiesAfterTls.join(QLatin1Char(' ')))));
        if (!rows.isEmpty())
            m_out << QStringLiteral("<table class=\"facts\">") << rows
                  << QStringLiteral("</table>");

        if (!m_r.tls.chain.isEmpty()) {
            m_out << QStringLiteral("<h3>%1</h3>")
                         .arg(h(tr("Certificate chain (as the server sent it)")));
            for (qsizetype i = 0; i < m_r.tls.chain.size(); ++i)
                certificate(int(i), m_r.tls.chain.at(i));
        }
        if (m_r.tls.attempted || !m_r.tls.chain.isEmpty()) {
            m_out << QStringLiteral("<h3>%1</h3>").arg(h(tr("Verification")))
                  << QStringLiteral("<table class=\"facts\">");
            row(tr("Trust"),
                QStringLiteral("<span class=\"%1\">%2</span>")
                    .arg(m_r.tls.trusted ? QStringLiteral("st-ok") : QStringLiteral("st-error"),
                         h(ReportText::trustResult(m_r))));
            row(tr("Name"),
                QStringLiteral("<span class=\"%1\">%2</span>")
                    .arg(m_r.tls.nameMatches ? QStringLiteral("st-ok") : QStringLiteral("st-error"),
                         h(ReportText::nameResult(m_r))));
            m_out << QStringLiteral("</table>");
        }
    }

    void certificate(int index, const CertificateInfo &c)
    {
        m_out << QStringLiteral("<p><b>%1. %2</b></p>").arg(index + 1).arg(h(c.subject))
              << QStringLiteral("<table class=\"facts certificate\">");
        QString issuer = h(c.issuer);
        if (c.selfSigned)
            issuer += QStringLiteral(" (") + h(tr("self-signed")) + QLatin1Char(')');
        row(tr("Issuer"), issuer);
        row(tr("Valid"), h(ReportText::certificateValidity(c, m_r.started)));
        row(tr("Names"),
            c.subjectAltNames.isEmpty() ? h(tr("(none)"))
                                        : h(c.subjectAltNames.join(QStringLiteral(", "))));
        row(tr("Key"), h(c.publicKey));
        row(tr("SHA-256"),
            QStringLiteral("<code>%1</code>")
                .arg(h(ReportText::fingerprintLines(c.sha256).join(QLatin1Char('\n')))
                         .replace(QLatin1Char('\n'), QStringLiteral("<br/>"))));
        m_out << QStringLiteral("</table>");
    }

    void pem()
    {
        const QString text = ReportText::chainPem(m_r);
        if (text.isEmpty())
            return;
        m_out << QStringLiteral("<h2>%1</h2>").arg(h(tr("Appendix: certificate chain (PEM)")))
              << QStringLiteral("<pre>%1</pre>").arg(h(text.trimmed()));
    }

    const Report &m_r;
    const bool m_pem;
    QStringList m_out;
};

} // namespace

QString writeHtml(const Report &report, bool pemAppendix)
{
    return HtmlWriter(report, pemAppendix).write();
}

} // namespace MailInspect
