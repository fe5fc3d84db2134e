// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Real Postfix and Dovecot (started by the CTest fixture "realservers", see
// realservers.sh), inspected with mailinspect-cli over every mode they offer.
// Every claim of a report is cross-checked against an independent witness on
// the same listener in the same run: a plain socket for what the server says
// before TLS, openssl s_client for the negotiated protocol, cipher and what
// the server says inside TLS.

#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

namespace MailInspect::Test {
namespace {

constexpr int skipExitCode = 77; // CTest SKIP_RETURN_CODE of these tests
constexpr int cliTimeoutSeconds = 5;
constexpr int witnessTimeoutMs = 15000;
const QString testHost = QStringLiteral("mail.test");

enum class Dialogue { Smtp, Imap, Pop3, Sieve };

/// One listener of the fixture and how to talk to it.
struct Listener
{
    const char *name; ///< data row name
    const char *scheme; ///< URL scheme given to mailinspect-cli
    const char *security; ///< the mode the listener offers: "starttls" or "tls"
    const char *portKey; ///< key in ports.env
    bool dovecot; ///< Dovecot (127.0.0.2) or Postfix (127.0.0.1)
    Dialogue dialogue;
};

const Listener allListeners[] = {
    {"smtp", "smtp", "starttls", "SMTP_PORT", false, Dialogue::Smtp},
    {"submission", "submission", "starttls", "SUBMISSION_PORT", false, Dialogue::Smtp},
    {"smtps", "smtps", "tls", "SMTPS_PORT", false, Dialogue::Smtp},
    {"imap", "imap", "starttls", "IMAP_PORT", true, Dialogue::Imap},
    {"imaps", "imaps", "tls", "IMAPS_PORT", true, Dialogue::Imap},
    {"pop3", "pop3", "starttls", "POP3_PORT", true, Dialogue::Pop3},
    {"pop3s", "pop3s", "tls", "POP3S_PORT", true, Dialogue::Pop3},
    {"sieve", "sieve", "starttls", "SIEVE_PORT", true, Dialogue::Sieve},
};

const Listener *listenerNamed(const QString &name)
{
    for (const Listener &l : allListeners) {
        if (name == QLatin1String(l.name))
            return &l;
    }
    return nullptr;
}

QString runDir()
{
    return qEnvironmentVariable("MAILINSPECT_REALSERVERS_RUN");
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// --- what mailinspect-cli said -------------------------------------------

struct CliRun
{
    QString commandLine;
    bool finished = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
    QJsonObject report;
    QString parseError;
};

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    const QString cli = qEnvironmentVariable("MAILINSPECT_CLI");
    run.commandLine = QStringLiteral("mailinspect-cli ") + arguments.join(QLatin1Char(' '));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(cli, arguments);
    process.closeWriteChannel();
    // Far beyond any per-step timeout: a run that needs this long has hung.
    run.finished = process.waitForFinished(60000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.elapsedMs = timer.elapsed();
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        run.parseError = error.errorString();
    else
        run.report = doc.object();
    return run;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

QJsonObject lastStep(const QJsonObject &report, const QString &id)
{
    QJsonObject found;
    const QJsonArray steps = report.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &v : steps) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            found = v.toObject();
    }
    return found;
}

QStringList findingIds(const QJsonObject &report)
{
    QStringList ids;
    const QJsonArray findings = report.value(QLatin1String("findings")).toArray();
    for (const QJsonValue &v : findings)
        ids.append(v.toObject().value(QLatin1String("id")).toString());
    return ids;
}

/// A digest of a run for failure messages: command, exit, verdict, steps,
/// TLS errors, findings and stderr.
QString describe(const CliRun &run)
{
    QStringList parts;
    parts << QStringLiteral("command: ") + run.commandLine;
    parts << QStringLiteral("exit %1 after %2 ms%3")
                 .arg(run.exitCode)
                 .arg(run.elapsedMs)
                 .arg(run.finished ? QString() : QStringLiteral(" (KILLED: hung)"));
    if (!run.parseError.isEmpty()) {
        parts << QStringLiteral("stdout is not a JSON report (%1): %2")
                     .arg(run.parseError, QString::fromUtf8(run.out.left(600)));
    } else {
        parts << QStringLiteral("verdict: ")
                + run.report.value(QLatin1String("verdict")).toString();
        QStringList steps;
        const QJsonArray array = run.report.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject s = v.toObject();
            steps << QStringLiteral("%1=%2 (%3)")
                         .arg(s.value(QLatin1String("id")).toString(),
                              s.value(QLatin1String("status")).toString(),
                              s.value(QLatin1String("summary")).toString());
        }
        parts << QStringLiteral("steps: ") + steps.join(QStringLiteral("; "));
        const QJsonObject tls = run.report.value(QLatin1String("tls")).toObject();
        parts
            << QStringLiteral("tls: %1 %2 verified=%3 errors=[%4]")
                   .arg(tls.value(QLatin1String("protocol")).toString(),
                        tls.value(QLatin1String("cipher")).toString(),
                        tls.value(QLatin1String("verified")).toBool() ? QStringLiteral("yes")
                                                                      : QStringLiteral("no"),
                        stringList(tls.value(QLatin1String("errors"))).join(QStringLiteral(" | ")));
        parts << QStringLiteral("findings: ") + findingIds(run.report).join(QStringLiteral(", "));
    }
    if (!run.err.isEmpty())
        parts << QStringLiteral("stderr: ") + QString::fromUtf8(run.err.left(600));
    return parts.join(QStringLiteral("\n    "));
}

// --- capability lists, compared the way the dialects parse them ---------

/// Sieve capability line `"NAME" "value"` -> `NAME value` (no value: `NAME`).
QString sieveCapability(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\"([^\"]*)\"(?:\\s+\"([^\"]*)\")?"));
    const QRegularExpressionMatch m = re.match(line.trimmed());
    if (!m.hasMatch())
        return line.trimmed();
    QString cap = m.captured(1).toUpper();
    if (!m.captured(2).isEmpty())
        cap += QLatin1Char(' ') + m.captured(2);
    return cap;
}

