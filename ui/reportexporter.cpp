// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "report/pdf/pdfwriter.h"
#include "report/reportformat.h"
#include "report/summarywriter.h"
#include "report/textwriter.h"
#include "uilog.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace MailInspect {

namespace {
// tr() in context "MailInspect::ReportExporter", in a form lupdate reads (it cannot see
// through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MailInspect::ReportExporter)
};
} // namespace

QStringList ReportExporter::nameFilters()
{
    QStringList filters;
    // The registry's order is the dialog's: what a ticket usually wants first.
    for (ReportFormat format : allReportFormats())
        filters << reportFormatFileFilter(format);
    return filters;
}

QString ReportExporter::suffixForFilter(const QString &filter)
{
    for (ReportFormat format : allReportFormats()) {
        if (reportFormatFileFilter(format) == filter)
            return reportFormatExtension(format);
    }
    const qsizetype star = filter.indexOf(QStringLiteral("*."));
    if (star < 0)
        return {};
    qsizetype end = star + 2;
    while (end < filter.size() && filter.at(end).isLetterOrNumber())
        ++end;
    return filter.mid(star + 2, end - star - 2);
}

QString ReportExporter::write(const Report &report, const QString &fileName)
{
    const auto format = formatForFileName(fileName);
    if (!format) {
        QStringList suffixes;
        for (ReportFormat f : allReportFormats())
            suffixes << QLatin1Char('.') + reportFormatExtension(f);
        return Tr::tr("Unknown file type: name the file with one of %1.")
            .arg(suffixes.join(QStringLiteral(", ")));
    }
    if (*format == ReportFormat::Pdf) {
        QString error;
        if (!writePdfFile(report, fileName, &error))
            return error.isEmpty() ? Tr::tr("Cannot write \"%1\".").arg(fileName) : error;
        return {};
    }
    const auto data = writeReport(report, *format);
    if (!data)
        return Tr::tr("This format cannot be written.");
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write \"%1\": %2").arg(fileName, file.errorString());
    file.write(*data);
    if (!file.commit()) {
        qCDebug(lcUi) << "export to" << fileName << "failed:" << file.errorString();
        return Tr::tr("Cannot write \"%1\": %2").arg(fileName, file.errorString());
    }
    qCDebug(lcUi) << "exported" << reportFormatName(*format) << "to" << fileName << data->size()
                  << "bytes";
    return {};
}

QString ReportExporter::summary(const Report &report)
{
    return writeSummary(report);
}

QString ReportExporter::fullText(const Report &report)
{
    TextOptions options;
    options.pemAppendix = true;
    return writeText(report, options);
}

} // namespace MailInspect
