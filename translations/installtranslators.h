// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace MailInspect {

/// Installs mailinspect's catalogue for the user's language (QLocale(): LANGUAGE, LC_ALL,
/// LC_MESSAGES, LANG) into @p app, and Qt's own catalogue for the words Qt itself shows (dialog
/// buttons). The translators live as long as @p app. English, and a language without a
/// catalogue, gets the English one: it holds only the plural forms ("1 step", "2 steps").
/// Returns whether a catalogue for the user's language was found (English counts).
bool installTranslators(QCoreApplication *app);

} // namespace MailInspect
