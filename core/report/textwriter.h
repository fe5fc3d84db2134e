// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

namespace MailInspect {

/// How writeText() lays a report out.
struct TextOptions
{
    bool color = false; ///< ANSI colour (terminals only)
    int width = 100; ///< prose is wrapped at this many columns
    bool pemAppendix = false; ///< append the certificate chain as PEM
};

/// The report as plain text: the CLI's output and the ticket-friendly
/// export. The verdict comes first (one sentence), then the tool, time and
/// target, the findings (errors first) with their fixes, one line per step,
/// the transcript, the certificate chain and the verification result split
/// into trust and name; optionally the chain as PEM.
QString writeText(const Report &report, const TextOptions &options = {});

} // namespace MailInspect