QStringList normalized(const QStringList &caps)
{
    QStringList out;
    for (const QString &c : caps)
        out.append(c.simplified().toUpper());
    out.sort();
    return out;
}

/// Exact token match on the capability's name ("AUTH PLAIN" is named AUTH;
/// IMAP's "AUTH=PLAIN" is compared whole), never by substring.
bool hasCapability(const QStringList &caps, const QString &name)
{
    for (const QString &c : caps) {
        const QString first = c.simplified().section(QLatin1Char(' '), 0, 0);
        if (first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList capabilityArguments(const QStringList &caps, const QString &name)
{
    for (const QString &c : caps) {
        const QStringList words = c.simplified().split(QLatin1Char(' '));
        if (words.constFirst().compare(name, Qt::CaseInsensitive) == 0)
            return words.mid(1);
    }
    return {};
}

// --- witness 1: a plain socket, before any TLS ---------------------------

class PlainDialogue
{
public:
    bool connectTo(const QString &address, quint16 port)
    {
        m_socket.connectToHost(address, port);
        if (m_socket.waitForConnected(witnessTimeoutMs))
            return true;
        m_error = m_socket.errorString();
        return false;
    }
    /// Reads one line without its CRLF; false (and error()) when none came.
    bool readLine(QString *line)
    {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(witnessTimeoutMs)) {
                m_error = QStringLiteral("no complete line: ") + m_socket.errorString();
                return false;
            }
        }
        *line = QString::fromUtf8(m_socket.readLine()).trimmed();
        return true;
    }
    void send(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        m_socket.waitForBytesWritten(witnessTimeoutMs);
    }
    QString error() const { return m_error; }

private:
    QTcpSocket m_socket;
    QString m_error;
};

struct PlainView
{
    QString greeting; ///< first line the server sent
    QStringList capabilities;
    QString error;
};

/// Greets the server and asks for its capabilities without TLS.
PlainView plainCapabilities(Dialogue dialogue, const QString &address, quint16 port)
{
    PlainView view;
    PlainDialogue d;
    if (!d.connectTo(address, port)) {
        view.error = d.error();
        return view;
    }
    QString line;
    bool ok = d.readLine(&line);
    if (!ok) {
        view.error = d.error();
        return view;
    }
    view.greeting = line;
    switch (dialogue) {
    case Dialogue::Smtp:
        while (ok && line.size() > 3 && line.at(3) == QLatin1Char('-'))
            ok = d.readLine(&line);
        d.send("EHLO mailinspect.localhost");
        for (bool first = true; (ok = d.readLine(&line)); first = false) {
            if (!first)
                view.capabilities << line.mid(4);
            if (line.size() <= 3 || line.at(3) != QLatin1Char('-'))
                break;
        }
        d.send("QUIT");
        break;
    case Dialogue::Imap:
        d.send("a CAPABILITY");
        while ((ok = d.readLine(&line)) && !line.startsWith(QLatin1String("a "))) {
            if (line.startsWith(QLatin1String("* CAPABILITY "), Qt::CaseInsensitive))
                view.capabilities << line.mid(13).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        d.send("b LOGOUT");
        break;
    case Dialogue::Pop3:
        d.send("CAPA");
        ok = d.readLine(&line); // +OK
        while (ok && (ok = d.readLine(&line)) && line != QLatin1String("."))
            view.capabilities << line;
        d.send("QUIT");
        break;
    case Dialogue::Sieve:
        // The greeting is the capability list, ending in OK.
        for (; ok && !line.startsWith(QLatin1String("OK")); ok = d.readLine(&line))
            view.capabilities << sieveCapability(line);
        d.send("LOGOUT");
        break;
    }
    if (!ok)
        view.error = d.error();
    return view;
}

// --- witness 2: openssl s_client, inside TLS -----------------------------

struct SClientView
{
    QString protocol;
    QString cipher;
    int verifyCode = -1;
    QStringList capabilities;
    QString output;
    QString errorOutput;
    QString error;
};

const char *starttlsName(Dialogue dialogue)
{
    switch (dialogue) {
    case Dialogue::Smtp:
        return "smtp";
    case Dialogue::Imap:
        return "imap";
    case Dialogue::Pop3:
        return "pop3";
    case Dialogue::Sieve:
        return "sieve";
    }
    return "";
}

/// The capability reply to the command sent inside TLS, found in s_client's
/// output (which also holds its own pre-TLS dialogue and session details).
QStringList capabilitiesInTls(Dialogue dialogue, const QStringList &lines)
{
    QStringList last;
    QStringList current;
    switch (dialogue) {
    case Dialogue::Smtp:
        // The EHLO reply: a 250- run closed by a "250 " line, at least 2 lines.
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("250-"))) {
                current << l.mid(4);
            } else if (l.startsWith(QLatin1String("250 "))) {
                current << l.mid(4);
                if (current.size() > 1)
                    last = current.mid(1); // without the server's name
                current.clear();
            } else {
                current.clear();
            }
        }
        break;
    case Dialogue::Imap:
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("* CAPABILITY "), Qt::CaseInsensitive))
                last = l.mid(13).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        break;
    case Dialogue::Pop3: {
        bool inCapa = false;
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("+OK"))) {
                inCapa = true;
                current.clear();
            } else if (inCapa && l == QLatin1String(".")) {
                if (!current.isEmpty())
                    last = current;
                inCapa = false;
            } else if (inCapa) {
                current << l;
            }
        }
        break;
    }
    case Dialogue::Sieve:
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1Char('"'))) {
                current << sieveCapability(l);
            } else {
                if (l.startsWith(QLatin1String("OK")) && !current.isEmpty()
                    && hasCapability(current, QStringLiteral("IMPLEMENTATION")))
                    last = current;
                current.clear();
            }
        }
        break;
    }
    return last;
}

