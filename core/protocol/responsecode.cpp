// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsecode.h"

#include "report/untrustedtext.h"

namespace MailInspect {

namespace {
using Kind = ResponseCode::Kind;

struct KnownCode
{
    const char *name;
    Kind kind;
};

// Every name a server may send, across IMAP (RFC 3501, 5530, 2221), POP3
// (RFC 2449, 3206) and ManageSieve (RFC 5804).
constexpr KnownCode knownCodes[] = {
    {"ALERT", Kind::Alert},
    {"CAPABILITY", Kind::Capability},
    {"REFERRAL", Kind::Referral},
    {"UNAVAILABLE", Kind::Unavailable},
    {"SYS/TEMP", Kind::Unavailable},
    {"TRYLATER", Kind::Unavailable},
    {"INUSE", Kind::InUse},
    {"IN-USE", Kind::InUse},
    {"LOGIN-DELAY", Kind::LoginDelay},
    {"SYS/PERM", Kind::SystemError},
    {"SYS", Kind::SystemError},
    {"SERVERBUG", Kind::SystemError},
    {"AUTHENTICATIONFAILED", Kind::AuthenticationFailed},
    {"AUTH", Kind::AuthenticationFailed},
    {"AUTHORIZATIONFAILED", Kind::AuthorizationFailed},
    {"EXPIRED", Kind::Expired},
    {"PRIVACYREQUIRED", Kind::PrivacyRequired},
    {"ENCRYPT-NEEDED", Kind::PrivacyRequired},
    {"AUTH-TOO-WEAK", Kind::AuthTooWeak},
    {"TRANSITION-NEEDED", Kind::TransitionNeeded},
    {"CONTACTADMIN", Kind::ContactAdmin},
    {"NOPERM", Kind::NoPermission},
    {"OVERQUOTA", Kind::OverQuota},
    {"QUOTA", Kind::OverQuota},
    {"LIMIT", Kind::LimitExceeded},
    {"NONEXISTENT", Kind::NonExistent},
    {"ALREADYEXISTS", Kind::AlreadyExists},
    {"CLIENTBUG", Kind::ClientBug},
    {"SASL", Kind::Sasl},
    {"TAG", Kind::Tag},
    {"WARNINGS", Kind::Warnings},
    {"ACTIVE", Kind::Active},
};

struct KindName
{
    Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {Kind::Unknown, "unknown"},
    {Kind::Alert, "alert"},
    {Kind::Capability, "capability"},
    {Kind::Referral, "referral"},
    {Kind::Unavailable, "unavailable"},
    {Kind::InUse, "in-use"},
    {Kind::LoginDelay, "login-delay"},
    {Kind::SystemError, "system-error"},
    {Kind::AuthenticationFailed, "authentication-failed"},
    {Kind::AuthorizationFailed, "authorization-failed"},
    {Kind::Expired, "expired"},
    {Kind::PrivacyRequired, "privacy-required"},
    {Kind::AuthTooWeak, "auth-too-weak"},
    {Kind::BasicAuthDisabled, "basic-auth-disabled"},
    {Kind::AppPasswordRequired, "app-password-required"},
    {Kind::WebLoginRequired, "web-login-required"},
    {Kind::SenderNotPermitted, "sender-not-permitted"},
    {Kind::TransitionNeeded, "transition-needed"},
    {Kind::ContactAdmin, "contact-admin"},
    {Kind::NoPermission, "no-permission"},
    {Kind::OverQuota, "over-quota"},
    {Kind::LimitExceeded, "limit-exceeded"},
    {Kind::NonExistent, "non-existent"},
    {Kind::AlreadyExists, "already-exists"},
    {Kind::ClientBug, "client-bug"},
    {Kind::Sasl, "sasl"},
    {Kind::Tag, "tag"},
    {Kind::Warnings, "warnings"},
    {Kind::Active, "active"},
};

std::optional<Kind> lookup(const QByteArray &upperName)
{
    for (const KnownCode &c : knownCodes) {
        if (upperName == c.name)
            return c.kind;
    }
    return std::nullopt;
}
} // namespace

bool ResponseCode::isTemporary() const
{
    return kind == Kind::Unavailable || kind == Kind::InUse || kind == Kind::LoginDelay;
}

ResponseCode ResponseCode::fromName(const QByteArray &name, const QByteArray &argument)
{
    const QByteArray upper = name.toUpper();
    ResponseCode code;
    code.name = untrustedText(upper.left(64));
    code.argument = untrustedText(argument.left(1024));
    std::optional<Kind> kind = lookup(upper);
    const qsizetype slash = upper.indexOf('/');
    if (!kind && slash > 0)
        kind = lookup(upper.left(slash));
    code.kind = kind.value_or(Kind::Unknown);
    return code;
}

std::optional<ResponseCode> ResponseCode::parseBracketed(const QByteArray &text, QByteArray *rest)
{
    if (!text.startsWith('['))
        return std::nullopt;
    const qsizetype close = text.indexOf(']');
    if (close < 0)
        return std::nullopt;
    const QByteArray inside = text.mid(1, close - 1).trimmed();
    if (inside.isEmpty())
        return std::nullopt;
    const qsizetype sp = inside.indexOf(' ');
    if (rest)
        *rest = text.mid(close + 1).trimmed();
    return fromName(sp < 0 ? inside : inside.left(sp),
                    sp < 0 ? QByteArray() : inside.mid(sp + 1).trimmed());
}

namespace {
struct Phrase
{
    const char *words; ///< lower case
    Kind kind;
};

// Sharpest first: the first phrase found decides. Sources: Gmail, Microsoft 365
// and Exchange Online replies seen in public reports; Postfix, Dovecot and
// Cyrus sources (the design notes list them).
constexpr Phrase phrases[] = {
    {"application-specific password", Kind::AppPasswordRequired},
    {"p=invalidsecondfactor", Kind::AppPasswordRequired},
    {"web login required", Kind::WebLoginRequired},
    {"log in with your web browser", Kind::WebLoginRequired},
    {"log in via your web browser", Kind::WebLoginRequired},
    {"p=webloginrequired", Kind::WebLoginRequired},
    {"basic authentication is disabled", Kind::BasicAuthDisabled},
    {"basic authentication is not supported", Kind::BasicAuthDisabled},
    {"smtpclientauthentication is disabled", Kind::BasicAuthDisabled},
    {"not owned by user", Kind::SenderNotPermitted},
    {"permissions to send as this sender", Kind::SenderNotPermitted},
    {"plaintext authentication", Kind::PrivacyRequired},
    {"must issue a starttls command first", Kind::PrivacyRequired},
    {"encryption required", Kind::PrivacyRequired},
    {"only available under a layer", Kind::PrivacyRequired},
};
} // namespace

void ResponseCode::refineFromWords(const QByteArray &text)
{
    // Bounded: a reply's words are read up to this far.
    const QByteArray lower = text.left(16 * 1024).toLower();
    for (const Phrase &p : phrases) {
        if (!lower.contains(p.words))
            continue;
        // A code that already names a sharper reason stays: the words only
        // say "encryption" where a code said the account or the provider.
        const bool sharper = kind == Kind::BasicAuthDisabled || kind == Kind::SenderNotPermitted;
        if (p.kind == Kind::PrivacyRequired && (sharper || kind == Kind::AuthTooWeak))
            return;
        if (sharper && p.kind != kind)
            return;
        kind = p.kind;
        return;
    }
}

QString ResponseCode::kindName(Kind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<ResponseCode::Kind> ResponseCode::kindFromName(const QString &name)
{
    if (name.isEmpty())
        return Kind::None;
    for (const KindName &k : kindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

} // namespace MailInspect
