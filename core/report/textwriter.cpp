// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwriter.h"

#include "reporttext.h"

#include "untrustedtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace MailInspect {

namespace {

enum class Tone { Plain, Bold, Good, Warn, Bad, Dim, Client, Secure };

// Columns of the step and transcript tables.
constexpr int stepMarkWidth = 7;
constexpr int stepNameWidth = 24;
constexpr int durationWidth = 10;
constexpr int timeWidth = 10;
constexpr int markWidth = 8;

class TextWriter
{
    // tr() in context "Report", in a form lupdate reads (it cannot see through a free helper).
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    TextWriter(const Report &report, const TextOptions &options)
        : m_report(neutralised(report))
        , m_options(options)
        , m_width(std::max(options.width, 40))
    { }

    QString write()
    {
        verdict();
        context();
        findings();
        steps();
        transcript();
        tls();
        if (m_options.pemAppendix)
            pem();
        // The sink's escaper: every line, whatever field it came from, is
        // shown visibly; only the colours paint() added pass as themselves.
        for (QString &line : m_lines)
            line = m_options.color ? terminalLine(line) : visibleText(line);
        return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    static Report neutralised(const Report &report)
    {
        Report copy = report;
        neutraliseReport(copy);
        return copy;
    }

    // Escapes hidden characters in one output line, except the exact colour
    // sequences paint() writes (a server could not use them to move the
    // cursor, retitle the terminal, hide text or draw a link).
    static QString terminalLine(const QString &line)
    {
        static const QRegularExpression ours(
            QStringLiteral("\x1b\\[(?:0|1|2|32|1;32|33|1;31|36)m"));
        if (isVisibleText(line))
            return line;
        QString out;
        qsizetype from = 0;
        for (auto it = ours.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += visibleText(QStringView(line).mid(from, m.capturedStart() - from));
            out += m.captured();
            from = m.capturedEnd();
        }
        out += visibleText(QStringView(line).mid(from));
        return out;
    }

    // Colour is applied after layout, so widths never count escape codes.
    QString paint(const QString &text, Tone tone) const
    {
        if (!m_options.color || tone == Tone::Plain || text.isEmpty())
            return text;
        const char *code = "";
        switch (tone) {
        case Tone::Plain:
            break;
        case Tone::Bold:
            code = "1";
            break;
        case Tone::Good:
            code = "32";
            break;
        case Tone::Secure:
            code = "1;32";
            break;
        case Tone::Warn:
            code = "33";
            break;
        case Tone::Bad:
            code = "1;31";
            break;
        case Tone::Dim:
            code = "2";
            break;
        case Tone::Client:
            code = "36";
            break;
        }
        return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), visibleText(text));
    }

    static Tone verdictTone(Report::Verdict verdict)
    {
        switch (verdict) {
        case Report::Verdict::Secure:
            return Tone::Secure;
        case Report::Verdict::Insecure:
            return Tone::Warn;
        case Report::Verdict::Failed:
            return Tone::Bad;
        }
        return Tone::Plain;
    }

    static Tone severityTone(Severity severity)
    {
        switch (severity) {
        case Severity::Error:
            return Tone::Bad;
        case Severity::Warning:
            return Tone::Warn;
        case Severity::Info:
            return Tone::Plain;
        }
        return Tone::Plain;
    }

    static Tone statusTone(StepStatus status)
    {
        switch (status) {
        case StepStatus::Ok:
            return Tone::Good;
        case StepStatus::Warning:
            return Tone::Warn;
        case StepStatus::Error:
            return Tone::Bad;
        case StepStatus::Running:
        case StepStatus::Skipped:
            return Tone::Dim;
        }
        return Tone::Plain;
    }

    void heading(const QString &title) { m_lines << QString() << paint(title, Tone::Bold); }

    void add(const QStringList &lines, Tone tone = Tone::Plain)
    {
        for (const QString &line : lines)
            m_lines << paint(line, tone);
    }

    // "  Label:   value" with the value wrapped under itself.
    void labelled(const QString &label, const QString &value, int labelWidth)
    {
        const QString first
            = QStringLiteral("  ") + (label + QLatin1Char(':')).leftJustified(labelWidth + 2);
        add(ReportText::wrap(value, m_width, first, QString(first.size(), QLatin1Char(' '))));
    }

