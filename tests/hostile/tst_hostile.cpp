// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile servers against every output: a scripted server per protocol sends
// terminal escape sequences (ESC[2J, OSC titles, OSC 8 links), NUL, the 8-bit
// CSI 0x9B, C1 controls, bidi overrides, markup and bare URLs in every place
// it can (greeting, capabilities, refusals, tags, a certificate's names), and
// echoes the password in every encoding. Every writer (text with and without
// colour, Markdown, HTML, JSON, PDF, script, summary) and every app view must
// show it all visibly, link nothing and leak no secret.

#include "certificatemodel.h"
#include "findingsmodel.h"
#include "report/htmlwriter.h"
#include "report/jsonreader.h"
#include "report/jsonwriter.h"
#include "report/markdownwriter.h"
#include "report/pdf/pdfwriter.h"
#include "report/scriptwriter.h"
#include "report/summarywriter.h"
#include "report/textwriter.h"
#include "report/untrustedtext.h"
#include "session/inspection.h"
#include "simulator/certificatestore.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"
#include "stepdetailsview.h"
#include "testsupport.h"
#include "timelinemodel.h"
#include "transcriptmodel.h"
#include "verdictsummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailInspect;

namespace {

// Everything a hostile server puts into one line of text.
#define NASTY                                                                                      \
    "\\x1b[2J\\x1b]0;owned\\x07 \\x1b]8;;http://evil.example/\\x1b\\\\click\\x1b]8;;\\x1b\\\\ "    \
    "\\x9b2J \\xc2\\x9b31m \\xc2\\x85 \\xe2\\x80\\xaeexe.txt \\xe2\\x81\\xa6x \\x00nul "           \
    "http://evil.example/a www.evil.example bob@evil.example [l](http://evil.example/b) "          \
    "![i](http://evil.example/c.png) <img src=x onerror=alert(1)> <script>alert(1)</script>"

const char smtpScript[] = "!raw 220 mail.test ESMTP " NASTY "\\r\\n\n"
                          "C: EHLO *\n"
                          "!raw 250-mail.test " NASTY "\\r\\n250-X" NASTY "\\r\\n"
                          "250-AUTH PLAIN LOGIN\\x1b[2J\\r\\n250 STARTTLS\\r\\n\n"
                          "C: STARTTLS\n"
                          "!raw 454 4.7.0 TLS not available " NASTY "\\r\\n\n"
                          "C: QUIT\n"
                          "S: 221 2.0.0 Bye\n"
                          "!close\n";

const char smtpCertificateScript[] = "S: 220 mail.test ESMTP\n"
                                     "C: EHLO *\n"
                                     "S: 250-mail.test\n"
                                     "S: 250 STARTTLS\n"
                                     "C: STARTTLS\n"
                                     "S: 220 2.0.0 Ready\n"
                                     "!tls hostile\n"
                                     "C: EHLO *\n"
                                     "!raw 250-mail.test\\r\\n250 AUTH PLAIN " NASTY "\\r\\n\n"
                                     "C: QUIT\n"
                                     "S: 221 2.0.0 Bye\n"
                                     "!close\n";

const char imapScript[]
    = "!raw * OK [CAPABILITY IMAP4rev1 STARTTLS X" NASTY "] hi " NASTY "\\r\\n\n"
      "C: * STARTTLS\n"
      "!raw \\x1b[2Jx9\\x9b\\x00 OK " NASTY "\\r\\n\n"
      "!silence\n";

const char pop3Script[]
    = "!raw +OK hi " NASTY "\\r\\n\n"
      "C: CAPA\n"
      "!raw +OK\\r\\nSTLS\\r\\nUSER " NASTY "\\r\\nSASL PLAIN " NASTY "\\r\\n.\\r\\n\n"
      "C: STLS\n"
      "!raw -ERR no " NASTY "\\r\\n\n"
      "C: QUIT\n"
      "S: +OK bye\n"
      "!close\n";

const char sieveScript[] = "!raw \"IMPLEMENTATION\" \"x " NASTY "\"\\r\\n\"SASL\" \"PLAIN " NASTY
                           "\"\\r\\n\"STARTTLS\"\\r\\nOK\\r\\n\n"
                           "C: STARTTLS\n"
                           "!raw NO \"nope " NASTY "\"\\r\\n\n"
                           "C: LOGOUT\n"
                           "S: OK bye\n"
                           "!close\n";

// A login refused with the server's words, inside TLS (SMTP).
const char smtpLoginScript[] = "!tls good\n"
                               "S: 220 mail.test ESMTP\n"
                               "C: EHLO *\n"
                               "S: 250-mail.test\n"
                               "S: 250 AUTH PLAIN LOGIN\n"
                               "C: AUTH PLAIN *\n"
                               "!raw 535 5.7.8 " NASTY "\\r\\n\n"
                               "C: QUIT\n"
                               "S: 221 2.0.0 Bye\n"
                               "!close\n";

// The password, with both characters IMAP must quote.
const char password[] = "S3cr3t\"pa\\ss";
const char user[] = "alice.hostile";

// An IMAP server that echoes the credentials back: as the tag, quoted, as a
// literal and in base64, in the reply to LOGIN.
const char imapEchoScript[] = "!tls good\n"
                              "S: * OK [CAPABILITY IMAP4rev1] ready\n"
                              "C: * LOGIN *\n"
                              "!raw S3cr3t\"pa\\\\ss BAD you sent \"S3cr3t\\\\\"pa\\\\\\\\ss\" "
                              "{12}\\r\\n"
                              "S3cr3t\"pa\\\\ss\\r\\n"
                              "* BAD UzNjcjN0InBhXHNz YWxpY2UuaG9zdGlsZQ== alice.hostile "
                              "\"S3cr3t\\\\\"pa\\\\\\\\ss\"\\r\\n"
                              "x1 NO [AUTHENTICATIONFAILED] S3cr3t\"pa\\\\ss\\r\\n\n"
                              "!silence\n";

// OAuth and SASL logins whose servers echo every form of the secrets back:
// the token raw and in base64, the whole XOAUTH2 and PLAIN blobs in base64,
// and an error challenge with an escape sequence in its scope.
const char token[] = "ya29.HostileToken-77";
const char smtpXoauth2EchoScript[]
    = "!tls good\n"
      "S: 220 mail.test ESMTP\n"
      "C: EHLO *\n"
      "S: 250-mail.test\n"
      "S: 250 AUTH XOAUTH2\n"
      "C: AUTH XOAUTH2 *\n"
      "S: 334 "
      "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJcdTAwMWJbMkogaHR0cHM6Ly9ldmlsLmV4YW1wbGUvIn0="
      "\n"
      "!read\n"
      "S: 535 5.7.8 ya29.HostileToken-77 eWEyOS5Ib3N0aWxlVG9rZW4tNzc= "
      "dXNlcj1hbGljZS5ob3N0aWxlAWF1dGg9QmVhcmVyIHlhMjkuSG9zdGlsZVRva2VuLTc3AQE=\n"
      "C: QUIT\n"
      "S: 221 2.0.0 Bye\n"
      "!close\n";
const char imapPlainEchoScript[] = "!tls good\n"
                                   "S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
                                   "C: * AUTHENTICATE PLAIN *\n"
                                   "S: * BAD AGFsaWNlLmhvc3RpbGUAUzNjcjN0InBhXHNz\n"
                                   "S: ${tag} NO [AUTHENTICATIONFAILED] "
                                   "AGFsaWNlLmhvc3RpbGUAUzNjcjN0InBhXHNz failed\n"
                                   "C: * LOGOUT\n"
                                   "S: ${tag} OK bye\n"
                                   "!close\n";
const char sieveOauthbearerEchoScript[]
    = "!tls good\n"
      "S: \"SASL\" \"OAUTHBEARER PLAIN\"\n"
      "S: OK ready\n"
      "C: AUTHENTICATE \"OAUTHBEARER\" *\n"
      "S: "
      "\"eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJcdTAwMWJbMkogaHR0cHM6Ly9ldmlsLmV4YW1wbGUvIn"
      "0=\"\n"
      "C: \"AQ==\"\n"
      "S: NO \"ya29.HostileToken-77 eWEyOS5Ib3N0aWxlVG9rZW4tNzc=\"\n"
      "C: LOGOUT\n"
      "S: OK bye\n"
      "!close\n";

// After a successful login: the inbox's answers with absurd counts, a quota
// root and resources full of control bytes, the password echoed.
const char imapAccountScript[]
    = "!tls good\n"
      "S: * OK [CAPABILITY IMAP4rev1] ready\n"
      "C: * LOGIN *\n"
      "!raw a1 OK [CAPABILITY IMAP4rev1 QUOTA X" NASTY "] in " NASTY "\\r\\n\n"
      "C: * EXAMINE INBOX\n"
      "!raw * 99999999999999999999999999 EXISTS\\r\\n* " NASTY " EXISTS\\r\\n"
      "a2 OK [READ-ONLY] " NASTY "\\r\\n\n"
      "C: * GETQUOTAROOT INBOX\n"
      "!raw * QUOTAROOT INBOX \"" NASTY "\"\\r\\n* QUOTA \"" NASTY
      "\" (STORAGE 18446744073709551615 1 " NASTY " 1 2)\\r\\n"
      "a3 OK S3cr3t\"pa\\\\ss " NASTY "\\r\\n\n"
      "C: * LOGOUT\n"
      "S: * BYE bye\n"
      "S: ${tag} OK bye\n"
      "!close\n";

// The test envelope refused with hostile words (SMTP).
const char smtpEnvelopeScript[] = "!tls good\n"
                                  "S: 220 mail.test ESMTP\n"
                                  "C: EHLO *\n"
                                  "S: 250-mail.test\n"
                                  "S: 250 AUTH PLAIN\n"
                                  "C: AUTH PLAIN *\n"
                                  "S: 235 2.7.0 ok\n"
                                  "C: MAIL FROM:*\n"
                                  "!raw 250 2.1.0 " NASTY "\\r\\n\n"
                                  "C: RCPT TO:*\n"
                                  "!raw 553 5.7.1 not owned by user " NASTY "\\r\\n\n"
                                  "C: RSET\n"
                                  "!raw 250 " NASTY "\\r\\n\n"
                                  "C: QUIT\n"
                                  "S: 221 2.0.0 Bye\n"
                                  "!close\n";

struct Case
{
    const char *script;
    Protocol protocol;
    Security security;
    bool login = false;
    const char *token = nullptr; ///< log in with this OAuth token instead of the password
    const char *mailFrom = nullptr;
};

// The outputs of one report, each as the bytes a sink receives.
struct Outputs
{
    QList<QPair<QString, QByteArray>> documents; ///< name, bytes
    QByteArray json;
    QByteArray markdown;
    QByteArray html;
    QByteArray coloured;
};

QString describe(const QString &text, qsizetype at)
{
    return QStringLiteral("…%1… (at %2)")
        .arg(untrustedText(QStringView(text).mid(std::max<qsizetype>(0, at - 30), 60)))
        .arg(at);
}

// The first hidden character in text (line breaks allowed), or -1.
qsizetype firstHidden(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            continue;
        char32_t ucs4 = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
        if (isHiddenCharacter(ucs4))
            return i;
        if (QChar::requiresSurrogates(ucs4))
            ++i;
    }
    return -1;
}

