// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

namespace MailInspect {

/// The report as one self-contained HTML page: inline CSS, no scripts, no
/// images, no external resources, well-formed XML (XHTML-style, so it parses
/// with QXmlStreamReader) and laid out to print well. The PDF writer renders
/// this same page.
QString writeHtml(const Report &report, bool pemAppendix = true);

} // namespace MailInspect
