// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace MailInspect {

/// The mail protocols mailinspect speaks, as PRODUCT.md names them.
enum class Protocol { Smtp, Submission, Lmtp, Imap, Pop3, Sieve };

/// How the connection is secured. StartTls upgrades a plain connection;
/// ImplicitTls speaks TLS from the first byte; None never upgrades;
/// Auto picks by port (465/993/995 implicit, everything else STARTTLS).
enum class Security { Auto, StartTls, ImplicitTls, None };

/// The protocol a well-known port speaks (993 -> imap), if it is one.
std::optional<Protocol> protocolForPort(quint16 port);
QString protocolName(Protocol protocol); // "smtp", "imap", ...
std::optional<Protocol> protocolFromName(const QString &name); // exact, lower-case
QList<Protocol> allProtocols();
quint16 defaultPort(Protocol protocol, Security security); // security must not be Auto
/// The implicit-TLS port of a protocol, or 0 when it has none (sieve, lmtp).
quint16 implicitTlsPort(Protocol protocol);
/// The STARTTLS/plain port of a protocol.
quint16 plainPort(Protocol protocol);
/// The STARTTLS port a mail app should use: 587 for SMTP (port 25 is for
/// mail between servers), otherwise plainPort().
quint16 clientStartTlsPort(Protocol protocol);

QString securityName(Security security); // "auto", "starttls", "tls", "none"
std::optional<Security> securityFromName(const QString &name);
/// Resolves Auto by port; other modes are returned unchanged.
Security effectiveSecurity(Security security, quint16 port);

/// The words a user's mail app uses: "None", "STARTTLS", "SSL/TLS".
QString securityDisplayName(Security security);
QString protocolDisplayName(Protocol protocol);

/// True when @p value can travel inside one command line: no CR, LF or NUL.
/// A user name "alice\r\nDELE 1" would otherwise end the login command
/// early and make the server run DELE 1. InspectionRequest::validate() and
/// the Authenticator both ask this, before anything is sent.
bool isSafeCommandText(const QString &value);
/// True when @p address can be put between the angle brackets of SMTP's
/// MAIL FROM / RCPT TO: not empty, safe command text, no space and no angle
/// bracket (which would end the path early or add parameters).
bool isSafeMailAddress(const QString &address);

} // namespace MailInspect
