// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QMetaType>

namespace MailInspect::Test {

/// Fixed, hand-built reports for the writer tests. Nothing in them depends on
/// the clock or the machine, so the golden files stay byte-for-byte stable.

/// Submission over STARTTLS to mail.test: the certificate expired (error),
/// AUTH offered before TLS (warning), a login whose secret is already
/// redacted, a 1.5 s greeting delay. Verdict: insecure.
Report problemReport();

/// The same session with a good certificate and no findings. Verdict: secure.
Report secureReport();

/// Nothing listens on the port. Verdict: failed.
Report refusedReport();

} // namespace MailInspect::Test

Q_DECLARE_METATYPE(MailInspect::Report)
