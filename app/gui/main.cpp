// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applog.h"
#include "connectionform.h"
#include "focusstyle.h"
#include "icons.h"
#include "installtranslators.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Keyboard focus that can be seen on every control.
    QApplication::setStyle(new MailInspect::FocusStyle);
    QApplication::setOrganizationName(QStringLiteral("mailinspect"));
    QApplication::setApplicationName(QStringLiteral("mailinspect"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mail Connection Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(MAILINSPECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mailinspect"));

    // Before any text is made: the --help texts below are translated too.
    const bool translated = MailInspect::installTranslators(&app);
    qCDebug(MailInspect::lcApp) << "languages" << QLocale().uiLanguages() << "catalogue"
                                << (translated ? "loaded" : "not found, English");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Inspects mail connections step by step and says what to fix."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Start the built-in practice servers on 127.0.0.1 and "
                                "fill the form with the first one."));
    const QCommandLineOption inspect(
        QStringLiteral("inspect"),
        QApplication::translate("main", "Start inspecting the target in the form right away."));
    const QCommandLineOption practice(
        QStringLiteral("practice"),
        QApplication::translate("main",
                                "Start the practice server SCENARIO (see the Practice "
                                "menu) and fill the form for it."),
        QStringLiteral("SCENARIO"));
    parser.addOption(demo);
    parser.addOption(practice);
    parser.addOption(inspect);
    parser.addPositionalArgument(
        QStringLiteral("target"),
        QApplication::translate("main",
                                "Optional: a saved report (.json) to open, or host, host:port "
                                "or a URL such as imaps://mail.example.com"),
        QStringLiteral("[report.json|target]"));
    parser.process(app);

    MailInspect::Ui::initResources();
    QApplication::setWindowIcon(MailInspect::Ui::applicationIcon());

    MailInspect::MainWindow window;
    if (parser.isSet(demo))
        window.startDemo();
    if (parser.isSet(practice) && !window.loadPracticeScenario(parser.value(practice)))
        return 2;
    // An existing file is a saved report to open (a file manager's "Open
    // with"); anything else is a target. A file that is no report says so
    // in the window.
    if (!parser.positionalArguments().isEmpty()) {
        QString argument = parser.positionalArguments().constFirst();
        if (argument.startsWith(QLatin1String("file:"))) // the desktop file's %u
            argument = QUrl(argument).toLocalFile();
        if (QFileInfo(argument).isFile())
            window.openReport(argument);
        else
            window.form()->applyTargetText(argument);
    }
    window.show();
    if (parser.isSet(inspect))
        window.startInspection();
    return app.exec();
}
