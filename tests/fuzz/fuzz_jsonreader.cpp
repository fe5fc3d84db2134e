// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: readJson() on arbitrary bytes; whatever it accepts goes
// through writeJson(), which readJson() must accept again, and through the
// diagnosis rules and every other text writer, since an opened report file is
// exactly such a Report.
//
// Checked besides "no crash, no sanitizer report": a rejected document always
// says why; writeJson() output always reads back; the transcript script
// export always parses as a simulator script; escapeBytes() and
// unescapeBytes() are exact inverses.

#include "diagnosis/diagnosis.h"
#include "report/jsonreader.h"
#include "report/jsonwriter.h"
#include "report/reportformat.h"
#include "report/scriptwriter.h"
#include "report/summarywriter.h"
#include "simulator/simulatorscript.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MailInspect;

namespace {
void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_jsonreader: invariant broken: %s %s\n", what,
                     qPrintable(detail));
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(unescapeBytes(escapeBytes(bytes)) == bytes, "unescapeBytes(escapeBytes(x)) != x");

    QString error;
    std::optional<Report> report = readJson(bytes, &error);
    if (!report) {
        check(!error.isEmpty(), "rejected a report without a reason");
        return 0;
    }

    for (const bool indented : {true, false}) {
        const QByteArray written = writeJson(*report, indented);
        QString again;
        check(readJson(written, &again).has_value(), "writeJson output does not read back:", again);
    }

    Diagnosis::diagnose(*report);
    writeSummary(*report);
    for (const ReportFormat format : allReportFormats())
        writeReport(*report, format);
    QString scriptError;
    check(SimulatorScript::parse(writeScript(*report), &scriptError).has_value(),
          "the script export does not parse:", scriptError);
    return 0;
}
