// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saslmechanism.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace MailInspect {

/// What a login may use: the user name and the secret the mechanism needs
/// (a password, or an OAuth 2 access token), and where it goes (OAUTHBEARER
/// names the host and port).
struct LoginCredentials
{
    QString user;
    QString password;
    QString token;
    QString host;
    quint16 port = 0;
};

/// The client side of one SASL exchange, without any protocol around it:
/// raw bytes in (decoded challenges), raw bytes out (responses to encode).
/// PLAIN, LOGIN, CRAM-MD5 (RFC 2195), SCRAM-SHA-1 and SCRAM-SHA-256 (RFC
/// 5802, RFC 7677; the server's signature is verified), XOAUTH2 and
/// OAUTHBEARER (RFC 7628; the error challenge is read and answered). Hashes,
/// HMACs and PBKDF2 are Qt's. Every server byte is untrusted: a challenge it
/// cannot use ends the exchange with a problem(), never a crash or a wait.
class SaslClient
{
public:
    SaslClient(SaslMechanism mechanism, LoginCredentials credentials);

    /// Why these credentials cannot be used with @p mechanism (no password,
    /// no token, a password SASLprep refuses), or empty.
    static QString credentialsProblem(SaslMechanism mechanism, const LoginCredentials &c);

    SaslMechanism mechanism() const { return m_mechanism; }
    /// The client speaks first (PLAIN, SCRAM, the OAuth mechanisms): the
    /// initial response, raw. Nothing for LOGIN and CRAM-MD5.
    std::optional<QByteArray> initialResponse();

    struct Answer
    {
        bool abort = false; ///< cancel the exchange (the protocol's "*")
        QByteArray response; ///< raw; sent base64-encoded unless aborting
    };
    /// Answers one decoded server challenge.
    Answer respond(const QByteArray &challenge);
    /// The server said the login succeeded, with its additional data if the
    /// protocol carries some in the success reply (ManageSieve's SASL code).
    /// False when the server did not prove itself (SCRAM's v=): then the
    /// login is not to be trusted.
    bool acceptSuccess(const std::optional<QByteArray> &additionalData);

    /// Every form of a secret this exchange sent, raw (the redactor also
    /// derives their base64): SASL blobs that carry a password, a token or
    /// a proof.
    QList<QByteArray> sentSecrets() const { return m_sentSecrets; }

    bool serverProofInvalid() const { return m_serverProofInvalid; }
    /// SCRAM's server error (e=...), as report text.
    QString serverError() const { return m_serverError; }
    /// RFC 7628 error challenge: its status, scope and openid-configuration.
    QString oauthStatus() const { return m_oauthStatus; }
    QString oauthScope() const { return m_oauthScope; }
    QString oauthConfiguration() const { return m_oauthConfiguration; }
    /// Why the client gave up on the exchange, for people; empty if it did not.
    QString problem() const { return m_problem; }

    /// Tests only: the client nonce of the SCRAM exchanges that start after
    /// this call (RFC test vectors fix it); empty for a random one.
    static void setScramNonceForTesting(const QByteArray &nonce);

    /// The most SCRAM iterations a server may ask for. The key is derived on
    /// the event loop: 100000 rounds of SHA-256 take about 0.2 s, while a
    /// hostile count would hold the whole program (servers use 4096 to 15000).
    static constexpr int maxScramIterations = 100000;

private:
    Answer abort(const QString &why);
    Answer scramServerFirst(const QByteArray &challenge);
    bool scramVerify(const QByteArray &serverFinal);
    void readOAuthError(const QByteArray &challenge);

    SaslMechanism m_mechanism;
    LoginCredentials m_credentials;
    int m_round = 0;
    bool m_initialSent = false;
    bool m_verified = false;
    bool m_serverProofInvalid = false;
    QString m_serverError;
    QString m_oauthStatus;
    QString m_oauthScope;
    QString m_oauthConfiguration;
    QString m_problem;
    QList<QByteArray> m_sentSecrets;
    // SCRAM state
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_serverSignature;
};

/// SCRAM's user name: SASLprep'd (NFKC), with "," and "=" escaped (RFC 5802
/// section 5.1). Empty for a name with control characters.
QByteArray scramSaslName(const QString &name);
/// The minimal SASLprep this client applies to a password (NFKC, no control
/// characters); nothing when it must be refused.
std::optional<QByteArray> scramPrepare(const QString &text);

} // namespace MailInspect
