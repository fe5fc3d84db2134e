// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace MailInspect {

/// Logging category "mailinspect.ui": the desktop app's views: exports. Debug output only, off by
/// default; QT_LOGGING_RULES="mailinspect.ui.debug=true" (or "mailinspect.*.debug=true") turns it
/// on. Never secrets, never raw server bytes: server text only as the report records it (redacted
/// and escaped).
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace MailInspect
