// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginrefusal.h"

namespace MailInspect {

// The code's meaning first (the dialect already put the provider's words
// into it); the account's own state before "try later", since IN-USE and
// LOGIN-DELAY are temporary too but need the user to act; the reply class
// last.
LoginRefusal loginRefusal(const ReplyCode &reply)
{
    using Kind = ResponseCode::Kind;
    switch (reply.status) {
    case ReplyStatus::None:
    case ReplyStatus::Positive:
    case ReplyStatus::Preauth:
    case ReplyStatus::Continue:
        return LoginRefusal::None;
    default:
        break;
    }
    switch (reply.response.kind) {
    case Kind::BasicAuthDisabled:
        return LoginRefusal::BasicAuthDisabled;
    case Kind::AppPasswordRequired:
        return LoginRefusal::AppPasswordRequired;
    case Kind::WebLoginRequired:
        return LoginRefusal::WebLoginRequired;
    case Kind::AuthTooWeak:
        return LoginRefusal::TooWeak;
    case Kind::PrivacyRequired:
        return LoginRefusal::EncryptionRequired;
    case Kind::Expired:
        return LoginRefusal::Expired;
    case Kind::ContactAdmin:
        return LoginRefusal::ContactAdmin;
    case Kind::LoginDelay:
        return LoginRefusal::LoginDelay;
    case Kind::InUse:
        return LoginRefusal::InUse;
    case Kind::LimitExceeded:
        return LoginRefusal::Limit;
    case Kind::AuthorizationFailed:
        return LoginRefusal::AuthorizationFailed;
    case Kind::TransitionNeeded:
        return LoginRefusal::TransitionNeeded;
    case Kind::Unavailable:
        return LoginRefusal::Temporary;
    case Kind::SystemError:
        return LoginRefusal::ServerError;
    default:
        break;
    }
    if (reply.isTransient())
        return LoginRefusal::Temporary;
    if (reply.response.kind == Kind::AuthenticationFailed)
        return LoginRefusal::Credentials;
    return LoginRefusal::Unknown;
}

OAuthError oauthError(const QString &status)
{
    const QString s = status.trimmed();
    if (s.compare(QLatin1String("invalid_token"), Qt::CaseInsensitive) == 0
        || s == QLatin1String("401"))
        return OAuthError::InvalidToken;
    if (s.compare(QLatin1String("insufficient_scope"), Qt::CaseInsensitive) == 0
        || s == QLatin1String("403"))
        return OAuthError::InsufficientScope;
    return OAuthError::Other;
}

} // namespace MailInspect