    static int widest(const QStringList &labels)
    {
        int w = 0;
        for (const QString &l : labels)
            w = std::max(w, int(l.size()));
        return w;
    }

    void verdict()
    {
        const Report::Verdict v = m_report.verdict();
        const QString label = ReportText::verdictLabel(v);
        const QStringList lines = ReportText::wrap(ReportText::verdictSentence(m_report), m_width,
                                                   QString(), QStringLiteral("    "));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == 0 && lines.at(0).startsWith(label))
                m_lines << paint(label, verdictTone(v))
                        + paint(lines.at(0).mid(label.size()), Tone::Bold);
            else
                m_lines << paint(lines.at(i), Tone::Bold);
        }
        // The login and the account have lines of their own: the verdict
        // describes the connection.
        for (const QString &line :
             {ReportText::loginOutcome(m_report), ReportText::accountOutcome(m_report)}) {
            if (!line.isEmpty())
                m_lines << ReportText::wrap(line, m_width, QString(), QStringLiteral("    "));
        }
    }

    void context()
    {
        const QString tool = tr("Tool");
        const QString time = tr("Time");
        const QString typed = tr("Typed");
        const QString connected = tr("Used");
        const int w = widest({tool, time, typed, connected});
        m_lines << QString();
        labelled(tool, ReportText::toolLine(m_report), w);
        QString when = ReportText::utcTime(m_report.started);
        if (when.isEmpty())
            when = tr("unknown");
        when += QStringLiteral(" (")
            + tr("took %1").arg(ReportText::milliseconds(m_report.durationMs)) + QLatin1Char(')');
        labelled(time, when, w);
        labelled(typed, ReportText::targetAsTyped(m_report), w);
        QString asConnected = ReportText::targetAsConnected(m_report);
        if (!m_report.requestedConnectAddress.isEmpty())
            asConnected += QStringLiteral(" (")
                + tr("--connect-address %1").arg(m_report.requestedConnectAddress)
                + QLatin1Char(')');
        labelled(connected, asConnected, w);
    }

    void findings()
    {
        const QList<Finding> sorted = ReportText::sortedFindings(m_report);
        if (sorted.isEmpty()) {
            heading(tr("Findings"));
            m_lines << QStringLiteral("  ") + tr("No problems found.");
            return;
        }
        heading(tr("Findings (%1)").arg(sorted.size()));
        const QString indent(6, QLatin1Char(' '));
        bool first = true;
        for (const Finding &f : sorted) {
            if (!first)
                m_lines << QString();
            first = false;
            const QString label
                = ReportText::severityDisplayName(f.severity).toUpper() + QLatin1Char(':');
            const QString head = f.title + QStringLiteral("  [") + f.id + QStringLiteral(", ")
                + tr("step: %1").arg(stepDisplayName(f.step)) + QLatin1Char(']');
            const QStringList lines
                = ReportText::wrap(head, m_width - label.size() - 1, QStringLiteral("  "), indent);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i == 0)
                    m_lines << QStringLiteral("  ") + paint(label, severityTone(f.severity))
                            + QLatin1Char(' ') + paint(lines.at(0).mid(2), Tone::Bold);
                else
                    m_lines << lines.at(i);
            }
            if (!f.explanation.isEmpty())
                add(ReportText::wrap(f.explanation, m_width, indent, indent));
            if (!f.fix.isEmpty()) {
                const QString fix = indent + tr("Fix:") + QLatin1Char(' ');
                add(ReportText::wrap(f.fix, m_width, fix, QString(fix.size(), QLatin1Char(' '))));
            }
        }
    }

    void steps()
    {
        heading(tr("Steps"));
        if (m_report.steps.isEmpty()) {
            m_lines << QStringLiteral("  ") + tr("(none)");
            return;
        }
        // The columns widen for a language with longer marks or step names ("[Warnung]").
        int markColumn = stepMarkWidth;
        for (StepStatus status : {StepStatus::Running, StepStatus::Ok, StepStatus::Warning,
                                  StepStatus::Error, StepStatus::Skipped})
            markColumn = std::max(markColumn, int(ReportText::stepStatusMark(status).size()) + 1);
        int nameColumn = stepNameWidth;
        for (const Step &s : m_report.steps)
            nameColumn = std::max(nameColumn, int(stepDisplayName(s.id).size()) + 1);
        const int summaryColumn = 2 + markColumn + nameColumn + durationWidth + 2;
        const QString restIndent(summaryColumn, QLatin1Char(' '));
        for (const Step &s : m_report.steps) {
            const QString mark = ReportText::stepStatusMark(s.status);
            const QString name = stepDisplayName(s.id);
            const QString duration = ReportText::stepDuration(s);
            const QString plainHead = QStringLiteral("  ") + mark.leftJustified(markColumn)
                + name.leftJustified(nameColumn - 1) + QLatin1Char(' ')
                + duration.rightJustified(durationWidth) + QStringLiteral("  ");
            const QStringList lines = ReportText::wrap(s.summary, m_width, plainHead, restIndent);
            // Colour only the mark; the rest of the first line stays as laid out.
            QString first = lines.constFirst();
            if (m_options.color)
                first = QStringLiteral("  ") + paint(mark, statusTone(s.status))
                    + first.mid(2 + mark.size());
            m_lines << trimRight(first);
            for (qsizetype i = 1; i < lines.size(); ++i)
                m_lines << lines.at(i);
        }
    }

    static QString trimRight(QString s)
    {
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s;
    }

    void transcript()
    {
        heading(tr("Transcript"));
        if (m_report.transcript.isEmpty()) {
            m_lines << QStringLiteral("  ") + tr("(empty)");
            return;
        }
        add(ReportText::wrap(tr("C: sent by mailinspect, S: sent by the server, * event, "
                                "[tls] inside TLS; times from the start"),
                             m_width, QStringLiteral("  "), QStringLiteral("  ")),
            Tone::Dim);
        const int textColumn = 2 + timeWidth + 2 + markWidth + 2;
        const int room = std::max(20, m_width - textColumn);
        const QString indent(textColumn, QLatin1Char(' '));
        for (const TranscriptEvent &e : m_report.transcript) {
            QString mark = ReportText::directionMark(e.direction);
            if (e.tls)
                mark += QStringLiteral(" [tls]");
            const QString time = ReportText::milliseconds(e.tMs).rightJustified(timeWidth);
            // Protocol text is cut, not word-wrapped: its spaces matter.
            // Events are prose and wrap at words.
            QStringList pieces;
            if (e.direction == Direction::Event)
                pieces = ReportText::wrap(e.text, room, QString(), QString());
            if (pieces.isEmpty()) {
                for (qsizetype i = 0; i < e.text.size() || i == 0; i += room)
                    pieces << e.text.mid(i, room);
            }
            const Tone tone = e.direction == Direction::Client ? Tone::Client
                : e.direction == Direction::Event              ? Tone::Dim
                                                               : Tone::Plain;
            QString markCell = mark.leftJustified(markWidth);
            if (m_options.color && e.tls) {
                const QString dir = ReportText::directionMark(e.direction);
                markCell = paint(dir, tone) + QLatin1Char(' ')
                    + paint(QStringLiteral("[tls]"), Tone::Good)
                    + QString(markWidth - mark.size(), QLatin1Char(' '));
            } else {
                markCell = paint(markCell, tone);
            }
            m_lines << trimRight(QStringLiteral("  ") + paint(time, Tone::Dim)
                                 + QStringLiteral("  ") + markCell + QStringLiteral("  ")
                                 + paint(pieces.constFirst(), tone));
            for (qsizetype i = 1; i < pieces.size(); ++i)
                m_lines << indent + paint(pieces.at(i), tone);
        }
    }

    void certificate(int index, const CertificateInfo &c)
    {
        const QString number = QStringLiteral("  %1. ").arg(index + 1);
        add(ReportText::wrap(c.subject.isEmpty() ? tr("(no subject)") : c.subject, m_width, number,
                             QString(number.size(), QLatin1Char(' '))),
            Tone::Bold);
        const QString issuer = tr("Issuer");
        const QString valid = tr("Valid");
        const QString names = tr("Names");
        const QString key = tr("Key");
        const QString sha = tr("SHA-256");
        const int w = widest({issuer, valid, names, key, sha});
        const QString pad(number.size() - 2, QLatin1Char(' '));
        auto row = [&](const QString &label, const QString &value) {
            const QString first
                = QStringLiteral("  ") + pad + (label + QLatin1Char(':')).leftJustified(w + 2);
            add(ReportText::wrap(value, m_width, first, QString(first.size(), QLatin1Char(' '))));
        };
        QString issuerText = c.issuer;
        if (c.selfSigned)
            issuerText += QStringLiteral(" (") + tr("self-signed") + QLatin1Char(')');
        row(issuer, issuerText);
        row(valid, ReportText::certificateValidity(c, m_report.started));
        row(names,
            c.subjectAltNames.isEmpty() ? tr("(none)")
                                        : c.subjectAltNames.join(QStringLiteral(", ")));
        row(key, c.publicKey);
        const QStringList fp = ReportText::fingerprintLines(c.sha256);
        for (qsizetype i = 0; i < fp.size(); ++i) {
            if (i == 0)
                row(sha, fp.at(i));
            else
                m_lines << QStringLiteral("  ") + pad + QString(w + 2, QLatin1Char(' ')) + fp.at(i);
        }
    }

    void tls()
    {
        heading(tr("TLS and certificate"));
        const QString state = ReportText::tlsStateLine(m_report);
        if (!state.isEmpty())
            add(ReportText::wrap(state, m_width, QStringLiteral("  "), QStringLiteral("  ")));
        const QString sess = tr("Session");
        const QString sni = tr("SNI");
        const QString alerts = tr("Alerts");
        const QString before = tr("Capabilities");
        const QString after = tr("After TLS");
        const int w = widest({sess, sni, alerts, before, after});
        const QString facts = ReportText::tlsFacts(m_report);
        if (!facts.isEmpty())
            labelled(sess, facts, w);
        if (!m_report.tls.sni.isEmpty())
            labelled(sni, m_report.tls.sni, w);
        QStringList alertList;
        for (const QString &a : m_report.tls.alertsSent)
            alertList << tr("sent %1").arg(a);
        for (const QString &a : m_report.tls.alertsReceived)
            alertList << tr("received %1").arg(a);
        if (!alertList.isEmpty())
            labelled(alerts, alertList.join(QStringLiteral("; ")), w);
        if (!m_report.capabilitiesBeforeTls.isEmpty())
            labelled(before, m_report.capabilitiesBeforeTls.join(QLatin1Char(' ')), w);
        if (!m_report.capabilitiesAfterTls.isEmpty())
            labelled(after, m_report.capabilitiesAfterTls.join(QLatin1Char(' ')), w);

        if (!m_report.tls.chain.isEmpty()) {
            m_lines << QString()
                    << QStringLiteral("  ")
                    + paint(tr("Certificate chain (as the server sent it)"), Tone::Bold);
            for (qsizetype i = 0; i < m_report.tls.chain.size(); ++i)
                certificate(int(i), m_report.tls.chain.at(i));
        }
        if (m_report.tls.attempted || !m_report.tls.chain.isEmpty()) {
            m_lines << QString() << QStringLiteral("  ") + paint(tr("Verification"), Tone::Bold);
            const QString trust = tr("Trust");
            const QString name = tr("Name");
            const int vw = widest({trust, name});
            const Tone trustTone = m_report.tls.trusted ? Tone::Good : Tone::Bad;
            const Tone nameTone = m_report.tls.nameMatches ? Tone::Good : Tone::Bad;
            addToned(trust, ReportText::trustResult(m_report), vw, trustTone);
            addToned(name, ReportText::nameResult(m_report), vw, nameTone);
        }
    }

    void addToned(const QString &label, const QString &value, int labelWidth, Tone tone)
    {
        const QString first
            = QStringLiteral("    ") + (label + QLatin1Char(':')).leftJustified(labelWidth + 2);
        const QStringList lines
            = ReportText::wrap(value, m_width, first, QString(first.size(), QLatin1Char(' ')));
        for (const QString &line : lines)
            m_lines << line.left(first.size()) + paint(line.mid(first.size()), tone);
    }

    void pem()
    {
        const QString pemText = ReportText::chainPem(m_report);
        if (pemText.isEmpty())
            return;
        heading(tr("Appendix: certificate chain (PEM)"));
        m_lines << pemText.trimmed().split(QLatin1Char('\n'));
    }

    // A copy with every field escaped, so the colours paint() adds are the only
    // control sequences a line can hold when it reaches terminalLine().
    const Report m_report;
    const TextOptions &m_options;
    int m_width;
    QStringList m_lines;
};

} // namespace

QString writeText(const Report &report, const TextOptions &options)
{
    return TextWriter(report, options).write();
}

} // namespace MailInspect
