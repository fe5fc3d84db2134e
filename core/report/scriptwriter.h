// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

namespace MailInspect {

/// How writeScript() turns a transcript into a scripted-server dialogue.
struct ScriptOptions
{
    /// Certificate name for `!tls`. Empty: scriptCertificateFor() picks the
    /// practice/test certificate that reproduces the report's certificate
    /// findings ("expired", "wrongname", ...), else "good".
    QString certificate;
    /// A pause of the server longer than this becomes `!delay`.
    int delayThresholdMs = 1000;
};

/// The report's transcript in the simulator's script format (see
/// core/simulator/simulatorscript.h): what the server sent becomes `S:`, what
/// the client sent becomes `C:` (a redacted secret becomes the wildcard `*`,
/// an IMAP tag too, with `${tag}` in the server's tagged replies), the start
/// of TLS becomes `!tls NAME`, long server pauses `!delay MS`, the server
/// closing `!close`, a server that never greeted `!silence`. Events become
/// comments. Replayed through the ScriptedServer, the dialogue reproduces the
/// session, so a support ticket becomes a regression test. The mode-check
/// follow-up connection is not part of the script (one script, one dialogue).
QString writeScript(const Report &report, const ScriptOptions &options = {});

/// The certificate name a replay needs to reproduce the report's certificate
/// findings: "expired", "notyetvalid", "wrongname", "selfsigned",
/// "nointermediate", or "good".
QString scriptCertificateFor(const Report &report);

} // namespace MailInspect
