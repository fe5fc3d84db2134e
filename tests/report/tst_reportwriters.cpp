// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "golden.h"
#include "samplereports.h"

#include "report/htmlwriter.h"
#include "report/jsonwriter.h"
#include "report/markdownwriter.h"
#include "report/reportformat.h"
#include "report/reporttext.h"
#include "report/scriptwriter.h"
#include "report/summarywriter.h"
#include "report/textwriter.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace MailInspect;

namespace {

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictSentences();
    void textVerdictFirst();
    void textSections();
    void textWidth_data();
    void textWidth();
    void textColorOnlyWhenAsked();
    void textPemAppendix();
    void textGolden_data();
    void textGolden();

    void markdownStructure();
    void htmlIsWellFormed_data();
    void htmlIsWellFormed();
    void htmlSelfContained();
    void htmlEscapes();
    void scriptDialogue();
    void scriptImplicitTlsAndImap();
    void scriptNothingToReplay();
    void summaryLines();
    void everyExportCarriesTheFacts_data();
    void everyExportCarriesTheFacts();
    void redactionSurvivesEveryFormat();
    void formatNames();
    void formatForFileNames_data();
    void formatForFileNames();
    void golden_data();
    void golden();
};

void TestReportWriters::verdictSentences()
{
    QCOMPARE(ReportText::verdictSentence(Test::secureReport()),
             QStringLiteral("SECURE \u2014 TLSv1.3 (TLS_AES_256_GCM_SHA384), trusted certificate "
                            "for mail.test"));
    QCOMPARE(ReportText::verdictSentence(Test::problemReport()),
             QStringLiteral("INSECURE \u2014 The certificate has expired; TLSv1.3 "
                            "(TLS_AES_256_GCM_SHA384)"));
    QCOMPARE(ReportText::verdictSentence(Test::refusedReport()),
             QStringLiteral("FAILED \u2014 Nothing listens on port 9993"));
    Report none = Test::refusedReport();
    none.findings.clear();
    QCOMPARE(ReportText::verdictSentence(none),
             QStringLiteral("FAILED \u2014 the connection was refused"));
}

void TestReportWriters::textVerdictFirst()
{
    const QString text = writeText(Test::problemReport());
    QVERIFY(text.startsWith(QStringLiteral("INSECURE \u2014 The certificate has expired")));
}

void TestReportWriters::textSections()
{
    const QString text = writeText(Test::problemReport());
    // Errors before warnings, each with its fix.
    const qsizetype error = text.indexOf(QStringLiteral("ERROR: The certificate has expired"));
    const qsizetype warning = text.indexOf(QStringLiteral("WARNING: Login is offered"));
    QVERIFY(error > 0);
    QVERIFY(warning > error);
    QVERIFY(text.contains(QStringLiteral("Fix: Renew the certificate")));
    // Header facts.
    QVERIFY(text.contains(QStringLiteral("mailinspect 0.1.0, TLS backend OpenSSL 3.0.17")));
    QVERIFY(text.contains(QStringLiteral("2026-11-28 15:00:00 UTC")));
    QVERIFY(text.contains(QStringLiteral("submission://mail.test")));
    QVERIFY(text.contains(QStringLiteral("connected to 127.0.0.1")));
    // One line per step with its duration.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral(
        R"(\n  \[ok\] +TLS handshake +26\.5 ms  TLSv1\.3, TLS_AES_256_GCM_SHA384\n)"))));
    QVERIFY(
        text.contains(QRegularExpression(QStringLiteral(R"(\n  \[FAIL\] +Certificate check)"))));
    // Transcript with directions and the TLS marker.
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral(R"(\n +1505\.1 ms  S: +220 mail\.test ESMTP ready\n)"))));
    QVERIFY(text.contains(QRegularExpression(
        QStringLiteral(R"(\n +1540\.3 ms  C: \[tls\]  AUTH PLAIN <redacted>\n)"))));
    // Certificate chain and the verification split into trust and name.
    QVERIFY(text.contains(QStringLiteral("1. CN=mail.test, O=mailinspect test")));
    QVERIFY(text.contains(QStringLiteral("2025-10-01 to 2026-10-01 (EXPIRED 58 days ago)")));
    QVERIFY(text.contains(QStringLiteral("mail.test, localhost, 127.0.0.1")));
    QVERIFY(text.contains(QStringLiteral("Trust: not trusted: The certificate has expired")));
    QVERIFY(text.contains(QStringLiteral("Name:  mail.test is in the certificate")));
    QVERIFY(!text.contains(QStringLiteral("BEGIN CERTIFICATE")));
}

