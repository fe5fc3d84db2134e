// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The escaper every sink shares: what a server or certificate sends is shown,
// never obeyed.

#include "report/report.h"
#include "report/untrustedtext.h"

#include <QtTest>

using namespace MailInspect;

class TestUntrustedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QByteArray("220 mail.test ESMTP") << "220 mail.test ESMTP";
        QTest::newRow("ESC[2J") << QByteArray("a\x1b[2Jb") << "a\\x1b[2Jb";
        QTest::newRow("OSC title") << QByteArray("\x1b]0;owned\x07") << "\\x1b]0;owned\\x07";
        QTest::newRow("NUL") << QByteArray("mail.test\0.evil", 15) << "mail.test\\x00.evil";
        QTest::newRow("tab and DEL") << QByteArray("a\tb\x7f") << "a\\x09b\\x7f";
        QTest::newRow("8-bit CSI byte") << QByteArray("\x9b"
                                                      "2J")
                                        << "\\x9b2J";
        QTest::newRow("C1 as UTF-8") << QByteArray("\xc2\x9b"
                                                   "31m\xc2\x85")
                                     << "<U+009B>31m<U+0085>";
        QTest::newRow("RLO") << QByteArray("a\xe2\x80\xae"
                                           "b")
                             << "a<U+202E>b";
        QTest::newRow("FSI") << QByteArray("\xe2\x81\xa8") << "<U+2068>";
        QTest::newRow("zero width space") << QByteArray("\xe2\x80\x8b") << "<U+200B>";
        QTest::newRow("line separator") << QByteArray("\xe2\x80\xa8") << "<U+2028>";
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf") << "<U+FEFF>";
        QTest::newRow("umlaut kept") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                   "e")
                                     << QStringLiteral("Grüße");
        QTest::newRow("emoji kept") << QByteArray("\xf0\x9f\x93\xa7") << QStringLiteral("📧");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << "\\xc0\\xaf";
        QTest::newRow("surrogate in UTF-8") << QByteArray("\xed\xa0\x80") << "\\xed\\xa0\\x80";
        QTest::newRow("truncated") << QByteArray("ok\xe2\x80") << "ok\\xe2\\x80";
        QTest::newRow("backslash") << QByteArray("a\\x1b") << "a\\\\x1b";
        QTest::newRow("private use") << QByteArray("\xee\x80\x80") << "<U+E000>";
        QTest::newRow("tag character") << QByteArray("\xf3\xa0\x80\x81") << "<U+E0001>";
    }

    void bytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shown);
        QCOMPARE(untrustedText(bytes), shown);
        QVERIFY(isVisibleText(shown));
        QCOMPARE(visibleText(shown), shown); // idempotent on what it made
    }

    void strings()
    {
        QCOMPARE(untrustedText(QStringView(u"CN=a\u0000b", 6)), QStringLiteral("CN=a\\x00b"));
        QCOMPARE(visibleText(QStringView(u"a\u001b[2J\u202Eb\\")),
                 QStringLiteral("a\\x1b[2J<U+202E>b\\"));
        const QChar lone(char16_t(0xd800));
        QCOMPARE(visibleText(QString(lone)), QStringLiteral("<U+D800>"));
        QVERIFY(!isVisibleText(QString(lone)));
        QVERIFY(isVisibleText(QStringLiteral("Grüße 📧")));
    }

    void transcriptLineEndings()
    {
        QCOMPARE(transcriptText("250 ok\r\n"), QStringLiteral("250 ok"));
        QCOMPARE(transcriptText("250 ok\r"), QStringLiteral("250 ok"));
        QCOMPARE(transcriptText("250\r ok"), QStringLiteral("250\\x0d ok"));
    }

    // Every field of a report goes through the one table.
    void neutraliseEveryField()
    {
        Report r;
        const QString bad = QStringLiteral("x\x1b[2J\u202E");
        r.targetAsTyped = bad;
        r.steps.append(
            Step {StepId::Greeting,
                  StepStatus::Ok,
                  0,
                  1,
                  bad,
                  {{QStringLiteral("lines"), QStringList {bad}},
                   {QStringLiteral("nested"), QVariantMap {{QStringLiteral("k"), bad}}}}});
        r.transcript.append(TranscriptEvent {0, Direction::Server, false, bad, 0});
        r.capabilitiesBeforeTls << bad;
        r.tls.chain.append(CertificateInfo {});
        r.tls.chain[0].subject = bad;
        r.tls.chain[0].subjectAltNames << bad;
        r.tls.problems.append(CertificateProblem {1, bad, 0, false});
        r.facts.protocolViolation = bad;
        r.facts.starttlsReplyText = bad;
        r.facts.authReplyText = bad;
        r.facts.greetingLines << bad;
        r.findings.append(
            Finding {QStringLiteral("x"), Severity::Error, StepId::Greeting, bad, bad, bad, {}});
        neutraliseReport(r);
        int seen = 0;
        forEachReportText(r, [&seen](QString &s) {
            QVERIFY2(isVisibleText(s), qPrintable(s));
            if (s == QStringLiteral("x\\x1b[2J<U+202E>"))
                ++seen;
        });
        QCOMPARE(seen, 16);
    }

    void bounds()
    {
        Report r;
        for (int i = 0; i < 1000; ++i)
            r.capabilitiesBeforeTls << QStringLiteral("X%1").arg(i);
        r.steps.append(Step {StepId::Greeting,
                             StepStatus::Ok,
                             0,
                             1,
                             QString(100000, u'a'),
                             {{QStringLiteral("capabilities"), r.capabilitiesBeforeTls}}});
        boundReport(r);
        QCOMPARE(r.capabilitiesBeforeTls.size(), ReportLimits::maxListItems + 1);
        QVERIFY(r.capabilitiesBeforeTls.constLast().contains(QLatin1String("744")));
        QVERIFY(r.steps[0].summary.size() < ReportLimits::maxFieldChars + 100);
        QVERIFY(r.steps[0].summary.contains(QLatin1String("not kept")));
        QCOMPARE(r.steps[0].details.value(QStringLiteral("capabilities")).toStringList().size(),
                 ReportLimits::maxListItems + 1);
        // A cut never splits an escape.
        const QString clipped = clipText(QStringLiteral("ab\\x1b"), 4);
        QVERIFY2(clipped.startsWith(QLatin1String("ab ")), qPrintable(clipped));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
