// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

namespace MailInspect {

/// The report as Markdown that renders well in GitLab/GitHub/Jira-style
/// trackers: the verdict in bold, a facts table (tool, TLS backend, time,
/// target as typed and as connected), findings with fixes, a steps table, the
/// transcript and the certificate PEM appendix in fenced code blocks.
QString writeMarkdown(const Report &report, bool pemAppendix = true);

} // namespace MailInspect
