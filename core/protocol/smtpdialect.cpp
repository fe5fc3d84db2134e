#include "smtpdialect.h"

#include "report/untrustedtext.h"

namespace MailInspect {

SmtpDialect::SmtpDialect(Protocol protocol, QByteArray clientName)
    : m_protocol(protocol)
    , m_clientName(std::move(clientName))
{
}

QByteArray SmtpDialect::command(Expect what)
{
    switch (what) {
    case Expect::Greeting:
        return {};
    case Expect::Capabilities:
    case Expect::CapabilitiesAfterTls:
        return (m_protocol == Protocol::Lmtp ? QByteArrayLiteral("LHLO ")
                                             : QByteArrayLiteral("EHLO "))
               + m_clientName + "\r\n";
    case Expect::Helo:
        return QByteArrayLiteral("HELO ") + m_clientName + "\r\n";
    case Expect::StartTls:
        return QByteArrayLiteral("STARTTLS\r\n");
    case Expect::Quit:
        return QByteArrayLiteral("QUIT\r\n");
    case Expect::Noop:
        return QByteArrayLiteral("NOOP\r\n");
    case Expect::Authenticate:
        return {};
    }
    return {};
}

void SmtpDialect::expect(Expect)
{
    m_pending = Reply();
}

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

std::optional<Reply> SmtpDialect::feed(const QByteArray &line)
{
    m_pending.lines.append(line);
    const bool wellFormed = line.size() >= 3 && isDigit(line[0]) && isDigit(line[1])
                            && isDigit(line[2]) && (line.size() == 3 || line[3] == ' '
                                                    || line[3] == '-');
    if (!wellFormed) {
        Reply r = std::move(m_pending);
        m_pending = Reply();
        r.status = Reply::Status::Malformed;
        r.violation = QStringLiteral("not an SMTP reply line (expected three digits, then a "
                                     "space or a hyphen)");
        return r;
    }
    const int code = line.left(3).toInt();
    if (m_pending.lines.size() > 1 && code != m_pending.code) {
        Reply r = std::move(m_pending);
        m_pending = Reply();
        r.status = Reply::Status::Malformed;
        r.violation = QStringLiteral("reply code changed inside a multi-line reply");
        return r;
    }
    m_pending.code = code;
    if (line.size() > 3 && line[3] == '-') {
        if (m_pending.lines.size() >= maxLinesPerReply) {
            Reply r = std::move(m_pending);
            m_pending = Reply();
            r.status = Reply::Status::Malformed;
            r.violation = QStringLiteral("more than %1 lines in one reply").arg(maxLinesPerReply);
            return r;
        }
        return std::nullopt;
    }
    Reply r = std::move(m_pending);
    m_pending = Reply();
    r.text = line.mid(4);
    if (code == 334)
        r.status = Reply::Status::Continue;
    else if (code >= 200 && code < 400)
        r.status = Reply::Status::Positive;
    else if (code >= 400 && code < 500)
        r.status = Reply::Status::Temporary;
    else if (code >= 500 && code < 600)
        r.status = Reply::Status::Negative;
    else {
        r.status = Reply::Status::Malformed;
        r.violation = QStringLiteral("reply code %1 is outside 200-599").arg(code);
    }
    return r;
}

// EHLO/LHLO: the first line is the greeting, each following line one
// extension keyword with its parameters.
QStringList SmtpDialect::capabilities(const Reply &reply) const
{
    QStringList caps;
    for (qsizetype i = 1; i < reply.lines.size(); ++i)
        caps.append(untrustedText(reply.lines.at(i).mid(4).trimmed()));
    return caps;
}

} // namespace MailInspect
