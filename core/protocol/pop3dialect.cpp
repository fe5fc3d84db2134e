// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3dialect.h"

#include "report/untrustedtext.h"

namespace MailInspect {

QByteArray Pop3Dialect::command(Expect what)
{
    switch (what) {
    case Expect::Greeting:
    case Expect::Helo:
        return {};
    case Expect::Capabilities:
    case Expect::CapabilitiesAfterTls:
        return QByteArrayLiteral("CAPA\r\n");
    case Expect::StartTls:
        return QByteArrayLiteral("STLS\r\n");
    case Expect::Quit:
        return QByteArrayLiteral("QUIT\r\n");
    case Expect::Noop:
        return QByteArrayLiteral("NOOP\r\n");
    case Expect::Authenticate:
    case Expect::Account:
        return {};
    }
    return {};
}

void Pop3Dialect::expect(Expect what)
{
    m_pending = Reply();
    m_multiline = what == Expect::Capabilities || what == Expect::CapabilitiesAfterTls;
    m_inBody = false;
    m_expectContinuation = what == Expect::Authenticate;
}

namespace {
// The extended response code after the status word (RFC 2449: "[IN-USE]",
// RFC 3206: "[SYS/TEMP]", "[AUTH]"), and words servers use without one.
void readCode(Reply &r)
{
    r.responseCode = ResponseCode::parseBracketed(r.text).value_or(ResponseCode());
    if (r.status == Reply::Status::Negative)
        r.responseCode.refineFromWords(r.text);
}
} // namespace

std::optional<Reply> Pop3Dialect::feed(const QByteArray &line)
{
    m_pending.lines.append(line);
    if (m_inBody) {
        if (line == ".") {
            Reply r = std::move(m_pending);
            m_pending = Reply();
            m_inBody = false;
            return r;
        }
        m_pending.data.append(line.startsWith('.') ? line.mid(1) : line);
        if (m_pending.lines.size() >= maxLinesPerReply) {
            Reply r = std::move(m_pending);
            m_pending = Reply();
            m_inBody = false;
            r.status = Reply::Status::Malformed;
            r.violation = QStringLiteral("more than %1 lines in one reply").arg(maxLinesPerReply);
            return r;
        }
        return std::nullopt;
    }
    if (m_expectContinuation && (line == "+" || line.startsWith("+ "))) {
        m_pending.status = Reply::Status::Continue;
        m_pending.text = line.mid(2);
    } else if (line == "+OK" || line.startsWith("+OK ")) {
        m_pending.status = Reply::Status::Positive;
        m_pending.statusToken = "+OK";
        m_pending.text = line.mid(4);
        readCode(m_pending);
        if (m_multiline) {
            m_inBody = true;
            return std::nullopt;
        }
    } else if (line == "-ERR" || line.startsWith("-ERR ")) {
        m_pending.status = Reply::Status::Negative;
        m_pending.statusToken = "-ERR";
        m_pending.text = line.mid(5);
        readCode(m_pending);
    } else {
        m_pending.status = Reply::Status::Malformed;
        m_pending.violation = QStringLiteral("a POP3 reply starts with +OK or -ERR");
    }
    Reply r = std::move(m_pending);
    m_pending = Reply();
    return r;
}

QStringList Pop3Dialect::capabilities(const Reply &reply) const
{
    QStringList caps;
    for (const QByteArray &d : reply.data)
        caps.append(untrustedText(d.trimmed()));
    return caps;
}

bool Pop3Dialect::endsProbeAnswer(const QByteArray &line) const
{
    return line.startsWith("+OK") || line.startsWith("-ERR");
}

bool Pop3Dialect::isPositiveProbeAnswer(const QByteArray &line) const
{
    return line.startsWith("+OK");
}

// USER/PASS sends the password as it is; SASL with a mechanism may too.
QStringList Pop3Dialect::plaintextLoginOffers(const QStringList &capabilities) const
{
    QStringList offers;
    for (const QString &line : capabilities) {
        if (hasCapability({line}, QStringLiteral("USER"))
            || offersMechanisms(line, QStringLiteral("SASL")))
            offers << line;
    }
    return offers;
}

ReplyCode Pop3Dialect::parseStatusLine(const QByteArray &line) const
{
    Pop3Dialect parser;
    parser.expect(Expect::Quit); // single-line framing
    const std::optional<Reply> r = parser.feed(line);
    return r ? r->replyCode() : ReplyCode::malformed();
}

QByteArray Pop3Dialect::accountCommand(AccountCommand what, const QByteArray &)
{
    return what == AccountCommand::MessageCount ? QByteArrayLiteral("STAT\r\n") : QByteArray();
}

// "+OK 12 34567" (RFC 1939): messages and their size in octets.
AccountReading Pop3Dialect::readAccountReply(AccountCommand what, const Reply &reply) const
{
    AccountReading out;
    if (what != AccountCommand::MessageCount)
        return out;
    const QList<QByteArray> words = reply.text.simplified().split(' ');
    const auto messages = words.size() >= 2 ? boundedCount(words.at(0)) : std::nullopt;
    const auto bytes = words.size() >= 2 ? boundedCount(words.at(1)) : std::nullopt;
    if (!messages || !bytes) {
        out.problem = QStringLiteral("the answer to the message count is not two numbers of at "
                                     "most 15 digits");
        return out;
    }
    out.messages = *messages;
    out.bytes = *bytes;
    return out;
}

} // namespace MailInspect
