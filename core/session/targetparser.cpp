// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetparser.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace MailInspect {

namespace {
// tr() in context "TargetParser", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TargetParser)
};

struct Scheme
{
    const char *name;
    Protocol protocol;
    std::optional<Security> security;
};

const Scheme schemes[] = {
    {"smtp", Protocol::Smtp, std::nullopt},
    {"smtps", Protocol::Smtp, Security::ImplicitTls},
    {"submission", Protocol::Submission, std::nullopt},
    {"submissions", Protocol::Submission, Security::ImplicitTls},
    {"imap", Protocol::Imap, std::nullopt},
    {"imaps", Protocol::Imap, Security::ImplicitTls},
    {"pop3", Protocol::Pop3, std::nullopt},
    {"pop3s", Protocol::Pop3, Security::ImplicitTls},
    {"sieve", Protocol::Sieve, std::nullopt},
    {"lmtp", Protocol::Lmtp, std::nullopt},
};

bool validHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (QChar c : host) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
              || c == QLatin1Char('_')))
            return false;
    }
    return !host.startsWith(QLatin1Char('.')) && !host.startsWith(QLatin1Char('-'));
}

// RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ). Anything else in front
// of "://" is not a scheme typed by mistake but something else (a user name).
bool validScheme(const QString &scheme)
{
    if (scheme.isEmpty() || !scheme.at(0).isLetter())
        return false;
    for (QChar c : scheme) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-')
              || c == QLatin1Char('.'))
            || c.unicode() > 0x7f)
            return false;
    }
    return true;
}
} // namespace

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok, 10);
    if (!ok || value == 0 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

std::optional<ParsedTarget> parseTarget(const QString &input, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ParsedTarget> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Tr::tr("no server given"));
    // Whatever stands in front of an "@" may be a user name and password
    // (imap://alice:secret@host). With one in the input, no message quotes
    // any part of it: it would end up on a terminal, in a log or a ticket.
    const bool mayHoldSecret = text.contains(QLatin1Char('@'));

    ParsedTarget target;
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    if (schemeEnd >= 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        const Scheme *found = nullptr;
        for (const Scheme &s : schemes) {
            if (scheme == QLatin1String(s.name))
                found = &s;
        }
        if (!found && (mayHoldSecret || !validScheme(scheme)))
            return fail(Tr::tr("unknown scheme (use smtp, smtps, submission, imap, imaps, pop3, "
                               "pop3s, sieve or lmtp)"));
        if (!found)
            return fail(Tr::tr("unknown scheme \"%1\" (use smtp, smtps, submission, imap, imaps, "
                               "pop3, pop3s, sieve or lmtp)")
                            .arg(scheme));
        target.protocol = found->protocol;
        target.security = found->security;
        text = text.mid(schemeEnd + 3);
        // Drop a path, query or user part: only the authority matters.
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        if (slash >= 0)
            text.truncate(slash);
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            // A user name or password typed into the URL never reaches a report.
            text = text.mid(at + 1);
            const QString trimmed = input.trimmed();
            const qsizetype authority = trimmed.indexOf(QStringLiteral("://")) + 3;
            qsizetype authorityEnd = trimmed.indexOf(QLatin1Char('/'), authority);
            if (authorityEnd < 0)
                authorityEnd = trimmed.size();
            const qsizetype lastAt = trimmed.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
            target.display
                = trimmed.left(authority) + QStringLiteral("<redacted>") + trimmed.mid(lastAt);
        }
    } else if (mayHoldSecret) {
        // alice@example.com is a mail address, not a server: which server
        // handles its mail is another question than the one asked here.
        return fail(Tr::tr("\"@\" in the server: give the server name only, such as "
                           "mail.example.com, not a mail address or user name"));
    }

    QString portText;
    bool hasPort = false;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(Tr::tr("missing \"]\" after the IPv6 address"));
        target.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(Tr::tr("unexpected text after the IPv6 address"));
            portText = rest.mid(1);
            hasPort = true;
        }
        if (QHostAddress(target.host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(mayHoldSecret ? Tr::tr("the text in [ ] is not an IPv6 address")
                                      : Tr::tr("\"%1\" is not an IPv6 address").arg(target.host));
    } else if (text.count(QLatin1Char(':')) > 1) {
        // A bare IPv6 address has no port.
        if (QHostAddress(text).isNull())
            return fail(mayHoldSecret ? Tr::tr("not a valid address (more than one \":\")")
                                      : Tr::tr("\"%1\" is not a valid address").arg(text));
        target.host = text;
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        target.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            portText = text.mid(colon + 1);
            hasPort = true;
        }
    }

    if (hasPort) {
        const auto port = parsePort(portText);
        if (!port)
            return fail(mayHoldSecret ? Tr::tr("invalid port (use 1-65535)")
                                      : Tr::tr("invalid port \"%1\" (use 1-65535)").arg(portText));
        target.port = port;
    }
    if (target.host.isEmpty())
        return fail(Tr::tr("no server given"));
    if (QHostAddress(target.host).isNull() && !validHostName(target.host))
        return fail(mayHoldSecret ? Tr::tr("not a valid server name")
                                  : Tr::tr("\"%1\" is not a valid server name").arg(target.host));
    if (QHostAddress(target.host).isNull())
        target.host = target.host.toLower();
    if (target.display.isEmpty())
        target.display = input.trimmed();
    return target;
}

} // namespace MailInspect
