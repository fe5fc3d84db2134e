// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: parseTarget() and parsePort() on arbitrary text (the
// bytes are read as UTF-8, as the command line and the GUI's field give it).
//
// Checked besides "no crash, no sanitizer report": an accepted target has a
// host and, when it has a port, one in 1..65535; a failure always says why.

#include "session/targetparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MailInspect;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_targetparser: invariant broken: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<ParsedTarget> target = parseTarget(text, &error);
    if (target) {
        check(!target->host.isEmpty(), "accepted a target without a host");
        check(!target->port || *target->port > 0, "accepted port 0");
    } else {
        check(!error.isEmpty(), "rejected a target without a reason");
    }
    if (const std::optional<quint16> port = parsePort(text))
        check(*port > 0, "parsePort accepted 0");
    return 0;
}
