// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailInspect {

/// The formats a report exports to. PDF is written by report/pdf/pdfwriter.h
/// (it needs Qt GUI); every other format by writeReport() below.
enum class ReportFormat { Text, Json, Markdown, Html, Script, Pdf };

/// Every format, in the order menus and help list them (text, Markdown, HTML,
/// PDF, JSON, script). The CLI and the app both take their lists from here.
QList<ReportFormat> allReportFormats();
/// reportFormatName() of each, in that order.
QStringList reportFormatNames();
/// The extensions written and recognised, with the dot: ".txt", ".text",
/// ".md", ... (not ".log", which is only recognised).
QStringList reportFormatFileExtensions();
/// "text", "json", "markdown", "html", "script", "pdf" (the CLI's --format words).
QString reportFormatName(ReportFormat format);
/// The names above, plus "txt", "md", "htm".
std::optional<ReportFormat> reportFormatFromName(const QString &name);
/// "Plain text", "JSON", ... (translated), for menus and file dialogs.
QString reportFormatDisplayName(ReportFormat format);
/// The preferred extension without a dot: txt, json, md, html, mis, pdf.
QString reportFormatExtension(ReportFormat format);
/// A file dialog filter: "Markdown (*.md *.markdown)".
QString reportFormatFileFilter(ReportFormat format);

/// The format a file name asks for, by its extension (case-insensitive):
///   .txt .text .log -> Text      .json -> Json     .md .markdown -> Markdown
///   .html .htm .xhtml -> Html    .mis .script -> Script ("mailinspect script",
///   the simulator's S:/C: format)                    .pdf -> Pdf
/// Nothing for other or missing extensions.
std::optional<ReportFormat> formatForFileName(const QString &path);

/// True for formats that are not text (PDF).
bool isBinaryReportFormat(ReportFormat format);

/// Writes the report in a text format as UTF-8, as an export: plain text at
/// 100 columns without colour and with the PEM appendix; JSON indented;
/// Markdown and HTML with the PEM appendix. Nothing for Pdf (see pdfwriter.h).
std::optional<QByteArray> writeReport(const Report &report, ReportFormat format);

} // namespace MailInspect
