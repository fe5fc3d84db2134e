// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "saslmechanism.h"

namespace MailInspect {

namespace {
struct Entry
{
    SaslMechanism mechanism;
    const char *name;
};
// Strongest first: the automatic choice walks this table.
constexpr Entry table[] = {
    {SaslMechanism::OAuthBearer, "OAUTHBEARER"},
    {SaslMechanism::XOAuth2, "XOAUTH2"},
    {SaslMechanism::ScramSha256, "SCRAM-SHA-256"},
    {SaslMechanism::ScramSha1, "SCRAM-SHA-1"},
    {SaslMechanism::CramMd5, "CRAM-MD5"},
    {SaslMechanism::Plain, "PLAIN"},
    {SaslMechanism::Login, "LOGIN"},
    {SaslMechanism::ImapLogin, "LOGIN"},
    {SaslMechanism::Pop3User, "USER"},
};
} // namespace

QString saslMechanismName(SaslMechanism mechanism)
{
    for (const Entry &e : table) {
        if (e.mechanism == mechanism)
            return QString::fromLatin1(e.name);
    }
    return {};
}

std::optional<SaslMechanism> saslMechanismFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("USER/PASS"))
        return SaslMechanism::Pop3User;
    // The first entry of a name wins: "LOGIN" is the SASL mechanism.
    for (const Entry &e : table) {
        if (upper == QLatin1String(e.name) && e.mechanism != SaslMechanism::ImapLogin)
            return e.mechanism;
    }
    return std::nullopt;
}

QStringList saslMechanismNames()
{
    return {QStringLiteral("PLAIN"),         QStringLiteral("LOGIN"),
            QStringLiteral("CRAM-MD5"),      QStringLiteral("SCRAM-SHA-1"),
            QStringLiteral("SCRAM-SHA-256"), QStringLiteral("XOAUTH2"),
            QStringLiteral("OAUTHBEARER"),   QStringLiteral("USER")};
}

QList<SaslMechanism> saslMechanismsByStrength()
{
    QList<SaslMechanism> out;
    for (const Entry &e : table)
        out.append(e.mechanism);
    return out;
}

bool usesToken(SaslMechanism mechanism)
{
    return mechanism == SaslMechanism::XOAuth2 || mechanism == SaslMechanism::OAuthBearer;
}

bool revealsSecret(SaslMechanism mechanism)
{
    switch (mechanism) {
    case SaslMechanism::CramMd5:
    case SaslMechanism::ScramSha1:
    case SaslMechanism::ScramSha256:
        return false;
    default:
        return true;
    }
}

bool isSasl(SaslMechanism mechanism)
{
    return mechanism != SaslMechanism::ImapLogin && mechanism != SaslMechanism::Pop3User;
}

} // namespace MailInspect