SClientView sClient(Dialogue dialogue, bool starttls, const QString &address, quint16 port,
                    const QString &caFile)
{
    SClientView view;
    QStringList args {QStringLiteral("s_client"),
                      QStringLiteral("-connect"),
                      QStringLiteral("%1:%2").arg(address).arg(port),
                      QStringLiteral("-servername"),
                      testHost,
                      QStringLiteral("-verify_hostname"),
                      testHost,
                      QStringLiteral("-CAfile"),
                      caFile,
                      QStringLiteral("-ign_eof")};
    if (starttls)
        args << QStringLiteral("-starttls") << QLatin1String(starttlsName(dialogue));
    QByteArray input;
    switch (dialogue) {
    case Dialogue::Smtp:
        input = "EHLO mailinspect.localhost\r\nQUIT\r\n";
        break;
    case Dialogue::Imap:
        input = "rs1 CAPABILITY\r\nrs2 LOGOUT\r\n";
        break;
    case Dialogue::Pop3:
        input = "CAPA\r\nQUIT\r\n";
        break;
    case Dialogue::Sieve:
        input = "CAPABILITY\r\nLOGOUT\r\n";
        break;
    }
    QProcess process;
    // Only stdout carries the session: s_client writes its verification
    // trace and leftovers of its own pre-TLS dialogue to stderr, and a merged
    // stream could interleave them in the middle of a server line.
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForStarted(witnessTimeoutMs)) {
        view.error = QStringLiteral("cannot run openssl: ") + process.errorString();
        return view;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(witnessTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        view.error = QStringLiteral("openssl s_client did not finish");
    }
    view.output = QString::fromUtf8(process.readAllStandardOutput());
    view.errorOutput = QString::fromUtf8(process.readAllStandardError());
    // s_client indents some server lines it echoes; capability lines never
    // carry meaningful leading or trailing blanks.
    QStringList lines;
    const QStringList raw = view.output.split(QLatin1Char('\n'));
    for (const QString &l : raw)
        lines << l.trimmed();

    static const QRegularExpression negotiated(QStringLiteral("^New, (\\S+), Cipher is (\\S+)$"),
                                               QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = negotiated.match(view.output);
    if (m.hasMatch()) {
        view.protocol = m.captured(1);
        view.cipher = m.captured(2);
    } else if (view.error.isEmpty()) {
        view.error = QStringLiteral("no \"New, <protocol>, Cipher is <cipher>\" line");
    }
    static const QRegularExpression verify(QStringLiteral("Verify return code: (\\d+)"));
    const QRegularExpressionMatch v = verify.match(view.output);
    if (v.hasMatch())
        view.verifyCode = v.captured(1).toInt();
    view.capabilities = capabilitiesInTls(dialogue, lines);
    return view;
}

QString sha256Hex(const QString &pkiName)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(pkiFile(pkiName));
    if (certs.isEmpty())
        return {};
    return QString::fromLatin1(certs.constFirst().digest(QCryptographicHash::Sha256).toHex());
}

QString plainHex(QString fingerprint)
{
    return fingerprint.remove(QLatin1Char(':')).toLower();
}

} // namespace

class RealServersTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void secureListeners_data();
    void secureListeners();

    void wrongName();
    void expired();

    void wrongSecurityMode_data();
    void wrongSecurityMode();

    void login_data();
    void login();
    void wrongPassword_data();
    void wrongPassword();
    void accountChecks_data();
    void accountChecks();

private:
    QString address(const Listener &l) const
    {
        return l.dovecot ? m_env.value(QStringLiteral("DOVECOT_ADDRESS"))
                         : m_env.value(QStringLiteral("POSTFIX_ADDRESS"));
    }
    quint16 port(const char *key) const
    {
        return quint16(m_env.value(QLatin1String(key)).toUInt());
    }
    QString context(const Listener &l, const char *security) const
    {
        return QStringLiteral("%1 listener (%2:%3, --security %4)")
            .arg(QLatin1String(l.name), address(l))
            .arg(port(l.portKey))
            .arg(QLatin1String(security));
    }
    QStringList cliArguments(const QString &scheme, const QString &connectAddress,
                             quint16 targetPort, const QString &security) const;
    void checkCertificateProblem(const char *portKey, const QString &pkiName, int opensslCode,
                                 const QRegularExpression &errorText, const QString &findingId);

    QHash<QString, QString> m_env;
    QString m_caFile;
};

void RealServersTest::initTestCase()
{
    const QString text = readFile(runDir() + QStringLiteral("/ports.env"));
    QVERIFY2(!text.isEmpty(), "run/ports.env missing: the realservers fixture is not running");
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            m_env.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    m_caFile = pkiFile(QStringLiteral("ca.pem"));
    for (const Listener &l : allListeners)
        QVERIFY2(port(l.portKey) > 0, l.portKey);
    QVERIFY2(QFile::exists(qEnvironmentVariable("MAILINSPECT_CLI")),
             "MAILINSPECT_CLI does not name the built mailinspect-cli");
}

QStringList RealServersTest::cliArguments(const QString &scheme, const QString &connectAddress,
                                          quint16 targetPort, const QString &security) const
{
    return {QStringLiteral("--format"),
            QStringLiteral("json"),
            QStringLiteral("--connect-address"),
            connectAddress,
            QStringLiteral("--ca-file"),
            m_caFile,
            QStringLiteral("--timeout"),
            QString::number(cliTimeoutSeconds),
            QStringLiteral("--security"),
            security,
            QStringLiteral("%1://%2:%3").arg(scheme, testHost).arg(targetPort)};
}

void RealServersTest::secureListeners_data()
{
    QTest::addColumn<QString>("listener");
    for (const Listener &l : allListeners)
        QTest::newRow(l.name) << QString::fromLatin1(l.name);
}

