// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The form's login fields as the engine receives them: the Authentication
// choice reaches the request typed, and the OAuth choices' field is a token.

#include "loginfields.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace MailInspect;

class TestLoginFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A mechanism or the automatic choice; for the OAuth choices the field's
    // text is the token, never a password.
    void mechanismChoiceReachesTheRequest()
    {
        LoginFields fields;
        fields.userEdit()->setText(QStringLiteral("alice@mail.test"));
        fields.secretEdit()->setText(QStringLiteral("s3cret-or-token"));
        QComboBox *combo = fields.mechanismCombo();
        int seen = 0;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).isEmpty())
                continue; // separator
            combo->setCurrentIndex(i);
            const QString data = combo->itemData(i).toString();
            InspectionRequest request;
            fields.applyTo(request);
            QCOMPARE(request.user, QStringLiteral("alice@mail.test"));
            const bool token = data == QLatin1String("oauth") || data == QLatin1String("XOAUTH2")
                || data == QLatin1String("OAUTHBEARER");
            QCOMPARE(request.oauthToken.isEmpty(), !token);
            QCOMPARE(request.password.isEmpty(), token);
            if (data.isEmpty() || data == QLatin1String("oauth"))
                QVERIFY(!request.authMechanism);
            else
                QCOMPARE(saslMechanismName(*request.authMechanism), data);
            ++seen;
        }
        QVERIFY(seen >= 9);
    }
};

QTEST_MAIN(TestLoginFields)
#include "tst_loginfields.moc"
