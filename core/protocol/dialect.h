// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol.h"
#include "replycode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace MailInspect {

/// A complete reply, parsed once into typed values.
struct Reply
{
    using Status = ReplyStatus;
    Status status = Status::Malformed;
    int code = 0; ///< SMTP/LMTP reply code
    EnhancedStatusCode enhanced; ///< SMTP enhanced status code (RFC 3463), if sent
    ResponseCode responseCode; ///< IMAP/POP3/Sieve response code, or SMTP's codes' meaning
    QList<QByteArray> lines; ///< every line of the reply, as received
    QList<QByteArray> data; ///< IMAP untagged lines, POP3 body, Sieve data lines
    QByteArray text; ///< human-readable text of the final line
    QString violation; ///< why it is Malformed
    QByteArray statusToken; ///< IMAP/POP3 status word as sent ("NO", "-ERR"), if any

    bool isPositive() const { return status == Status::Positive; }
    QString statusWord() const; ///< "OK", "+OK", "-ERR", "NO", ... (empty for SMTP)
    /// The typed part, as the report keeps it.
    ReplyCode replyCode() const { return {status, code, enhanced, responseCode}; }
};

/// What the session waits for next; tells the dialect how to frame replies.
enum class Expect {
    Greeting,
    Capabilities,
    Helo, ///< SMTP only: HELO after a refused EHLO
    StartTls,
    CapabilitiesAfterTls,
    Quit,
    Noop, ///< injection probe
    Authenticate, ///< replies to a login command, including SASL challenges
    Account, ///< one reply to a check after the login (AccountCommand)
};

/// The checks after a successful login, as the session asks for them.
enum class AccountCommand {
    OpenInbox, ///< IMAP EXAMINE INBOX: read-only, nothing changes
    InboxQuota, ///< IMAP GETQUOTAROOT INBOX (RFC 9208)
    MessageCount, ///< POP3 STAT
    Sender, ///< SMTP MAIL FROM:<argument>
    Recipient, ///< SMTP RCPT TO:<argument>
    Reset, ///< SMTP RSET: drops the test envelope (DATA is never sent)
};

/// What a reply to an AccountCommand says, read with bounds: counts the
/// server sends are taken only when they are numbers of at most 15 digits.
struct AccountReading
{
    qint64 messages = -1; ///< messages in the inbox (EXAMINE's EXISTS, STAT)
    qint64 bytes = -1; ///< their size (STAT)
    QString resource; ///< the fullest quota resource ("STORAGE", "MESSAGE")
    qint64 usage = -1;
    qint64 limit = -1;
    QString problem; ///< why the answer could not be read, for people; empty when it could
};

