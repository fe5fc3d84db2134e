// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// mailinspect-pdf: the PDF writer on its own, so that mailinspect-cli links
// Qt Core and Network only. mailinspect-cli runs it for `-f pdf`: a saved
// report (the JSON export, which holds every fact the PDF shows) comes in on
// standard input, the PDF goes out on standard output. It connects to
// nothing. Exit status: 0 written, 2 the input is not a report or no PDF
// could be made (one line on standard error says why).

#include "installtranslators.h"

#include "report/jsonreader.h"
#include "report/pdf/pdfwriter.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>

using namespace MailInspect;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "mailinspect-pdf: %s\n", qUtf8Printable(message));
    return 2;
}

// Qt's own notes about the platform it finds (no XDG_RUNTIME_DIR, fonts it
// substitutes) are not the user's business: standard error carries only this
// program's one line when it fails, and Qt's critical messages.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "mailinspect-pdf: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietQtMessages);
    // Fonts need a QGuiApplication; no display is needed or wanted.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailinspect-pdf"));
    // The report's words in the user's language, as mailinspect-cli writes them.
    installTranslators(&application);
    if (QCoreApplication::arguments().size() > 1)
        return fail(QCoreApplication::translate(
            "CommandLine", "reads a report in JSON on standard input; takes no arguments"));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(in.errorString());
    const QByteArray json = in.read(maxReportFileBytes + 1);
    if (json.size() > maxReportFileBytes)
        return fail(QCoreApplication::translate("CommandLine", "the report is too large"));
    QString error;
    const std::optional<Report> report = readJson(json, &error);
    if (!report)
        return fail(error);
    const QByteArray pdf = writePdf(*report);
    if (pdf.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "no PDF could be made"));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.flush())
        return fail(out.errorString());
    return 0;
}