void TestReportWriters::textWidth_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<int>("width");
    QTest::newRow("problem 100") << Test::problemReport() << 100;
    QTest::newRow("problem 72") << Test::problemReport() << 72;
    QTest::newRow("refused 100") << Test::refusedReport() << 100;
    Report longLines = Test::problemReport();
    longLines.transcript[4].text = QString(300, QLatin1Char('x'));
    longLines.findings[0].fix = QString(150, QLatin1Char('y')) + QStringLiteral(" end");
    QTest::newRow("long lines") << longLines << 100;
}

void TestReportWriters::textWidth()
{
    QFETCH(Report, report);
    QFETCH(int, width);
    TextOptions options;
    options.width = width;
    options.pemAppendix = true;
    for (const QString &line : lines(writeText(report, options)))
        QVERIFY2(line.size() <= width, qPrintable(line));
}

void TestReportWriters::textColorOnlyWhenAsked()
{
    const QString plain = writeText(Test::problemReport());
    QVERIFY(!plain.contains(QLatin1Char('\x1b')));
    TextOptions options;
    options.color = true;
    const QString colored = writeText(Test::problemReport(), options);
    QVERIFY(colored.contains(QStringLiteral("\x1b[33mINSECURE\x1b[0m")));
    // Without the escapes it is the same text.
    QString stripped = colored;
    stripped.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m")));
    QCOMPARE(stripped, plain);
}

void TestReportWriters::textPemAppendix()
{
    TextOptions options;
    options.pemAppendix = true;
    const QString text = writeText(Test::problemReport(), options);
    QCOMPARE(text.count(QStringLiteral("-----BEGIN CERTIFICATE-----")), 2);
    QVERIFY(text.indexOf(QStringLiteral("Appendix")) > text.indexOf(QStringLiteral("Trust:")));
}

void TestReportWriters::textGolden_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<bool>("pem");
    QTest::addColumn<QString>("file");
    QTest::newRow("problem") << Test::problemReport() << true << QStringLiteral("problem.txt");
    QTest::newRow("secure") << Test::secureReport() << false << QStringLiteral("secure.txt");
    QTest::newRow("refused") << Test::refusedReport() << false << QStringLiteral("refused.txt");
}

void TestReportWriters::textGolden()
{
    QFETCH(Report, report);
    QFETCH(bool, pem);
    QFETCH(QString, file);
    TextOptions options;
    options.pemAppendix = pem;
    QString message;
    QVERIFY2(Test::matchesGolden(file, writeText(report, options).toUtf8(), &message),
             qPrintable(message));
}

void TestReportWriters::markdownStructure()
{
    const QString md = writeMarkdown(Test::problemReport());
    QVERIFY(md.startsWith(QStringLiteral("# Mail connection report: `submission://mail.test`\n")));
    QVERIFY(md.contains(QStringLiteral("\n**INSECURE \u2014 The certificate has expired; TLSv1.3 "
                                       "(TLS\\_AES\\_256\\_GCM\\_SHA384)**\n")));
    QVERIFY(md.indexOf(QStringLiteral("### ERROR:")) < md.indexOf(QStringLiteral("### WARNING:")));
    QVERIFY(md.contains(QStringLiteral("| ok | TLS handshake | 1509.0 ms | 26.5 ms |")));
    QVERIFY(md.contains(QStringLiteral("C: [tls]  AUTH PLAIN <redacted>")));
    QCOMPARE(md.count(QStringLiteral("-----BEGIN CERTIFICATE-----")), 2);
    // Code fences are balanced.
    QCOMPARE(md.count(QStringLiteral("\n```")) % 2, 0);
    // A backtick run in the transcript cannot end the fence.
    Report r = Test::problemReport();
    r.transcript[2].text = QStringLiteral("220 ``` sneaky ````");
    const QString fenced = writeMarkdown(r);
    QVERIFY(fenced.contains(QStringLiteral("\n`````text\n")));
}

void TestReportWriters::htmlIsWellFormed_data()
{
    QTest::addColumn<Report>("report");
    QTest::newRow("problem") << Test::problemReport();
    QTest::newRow("secure") << Test::secureReport();
    QTest::newRow("refused") << Test::refusedReport();
    Report hostile = Test::problemReport();
    hostile.transcript[2].text = QStringLiteral("220 <script>alert(1)</script> & \"x\" 'y'");
    hostile.steps[2].summary = QStringLiteral("bell \a and nul \x01 <b>");
    hostile.findings[0].title = QStringLiteral("</p></div><img src=\"http://evil.test/x\">");
    QTest::newRow("hostile text") << hostile;
    QTest::newRow("empty") << Report();
}

