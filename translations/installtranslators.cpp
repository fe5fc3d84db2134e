// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "installtranslators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace MailInspect {

bool installTranslators(QCoreApplication *app)
{
    // Embedded at build time (translations/CMakeLists.txt), so an installed binary and one in
    // the build tree find the same catalogue.
    auto *ours = new QTranslator(app);
    const bool found = ours->load(QLocale(), QStringLiteral("mailinspect"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n"));
    // No catalogue for the user's language (C, or a language nobody translated yet): the words
    // stay English, and the English catalogue gives them their plural forms ("1 step", "2 steps"
    // instead of "step(s)"). For English locales the line above has already found it.
    if (found || ours->load(QStringLiteral("mailinspect_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace MailInspect