void RealServersTest::secureListeners()
{
    QFETCH(QString, listener);
    const Listener &l = *listenerNamed(listener);
    const bool starttls = qstrcmp(l.security, "starttls") == 0;
    const QString where = context(l, l.security);
    const quint16 p = port(l.portKey);

    const CliRun run
        = runCli(cliArguments(QLatin1String(l.scheme), address(l), p, QLatin1String(l.security)));
    const QString digest = describe(run);
    QVERIFY2(run.parseError.isEmpty(), qPrintable(where + QStringLiteral(":\n    ") + digest));
    const QJsonObject &report = run.report;

    // Verdict and exit status.
    QVERIFY2(report.value(QLatin1String("verdict")).toString() == QLatin1String("secure"),
             qPrintable(where + QStringLiteral(": verdict is not secure\n    ") + digest));
    QVERIFY2(run.exitCode == 0,
             qPrintable(where + QStringLiteral(": exit status not 0\n    ") + digest));

    // The steps a secure session goes through, each ok.
    QStringList required {QStringLiteral("greeting"), QStringLiteral("tls-handshake"),
                          QStringLiteral("certificate"), QStringLiteral("quit")};
    if (starttls) {
        required << QStringLiteral("capabilities") << QStringLiteral("starttls")
                 << QStringLiteral("capabilities-after-tls");
    }
    for (const QString &id : std::as_const(required)) {
        const QJsonObject step = lastStep(report, id);
        QVERIFY2(!step.isEmpty(),
                 qPrintable(where + QStringLiteral(": no step \"") + id + QStringLiteral("\"\n    ")
                            + digest));
        QVERIFY2(step.value(QLatin1String("status")).toString() == QLatin1String("ok"),
                 qPrintable(where + QStringLiteral(": step \"") + id
                            + QStringLiteral("\" is not ok\n    ") + digest));
    }

    // Capabilities exactly as the server sends them: before TLS as a plain
    // socket sees them, inside TLS as openssl s_client sees them.
    const QJsonObject caps = report.value(QLatin1String("capabilities")).toObject();
    const QStringList before = stringList(caps.value(QLatin1String("before_tls")));
    const QStringList after = stringList(caps.value(QLatin1String("after_tls")));
    const SClientView witness = sClient(l.dialogue, starttls, address(l), p, m_caFile);
    QVERIFY2(witness.error.isEmpty(),
             qPrintable(where + QStringLiteral(": openssl s_client: ") + witness.error
                        + QStringLiteral("\n") + witness.output.right(1500)
                        + witness.errorOutput.right(600)));
    QVERIFY2(!witness.capabilities.isEmpty(),
             qPrintable(where + QStringLiteral(": no capabilities in s_client's output\n")
                        + witness.output.right(1500) + witness.errorOutput.right(600)));
    QVERIFY2(normalized(after) == normalized(witness.capabilities),
             qPrintable(where
                        + QStringLiteral(": capabilities after TLS differ from what "
                                         "openssl s_client got\n    report:   ")
                        + after.join(QStringLiteral(" | ")) + QStringLiteral("\n    s_client: ")
                        + witness.capabilities.join(QStringLiteral(" | "))));
    if (starttls) {
        const PlainView plain = plainCapabilities(l.dialogue, address(l), p);
        QVERIFY2(plain.error.isEmpty(),
                 qPrintable(where + QStringLiteral(": plain dialogue: ") + plain.error));
        QVERIFY2(normalized(before) == normalized(plain.capabilities),
                 qPrintable(where
                            + QStringLiteral(": capabilities before TLS differ from what "
                                             "a plain socket got\n    report: ")
                            + before.join(QStringLiteral(" | ")) + QStringLiteral("\n    socket: ")
                            + plain.capabilities.join(QStringLiteral(" | "))));

        // The first line of the transcript is the greeting the server sent.
        const QJsonArray transcript = report.value(QLatin1String("transcript")).toArray();
        QString firstServerLine;
        for (const QJsonValue &v : transcript) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("dir")).toString() == QLatin1String("server")) {
                firstServerLine = e.value(QLatin1String("text")).toString();
                break;
            }
        }
        QCOMPARE(firstServerLine, plain.greeting);
    } else {
        QVERIFY2(before.isEmpty(),
                 qPrintable(where
                            + QStringLiteral(": capabilities before TLS on an implicit-TLS "
                                             "port: ")
                            + before.join(QLatin1Char(' '))));
    }

    // What each server is known to announce.
    const QString upgrade
        = l.dialogue == Dialogue::Pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS");
    if (starttls)
        QVERIFY2(
            hasCapability(before, upgrade),
            qPrintable(where + QStringLiteral(": no ") + upgrade + QStringLiteral(" before TLS")));
    QVERIFY2(!hasCapability(after, upgrade),
             qPrintable(where + QStringLiteral(": ") + upgrade + QStringLiteral(" after TLS")));
    switch (l.dialogue) {
    case Dialogue::Smtp:
        if (qstrcmp(l.name, "smtp") != 0) {
            // Submission and submissions authenticate through Dovecot, inside TLS only.
            QVERIFY2(capabilityArguments(after, QStringLiteral("AUTH"))
                         .contains(QLatin1String("PLAIN"), Qt::CaseInsensitive),
                     qPrintable(where + QStringLiteral(": no AUTH PLAIN after TLS")));
            QVERIFY2(!hasCapability(before, QStringLiteral("AUTH")),
                     qPrintable(where + QStringLiteral(": AUTH offered before TLS")));
        }
        break;
    case Dialogue::Imap:
        if (starttls) {
            QVERIFY2(hasCapability(before, QStringLiteral("LOGINDISABLED")),
                     qPrintable(where
                                + QStringLiteral(": no LOGINDISABLED before TLS (is "
                                                 "Dovecot treating the client as local?)")));
            QVERIFY2(!hasCapability(before, QStringLiteral("AUTH=PLAIN")),
                     qPrintable(where + QStringLiteral(": AUTH=PLAIN before TLS")));
        }
        QVERIFY2(hasCapability(after, QStringLiteral("AUTH=PLAIN")),
                 qPrintable(where + QStringLiteral(": no AUTH=PLAIN after TLS")));
        QVERIFY2(!hasCapability(after, QStringLiteral("LOGINDISABLED")),
                 qPrintable(where + QStringLiteral(": LOGINDISABLED after TLS")));
        break;
    case Dialogue::Pop3:
        QVERIFY2(hasCapability(after, QStringLiteral("USER")),
                 qPrintable(where + QStringLiteral(": no USER after TLS")));
        QVERIFY2(capabilityArguments(after, QStringLiteral("SASL"))
                     .contains(QLatin1String("PLAIN"), Qt::CaseInsensitive),
                 qPrintable(where + QStringLiteral(": no SASL PLAIN after TLS")));
        if (starttls) {
            QVERIFY2(!hasCapability(before, QStringLiteral("USER")),
                     qPrintable(where + QStringLiteral(": USER offered before TLS")));
        }
        break;
    case Dialogue::Sieve:
        QVERIFY2(capabilityArguments(before, QStringLiteral("SASL")).isEmpty(),
                 qPrintable(where + QStringLiteral(": SASL mechanisms before TLS")));
        QVERIFY2(capabilityArguments(after, QStringLiteral("SASL"))
                     .contains(QLatin1String("PLAIN"), Qt::CaseInsensitive),
                 qPrintable(where + QStringLiteral(": no SASL PLAIN after TLS")));
        break;
    }

    // TLS: what openssl negotiated with the same listener, a verified chain
    // that starts with the test PKI's good certificate.
    const QJsonObject tls = report.value(QLatin1String("tls")).toObject();
    QCOMPARE(tls.value(QLatin1String("protocol")).toString(), witness.protocol);
    QCOMPARE(tls.value(QLatin1String("cipher")).toString(), witness.cipher);
    QCOMPARE(witness.verifyCode, 0);
    QVERIFY2(tls.value(QLatin1String("verified")).toBool(),
             qPrintable(where + QStringLiteral(": certificate not verified\n    ") + digest));
    QVERIFY2(stringList(tls.value(QLatin1String("errors"))).isEmpty(),
             qPrintable(where + QStringLiteral(": TLS errors\n    ") + digest));
    const QJsonArray chain = tls.value(QLatin1String("chain")).toArray();
    QVERIFY2(!chain.isEmpty(), qPrintable(where + QStringLiteral(": empty certificate chain")));
    const QJsonObject leaf = chain.first().toObject();
    QCOMPARE(plainHex(leaf.value(QLatin1String("sha256")).toString()),
             sha256Hex(QStringLiteral("good.leaf.pem")));
    QVERIFY2(stringList(leaf.value(QLatin1String("subject_alt_names")))
                 .join(QLatin1Char(' '))
                 .contains(testHost),
             qPrintable(where + QStringLiteral(": mail.test not among the leaf's names")));

    // The transcript says which lines travelled inside TLS.
    const QJsonArray transcript = report.value(QLatin1String("transcript")).toArray();
    int plainClientLines = 0;
    int tlsServerLines = 0;
    bool upgradeSentInPlain = false;
    // IMAP puts a tag in front of the command.
    const QRegularExpression upgradeCommand(QStringLiteral("^(\\S+ )?%1$").arg(upgrade),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QJsonValue &v : transcript) {
        const QJsonObject e = v.toObject();
        const QString dir = e.value(QLatin1String("dir")).toString();
        const bool inTls = e.value(QLatin1String("tls")).toBool();
        if (dir == QLatin1String("client") && !inTls) {
            ++plainClientLines;
            if (upgradeCommand.match(e.value(QLatin1String("text")).toString()).hasMatch())
                upgradeSentInPlain = true;
        }
        if (dir == QLatin1String("server") && inTls)
            ++tlsServerLines;
    }
    QVERIFY2(tlsServerLines > 0,
             qPrintable(where + QStringLiteral(": no server line marked as inside TLS")));
    if (starttls) {
        QVERIFY2(upgradeSentInPlain,
                 qPrintable(where + QStringLiteral(": no plain-text ") + upgrade
                            + QStringLiteral(" in the transcript")));
    } else {
        QVERIFY2(plainClientLines == 0,
                 qPrintable(where
                            + QStringLiteral(": client lines outside TLS on an "
                                             "implicit-TLS port")));
    }
}

