// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replycode.h"

namespace MailInspect {

namespace {
// SMTP reply codes with a meaning of their own (RFC 5321, RFC 3207).
constexpr int smtpServiceClosing = 421;
constexpr int smtpTlsNotAvailable = 454;
constexpr int smtpNoService = 554;

struct StatusName
{
    ReplyStatus status;
    const char *name;
};
constexpr StatusName statusNames[] = {
    {ReplyStatus::Positive, "positive"},
    {ReplyStatus::Temporary, "temporary"},
    {ReplyStatus::Negative, "negative"},
    {ReplyStatus::Bad, "bad"},
    {ReplyStatus::Bye, "bye"},
    {ReplyStatus::Preauth, "preauth"},
    {ReplyStatus::Malformed, "malformed"},
    {ReplyStatus::Continue, "continue"},
};
} // namespace

bool ReplyCode::closesSession() const
{
    return status == ReplyStatus::Bye || code == smtpServiceClosing;
}

bool ReplyCode::refusesService() const
{
    return closesSession() || code == smtpNoService;
}

bool ReplyCode::isTransient() const
{
    return status == ReplyStatus::Temporary || enhanced.isTransient() || response.isTemporary();
}

bool ReplyCode::isTlsNotAvailable() const
{
    return code == smtpTlsNotAvailable;
}

QString ReplyCode::statusName(ReplyStatus status)
{
    for (const StatusName &s : statusNames) {
        if (s.status == status)
            return QString::fromLatin1(s.name);
    }
    return {};
}

std::optional<ReplyStatus> ReplyCode::statusFromName(const QString &name)
{
    if (name.isEmpty())
        return ReplyStatus::None;
    for (const StatusName &s : statusNames) {
        if (name == QLatin1String(s.name))
            return s.status;
    }
    return std::nullopt;
}

} // namespace MailInspect
