// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailInspect::Test {

/// Compares output with tests/report/golden/NAME. With MAILINSPECT_UPDATE_GOLDEN=1
/// in the environment the file is rewritten instead (review the diff before
/// committing). On a mismatch *message names the first differing line.
bool matchesGolden(const QString &name, const QByteArray &actual, QString *message);

} // namespace MailInspect::Test
