// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "jsonfields.h"
#include "jsonstream.h"

namespace MailInspect {

QString connectOutcomeName(ConnectOutcome outcome)
{
    switch (outcome) {
    case ConnectOutcome::NotAttempted:
        return QStringLiteral("not-attempted");
    case ConnectOutcome::Connected:
        return QStringLiteral("connected");
    case ConnectOutcome::HostNotFound:
        return QStringLiteral("host-not-found");
    case ConnectOutcome::Refused:
        return QStringLiteral("refused");
    case ConnectOutcome::Timeout:
        return QStringLiteral("timeout");
    case ConnectOutcome::NetworkError:
        return QStringLiteral("network-error");
    }
    return {};
}

std::optional<ConnectOutcome> connectOutcomeFromName(const QString &name)
{
    for (auto o :
         {ConnectOutcome::NotAttempted, ConnectOutcome::Connected, ConnectOutcome::HostNotFound,
          ConnectOutcome::Refused, ConnectOutcome::Timeout, ConnectOutcome::NetworkError}) {
        if (connectOutcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

QString escapeBytes(const QByteArray &bytes)
{
    QString out;
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x20 && b < 0x7f && b != '\\')
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QByteArray unescapeBytes(const QString &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 3 < text.size()
            && text.at(i + 1) == QLatin1Char('x')) {
            bool ok = false;
            const int b = text.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                out += char(b);
                i += 3;
                continue;
            }
        }
        out += text.at(i).toLatin1();
    }
    return out;
}

// Every field comes from the one table in jsonfields.cpp, which readJson() reads by too.
QByteArray writeJson(const Report &report, bool indented)
{
    JsonStream j(indented);
    writeReportFields(j, report);
    return j.take();
}

} // namespace MailInspect
