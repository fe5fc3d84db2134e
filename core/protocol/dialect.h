#pragma once

#include "protocol.h"

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
    enum class Status {
        Positive,  ///< SMTP 2xx/3xx, IMAP OK, POP3 +OK, Sieve OK
        Temporary, ///< SMTP 4xx
        Negative,  ///< SMTP 5xx, IMAP NO, POP3 -ERR, Sieve NO
        Bad,       ///< IMAP BAD
        Bye,       ///< IMAP/Sieve BYE
        Preauth,   ///< IMAP PREAUTH greeting
        Malformed, ///< not valid for the protocol
        Continue,  ///< a SASL challenge: SMTP 334, IMAP/POP3 "+", Sieve string
    };
    Status status = Status::Malformed;
    int code = 0;               ///< SMTP/LMTP reply code
    QList<QByteArray> lines;    ///< every line of the reply, as received
    QList<QByteArray> data;     ///< IMAP untagged lines, POP3 body, Sieve data lines
    QByteArray text;            ///< human-readable text of the final line
    QString violation;          ///< why it is Malformed
    QByteArray statusToken;     ///< IMAP/POP3 status word as sent ("NO", "-ERR"), if any

    bool isPositive() const { return status == Status::Positive; }
    QString statusWord() const; ///< "OK", "+OK", "-ERR", "NO", ... (empty for SMTP)
};

/// What the session waits for next; tells the dialect how to frame replies.
enum class Expect {
    Greeting,
    Capabilities,
    Helo,      ///< SMTP only: HELO after a refused EHLO
    StartTls,
    CapabilitiesAfterTls,
    Quit,
    Noop,      ///< injection probe
    Authenticate, ///< replies to a login command, including SASL challenges
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
};

std::unique_ptr<Dialect> createDialect(Protocol protocol, const QByteArray &clientName);

/// Exact, case-insensitive token comparison: "LOGINDISABLED" never matches
/// "LOGIN". A capability's name is its first word ("AUTH PLAIN" -> "AUTH");
/// IMAP tokens like "AUTH=PLAIN" are compared whole.
bool hasCapability(const QStringList &capabilities, const QString &name);
/// The argument words of a capability ("AUTH PLAIN LOGIN" -> PLAIN, LOGIN).
QStringList capabilityArguments(const QStringList &capabilities, const QString &name);

} // namespace MailInspect
