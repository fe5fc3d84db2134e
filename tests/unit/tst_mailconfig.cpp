// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The finder's document parsers (autoconfig, Autodiscover) and its choice and
// comparison rules, on hand-made input.

#include "discovery/mailconfig.h"
#include "discovery/settingsreport.h"

#include <QtTest>

using namespace MailInspect;

class TestMailConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void autoconfig();
    void autoconfigRejects_data();
    void autoconfigRejects();
    void autoconfigBounds();
    void autodiscover();
    void preference();
    void comparison();
    void customerText();
};

void TestMailConfig::autoconfig()
{
    const QByteArray xml = R"(<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.com">
  <domain>Example.COM</domain>
  <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
    <authentication>password-cleartext</authentication><authentication>OAuth2</authentication>
    <oAuth2><issuer>x</issuer></oAuth2></incomingServer>
  <incomingServer type="exchange"><hostname>ews.example.com</hostname><port>443</port></incomingServer>
  <incomingServer type="pop3"><hostname>bad host!</hostname><port>995</port></incomingServer>
  <incomingServer type="pop3"><hostname>pop.example.com</hostname><port>99999</port></incomingServer>
  <outgoingServer type="smtp"><hostname>SMTP.example.com</hostname><port>587</port>
    <socketType>STARTTLS</socketType></outgoingServer>
</emailProvider></clientConfig>)";
    QString error;
    const auto c = parseAutoconfig(xml, QStringLiteral("alice@example.com"), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->domains, QStringList {QStringLiteral("example.com")});
    QCOMPARE(c->servers.size(), 2);
    const ServerSetting &imap = c->servers.at(0);
    QCOMPARE(imap.protocol, Protocol::Imap);
    QCOMPARE(imap.host, QStringLiteral("imap.example.com"));
    QCOMPARE(imap.port, quint16(993));
    QCOMPARE(imap.security, Security::ImplicitTls);
    QCOMPARE(imap.username, QStringLiteral("alice"));
    QCOMPARE(imap.authentication.size(), 2);
    const ServerSetting &smtp = c->servers.at(1);
    QCOMPARE(smtp.protocol, Protocol::Submission);
    QCOMPARE(smtp.host, QStringLiteral("smtp.example.com"));
    QCOMPARE(smtp.security, Security::StartTls);
}

void TestMailConfig::autoconfigRejects_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>");
    QTest::newRow("not xml") << QByteArray("{\"imap\": 1}");
    QTest::newRow("no provider") << QByteArray("<clientConfig/>");
    QTest::newRow("dtd entity") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY a \"aaaa\">]><clientConfig>"
        "<emailProvider>&a;</emailProvider></clientConfig>");
    QTest::newRow("cut short") << QByteArray("<clientConfig><emailProvider><incomingServer");
}

void TestMailConfig::autoconfigRejects()
{
    QFETCH(QByteArray, xml);
    QString error;
    QVERIFY(!parseAutoconfig(xml, QStringLiteral("a@b.c"), &error));
    QVERIFY(!error.isEmpty());
}

void TestMailConfig::autoconfigBounds()
{
    QByteArray deep = "<clientConfig><emailProvider>";
    for (int i = 0; i < 100; ++i)
        deep += "<x>";
    QString error;
    QVERIFY(!parseAutoconfig(deep, QStringLiteral("a@b.c"), &error));
    QByteArray many = "<clientConfig><emailProvider>";
    for (int i = 0; i < 200; ++i)
        many += "<incomingServer type=\"imap\"><hostname>h.example</hostname><port>993</port>"
                "<socketType>SSL</socketType></incomingServer>";
    many += "</emailProvider></clientConfig>";
    const auto c = parseAutoconfig(many, QStringLiteral("a@b.c"), &error);
    QVERIFY(c);
    QCOMPARE(c->servers.size(), qsizetype(MailConfigLimits::maxServers));
    QVERIFY(!parseAutoconfig(QByteArray(MailConfigLimits::maxDocumentBytes + 1, ' '),
                             QStringLiteral("a@b.c"), &error));
}

