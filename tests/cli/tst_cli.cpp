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
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailInspect;

using namespace MailInspect::Test::Scripts;

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
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
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target") << QStringList{} << "no target";
        QTest::newRow("unknown scheme") << QStringList{"gopher://mail.test"} << "unknown scheme";
        QTest::newRow("port 0") << QStringList{"mail.test:0"} << "invalid port";
        QTest::newRow("port 70000") << QStringList{"-p", "70000", "mail.test"} << "invalid port";
        QTest::newRow("ca file") << QStringList{"--ca-file", "/nonexistent/ca.pem", "mail.test"}
                                 << "cannot read CA file";
        QTest::newRow("protocol") << QStringList{"-P", "http", "mail.test"} << "unknown protocol";
        QTest::newRow("security") << QStringList{"-s", "maybe", "mail.test"}
                                  << "unknown security mode";
        QTest::newRow("format") << QStringList{"-f", "xml", "mail.test"} << "unknown format";
        QTest::newRow("timeout") << QStringList{"--timeout", "0", "mail.test"}
                                 << "invalid timeout";
        QTest::newRow("timeout nan") << QStringList{"--timeout", "nan", "mail.test"}
                                     << "invalid timeout";
        for (const char *bad : {"0", "-5", "nan", "inf", "100000", "soon", ""})
            QTest::newRow(qPrintable(QStringLiteral("deadline %1").arg(QLatin1String(bad))))
                << QStringList{"--deadline", QString::fromLatin1(bad), "mail.test"}
                << "invalid deadline";
        QTest::newRow("option") << QStringList{"--frobnicate", "mail.test"} << "Unknown option";
        QTest::newRow("connect") << QStringList{"--connect-address", "mail", "mail.test"}
                                 << "needs an IP address";
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
        for (const char *opt : {"--protocol", "--port", "--security", "--connect-address",
                                "--ca-file", "--timeout", "--deadline", "--format", "--output"})
            QVERIFY2(r.out.contains(QByteArray(opt)), opt);
    }

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
        QCOMPARE(ids, (QStringList{"resolve", "connect", "greeting", "capabilities", "starttls",
                                   "tls-handshake", "certificate", "capabilities-after-tls",
                                   "quit"}));
        bool sawTlsEhlo = false;
        for (const QJsonValue &v : o["transcript"].toArray())
            sawTlsEhlo = sawTlsEhlo
                         || (v["dir"] == QStringLiteral("client") && v["tls"].toBool()
                             && v["text"].toString().startsWith(QStringLiteral("EHLO")));
        QVERIFY(sawTlsEhlo);
        QCOMPARE(o["capabilities"]["before_tls"].toArray().size(), 3);
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
        QTest::newRow("imap starttls") << imapStartTls << "imap" << "starttls";
        QTest::newRow("imaps") << imapTls << "imaps" << "tls";
        QTest::newRow("pop3 stls") << pop3StartTls << "pop3" << "starttls";
        QTest::newRow("pop3s") << pop3Tls << "pop3s" << "tls";
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
        const Result r = cli({"--connect-address", "127.0.0.1", "--ca-file",
                              Test::pkiFile("ca.pem"),
                              QStringLiteral("mail.test:%1").arg(s->serverPort())},
                             {"NO_COLOR=1"});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith(QStringLiteral("SECURE")), qPrintable(text.left(200)));
        QVERIFY(!r.out.contains('\x1b')); // no colour off a terminal
        QVERIFY(text.contains(QStringLiteral("C: [tls]")) || text.contains(QStringLiteral("[tls]")));
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
        QTest::newRow("ssl on starttls port") << "tls-on-starttls-port" << "wrong-security-mode";
        QTest::newRow("starttls on ssl port") << "starttls-on-tls-port" << "wrong-security-mode";
        QTest::newRow("expired") << "expired-certificate" << "certificate-expired";
        QTest::newRow("wrong name") << "wrong-name-certificate" << "certificate-name-mismatch";
        QTest::newRow("no intermediate") << "missing-intermediate" << "certificate-chain-incomplete";
        QTest::newRow("stripped") << "starttls-stripped" << "starttls-stripped";
        QTest::newRow("454") << "starttls-refused" << "starttls-rejected";
        QTest::newRow("preauth") << "imap-preauth" << "imap-preauth";
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
        const QStringList common{"--connect-address", "127.0.0.1", "--ca-file", ca.fileName(),
                                 "--timeout", "1", "-P", protocolName(sc->protocol), "-s",
                                 securityName(sc->security), "-p",
                                 QString::number(server.serverPort()), "mail.test"};
        const Result json = cli(QStringList{"-f", "json"} + common);
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
        QVERIFY2(out.startsWith(QStringLiteral("FAILED")) || out.startsWith(QStringLiteral("INSECURE")),
                 qPrintable(out.left(200)));
        const qsizetype at = out.indexOf(title.left(40));
        QVERIFY2(at > 0, qPrintable(title));
        for (qsizetype i = 1; i < findings.size(); ++i) {
            const qsizetype other = out.indexOf(findings[i]["title"].toString().left(40));
            QVERIFY(other > at);
        }
        QVERIFY(at < out.indexOf(QStringLiteral("TCP connect")));
    }

    void allAddresses()
    {
        auto s = server(smtpStartTls);
        // localhost resolves to loopback only; every address gets its own report.
        const Result r = cli({"-f", "json", "--all-addresses", "--ca-file",
                              Test::pkiFile("ca.pem"),
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
        const Result r = cli({"-f", "json", "--connect-address", "127.0.0.1", "--ca-file",
                              Test::pkiFile("ca.pem"),
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
