// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include "htmlwriter.h"
#include "jsonwriter.h"
#include "markdownwriter.h"
#include "scriptwriter.h"
#include "textwriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace MailInspect {

namespace {
struct FormatInfo
{
    ReportFormat format;
    const char *name;
    const char *extensions; // space-separated, preferred first
};

// The one list of formats: the CLI's --format words and -o extensions, the
// app's export dialog (in this order: what a ticket usually wants first).
constexpr FormatInfo formats[] = {
    {ReportFormat::Text, "text", "txt text log"},
    {ReportFormat::Markdown, "markdown", "md markdown"},
    {ReportFormat::Html, "html", "html htm xhtml"},
    {ReportFormat::Pdf, "pdf", "pdf"},
    {ReportFormat::Json, "json", "json"},
    {ReportFormat::Script, "script", "mis script"},
};

const FormatInfo &info(ReportFormat format)
{
    for (const FormatInfo &f : formats) {
        if (f.format == format)
            return f;
    }
    return formats[0];
}

QStringList extensions(ReportFormat format)
{
    return QString::fromLatin1(info(format).extensions).split(QLatin1Char(' '));
}
} // namespace

QList<ReportFormat> allReportFormats()
{
    QList<ReportFormat> out;
    for (const FormatInfo &f : formats)
        out << f.format;
    return out;
}

QStringList reportFormatNames()
{
    QStringList names;
    for (const FormatInfo &f : formats)
        names << QString::fromLatin1(f.name);
    return names;
}

QStringList reportFormatFileExtensions()
{
    QStringList out;
    for (const FormatInfo &f : formats) {
        for (const QString &e : extensions(f.format)) {
            if (e != QLatin1String("log"))
                out << QLatin1Char('.') + e;
        }
    }
    return out;
}

QString reportFormatName(ReportFormat format)
{
    return QString::fromLatin1(info(format).name);
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (const FormatInfo &f : formats) {
        if (lower == QLatin1String(f.name))
            return f.format;
    }
    if (lower == QLatin1String("txt"))
        return ReportFormat::Text;
    if (lower == QLatin1String("md"))
        return ReportFormat::Markdown;
    if (lower == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

QString reportFormatDisplayName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
        return QCoreApplication::translate("Report", "Plain text");
    case ReportFormat::Json:
        return QCoreApplication::translate("Report", "JSON");
    case ReportFormat::Markdown:
        return QCoreApplication::translate("Report", "Markdown");
    case ReportFormat::Html:
        return QCoreApplication::translate("Report", "HTML");
    case ReportFormat::Script:
        return QCoreApplication::translate("Report", "Test server script");
    case ReportFormat::Pdf:
        return QCoreApplication::translate("Report", "PDF");
    }
    return {};
}

QString reportFormatExtension(ReportFormat format)
{
    return extensions(format).constFirst();
}

QString reportFormatFileFilter(ReportFormat format)
{
    QStringList globs;
    for (const QString &e : extensions(format)) {
        if (e != QLatin1String("log")) // a .log is not something we offer to write
            globs << QStringLiteral("*.") + e;
    }
    return QStringLiteral("%1 (%2)").arg(reportFormatDisplayName(format),
                                         globs.join(QLatin1Char(' ')));
}

std::optional<ReportFormat> formatForFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        return std::nullopt;
    for (const FormatInfo &f : formats) {
        if (extensions(f.format).contains(suffix))
            return f.format;
    }
    return std::nullopt;
}

bool isBinaryReportFormat(ReportFormat format)
{
    return format == ReportFormat::Pdf;
}

std::optional<QByteArray> writeReport(const Report &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text: {
        TextOptions options;
        options.pemAppendix = true;
        return writeText(report, options).toUtf8();
    }
    case ReportFormat::Json:
        return writeJson(report, true);
    case ReportFormat::Markdown:
        return writeMarkdown(report, true).toUtf8();
    case ReportFormat::Html:
        return writeHtml(report, true).toUtf8();
    case ReportFormat::Script:
        return writeScript(report).toUtf8();
    case ReportFormat::Pdf:
        break;
    }
    return std::nullopt;
}

} // namespace MailInspect