void RealServersTest::checkCertificateProblem(const char *portKey, const QString &pkiName,
                                              int opensslCode, const QRegularExpression &errorText,
                                              const QString &findingId)
{
    const Listener smtp = {"smtp", "smtp", "starttls", portKey, false, Dialogue::Smtp};
    const QString where = context(smtp, "starttls");
    const quint16 p = port(portKey);

    // The listener really serves that certificate: openssl says so too.
    const SClientView witness = sClient(Dialogue::Smtp, true, address(smtp), p, m_caFile);
    QVERIFY2(witness.verifyCode == opensslCode,
             qPrintable(where
                        + QStringLiteral(": openssl verify code %1, expected %2\n")
                              .arg(witness.verifyCode)
                              .arg(opensslCode)
                        + witness.output.right(1500) + witness.errorOutput.right(600)));

    const CliRun run = runCli(
        cliArguments(QStringLiteral("smtp"), address(smtp), p, QStringLiteral("starttls")));
    const QString digest = describe(run);
    QVERIFY2(run.parseError.isEmpty(), qPrintable(where + QStringLiteral(":\n    ") + digest));
    const QJsonObject &report = run.report;
    QVERIFY2(report.value(QLatin1String("verdict")).toString() != QLatin1String("secure"),
             qPrintable(where + QStringLiteral(": verdict secure with a bad certificate\n    ")
                        + digest));
    QVERIFY2(run.exitCode == 1,
             qPrintable(where + QStringLiteral(": exit status not 1\n    ") + digest));
    const QJsonObject tls = report.value(QLatin1String("tls")).toObject();
    QVERIFY2(
        !tls.value(QLatin1String("verified")).toBool(),
        qPrintable(where + QStringLiteral(": certificate reported as verified\n    ") + digest));
    const QStringList errors = stringList(tls.value(QLatin1String("errors")));
    bool explained = false;
    for (const QString &e : errors)
        explained = explained || errorText.match(e).hasMatch();
    QVERIFY2(explained,
             qPrintable(where + QStringLiteral(": no TLS error matching /") + errorText.pattern()
                        + QStringLiteral("/\n    ") + digest));
    const QJsonArray chain = tls.value(QLatin1String("chain")).toArray();
    QVERIFY2(!chain.isEmpty(), qPrintable(where + QStringLiteral(": empty certificate chain")));
    QCOMPARE(plainHex(chain.first().toObject().value(QLatin1String("sha256")).toString()),
             sha256Hex(pkiName + QStringLiteral(".leaf.pem")));

    // Once the diagnosis runs, it names the problem by its id.
    const QStringList ids = findingIds(report);
    if (ids.isEmpty())
        qInfo("%s: no findings yet (diagnosis not wired in); TLS error text checked instead",
              qPrintable(where));
    else
        QVERIFY2(ids.contains(findingId),
                 qPrintable(where + QStringLiteral(": no finding ") + findingId
                            + QStringLiteral("\n    ") + digest));
}

