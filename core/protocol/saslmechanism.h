// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace MailInspect {

/// The ways mailinspect logs in: the SASL mechanisms it speaks, and the two
/// protocol-native logins (IMAP's LOGIN command, POP3's USER/PASS) that are
/// not SASL but are chosen the same way.
enum class SaslMechanism {
    Plain, ///< RFC 4616
    Login, ///< draft-murchison-sasl-login
    CramMd5, ///< RFC 2195
    ScramSha1, ///< RFC 5802
    ScramSha256, ///< RFC 7677
    XOAuth2, ///< Google's and Microsoft's bearer-token mechanism
    OAuthBearer, ///< RFC 7628
    ImapLogin, ///< IMAP's LOGIN command (RFC 9051), not SASL
    Pop3User, ///< POP3's USER and PASS commands (RFC 1939), not SASL
};

/// The mechanism's registered SASL name ("SCRAM-SHA-256"); IMAP's LOGIN
/// command is "LOGIN" and POP3's USER/PASS "USER", as a report names them.
QString saslMechanismName(SaslMechanism mechanism);
/// The mechanism a user or a server names, case-insensitive: the SASL names,
/// and "USER" (also "USER/PASS") for POP3's USER/PASS. "LOGIN" is the SASL
/// mechanism; IMAP's LOGIN command is what it means for a server that offers
/// no AUTH=LOGIN. Nothing for a name mailinspect does not speak.
std::optional<SaslMechanism> saslMechanismFromName(const QString &name);
/// The names a user may ask for, in the order a person reads them.
QStringList saslMechanismNames();
/// From the strongest to the weakest: the order the automatic choice tries.
QList<SaslMechanism> saslMechanismsByStrength();

/// The mechanism sends a bearer token instead of a password.
bool usesToken(SaslMechanism mechanism);
/// Whoever reads the exchange learns the secret itself (the password or the
/// token): only inside TLS, unless the user allowed it. CRAM-MD5 and SCRAM
/// never send the password.
bool revealsSecret(SaslMechanism mechanism);
/// A SASL mechanism (sent with AUTH/AUTHENTICATE), not a protocol's own command.
bool isSasl(SaslMechanism mechanism);

} // namespace MailInspect
