// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace MailInspect {

/// Writes a Report as the JSON document PRODUCT.md defines
/// ("schema": "mailinspect-report/1"), plus additive fields (tool.tls_backend,
/// target.as_typed, tls.trusted, tls.problems, facts, ...) so that readJson()
/// gets the whole Report back. Keys keep a fixed, readable order; findings are
/// ordered errors, warnings, infos; times are rounded to microseconds.
QByteArray writeJson(const Report &report, bool indented = true);

/// The schema identifier written as "schema".
inline constexpr char reportSchema[] = "mailinspect-report/1";

/// "not-attempted", "connected", "host-not-found", "refused", "timeout", "network-error".
QString connectOutcomeName(ConnectOutcome outcome);
std::optional<ConnectOutcome> connectOutcomeFromName(const QString &name);

/// Bytes as readable text for JSON: printable ASCII kept, backslash and every
/// other byte as \xNN. unescapeBytes() is its exact inverse.
QString escapeBytes(const QByteArray &bytes);
QByteArray unescapeBytes(const QString &text);

} // namespace MailInspect
