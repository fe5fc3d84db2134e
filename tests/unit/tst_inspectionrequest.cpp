// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// InspectionRequest::validate(): the one check every front end and the
// engine make before anything is sent, and the Authenticator's own gate.
#include "protocol/authenticator.h"
#include "session/inspectionrequest.h"

#include <QtTest>

using namespace MailInspect;

Q_DECLARE_METATYPE(RequestProblem::Field)

class TestInspectionRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanRequestsPass_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("none") << ""
                              << "";
        QTest::newRow("plain") << "alice@mail.test"
                               << "Sup3r-s3cret!";
        QTest::newRow("spaces and tab") << "Alice Example"
                                        << "correct horse\tbattery";
        QTest::newRow("quotes") << "a\"b\\c"
                                << "\"'`$";
        QTest::newRow("non-ASCII") << QStringLiteral("jürgen") << QStringLiteral("pässwört€");
        QTest::newRow("long") << QString(300, QLatin1Char('a')) << QString(4096, QLatin1Char('b'));
    }
    void cleanRequestsPass()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.user = user;
        request.password = password;
        const auto problem = request.validate();
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
    }

    void lineBreaksAndNulAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("clientName");
        QTest::addColumn<RequestProblem::Field>("field");
        QTest::addColumn<QString>("words");
        const QString client = QStringLiteral("mailinspect.localhost");
        using F = RequestProblem::Field;
        QTest::newRow("user CRLF") << "alice\r\nDELE 1"
                                   << "pw" << client << F::User << "user name";
        QTest::newRow("user LF") << "alice\nDELE 1"
                                 << "pw" << client << F::User << "user name";
        QTest::newRow("user CR") << "alice\rDELE 1"
                                 << "pw" << client << F::User << "user name";
        QTest::newRow("user NUL") << QString::fromLatin1("alice\0admin", 11) << "pw" << client
                                  << F::User << "user name";
        QTest::newRow("user trailing LF") << "alice\n"
                                          << "pw" << client << F::User << "user name";
        QTest::newRow("password CRLF") << "alice"
                                       << "pw\r\nDELE 1" << client << F::Password << "password";
        QTest::newRow("password NUL")
            << "alice" << QString::fromLatin1("pw\0x", 4) << client << F::Password << "password";
        QTest::newRow("both: user first") << "a\nb"
                                          << "c\nd" << client << F::User << "user name";
        QTest::newRow("client name") << ""
                                     << ""
                                     << "me\r\nMAIL FROM:<x>" << F::ClientName << "client name";
    }
    void lineBreaksAndNulAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, clientName);
        QFETCH(RequestProblem::Field, field);
        QFETCH(QString, words);
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.user = user;
        request.password = password;
        request.clientName = clientName;
        const auto problem = request.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, field);
        QVERIFY2(problem->message.contains(words), qPrintable(problem->message));
        QVERIFY(problem->message.contains(QStringLiteral("line break")));
        // Names the field, never shows what it holds.
        for (const QString &value : {user, password, clientName}) {
            for (const QString &part : value.split(QRegularExpression(QStringLiteral("[\r\n\\x0]")),
                                                   Qt::SkipEmptyParts)) {
                if (part.size() > 2)
                    QVERIFY2(!problem->message.contains(part), qPrintable(problem->message));
            }
        }
        QVERIFY(!problem->message.contains(QLatin1Char('\n')));
        QVERIFY(!problem->message.contains(QLatin1Char('\r')));
    }

    void fieldByField()
    {
        using F = RequestProblem::Field;
        QVERIFY(!fieldProblem(F::User, QStringLiteral("alice")));
        QVERIFY(fieldProblem(F::User, QStringLiteral("alice\r\n")));
        QCOMPARE(fieldProblem(F::Password, QStringLiteral("a\nb"))->field, F::Password);
        QCOMPARE(fieldProblem(F::OAuthToken, QStringLiteral("ya29\r\nDELE 1"))->field,
                 F::OAuthToken);
        QVERIFY(fieldProblem(F::OAuthToken, QStringLiteral("ya29\r\nx"))
                    ->message.contains(QStringLiteral("access token")));
        // validate() checks the token like the password, and never shows it.
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.user = QStringLiteral("alice");
        request.oauthToken = QString::fromLatin1("ya29.tok\0en", 11);
        const auto problem = request.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, F::OAuthToken);
        QVERIFY(!problem->message.contains(QStringLiteral("ya29")));
        QVERIFY(isSafeCommandText(QStringLiteral("tab\tand space")));
        QVERIFY(!isSafeCommandText(QString(1, QChar(0))));
    }

    // The test envelope's addresses go between SMTP's angle brackets.
    void mailAddresses()
    {
        using F = RequestProblem::Field;
        QVERIFY(!fieldProblem(F::MailFrom, QString())); // not tested
        QVERIFY(!fieldProblem(F::MailFrom, QStringLiteral("joe@example.com")));
        QVERIFY(!fieldProblem(
            F::RcptTo, QStringLiteral("\"odd local\"@example.com").remove(QLatin1Char(' '))));
        for (const QString &bad :
             {QStringLiteral("a b@example.com"), QStringLiteral("a@example.com>"),
              QStringLiteral("<a@example.com"), QStringLiteral("a@example.com\r\nDATA"),
              QStringLiteral("a@example.com\tSIZE=1"), QString::fromLatin1("a@b\0c", 5)}) {
            QCOMPARE(fieldProblem(F::MailFrom, bad)->field, F::MailFrom);
            QCOMPARE(fieldProblem(F::RcptTo, bad)->field, F::RcptTo);
            QVERIFY(!fieldProblem(F::MailFrom, bad)->message.contains(bad));
        }
        InspectionRequest r;
        r.host = QStringLiteral("mail.test");
        r.mailFrom = QStringLiteral("a@example.com");
        r.rcptTo = QStringLiteral("b @example.com");
        QCOMPARE(r.validate()->field, F::RcptTo);
        QVERIFY(r.checkMailbox); // on by default
    }

    // --dns-server / the form's DNS field: an address with an optional port.
    void dnsServer()
    {
        using F = RequestProblem::Field;
        QVERIFY(!fieldProblem(F::DnsServer, QString()));
        QVERIFY(!fieldProblem(F::DnsServer, QStringLiteral("192.0.2.53:5353")));
        QVERIFY(!fieldProblem(F::DnsServer, QStringLiteral("[2001:db8::53]:53")));
        InspectionRequest r;
        r.host = QStringLiteral("mail.test");
        r.dnsServer = QStringLiteral("dns.example\r\nx");
        const auto problem = r.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, F::DnsServer);
        // Quoted so it can be seen, never a line break of its own.
        QVERIFY(!problem->message.contains(QLatin1Char('\n')));
        QVERIFY(problem->message.contains(QLatin1String("dns.example")));
    }

    // The last gate: whoever builds an Authenticator, a CR or LF never
    // becomes part of a command.
    void authenticatorRefusesLineBreaks_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QStringList>("caps");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("pop3 USER")
            << int(Protocol::Pop3) << QStringList {"USER"} << "alice\r\nDELE 1"
            << "pw";
        QTest::newRow("imap LOGIN") << int(Protocol::Imap) << QStringList {"IMAP4rev1"} << "alice"
                                    << "pw\"\r\nx DELETE INBOX";
        QTest::newRow("smtp PLAIN NUL")
            << int(Protocol::Submission) << QStringList {"AUTH PLAIN LOGIN"}
            << QString::fromLatin1("alice\0admin", 11) << "pw";
    }
    void authenticatorRefusesLineBreaks()
    {
        QFETCH(int, protocol);
        QFETCH(QStringList, caps);
        QFETCH(QString, user);
        QFETCH(QString, password);
        auto credentials = [](const QString &u, const QString &p) {
            LoginCredentials c;
            c.user = u;
            c.password = p;
            return c;
        };
        Authenticator auth(Protocol(protocol), caps, credentials(user, password), std::nullopt,
                           true);
        QVERIFY(!auth.unavailableReason().isEmpty());
        QVERIFY(auth.firstCommand().isEmpty());
        Authenticator clean(Protocol(protocol), caps,
                            credentials(QStringLiteral("alice"), QStringLiteral("pw")),
                            std::nullopt, true);
        QVERIFY(clean.unavailableReason().isEmpty());
        QVERIFY(!clean.firstCommand().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInspectionRequest)
#include "tst_inspectionrequest.moc"
