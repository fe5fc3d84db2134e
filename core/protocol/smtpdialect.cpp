// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpdialect.h"

#include "report/untrustedtext.h"

#include <QRegularExpression>

namespace MailInspect {

SmtpDialect::SmtpDialect(Protocol protocol, QByteArray clientName)
    : m_protocol(protocol)
    , m_clientName(std::move(clientName))
{ }

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
    case Expect::Account:
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
        && isDigit(line[2]) && (line.size() == 3 || line[3] == ' ' || line[3] == '-');
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
    readCodes(r);
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
    if (r.status != Reply::Status::Positive) {
        // Providers spread their words over the lines of a reply (Gmail's
        // "534-5.7.9 Please log in with your web browser ..." first, the link last).
        QByteArray words;
        for (const QByteArray &l : std::as_const(r.lines))
            words += l.mid(4) + ' ';
        r.responseCode.refineFromWords(words);
    }
    return r;
}

namespace {
// Reply codes of RFC 4954 (AUTH) that name a reason of their own.
constexpr int authMechanismTooWeak = 534;
constexpr int authCredentialsInvalid = 535;
constexpr int authEncryptionRequired = 538;
constexpr int noopOk = 250;

bool isFinalLine(const QByteArray &line)
{
    return !(line.size() > 3 && line.at(3) == '-');
}
} // namespace

void SmtpDialect::readCodes(Reply &r)
{
    using Kind = ResponseCode::Kind;
    r.enhanced = EnhancedStatusCode::parse(r.text).value_or(EnhancedStatusCode());
    const EnhancedStatusCode &e = r.enhanced;
    // In this order: the sharper reason wins when a server sends two.
    Kind kind = Kind::None;
    if (e == EnhancedStatusCode::basicAuthDisabled() || e == EnhancedStatusCode::basicAuthRetired())
        kind = Kind::BasicAuthDisabled;
    else if (e == EnhancedStatusCode::sendAsDenied())
        kind = Kind::SenderNotPermitted;
    else if (e == EnhancedStatusCode::authMechanismTooWeak() || r.code == authMechanismTooWeak)
        kind = Kind::AuthTooWeak;
    else if (e == EnhancedStatusCode::encryptionRequiredForAuth()
             || e == EnhancedStatusCode::encryptionRequired() || r.code == authEncryptionRequired)
        kind = Kind::PrivacyRequired;
    else if (e == EnhancedStatusCode::authCredentialsInvalid() || r.code == authCredentialsInvalid)
        kind = Kind::AuthenticationFailed;
    r.responseCode = ResponseCode();
    r.responseCode.kind = kind;
    if (kind != Kind::None)
        r.responseCode.name = e.isValid() ? e.toString() : QString::number(r.code);
}

bool SmtpDialect::refusedGreetingAwaitsQuit(const Reply &greeting) const
{
    // 554 asks for QUIT; 421 means the server is closing anyway.
    return greeting.status == Reply::Status::Negative;
}

// The last line of an SMTP reply ("250 ok", not "250-...").
bool SmtpDialect::endsProbeAnswer(const QByteArray &line) const
{
    return isFinalLine(line);
}

bool SmtpDialect::isPositiveProbeAnswer(const QByteArray &line) const
{
    return line.startsWith(QByteArray::number(noopOk));
}

QStringList SmtpDialect::plaintextLoginOffers(const QStringList &capabilities) const
{
    QStringList offers;
    for (const QString &line : capabilities) {
        if (offersMechanisms(line, QStringLiteral("AUTH")))
            offers << line;
    }
    return offers;
}

QString SmtpDialect::maskedCapability(const QStringList &capabilities) const
{
    // A Cisco ASA/PIX with ESMTP inspection overwrites STARTTLS with X's of
    // the same length ("XXXXXXXA"); other extensions may be masked the same way.
    static const QRegularExpression masked(QStringLiteral("^X{4,}[A-Z]?$"));
    for (const QString &line : capabilities) {
        if (masked.match(line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty))
                .hasMatch())
            return line;
    }
    return {};
}

QString SmtpDialect::maskedGreetingLine(const QStringList &greetingLines) const
{
    // Cisco replaces the banner text with asterisks of the same length,
    // sometimes leaving a few characters; the reply code stays.
    static const QRegularExpression codePrefix(QStringLiteral("^\\d{3}[ -]?"));
    for (const QString &line : greetingLines) {
        QString text = line;
        text.remove(codePrefix);
        text = text.trimmed();
        const qsizetype stars = text.count(QLatin1Char('*'));
        if (stars >= 4 && stars * 10 >= text.size() * 7)
            return line;
    }
    return {};
}

ReplyCode SmtpDialect::parseStatusLine(const QByteArray &line) const
{
    SmtpDialect parser(m_protocol, {});
    const std::optional<Reply> r = parser.feed(line);
    return r ? r->replyCode() : ReplyCode::malformed();
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

// The test envelope of a submission server; never DATA, so no message is sent.
bool SmtpDialect::hasAccountCommand(AccountCommand what) const
{
    if (m_protocol == Protocol::Lmtp)
        return false;
    return what == AccountCommand::Sender || what == AccountCommand::Recipient
        || what == AccountCommand::Reset;
}

QByteArray SmtpDialect::accountCommand(AccountCommand what, const QByteArray &argument)
{
    switch (what) {
    case AccountCommand::Sender:
        return "MAIL FROM:<" + argument + ">\r\n";
    case AccountCommand::Recipient:
        return "RCPT TO:<" + argument + ">\r\n";
    case AccountCommand::Reset:
        return QByteArrayLiteral("RSET\r\n");
    default:
        return {};
    }
}

} // namespace MailInspect
