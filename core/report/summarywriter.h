// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

namespace MailInspect {

/// "Copy summary": a few lines for a ticket or a chat — the target, the
/// verdict, the top findings with their fixes, the TLS facts, and the tool
/// and time. Plain text, one fact per line, not wrapped (chat tools reflow).
QString writeSummary(const Report &report, int maxFindings = 3);

} // namespace MailInspect
