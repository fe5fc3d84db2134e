// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/redactor.h"

#include <QtTest>

using namespace MailInspect;

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loginCommands_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("smtp auth plain ir") << QByteArray("AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n")
                                            << QByteArray("AUTH PLAIN <redacted>\r\n");
        QTest::newRow("imap login")
            << QByteArray("a3 LOGIN alice s3cret") << QByteArray("a3 LOGIN <redacted> <redacted>");
        QTest::newRow("pop3 user") << QByteArray("USER alice") << QByteArray("USER <redacted>");
        QTest::newRow("pop3 pass") << QByteArray("PASS s3cret") << QByteArray("PASS <redacted>");
        QTest::newRow("sieve") << QByteArray("AUTHENTICATE \"PLAIN\" \"AGFsaWNl\"")
                               << QByteArray("AUTHENTICATE \"PLAIN\" <redacted>");
        QTest::newRow("other") << QByteArray("EHLO client") << QByteArray("EHLO client");
    }
    void loginCommands()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        Redactor r;
        QCOMPARE(r.redactClientLine(line), expected);
    }

    void saslExchangeLines()
    {
        Redactor r;
        QCOMPARE(r.redactClientLine("AUTH LOGIN\r\n"), QByteArray("AUTH LOGIN\r\n"));
        QCOMPARE(r.redactClientLine("YWxpY2U=\r\n"), QByteArray("<redacted>\r\n"));
        QCOMPARE(r.redactClientLine("czNjcmV0\r\n"), QByteArray("<redacted>\r\n"));
        r.endSaslExchange();
        QCOMPARE(r.redactClientLine("QUIT\r\n"), QByteArray("QUIT\r\n"));
    }

    // An empty secret (no token given) hides nothing, not even "".
    void emptySecretHidesNothing()
    {
        Redactor r;
        r.addSecret({});
        QVERIFY(!r.hasSecrets());
        QCOMPARE(r.removeKnownSecrets("\"SASL\" \"\""), QByteArray("\"SASL\" \"\""));
    }

    void knownSecretsAnywhere()
    {
        Redactor r;
        r.addSecret("s3cret-pw");
        QCOMPARE(r.redactClientLine("XCMD s3cret-pw"), QByteArray("XCMD <redacted>"));
        QCOMPARE(r.redactClientLine("XCMD " + QByteArray("s3cret-pw").toBase64()),
                 QByteArray("XCMD <redacted>"));
    }

    // Every encoding the password can take on the wire or in a report.
    void everyEncodedForm()
    {
        Redactor r;
        const QByteArray pw = "S3cr3t\"pa\\ss";
        r.addSecret(pw);
        const QByteArray echoed = "S3cr3t\"pa\\ss BAD \"S3cr3t\\\"pa\\\\ss\" " + pw.toBase64();
        QCOMPARE(r.removeKnownSecrets(echoed), QByteArray("<redacted> BAD <redacted> <redacted>"));
        // As report text: raw, and escaped the way the transcript shows it.
        QString text = QStringLiteral("tag S3cr3t\"pa\\ss, shown S3cr3t\"pa\\\\ss, quoted "
                                      "\"S3cr3t\\\"pa\\\\ss\"");
        r.redactText(text);
        QVERIFY2(!text.contains(QLatin1String("S3cr3t")), qPrintable(text));
        // A SASL blob, registered as sent.
        const QByteArray blob = QByteArray("\0alice\0") + pw;
        r.addSentForm(blob.toBase64());
        QCOMPARE(r.removeKnownSecrets("x " + blob.toBase64()), QByteArray("x <redacted>"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