void TestReportWriters::htmlIsWellFormed()
{
    QFETCH(Report, report);
    const QString html = writeHtml(report);
    QXmlStreamReader xml(html);
    int elements = 0;
    QStringList names;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++elements;
            names << xml.name().toString();
        }
    }
    QVERIFY2(
        !xml.hasError(),
        qPrintable(QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())));
    QVERIFY(elements > 10);
    QCOMPARE(names.constFirst(), QStringLiteral("html"));
    QVERIFY(!names.contains(QStringLiteral("script")));
    QVERIFY(!names.contains(QStringLiteral("img")));
}

void TestReportWriters::htmlSelfContained()
{
    const QString html = writeHtml(Test::problemReport()).toLower();
    for (const char *bad : {"http:", "https:", "src=", "href=", "url(", "@import"})
        QVERIFY2(!html.contains(QLatin1String(bad)), bad);
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
}

void TestReportWriters::htmlEscapes()
{
    Report r = Test::problemReport();
    r.transcript[2].text = QStringLiteral("220 <b>bold</b> & co");
    const QString html = writeHtml(r);
    QVERIFY(html.contains(QStringLiteral("220 &lt;b&gt;bold&lt;/b&gt; &amp; co")));
    QVERIFY(html.contains(QStringLiteral("AUTH PLAIN &lt;redacted&gt;")));
}

void TestReportWriters::scriptDialogue()
{
    const QString script = writeScript(Test::problemReport());
    const QStringList l = lines(script);
    QVERIFY(l.constFirst().startsWith(QLatin1Char('#')));
    QVERIFY(script.contains(QStringLiteral("# target: submission://mail.test (")));
    QVERIFY(script.contains(QStringLiteral("# recorded: 2026-11-28 15:00:00 UTC")));
    // Everything that is not a comment is a directive the simulator knows.
    QStringList body;
    for (const QString &line : l) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QVERIFY2(line.startsWith(QStringLiteral("S: ")) || line.startsWith(QStringLiteral("C: "))
                     || line.startsWith(QLatin1Char('!')),
                 qPrintable(line));
        body << line;
    }
    const QStringList expected = {
        QStringLiteral("!delay 1502"),
        QStringLiteral("S: 220 mail.test ESMTP ready"),
        QStringLiteral("C: EHLO mailinspect.localhost"),
        QStringLiteral("S: 250-mail.test"),
        QStringLiteral("S: 250-PIPELINING"),
        QStringLiteral("S: 250-SIZE 10240000"),
        QStringLiteral("S: 250-AUTH PLAIN LOGIN"),
        QStringLiteral("S: 250-STARTTLS"),
        QStringLiteral("S: 250 8BITMIME"),
        QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 2.0.0 Ready to start TLS"),
        QStringLiteral("!tls expired"),
        QStringLiteral("C: EHLO mailinspect.localhost"),
        QStringLiteral("S: 250-mail.test"),
        QStringLiteral("S: 250-PIPELINING"),
        QStringLiteral("S: 250-AUTH PLAIN LOGIN"),
        QStringLiteral("S: 250 8BITMIME"),
        QStringLiteral("C: AUTH PLAIN *"),
        QStringLiteral("S: 235 2.7.0 Authentication successful"),
        QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 2.0.0 Bye"),
        QStringLiteral("!close"),
    };
    QCOMPARE(body, expected);

    ScriptOptions options;
    options.certificate = QStringLiteral("good");
    QVERIFY(writeScript(Test::problemReport(), options).contains(QStringLiteral("\n!tls good\n")));
    QCOMPARE(scriptCertificateFor(Test::secureReport()), QStringLiteral("good"));
}

