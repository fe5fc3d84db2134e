// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

namespace MailInspect {

/// The GUI side of export: picks the writer by file suffix and writes the
/// file; builds the clipboard texts. The writers themselves live in
/// core/report/ so the CLI says exactly the same words.
class ReportExporter
{
public:
    /// Filters for the save dialog, the first one the default.
    static QStringList nameFilters();
    /// Suffix for a dialog filter ("json" for "JSON (*.json)").
    static QString suffixForFilter(const QString &filter);
    /// Writes @p report to @p fileName; returns an error text or "".
    static QString write(const Report &report, const QString &fileName);
    /// A few lines for a ticket: target, verdict, top findings with fixes,
    /// TLS facts.
    static QString summary(const Report &report);
    /// The whole report as plain text (with the chain as PEM).
    static QString fullText(const Report &report);
};

} // namespace MailInspect
