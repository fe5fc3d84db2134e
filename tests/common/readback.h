// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

namespace MailInspect::Test {

/// Saves the report as JSON and reads it back, as a second-line engineer
/// opening a ticket's file would: the read-back report must diagnose to the
/// same findings, hold the same facts and verdict, and every writer (text
/// with and without colour, Markdown, HTML, script, summary, JSON) must
/// write it byte for byte as it writes the original. Returns what differs,
/// empty when nothing does.
QString readBackDifference(const Report &report);

} // namespace MailInspect::Test
