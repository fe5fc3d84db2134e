// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Find Settings… in the real main window, against the finder fixture (dnsmasq,
// HTTPS autoconfig, scripted mail servers) inside a private network namespace:
// type an address, watch the table fill in, use the result in the form.
//
// With MAILINSPECT_SCREENSHOT=FILE.png (and a real X display, e.g. under
// xvfb-run) it also photographs the screen with the result showing.

#include "finderfixture.h"

#include "connectionform.h"
#include "findsettingsdialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace MailInspect;
using MailInspect::Test::FinderFixture;

class TestFindDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findAndUse();
    void nothingFound();
    void cancel();

private:
    FinderFixture m_fixture;
};

void TestFindDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mailinspect-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_finddialog"));
    QSettings().clear();
    Test::startOrSkip(m_fixture);
}

void TestFindDialog::findAndUse()
{
    MainWindow window;
    window.setIspdbUrl(QUrl(FinderFixture::ispdbUrl()));
    window.resize(1300, 820);
    window.show();
    ConnectionForm *form = window.findChild<ConnectionForm *>();
    QVERIFY(form);
    // The customer's current settings: the domain typed as the server, POP3.
    form->setProtocol(Protocol::Pop3);
    form->hostEdit()->setText(QStringLiteral("autoconf.test"));
    form->setAdvancedVisible(true);
    form->caFileEdit()->setText(m_fixture.caFile());
    form->dnsServerEdit()->setText(FinderFixture::dnsServer());
    QTest::keyClick(form->dnsServerEdit(), Qt::Key_End); // a textEdited for validate()
    QVERIFY(form->findSettingsButton()->isEnabled());
    QVERIFY2(form->request().has_value(), qPrintable(form->validationMessage()));
    QCOMPARE(form->request()->dnsServer, FinderFixture::dnsServer());

    // The button beside the server field opens the dialog (so does the menu entry).
    QTest::mouseClick(form->findSettingsButton(), Qt::LeftButton);
    FindSettingsDialog *dialog = window.findSettingsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->move(window.x() + 120, window.y() + 150);
    QSignalSpy finished(dialog, &FindSettingsDialog::searchFinished);
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("alice@autoconf.test"));
    QTest::mouseClick(dialog->findButton(), Qt::LeftButton);
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(finished.wait(60000));
    QVERIFY(!dialog->cancelButton()->isEnabled());

    QTableWidget *table = dialog->table();
    QVERIFY(table->rowCount() >= 4);
    QCOMPARE(table->rowCount(), dialog->finder()->candidates().size());
    bool sawWorking = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 2)->text() == QLatin1String("imap.autoconf.test")
            && table->item(row, 7)->text().startsWith(QLatin1String("works")))
            sawWorking = true;
    }
    QVERIFY(sawWorking);
    const QString result = dialog->resultLabel()->text();
    QVERIFY2(result.contains(QLatin1String("Incoming: IMAP, server imap.autoconf.test, port 993, "
                                           "SSL/TLS")),
             qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("Outgoing: SMTP, server smtp.autoconf.test, port 465, "
                                           "SSL/TLS")),
             qPrintable(result));

    // The customer typed the domain, POP3 on 110: what to change.
    for (const char *change :
         {"Server: autoconf.test → imap.autoconf.test", "Protocol: POP3 → IMAP", "Port: 110 → 993",
          "Security: STARTTLS → SSL/TLS"})
        QVERIFY2(result.contains(QString::fromUtf8(change)), change);
    QVERIFY(dialog->copyButton()->isEnabled());
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->customerText());

    const QString shot = qEnvironmentVariable("MAILINSPECT_SCREENSHOT");
    if (!shot.isEmpty()) {
        QTest::qWait(500);
        QProcess import;
        QSignalSpy imported(&import, &QProcess::finished);
        import.start(QStringLiteral("import"),
                     {QStringLiteral("-window"), QStringLiteral("root"), shot});
        QVERIFY(imported.wait(30000));
        QCOMPARE(import.exitCode(), 0);
    }

    // Use these settings: the form now holds the proven incoming server.
    QVERIFY(dialog->useButton()->isEnabled());
    QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(form->hostEdit()->text(), QStringLiteral("imap.autoconf.test"));
    QCOMPARE(form->portEdit()->text(), QStringLiteral("993"));
    QCOMPARE(form->protocol(), Protocol::Imap);
    QCOMPARE(form->security(), Security::ImplicitTls);
}

void TestFindDialog::nothingFound()
{
    FindSettingsDialog dialog;
    SettingsFinder::Options options;
    options.dnsServer = FinderFixture::dnsServer();
    options.ispdbUrl = QUrl(FinderFixture::ispdbUrl());
    options.extraCaCertificates = m_fixture.caCertificates();
    dialog.setFinderOptions(options);
    dialog.show();
    QSignalSpy finished(&dialog, &FindSettingsDialog::searchFinished);
    dialog.addressEdit()->setText(QStringLiteral("nobody@nothing.test"));
    dialog.find();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("Found nothing")));
    QVERIFY(!dialog.useButton()->isEnabled());
    QVERIFY(!dialog.copyButton()->isEnabled());
}

void TestFindDialog::cancel()
{
    FindSettingsDialog dialog;
    SettingsFinder::Options options;
    // A resolver that never answers keeps every lookup waiting until Cancel.
    options.dnsServer = FinderFixture::silentServer();
    options.timeoutMs = 30000;
    dialog.setFinderOptions(options);
    dialog.show();
    QSignalSpy finished(&dialog, &FindSettingsDialog::searchFinished);
    dialog.addressEdit()->setText(QStringLiteral("alice@autoconf.test"));
    dialog.find();
    QTest::qWait(100);
    QVERIFY(dialog.cancelButton()->isEnabled());
    QVERIFY(!dialog.findButton()->isEnabled());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QVERIFY(!dialog.cancelButton()->isEnabled());
    QVERIFY(dialog.findButton()->isEnabled());
    QVERIFY(!dialog.useButton()->isEnabled());
}

QTEST_MAIN(TestFindDialog)
#include "tst_finddialog.moc"
