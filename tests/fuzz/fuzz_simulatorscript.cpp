// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the scripted-server language (SimulatorScript::parse) and
// its helpers on arbitrary text.
//
// Checked besides "no crash, no sanitizer report": a failure names its line;
// every pattern of a parsed script matches itself; escape() and unescape()
// are exact inverses on the raw input bytes.

#include "simulator/simulatorscript.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MailInspect;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_simulatorscript: invariant broken: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    QString error;
    const std::optional<SimulatorScript> script = SimulatorScript::parse(text, &error);
    if (script) {
        script->startsWithTls();
        script->certificateNames();
        for (const SimulatorScript::Directive &d : script->directives()) {
            check(d.line > 0, "directive without a line number");
            if (d.kind == SimulatorScript::Directive::Kind::Expect)
                check(SimulatorScript::matches(d.data, d.data), "pattern does not match itself");
        }
    } else {
        check(error.startsWith(QLatin1String("line ")), "error does not name the line");
    }

    // The exporter writes escape(), the parser reads unescape().
    const std::optional<QByteArray> back
        = SimulatorScript::unescape(SimulatorScript::escape(bytes));
    check(back && *back == bytes, "unescape(escape(x)) != x");
    SimulatorScript::unescape(text);

    // The glob on both halves of the input: pattern, then line.
    const qsizetype half = bytes.size() / 2;
    SimulatorScript::matches(bytes.left(half), bytes.mid(half));
    return 0;
}
