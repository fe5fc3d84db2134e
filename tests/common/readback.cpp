// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readback.h"

#include "diagnosis/diagnosis.h"
#include "report/htmlwriter.h"
#include "report/jsonreader.h"
#include "report/jsonwriter.h"
#include "report/markdownwriter.h"
#include "report/scriptwriter.h"
#include "report/summarywriter.h"
#include "report/textwriter.h"

#include <QStringList>

#include <functional>

namespace MailInspect::Test {

namespace {

QString describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1(%2@%3)").arg(f.id, severityName(f.severity), stepIdName(f.step));
    return QLatin1Char('[') + out.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// The first line where two outputs part, so a failure names the field.
QString firstDifference(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('\n'));
    const QStringList right = b.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QString l = left.value(i, QStringLiteral("<end>"));
        const QString r = right.value(i, QStringLiteral("<end>"));
        if (l != r) {
            return QStringLiteral("line %1:\n  original:  %2\n  read back: %3")
                .arg(i + 1)
                .arg(l, r);
        }
    }
    return {};
}

} // namespace

QString readBackDifference(const Report &report)
{
    const QByteArray json = writeJson(report);
    QString error;
    const std::optional<Report> back = readJson(json, &error);
    if (!back)
        return QStringLiteral("the saved report does not read back: ") + error;

    QStringList problems;
    const QList<Finding> again = Diagnosis::diagnose(*back);
    if (again != Diagnosis::diagnose(report) || again != report.findings) {
        problems << QStringLiteral("findings differ: recorded %1, diagnosed from the file %2")
                        .arg(describe(report.findings), describe(again));
    }
    if (back->findings != report.findings)
        problems << QStringLiteral("the file's findings differ from the recorded ones");
    if (back->verdict() != report.verdict())
        problems << QStringLiteral("the verdict differs");
    if (!(back->facts == report.facts))
        problems << QStringLiteral("the session facts differ");

    using Writer = std::function<QString(const Report &)>;
    const QList<std::pair<const char *, Writer>> writers = {
        {"text",
         [](const Report &r) {
             return writeText(r);
         }},
        {"text, colour and PEM",
         [](const Report &r) {
             TextOptions options;
             options.color = true;
             options.pemAppendix = true;
             options.width = 72;
             return writeText(r, options);
         }},
        {"markdown",
         [](const Report &r) {
             return writeMarkdown(r);
         }},
        {"html",
         [](const Report &r) {
             return writeHtml(r);
         }},
        {"script",
         [](const Report &r) {
             return writeScript(r);
         }},
        {"summary",
         [](const Report &r) {
             return writeSummary(r);
         }},
        {"json",
         [](const Report &r) {
             return QString::fromUtf8(writeJson(r));
         }},
        {"compact json",
         [](const Report &r) {
             return QString::fromUtf8(writeJson(r, false));
         }},
    };
    for (const auto &[name, write] : writers) {
        const QString original = write(report);
        const QString readBack = write(*back);
        if (original != readBack) {
            problems << QStringLiteral("%1 differs, %2")
                            .arg(QLatin1String(name), firstDifference(original, readBack));
        }
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace MailInspect::Test
