// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapdialect.h"

#include "report/untrustedtext.h"

namespace MailInspect {

QByteArray ImapDialect::command(Expect what)
{
    QByteArray verb;
    switch (what) {
    case Expect::Greeting:
        return {};
    case Expect::Capabilities:
    case Expect::CapabilitiesAfterTls:
        verb = "CAPABILITY";
        break;
    case Expect::Helo:
        return {};
    case Expect::StartTls:
        verb = "STARTTLS";
        break;
    case Expect::Quit:
        verb = "LOGOUT";
        break;
    case Expect::Noop:
        verb = "NOOP";
        break;
    case Expect::Authenticate:
    case Expect::Account:
        return {};
    }
    m_tag = "a" + QByteArray::number(++m_tagCounter);
    return m_tag + ' ' + verb + "\r\n";
}

void ImapDialect::expect(Expect what)
{
    m_pending = Reply();
    m_expectGreeting = what == Expect::Greeting;
    m_expectContinuation = what == Expect::Authenticate;
    m_expectedTag = m_tag;
}

namespace {
// "OK [CODE ...] text" -> status word and the rest.
Reply::Status statusFromWord(const QByteArray &word)
{
    const QByteArray w = word.toUpper();
    if (w == "OK")
        return Reply::Status::Positive;
    if (w == "NO")
        return Reply::Status::Negative;
    if (w == "BAD")
        return Reply::Status::Bad;
    if (w == "BYE")
        return Reply::Status::Bye;
    if (w == "PREAUTH")
        return Reply::Status::Preauth;
    return Reply::Status::Malformed;
}

QByteArray firstWord(const QByteArray &s)
{
    const qsizetype sp = s.indexOf(' ');
    return sp < 0 ? s : s.left(sp);
}

QByteArray afterFirstWord(const QByteArray &s)
{
    const qsizetype sp = s.indexOf(' ');
    return sp < 0 ? QByteArray() : s.mid(sp + 1);
}

QStringList tokens(const QByteArray &s)
{
    QStringList out;
    for (const QByteArray &t : s.split(' ')) {
        if (!t.isEmpty())
            out.append(untrustedText(t));
    }
    return out;
}

// The [CAPABILITY ...] response code in a status line, if any.
std::optional<QStringList> capabilityCode(const QByteArray &statusRest)
{
    if (!statusRest.startsWith('['))
        return std::nullopt;
    const qsizetype close = statusRest.indexOf(']');
    if (close < 0)
        return std::nullopt;
    const QByteArray code = statusRest.mid(1, close - 1);
    if (firstWord(code).toUpper() != "CAPABILITY")
        return std::nullopt;
    return tokens(afterFirstWord(code));
}

// The tag of the injection probe: apart from the a1, a2, ... of the session,
// so its late answer is never taken for another command's.
constexpr char probeTag[] = "x1";

// The response code of a status line's text ("[UNAVAILABLE] ..."), and the
// words a server uses without a code.
void readCode(Reply &r)
{
    r.responseCode = ResponseCode::parseBracketed(r.text).value_or(ResponseCode());
    if (r.status == Reply::Status::Positive || r.status == Reply::Status::Preauth)
        return;
    // Gmail puts the reason into an untagged line before the tagged NO
    // ("* NO [WEBALERT https://...] Web login required.").
    QByteArray words = r.text;
    for (const QByteArray &d : std::as_const(r.data))
        words += ' ' + d;
    r.responseCode.refineFromWords(words);
}
} // namespace

std::optional<Reply> ImapDialect::feed(const QByteArray &line)
{
    m_pending.lines.append(line);
    auto finish
        = [this](Reply::Status status, const QByteArray &text, const QByteArray &word = {}) {
              Reply r = std::move(m_pending);
              m_pending = Reply();
              r.status = status;
              r.text = text;
              r.statusToken = word.toUpper(); // "OK", "NO", "BYE", ... - never the tag or "*"
              if (status != Reply::Status::Continue)
                  readCode(r);
              return r;
          };
    auto malformed = [this](const QString &why) {
        Reply r = std::move(m_pending);
        m_pending = Reply();
        r.status = Reply::Status::Malformed;
        r.violation = why;
        return r;
    };

    if (m_expectGreeting) {
        if (!line.startsWith("* "))
            return malformed(QStringLiteral("the greeting is not an untagged response"));
        const QByteArray rest = line.mid(2);
        const Reply::Status s = statusFromWord(firstWord(rest));
        if (s != Reply::Status::Positive && s != Reply::Status::Preauth && s != Reply::Status::Bye)
            return malformed(QStringLiteral("the greeting is not OK, PREAUTH or BYE"));
        return finish(s, afterFirstWord(rest), firstWord(rest));
    }

    if (line.startsWith("* ")) {
        m_pending.data.append(line.mid(2));
        if (m_pending.lines.size() >= maxLinesPerReply)
            return malformed(
                QStringLiteral("more than %1 lines in one reply").arg(maxLinesPerReply));
        return std::nullopt;
    }
    if (line.startsWith('+') && m_expectContinuation)
        return finish(Reply::Status::Continue, line.mid(2));
    if (line.startsWith('+'))
        return malformed(QStringLiteral("unexpected continuation request"));
    const QByteArray tag = firstWord(line);
    if (tag != m_expectedTag)
        return malformed(QStringLiteral("reply tagged \"%1\" while waiting for \"%2\"")
                             .arg(untrustedText(tag.left(1024)), untrustedText(m_expectedTag)));
    const QByteArray rest = afterFirstWord(line);
    const Reply::Status s = statusFromWord(firstWord(rest));
    if (s != Reply::Status::Positive && s != Reply::Status::Negative && s != Reply::Status::Bad)
        return malformed(QStringLiteral("tagged reply is not OK, NO or BAD"));
    return finish(s, afterFirstWord(rest), firstWord(rest));
}

QByteArray ImapDialect::taggedCommand(const QByteArray &command)
{
    m_tag = "a" + QByteArray::number(++m_tagCounter);
    return m_tag + ' ' + command + "\r\n";
}

QStringList ImapDialect::capabilities(const Reply &reply) const
{
    QStringList caps;
    for (const QByteArray &d : reply.data) {
        if (firstWord(d).toUpper() == "CAPABILITY")
            caps += tokens(afterFirstWord(d));
    }
    if (caps.isEmpty()) {
        if (auto fromCode = capabilityCode(reply.text))
            caps = *fromCode;
    }
    return caps;
}

bool ImapDialect::greetingHasCapabilities(const Reply &greeting) const
{
    return capabilityCode(greeting.text).has_value();
}

QByteArray ImapDialect::injectionProbe() const
{
    return QByteArray(probeTag) + " NOOP\r\n";
}

bool ImapDialect::endsProbeAnswer(const QByteArray &line) const
{
    return line.startsWith(QByteArray(probeTag) + ' ');
}

bool ImapDialect::isPositiveProbeAnswer(const QByteArray &line) const
{
    return line.startsWith(QByteArray(probeTag) + " OK");
}

bool ImapDialect::isUnsolicitedAllowed(const QByteArray &line) const
{
    return line.startsWith('*');
}

QString ImapDialect::verbOf(const QByteArray &commandLine) const
{
    // Skip the tag.
    const qsizetype sp = commandLine.indexOf(' ');
    return Dialect::verbOf(sp < 0 ? commandLine : commandLine.mid(sp + 1));
}

// Without LOGINDISABLED, LOGIN takes a password in the clear.
QStringList ImapDialect::plaintextLoginOffers(const QStringList &capabilities) const
{
    if (capabilities.isEmpty() || hasCapability(capabilities, QStringLiteral("LOGINDISABLED")))
        return {};
    return {capabilities.join(QLatin1Char(' '))};
}

// "a1 NO [UNAVAILABLE] ..." or "* BYE ...": any tag, the status word, the text.
ReplyCode ImapDialect::parseStatusLine(const QByteArray &line) const
{
    Reply r;
    r.lines = {line};
    const QByteArray rest = afterFirstWord(line);
    r.status = statusFromWord(firstWord(rest));
    r.text = afterFirstWord(rest);
    r.statusToken = firstWord(rest).toUpper();
    if (r.status != Reply::Status::Malformed)
        readCode(r);
    return r.replyCode();
}

bool ImapDialect::hasAccountCommand(AccountCommand what) const
{
    return what == AccountCommand::OpenInbox || what == AccountCommand::InboxQuota;
}

QByteArray ImapDialect::accountCommand(AccountCommand what, const QByteArray &)
{
    switch (what) {
    case AccountCommand::OpenInbox:
        return taggedCommand("EXAMINE INBOX"); // read-only: no flag changes
    case AccountCommand::InboxQuota:
        return taggedCommand("GETQUOTAROOT INBOX");
    default:
        return {};
    }
}

bool ImapDialect::offersQuota(const QStringList &capabilities) const
{
    return hasCapability(capabilities, QStringLiteral("QUOTA"));
}

namespace {
// Skips an IMAP astring (atom or quoted string) at pos; false when there is none.
bool skipAstring(const QByteArray &s, qsizetype &pos)
{
    if (pos >= s.size())
        return false;
    if (s[pos] == '"') {
        for (++pos; pos < s.size(); ++pos) {
            if (s[pos] == '\\')
                ++pos;
            else if (s[pos] == '"') {
                ++pos;
                return true;
            }
        }
        return false;
    }
    const qsizetype start = pos;
    while (pos < s.size() && s[pos] != ' ' && s[pos] != '(')
        ++pos;
    return pos > start;
}

// "QUOTA root (STORAGE 950 1000 MESSAGE 5 100)": the fullest resource.
void readQuota(const QByteArray &line, AccountReading &out)
{
    qsizetype pos = 6; // after "QUOTA "
    if (!skipAstring(line, pos)) {
        out.problem = QStringLiteral("the quota answer names no quota root");
        return;
    }
    const qsizetype open = line.indexOf('(', pos);
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open) {
        out.problem = QStringLiteral("the quota answer has no list of resources");
        return;
    }
    const QList<QByteArray> words = line.mid(open + 1, close - open - 1).simplified().split(' ');
    if (words.size() % 3 != 0 || words.constFirst().isEmpty()) {
        out.problem = QStringLiteral("the quota's resources are not name, usage and limit");
        return;
    }
    double fullest = -1;
    for (qsizetype i = 0; i + 2 < words.size(); i += 3) {
        const auto usage = boundedCount(words.at(i + 1));
        const auto limit = boundedCount(words.at(i + 2));
        if (!usage || !limit) {
            out.problem = QStringLiteral("the quota's numbers are not counts of at most 15 digits");
            return;
        }
        const double share = *limit > 0 ? double(*usage) / double(*limit) : 0;
        if (share > fullest) {
            fullest = share;
            out.resource = untrustedText(words.at(i).left(32)).toUpper();
            out.usage = *usage;
            out.limit = *limit;
        }
    }
}
} // namespace

AccountReading ImapDialect::readAccountReply(AccountCommand what, const Reply &reply) const
{
    AccountReading out;
    for (const QByteArray &d : reply.data) {
        if (what == AccountCommand::OpenInbox && d.toUpper().endsWith(" EXISTS")) {
            const auto count = boundedCount(firstWord(d));
            if (!count)
                out.problem = QStringLiteral("the message count is not a number of at most 15 "
                                             "digits");
            else
                out.messages = *count;
        } else if (what == AccountCommand::InboxQuota && firstWord(d).toUpper() == "QUOTA") {
            readQuota(d, out);
            if (!out.problem.isEmpty())
                break;
        }
    }
    return out;
}

} // namespace MailInspect
