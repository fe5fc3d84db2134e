// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfwriter.h"

#include "report/htmlwriter.h"
#include "report/reportlog.h"
#include "report/reporttext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace MailInspect {

QByteArray writePdf(const Report &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() adds its own 2 cm margins to an unpaginated
        // document; more from the writer would waste a third of the page.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("Report", "Mail connection report: %1")
                            .arg(ReportText::targetAsTyped(report)));
        writer.setCreator(QStringLiteral("mailinspect %1").arg(report.toolVersion));

        QTextDocument document;
        document.setHtml(writeHtml(report, true));
        // print() paginates to the writer's page rectangle.
        document.print(&writer);
    } // the writer finishes the file when it goes away
    return buffer.data();
}

bool writePdfFile(const Report &report, const QString &fileName, QString *error)
{
    const QByteArray pdf = writePdf(report);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        qCDebug(lcReport) << "PDF not written to" << fileName << file.errorString();
        if (error) {
            *error = QCoreApplication::translate("Report", "Could not write %1: %2")
                         .arg(fileName, file.errorString());
        }
        return false;
    }
    qCDebug(lcReport) << "PDF written to" << fileName << pdf.size() << "bytes";
    return true;
}

} // namespace MailInspect