QStringList jsonStrings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out << v.toString();
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out << jsonStrings(item);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out << it.key() << jsonStrings(it.value());
    }
    return out;
}

QStringList modelStrings(QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            for (int role = 0; role < Qt::UserRole + 32; ++role) {
                const QVariant v = model.data(index, role);
                if (v.typeId() == QMetaType::QString)
                    out << v.toString();
                else if (v.typeId() == QMetaType::QStringList)
                    out << v.toStringList();
            }
            if (column == 0)
                out << modelStrings(model, index);
        }
    }
    return out;
}

// The first tag of an HTML page that could run, load or link something: a
// script, a link, an image (in the app, only the app's own icons from its
// resources), an event handler, a javascript: URL. Empty when there is none.
QString activeMarkup(const QString &html, bool ownIconsAllowed)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>"));
    static const QRegularExpression handler(QStringLiteral("\\bon[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ownIcon(QStringLiteral("^\\s+src=':/icons/[a-z-]+\\.svg'"));
    static const QStringList forbidden {
        QStringLiteral("script"), QStringLiteral("a"),     QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("link"),
        QStringLiteral("form"),   QStringLiteral("svg"),   QStringLiteral("base")};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).toLower();
        const QString attributes = m.captured(2);
        const bool icon = name == QLatin1String("img") && ownIconsAllowed
            && ownIcon.match(attributes).hasMatch();
        if (forbidden.contains(name) || (name == QLatin1String("img") && !icon)
            || handler.match(attributes).hasMatch()
            || attributes.contains(QLatin1String("javascript:"), Qt::CaseInsensitive)
            || attributes.contains(QLatin1String("href"), Qt::CaseInsensitive)
            || attributes.contains(QLatin1String("http-equiv"), Qt::CaseInsensitive)
            || (attributes.contains(QLatin1String("src"), Qt::CaseInsensitive) && !icon))
            return m.captured();
    }
    return {};
}

