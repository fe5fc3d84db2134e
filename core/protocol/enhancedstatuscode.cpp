// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enhancedstatuscode.h"

#include <QList>

namespace MailInspect {

QString EnhancedStatusCode::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(statusClass).arg(subject).arg(detail);
}

namespace {
// One to three digits and nothing else.
std::optional<int> number(const QByteArray &part)
{
    if (part.isEmpty() || part.size() > 3)
        return std::nullopt;
    for (char c : part) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return part.toInt();
}

std::optional<EnhancedStatusCode> fromParts(const QByteArray &code)
{
    const QList<QByteArray> parts = code.split('.');
    if (parts.size() != 3 || parts.at(0).size() != 1)
        return std::nullopt;
    const auto c = number(parts.at(0));
    const auto s = number(parts.at(1));
    const auto d = number(parts.at(2));
    if (!c || !s || !d || (*c != 2 && *c != 4 && *c != 5))
        return std::nullopt;
    return EnhancedStatusCode {*c, *s, *d};
}
} // namespace

std::optional<EnhancedStatusCode> EnhancedStatusCode::parse(const QByteArray &text)
{
    const qsizetype end = text.indexOf(' ');
    return fromParts(end < 0 ? text : text.left(end));
}

std::optional<EnhancedStatusCode> EnhancedStatusCode::fromString(const QString &text)
{
    return fromParts(text.toLatin1());
}

} // namespace MailInspect
