// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/protocol.h"

#include <QString>

#include <optional>

namespace MailInspect {

/// What a target string says: `host`, `host:port`, `[v6]:port`, or a URL
/// such as `imaps://mail.example.com` or `submission://host:2525`.
struct ParsedTarget
{
    QString host;
    std::optional<quint16> port;
    std::optional<Protocol> protocol;
    std::optional<Security> security;
    QString display; ///< the input with any user:password@ part replaced by <redacted>@
};

/// Parses a target; on failure returns nullopt and a one-line reason.
std::optional<ParsedTarget> parseTarget(const QString &text, QString *error);

/// Parses a port number; 1..65535 only.
std::optional<quint16> parsePort(const QString &text);

} // namespace MailInspect