void RealServersTest::wrongName()
{
    static const QRegularExpression nameError(
        QStringLiteral("host ?name|name.*(match|mismatch)|not valid for"),
        QRegularExpression::CaseInsensitiveOption);
    checkCertificateProblem("SMTP_WRONGNAME_PORT", QStringLiteral("wrongname"), 62, nameError,
                            QStringLiteral("certificate-name-mismatch"));
}

void RealServersTest::expired()
{
    static const QRegularExpression expiredError(QStringLiteral("expired"),
                                                 QRegularExpression::CaseInsensitiveOption);
    checkCertificateProblem("SMTP_EXPIRED_PORT", QStringLiteral("expired"), 10, expiredError,
                            QStringLiteral("certificate-expired"));
}

void RealServersTest::wrongSecurityMode_data()
{
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("security");
    const auto row
        = [](const char *name, const char *listener, const char *scheme, const char *security) {
              QTest::newRow(name) << QString::fromLatin1(listener) << QString::fromLatin1(scheme)
                                  << QString::fromLatin1(security);
          };
    // Implicit TLS where the server greets in plain text...
    row("tls on smtp", "smtp", "smtp", "tls");
    row("tls on submission", "submission", "submission", "tls");
    row("tls on imap", "imap", "imap", "tls");
    row("tls on pop3", "pop3", "pop3", "tls");
    row("tls on sieve", "sieve", "sieve", "tls");
    // ...and STARTTLS where the server waits silently for a ClientHello.
    row("starttls on smtps", "smtps", "submission", "starttls");
    row("starttls on imaps", "imaps", "imap", "starttls");
    row("starttls on pop3s", "pop3s", "pop3", "starttls");
}

void RealServersTest::wrongSecurityMode()
{
    QFETCH(QString, listener);
    QFETCH(QString, scheme);
    QFETCH(QString, security);
    const Listener &l = *listenerNamed(listener);
    const QString where = context(l, qPrintable(security));

    const CliRun run = runCli(cliArguments(scheme, address(l), port(l.portKey), security));
    const QString digest = describe(run);
    QVERIFY2(run.finished, qPrintable(where + QStringLiteral(": hung\n    ") + digest));
    QVERIFY2(run.elapsedMs < 2 * cliTimeoutSeconds * 1000,
             qPrintable(where
                        + QStringLiteral(": took %1 ms, more than twice the %2 s timeout\n"
                                         "    ")
                              .arg(run.elapsedMs)
                              .arg(cliTimeoutSeconds)
                        + digest));
    QVERIFY2(run.parseError.isEmpty(), qPrintable(where + QStringLiteral(":\n    ") + digest));
    QVERIFY2(
        run.report.value(QLatin1String("verdict")).toString() != QLatin1String("secure"),
        qPrintable(where + QStringLiteral(": verdict secure in the wrong mode\n    ") + digest));
    QVERIFY2(run.exitCode == 1,
             qPrintable(where + QStringLiteral(": exit status not 1\n    ") + digest));
    const QStringList ids = findingIds(run.report);
    if (!ids.contains(QLatin1String("wrong-security-mode")))
        qInfo("%s: findings [%s] (no wrong-security-mode yet)", qPrintable(where),
              qPrintable(ids.join(QStringLiteral(", "))));
}

