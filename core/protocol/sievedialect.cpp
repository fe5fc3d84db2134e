// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sievedialect.h"

#include "report/untrustedtext.h"

namespace MailInspect {

QByteArray SieveDialect::command(Expect what)
{
    switch (what) {
    case Expect::Greeting:
    case Expect::Helo:
    case Expect::CapabilitiesAfterTls:
        return {};
    case Expect::Capabilities:
        return QByteArrayLiteral("CAPABILITY\r\n");
    case Expect::StartTls:
        return QByteArrayLiteral("STARTTLS\r\n");
    case Expect::Quit:
        return QByteArrayLiteral("LOGOUT\r\n");
    case Expect::Noop:
        return QByteArrayLiteral("NOOP\r\n");
    case Expect::Authenticate:
    case Expect::Account:
        return {};
    }
    return {};
}

void SieveDialect::expect(Expect what)
{
    m_pending = Reply();
    m_expectContinuation = what == Expect::Authenticate;
}

namespace {
std::optional<Reply::Status> responseStatus(const QByteArray &line)
{
    const qsizetype sp = line.indexOf(' ');
    const QByteArray word = (sp < 0 ? line : line.left(sp)).toUpper();
    if (word == "OK")
        return Reply::Status::Positive;
    if (word == "NO")
        return Reply::Status::Negative;
    if (word == "BYE")
        return Reply::Status::Bye;
    return std::nullopt;
}

// Unquotes one ManageSieve string ("..." with \" and \\ escapes) or literal.
QString unquote(const QByteArray &s)
{
    QByteArray t = s.trimmed();
    if (t.size() >= 2 && t.startsWith('"') && t.endsWith('"')) {
        QByteArray out;
        for (qsizetype i = 1; i + 1 < t.size(); ++i) {
            if (t[i] == '\\' && i + 2 < t.size())
                ++i;
            out.append(t[i]);
        }
        return untrustedText(out);
    }
    if (t.startsWith('{')) {
        const qsizetype nl = t.indexOf('\n');
        return nl < 0 ? QString() : untrustedText(t.mid(nl + 1));
    }
    return untrustedText(t);
}
// The response code after OK/NO/BYE (RFC 5804 section 1.3): "(TRYLATER)",
// "(QUOTA/MAXSIZE)", "(REFERRAL \"sieve://...\")", "(SASL \"...\")".
ResponseCode responseCode(const QByteArray &afterStatus)
{
    const QByteArray t = afterStatus.trimmed();
    if (!t.startsWith('('))
        return {};
    // The closing parenthesis outside any quoted string.
    qsizetype close = -1;
    bool quoted = false;
    for (qsizetype i = 1; i < t.size() && close < 0; ++i) {
        if (quoted && t[i] == '\\')
            ++i;
        else if (t[i] == '"')
            quoted = !quoted;
        else if (!quoted && t[i] == ')')
            close = i;
    }
    if (close < 0)
        return {};
    const QByteArray inside = t.mid(1, close - 1).trimmed();
    if (inside.isEmpty())
        return {};
    const qsizetype sp = inside.indexOf(' ');
    if (sp < 0)
        return ResponseCode::fromName(inside);
    QByteArray argument = inside.mid(sp + 1).trimmed();
    if (argument.size() >= 2 && argument.startsWith('"') && argument.endsWith('"')) {
        QByteArray raw;
        for (qsizetype i = 1; i + 1 < argument.size(); ++i) {
            if (argument[i] == '\\' && i + 2 < argument.size())
                ++i;
            raw.append(argument[i]);
        }
        argument = raw;
    }
    return ResponseCode::fromName(inside.left(sp), argument);
}
} // namespace

std::optional<Reply> SieveDialect::feed(const QByteArray &line)
{
    m_pending.lines.append(line);
    if (auto status = responseStatus(line)) {
        Reply r = std::move(m_pending);
        m_pending = Reply();
        r.status = *status;
        const qsizetype sp = line.indexOf(' ');
        r.text = sp < 0 ? QByteArray() : line.mid(sp + 1);
        r.responseCode = responseCode(r.text);
        if (r.status != Reply::Status::Positive)
            r.responseCode.refineFromWords(r.text);
        return r;
    }
    if (m_expectContinuation && (line.startsWith('"') || line.startsWith('{'))) {
        Reply r = std::move(m_pending);
        m_pending = Reply();
        r.status = Reply::Status::Continue;
        r.text = line;
        return r;
    }
    if (!line.startsWith('"') && !line.startsWith('{')) {
        Reply r = std::move(m_pending);
        m_pending = Reply();
        r.status = Reply::Status::Malformed;
        r.violation = QStringLiteral("a ManageSieve line is a quoted string or OK/NO/BYE");
        return r;
    }
    m_pending.data.append(line);
    if (m_pending.lines.size() >= maxLinesPerReply) {
        Reply r = std::move(m_pending);
        m_pending = Reply();
        r.status = Reply::Status::Malformed;
        r.violation = QStringLiteral("more than %1 lines in one reply").arg(maxLinesPerReply);
        return r;
    }
    return std::nullopt;
}

// `"SASL" "PLAIN LOGIN"` -> "SASL PLAIN LOGIN"; `"STARTTLS"` -> "STARTTLS".
QStringList SieveDialect::capabilities(const Reply &reply) const
{
    QStringList caps;
    for (const QByteArray &d : reply.data) {
        // Split the line into its (at most two) strings.
        QList<QByteArray> parts;
        qsizetype i = 0;
        while (i < d.size()) {
            while (i < d.size() && d[i] == ' ')
                ++i;
            if (i >= d.size())
                break;
            qsizetype j = i;
            if (d[i] == '"') {
                ++j;
                while (j < d.size() && d[j] != '"') {
                    if (d[j] == '\\')
                        ++j;
                    ++j;
                }
                ++j;
            } else {
                while (j < d.size() && d[j] != ' ')
                    ++j;
            }
            parts.append(d.mid(i, j - i));
            i = j;
        }
        if (parts.isEmpty())
            continue;
        QString cap = unquote(parts.at(0)).toUpper();
        if (parts.size() > 1) {
            const QString value = unquote(parts.at(1));
            if (!value.isEmpty())
                cap += QLatin1Char(' ') + value;
        }
        caps.append(cap);
    }
    return caps;
}

bool SieveDialect::endsProbeAnswer(const QByteArray &line) const
{
    return responseStatus(line).has_value();
}

bool SieveDialect::isPositiveProbeAnswer(const QByteArray &line) const
{
    return responseStatus(line) == Reply::Status::Positive;
}

QStringList SieveDialect::plaintextLoginOffers(const QStringList &capabilities) const
{
    QStringList offers;
    for (const QString &line : capabilities) {
        if (offersMechanisms(line, QStringLiteral("SASL")))
            offers << line;
    }
    return offers;
}

ReplyCode SieveDialect::parseStatusLine(const QByteArray &line) const
{
    SieveDialect parser;
    const std::optional<Reply> r = parser.feed(line);
    return r ? r->replyCode() : ReplyCode::malformed();
}

} // namespace MailInspect
