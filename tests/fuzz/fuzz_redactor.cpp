// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Redactor on arbitrary client lines and secrets.
//
// Input: text lines ('\n'-separated). A line "!secret X" adds the secret X,
// "!end" ends a SASL exchange (the server's final reply), every other line is
// a client line, redacted with its CRLF as the inspection records it.
//
// Checked besides "no crash, no sanitizer report": inside a SASL exchange a
// line comes out as the marker (only the client's "*" abort stays, quoted in
// ManageSieve); the line end is never lost.

#include "session/redactor.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MailInspect;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_redactor: invariant broken: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Redactor redactor;
    for (const QByteArray &part : bytes.split('\n')) {
        if (part.startsWith("!secret ")) {
            redactor.addSecret(part.mid(8));
            continue;
        }
        if (part == "!end") {
            redactor.endSaslExchange();
            continue;
        }
        const QByteArray line = part + "\r\n";
        const bool wasInSasl = redactor.inSaslExchange();
        const QByteArray out = redactor.redactClientLine(line);
        check(out.endsWith("\r\n"), "line end lost");
        if (wasInSasl) {
            // The line end is kept as it was, CRs the client added included.
            QByteArray bare = part;
            while (bare.endsWith('\r'))
                bare.chop(1);
            const QByteArray ending = line.mid(bare.size());
            check(out == line || out == QByteArray(Redactor::marker) + ending,
                  "a SASL line was not redacted");
            check(out != line || bare == "*" || bare == "\"*\"" || bare == Redactor::marker,
                  "a SASL line other than the abort was kept");
        }
        redactor.removeKnownSecrets(part);
    }
    return 0;
}