void TestMailConfig::autodiscover()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
<Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
<Account><Action>settings</Action>
<Protocol><Type>EXCH</Type><Server>ex.example.com</Server></Protocol>
<Protocol><Type>IMAP</Type><Server>imap.example.com</Server><Port>993</Port><SSL>on</SSL></Protocol>
<Protocol><Type>POP3</Type><Server>pop.example.com</Server><Port>110</Port><SSL>off</SSL></Protocol>
<Protocol><Type>SMTP</Type><Server>smtp.example.com</Server><Port>587</Port><Encryption>TLS</Encryption></Protocol>
</Account></Response></Autodiscover>)";
    QString error;
    const auto c = parseAutodiscover(xml, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->servers.size(), 3);
    QCOMPARE(c->servers.at(0).security, Security::ImplicitTls);
    QCOMPARE(c->servers.at(1).security, Security::None);
    QCOMPARE(c->servers.at(2).protocol, Protocol::Submission);
    QCOMPARE(c->servers.at(2).security, Security::StartTls);
    QVERIFY(
        !parseAutodiscover("<Autodiscover><Response><Error/></Response></Autodiscover>", &error));
    QVERIFY(!autodiscoverRequest(QStringLiteral("a@b.c")).isEmpty());
}

void TestMailConfig::preference()
{
    SettingsCandidate high;
    high.source = SettingsSource::Autoconfig;
    high.highTrust = true;
    high.security = Security::StartTls;
    SettingsCandidate guess = high;
    guess.source = SettingsSource::Guess;
    guess.highTrust = false;
    guess.security = Security::ImplicitTls;
    // Trust beats the security mode; within a source, SSL/TLS beats STARTTLS
    // and IMAP beats POP3.
    QVERIFY(high.preferenceKey() < guess.preferenceKey());
    SettingsCandidate tls = high;
    tls.security = Security::ImplicitTls;
    tls.order = 5;
    QVERIFY(tls.preferenceKey() < high.preferenceKey());
    SettingsCandidate pop = tls;
    pop.protocol = Protocol::Pop3;
    pop.order = 0;
    QVERIFY(tls.preferenceKey() < pop.preferenceKey());
}

void TestMailConfig::comparison()
{
    SettingsCandidate proven;
    proven.protocol = Protocol::Imap;
    proven.host = QStringLiteral("imap.example.com");
    proven.port = 993;
    proven.security = Security::ImplicitTls;
    const QStringList changes = compareSettings(
        {Protocol::Pop3, QStringLiteral("example.com"), 110, Security::Auto}, proven);
    QCOMPARE(
        changes,
        QStringList({QStringLiteral("Server: example.com → imap.example.com"),
                     QStringLiteral("Protocol: POP3 → IMAP"), QStringLiteral("Port: 110 → 993"),
                     QStringLiteral("Security: STARTTLS → SSL/TLS")}));
    QVERIFY(compareSettings(
                {Protocol::Imap, QStringLiteral("IMAP.example.com"), 993, Security::Auto}, proven)
                .isEmpty());
}

void TestMailConfig::customerText()
{
    SettingsCandidate in;
    in.protocol = Protocol::Imap;
    in.host = QStringLiteral("imap.example.com");
    in.port = 993;
    in.security = Security::ImplicitTls;
    SettingsCandidate out = in;
    out.protocol = Protocol::Submission;
    out.host = QStringLiteral("smtp.example.com");
    out.port = 587;
    out.security = Security::StartTls;
    const QString text = customerInstructions(&in, &out);
    QVERIFY2(text.startsWith(
                 QStringLiteral("Incoming: IMAP, server imap.example.com, port 993, SSL/TLS\n"
                                "Outgoing: ")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("smtp.example.com, port 587, STARTTLS")));
}

QTEST_MAIN(TestMailConfig)
#include "tst_mailconfig.moc"