/// The words of one protocol: which command to send for each step, how a
/// reply is framed and what it means. No sockets inside: bytes in, typed
/// replies out, so it is tested on its own.
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual Protocol protocol() const = 0;
    /// Literal continuation ({N}) is part of the framing.
    virtual bool usesLiterals() const { return false; }
    /// The command (with CRLF) to send for a step; empty when the step sends
    /// nothing (greeting, or ManageSieve's unsolicited capabilities after TLS).
    virtual QByteArray command(Expect what) = 0;
    /// Prepares framing for the reply to what was just sent.
    virtual void expect(Expect what) = 0;
    /// Feeds one line; returns the reply once complete.
    virtual std::optional<Reply> feed(const QByteArray &line) = 0;
    /// A command of the caller's making (login), with the dialect's tag and
    /// CRLF; the next reply is framed for it.
    virtual QByteArray taggedCommand(const QByteArray &command) { return command + "\r\n"; }
    /// Capabilities carried by a reply (EHLO, CAPABILITY, CAPA, greeting).
    virtual QStringList capabilities(const Reply &reply) const = 0;
    /// The upgrade verb as the user sees it ("STARTTLS" or "STLS").
    virtual QString startTlsVerb() const { return QStringLiteral("STARTTLS"); }
    /// The capability that announces the upgrade.
    virtual QString startTlsCapability() const { return QStringLiteral("STARTTLS"); }
    /// Whether the greeting already carried the capabilities (IMAP
    /// [CAPABILITY ...], ManageSieve), so no command is needed.
    virtual bool greetingHasCapabilities(const Reply &greeting) const;

    // --- what differs per protocol, asked by the session ---------------------

    /// A refused capabilities command may be retried the old way (SMTP: HELO
    /// after EHLO). Then command(Expect::Helo) is that command.
    virtual bool hasHelloFallback() const { return false; }
    /// The capabilities command must succeed for the session to go on (SMTP's
    /// EHLO/HELO); elsewhere it is optional and its failure only a warning.
    virtual bool capabilitiesRequired() const { return false; }
    /// After a greeting that refused the session, the server still expects
    /// a goodbye (SMTP 554); otherwise it is closing anyway.
    virtual bool refusedGreetingAwaitsQuit(const Reply &greeting) const;
    /// The command (with CRLF) the CVE-2011-0411 probe sends in the same
    /// segment as the upgrade command; empty when the probe cannot work for
    /// the protocol (ManageSieve sends its capabilities unasked after TLS,
    /// which no probe can tell from an answer).
    virtual QByteArray injectionProbe() const { return QByteArrayLiteral("NOOP\r\n"); }
    /// @p line is the last line of the answer to injectionProbe().
    virtual bool endsProbeAnswer(const QByteArray &line) const = 0;
    /// @p line alone is a positive answer to injectionProbe().
    virtual bool isPositiveProbeAnswer(const QByteArray &line) const = 0;
    /// A line the server may send at any time, outside any reply (IMAP's
    /// untagged responses).
    virtual bool isUnsolicitedAllowed(const QByteArray &) const { return false; }
    /// The command's name for people ("EHLO", "LOGOUT"): no tag, no
    /// arguments (a login command's arguments are secrets).
    virtual QString verbOf(const QByteArray &commandLine) const;
    /// The capability lines that offer a password login, as they were
    /// listed (empty when none does): evidence that a password may travel
    /// before TLS.
    virtual QStringList plaintextLoginOffers(const QStringList &capabilities) const = 0;
    /// A capability a firewall masked (Cisco ESMTP inspection turns
    /// "STARTTLS" into "XXXXXXXA"), or empty.
    virtual QString maskedCapability(const QStringList &) const { return {}; }
    /// A greeting line whose text a firewall masked with asterisks, or empty.
    virtual QString maskedGreetingLine(const QStringList &) const { return {}; }
    /// The typed code of one final status line ("535 5.7.8 ...", "a1 NO
    /// [UNAVAILABLE] ...", "-ERR [IN-USE] ...", "NO (TRYLATER) ..."), read the
    /// way feed() reads it. For hand-made reports and report files.
    virtual ReplyCode parseStatusLine(const QByteArray &line) const = 0;

    // --- after a successful login ------------------------------------------------

    /// Whether the protocol has this check (IMAP: the inbox and its quota,
    /// POP3: the message count, SMTP: sender, recipient, reset).
    virtual bool hasAccountCommand(AccountCommand) const { return false; }
    /// The command (tagged, with CRLF) for a check; @p argument is the
    /// address for Sender and Recipient (isSafeMailAddress()).
    virtual QByteArray accountCommand(AccountCommand, const QByteArray &) { return {}; }
    /// The quota check needs the server to offer it (IMAP QUOTA).
    virtual bool offersQuota(const QStringList &) const { return false; }
    /// Reads a positive reply to a check.
    virtual AccountReading readAccountReply(AccountCommand, const Reply &) const { return {}; }
};

/// A count a server sent: 1 to 15 digits, nothing else; nothing otherwise.
std::optional<qint64> boundedCount(const QByteArray &digits);

std::unique_ptr<Dialect> createDialect(Protocol protocol, const QByteArray &clientName);
/// A shared dialect for questions that need no session state (verbs,
/// capabilities, offers); never fed.
const Dialect &dialectFor(Protocol protocol);

/// Exact, case-insensitive token comparison: "LOGINDISABLED" never matches
/// "LOGIN". A capability's name is its first word ("AUTH PLAIN" -> "AUTH");
/// IMAP tokens like "AUTH=PLAIN" are compared whole.
bool hasCapability(const QStringList &capabilities, const QString &name);
/// The argument words of a capability ("AUTH PLAIN LOGIN" -> PLAIN, LOGIN).
QStringList capabilityArguments(const QStringList &capabilities, const QString &name);
/// @p line is the capability @p keyword with at least one mechanism after it
/// that sends the password or a token as good as in clear ("AUTH PLAIN",
/// "SASL PLAIN LOGIN"; also the old "AUTH=PLAIN LOGIN"): not an empty list
/// (ManageSieve's `"SASL" ""`), and not a list of only CRAM-MD5, SCRAM and
/// the like, which never reveal the password.
bool offersMechanisms(const QString &line, const QString &keyword);

} // namespace MailInspect
