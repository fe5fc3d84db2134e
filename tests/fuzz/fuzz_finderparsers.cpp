// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what the settings finder reads from others - DNS replies
// (parseResponse) and configuration documents (autoconfig, Autodiscover POX).
// The first byte picks the parser; the rest is the input.
//
// Checked besides "no crash, no sanitizer report": a parsed DNS reply keeps at
// most Limits::maxRecords answers and no name longer than the DNS allows once
// escaped; every server a document yields has a plausible host name, a port in
// 1..65535 and one of the three protocols a mail app sets up; a failure always
// says why.

#include "discovery/mailconfig.h"
#include "dns/dnsmessage.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MailInspect;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_finderparsers: invariant broken: %s\n", what);
        std::abort();
    }
}

void checkConfig(const std::optional<MailConfig> &config, const QString &error)
{
    if (!config) {
        check(!error.isEmpty(), "a rejected document without a reason");
        return;
    }
    check(config->servers.size() <= MailConfigLimits::maxServers, "too many servers kept");
    for (const ServerSetting &s : config->servers) {
        check(isPlausibleHostName(s.host), "an implausible host name kept");
        check(s.port != 0, "port 0 kept");
        check(s.protocol == Protocol::Imap || s.protocol == Protocol::Pop3
                  || s.protocol == Protocol::Submission,
              "a protocol a mail app does not set up");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    switch (data[0] % 3) {
    case 0: {
        const auto r = Dns::parseResponse(input, &error);
        if (!r) {
            check(!error.isEmpty(), "a rejected reply without a reason");
            break;
        }
        check(r->answers.size() <= Dns::Limits::maxRecords, "too many records kept");
        for (const Dns::Record &rec : r->answers)
            check(rec.name.size() <= 4 * Dns::Limits::maxNameChars
                      && rec.target.size() <= 4 * Dns::Limits::maxNameChars,
                  "a name longer than the wire allows");
        break;
    }
    case 1:
        checkConfig(parseAutoconfig(input, QStringLiteral("alice@example.com"), &error), error);
        break;
    default:
        checkConfig(parseAutodiscover(input, &error), error);
        break;
    }
    return 0;
}