// The exact colour sequences the text writer may use on a terminal.
QString withoutOwnColours(const QString &text)
{
    static const QRegularExpression ours(QStringLiteral("\\x1b\\[(?:0|1|2|32|1;32|33|1;31|36)m"));
    return QString(text).remove(ours);
}

QString pdfToText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.pdf"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-nopgbrk"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), file,
             QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

    Report inspect(const Case &c)
    {
        QString error;
        const auto script = SimulatorScript::parse(QString::fromUtf8(c.script), &error);
        if (!script)
            qFatal("script does not parse: %s", qPrintable(error));
        CertificateStore store = CertificateStore::fromDirectory(Test::pkiDir());
        store.insert(QStringLiteral("hostile"), hostileCertificate());
        ScriptedServer server(*script, store);
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        InspectionRequest request;
        request.host = QStringLiteral("mail.test");
        request.connectAddress = QStringLiteral("127.0.0.1");
        request.port = server.serverPort();
        request.protocol = c.protocol;
        request.security = c.security;
        request.timeoutMs = 1500;
        request.extraCaCertificates
            = QSslCertificate::fromPath(Test::pkiFile(QStringLiteral("ca.pem")));
        if (c.login) {
            request.user = QString::fromLatin1(user);
            request.password = QString::fromLatin1(password);
        }
        if (c.token)
            request.oauthToken = QString::fromLatin1(c.token);
        if (c.mailFrom)
            request.mailFrom = QString::fromLatin1(c.mailFrom);
        Inspection inspection(request);
        QSignalSpy finished(&inspection, &Inspection::finished);
        inspection.start();
        if (!finished.wait(30000))
            qFatal("inspection did not finish");
        return inspection.report();
    }

    // The test PKI's "hostile" leaf with its placeholders patched into control
    // bytes (see tests/certs/make-test-certs.sh).
    static ServerCertificate hostileCertificate()
    {
        ServerCertificate c;
        const QList<QSslCertificate> chain = Test::pkiCertificates(QStringLiteral("hostile"));
        if (chain.isEmpty())
            qFatal("no hostile certificate in the test PKI");
        // Only the names are patched (same length, so the DER stays well formed).
        QByteArray der = chain.constFirst().toDer();
        const QByteArray cn = "mail.test~.evil^[2J^]0;title`";
        const QByteArray san = "x^]8;;http://evil.example/click";
        if (!der.contains(cn) || !der.contains(san))
            qFatal("the hostile certificate lacks its placeholders");
        der.replace(cn, QByteArray("mail.test\0.evil\x1b[2J\x1b]0;title\x07", cn.size()));
        der.replace(san, QByteArray("x\x1b]8;;http://evil.example/click"));
        der.replace("mail.test~.evil", QByteArray("mail.test\0.evil", 15));
        c.chain = {QSslCertificate(der, QSsl::Der)};
        c.chain += chain.mid(1);
        c.key = Test::pkiKey(QStringLiteral("hostile"));
        return c;
    }

    static Outputs outputs(const Report &r)
    {
        Outputs o;
        TextOptions plain;
        plain.pemAppendix = true;
        TextOptions colour = plain;
        colour.color = true;
        o.coloured = writeText(r, colour).toUtf8();
        o.markdown = writeMarkdown(r).toUtf8();
        o.html = writeHtml(r).toUtf8();
        o.json = writeJson(r);
        o.documents = {
            {QStringLiteral("text"), writeText(r, plain).toUtf8()},
            {QStringLiteral("markdown"), o.markdown},
            {QStringLiteral("html"), o.html},
            {QStringLiteral("json"), o.json},
            {QStringLiteral("script"), writeScript(r).toUtf8()},
            {QStringLiteral("summary"), writeSummary(r, 100).toUtf8()},
            {QStringLiteral("pdf"), pdfToText(writePdf(r)).toUtf8()},
        };
        return o;
    }

    static void checkNoHidden(const QString &name, const QByteArray &bytes)
    {
        const QString text = QString::fromUtf8(bytes);
        QVERIFY2(!text.contains(QChar::ReplacementCharacter) || bytes.contains("\xEF\xBF\xBD"),
                 qPrintable(name + QStringLiteral(": not valid UTF-8")));
        const qsizetype at = firstHidden(text);
        QVERIFY2(at < 0,
                 qPrintable(name + QStringLiteral(": hidden character ") + describe(text, at)));
    }

    static void checkAllOutputs(const Report &r)
    {
        const Outputs o = outputs(r);
        for (const auto &[name, bytes] : o.documents) {
            QVERIFY2(!bytes.isEmpty(), qPrintable(name + QStringLiteral(" is empty")));
            checkNoHidden(name, bytes);
            if (QTest::currentTestFailed())
                return;
        }
        // Colour on a terminal: the writer's own colours, nothing else.
        checkNoHidden(QStringLiteral("coloured text"),
                      withoutOwnColours(QString::fromUtf8(o.coloured)).toUtf8());

        // JSON parses, and no string in it carries a hidden character either
        // (a \u001b escape would reach the terminal through `jq -r`).
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(o.json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        for (const QString &s : jsonStrings(doc.object()))
            QVERIFY2(firstHidden(s) < 0,
                     qPrintable(QStringLiteral("JSON string ") + describe(s, firstHidden(s))));

        // HTML: no active content, no links.
        const QString html = QString::fromUtf8(o.html);
        const QString active = activeMarkup(html, false);
        QVERIFY2(active.isEmpty(), qPrintable(QStringLiteral("HTML: ") + active));

        checkMarkdownRendering(o.markdown);
        checkAppViews(r);
    }

    // Rendered the way GitHub renders it, the Markdown has no link, no image
    // and no raw HTML from the server.
    static void checkMarkdownRendering(const QByteArray &markdown)
    {
        const QString cmark = QStandardPaths::findExecutable(QStringLiteral("cmark-gfm"));
        QVERIFY2(!cmark.isEmpty(), "cmark-gfm is needed (./.ci/bootstrap installs it)");
        QProcess p;
        p.start(cmark,
                {QStringLiteral("-e"), QStringLiteral("autolink"), QStringLiteral("-e"),
                 QStringLiteral("table"), QStringLiteral("-e"), QStringLiteral("strikethrough"),
                 QStringLiteral("-e"), QStringLiteral("tagfilter")});
        p.write(markdown);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QString rendered = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(rendered.contains(QLatin1String("<h1>")));
        const QString active = activeMarkup(rendered, false);
        QVERIFY2(active.isEmpty(), qPrintable(QStringLiteral("rendered Markdown: ") + active));
    }

    static void checkAppViews(const Report &r)
    {
        QStringList shown;
        TimelineModel timeline;
        timeline.setReport(&r);
        shown << modelStrings(timeline);
        TranscriptModel transcript;
        transcript.setReport(&r);
        shown << modelStrings(transcript);
        FindingsModel findings;
        findings.setReport(&r);
        shown << modelStrings(findings);
        CertificateModel certificates;
        certificates.setReport(&r);
        shown << modelStrings(certificates);
        const VerdictSummary summary = VerdictSummary::fromReport(r);
        shown << summary.headline << summary.detail;
        for (int i = 0; i < r.steps.size(); ++i)
            shown << StepDetailsView::html(r, i, QPalette());
        for (const QString &s : shown)
            QVERIFY2(firstHidden(s) < 0,
                     qPrintable(QStringLiteral("app view: ") + describe(s, firstHidden(s))));
        for (int i = 0; i < r.steps.size(); ++i) {
            const QString html = StepDetailsView::html(r, i, QPalette());
            const QString active = activeMarkup(html, true);
            QVERIFY2(active.isEmpty(), qPrintable(QStringLiteral("step details: ") + active));
        }
    }

    static QString allText(const Outputs &o)
    {
        QString all;
        for (const auto &[name, bytes] : o.documents)
            all += QString::fromUtf8(bytes);
        return all + QString::fromUtf8(o.coloured);
    }

private Q_SLOTS:
    void everyOutput_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("smtp greeting, capabilities, STARTTLS refusal") << 0;
        QTest::newRow("smtp certificate names") << 1;
        QTest::newRow("imap capabilities, reply tagged") << 2;
        QTest::newRow("pop3 capabilities, STLS refusal") << 3;
        QTest::newRow("sieve capabilities, STARTTLS refusal") << 4;
        QTest::newRow("smtp login refusal") << 5;
        QTest::newRow("imap echoes the password") << 6;
        QTest::newRow("imap inbox and quota after login") << 7;
        QTest::newRow("smtp test envelope refused") << 8;
    }

    void everyOutput()
    {
        QFETCH(int, which);
        const QList<Case> cases = {
            {smtpScript, Protocol::Submission, Security::StartTls},
            {smtpCertificateScript, Protocol::Submission, Security::StartTls},
            {imapScript, Protocol::Imap, Security::StartTls},
            {pop3Script, Protocol::Pop3, Security::StartTls},
            {sieveScript, Protocol::Sieve, Security::StartTls},
            {smtpLoginScript, Protocol::Submission, Security::ImplicitTls, true},
            {imapEchoScript, Protocol::Imap, Security::ImplicitTls, true},
            {imapAccountScript, Protocol::Imap, Security::ImplicitTls, true},
            {smtpEnvelopeScript, Protocol::Submission, Security::ImplicitTls, true, nullptr,
             "boss@example.com"},
        };
        const Report r = inspect(cases.at(which));
        QVERIFY(r.finished);
        checkAllOutputs(r);
        if (QTest::currentTestFailed())
            return;

        // What the server said is still there, visibly.
        const Outputs o = outputs(r);
        const QString text = QString::fromUtf8(o.documents.constFirst().second);
        if (which == 1) {
            QVERIFY2(text.contains(QLatin1String("mail.test\\x00.evil")), qPrintable(text));
            QVERIFY(text.contains(QLatin1String("\\x1b[2J")));
        } else if (which < 5) {
            QVERIFY2(text.contains(QLatin1String("\\x1b[2J")), qPrintable(text));
            QVERIFY(text.contains(QLatin1String("<U+202E>")));
        }
        // Each server reached the place it attacks.
        const QStringList reached = {QStringLiteral("plaintext-auth-offered"),
                                     QStringLiteral("\\x00.evil"),
                                     QStringLiteral("reply tagged"),
                                     QStringLiteral("-ERR no"),
                                     QStringLiteral("nope"),
                                     QStringLiteral("535 5.7.8"),
                                     QStringLiteral("<redacted>"),
                                     QStringLiteral("mailbox-check-failed"),
                                     QStringLiteral("sender-not-permitted")};
        QVERIFY2(text.contains(reached.at(which)), qPrintable(text));

        // A report read back from JSON is held to the same rules.
        const auto back = readJson(o.json);
        QVERIFY(back);
        checkAllOutputs(*back);

        // No secret in any output, in any encoding.
        const QString all = allText(o);
        for (const char *secret : {"S3cr3t", "UzNjcjN0", "alice.hostile", "YWxpY2UuaG9zdGlsZQ"})
            QVERIFY2(!all.contains(QLatin1String(secret)),
                     qPrintable(QStringLiteral("%1 leaked: ").arg(QLatin1String(secret))
                                + describe(all, all.indexOf(QLatin1String(secret)))));
    }

    // Logins with a token or a SASL blob, against servers that echo every
    // form back: no output carries any of them, and the OAuth error
    // challenge's words are shown escaped.
    void saslSecretsInEveryOutput_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("smtp XOAUTH2, error challenge") << 0;
        QTest::newRow("imap PLAIN with SASL-IR") << 1;
        QTest::newRow("sieve OAUTHBEARER, error challenge") << 2;
    }
    void saslSecretsInEveryOutput()
    {
        QFETCH(int, which);
        const QList<Case> cases = {
            {smtpXoauth2EchoScript, Protocol::Submission, Security::ImplicitTls, true, token},
            {imapPlainEchoScript, Protocol::Imap, Security::ImplicitTls, true},
            {sieveOauthbearerEchoScript, Protocol::Sieve, Security::ImplicitTls, true, token},
        };
        const Report r = inspect(cases.at(which));
        QVERIFY(r.finished);
        QVERIFY(r.facts.authAttempted);
        QCOMPARE(r.login.result, LoginFacts::Result::Refused);
        checkAllOutputs(r);
        if (QTest::currentTestFailed())
            return;
        const Outputs o = outputs(r);
        const QString all = allText(o);
        const QByteArray u = user;
        const QByteArray p = password;
        const QByteArray t = token;
        const QByteArray xoauth = "user=" + u
            + "\x01"
              "auth=Bearer "
            + t + "\x01\x01";
        const QByteArray plain = '\0' + u + '\0' + p;
        for (const QByteArray &secret :
             {u, p, t, u.toBase64(), p.toBase64(), t.toBase64(), xoauth.toBase64(),
              plain.toBase64(), QByteArray("HostileToken"), QByteArray("UzNjcjN0")}) {
            QVERIFY2(!all.contains(QString::fromLatin1(secret)),
                     qPrintable(QStringLiteral("%1 leaked: ").arg(QString::fromLatin1(secret))
                                + describe(all, all.indexOf(QString::fromLatin1(secret)))));
        }
        if (which != 1) {
            QCOMPARE(r.login.oauthStatus, QStringLiteral("invalid_token"));
            QVERIFY2(all.contains(QLatin1String("\\x1b[2J https://evil.example/")),
                     qPrintable(r.login.oauthScope));
        }
        // A report read back from JSON is held to the same rules.
        const auto back = readJson(o.json);
        QVERIFY(back);
        checkAllOutputs(*back);
    }

    // A report file is as untrusted as a server: hidden characters a file
    // carries are shown visibly too.
    void reportFileIsNeutralised()
    {
        Report r;
        r.host = QStringLiteral("mail.test");
        r.port = 25;
        r.steps.append(Step {
            StepId::Greeting, StepStatus::Ok, 0, 1, QStringLiteral("220 \x1b[2J\u202Eevil"), {}});
        r.tls.chain.append(CertificateInfo {});
        r.tls.chain[0].subject
            = QStringLiteral("CN=mail.test") + QChar(0) + QStringLiteral(".evil");
        QByteArray json = writeJson(r);
        // Put the raw characters back, as a hand-edited file would.
        json.replace("\\\\x1b", "\\u001b");
        json.replace("<U+202E>", "\\u202e");
        json.replace("\\\\x00", "\\u0000");
        QVERIFY(json.contains("\\u001b"));
        const auto back = readJson(json);
        QVERIFY(back);
        QCOMPARE(back->steps.constFirst().summary, QStringLiteral("220 \\x1b[2J<U+202E>evil"));
        QCOMPARE(back->tls.chain.constFirst().subject, QStringLiteral("CN=mail.test\\x00.evil"));
        checkAllOutputs(*back);
    }
};

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
