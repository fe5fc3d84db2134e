// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the sink escapers on arbitrary server bytes.
//
// Input: bytes as a server might send them. They become report text the way
// the inspection makes it (untrustedText), are put into every text field of a
// report (a step summary, a transcript line, capabilities, a certificate's
// names, a finding), and the report goes through every writer but the PDF
// (which needs Qt Gui and renders the HTML writer's page).
//
// Checked besides "no crash, no sanitizer report": untrustedText's output is
// visible text and visibleText leaves it alone; no writer's output carries a
// hidden character (line breaks aside; the coloured text writer's own colour
// sequences aside); the JSON is valid and its strings are visible (line
// breaks aside); the HTML
// has no markup the bytes did not come with escaped.

#include "report/htmlwriter.h"
#include "report/jsonwriter.h"
#include "report/markdownwriter.h"
#include "report/report.h"
#include "report/scriptwriter.h"
#include "report/summarywriter.h"
#include "report/textwriter.h"
#include "report/untrustedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MailInspect;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_sinks: invariant broken: %s\n", what);
        std::abort();
    }
}

bool visibleDocument(const QString &doc)
{
    for (const QString &line : doc.split(QLatin1Char('\n'))) {
        if (!isVisibleText(line))
            return false;
    }
    return true;
}

void checkJsonStrings(const QJsonValue &v)
{
    if (v.isString()) {
        // Line breaks stay in JSON strings (a PEM block has them); nothing else.
        check(visibleDocument(v.toString()), "hidden character in a JSON string");
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            checkJsonStrings(item);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            checkJsonStrings(it.value());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = untrustedText(bytes);
    check(isVisibleText(text), "untrustedText left a hidden character");
    check(visibleText(text) == text, "visibleText changed untrustedText's output");
    // The raw decoding too, as a field read from a file might hold it.
    const QString raw = QString::fromUtf8(bytes);
    check(isVisibleText(visibleText(raw)), "visibleText left a hidden character");

    Report r;
    r.host = QStringLiteral("mail.test");
    r.port = 25;
    r.finished = true;
    r.steps.append(Step {StepId::Greeting,
                         StepStatus::Error,
                         0,
                         1,
                         raw,
                         {{QStringLiteral("lines"), QStringList {raw}}}});
    r.transcript.append(TranscriptEvent {0.5, Direction::Server, false, raw, 0});
    r.transcript.append(TranscriptEvent {0.6, Direction::Server, false, text, 0});
    r.capabilitiesBeforeTls << raw << text;
    r.tls.attempted = true;
    r.tls.chain.append(CertificateInfo {});
    r.tls.chain[0].subject = raw;
    r.tls.chain[0].issuer = text;
    r.tls.chain[0].subjectAltNames << raw;
    r.findings.append(Finding {QStringLiteral("protocol-violation"),
                               Severity::Error,
                               StepId::Greeting,
                               raw,
                               text,
                               raw,
                               {}});

    TextOptions plain;
    plain.pemAppendix = true;
    check(visibleDocument(writeText(r, plain)), "text");
    check(visibleDocument(writeMarkdown(r)), "markdown");
    check(visibleDocument(writeScript(r)), "script");
    check(visibleDocument(writeSummary(r)), "summary");
    const QString html = writeHtml(r);
    check(visibleDocument(html), "html");
    static const QRegularExpression active(QStringLiteral("<(script|a|img|iframe)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    check(!active.match(html).hasMatch(), "active content in HTML");
    TextOptions colour = plain;
    colour.color = true;
    static const QRegularExpression ours(QStringLiteral("\\x1b\\[(?:0|1|2|32|1;32|33|1;31|36)m"));
    check(visibleDocument(writeText(r, colour).remove(ours)), "coloured text");

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(writeJson(r), &error);
    check(error.error == QJsonParseError::NoError, "JSON does not parse");
    checkJsonStrings(doc.object());
    return 0;
}
