// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replycode.h"

#include <QString>

namespace MailInspect {

/// Why a server refused a login, in the terms advice needs, the same for
/// every protocol. Read from the typed final reply (SMTP reply and enhanced
/// status codes, IMAP response codes, POP3 extended codes, ManageSieve codes,
/// and the provider words the dialects recognise), never from the text.
enum class LoginRefusal {
    None, ///< not refused (or no reply)
    Unknown, ///< refused, and no code says why
    Credentials, ///< 535 5.7.8, [AUTHENTICATIONFAILED], -ERR [AUTH]
    AppPasswordRequired, ///< two-step sign-in: an app password or OAuth (Gmail)
    WebLoginRequired, ///< sign in on the provider's web page first (Gmail)
    TooWeak, ///< this mechanism is too weak for the server (534 5.7.9, AUTH-TOO-WEAK)
    BasicAuthDisabled, ///< passwords turned off (Microsoft 365 5.7.139, 5.7.30)
    EncryptionRequired, ///< not without TLS (538, [PRIVACYREQUIRED], ENCRYPT-NEEDED)
    Temporary, ///< the login service is down (454, [UNAVAILABLE], [SYS/TEMP], TRYLATER)
    ServerError, ///< a permanent failure of the server itself ([SYS/PERM], SERVERBUG)
    Expired, ///< [EXPIRED]: the password or account expired
    ContactAdmin, ///< [CONTACTADMIN]: the account is disabled
    LoginDelay, ///< [LOGIN-DELAY]: logging in too often
    InUse, ///< [IN-USE]: another session holds the mailbox
    Limit, ///< [LIMIT]: too many connections
    AuthorizationFailed, ///< [AUTHORIZATIONFAILED]: may not act as that user
    TransitionNeeded, ///< TRANSITION-NEEDED: one PLAIN login over TLS first
};

/// The reason a final login reply gives; None for a positive reply.
LoginRefusal loginRefusal(const ReplyCode &reply);

/// What the "status" of an OAuth error challenge (RFC 7628 section 3.2.2;
/// Google and Microsoft send HTTP-style numbers for XOAUTH2) means.
enum class OAuthError {
    Other,
    InvalidToken, ///< expired, revoked, or for another account
    InsufficientScope, ///< valid, but without the mail permission
};
OAuthError oauthError(const QString &status);

} // namespace MailInspect
