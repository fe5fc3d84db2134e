// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineclient.h"

#include "simulator/certificatestore.h"
#include "simulator/scenariocatalog.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"

#include <QSet>
#include <QtTest>

using namespace MailInspect;
using MailInspect::Test::LineClient;
using Kind = SimulatorScript::Directive::Kind;

namespace {

// What a client trusting the practice CA must see for each practice certificate.
QList<QSslError::SslError> expectedErrors(const QString &certificate)
{
    if (certificate == QLatin1String("expired"))
        return {QSslError::CertificateExpired};
    if (certificate == QLatin1String("notyetvalid"))
        return {QSslError::CertificateNotYetValid};
    if (certificate == QLatin1String("wrongname"))
        return {QSslError::HostNameMismatch};
    if (certificate == QLatin1String("selfsigned"))
        return {QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain};
    if (certificate == QLatin1String("nointermediate"))
        return {QSslError::UnableToGetLocalIssuerCertificate,
                QSslError::UnableToVerifyFirstCertificate};
    return {};
}

} // namespace

class TestScenarioCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogHasTheRequiredScenarios();
    void practiceCertificatesAreBuiltIn();
    void scriptsParse_data();
    void scriptsParse();
    void scenariosPlayAgainstAPlainClient_data();
    void scenariosPlayAgainstAPlainClient();
    void tlsOnStartTlsPortFailsTheHandshake();

private:
    void addScenarioRows();
};