void TestReportWriters::scriptImplicitTlsAndImap()
{
    Report r;
    r.protocol = Protocol::Imap;
    r.security = Security::ImplicitTls;
    r.host = QStringLiteral("mail.test");
    r.port = 993;
    r.facts.connectOutcome = ConnectOutcome::Connected;
    r.tls.attempted = true;
    r.tls.established = true;
    auto add = [&r](Direction d, const char *text) {
        TranscriptEvent e;
        e.direction = d;
        e.tls = true;
        e.text = QString::fromLatin1(text);
        r.transcript << e;
    };
    add(Direction::Server, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready");
    add(Direction::Client, "a1 LOGIN <redacted>");
    add(Direction::Server, "a1 OK logged in");
    add(Direction::Client, "a2 LOGOUT");
    add(Direction::Server, "* BYE");
    add(Direction::Server, "a2 OK bye \\x00\\\\");
    QStringList body;
    for (const QString &line : lines(writeScript(r))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            body << line;
    }
    QCOMPARE(body,
             (QStringList {QStringLiteral("!tls good"),
                           QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready"),
                           QStringLiteral("C: * LOGIN *"), QStringLiteral("S: ${tag} OK logged in"),
                           QStringLiteral("C: * LOGOUT"), QStringLiteral("S: * BYE"),
                           QStringLiteral("!raw a2 OK bye \\x00\\\\\\r\\n")}));
}

void TestReportWriters::scriptNothingToReplay()
{
    const QString script = writeScript(Test::refusedReport());
    for (const QString &line : lines(script))
        QVERIFY(line.isEmpty() || line.startsWith(QLatin1Char('#')));
    QVERIFY(script.contains(QStringLiteral("connection refused")));
}

void TestReportWriters::summaryLines()
{
    const QString summary = writeSummary(Test::problemReport());
    const QStringList l = lines(summary.trimmed());
    QVERIFY(l.size() <= 11);
    QCOMPARE(l.at(0),
             QStringLiteral("Target: submission://mail.test (submission on mail.test "
                            "port 587, STARTTLS, connected to 127.0.0.1)"));
    QVERIFY(l.at(1).startsWith(QStringLiteral("Verdict: INSECURE")));
    // The login has a line of its own: the verdict describes the connection.
    QCOMPARE(l.at(2), QStringLiteral("Login: ok"));
    QVERIFY(l.at(3).startsWith(QStringLiteral("- ERROR: The certificate has expired "
                                              "[certificate-expired] \u2014 Fix: Renew")));
    QVERIFY(l.at(4).startsWith(QStringLiteral("- WARNING: Login is offered")));
    QVERIFY(summary.contains(QStringLiteral("TLS: TLSv1.3, TLS_AES_256_GCM_SHA384")));
    QVERIFY(summary.contains(QStringLiteral("OpenSSL 3.0.17")));
    QVERIFY(writeSummary(Test::problemReport(), 1).contains(QStringLiteral("1 more")));
}

void TestReportWriters::everyExportCarriesTheFacts_data()
{
    QTest::addColumn<int>("format");
    for (ReportFormat f : allReportFormats()) {
        if (f != ReportFormat::Pdf && f != ReportFormat::Script)
            QTest::newRow(qPrintable(reportFormatName(f))) << int(f);
    }
}

void TestReportWriters::everyExportCarriesTheFacts()
{
    QFETCH(int, format);
    const auto bytes = writeReport(Test::problemReport(), ReportFormat(format));
    QVERIFY(bytes);
    const QString text = QString::fromUtf8(*bytes);
    const QStringList needles = {
        QStringLiteral("0.1.0"), // tool version
        QStringLiteral("OpenSSL 3.0.17"), // TLS backend
        QStringLiteral("2026-11-28"), // time (UTC)
        QStringLiteral("submission://mail.test"), // as typed
        QStringLiteral("127.0.0.1"), // as connected
        QStringLiteral("The certificate has expired"), // finding
        QStringLiteral("Renew the certificate"), // its fix
        ReportFormat(format) == ReportFormat::Json ? QStringLiteral("\"end_ms\": 1535.5")
                                                   : QStringLiteral("26.5 ms"), // step timing
        QStringLiteral("250-SIZE 10240000"), // transcript
        QStringLiteral("RSA 2048"), // chain
        QStringLiteral("MIIBkTCCATegAwIBAgIBAjAKBggqhkjOPQQDAjA1MR0wGwYDVQQDDBRtYWlsaW5z"), // PEM
    };
    for (const QString &needle : needles)
        QVERIFY2(text.contains(needle), qPrintable(needle));
    const QString verdict = ReportFormat(format) == ReportFormat::Json ? QStringLiteral("insecure")
                                                                       : QStringLiteral("INSECURE");
    QVERIFY(text.contains(verdict));
}

void TestReportWriters::redactionSurvivesEveryFormat()
{
    // The engine redacts when it records; the writers must keep the marker and
    // never print anything the report does not hold. The secret below exists
    // only here, as proof that no writer invents or restores it.
    const QString secret = QStringLiteral("hunter2-Secret");
    const QString secretBase64
        = QString::fromLatin1(QByteArray("\0user\0" + secret.toLatin1()).toBase64());
    Report r = Test::problemReport();
    TranscriptEvent login;
    login.tMs = 1541;
    login.direction = Direction::Client;
    login.tls = true;
    login.text = QStringLiteral("<redacted>");
    login.stepIndex = 8;
    r.transcript.insert(20, login);
    for (ReportFormat f : allReportFormats()) {
        if (f == ReportFormat::Pdf)
            continue;
        const QString text = QString::fromUtf8(*writeReport(r, f));
        QVERIFY2(!text.contains(secret), qPrintable(reportFormatName(f)));
        QVERIFY2(!text.contains(secretBase64), qPrintable(reportFormatName(f)));
        const QString marker = f == ReportFormat::Html ? QStringLiteral("&lt;redacted&gt;")
                                                       : QStringLiteral("<redacted>");
        if (f == ReportFormat::Script) {
            QVERIFY(text.contains(QStringLiteral("\nC: AUTH PLAIN *\n")));
            QVERIFY(text.contains(QStringLiteral("\nC: *\n")));
        } else {
            QVERIFY2(text.count(marker) >= 2, qPrintable(reportFormatName(f)));
        }
    }
    QVERIFY(!writeSummary(r).contains(secret));
}

void TestReportWriters::formatNames()
{
    for (ReportFormat f : allReportFormats()) {
        QCOMPARE(reportFormatFromName(reportFormatName(f)), std::optional<ReportFormat>(f));
        QCOMPARE(formatForFileName(QStringLiteral("report.") + reportFormatExtension(f)),
                 std::optional<ReportFormat>(f));
        QVERIFY(
            reportFormatFileFilter(f).contains(QStringLiteral("*.") + reportFormatExtension(f)));
        QCOMPARE(writeReport(Test::problemReport(), f).has_value(), f != ReportFormat::Pdf);
    }
    QCOMPARE(reportFormatFromName(QStringLiteral("MD")),
             std::optional<ReportFormat>(ReportFormat::Markdown));
    QVERIFY(!reportFormatFromName(QStringLiteral("docx")));
}

void TestReportWriters::formatForFileNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("txt") << QStringLiteral("tickets/a.txt") << int(ReportFormat::Text);
    QTest::newRow("json upper") << QStringLiteral("REPORT.JSON") << int(ReportFormat::Json);
    QTest::newRow("md") << QStringLiteral("ticket.md") << int(ReportFormat::Markdown);
    QTest::newRow("markdown") << QStringLiteral("t.markdown") << int(ReportFormat::Markdown);
    QTest::newRow("html") << QStringLiteral("dir.v2/x.html") << int(ReportFormat::Html);
    QTest::newRow("htm") << QStringLiteral("x.htm") << int(ReportFormat::Html);
    QTest::newRow("mis") << QStringLiteral("case.mis") << int(ReportFormat::Script);
    QTest::newRow("script") << QStringLiteral("case.script") << int(ReportFormat::Script);
    QTest::newRow("pdf") << QStringLiteral("C:/Users/x/report.PDF") << int(ReportFormat::Pdf);
    QTest::newRow("none") << QStringLiteral("report") << -1;
    QTest::newRow("dir dot") << QStringLiteral("dir.json/report") << -1;
    QTest::newRow("other") << QStringLiteral("report.docx") << -1;
}

void TestReportWriters::formatForFileNames()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = formatForFileName(path);
    if (format < 0)
        QVERIFY(!found);
    else
        QCOMPARE(found, std::optional<ReportFormat>(ReportFormat(format)));
}

void TestReportWriters::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("actual");
    QTest::newRow("markdown") << QStringLiteral("problem.md")
                              << writeMarkdown(Test::problemReport()).toUtf8();
    QTest::newRow("html") << QStringLiteral("problem.html")
                          << writeHtml(Test::problemReport()).toUtf8();
    QTest::newRow("script") << QStringLiteral("problem.mis")
                            << writeScript(Test::problemReport()).toUtf8();
    QTest::newRow("summary") << QStringLiteral("problem-summary.txt")
                             << writeSummary(Test::problemReport()).toUtf8();
    QTest::newRow("secure summary")
        << QStringLiteral("secure-summary.txt") << writeSummary(Test::secureReport()).toUtf8();
    TextOptions color;
    color.color = true;
    QTest::newRow("color text") << QStringLiteral("problem-color.txt")
                                << writeText(Test::problemReport(), color).toUtf8();
}

void TestReportWriters::golden()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, actual);
    QString message;
    QVERIFY2(Test::matchesGolden(file, actual, &message), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
