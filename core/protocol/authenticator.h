// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"
#include "saslclient.h"
#include "saslmechanism.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace MailInspect {

/// Plans and runs one login over a protocol: picks the mechanism (the one
/// asked for, or the strongest the server offers that the credentials
/// allow), frames the SASL exchange the protocol's way (IMAP AUTHENTICATE
/// with or without SASL-IR, SMTP/LMTP AUTH, POP3 AUTH, ManageSieve
/// AUTHENTICATE) or runs the protocol's own login (IMAP LOGIN, POP3
/// USER/PASS), and answers the server's challenges. No sockets inside.
class Authenticator
{
public:
    enum class Outcome { Continue, Succeeded, Failed };
    /// Why no login is tried.
    enum class Obstacle {
        None,
        NotOffered, ///< the server offers no login at all here
        NoSuitableMechanism, ///< offered, but nothing fits the credentials
        MechanismNotOffered, ///< the mechanism asked for is not offered
        Withheld, ///< only mechanisms that reveal the secret fit, and it may not be revealed
        UnsafeText, ///< a credential would break the command line (CR, LF, NUL)
    };

    /// @p asked: a mechanism, or nothing for the automatic choice.
    /// @p mayRevealSecret: the connection is one the secret may travel on
    /// (verified TLS, or the user allowed plain text); otherwise only
    /// mechanisms that never send it (CRAM-MD5, SCRAM) are used.
    Authenticator(Protocol protocol, const QStringList &capabilities, LoginCredentials credentials,
                  std::optional<SaslMechanism> asked, bool mayRevealSecret);
    ~Authenticator();

    Obstacle obstacle() const { return m_obstacle; }
    /// Why no login can be tried, for people, or empty.
    QString unavailableReason() const { return m_unavailable; }
    std::optional<SaslMechanism> mechanism() const { return m_mechanism; }
    /// The mechanism for people: "AUTH PLAIN", "AUTHENTICATE SCRAM-SHA-256", "IMAP LOGIN", ...
    QString mechanismName() const { return m_name; }
    /// Why this mechanism, in plain words ("asked for", "the strongest ...").
    QString choice() const { return m_choice; }
    /// The mechanisms the server offers, as it named them.
    QStringList offered() const { return m_offered; }

    /// The first command, without tag or CRLF (the dialect adds them).
    QByteArray firstCommand();
    /// Reacts to a reply. On Continue, *next is the line to send without
    /// CRLF; *nextIsCommand marks a new command (POP3's PASS) that the
    /// dialect tags, rather than a line inside the exchange.
    Outcome onReply(const Reply &reply, QByteArray *next, bool *nextIsCommand);

    /// The secrets as given (user name, password, token); the redactor
    /// derives their encodings.
    QList<QByteArray> secrets() const;
    /// Exact forms this login sent that carry a secret (SASL blobs, proofs,
    /// literals), raw and as sent on the wire.
    QList<QByteArray> sentForms() const;

    bool serverProofInvalid() const;
    QString oauthStatus() const;
    QString oauthScope() const;
    QString oauthConfiguration() const;
    /// Why the client gave up on the exchange (a challenge it could not use,
    /// too many rounds), for people; empty if it did not.
    QString problem() const { return m_problem; }

    /// At most this many challenges in one exchange; a server that keeps
    /// asking is cancelled.
    static constexpr int maxChallenges = 8;
    /// A challenge longer than this (base64 text) is not decoded.
    static constexpr qsizetype maxChallengeLength = 16384;

private:
    void plan(const QStringList &capabilities, std::optional<SaslMechanism> asked,
              bool mayRevealSecret);
    bool offers(SaslMechanism m) const;
    QByteArray saslStart();
    QByteArray encodeResponse(const QByteArray &raw) const;
    QByteArray cancelLine() const;
    std::optional<QByteArray> challengeOf(const Reply &reply, QString *why) const;
    Outcome cancel(const QString &why, QByteArray *next);
    Outcome onFinalReply(const Reply &reply);
    void buildImapLogin();

    Protocol m_protocol;
    LoginCredentials m_credentials;
    QStringList m_capabilities;
    QStringList m_offered;
    std::optional<SaslMechanism> m_mechanism;
    std::unique_ptr<SaslClient> m_sasl;
    Obstacle m_obstacle = Obstacle::None;
    QString m_name;
    QString m_choice;
    QString m_unavailable;
    QString m_problem;
    bool m_initialResponseAllowed = false;
    std::optional<QByteArray> m_pendingInitial; ///< initial response not sent with the command
    QList<QByteArray> m_literalParts; ///< IMAP LOGIN: what follows each continuation
    QList<QByteArray> m_sentForms;
    int m_challenges = 0;
    bool m_cancelled = false;
    int m_stage = 0;
};

} // namespace MailInspect
