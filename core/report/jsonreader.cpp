// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "untrustedtext.h"

#include "jsonfields.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace MailInspect {

namespace {

// tr() in context "Report", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The file's transcript held to the budget the recorder keeps live.
void boundTranscript(Report &r)
{
    qsizetype kept = 0;
    qsizetype dropped = 0;
    for (qsizetype i = 0; i < r.transcript.size(); ++i) {
        TranscriptEvent &e = r.transcript[i];
        e.text = clipText(e.text, ReportLimits::maxTranscriptLineChars);
        kept += e.text.size();
        if (kept > ReportLimits::maxTranscriptChars) {
            dropped = r.transcript.size() - i;
            r.transcript.resize(i);
            break;
        }
    }
    if (dropped > 0) {
        TranscriptEvent e;
        e.tMs = r.transcript.isEmpty() ? 0 : r.transcript.constLast().tMs;
        e.text = QCoreApplication::translate("Report",
                                             "Transcript limit reached: %n more "
                                             "line(s) of the file not kept",
                                             nullptr, int(dropped));
        r.transcript.append(e);
    }
}

// A report with only PRODUCT.md's fields (another writer, a trimmed ticket)
// lacks the typed facts the verdict reads; the few it needs follow from the
// steps, the transcript and the TLS object.
void inferFacts(const QJsonObject &root, Report &r)
{
    for (const Step &s : r.steps) {
        if (s.id == StepId::Connect && s.status == StepStatus::Ok)
            r.facts.connectOutcome = ConnectOutcome::Connected;
    }
    for (const TranscriptEvent &e : r.transcript) {
        if (e.direction == Direction::Server) {
            r.facts.connectOutcome = ConnectOutcome::Connected;
            r.facts.greetingReceived = true;
        }
    }
    const QJsonObject tls = root.value(QLatin1String("tls")).toObject();
    if (!tls.contains(QLatin1String("established")))
        r.tls.established = !r.tls.protocol.isEmpty();
    if (!tls.contains(QLatin1String("attempted")))
        r.tls.attempted = r.tls.established || !r.tls.chain.isEmpty();
}

} // namespace

std::optional<Report> readJson(const QByteArray &json, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<Report> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failed(Tr::tr("The report is not valid JSON (%1 at offset %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    if (!doc.isObject())
        return failed(Tr::tr("The report is not a JSON object."));
    const QJsonObject root = doc.object();
    const QString schema = root.value(QLatin1String("schema")).toString();
    if (schema != QLatin1String(reportSchema)) {
        return failed(Tr::tr("This is not a mailinspect report (schema \"%1\", expected \"%2\").")
                          .arg(clipText(untrustedText(schema), 64), QLatin1String(reportSchema)));
    }

    Report r;
    r.finished = true; // unless the file says otherwise: a contract-only report is complete
    const QString problem = readReportFields(root, r);
    if (!problem.isEmpty())
        return failed(Tr::tr("The report could not be read: %1.").arg(visibleText(problem)));
    if (!root.contains(QLatin1String("facts")))
        inferFacts(root, r);

    // A file is as untrusted as a server: held to the limits and escaping of a
    // report recorded here.
    boundTranscript(r);
    boundReport(r);
    neutraliseReport(r);
    return r;
}

std::optional<Report> readJsonFile(const QString &fileName, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<Report> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString shown = visibleText(fileName);
    if (QFileInfo(fileName).isDir())
        return failed(Tr::tr("\"%1\" is a folder, not a saved report.").arg(shown));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Tr::tr("Cannot open \"%1\": %2").arg(shown, file.errorString()));
    // Read in chunks up to one byte past the limit: that byte tells "too
    // large" apart from "exactly the limit" where the size is not known in
    // advance (a pipe), and nothing near the limit is allocated for a small file.
    QByteArray bytes;
    bool tooLarge = !file.isSequential() && file.size() > maxReportFileBytes;
    while (!tooLarge) {
        const QByteArray chunk
            = file.read(std::min<qint64>(1024 * 1024, maxReportFileBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        tooLarge = bytes.size() > maxReportFileBytes;
    }
    if (tooLarge) {
        return failed(Tr::tr("\"%1\" is larger than %2 MiB: too large for a saved report, so it is "
                             "not read.")
                          .arg(shown)
                          .arg(maxReportFileBytes / (1024 * 1024)));
    }
    if (file.error() != QFileDevice::NoError)
        return failed(Tr::tr("Cannot read \"%1\": %2").arg(shown, file.errorString()));
    QString why;
    std::optional<Report> report = readJson(bytes, &why);
    if (!report)
        return failed(Tr::tr("\"%1\" is not a report this program can open. %2").arg(shown, why));
    return report;
}

} // namespace MailInspect
