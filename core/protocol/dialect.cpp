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

} // namespace MailInspect
