// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// mailinspect-cli as a user runs it: arguments, exit status, text and JSON
// output, against the scripted server on loopback.

#include "simulator/certificatestore.h"
#include "simulator/scenariocatalog.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"
#include "testscripts.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace MailInspect;

using namespace MailInspect::Test::Scripts;

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A POP3 server that accepts one plain-text login as alice / Hunter22.
constexpr char pop3Login[] = R"(S: +OK ready
C: CAPA
S: +OK
S: USER
S: .
C: USER alice
S: +OK
C: PASS Hunter22
S: +OK Logged in.
C: QUIT
S: +OK bye
!close
)";

constexpr char imapLogin[] = R"(S: * OK ready
C: a1 CAPABILITY
S: * CAPABILITY IMAP4rev1
S: a1 OK done
C: a2 LOGIN "alice" "Hunter22"
S: a2 OK Logged in
C: a3 LOGOUT
S: a3 OK bye
!close
)";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct stat statOf(const QString &path, bool followLinks = true)
{
    struct stat st = {};
    const QByteArray name = QFile::encodeName(path);
    if ((followLinks ? ::stat(name.constData(), &st) : ::lstat(name.constData(), &st)) != 0)
        st.st_mode = 0;
    return st;
}

bool isJsonReport(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object()["schema"].toString()
        == QStringLiteral("mailinspect-report/1");
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    // Runs the CLI without blocking the event loop, so an in-process
    // scripted server can answer it.
    Result cli(const QStringList &args, const QStringList &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(MAILINSPECT_CLI_PATH), args);
        if (!done.wait(60000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A healthy STARTTLS SMTP server and the arguments that inspect it.
    QStringList secureTarget(ScriptedServer &s)
    {
        return {"--connect-address", "127.0.0.1", "--ca-file", Test::pkiFile("ca.pem"),
                QStringLiteral("smtp://mail.test:%1").arg(s.serverPort())};
    }

    std::unique_ptr<ScriptedServer> server(const char *script)
    {
        QString error;
        auto parsed = SimulatorScript::parse(QString::fromLatin1(script), &error);
        if (!parsed)
            qFatal("%s", qPrintable(error));
        auto s = std::make_unique<ScriptedServer>(*parsed,
                                                  CertificateStore::fromDirectory(Test::pkiDir()));
        if (!s->listen(QHostAddress::LocalHost, 0))
            qFatal("listen failed");
        return s;
    }

private Q_SLOTS:
    // --serve: a practice scenario as a server that a real client (the CLI
    // itself) inspects, with the CA file it names; stops on SIGINT.
    void servePracticeScenario()
    {
        QProcess server;
        server.start(QStringLiteral(MAILINSPECT_CLI_PATH),
                     {QStringLiteral("--serve"), QStringLiteral("expired-certificate")});
        QVERIFY(server.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput()).contains("Try: "), 10000);
        const QString text = QString::fromUtf8(out);
        const QRegularExpression port(QStringLiteral("on 127\\.0\\.0\\.1:(\\d+) "));
        const QRegularExpression ca(QStringLiteral("Trust this CA file: (\\S+)"));
        const auto portMatch = port.match(text);
        const auto caMatch = ca.match(text);
        QVERIFY2(portMatch.hasMatch() && caMatch.hasMatch(), qPrintable(text));
        QVERIFY(QFile::exists(caMatch.captured(1)));

        const Result r = cli({"--connect-address", "127.0.0.1", "--ca-file", caMatch.captured(1),
                              "-P", "submission", "-s", "starttls", "-f", "json",
                              QStringLiteral("mail.test:%1").arg(portMatch.captured(1))});
        QCOMPARE(r.exitCode, 1); // the scenario's expired certificate
        QVERIFY2(r.out.contains("\"certificate-expired\""), r.out.constData());

        ::kill(pid_t(server.processId()), SIGINT);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAllStandardOutput().contains("Stopped after"));
        QVERIFY(!QFile::exists(caMatch.captured(1))); // the CA file goes with the server
    }

    // --batch: one target per line, results as JSON Lines naming their line,
    // a bad line reported with its number while the rest still run.
    void batchOfTargets()
    {
        auto s = server(smtpStartTls);
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("targets.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("# customers after the certificate change\n"
                                  "mail.test:%1\n"
                                  "\n"
                                  "mail.test:%1 --protocol submission --security starttls\n"
                                  "mail.test:%1 --user alice\n"
                                  "smtp://mail.test:%1\n")
                       .arg(s->serverPort())
                       .toUtf8());
        file.close();
        const QStringList common {"--connect-address",     "127.0.0.1", "--ca-file",
                                  Test::pkiFile("ca.pem"), "--jobs",    "2"};
        const Result r = cli(QStringList {"--batch", list, "-f", "json"} + common);
        QCOMPARE(r.exitCode, 2); // line 5 could not run
        QVERIFY2(r.err.contains("line 5:"), r.err.constData());
        QMap<int, QJsonObject> byLine;
        for (const QByteArray &jsonLine : r.out.split('\n')) {
            if (jsonLine.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(jsonLine, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, jsonLine.constData());
            // The input line's number and text come first, then the report.
            QVERIFY2(jsonLine.startsWith("{\"line\":"), jsonLine.left(80).constData());
            QVERIFY(doc.object().contains(QStringLiteral("input")));
            byLine.insert(doc.object().value(QStringLiteral("line")).toInt(), doc.object());
        }
        QCOMPARE(byLine.keys(), (QList<int> {2, 4, 5, 6}));
        for (int line : {2, 4, 6}) {
            QCOMPARE(byLine.value(line).value(QStringLiteral("verdict")).toString(),
                     QStringLiteral("secure"));
            QCOMPARE(byLine.value(line).value(QStringLiteral("schema")).toString(),
                     QStringLiteral("mailinspect-report/1"));
        }
        QVERIFY(byLine.value(5).contains(QStringLiteral("error")));

        // Without the bad line: exit status from the findings, one text row each.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("mail.test:%1\nmail.test:%1\n").arg(s->serverPort()).toUtf8());
        file.close();
        const Result text = cli(QStringList {"--batch", list} + common);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 2);
        QVERIFY(text.out.contains("\tsecure\t"));

        const Result bad = cli({"--batch", list, "-f", "html"});
        QCOMPARE(bad.exitCode, 2);
        // The CA file is read once, before any line runs: a bad one stops the batch.
        const Result badCa = cli({"--batch", list, "--ca-file", list});
        QCOMPARE(badCa.exitCode, 2);
        QVERIFY2(badCa.err.contains("no PEM certificates"), badCa.err.constData());
        QVERIFY(badCa.out.isEmpty());
        QCOMPARE(s->connectionCount(), 5); // lines 2, 4 and 6, then the two text rows
        QCOMPARE(cli({"--jobs", "4", "mail.test"}).exitCode, 2);
    }

    void serveRefusesBadInput()
    {
        Result r = cli({"--serve", "no-such-scenario"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("neither a practice scenario"));
        r = cli({"--serve", "healthy-smtp-starttls", "--listen", "mail.test:25"});
        QCOMPARE(r.exitCode, 2);
        r = cli({"--listen", "127.0.0.1:2525", "mail.test"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--listen is for --serve"));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target") << QStringList {} << "no target";
        QTest::newRow("unknown scheme") << QStringList {"gopher://mail.test"} << "unknown scheme";
        QTest::newRow("port 0") << QStringList {"mail.test:0"} << "invalid port";
        QTest::newRow("port 70000") << QStringList {"-p", "70000", "mail.test"} << "invalid port";
        QTest::newRow("ca file") << QStringList {"--ca-file", "/nonexistent/ca.pem", "mail.test"}
                                 << "cannot read CA file";
        QTest::newRow("protocol") << QStringList {"-P", "http", "mail.test"} << "unknown protocol";
        QTest::newRow("line break in an argument") << QStringList {"-P", "x\ny\x1b[2J", "mail.test"}
                                                   << "unknown protocol \"x\\x0ay\\x1b[2J\"";
        QTest::newRow("security") << QStringList {"-s", "maybe", "mail.test"}
                                  << "unknown security mode";
        QTest::newRow("format") << QStringList {"-f", "xml", "mail.test"} << "unknown format";
        QTest::newRow("empty output") << QStringList {"-o", "", "mail.test"} << "needs a file name";
        QTest::newRow("timeout") << QStringList {"--timeout", "0", "mail.test"}
                                 << "invalid timeout";
        QTest::newRow("timeout nan")
            << QStringList {"--timeout", "nan", "mail.test"} << "invalid timeout";
        for (const char *bad : {"0", "-5", "nan", "inf", "100000", "soon", ""})
            QTest::newRow(qPrintable(QStringLiteral("deadline %1").arg(QLatin1String(bad))))
                << QStringList {"--deadline", QString::fromLatin1(bad), "mail.test"}
                << "invalid deadline";
        QTest::newRow("option") << QStringList {"--frobnicate", "mail.test"} << "Unknown option";
        QTest::newRow("connect") << QStringList {"--connect-address", "mail", "mail.test"}
                                 << "needs an IP address";
        QTest::newRow("unknown mechanism")
            << QStringList {"--user", "alice", "--auth-mechanism", "DIGEST-MD5", "mail.test"}
            << "unknown login mechanism \"DIGEST-MD5\"";
        QTest::newRow("mechanism without user")
            << QStringList {"--auth-mechanism", "plain", "mail.test"}
            << "--auth-mechanism needs --user";
        QTest::newRow("token file without user")
            << QStringList {"--oauth-token-file", "/dev/null", "mail.test"}
            << "--oauth-token-file needs --user";
        QTest::newRow("unreadable token file")
            << QStringList {"--user", "alice", "--oauth-token-file", "/nonexistent/token",
                            "mail.test"}
            << "cannot read token file";
        QTest::newRow("token mechanism without token")
            << QStringList {"--user",           "alice",   "--password-file", "/dev/null",
                            "--auth-mechanism", "xoauth2", "mail.test"}
            << "--auth-mechanism XOAUTH2 needs an access token";
        QTest::newRow("user without any secret")
            << QStringList {"--user", "alice", "mail.test"} << "--user needs a password";
        // The test envelope's addresses go between angle brackets: nothing may end them.
        const QStringList login {"--user", "alice", "--password-file", "/dev/null", "mail.test"};
        QTest::newRow("mail-from with a space")
            << QStringList {"--mail-from", "a@b.example SIZE=1"} + login << "sender address";
        QTest::newRow("mail-from with an angle bracket")
            << QStringList {"--mail-from", "a@b.example>"} + login << "sender address";
        QTest::newRow("mail-from with CRLF")
            << QStringList {"--mail-from", "a@b.example\r\nDATA"} + login << "sender address";
        QTest::newRow("rcpt-to with an angle bracket")
            << QStringList {"--mail-from", "a@b.example", "--rcpt-to", "<c@d.example"} + login
            << "recipient address";
        QTest::newRow("rcpt-to without mail-from")
            << QStringList {"--rcpt-to", "c@d.example"} + login << "needs --mail-from";
        QTest::newRow("mail-from without a login")
            << QStringList {"--mail-from", "a@b.example", "mail.test"} << "needs --user";
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(r.out.isEmpty());
    }

    void versionAndHelp()
    {
        Result r = cli({"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("mailinspect "));
        r = cli({"--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char *opt :
             {"--protocol", "--port", "--security", "--connect-address", "--ca-file", "--timeout",
              "--deadline", "--format", "--output", "--input"})
            QVERIFY2(r.out.contains(QByteArray(opt)), opt);
    }

    // The command-line tool loads Qt Core and Network only: Qt GUI (fonts and
    // page layout for PDF) and what it drags in belong to mailinspect-pdf.
    void linksNoQtGui()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(MAILINSPECT_CLI_PATH)});
        QVERIFY(ldd.waitForFinished(30000));
        QCOMPARE(ldd.exitCode(), 0);
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY2(libraries.contains("libQt6Core") && libraries.contains("libQt6Network"),
                 libraries.constData());
        for (const char *gui : {"libQt6Gui", "libQt6Widgets", "libEGL", "libGL", "libOpenGL",
                                "libfontconfig", "libfreetype", "libdbus", "libxkbcommon"})
            QVERIFY2(!libraries.contains(gui), gui);
    }

#ifdef MAILINSPECT_PDF_PATH
    // mailinspect-pdf: a report as JSON in, a PDF out; anything else is
    // refused in one line on standard error, with nothing on standard output.
    void pdfWriterHelper()
    {
        auto s = server(smtpStartTls);
        const Result live = cli(secureTarget(*s) + QStringList {"-f", "json"});
        QCOMPARE(live.exitCode, 0);
        auto helper = [](const QByteArray &input, const QStringList &args = {}) {
            QProcess p;
            p.start(QStringLiteral(MAILINSPECT_PDF_PATH), args);
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(60000))
                p.kill();
            return Result {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        Result r = helper(live.out);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("%PDF-"));
        QVERIFY(r.err.isEmpty());
        for (const QByteArray &bad :
             {QByteArray("not a report"), QByteArray("{\"schema\":\"something-else/9\"}"),
              QByteArray()}) {
            r = helper(bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.startsWith("mailinspect-pdf: ") && r.err.count('\n') == 1,
                     r.err.constData());
        }
        r = helper(live.out, {QStringLiteral("report.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }
#endif

    // The acceptance case: STARTTLS SMTP on loopback, certificate for
    // mail.test signed by the CA in ca.pem.
    void jsonSecureWithCaFile()
    {
        auto s = server(smtpStartTls);
        const QString target = QStringLiteral("smtp://mail.test:%1").arg(s->serverPort());
        const Result r = cli({"--format", "json", "--connect-address", "127.0.0.1", "--ca-file",
                              Test::pkiFile("ca.pem"), target});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o["schema"].toString(), QStringLiteral("mailinspect-report/1"));
        QCOMPARE(o["verdict"].toString(), QStringLiteral("secure"));
        QCOMPARE(o["target"]["host"].toString(), QStringLiteral("mail.test"));
        QCOMPARE(o["target"]["port"].toInt(), int(s->serverPort()));
        QCOMPARE(o["target"]["security"].toString(), QStringLiteral("starttls"));
        QCOMPARE(o["target"]["address"].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(o["tls"]["protocol"].toString(), QStringLiteral("TLSv1.3"));
        QVERIFY(!o["tls"]["cipher"].toString().isEmpty());
        QCOMPARE(o["tls"]["verified"].toBool(), true);
        QCOMPARE(o["tls"]["chain"].toArray().size(), 2);
        QStringList ids;
        for (const QJsonValue &v : o["steps"].toArray())
            ids.append(v["id"].toString());
        QCOMPARE(ids,
                 (QStringList {"resolve", "connect", "greeting", "capabilities", "starttls",
                               "tls-handshake", "certificate", "capabilities-after-tls", "quit"}));
        bool sawTlsEhlo = false;
        for (const QJsonValue &v : o["transcript"].toArray())
            sawTlsEhlo = sawTlsEhlo
                || (v["dir"] == QStringLiteral("client") && v["tls"].toBool()
                    && v["text"].toString().startsWith(QStringLiteral("EHLO")));
        QVERIFY(sawTlsEhlo);
        QCOMPARE(o["capabilities"]["before_tls"].toArray().size(), 3);
    }

    // A refused login is an error of its own (exit status 1), and the
    // verdict still describes the connection: secure.
    void refusedLoginKeepsTheVerdict()
    {
        auto s = server("S: 220 mail.test ESMTP\n"
                        "C: EHLO *\n"
                        "S: 250-mail.test\n"
                        "S: 250 STARTTLS\n"
                        "C: STARTTLS\n"
                        "S: 220 2.0.0 Ready\n"
                        "!tls good\n"
                        "C: EHLO *\n"
                        "S: 250-mail.test\n"
                        "S: 250 AUTH PLAIN\n"
                        "C: AUTH *\n"
                        "S: 534-5.7.9 Application-specific password required. Learn more at\n"
                        "S: 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor\n"
                        "C: QUIT\n"
                        "S: 221 2.0.0 Bye\n"
                        "!close\n");
        const QString target = QStringLiteral("submission://mail.test:%1").arg(s->serverPort());
        const QStringList args {"--connect-address",
                                "127.0.0.1",
                                "--ca-file",
                                Test::pkiFile("ca.pem"),
                                "--user",
                                "alice",
                                target};
        const Result json = cli(QStringList {"-f", "json"} + args, {"MAILINSPECT_PASSWORD=pw"});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o["verdict"].toString(), QStringLiteral("secure"));
        const QJsonObject finding = o["findings"].toArray().first().toObject();
        QCOMPARE(finding["id"].toString(), QStringLiteral("auth-app-password-required"));
        QCOMPARE(finding["topic"].toString(), QStringLiteral("login"));
        QCOMPARE(s->errors(), QStringList());

        auto again = server("S: 220 mail.test ESMTP\n"
                            "C: EHLO *\n"
                            "S: 250-mail.test\n"
                            "S: 250 STARTTLS\n"
                            "C: STARTTLS\n"
                            "S: 220 2.0.0 Ready\n"
                            "!tls good\n"
                            "C: EHLO *\n"
                            "S: 250-mail.test\n"
                            "S: 250 AUTH PLAIN\n"
                            "C: AUTH *\n"
                            "S: 535 5.7.8 Error: authentication failed\n"
                            "C: QUIT\n"
                            "S: 221 2.0.0 Bye\n"
                            "!close\n");
        const Result text
            = cli({"--connect-address", "127.0.0.1", "--ca-file", Test::pkiFile("ca.pem"), "--user",
                   "alice", QStringLiteral("submission://mail.test:%1").arg(again->serverPort())},
                  {"MAILINSPECT_PASSWORD=pw", "NO_COLOR=1"});
        QCOMPARE(text.exitCode, 1);
        const QList<QByteArray> lines = text.out.split('\n');
        QVERIFY2(lines.value(0).startsWith("SECURE"), text.out.constData());
        QVERIFY2(lines.value(1).startsWith("Login: refused \xe2\x80\x94 The user name or password"),
                 text.out.constData());
    }

    void jsonWithoutCaFileIsNotSecure()
    {
        auto s = server(smtpStartTls);
        const Result r = cli({"--format", "json", "--connect-address", "127.0.0.1",
                              QStringLiteral("smtp://mail.test:%1").arg(s->serverPort())});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o["verdict"].toString() != QStringLiteral("secure"));
        QCOMPARE(o["tls"]["verified"].toBool(), false);
        QVERIFY(!o["tls"]["errors"].toArray().isEmpty());
    }

    void otherProtocols_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("security");
        QTest::newRow("imap starttls") << imapStartTls << "imap"
                                       << "starttls";
        QTest::newRow("imaps") << imapTls << "imaps"
                               << "tls";
        QTest::newRow("pop3 stls") << pop3StartTls << "pop3"
                                   << "starttls";
        QTest::newRow("pop3s") << pop3Tls << "pop3s"
                               << "tls";
    }
    void otherProtocols()
    {
        QFETCH(QString, script);
        QFETCH(QString, scheme);
        QFETCH(QString, security);
        auto s = server(script.toLatin1().constData());
        const QString target = QStringLiteral("%1://mail.test:%2").arg(scheme).arg(s->serverPort());
        Result r = cli({"-f", "json", "--connect-address", "127.0.0.1", "--ca-file",
                        Test::pkiFile("ca.pem"), target});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["verdict"].toString(), QStringLiteral("secure"));
        QCOMPARE(o["target"]["security"].toString(), security);
        r = cli({"-f", "json", "--connect-address", "127.0.0.1", target});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject untrusted = QJsonDocument::fromJson(r.out).object();
        QVERIFY(untrusted["verdict"].toString() != QStringLiteral("secure"));
    }

    void textOutput()
    {
        auto s = server(smtpStartTls);
        const Result r
            = cli({"--connect-address", "127.0.0.1", "--ca-file", Test::pkiFile("ca.pem"),
                   QStringLiteral("mail.test:%1").arg(s->serverPort())},
                  {"NO_COLOR=1"});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith(QStringLiteral("SECURE")), qPrintable(text.left(200)));
        QVERIFY(!r.out.contains('\x1b')); // no colour off a terminal
        QVERIFY(text.contains(QStringLiteral("C: [tls]"))
                || text.contains(QStringLiteral("[tls]")));
        QVERIFY(text.contains(QStringLiteral("EHLO mailinspect.localhost")));
        QVERIFY(text.contains(QStringLiteral("CN=mail.test")));
        // Verdict first, then steps, then transcript, then the chain.
        const qsizetype steps = text.indexOf(QStringLiteral("TCP connect"));
        const qsizetype transcript = text.indexOf(QStringLiteral("220 mail.test ESMTP"));
        const qsizetype chain = text.lastIndexOf(QStringLiteral("Intermediate CA"));
        QVERIFY(steps > 0 && transcript > steps && chain > transcript);
    }

    void outputFile()
    {
        auto s = server(smtpStartTls);
        QTemporaryDir dir;
        const QString path = dir.filePath("report.json");
        const Result r = cli({"-f", "json", "-o", path, "--connect-address", "127.0.0.1",
                              "--ca-file", Test::pkiFile("ca.pem"),
                              QStringLiteral("smtp://mail.test:%1").arg(s->serverPort())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object()["verdict"].toString(),
                 QStringLiteral("secure"));
    }

    // The practice servers' misbehaviours: the decisive finding comes first,
    // in JSON and in the text a help-desk agent reads.
    void rightFindingFirst_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("first");
        QTest::newRow("ssl on starttls port") << "tls-on-starttls-port"
                                              << "wrong-security-mode";
        QTest::newRow("starttls on ssl port") << "starttls-on-tls-port"
                                              << "wrong-security-mode";
        QTest::newRow("expired") << "expired-certificate"
                                 << "certificate-expired";
        QTest::newRow("wrong name") << "wrong-name-certificate"
                                    << "certificate-name-mismatch";
        QTest::newRow("no intermediate") << "missing-intermediate"
                                         << "certificate-chain-incomplete";
        QTest::newRow("stripped") << "starttls-stripped"
                                  << "starttls-stripped";
        QTest::newRow("454") << "starttls-refused"
                             << "starttls-rejected";
        QTest::newRow("preauth") << "imap-preauth"
                                 << "imap-preauth";
    }
    void rightFindingFirst()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, first);
        const auto sc = ScenarioCatalog::find(scenario);
        QVERIFY(sc);
        QString error;
        const auto script = SimulatorScript::parse(sc->script, &error);
        QVERIFY2(script, qPrintable(error));
        ScriptedServer server(*script, CertificateStore::practice());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        QFile ca(dir.filePath("practice-ca.pem"));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        for (const QSslCertificate &c : ScenarioCatalog::practiceCaCertificates())
            ca.write(c.toPem());
        ca.close();
        const QStringList common {"--connect-address",
                                  "127.0.0.1",
                                  "--ca-file",
                                  ca.fileName(),
                                  "--timeout",
                                  "1",
                                  "-P",
                                  protocolName(sc->protocol),
                                  "-s",
                                  securityName(sc->security),
                                  "-p",
                                  QString::number(server.serverPort()),
                                  "mail.test"};
        const Result json = cli(QStringList {"-f", "json"} + common);
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o["verdict"].toString(), sc->expectedVerdict);
        const QJsonArray findings = o["findings"].toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first()["id"].toString(), first);
        const QString title = findings.first()["title"].toString();
        const Result text = cli(common, {"NO_COLOR=1"});
        QCOMPARE(text.exitCode, 1);
        const QString out = QString::fromUtf8(text.out);
        // Verdict first, then the findings, the decisive one on top.
        QVERIFY2(out.startsWith(QStringLiteral("FAILED"))
                     || out.startsWith(QStringLiteral("INSECURE")),
                 qPrintable(out.left(200)));
        const qsizetype at = out.indexOf(title.left(40));
        QVERIFY2(at > 0, qPrintable(title));
        for (qsizetype i = 1; i < findings.size(); ++i) {
            const qsizetype other = out.indexOf(findings[i]["title"].toString().left(40));
            QVERIFY(other > at);
        }
        QVERIFY(at < out.indexOf(QStringLiteral("TCP connect")));
    }

    // --input: every practice server inspected live and saved as JSON, then
    // shown again from the file: the same findings, verdict and exit status,
    // nothing connected to.
    void inputRendersTheSavedReport_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const Scenario &s : ScenarioCatalog::scenarios())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }
    void inputRendersTheSavedReport()
    {
        QFETCH(QString, scenario);
        const auto sc = ScenarioCatalog::find(scenario);
        QVERIFY(sc);
        QString error;
        const auto script = SimulatorScript::parse(sc->script, &error);
        QVERIFY2(script, qPrintable(error));
        ScriptedServer server(*script, CertificateStore::practice());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        QFile ca(dir.filePath("practice-ca.pem"));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        for (const QSslCertificate &c : ScenarioCatalog::practiceCaCertificates())
            ca.write(c.toPem());
        ca.close();
        // Above the slow greeting's six seconds, which must stay a warning.
        const QString timeout = scenario == "slow-greeting" ? "8" : "1";
        const QString saved = dir.filePath("saved.json");
        const Result live
            = cli({"--connect-address", "127.0.0.1", "--ca-file", ca.fileName(), "--timeout",
                   timeout, "-P", protocolName(sc->protocol), "-s", securityName(sc->security),
                   "-p", QString::number(server.serverPort()), "-o", saved, "mail.test"});
        QVERIFY2(live.exitCode == 0 || live.exitCode == 1, live.err.constData());
        const QByteArray savedBytes = readFile(saved);
        const QJsonObject liveJson = QJsonDocument::fromJson(savedBytes).object();
        QCOMPARE(liveJson["verdict"].toString(), sc->expectedVerdict);
        const int connections = server.connectionCount();

        const Result json = cli({"--input", saved, "-f", "json"});
        QCOMPARE(json.exitCode, live.exitCode);
        QVERIFY2(json.err.isEmpty(), json.err.constData());
        QCOMPARE(json.out, savedBytes); // the same report, field for field
        const QJsonObject again = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(again["verdict"], liveJson["verdict"]);
        QCOMPARE(again["findings"], liveJson["findings"]);

        const Result text = cli({"--input", saved}, {"NO_COLOR=1"});
        QCOMPARE(text.exitCode, live.exitCode);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.startsWith(sc->expectedVerdict.toUpper()), qPrintable(out.left(200)));
        for (const QJsonValue &f : liveJson["findings"].toArray())
            QVERIFY2(out.contains(f["id"].toString()), qPrintable(f["id"].toString()));
        QCOMPARE(server.connectionCount(), connections); // nothing connected to
    }

    void inputToEveryFormat()
    {
        auto s = server(smtpStartTls);
        QTemporaryDir dir;
        const QString saved = dir.filePath("saved.json");
        QCOMPARE(cli(secureTarget(*s) + QStringList {"-o", saved}).exitCode, 0);
        for (const char *name : {"r.txt", "r.md", "r.html", "r.pdf", "r.mis", "r.json"}) {
            const QString file = dir.filePath(QLatin1String(name));
            const Result r = cli({"--input", saved, "-o", file});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(readFile(file).size() > 200, name);
        }
        QVERIFY(readFile(dir.filePath("r.pdf")).startsWith("%PDF-"));
        QCOMPARE(readFile(dir.filePath("r.json")), readFile(saved));
        QCOMPARE(s->connectionCount(), 1); // only the live run
    }

    void inputRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("with a target")
            << QStringList {"--input", "SAVED", "mail.test"} << "give no TARGET";
        QTest::newRow("with --port")
            << QStringList {"--input", "SAVED", "-p", "25"} << "--port is for an inspection";
        QTest::newRow("with --check-injection")
            << QStringList {"--input", "SAVED", "--check-injection"} << "--check-injection is for";
        QTest::newRow("with --auth-mechanism")
            << QStringList {"--input", "SAVED", "--auth-mechanism", "PLAIN"}
            << "--auth-mechanism is for an inspection";
        QTest::newRow("with --oauth-token-file")
            << QStringList {"--input", "SAVED", "--oauth-token-file", "t"}
            << "--oauth-token-file is for an inspection";
        QTest::newRow("missing file") << QStringList {"--input", "NOFILE"} << "Cannot open";
        QTest::newRow("not a report")
            << QStringList {"--input", "NOTES"} << "is not a report this program can open";
        QTest::newRow("a folder") << QStringList {"--input", "DIR"} << "is a folder";
        QTest::newRow("format clash")
            << QStringList {"--input", "SAVED", "-f", "json", "-o", "x.md"} << "does not match";
    }
    void inputRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString saved = dir.filePath("saved.json");
        QVERIFY(
            writeFile(saved, readFile(Test::sourceDir() + "/tests/report/golden/problem.json")));
        QVERIFY(writeFile(dir.filePath("notes.json"), "Customer called, cannot send.\n"));
        args.replaceInStrings(QRegularExpression("^SAVED$"), saved);
        args.replaceInStrings(QRegularExpression("^NOFILE$"), dir.filePath("gone.json"));
        args.replaceInStrings(QRegularExpression("^NOTES$"), dir.filePath("notes.json"));
        args.replaceInStrings(QRegularExpression("^DIR$"), dir.path());
        args.replaceInStrings(QRegularExpression("^x.md$"), dir.filePath("x.md"));
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void inputTooLarge()
    {
        QTemporaryDir dir;
        const QString huge = dir.filePath("huge.json");
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(65) * 1024 * 1024)); // sparse: nothing is written
        f.close();
        const Result r = cli({"--input", huge});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("larger than 64 MiB"), r.err.constData());
    }

    void allAddresses()
    {
        auto s = server(smtpStartTls);
        // localhost resolves to loopback only; every address gets its own report.
        const Result r = cli({"-f", "json", "--all-addresses", "--ca-file", Test::pkiFile("ca.pem"),
                              QStringLiteral("smtp://localhost:%1").arg(s->serverPort())});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray all = o["address_reports"].toArray();
        QVERIFY(!all.isEmpty());
        QCOMPARE(o["schema"].toString(), QStringLiteral("mailinspect-report/1"));
        for (const QJsonValue &v : all) {
            QVERIFY(QHostAddress(v["target"]["address"].toString()).isLoopback());
            QCOMPARE(v["verdict"].toString(), QStringLiteral("secure"));
        }
        QCOMPARE(r.exitCode, 0);
    }

    void credentialsInTheTargetNeverReachTheReport()
    {
        auto s = server(smtpStartTls);
        const Result r = cli(
            {"-f", "json", "--connect-address", "127.0.0.1", "--ca-file", Test::pkiFile("ca.pem"),
             QStringLiteral("smtp://alice:Hunter22@mail.test:%1").arg(s->serverPort())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("Hunter22"));
        QVERIFY(!r.out.contains("alice"));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["target"]["as_typed"].toString(),
                 QStringLiteral("smtp://<redacted>@mail.test:%1").arg(s->serverPort()));
    }

    // Every step answers inside --timeout; --deadline bounds the whole.
    void deadlineStopsTheInspection()
    {
        auto s = server("S: 220-mail.test\n!delay 700\nS: 220 mail.test ESMTP\nC: EHLO *\n"
                        "!delay 700\nS: 250-mail.test\nS: 250 STARTTLS\nC: STARTTLS\n"
                        "!delay 700\nS: 220 go\n!tls good\nC: EHLO *\nS: 250 mail.test\n"
                        "C: QUIT\nS: 221 bye\n!close\n");
        const Result r = cli({"-f", "json", "--connect-address", "127.0.0.1", "--ca-file",
                              Test::pkiFile("ca.pem"), "--timeout", "2", "--deadline", "1.8",
                              QStringLiteral("smtp://mail.test:%1").arg(s->serverPort())});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["findings"].toArray().first()["id"].toString(),
                 QStringLiteral("deadline-exceeded"));
        QCOMPARE(o["facts"]["deadline_exceeded"].toBool(), true);
        QCOMPARE(o["facts"]["deadline_ms"].toInt(), 1800);
        const QJsonArray steps = o["steps"].toArray();
        QCOMPARE(steps.last()["id"].toString(), QStringLiteral("starttls"));
        QCOMPARE(steps.last()["status"].toString(), QStringLiteral("error"));
        QVERIFY(o["duration_ms"].toDouble() < 3000);
    }

    void refusedIsExitOne()
    {
        quint16 port = 0;
        {
            QTcpServer t;
            QVERIFY(t.listen(QHostAddress::LocalHost, 0));
            port = t.serverPort();
        }
        const Result r = cli({"-f", "json", QStringLiteral("127.0.0.1:%1").arg(port)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["verdict"].toString(),
                 QStringLiteral("failed"));
    }

    // The report in the user's language (LANGUAGE, LC_ALL, LANG), as in the desktop app; the
    // finding ids and the exit status stay the same, so scripts work in any locale.
    void speaksTheUsersLanguage()
    {
        quint16 port = 0;
        {
            QTcpServer t;
            QVERIFY(t.listen(QHostAddress::LocalHost, 0));
            port = t.serverPort();
        }
        const QStringList args {"--connect-address", "127.0.0.1",
                                QStringLiteral("smtp://mail.test:%1").arg(port)};
        const Result english = cli(args, {"LANGUAGE=", "LC_ALL=C.UTF-8"});
        const Result german = cli(args, {"LANGUAGE=de", "LC_ALL=de_DE.UTF-8"});
        QCOMPARE(english.exitCode, 1);
        QCOMPARE(german.exitCode, 1);
        QVERIFY2(english.out.contains("TCP connect"), english.out.constData());
        QVERIFY2(!german.out.contains("TCP connect"), german.out.constData());
        QVERIFY2(german.out.contains("[connection-refused, "), german.out.constData());
    }

    // USER alice\r\nDELE 1 would make a POP3 server delete a message, and an
    // IMAP server run the DELETE INBOX after LOGIN. Refused before anything
    // is looked up or connected; the one line never shows the value.
    void credentialsWithLineBreaksAreRefused_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("passwordFile"); // contents; empty: MAILINSPECT_PASSWORD
        QTest::addColumn<QString>("passwordEnv");
        QTest::addColumn<QString>("field");
        QTest::newRow("pop3 user CRLF") << pop3Login << "pop3"
                                        << "alice\r\nDELE 1"
                                        << ""
                                        << "Hunter22"
                                        << "user name";
        QTest::newRow("pop3 user LF") << pop3Login << "pop3"
                                      << "alice\nDELE 1"
                                      << ""
                                      << "Hunter22"
                                      << "user name";
        QTest::newRow("imap user CRLF") << imapLogin << "imap"
                                        << "alice\r\nx DELETE INBOX"
                                        << ""
                                        << "Hunter22"
                                        << "user name";
        QTest::newRow("imap password env") << imapLogin << "imap"
                                           << "alice"
                                           << ""
                                           << "Hunter22\r\nx DELETE INBOX"
                                           << "password";
        QTest::newRow("pop3 password env CR") << pop3Login << "pop3"
                                              << "alice"
                                              << ""
                                              << "Hunter22\rDELE 1"
                                              << "password";
        QTest::newRow("password file CR inside") << pop3Login << "pop3"
                                                 << "alice"
                                                 << "Hunter22\rDELE 1\n"
                                                 << ""
                                                 << "password";
        QTest::newRow("password file two CRs") << pop3Login << "pop3"
                                               << "alice"
                                               << "Hunter22\r\r\n"
                                               << ""
                                               << "password";
        QTest::newRow("password file NUL")
            << pop3Login << "pop3"
            << "alice" << QString::fromLatin1("Hunter22\0DELE 1\n", 16) << ""
            << "password";
    }
    void credentialsWithLineBreaksAreRefused()
    {
        QFETCH(QString, script);
        QFETCH(QString, scheme);
        QFETCH(QString, user);
        QFETCH(QString, passwordFile);
        QFETCH(QString, passwordEnv);
        QFETCH(QString, field);
        auto s = server(script.toLatin1().constData());
        QTemporaryDir dir;
        const QString url = QStringLiteral("%1://mail.test:%2").arg(scheme).arg(s->serverPort());
        const QStringList target {"-s",
                                  "none",
                                  "--allow-plaintext-auth",
                                  "--no-mailbox-check",
                                  "--connect-address",
                                  "127.0.0.1",
                                  url};

        // The same command with clean credentials does reach the server.
        const Result clean = cli(QStringList {"-f", "json", "--user", "alice"} + target,
                                 {"MAILINSPECT_PASSWORD=Hunter22"});
        QVERIFY2(isJsonReport(clean.out), clean.err.constData());
        QCOMPARE(s->connectionCount(), 1);
        QCOMPARE(s->errors(), QStringList());

        QStringList args {"-f", "json", "--user", user};
        QStringList env;
        if (!passwordFile.isEmpty()) {
            const QString path = dir.filePath("password");
            QVERIFY(writeFile(path, passwordFile.toLatin1()));
            args << "--password-file" << path;
        } else {
            env << QStringLiteral("MAILINSPECT_PASSWORD=") + passwordEnv;
        }
        const Result r = cli(args + target, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(field.toUtf8()) && r.err.contains("line break"), r.err.constData());
        for (const char *secret : {"alice", "Hunter22", "DELE", "DELETE", "\r"})
            QVERIFY2(!r.err.contains(secret), r.err.constData());
        QTest::qWait(100); // a connection would have been accepted by now
        QCOMPARE(s->connectionCount(), 1);
    }

    // The first line of the password file is the password; a CRLF file from
    // Windows (and an editor's byte order mark) is not part of it.
    void passwordFileFirstLine_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("LF") << QByteArray("Hunter22\nsecond line\n");
        QTest::newRow("CRLF") << QByteArray("Hunter22\r\nsecond line\r\n");
        QTest::newRow("no line end") << QByteArray("Hunter22");
        QTest::newRow("BOM CRLF") << QByteArray("\xEF\xBB\xBFHunter22\r\n");
    }
    void passwordFileFirstLine()
    {
        QFETCH(QByteArray, contents);
        auto s = server(pop3Login);
        QTemporaryDir dir;
        const QString path = dir.filePath("password");
        QVERIFY(writeFile(path, contents));
        const Result r
            = cli({"-f", "json", "--user", "alice", "--password-file", path, "-s", "none",
                   "--allow-plaintext-auth", "--no-mailbox-check", "--connect-address", "127.0.0.1",
                   QStringLiteral("pop3://mail.test:%1").arg(s->serverPort())});
        QVERIFY2(isJsonReport(r.out), r.err.constData());
        QCOMPARE(s->errors(), QStringList());
        QVERIFY(s->receivedLines().contains("PASS Hunter22"));
        QVERIFY(!r.out.contains("Hunter22"));
    }

    // An access token from a file (its line end trimmed) or the environment,
    // sent with the mechanism asked for (any case) or the strongest offered;
    // it never reaches the report in any form.
    void oauthToken_data()
    {
        QTest::addColumn<QString>("mechanism"); // empty: automatic
        QTest::addColumn<bool>("fromFile");
        QTest::addColumn<QString>("sent"); // SASL name
        QTest::newRow("file, automatic") << "" << true << "OAUTHBEARER";
        QTest::newRow("file, xoauth2") << "xoauth2" << true << "XOAUTH2";
        QTest::newRow("environment, oauthbearer") << "OAuthBearer" << false << "OAUTHBEARER";
    }
    void oauthToken()
    {
        QFETCH(QString, mechanism);
        QFETCH(bool, fromFile);
        QFETCH(QString, sent);
        const QByteArray token = "ya29.a0AfH6SMBx-token_value";
        const QByteArray xoauth = "user=alice@mail.test\x01"
                                  "auth=Bearer "
            + token + "\x01\x01";
        QByteArray script = smtpStartTls;
        script.replace("C: QUIT", "C: AUTH " + sent.toLatin1() + " *\nS: 235 2.7.0 ok\nC: QUIT");
        script.replace("250 AUTH PLAIN LOGIN", "250 AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER");
        auto s = server(script.constData());
        QTemporaryDir dir;
        const QString path = dir.filePath("token");
        QVERIFY(writeFile(path, token + "\r\n"));
        QStringList args {"-f", "json", "--user", "alice@mail.test"};
        if (fromFile)
            args << "--oauth-token-file" << path;
        if (!mechanism.isEmpty())
            args << "--auth-mechanism" << mechanism;
        const Result r
            = cli(args + secureTarget(*s),
                  fromFile ? QStringList {} : QStringList {"MAILINSPECT_OAUTH_TOKEN=" + token});
        QVERIFY2(isJsonReport(r.out), r.err.constData());
        QCOMPARE(s->errors(), QStringList());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject login = QJsonDocument::fromJson(r.out).object()["login"].toObject();
        QCOMPARE(login["result"].toString(), QStringLiteral("ok"));
        QCOMPARE(login["mechanism"].toString(), sent);
        QVERIFY(!login["choice"].toString().isEmpty());
        // The server got the token, without the file's line end.
        QByteArray authLine;
        for (const QByteArray &line : s->receivedLines()) {
            if (line.startsWith("AUTH "))
                authLine = line;
        }
        const QByteArray blob = QByteArray::fromBase64(authLine.mid(authLine.lastIndexOf(' ') + 1));
        if (sent == QLatin1String("XOAUTH2"))
            QCOMPARE(blob, xoauth);
        else
            QVERIFY2(blob.startsWith("n,a=alice@mail.test,\x01host=mail.test\x01port=")
                         && blob.endsWith("\x01"
                                          "auth=Bearer "
                                          + token + "\x01\x01"),
                     blob.constData());
        for (const QByteArray &secret :
             {token, token.toBase64(), xoauth.toBase64(), blob.toBase64(), blob})
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), secret.constData());
    }

    // -o writes into what it is given: a device stays a device.
    void outputToCharacterDevice()
    {
        auto s = server(smtpStartTls);
        QStringList devices;
        QTemporaryDir dir;
        if (::geteuid() == 0) {
            // As root a regression would replace the system's /dev/null: try
            // a private null device first, so that one is lost instead.
            const QString own = dir.filePath("null");
            if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0)
                devices << own;
        }
        devices << "/dev/null";
        for (const QString &device : devices) {
            const Result r = cli(QStringList {"-f", "json", "-o", device} + secureTarget(*s));
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(S_ISCHR(statOf(device).st_mode), qPrintable(device));
            QVERIFY2(S_ISCHR(statOf(device, false).st_mode), qPrintable(device));
        }
    }

    void outputToFifo()
    {
        auto s = server(smtpStartTls);
        QTemporaryDir dir;
        const QString fifo = dir.filePath("report.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess reader;
        reader.start("cat", {fifo});
        QVERIFY(reader.waitForStarted());
        const Result r = cli(QStringList {"-f", "json", "-o", fifo} + secureTarget(*s));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // The reader may have finished while the CLI was still being waited for.
        QVERIFY(reader.state() == QProcess::NotRunning || reader.waitForFinished(10000));
        QCOMPARE(reader.exitCode(), 0);
        QVERIFY(isJsonReport(reader.readAllStandardOutput()));
        QVERIFY(S_ISFIFO(statOf(fifo).st_mode));
    }

    void outputToStandardOutput()
    {
        auto s = server(smtpStartTls);
        for (const char *name : {"-", "/dev/stdout"}) {
            const Result r = cli(QStringList {"-f", "json", "-o", name} + secureTarget(*s));
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(isJsonReport(r.out), name);
        }
    }

    // What `-o >(cmd)` and `-o /dev/fd/3 3>>log` hand over: a descriptor that
    // is written as it is, neither reopened (which would truncate the log)
    // nor replaced.
    void outputToInheritedDescriptor()
    {
        auto s = server(smtpStartTls);
        QTemporaryDir dir;
        const QString log = dir.filePath("log");
        QVERIFY(writeFile(log, "earlier line\n"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LOG", log);
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start("/bin/sh",
                QStringList {"-c", "exec \"$0\" \"$@\" 3>>\"$LOG\"", MAILINSPECT_CLI_PATH, "-f",
                             "json", "-o", "/dev/fd/3"}
                    + secureTarget(*s));
        QVERIFY(done.wait(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray written = readFile(log);
        QVERIFY(written.startsWith("earlier line\n"));
        QVERIFY(isJsonReport(written.mid(13)));
        QVERIFY(S_ISREG(statOf(log).st_mode));
    }

    // A regular file is replaced whole (a new file renamed over it), keeping
    // its permissions; through a symbolic link, the file it names is.
    void outputReplacesRegularFile()
    {
        auto s = server(smtpStartTls);
        QTemporaryDir dir;
        const QString path = dir.filePath("report.json");
        QVERIFY(writeFile(path, "old contents\n"));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const ino_t before = statOf(path).st_ino;
        Result r = cli(QStringList {"-o", path} + secureTarget(*s));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(isJsonReport(readFile(path)));
        QVERIFY(statOf(path).st_ino != before);
        QCOMPARE(statOf(path).st_mode & 0777, mode_t(0640));

        const QString link = dir.filePath("latest.json");
        QVERIFY(QFile::link(path, link));
        QVERIFY(writeFile(path, "old contents\n"));
        r = cli(QStringList {"-o", link} + secureTarget(*s));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(S_ISLNK(statOf(link, false).st_mode));
        QVERIFY(isJsonReport(readFile(path)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System).size(), 2);
    }

    // Every format the desktop app exports; the -o extension picks it.
    void formatFromExtension_data()
    {
        QTest::addColumn<QString>("file"); // "" writes to standard output
        QTest::addColumn<QString>("format"); // "" no -f
        QTest::addColumn<QByteArray>("begins");
        QTest::newRow(".json") << "r.json"
                               << "" << QByteArray("{");
        QTest::newRow(".md") << "r.md"
                             << "" << QByteArray("# ");
        QTest::newRow(".html") << "r.html"
                               << "" << QByteArray("<!DOCTYPE html>");
        QTest::newRow(".htm") << "r.HTM"
                              << "" << QByteArray("<!DOCTYPE html>");
        QTest::newRow(".txt") << "r.txt"
                              << "" << QByteArray("SECURE");
        QTest::newRow(".pdf") << "r.pdf"
                              << "" << QByteArray("%PDF-");
        QTest::newRow(".mis") << "r.mis"
                              << "" << QByteArray("# ");
        QTest::newRow("unknown extension: text") << "r.out"
                                                 << "" << QByteArray("SECURE");
        QTest::newRow("no extension: text") << "report"
                                            << "" << QByteArray("SECURE");
        QTest::newRow("same as -f") << "r.json"
                                    << "json" << QByteArray("{");
        QTest::newRow("-f for no extension") << "report"
                                             << "markdown" << QByteArray("# ");
        QTest::newRow("-f script") << ""
                                   << "script" << QByteArray("# ");
        QTest::newRow("-f pdf to a pipe") << ""
                                          << "pdf" << QByteArray("%PDF-");
        QTest::newRow("-f html") << ""
                                 << "html" << QByteArray("<!DOCTYPE html>");
    }
    void formatFromExtension()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QByteArray, begins);
        auto s = server(smtpStartTls);
        QTemporaryDir dir;
        QStringList args = secureTarget(*s);
        if (!format.isEmpty())
            args << "-f" << format;
        if (!file.isEmpty())
            args << "-o" << dir.filePath(file);
        const Result r = cli(args, {"NO_COLOR=1"});
        QCOMPARE(r.exitCode, 0);
        const QByteArray written = file.isEmpty() ? r.out : readFile(dir.filePath(file));
        QVERIFY2(written.startsWith(begins), written.left(80).constData());
        if (file.endsWith(".mis") || format == "script") {
            QString error;
            QVERIFY2(SimulatorScript::parse(QString::fromUtf8(written), &error), qPrintable(error));
            QVERIFY(written.contains("S: 220 mail.test ESMTP"));
        }
    }

    // -f and the extension disagree: an error before anything happens,
    // never a silent choice.
    void formatConflictsWithExtension_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("json to .pdf") << "json"
                                      << "x.pdf";
        QTest::newRow("pdf to .json") << "pdf"
                                      << "x.json";
        QTest::newRow("text to .md") << "text"
                                     << "x.md";
        QTest::newRow("script to .html") << "script"
                                         << "x.html";
    }
    void formatConflictsWithExtension()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        auto s = server(smtpStartTls);
        QTemporaryDir dir;
        const Result r
            = cli(QStringList {"-f", format, "-o", dir.filePath(file)} + secureTarget(*s));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("does not match"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(file)));
        QCOMPARE(s->connectionCount(), 0);
    }

    // A target or argument that carries a user name and password: the error
    // says what is wrong without repeating either.
    void errorsNeverRepeatCredentials_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad port") << QStringList {"alice:Hunter22@mail.test:99999"};
        QTest::newRow("no scheme") << QStringList {"alice:Hunter22@mail.test"};
        QTest::newRow("url text port") << QStringList {"imap://alice:Hunter22@mail.test:abc"};
        QTest::newRow("url bad port") << QStringList {"imaps://alice:Hunter22@mail.test:99999"};
        QTest::newRow("slash in password") << QStringList {"imap://alice:Hunter/22@mail.test"};
        QTest::newRow("in front of the scheme") << QStringList {"alice:Hunter22@imap://mail.test"};
        QTest::newRow("bad v6") << QStringList {"imap://alice:Hunter22@[zz::1]:143"};
        QTest::newRow("bad host") << QStringList {"imap://alice:Hunter22@bad_host!:143"};
        QTest::newRow("stray word") << QStringList {"--user", "alice", "Hunter22", "mail.test"};
    }
    void errorsNeverRepeatCredentials()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args, {"MAILINSPECT_PASSWORD=x"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        for (const char *secret : {"alice", "Hunter", "22@"})
            QVERIFY2(!r.err.contains(secret), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
