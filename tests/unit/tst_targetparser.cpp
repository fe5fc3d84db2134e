// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/targetparser.h"

#include <QtTest>

using namespace MailInspect;

Q_DECLARE_METATYPE(std::optional<Protocol>)
Q_DECLARE_METATYPE(std::optional<Security>)

class TestTargetParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port"); // 0: none
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("security");
        QTest::newRow("host") << "mail.example.com"
                              << "mail.example.com" << 0 << ""
                              << "";
        QTest::newRow("upper") << "Mail.Example.COM"
                               << "mail.example.com" << 0 << ""
                               << "";
        QTest::newRow("host:port") << "mail.test:587"
                                   << "mail.test" << 587 << ""
                                   << "";
        QTest::newRow("v4") << "127.0.0.1:25"
                            << "127.0.0.1" << 25 << ""
                            << "";
        QTest::newRow("v6 bracket") << "[::1]:993"
                                    << "::1" << 993 << ""
                                    << "";
        QTest::newRow("v6 bare") << "::1"
                                 << "::1" << 0 << ""
                                 << "";
        QTest::newRow("smtp") << "smtp://mx.test"
                              << "mx.test" << 0 << "smtp"
                              << "";
        QTest::newRow("smtps") << "smtps://mx.test"
                               << "mx.test" << 0 << "smtp"
                               << "tls";
        QTest::newRow("submission") << "submission://mx.test:2525"
                                    << "mx.test" << 2525 << "submission"
                                    << "";
        QTest::newRow("imap") << "imap://mx.test/"
                              << "mx.test" << 0 << "imap"
                              << "";
        QTest::newRow("imaps") << "IMAPS://mx.test"
                               << "mx.test" << 0 << "imap"
                               << "tls";
        QTest::newRow("pop3") << "pop3://mx.test"
                              << "mx.test" << 0 << "pop3"
                              << "";
        QTest::newRow("pop3s") << "pop3s://mx.test:1995"
                               << "mx.test" << 1995 << "pop3"
                               << "tls";
        QTest::newRow("sieve") << "sieve://mx.test"
                               << "mx.test" << 0 << "sieve"
                               << "";
        QTest::newRow("lmtp") << "lmtp://[::1]:24"
                              << "::1" << 24 << "lmtp"
                              << "";
        QTest::newRow("user part") << "imaps://alice@mx.test"
                                   << "mx.test" << 0 << "imap"
                                   << "tls";
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, protocol);
        QFETCH(QString, security);
        QString error;
        const auto t = parseTarget(input, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->host, host);
        QCOMPARE(int(t->port.value_or(0)), port);
        QCOMPARE(t->protocol ? protocolName(*t->protocol) : QString(), protocol);
        QCOMPARE(t->security ? securityName(*t->security) : QString(), security);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "no server";
        QTest::newRow("scheme") << "gopher://mx.test"
                                << "unknown scheme";
        QTest::newRow("port 0") << "mx.test:0"
                                << "invalid port";
        QTest::newRow("port 70000") << "mx.test:70000"
                                    << "invalid port";
        QTest::newRow("port text") << "mx.test:smtp"
                                   << "invalid port";
        QTest::newRow("empty port") << "mx.test:"
                                    << "invalid port";
        QTest::newRow("bad name") << "mail server"
                                  << "not a valid server name";
        QTest::newRow("bad v6") << "[zz::1]:25"
                                << "not an IPv6";
        QTest::newRow("no host") << "imaps://:993"
                                 << "no server";
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parseTarget(input, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // An error message ends up on a terminal, in a log or a ticket: with a
    // user name or password in the input, it quotes no part of it.
    void errorsNeverQuoteCredentials_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("no scheme, bad port") << "alice:Hunter22@mail.test:99999"
                                             << "\"@\"";
        QTest::newRow("no scheme") << "alice:Hunter22@mail.test"
                                   << "\"@\"";
        QTest::newRow("mail address") << "alice@example.com"
                                      << "not a mail address";
        QTest::newRow("url, text port") << "imap://alice:Hunter22@mail.test:abc"
                                        << "invalid port";
        QTest::newRow("url, bad port") << "imaps://alice:Hunter22@mail.test:99999"
                                       << "invalid port";
        QTest::newRow("slash in password") << "imap://alice:Hunter/22@mail.test"
                                           << "invalid port";
        QTest::newRow("before the scheme") << "alice:Hunter22@imap://mail.test"
                                           << "unknown scheme";
        QTest::newRow("bad v6") << "imap://alice:Hunter22@[zz::1]:143"
                                << "not an IPv6";
        QTest::newRow("bad name") << "imap://alice:Hunter22@bad_host!"
                                  << "not a valid server name";
        QTest::newRow("colons") << "imap://alice:Hunter22@a:b:c"
                                << "not a valid address";
    }
    void errorsNeverQuoteCredentials()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parseTarget(input, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        for (const char *secret : {"alice", "Hunter", "22"})
            QVERIFY2(!error.contains(QLatin1String(secret)), qPrintable(error));
    }

    void schemesAreQuotedOnlyWhenTheyLookLikeOne()
    {
        QString error;
        QVERIFY(!parseTarget(QStringLiteral("gopher://mail.test"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"gopher\"")), qPrintable(error));
        QVERIFY(!parseTarget(QStringLiteral("x y://mail.test"), &error));
        QVERIFY2(!error.contains(QStringLiteral("x y")), qPrintable(error));
    }

    void credentialsInTheUrlAreRedacted()
    {
        QString error;
        const auto t = parseTarget("imaps://alice:Hunter22@mail.test:993/INBOX", &error);
        QVERIFY(t);
        QCOMPARE(t->host, QStringLiteral("mail.test"));
        QCOMPARE(t->display, QStringLiteral("imaps://<redacted>@mail.test:993/INBOX"));
        QCOMPARE(parseTarget("mail.test:25", &error)->display, QStringLiteral("mail.test:25"));
    }

    void protocolByPort()
    {
        QCOMPARE(protocolForPort(993), std::optional<Protocol>(Protocol::Imap));
        QCOMPARE(protocolForPort(995), std::optional<Protocol>(Protocol::Pop3));
        QCOMPARE(protocolForPort(587), std::optional<Protocol>(Protocol::Submission));
        QCOMPARE(protocolForPort(4190), std::optional<Protocol>(Protocol::Sieve));
        QVERIFY(!protocolForPort(2525));
    }

    void ports()
    {
        QCOMPARE(parsePort(QStringLiteral("1")), std::optional<quint16>(1));
        QCOMPARE(parsePort(QStringLiteral("65535")), std::optional<quint16>(65535));
        QVERIFY(!parsePort(QStringLiteral("65536")));
        QVERIFY(!parsePort(QStringLiteral("-1")));
    }

    void defaults()
    {
        QCOMPARE(defaultPort(Protocol::Submission, Security::StartTls), quint16(587));
        QCOMPARE(defaultPort(Protocol::Submission, Security::ImplicitTls), quint16(465));
        QCOMPARE(defaultPort(Protocol::Imap, Security::ImplicitTls), quint16(993));
        QCOMPARE(defaultPort(Protocol::Pop3, Security::None), quint16(110));
        QCOMPARE(defaultPort(Protocol::Sieve, Security::StartTls), quint16(4190));
        QCOMPARE(effectiveSecurity(Security::Auto, 995), Security::ImplicitTls);
        QCOMPARE(effectiveSecurity(Security::Auto, 587), Security::StartTls);
        QCOMPARE(effectiveSecurity(Security::None, 993), Security::None);
    }
};

QTEST_GUILESS_MAIN(TestTargetParser)
#include "tst_targetparser.moc"
