// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QList>

#include <optional>

namespace MailInspect::Diagnosis {

/// Reads a finished Report and returns its findings, errors first, then
/// warnings, then infos. Pure: no I/O, no clock, no sockets.
QList<Finding> diagnose(const Report &report);

/// Every finding id this diagnosis can produce (PRODUCT.md's table).
QStringList knownFindingIds();

/// Compares the inspections of every address of one name (--all-addresses)
/// and returns `addresses-disagree` when they behave differently: verdict,
/// STARTTLS offered, leaf certificate (SHA-256) or TLS version. Pure.
std::optional<Finding> addressesDisagree(const QString &host, const QList<Report> &reports);

} // namespace MailInspect::Diagnosis
