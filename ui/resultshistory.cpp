// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultshistory.h"

#include "apptext.h"

#include "report/jsonreader.h"
#include "report/jsonwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace MailInspect {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MailInspect::ResultsHistory)
};

/// "20261202-120501-123-mail.example.com.json": sortable, and only letters,
/// digits, dots and dashes of the host name.
QString fileNameFor(const Report &report)
{
    const QString host = fileNameStem(report.host, QStringLiteral("result"));
    const QDateTime when
        = report.started.isValid() ? report.started : QDateTime::currentDateTimeUtc();
    return when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-') + host
        + QStringLiteral(".json");
}
} // namespace

ResultsHistory::ResultsHistory(QString directory)
    : m_directory(std::move(directory))
{ }

QString ResultsHistory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/results");
}

QString ResultsHistory::add(const Report &report, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = Tr::tr("Could not create the folder for recent results, %1.").arg(m_directory);
        return {};
    }
    QDir dir(m_directory);
    QString name = fileNameFor(report);
    for (int n = 2; dir.exists(name) && n < 100; ++n)
        name = fileNameFor(report).replace(QStringLiteral(".json"),
                                           QStringLiteral("-%1.json").arg(n));
    const QString path = dir.filePath(name);
    // The report as exported: secrets never reach it (redacted as recorded).
    const QByteArray json = writeJson(report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Could not keep the result in %1: %2").arg(path, file.errorString());
        return {};
    }
    // Newest first by name (the time stamp leads); the oldest go.
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + maxEntries < files.size(); ++i)
        dir.remove(files.at(i));
    return path;
}

QList<ResultsHistory::Entry> ResultsHistory::entries() const
{
    QList<Entry> out;
    const QDir dir(m_directory);
    const QStringList files
        = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : files) {
        if (out.size() >= maxEntries)
            break;
        const QString path = dir.filePath(name);
        const std::optional<Report> report = readJsonFile(path);
        if (!report)
            continue;
        Entry entry;
        entry.fileName = path;
        entry.started = report->started;
        entry.host = report->host;
        entry.port = report->port;
        entry.protocol = report->protocol;
        entry.security = report->security;
        entry.verdict = report->verdict();
        entry.cancelled = report->facts.cancelled;
        out << entry;
    }
    return out;
}

} // namespace MailInspect
