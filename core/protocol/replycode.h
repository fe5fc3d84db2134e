// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enhancedstatuscode.h"
#include "responsecode.h"

#include <QString>

#include <optional>

namespace MailInspect {

/// What kind of answer a reply is, the same words for every protocol.
enum class ReplyStatus {
    None, ///< no reply (yet): a fact the session never recorded
    Positive, ///< SMTP 2xx/3xx, IMAP OK, POP3 +OK, Sieve OK
    Temporary, ///< SMTP 4xx
    Negative, ///< SMTP 5xx, IMAP NO, POP3 -ERR, Sieve NO
    Bad, ///< IMAP BAD
    Bye, ///< IMAP/Sieve BYE
    Preauth, ///< IMAP PREAUTH greeting
    Malformed, ///< not valid for the protocol
    Continue, ///< a SASL challenge: SMTP 334, IMAP/POP3 "+", Sieve string
};

/// The typed part of one reply, as the session keeps it in the report's
/// facts: its status, the SMTP reply code and enhanced status code, and the
/// response code. The diagnosis reads these and never the server's words.
struct ReplyCode
{
    ReplyStatus status = ReplyStatus::None;
    int code = 0; ///< SMTP/LMTP reply code; 0 for the other protocols
    EnhancedStatusCode enhanced; ///< SMTP (RFC 3463), when the server sent one
    ResponseCode response; ///< IMAP/POP3/Sieve code, or the meaning of SMTP's codes

    bool operator==(const ReplyCode &) const = default;

    bool isPositive() const { return status == ReplyStatus::Positive; }
    /// The server ends the session with this reply (IMAP/Sieve BYE, SMTP 421).
    bool closesSession() const;
    /// The door is shut: closing, or SMTP 554 ("no SMTP service here").
    bool refusesService() const;
    /// Asking again later may work: SMTP 4xx or a 4.x.x enhanced code, or a
    /// temporary response code (UNAVAILABLE, SYS/TEMP, IN-USE, TRYLATER, ...).
    bool isTransient() const;
    /// SMTP 454 to STARTTLS (RFC 3207): TLS is not available on the server's
    /// side, most often a certificate or key it cannot read.
    bool isTlsNotAvailable() const;

    /// A line that is no valid reply.
    static ReplyCode malformed()
    {
        ReplyCode c;
        c.status = ReplyStatus::Malformed;
        return c;
    }

    /// "positive", "temporary", ...: stable names for report files; empty for None.
    static QString statusName(ReplyStatus status);
    static std::optional<ReplyStatus> statusFromName(const QString &name);
};

} // namespace MailInspect
