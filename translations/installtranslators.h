#pragma once

class QCoreApplication;

namespace MailInspect {

/// Installs mailinspect's catalogue for the user's language (QLocale(): LANGUAGE, LC_ALL,
/// LC_MESSAGES, LANG) into @p app, and Qt's own catalogue for the words Qt itself shows (dialog
/// buttons). The translators live as long as @p app. English needs no catalogue; returns
/// whether one of ours was found.
bool installTranslators(QCoreApplication *app);

} // namespace MailInspect