void TestScenarioCatalog::catalogHasTheRequiredScenarios()
{
    const QStringList ids = ScenarioCatalog::ids();
    for (const char *id :
         {"healthy-smtp-starttls", "healthy-imap-tls", "healthy-pop3-starttls",
          "tls-on-starttls-port", "starttls-on-tls-port", "expired-certificate",
          "wrong-name-certificate", "starttls-stripped", "slow-greeting", "starttls-refused"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());

    const QStringList verdicts {QStringLiteral("secure"), QStringLiteral("insecure"),
                                QStringLiteral("failed")};
    const QList<Scenario> scenarios = ScenarioCatalog::scenarios();
    for (const Scenario &scenario : scenarios) {
        QVERIFY2(!scenario.title.isEmpty() && !scenario.description.isEmpty(),
                 qPrintable(scenario.id));
        QVERIFY2(verdicts.contains(scenario.expectedVerdict), qPrintable(scenario.id));
        QVERIFY2(scenario.id.startsWith(QLatin1String("healthy-"))
                     || !scenario.expectedFindings.isEmpty(),
                 qPrintable(scenario.id));
        QVERIFY(scenario.security != Security::Auto);
    }
    QCOMPARE(
        ScenarioCatalog::find(QStringLiteral("starttls-stripped"))->expectedFindings,
        (QStringList {QStringLiteral("greeting-masked"), QStringLiteral("starttls-stripped")}));
    QCOMPARE(ScenarioCatalog::find(QStringLiteral("healthy-imap-tls"))->security,
             Security::ImplicitTls);
    QVERIFY(!ScenarioCatalog::find(QStringLiteral("no-such-scenario")));
}

void TestScenarioCatalog::practiceCertificatesAreBuiltIn()
{
    const QList<QSslCertificate> ca = ScenarioCatalog::practiceCaCertificates();
    QCOMPARE(ca.size(), 1);
    QVERIFY(ca.constFirst().expiryDate().date().year() >= 2120);
    QVERIFY(ca.constFirst().isSelfSigned());

    const CertificateStore store = ScenarioCatalog::practiceCertificates();
    QCOMPARE(store.names(),
             (QStringList {QStringLiteral("expired"), QStringLiteral("good"),
                           QStringLiteral("nointermediate"), QStringLiteral("notyetvalid"),
                           QStringLiteral("selfsigned"), QStringLiteral("wrongname")}));
    const ServerCertificate good = *store.find(QStringLiteral("good"));
    QCOMPARE(good.chain.size(), 2);
    QVERIFY(good.chain.constFirst().expiryDate().date().year() >= 2120);
    QVERIFY(good.chain.constFirst()
                .subjectAlternativeNames()
                .values(QSsl::DnsEntry)
                .contains(QStringLiteral("mail.test")));
    QCOMPARE(good.chain.at(1).issuerInfo(QSslCertificate::CommonName),
             ca.constFirst().subjectInfo(QSslCertificate::CommonName));
    QCOMPARE(store.find(QStringLiteral("expired"))->chain.constFirst().expiryDate().date().year(),
             2001);
    QCOMPARE(
        store.find(QStringLiteral("notyetvalid"))->chain.constFirst().effectiveDate().date().year(),
        2100);
    QCOMPARE(store.find(QStringLiteral("nointermediate"))->chain.size(), 1);
}

void TestScenarioCatalog::addScenarioRows()
{
    QTest::addColumn<QString>("id");
    const QStringList ids = ScenarioCatalog::ids();
    for (const QString &id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

void TestScenarioCatalog::scriptsParse_data()
{
    addScenarioRows();
}

void TestScenarioCatalog::scriptsParse()
{
    QFETCH(QString, id);
    const Scenario scenario = *ScenarioCatalog::find(id);
    QString error;
    const auto script = SimulatorScript::parse(scenario.script, &error);
    QVERIFY2(script, qPrintable(error));
    QVERIFY(!script->directives().isEmpty());
    const CertificateStore store = ScenarioCatalog::practiceCertificates();
    for (const QString &name : script->certificateNames())
        QVERIFY2(store.contains(name), qPrintable(name));
    // Implicit TLS is what the server speaks, whatever the user chose.
    if (scenario.security == Security::ImplicitTls && id != QLatin1String("tls-on-starttls-port"))
        QVERIFY(script->startsWithTls());
}

void TestScenarioCatalog::scenariosPlayAgainstAPlainClient_data()
{
    addScenarioRows();
}

// Plays the client's half of each script (C: lines with '*' filled in, !tls
// as a client handshake) and checks every S: line and the server's verdict
// on the dialogue. TLS scenarios must complete a handshake with a QSslSocket
// that trusts the practice CA and checks mail.test.
void TestScenarioCatalog::scenariosPlayAgainstAPlainClient()
{
    QFETCH(QString, id);
    const Scenario scenario = *ScenarioCatalog::find(id);
    const SimulatorScript script = *SimulatorScript::parse(scenario.script);
    ScriptedServer server(script, ScenarioCatalog::practiceCertificates());
    server.setWaitTimeout(10000);
    QVERIFY(server.listen());

    LineClient client;
    client.setTrust(ScenarioCatalog::practiceCaCertificates(), ScenarioCatalog::practiceHostName());
    const QStringList certificates = script.certificateNames();
    const QList<QSslError::SslError> tolerated = certificates.isEmpty()
        ? QList<QSslError::SslError> {}
        : expectedErrors(certificates.constFirst());
    client.setToleratedErrors(tolerated);

    const QList<SimulatorScript::Directive> &directives = script.directives();
    qsizetype first = 0;
    if (script.startsWithTls()) {
        QVERIFY(client.connectTls(server.serverPort()));
        first = 1;
    } else {
        QVERIFY(client.connectPlain(server.serverPort()));
    }
    QByteArray tag;
    int filler = 0;
    bool closedByServer = false;
    for (qsizetype i = first; i < directives.size(); ++i) {
        const SimulatorScript::Directive &d = directives.at(i);
        const QByteArray where = "script line " + QByteArray::number(d.line);
        switch (d.kind) {
        case Kind::Send: {
            QByteArray expected = d.data;
            expected.replace("${tag}", tag);
            const std::optional<QByteArray> line = client.readLine(10000);
            QVERIFY2(line, where.constData());
            QCOMPARE(*line, expected);
            break;
        }
        case Kind::Expect: {
            QByteArray line;
            for (const char c : d.data)
                line += c == '*' ? "t" + QByteArray::number(filler++) : QByteArray(1, c);
            tag = line.left(line.indexOf(' '));
            client.writeLine(line);
            break;
        }
        case Kind::Tls:
            QVERIFY2(client.startTls(), where.constData());
            break;
        case Kind::Delay:
            break; // the next S: line waits long enough
        case Kind::Close:
            QVERIFY2(client.waitForDisconnected(), where.constData());
            closedByServer = true;
            break;
        case Kind::Silence:
            QCOMPARE(client.totalReceived(), 0);
            break;
        default:
            QFAIL(qPrintable(QStringLiteral("directive on line %1 not replayable").arg(d.line)));
        }
    }
    if (!closedByServer)
        client.disconnectFromServer();
    QTRY_COMPARE(server.finishedConnectionCount(), 1);
    QCOMPARE(server.errors(), QStringList());

    if (!certificates.isEmpty()) {
        QVERIFY(client.socket().peerCertificateChain().size() >= 1);
        if (tolerated.isEmpty()) {
            QCOMPARE(client.sslErrors(), QList<QSslError>());
        } else {
            bool seen = false;
            for (const QSslError &error : client.sslErrors())
                seen = seen || tolerated.contains(error.error());
            QVERIFY2(seen, qPrintable(certificates.constFirst()));
        }
    }
}

// What a TLS client sees on a STARTTLS port: the plain greeting where the
// ServerHello should be, so the handshake fails at once.
void TestScenarioCatalog::tlsOnStartTlsPortFailsTheHandshake()
{
    const Scenario scenario = *ScenarioCatalog::find(QStringLiteral("tls-on-starttls-port"));
    QCOMPARE(scenario.security, Security::ImplicitTls);
    ScriptedServer server(*SimulatorScript::parse(scenario.script),
                          ScenarioCatalog::practiceCertificates());
    QVERIFY(server.listen());
    LineClient client;
    client.setTrust(ScenarioCatalog::practiceCaCertificates(), ScenarioCatalog::practiceHostName());
    QVERIFY(!client.connectTls(server.serverPort()));
    QVERIFY(client.socketErrors().contains(QAbstractSocket::SslHandshakeFailedError));
    QTRY_COMPARE(server.finishedConnectionCount(), 1);
    QCOMPARE(server.receivedLines().size() <= 1, true);
}

QTEST_GUILESS_MAIN(TestScenarioCatalog)
#include "tst_scenariocatalog.moc"
