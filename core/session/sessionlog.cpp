// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlog.h"

namespace MailInspect {

// Info and above by default, so the qCDebug() lines cost one flag test unless turned on.
Q_LOGGING_CATEGORY(lcSession, "mailinspect.core.session", QtInfoMsg)

} // namespace MailInspect
