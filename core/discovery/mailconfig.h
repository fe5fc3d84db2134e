// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/protocol.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailInspect {

/// One server a configuration document names: what a mail app would be set to.
struct ServerSetting
{
    Protocol protocol = Protocol::Imap; ///< Imap, Pop3 or Submission
    QString host;
    quint16 port = 0;
    Security security = Security::ImplicitTls; ///< ImplicitTls, StartTls or None
    QString username; ///< as the document gives it, placeholders filled in
    QStringList authentication; ///< the document's words ("password-cleartext", "OAuth2")

    bool isIncoming() const { return protocol != Protocol::Submission; }
};

/// The servers a configuration document (Thunderbird autoconfig, Exchange
/// Autodiscover POX) offers, in the document's order.
struct MailConfig
{
    QList<ServerSetting> servers;
    QStringList domains; ///< the domains the provider says it serves (autoconfig)
    QString redirectAddress; ///< Autodiscover "redirectAddr", not followed
};

/// Bounds for the parsers: documents come from web servers we do not trust.
namespace MailConfigLimits {
constexpr qsizetype maxDocumentBytes = 256 * 1024;
constexpr int maxDepth = 32;
constexpr int maxElements = 20000;
constexpr int maxServers = 32;
constexpr qsizetype maxTextChars = 1024;
} // namespace MailConfigLimits

/// Reads a config-v1.1.xml document (clientConfig/emailProvider). %EMAILDOMAIN%,
/// %EMAILLOCALPART% and %EMAILADDRESS% are filled from @p address. Servers with
/// an unusable host name or port, or an unknown type, are left out. nullopt with
/// *error for a document that is not one (or breaks the bounds).
std::optional<MailConfig> parseAutoconfig(const QByteArray &xml, const QString &address,
                                          QString *error);

/// Reads an Exchange Autodiscover POX response (IMAP, POP3 and SMTP protocols).
std::optional<MailConfig> parseAutodiscover(const QByteArray &xml, QString *error);

/// The POX request body Outlook sends for @p address.
QByteArray autodiscoverRequest(const QString &address);

/// True for a plausible DNS host name (letters, digits, hyphens, dots; no
/// empty label; at most 253 characters), the only thing a server may suggest.
bool isPlausibleHostName(const QString &host);

/// host equals domain or ends in ".domain".
bool isInDomain(const QString &host, const QString &domain);

} // namespace MailInspect
