// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/authenticator.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace MailInspect {

class Dialect;
struct Reply;

/// One login, when the user gave credentials: whether the secret may go out
/// at all, then the Authenticator's exchange as the bytes to write (tagged
/// and framed by the dialect).
class LoginJob
{
public:
    /// Why the password stays home, if it does.
    enum class Refusal {
        None,
        NotEncrypted, ///< plain text, and the user did not allow it
        Unverified, ///< inside TLS, but the certificate did not verify
    };
    /// A secret travels (in clear or as good as clear) only inside TLS with a
    /// verified certificate, unless the user explicitly allowed plain text.
    static Refusal refusal(bool inTls, bool certificateVerified, bool plaintextAllowed);

    /// @p refusal: whether the connection may carry a secret; when it may
    /// not, only mechanisms that never send it (CRAM-MD5, SCRAM) are used.
    LoginJob(Protocol protocol, const QStringList &capabilities, LoginCredentials credentials,
             std::optional<SaslMechanism> mechanism, Refusal refusal);

    const Authenticator &authenticator() const { return m_auth; }
    /// Why no login can be tried, or empty.
    QString unavailableReason() const { return m_auth.unavailableReason(); }
    QString mechanismName() const { return m_auth.mechanismName(); }
    /// The refusal that stands when no mechanism could be used (None if the
    /// connection was not the reason, or a mechanism was chosen).
    Refusal withheldBecause() const;
    /// Every form of the secrets, for the redactor: as given, and as sent.
    QList<QByteArray> secrets() const { return m_auth.secrets(); }
    QList<QByteArray> sentForms() const { return m_auth.sentForms(); }

    /// The first command, tagged, with CRLF.
    QByteArray start(Dialect &dialect);

    struct Next
    {
        bool finished = false; ///< the login is over (see succeeded)
        bool succeeded = false;
        QByteArray bytes; ///< to write when not finished
        bool endsSaslExchange = false; ///< bytes start a new command, not a SASL line
    };
    Next onReply(const Reply &reply, Dialect &dialect);

private:
    Authenticator m_auth;
    Refusal m_refusal;
};

} // namespace MailInspect