// Dovecot offers PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1 and SCRAM-SHA-256 on
// every protocol (Postfix's submission through Dovecot SASL); each is asked
// for by name, and the automatic choice must pick the strongest.
void RealServersTest::login_data()
{
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("mechanism"); // asked; "" for the automatic choice
    QTest::addColumn<QString>("used"); // what the report's login object names
    for (const char *name : {"submission", "smtps", "imap", "imaps", "pop3", "pop3s", "sieve"}) {
        QTest::addRow("%s automatic", name)
            << QString::fromLatin1(name) << QString() << QStringLiteral("SCRAM-SHA-256");
        for (const char *mechanism : {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"})
            QTest::addRow("%s %s", name, mechanism)
                << QString::fromLatin1(name) << QString::fromLatin1(mechanism)
                << QString::fromLatin1(mechanism);
    }
    QTest::newRow("pop3 USER/PASS")
        << QStringLiteral("pop3") << QStringLiteral("user") << QStringLiteral("USER");
}

void RealServersTest::login()
{
    QFETCH(QString, listener);
    QFETCH(QString, mechanism);
    QFETCH(QString, used);
    const Listener &l = *listenerNamed(listener);
    const QString where = context(l, l.security) + QLatin1Char(' ')
        + (mechanism.isEmpty() ? QStringLiteral("automatic") : mechanism);
    QStringList mechanismArgs;
    if (!mechanism.isEmpty())
        mechanismArgs << QStringLiteral("--auth-mechanism") << mechanism;
    const QString passwordFile = m_env.value(QStringLiteral("PASSWORD_FILE"));
    const QByteArray password = readFile(passwordFile).toUtf8();
    const QByteArray user = m_env.value(QStringLiteral("USER")).toUtf8();
    QVERIFY2(!password.isEmpty() && !user.isEmpty(), "no test user in ports.env");

    const CliRun run
        = runCli(cliArguments(QLatin1String(l.scheme), address(l), port(l.portKey),
                              QLatin1String(l.security))
                 << QStringLiteral("--user") << QString::fromUtf8(user)
                 << QStringLiteral("--password-file") << passwordFile << mechanismArgs);
    const QString digest = describe(run);
    QVERIFY2(run.parseError.isEmpty(), qPrintable(where + QStringLiteral(":\n    ") + digest));
    const QJsonObject step = lastStep(run.report, QStringLiteral("authenticate"));
    QVERIFY2(
        step.value(QLatin1String("status")).toString() == QLatin1String("ok"),
        qPrintable(where + QStringLiteral(": step \"authenticate\" is not ok\n    ") + digest));
    const QJsonObject loginFacts = run.report.value(QLatin1String("login")).toObject();
    QVERIFY2(loginFacts.value(QLatin1String("result")).toString() == QLatin1String("ok"),
             qPrintable(where + QStringLiteral(": login.result is not ok\n    ") + digest));
    QVERIFY2(loginFacts.value(QLatin1String("mechanism")).toString() == used,
             qPrintable(where + QStringLiteral(": login.mechanism is not ") + used
                        + QStringLiteral("\n    ") + digest));
    QVERIFY2(!loginFacts.value(QLatin1String("server_proof_invalid")).toBool(),
             qPrintable(where + QStringLiteral(": the server's SCRAM proof did not verify")));
    QVERIFY2(run.report.value(QLatin1String("verdict")).toString() == QLatin1String("secure"),
             qPrintable(where + QStringLiteral(": verdict is not secure\n    ") + digest));
    QCOMPARE(run.exitCode, 0);

    // The secret never appears, in clear or in any encoding a mechanism uses.
    const QList<QByteArray> secrets {password, password.toBase64(),
                                     ('\0' + user + '\0' + password).toBase64(),
                                     (user + '\0' + user + '\0' + password).toBase64()};
    for (const QByteArray &secret : secrets)
        QVERIFY2(!run.out.contains(secret),
                 qPrintable(where + QStringLiteral(": the password appears in the report")));

    // Credentials only ever travelled inside TLS.
    static const QRegularExpression credentialCommand(
        QStringLiteral("^(\\S+ )?(AUTH|AUTHENTICATE|LOGIN|USER|PASS)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QJsonArray transcript = run.report.value(QLatin1String("transcript")).toArray();
    for (const QJsonValue &v : transcript) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("dir")).toString() != QLatin1String("client")
            || e.value(QLatin1String("tls")).toBool())
            continue;
        const QString text = e.value(QLatin1String("text")).toString();
        QVERIFY2(!credentialCommand.match(text).hasMatch(),
                 qPrintable(where + QStringLiteral(": sent outside TLS: ") + text));
    }
}

void RealServersTest::wrongPassword_data()
{
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("mechanism");
    for (const char *name : {"submission", "imap", "pop3", "sieve"}) {
        for (const char *mechanism : {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"})
            QTest::addRow("%s %s", name, mechanism)
                << QString::fromLatin1(name) << QString::fromLatin1(mechanism);
    }
    QTest::newRow("pop3 USER/PASS") << QStringLiteral("pop3") << QStringLiteral("USER");
}

void RealServersTest::wrongPassword()
{
    QFETCH(QString, listener);
    QFETCH(QString, mechanism);
    const Listener &l = *listenerNamed(listener);
    const QString where = context(l, l.security) + QLatin1Char(' ') + mechanism;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString wrongFile = dir.filePath(QStringLiteral("wrong-password"));
    QFile f(wrongFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not-the-password");
    f.close();

    const CliRun run = runCli(cliArguments(QLatin1String(l.scheme), address(l), port(l.portKey),
                                           QLatin1String(l.security))
                              << QStringLiteral("--user") << m_env.value(QStringLiteral("USER"))
                              << QStringLiteral("--password-file") << wrongFile
                              << QStringLiteral("--auth-mechanism") << mechanism);
    const QString digest = describe(run);
    QVERIFY2(run.parseError.isEmpty(), qPrintable(where + QStringLiteral(":\n    ") + digest));
    const QJsonObject step = lastStep(run.report, QStringLiteral("authenticate"));
    QVERIFY2(step.value(QLatin1String("status")).toString() == QLatin1String("error"),
             qPrintable(where
                        + QStringLiteral(": a wrong password did not fail the "
                                         "\"authenticate\" step\n    ")
                        + digest));
    QVERIFY2(run.exitCode == 1,
             qPrintable(where + QStringLiteral(": exit status not 1\n    ") + digest));
    const QJsonObject loginFacts = run.report.value(QLatin1String("login")).toObject();
    QVERIFY2(loginFacts.value(QLatin1String("result")).toString() == QLatin1String("refused"),
             qPrintable(where + QStringLiteral(": login.result is not refused\n    ") + digest));
    QVERIFY2(loginFacts.value(QLatin1String("mechanism")).toString() == mechanism.toUpper(),
             qPrintable(where + QStringLiteral(": login.mechanism\n    ") + digest));
    QVERIFY2(!run.out.contains("not-the-password"),
             qPrintable(where + QStringLiteral(": the password appears in the report")));
    // Real Dovecot and Postfix codes (535 5.7.8, [AUTHENTICATIONFAILED], [AUTH]):
    // a wrong password, and the connection itself still secure.
    const QStringList ids = findingIds(run.report);
    QVERIFY2(ids.contains(QLatin1String("auth-failed")),
             qPrintable(where + QStringLiteral(": no finding auth-failed\n    ") + digest));
    QVERIFY2(
        run.report.value(QLatin1String("verdict")).toString() == QLatin1String("secure"),
        qPrintable(where + QStringLiteral(": a refused login changed the verdict\n    ") + digest));
    // The step that failed still ends with a clean goodbye.
    QCOMPARE(lastStep(run.report, QStringLiteral("quit")).value(QLatin1String("status")).toString(),
             QStringLiteral("ok"));
}

// After a successful login: Dovecot's quota (19 of 20 messages, see
// realservers.sh) and Postfix's smtpd_sender_login_maps (the test user owns
// only its own address).
void RealServersTest::accountChecks_data()
{
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("stepStatus");
    QTest::newRow("imap quota nearly full")
        << QStringLiteral("imap") << QStringList() << QStringLiteral("mailbox-nearly-full") << 0
        << QStringLiteral("quota") << QStringLiteral("warning");
    QTest::newRow("pop3 message count") << QStringLiteral("pop3") << QStringList() << QString() << 0
                                        << QStringLiteral("mailbox") << QStringLiteral("ok");
    // Postfix refuses a foreign sender at RCPT TO (smtpd_delay_reject); without
    // --rcpt-to the sender's own address is the recipient asked for.
    QTest::newRow("submission foreign sender")
        << QStringLiteral("submission")
        << QStringList {QStringLiteral("--mail-from"), QStringLiteral("boss@mail.test")}
        << QStringLiteral("sender-not-permitted") << 1 << QStringLiteral("recipient")
        << QStringLiteral("error");
    QTest::newRow("submission own sender")
        << QStringLiteral("submission")
        << QStringList {QStringLiteral("--mail-from"), QStringLiteral("alice@mail.test"),
                        QStringLiteral("--rcpt-to"), QStringLiteral("friend@example.net")}
        << QString() << 0 << QStringLiteral("recipient") << QStringLiteral("ok");
}

void RealServersTest::accountChecks()
{
    QFETCH(QString, listener);
    QFETCH(QStringList, extra);
    QFETCH(QString, finding);
    QFETCH(int, exitCode);
    QFETCH(QString, step);
    QFETCH(QString, stepStatus);
    const Listener &l = *listenerNamed(listener);
    const QString where = context(l, l.security);
    const CliRun run = runCli(cliArguments(QLatin1String(l.scheme), address(l), port(l.portKey),
                                           QLatin1String(l.security))
                              << QStringLiteral("--user") << m_env.value(QStringLiteral("USER"))
                              << QStringLiteral("--password-file")
                              << m_env.value(QStringLiteral("PASSWORD_FILE")) << extra);
    const QString digest = describe(run);
    QVERIFY2(run.parseError.isEmpty(), qPrintable(where + QStringLiteral(":\n    ") + digest));
    QVERIFY2(lastStep(run.report, QStringLiteral("authenticate"))
                     .value(QLatin1String("status"))
                     .toString()
                 == QLatin1String("ok"),
             qPrintable(where + QStringLiteral(": the login failed\n    ") + digest));
    QVERIFY2(lastStep(run.report, step).value(QLatin1String("status")).toString() == stepStatus,
             qPrintable(where
                        + QStringLiteral(": step \"%1\" is not %2\n    ").arg(step, stepStatus)
                        + digest));
    const QStringList ids = findingIds(run.report);
    if (!finding.isEmpty())
        QVERIFY2(ids.contains(finding),
                 qPrintable(where + QStringLiteral(": no finding %1\n    ").arg(finding) + digest));
    for (const char *id :
         {"sender-not-permitted", "recipient-rejected", "mailbox-full", "mailbox-check-failed"}) {
        if (finding != QLatin1String(id))
            QVERIFY2(!ids.contains(QLatin1String(id)),
                     qPrintable(where
                                + QStringLiteral(": unexpected %1\n    ").arg(QLatin1String(id))
                                + digest));
    }
    QVERIFY2(run.report.value(QLatin1String("verdict")).toString() == QLatin1String("secure"),
             qPrintable(where + QStringLiteral(": verdict is not secure\n    ") + digest));
    QVERIFY2(
        run.exitCode == exitCode,
        qPrintable(where + QStringLiteral(": exit status not %1\n    ").arg(exitCode) + digest));
    // Never a message: the envelope is dropped with RSET, DATA is never sent.
    const QJsonArray transcript = run.report.value(QLatin1String("transcript")).toArray();
    for (const QJsonValue &v : transcript) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("dir")).toString() == QLatin1String("client"))
            QVERIFY2(!e.value(QLatin1String("text")).toString().startsWith(QLatin1String("DATA")),
                     qPrintable(where + QStringLiteral(": DATA was sent")));
    }
    if (listener == QLatin1String("submission"))
        QCOMPARE(
            lastStep(run.report, QStringLiteral("reset")).value(QLatin1String("status")).toString(),
            QStringLiteral("ok"));
}

// --- before any test: is the fixture there at all? ------------------------

namespace {

void banner(const QString &text)
{
    const QByteArray stars(72, '*');
    std::fprintf(stderr, "%s\n* SKIPPED: %s\n%s\n", stars.constData(), qUtf8Printable(text),
                 stars.constData());
}

bool cliSupportsLogin()
{
    QProcess process;
    process.start(qEnvironmentVariable("MAILINSPECT_CLI"), {QStringLiteral("--help")});
    process.waitForFinished(witnessTimeoutMs);
    const QByteArray help = process.readAllStandardOutput();
    return help.contains("--user") && help.contains("--password-file");
}

/// -1: run the tests; otherwise the exit status to return right away.
int fixtureGate(const QStringList &arguments)
{
    const bool required
        = qEnvironmentVariable("MAILINSPECT_REQUIRE_REAL_SERVERS") == QLatin1String("1");
    const QString run = runDir();
    if (run.isEmpty()) {
        std::fprintf(stderr, "MAILINSPECT_REALSERVERS_RUN is not set: run through ctest\n");
        return 1;
    }
    const QString skipped = readFile(run + QStringLiteral("/skipped")).trimmed();
    if (!skipped.isEmpty() && !QFile::exists(run + QStringLiteral("/ports.env"))) {
        if (required) {
            std::fprintf(stderr, "FAILED: real servers required but not running: %s\n",
                         qUtf8Printable(skipped));
            return 1;
        }
        banner(QStringLiteral("real Postfix/Dovecot not available: ") + skipped);
        return skipExitCode;
    }
    const bool loginTests = arguments.contains(QLatin1String("login"))
        || arguments.contains(QLatin1String("wrongPassword"))
        || arguments.contains(QLatin1String("accountChecks"));
    if (loginTests && !cliSupportsLogin()) {
        std::fprintf(stderr, "FAILED: mailinspect-cli lost its --user/--password-file options\n");
        return 1;
    }
    return -1;
}

} // namespace

} // namespace MailInspect::Test

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int early = MailInspect::Test::fixtureGate(QCoreApplication::arguments());
    if (early >= 0)
        return early;
    MailInspect::Test::RealServersTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_realservers.moc"
