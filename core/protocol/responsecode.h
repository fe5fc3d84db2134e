// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace MailInspect {

/// The machine-readable code in a reply, typed: IMAP's `[CODE argument]`
/// (RFC 3501, RFC 5530), POP3's `[CODE/SUBCODE]` (RFC 2449, RFC 3206),
/// ManageSieve's `(CODE argument)` (RFC 5804), and for SMTP the meaning of
/// its reply and enhanced status codes. `kind` is what the code means, shared
/// where protocols mean the same thing under different names; `name` and
/// `argument` keep what the server sent, for people.
struct ResponseCode
{
    enum class Kind {
        None, ///< the reply carried no code
        Unknown, ///< a code mailinspect does not know; `name` says which
        Alert, ///< IMAP ALERT: words the server wants the user to read
        Capability, ///< IMAP CAPABILITY: the capability list rides along
        Referral, ///< IMAP REFERRAL (RFC 2221), Sieve REFERRAL: go elsewhere
        Unavailable, ///< IMAP UNAVAILABLE, POP3 SYS/TEMP, Sieve TRYLATER: try later
        InUse, ///< IMAP INUSE, POP3 IN-USE: the mailbox is locked by another session
        LoginDelay, ///< POP3 LOGIN-DELAY: logging in too often
        SystemError, ///< POP3 SYS/PERM, IMAP SERVERBUG: the server's own failure
        AuthenticationFailed, ///< IMAP AUTHENTICATIONFAILED, POP3 AUTH, SMTP 535 / 5.7.8
        AuthorizationFailed, ///< IMAP AUTHORIZATIONFAILED
        Expired, ///< IMAP EXPIRED: the password or account expired
        /// IMAP PRIVACYREQUIRED, Sieve ENCRYPT-NEEDED, SMTP 538 / 5.7.11: not
        /// without TLS. Also the words servers use for it without a code.
        PrivacyRequired,
        AuthTooWeak, ///< Sieve AUTH-TOO-WEAK, SMTP 534 / 5.7.9 (often: app password needed)
        /// SMTP 5.7.139 and 5.7.30, Exchange Online's IMAP/POP3 words (Microsoft
        /// 365): no passwords at all
        BasicAuthDisabled,
        /// The account has two-step sign-in: an app password (or OAuth) is
        /// needed. Gmail's words; no code says it.
        AppPasswordRequired,
        /// The provider blocked the sign-in until the user logs in on the web
        /// (Gmail's WEBALERT and "log in with your web browser").
        WebLoginRequired,
        /// SMTP 5.7.60, "not owned by user": the login may not send as this sender.
        SenderNotPermitted,
        TransitionNeeded, ///< Sieve TRANSITION-NEEDED
        ContactAdmin, ///< IMAP CONTACTADMIN
        NoPermission, ///< IMAP NOPERM
        OverQuota, ///< IMAP OVERQUOTA, Sieve QUOTA, QUOTA/MAXSCRIPTS, QUOTA/MAXSIZE
        LimitExceeded, ///< IMAP LIMIT
        NonExistent, ///< IMAP and Sieve NONEXISTENT
        AlreadyExists, ///< IMAP and Sieve ALREADYEXISTS
        ClientBug, ///< IMAP CLIENTBUG
        Sasl, ///< Sieve SASL: a final SASL response rides along
        Tag, ///< Sieve TAG: echoes the client's tag
        Warnings, ///< Sieve WARNINGS: the script has warnings
        Active, ///< Sieve ACTIVE: the script is active
    };

    Kind kind = Kind::None;
    QString name; ///< as sent, upper case ("SYS/TEMP", "QUOTA/MAXSIZE"), for people
    QString argument; ///< what follows the name ("IMAP4rev1 STARTTLS", a URL, ...)

    bool operator==(const ResponseCode &) const = default;

    bool isNone() const { return kind == Kind::None; }
    /// Asking again later may work (UNAVAILABLE, IN-USE, SYS/TEMP, TRYLATER, LOGIN-DELAY).
    bool isTemporary() const;

    /// A code by its name, for any protocol: IMAP, POP3 and Sieve names do
    /// not collide. A hierarchical name ("SYS/FOO") the table lacks is read
    /// as its parent ("SYS"), as RFC 2449 asks.
    static ResponseCode fromName(const QByteArray &name, const QByteArray &argument = {});
    /// A leading `[NAME argument]` (IMAP, POP3); *rest gets the text after it.
    static std::optional<ResponseCode> parseBracketed(const QByteArray &text,
                                                      QByteArray *rest = nullptr);
    /// What a refusal's words say where no code does, matched here and nowhere
    /// else: servers that refuse a password over plain text (Dovecot's
    /// "Plaintext authentication disallowed", also under POP3's [AUTH],
    /// Postfix's "Must issue a STARTTLS command first"), and providers that
    /// send no code for the reason (Gmail's app password and web login,
    /// Exchange Online's "Basic authentication is disabled."). @p text may
    /// hold every line of the reply.
    void refineFromWords(const QByteArray &text);

    /// Stable names for report files ("privacy-required"); empty for None.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

} // namespace MailInspect
