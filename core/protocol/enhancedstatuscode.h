// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace MailInspect {

/// An RFC 3463 enhanced mail system status code, "class.subject.detail"
/// ("5.7.8"), as SMTP servers put it at the start of a reply's text
/// (RFC 2034). Default-constructed it is "none".
struct EnhancedStatusCode
{
    int statusClass = 0; ///< 2 success, 4 persistent transient, 5 permanent; 0: none
    int subject = 0;
    int detail = 0;

    bool isValid() const { return statusClass != 0; }
    bool isTransient() const { return statusClass == 4; }
    QString toString() const; ///< "5.7.8", or empty when none

    /// The code at the start of @p text ("5.7.8 Error: ..."), if any: class
    /// 2, 4 or 5, then one to three digits for subject and detail, then the
    /// end of the text or a space.
    static std::optional<EnhancedStatusCode> parse(const QByteArray &text);
    /// "5.7.8" exactly (what toString() wrote), e.g. from a report file.
    static std::optional<EnhancedStatusCode> fromString(const QString &text);

    // Codes with advice of their own (RFC 4954, RFC 3463, and a provider's).
    static constexpr EnhancedStatusCode authCredentialsInvalid() { return {5, 7, 8}; }
    static constexpr EnhancedStatusCode authMechanismTooWeak() { return {5, 7, 9}; }
    static constexpr EnhancedStatusCode encryptionRequiredForAuth() { return {5, 7, 11}; }
    /// Microsoft 365: basic authentication (a password) is disabled for the tenant.
    static constexpr EnhancedStatusCode basicAuthDisabled() { return {5, 7, 139}; }
    /// Microsoft 365: basic authentication is retired for client submission.
    static constexpr EnhancedStatusCode basicAuthRetired() { return {5, 7, 30}; }
    /// Dovecot's submission service: encryption required for the login (RFC 5248).
    static constexpr EnhancedStatusCode encryptionRequired() { return {5, 7, 10}; }
    /// Microsoft 365: the login may not send as this sender.
    static constexpr EnhancedStatusCode sendAsDenied() { return {5, 7, 60}; }

    friend bool operator==(const EnhancedStatusCode &, const EnhancedStatusCode &) = default;
};

} // namespace MailInspect
