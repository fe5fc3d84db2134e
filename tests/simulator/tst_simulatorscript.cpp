// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/simulatorscript.h"

#include <QtTest>

using namespace MailInspect;
using Kind = SimulatorScript::Directive::Kind;

class TestSimulatorScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryDirective();
    void ignoresCommentsBlankLinesAndCrlf();
    void keepsTextAfterTheOneSpace();
    void startsWithTls();
    void parseErrorsNameTheLine_data();
    void parseErrorsNameTheLine();
    void matchesWithStars_data();
    void matchesWithStars();
    void unescapesAndEscapes();
};

void TestSimulatorScript::parsesEveryDirective()
{
    QString error;
    const auto script = SimulatorScript::parse(QStringLiteral("S: 220 mail.test ESMTP\n"
                                                              "C: EHLO *\n"
                                                              "!read\n"
                                                              "!delay 250\n"
                                                              "!raw 250 ok\\r\\n\\x00\\t\\\\\n"
                                                              "!flood 1000 AB C\n"
                                                              "!tls good\n"
                                                              "!end-tls-abruptly\n"),
                                               &error);
    QVERIFY2(script, qPrintable(error));
    const auto &d = script->directives();
    QCOMPARE(d.size(), 8);
    QCOMPARE(d[0].kind, Kind::Send);
    QCOMPARE(d[0].data, QByteArrayLiteral("220 mail.test ESMTP"));
    QCOMPARE(d[0].line, 1);
    QCOMPARE(d[1].kind, Kind::Expect);
    QCOMPARE(d[1].data, QByteArrayLiteral("EHLO *"));
    QCOMPARE(d[2].kind, Kind::Expect);
    QCOMPARE(d[2].data, QByteArrayLiteral("*"));
    QCOMPARE(d[3].kind, Kind::Delay);
    QCOMPARE(d[3].count, 250);
    QCOMPARE(d[4].kind, Kind::Raw);
    QCOMPARE(d[4].data, QByteArray("250 ok\r\n\0\t\\", 11));
    QCOMPARE(d[5].kind, Kind::Flood);
    QCOMPARE(d[5].count, 1000);
    QCOMPARE(d[5].data, QByteArrayLiteral("AB C"));
    QCOMPARE(d[6].kind, Kind::Tls);
    QCOMPARE(d[6].certificateName, QStringLiteral("good"));
    QCOMPARE(d[7].kind, Kind::EndTlsAbruptly);
    QCOMPARE(d[7].line, 8);
    QCOMPARE(script->certificateNames(), QStringList {QStringLiteral("good")});

    for (const char *terminal : {"!close", "!reset", "!silence"}) {
        const auto closing = SimulatorScript::parse(QLatin1String(terminal), &error);
        QVERIFY2(closing, qPrintable(error));
        QCOMPARE(closing->directives().size(), 1);
    }
    QCOMPARE(SimulatorScript::parse(QStringLiteral("!close"))->directives()[0].kind, Kind::Close);
    QCOMPARE(SimulatorScript::parse(QStringLiteral("!reset"))->directives()[0].kind, Kind::Reset);
    QCOMPARE(SimulatorScript::parse(QStringLiteral("!silence"))->directives()[0].kind,
             Kind::Silence);
}

void TestSimulatorScript::ignoresCommentsBlankLinesAndCrlf()
{
    QString error;
    const auto script = SimulatorScript::parse(QStringLiteral("# greeting\r\n"
                                                              "\r\n"
                                                              "   \t\r\n"
                                                              "  # indented comment\r\n"
                                                              "S: 220 hi\r\n"
                                                              "    C: QUIT\r\n"),
                                               &error);
    QVERIFY2(script, qPrintable(error));
    QCOMPARE(script->directives().size(), 2);
    QCOMPARE(script->directives()[0].data, QByteArrayLiteral("220 hi"));
    QCOMPARE(script->directives()[0].line, 5);
    QCOMPARE(script->directives()[1].data, QByteArrayLiteral("QUIT"));
    QCOMPARE(script->directives()[1].line, 6);
    QVERIFY(SimulatorScript::parse(QString())->directives().isEmpty());
}

void TestSimulatorScript::keepsTextAfterTheOneSpace()
{
    const auto script = SimulatorScript::parse(QStringLiteral("S:  two spaces \n"
                                                              "S:\n"
                                                              "S:nospace\n"
                                                              "S: # not a comment\n"
                                                              "S: caf\u00e9\n"));
    QVERIFY(script);
    const auto &d = script->directives();
    QCOMPARE(d[0].data, QByteArrayLiteral(" two spaces "));
    QCOMPARE(d[1].data, QByteArray());
    QCOMPARE(d[2].data, QByteArrayLiteral("nospace"));
    QCOMPARE(d[3].data, QByteArrayLiteral("# not a comment"));
    QCOMPARE(d[4].data, QByteArrayLiteral("caf\xc3\xa9"));
}

void TestSimulatorScript::startsWithTls()
{
    QVERIFY(
        SimulatorScript::parse(QStringLiteral("# implicit\n!tls good\nS: hi"))->startsWithTls());
    QVERIFY(!SimulatorScript::parse(QStringLiteral("S: hi\n!tls good"))->startsWithTls());
    QVERIFY(!SimulatorScript::parse(QString())->startsWithTls());
}

