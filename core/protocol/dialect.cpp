// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include "report/untrustedtext.h"

#include "imapdialect.h"
#include "pop3dialect.h"
#include "sievedialect.h"
#include "smtpdialect.h"

namespace MailInspect {

QString Reply::statusWord() const
{
    if (!statusToken.isEmpty())
        return untrustedText(statusToken.left(16));
    if (lines.isEmpty())
        return {};
    const QByteArray last = lines.constLast();
    const qsizetype sp = last.indexOf(' ');
    return untrustedText((sp < 0 ? last : last.left(sp)).left(16));
}

bool Dialect::greetingHasCapabilities(const Reply &) const
{
    return false;
}

bool Dialect::refusedGreetingAwaitsQuit(const Reply &) const
{
    return false;
}

QString Dialect::verbOf(const QByteArray &commandLine) const
{
    const qsizetype end = commandLine.indexOf('\r');
    const QByteArray line = end < 0 ? commandLine : commandLine.left(end);
    const qsizetype sp = line.indexOf(' ');
    return QString::fromLatin1((sp < 0 ? line : line.left(sp)).left(20));
}

std::unique_ptr<Dialect> createDialect(Protocol protocol, const QByteArray &clientName)
{
    switch (protocol) {
    case Protocol::Smtp:
    case Protocol::Submission:
        return std::make_unique<SmtpDialect>(protocol, clientName);
    case Protocol::Lmtp:
        return std::make_unique<SmtpDialect>(protocol, clientName);
    case Protocol::Imap:
        return std::make_unique<ImapDialect>();
    case Protocol::Pop3:
        return std::make_unique<Pop3Dialect>();
    case Protocol::Sieve:
        return std::make_unique<SieveDialect>();
    }
    return nullptr;
}

const Dialect &dialectFor(Protocol protocol)
{
    // Built once; only const questions are asked, so one instance serves all.
    static const std::unique_ptr<Dialect> dialects[] = {
        createDialect(Protocol::Smtp, {}), createDialect(Protocol::Submission, {}),
        createDialect(Protocol::Lmtp, {}), createDialect(Protocol::Imap, {}),
        createDialect(Protocol::Pop3, {}), createDialect(Protocol::Sieve, {}),
    };
    for (const std::unique_ptr<Dialect> &d : dialects) {
        if (d->protocol() == protocol)
            return *d;
    }
    return *dialects[0];
}

std::optional<qint64> boundedCount(const QByteArray &digits)
{
    // 10^15 is far beyond any mailbox; a longer number is garbage, not a count.
    if (digits.isEmpty() || digits.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

namespace {
QString capabilityName(const QString &capability)
{
    const qsizetype sp = capability.indexOf(QLatin1Char(' '));
    return sp < 0 ? capability : capability.left(sp);
}
} // namespace

bool hasCapability(const QStringList &capabilities, const QString &name)
{
    for (const QString &c : capabilities) {
        if (capabilityName(c).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList capabilityArguments(const QStringList &capabilities, const QString &name)
{
    for (const QString &c : capabilities) {
        if (capabilityName(c).compare(name, Qt::CaseInsensitive) == 0)
            return c.mid(name.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return {};
}

namespace {
// Mechanisms that never put the password (or a token) on the wire: a server
// may offer them before TLS without handing the secret to an eavesdropper.
bool keepsSecret(const QString &mechanism)
{
    static const QStringList names {QStringLiteral("CRAM-MD5"), QStringLiteral("DIGEST-MD5"),
                                    QStringLiteral("GSSAPI"), QStringLiteral("EXTERNAL"),
                                    QStringLiteral("ANONYMOUS")};
    return names.contains(mechanism, Qt::CaseInsensitive)
        || mechanism.startsWith(QLatin1String("SCRAM-"), Qt::CaseInsensitive)
        || mechanism.startsWith(QLatin1String("GS2-"), Qt::CaseInsensitive);
}
} // namespace

bool offersMechanisms(const QString &line, const QString &keyword)
{
    const QString trimmed = line.trimmed();
    const QString word = capabilityName(trimmed);
    QStringList mechanisms;
    if (word.compare(keyword, Qt::CaseInsensitive) == 0) {
        const QString rest = trimmed.section(QLatin1Char(' '), 1).trimmed();
        if (rest == QLatin1String("\"\""))
            return false;
        mechanisms = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else if (word.startsWith(keyword + QLatin1Char('='), Qt::CaseInsensitive)) {
        // Old SMTP servers announce "AUTH=PLAIN LOGIN".
        mechanisms = trimmed.mid(keyword.size() + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    for (const QString &m : mechanisms) {
        if (!keepsSecret(m))
            return true;
    }
    return false;
}

} // namespace MailInspect
