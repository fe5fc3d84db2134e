// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QByteArray>
#include <QString>

namespace MailInspect {

/// The report as a PDF document: the HTML export (writeHtml(), PEM appendix
/// included) laid out on A4 pages by QTextDocument and written by QPdfWriter.
/// Needs a QGuiApplication (fonts); offscreen is enough.
QByteArray writePdf(const Report &report);

/// writePdf() into @p fileName. On failure returns false and, when given,
/// sets @p error to a sentence for people.
bool writePdfFile(const Report &report, const QString &fileName, QString *error = nullptr);

} // namespace MailInspect