void TestSimulatorScript::parseErrorsNameTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown directive") << QStringLiteral("S: a\n\n!foo") << "line 3: unknown";
    QTest::newRow("not a directive") << QStringLiteral("S: a\nHELO x") << "line 2: expected S:";
    QTest::newRow("lower-case s") << QStringLiteral("s: a") << "line 1:";
    QTest::newRow("delay without ms") << QStringLiteral("!delay") << "line 1: !delay";
    QTest::newRow("delay not a number") << QStringLiteral("# x\n!delay 5s") << "line 2: !delay";
    QTest::newRow("negative delay") << QStringLiteral("!delay -1") << "line 1: !delay";
    QTest::newRow("raw without text") << QStringLiteral("!raw") << "line 1: !raw";
    QTest::newRow("raw bad escape") << QStringLiteral("!raw a\\q") << "line 1: unknown escape";
    QTest::newRow("raw short hex") << QStringLiteral("!raw \\x4") << "line 1: \\x needs";
    QTest::newRow("flood without count") << QStringLiteral("!flood A") << "line 1: !flood";
    QTest::newRow("flood zero") << QStringLiteral("!flood 0 A") << "line 1: !flood";
    QTest::newRow("flood without text") << QStringLiteral("!flood 10") << "line 1: !flood";
    QTest::newRow("tls without name") << QStringLiteral("!tls") << "line 1: !tls";
    QTest::newRow("tls two names") << QStringLiteral("!tls a b") << "line 1: !tls";
    QTest::newRow("tls twice") << QStringLiteral("!tls a\nS: x\n!tls a") << "line 3: TLS";
    QTest::newRow("close with argument") << QStringLiteral("!close now") << "line 1: !close";
    QTest::newRow("after close") << QStringLiteral("!close\n# c\nS: x")
                                 << "line 3: nothing can follow the close on line 1";
    QTest::newRow("after silence") << QStringLiteral("!silence\n!read") << "line 2: nothing";
    QTest::newRow("after reset") << QStringLiteral("!reset\n!close") << "line 2: nothing";
    QTest::newRow("end-tls without tls")
        << QStringLiteral("S: x\n!end-tls-abruptly") << "line 2: !end-tls-abruptly outside TLS";
}

void TestSimulatorScript::parseErrorsNameTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!SimulatorScript::parse(text, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY(!SimulatorScript::parse(text)); // the error pointer is optional
}

void TestSimulatorScript::matchesWithStars_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("match");
    QTest::newRow("exact") << QByteArray("QUIT") << QByteArray("QUIT") << true;
    QTest::newRow("case matters") << QByteArray("QUIT") << QByteArray("quit") << false;
    QTest::newRow("prefix only") << QByteArray("QUIT") << QByteArray("QUITX") << false;
    QTest::newRow("shorter") << QByteArray("QUIT") << QByteArray("QUI") << false;
    QTest::newRow("star tail") << QByteArray("EHLO *") << QByteArray("EHLO a.b") << true;
    QTest::newRow("star empty") << QByteArray("EHLO *") << QByteArray("EHLO ") << true;
    QTest::newRow("star needs prefix") << QByteArray("EHLO *") << QByteArray("EHLO") << false;
    QTest::newRow("star alone") << QByteArray("*") << QByteArray("") << true;
    QTest::newRow("star head") << QByteArray("* LOGOUT") << QByteArray("a7 LOGOUT") << true;
    QTest::newRow("star middle") << QByteArray("AUTH * x") << QByteArray("AUTH PLAIN y x") << true;
    QTest::newRow("backtrack") << QByteArray("*ab") << QByteArray("aab") << true;
    QTest::newRow("two stars") << QByteArray("*a*b") << QByteArray("xxaxxbxb") << true;
    QTest::newRow("two stars miss") << QByteArray("*a*b") << QByteArray("xxbxxa") << false;
    QTest::newRow("empty pattern") << QByteArray("") << QByteArray("x") << false;
    QTest::newRow("empty both") << QByteArray("") << QByteArray("") << true;
}

void TestSimulatorScript::matchesWithStars()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, line);
    QFETCH(bool, match);
    QCOMPARE(SimulatorScript::matches(pattern, line), match);
}

void TestSimulatorScript::unescapesAndEscapes()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    const QString escaped = SimulatorScript::escape(all);
    for (const QChar c : escaped)
        QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7f);
    QCOMPARE(SimulatorScript::unescape(escaped), std::optional<QByteArray>(all));
    QCOMPARE(SimulatorScript::escape(QByteArray("a\r\n\\\x1b")),
             QStringLiteral("a\\r\\n\\\\\\x1B"));
    QCOMPARE(SimulatorScript::unescape(QStringLiteral("\\x2a\\x2A")),
             std::optional<QByteArray>("**"));
    QVERIFY(!SimulatorScript::unescape(QStringLiteral("trailing\\")));
}

QTEST_GUILESS_MAIN(TestSimulatorScript)
#include "tst_simulatorscript.moc"
