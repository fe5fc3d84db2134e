// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include <QCoreApplication>

namespace MailInspect {

std::optional<Protocol> protocolForPort(quint16 port)
{
    switch (port) {
    case 25:
    case 465:
        return Protocol::Smtp;
    case 587:
        return Protocol::Submission;
    case 143:
    case 993:
        return Protocol::Imap;
    case 110:
    case 995:
        return Protocol::Pop3;
    case 4190:
        return Protocol::Sieve;
    case 24:
        return Protocol::Lmtp;
    default:
        return std::nullopt;
    }
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return QStringLiteral("smtp");
    case Protocol::Submission:
        return QStringLiteral("submission");
    case Protocol::Lmtp:
        return QStringLiteral("lmtp");
    case Protocol::Imap:
        return QStringLiteral("imap");
    case Protocol::Pop3:
        return QStringLiteral("pop3");
    case Protocol::Sieve:
        return QStringLiteral("sieve");
    }
    return {};
}

std::optional<Protocol> protocolFromName(const QString &name)
{
    for (Protocol p : allProtocols()) {
        if (protocolName(p) == name)
            return p;
    }
    return std::nullopt;
}

QList<Protocol> allProtocols()
{
    return {Protocol::Smtp, Protocol::Submission, Protocol::Imap,
            Protocol::Pop3, Protocol::Sieve,      Protocol::Lmtp};
}

quint16 implicitTlsPort(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
    case Protocol::Submission:
        return 465;
    case Protocol::Imap:
        return 993;
    case Protocol::Pop3:
        return 995;
    case Protocol::Sieve:
    case Protocol::Lmtp:
        return 0;
    }
    return 0;
}

quint16 plainPort(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return 25;
    case Protocol::Submission:
        return 587;
    case Protocol::Lmtp:
        return 24;
    case Protocol::Imap:
        return 143;
    case Protocol::Pop3:
        return 110;
    case Protocol::Sieve:
        return 4190;
    }
    return 0;
}

quint16 clientStartTlsPort(Protocol protocol)
{
    return protocol == Protocol::Smtp ? plainPort(Protocol::Submission) : plainPort(protocol);
}

quint16 defaultPort(Protocol protocol, Security security)
{
    if (security == Security::ImplicitTls && implicitTlsPort(protocol) != 0)
        return implicitTlsPort(protocol);
    return plainPort(protocol);
}

QString securityName(Security security)
{
    switch (security) {
    case Security::Auto:
        return QStringLiteral("auto");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Security> securityFromName(const QString &name)
{
    for (Security s : {Security::Auto, Security::StartTls, Security::ImplicitTls, Security::None}) {
        if (securityName(s) == name)
            return s;
    }
    // The words mail apps use are accepted too.
    const QString lower = name.toLower();
    if (lower == QLatin1String("ssl") || lower == QLatin1String("ssl/tls")
        || lower == QLatin1String("implicit"))
        return Security::ImplicitTls;
    return std::nullopt;
}

Security effectiveSecurity(Security security, quint16 port)
{
    if (security != Security::Auto)
        return security;
    return (port == 465 || port == 993 || port == 995) ? Security::ImplicitTls : Security::StartTls;
}

QString securityDisplayName(Security security)
{
    switch (security) {
    case Security::Auto:
        return QCoreApplication::translate("MailInspect", "Automatic");
    case Security::StartTls:
        return QCoreApplication::translate("MailInspect", "STARTTLS");
    case Security::ImplicitTls:
        return QCoreApplication::translate("MailInspect", "SSL/TLS");
    case Security::None:
        return QCoreApplication::translate("MailInspect", "None");
    }
    return {};
}

QString protocolDisplayName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return QCoreApplication::translate("MailInspect", "SMTP (server to server)");
    case Protocol::Submission:
        return QCoreApplication::translate("MailInspect", "SMTP submission (sending mail)");
    case Protocol::Lmtp:
        return QCoreApplication::translate("MailInspect", "LMTP");
    case Protocol::Imap:
        return QCoreApplication::translate("MailInspect", "IMAP");
    case Protocol::Pop3:
        return QCoreApplication::translate("MailInspect", "POP3");
    case Protocol::Sieve:
        return QCoreApplication::translate("MailInspect", "ManageSieve");
    }
    return {};
}

bool isSafeCommandText(const QString &value)
{
    for (QChar c : value) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            return false;
    }
    return true;
}

bool isSafeMailAddress(const QString &address)
{
    if (address.isEmpty() || !isSafeCommandText(address))
        return false;
    for (QChar c : address) {
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

} // namespace MailInspect
