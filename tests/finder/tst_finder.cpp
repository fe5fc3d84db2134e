// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The settings finder against real dnsmasq, a real HTTPS server with the test
// CA and scripted mail servers, inside a private network namespace
// (netns-run.sh): nothing here can reach the internet.

#include "finderfixture.h"
#include "testsupport.h"

#include "discovery/settingsfinder.h"
#include "discovery/settingsreport.h"
#include "session/inspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace MailInspect;
using MailInspect::Test::FinderFixture;

namespace {
bool systemResolverIsFixture()
{
    return qEnvironmentVariable("MAILINSPECT_NETNS_RESOLVER") == QLatin1String("1");
}

QString describe(const SettingsFinder &f)
{
    return writeSettingsText(f);
}

const SettingsCandidate *incoming(const SettingsFinder &f)
{
    return f.recommendedIncoming() >= 0 ? &f.candidates().at(f.recommendedIncoming()) : nullptr;
}

const SettingsCandidate *outgoing(const SettingsFinder &f)
{
    return f.recommendedOutgoing() >= 0 ? &f.candidates().at(f.recommendedOutgoing()) : nullptr;
}
} // namespace

class TestFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void autoconfigOnly();
    void srvOnly();
    void mxToIspdbProvider();
    void guessesOnly();
    void certificateForAnotherHost();
    void plainHttpIsLowerTrust();
    void autodiscover();
    void nothingFound();
    void hostileSources();
    void systemResolver();
    void cancel();
    void cliJsonAndComparison();
    void inspectionDnsOutcomes_data();
    void inspectionDnsOutcomes();

private:
    std::unique_ptr<SettingsFinder> run(const QString &address, int timeoutMs = 4000,
                                        bool systemResolver = false);
    FinderFixture m_fixture;
};

void TestFinder::initTestCase()
{
    Test::startOrSkip(m_fixture);
}

std::unique_ptr<SettingsFinder> TestFinder::run(const QString &address, int timeoutMs,
                                                bool systemResolver)
{
    SettingsFinder::Options options;
    if (!systemResolver)
        options.dnsServer = FinderFixture::dnsServer();
    options.ispdbUrl = QUrl(FinderFixture::ispdbUrl());
    options.extraCaCertificates = m_fixture.caCertificates();
    options.timeoutMs = timeoutMs;
    auto finder = std::make_unique<SettingsFinder>(address, options);
    QSignalSpy done(finder.get(), &SettingsFinder::finished);
    QSignalSpy added(finder.get(), &SettingsFinder::candidateAdded);
    finder->start();
    if (!done.wait(60000))
        qWarning("the finder did not finish");
    [&] {
        QCOMPARE(done.size(), 1);
    }();
    [&] {
        QCOMPARE(added.size(), finder->candidates().size());
    }();
    if (!qEnvironmentVariableIsEmpty("MAILINSPECT_SHOW_OUTPUT")) {
        for (const SettingsCandidate &c : finder->candidates())
            qInfo() << c.host << c.port << c.sameAs << candidateStateName(c.state)
                    << c.report.has_value();
    }
    // Progress ends full: every server that was to be inspected was.
    [&] {
        QCOMPARE(finder->probesDone(), finder->probesTotal());
    }();
    return finder;
}

void TestFinder::autoconfigOnly()
{
    const auto f = run(QStringLiteral("alice@autoconf.test"));
    const QString text = describe(*f);
    QVERIFY2(f->found(), qPrintable(text));
    const SettingsCandidate *in = incoming(*f);
    const SettingsCandidate *out = outgoing(*f);
    QVERIFY2(in && out, qPrintable(text));
    // The provider's own document over https wins; IMAP over its POP3 entry,
    // and 465 over 587 (RFC 8314) though the document lists 587 first.
    QCOMPARE(in->source, SettingsSource::Autoconfig);
    QVERIFY(in->highTrust);
    QCOMPARE(in->protocol, Protocol::Imap);
    QCOMPARE(in->host, QStringLiteral("imap.autoconf.test")); // %EMAILDOMAIN% filled in
    QCOMPARE(in->port, quint16(993));
    QCOMPARE(out->source, SettingsSource::Autoconfig);
    QCOMPARE(out->port, quint16(465));
    QCOMPARE(out->security, Security::ImplicitTls);
    QVERIFY(
        in->url.startsWith(QLatin1String("https://autoconfig.autoconf.test/mail/config-v1.1.xml")));
    QVERIFY2(in->url.contains(QLatin1String("emailaddress=alice")), qPrintable(in->url));
    // Every answer carries the full report of its inspection.
    QVERIFY(in->report.has_value());
    QCOMPARE(in->report->verdict(), Report::Verdict::Secure);
    // The guesses ran too, and the same server found twice was inspected once.
    QVERIFY(
        std::any_of(f->candidates().cbegin(), f->candidates().cend(),
                    [](const SettingsCandidate &c) { return c.source == SettingsSource::Guess; }));
    QVERIFY2(text.contains(
                 QLatin1String("Incoming: IMAP, server imap.autoconf.test, port 993, SSL/TLS")),
             qPrintable(text));
    QVERIFY(f->totalMs() >= f->slowestProbeMs());
}

void TestFinder::srvOnly()
{
    const auto f = run(QStringLiteral("bob@srvonly.test"));
    const QString text = describe(*f);
    const SettingsCandidate *in = incoming(*f);
    const SettingsCandidate *out = outgoing(*f);
    QVERIFY2(in && out, qPrintable(text));
    QCOMPARE(in->source, SettingsSource::Srv);
    QCOMPARE(in->host, QStringLiteral("mail.srvonly.test"));
    QCOMPARE(in->port, quint16(993));
    QVERIFY(!in->highTrust);
    QVERIFY2(in->record.contains(QLatin1String("_imaps._tcp.srvonly.test")),
             qPrintable(in->record));
    QCOMPARE(out->port, quint16(465));
    // _pop3s._tcp has the target ".": not offered, said so, not tried.
    bool sawNotOffered = false;
    for (const SettingsTried &t : f->tried())
        sawNotOffered = sawNotOffered
            || (t.what.contains(QLatin1String("_pop3s._tcp"))
                && t.outcome.contains(QLatin1String("not offered")));
    QVERIFY2(sawNotOffered, qPrintable(text));
    QVERIFY(std::none_of(f->candidates().cbegin(), f->candidates().cend(),
                         [](const SettingsCandidate &c) {
                             return c.source == SettingsSource::Srv && c.protocol == Protocol::Pop3;
                         }));
}

void TestFinder::mxToIspdbProvider()
{
    const auto f = run(QStringLiteral("carol@hosted.test"));
    const QString text = describe(*f);
    const SettingsCandidate *in = incoming(*f);
    const SettingsCandidate *out = outgoing(*f);
    QVERIFY2(in && out, qPrintable(text));
    QCOMPARE(in->source, SettingsSource::Mx);
    QCOMPARE(in->host, QStringLiteral("imap.provider.test"));
    QVERIFY(!in->highTrust);
    QVERIFY2(in->trustReasons.join(QLatin1Char(' ')).contains(QLatin1String("MX")),
             qPrintable(text));
    QCOMPARE(in->url, QStringLiteral("https://ispdb.test/v1.1/provider.test"));
    QCOMPARE(out->host, QStringLiteral("smtp.provider.test"));
    QCOMPARE(out->port, quint16(587));
    QCOMPARE(out->security, Security::StartTls);
}

void TestFinder::guessesOnly()
{
    const auto f = run(QStringLiteral("dave@guess.test"));
    const QString text = describe(*f);
    const SettingsCandidate *in = incoming(*f);
    const SettingsCandidate *out = outgoing(*f);
    QVERIFY2(in && out, qPrintable(text));
    QCOMPARE(in->source, SettingsSource::Guess);
    QCOMPARE(in->host, QStringLiteral("imap.guess.test"));
    QCOMPARE(in->port, quint16(993));
    QCOMPARE(out->host, QStringLiteral("smtp.guess.test"));
    QCOMPARE(out->port, quint16(465));
    QVERIFY(!in->highTrust);
}

void TestFinder::certificateForAnotherHost()
{
    const auto f = run(QStringLiteral("erin@badcert.test"));
    const QString text = describe(*f);
    QVERIFY2(!f->found(), qPrintable(text));
    const auto it = std::find_if(
        f->candidates().cbegin(), f->candidates().cend(),
        [](const SettingsCandidate &c) { return c.host == QLatin1String("imap.badcert.test"); });
    QVERIFY(it != f->candidates().cend());
    QCOMPARE(it->state, SettingsCandidate::State::Disqualified);
    QCOMPARE(it->certificateNames, QStringList {QStringLiteral("other.invalid")});
    QVERIFY2(it->outcome.contains(QLatin1String("other.invalid")), qPrintable(it->outcome));
    // The name the certificate carries was tried as well (it does not resolve here).
    QVERIFY2(std::any_of(f->candidates().cbegin(), f->candidates().cend(),
                         [](const SettingsCandidate &c) {
                             return c.host == QLatin1String("other.invalid");
                         }),
             qPrintable(text));
}

void TestFinder::plainHttpIsLowerTrust()
{
    const auto f = run(QStringLiteral("frank@plainhttp.test"));
    const QString text = describe(*f);
    const SettingsCandidate *in = incoming(*f);
    QVERIFY2(in, qPrintable(text));
    QCOMPARE(in->source, SettingsSource::Autoconfig);
    QVERIFY(!in->highTrust);
    QVERIFY(in->url.startsWith(QLatin1String("http://autoconfig.plainhttp.test/")));
    QVERIFY2(in->trustReasons.contains(QStringLiteral("plain HTTP")), qPrintable(text));
}

void TestFinder::autodiscover()
{
    const auto f = run(QStringLiteral("grace@exch.test"));
    const QString text = describe(*f);
    const SettingsCandidate *in = incoming(*f);
    const SettingsCandidate *out = outgoing(*f);
    QVERIFY2(in && out, qPrintable(text));
    QCOMPARE(in->source, SettingsSource::Autodiscover);
    QVERIFY(in->highTrust);
    QCOMPARE(in->host, QStringLiteral("imap.exch.test"));
    QCOMPARE(out->host, QStringLiteral("smtp.exch.test"));
    QCOMPARE(out->security, Security::StartTls);
    QVERIFY(m_fixture.https()->requests().contains(
        QStringLiteral("POST autodiscover.exch.test/autodiscover/autodiscover.xml")));
}

void TestFinder::nothingFound()
{
    const auto f = run(QStringLiteral("nobody@nothing.test"));
    const QString text = describe(*f);
    QVERIFY2(!f->found(), qPrintable(text));
    QVERIFY(f->candidates().isEmpty());
    QVERIFY2(text.contains(QLatin1String("Found nothing")), qPrintable(text));
    // Every source was asked, and says what it answered.
    const QString all = text;
    for (const char *asked : {"https://autoconfig.nothing.test/mail/config-v1.1.xml",
                              "https://nothing.test/.well-known/autoconfig/mail/config-v1.1.xml",
                              "http://autoconfig.nothing.test/mail/config-v1.1.xml",
                              "https://ispdb.test/v1.1/nothing.test", "MX nothing.test",
                              "SRV _submissions._tcp.nothing.test", "SRV _imaps._tcp.nothing.test",
                              "https://autodiscover.nothing.test/autodiscover/autodiscover.xml",
                              "A/AAAA imap.nothing.test", "A/AAAA smtp.nothing.test"})
        QVERIFY2(all.contains(QLatin1String(asked)), asked);
}

// Without --dns-server: the system's resolver, QDnsLookup for MX/SRV and the
// web requests' own lookups find the same.
void TestFinder::systemResolver()
{
    if (!systemResolverIsFixture())
        QSKIP("the system's resolver is not the fixture's (no private mount namespace)");
    for (const char *address : {"alice@autoconf.test", "bob@srvonly.test", "carol@hosted.test"}) {
        const auto f = run(QString::fromLatin1(address), 4000, true);
        const QString text = describe(*f);
        const SettingsCandidate *in = incoming(*f);
        QVERIFY2(in && outgoing(*f), qPrintable(text));
        QCOMPARE(in->port, quint16(993));
        QVERIFY2(in->host.startsWith(QLatin1String("imap."))
                     || in->host.startsWith(QLatin1String("mail.")),
                 qPrintable(text));
    }
}

void TestFinder::hostileSources()
{
    const auto f = run(QStringLiteral("mallory@hostile.test"));
    const QString text = describe(*f);
    if (!qEnvironmentVariableIsEmpty("MAILINSPECT_SHOW_OUTPUT"))
        qInfo().noquote() << text;
    auto outcomeOf = [&](const QString &url) {
        for (const SettingsTried &t : f->tried()) {
            if (t.what == url)
                return t.outcome;
        }
        return QString();
    };
    QVERIFY2(outcomeOf(QStringLiteral("https://autoconfig.hostile.test/mail/config-v1.1.xml?"
                                      "emailaddress=mallory%40hostile.test"))
                 .contains(QLatin1String("larger than 256 KiB")),
             qPrintable(text));
    QVERIFY2(outcomeOf(
                 QStringLiteral("https://hostile.test/.well-known/autoconfig/mail/config-v1.1.xml"))
                 .contains(QLatin1String("not followed")),
             qPrintable(text));
    // Host names that are not host names never become candidates; the one in
    // another domain does, with lower trust and the reason; plain text never.
    for (const SettingsCandidate &c : f->candidates()) {
        QVERIFY2(!c.host.contains(QLatin1Char('<')) && !c.host.contains(QChar(0x202e)),
                 qPrintable(c.host));
        if (c.security == Security::None)
            QCOMPARE(c.state, SettingsCandidate::State::Disqualified);
    }
    const auto elsewhere = std::find_if(
        f->candidates().cbegin(), f->candidates().cend(),
        [](const SettingsCandidate &c) { return c.host == QLatin1String("imap.elsewhere.test"); });
    QVERIFY2(elsewhere != f->candidates().cend(), qPrintable(text));
    QVERIFY(!elsewhere->highTrust);
    QVERIFY2(
        elsewhere->trustReasons.join(QLatin1Char(' ')).contains(QLatin1String("another domain")),
        qPrintable(elsewhere->trustReasons.join(QLatin1Char(' '))));
    QVERIFY2(elsewhere->trustReasons.contains(QStringLiteral("plain HTTP")), qPrintable(text));
    // Its certificate is for *.autoconf.test: disqualified, and the finder says so.
    QCOMPARE(elsewhere->state, SettingsCandidate::State::Disqualified);
    QVERIFY2(!f->found(), qPrintable(text));
}

void TestFinder::cancel()
{
    SettingsFinder::Options options;
    options.dnsServer = FinderFixture::dnsServer();
    options.ispdbUrl = QUrl(FinderFixture::ispdbUrl());
    options.extraCaCertificates = m_fixture.caCertificates();
    SettingsFinder f(QStringLiteral("alice@autoconf.test"), options);
    QSignalSpy done(&f, &SettingsFinder::finished);
    f.start();
    QTest::qWait(20);
    f.cancel();
    // Running probes end on their next turn of the event loop.
    QVERIFY(done.size() == 1 || done.wait(5000));
    QCOMPARE(done.size(), 1);
    QVERIFY(!f.isRunning());
    QTest::qWait(200);
    QCOMPARE(done.size(), 1);
}

void TestFinder::cliJsonAndComparison()
{
    QProcess cli;
    cli.start(qEnvironmentVariable("MAILINSPECT_CLI"),
              {QStringLiteral("--find-settings"), QStringLiteral("alice@autoconf.test"),
               QStringLiteral("--dns-server"), FinderFixture::dnsServer(),
               QStringLiteral("--ispdb-url"), FinderFixture::ispdbUrl(),
               QStringLiteral("--ca-file"), m_fixture.caFile(), QStringLiteral("--protocol"),
               QStringLiteral("imap"), QStringLiteral("--port"), QStringLiteral("143"),
               QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("-f"),
               QStringLiteral("json")});
    // The servers live in this process: keep its event loop running.
    QSignalSpy cliDone(&cli, &QProcess::finished);
    QVERIFY(cliDone.wait(60000));
    const QByteArray output = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, output.left(4000) + cli.readAllStandardError());
    const QJsonObject root = QJsonDocument::fromJson(output).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(),
             QStringLiteral("mailinspect-settings/1"));
    const QJsonObject in = root.value(QStringLiteral("recommended"))
                               .toObject()
                               .value(QStringLiteral("incoming"))
                               .toObject();
    QCOMPARE(in.value(QStringLiteral("host")).toString(), QStringLiteral("imap.autoconf.test"));
    QCOMPARE(in.value(QStringLiteral("port")).toInt(), 993);
    QCOMPARE(in.value(QStringLiteral("protocol")).toString(), QStringLiteral("imap"));
    QCOMPARE(in.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    const QJsonObject comparison = root.value(QStringLiteral("comparison")).toObject();
    const QStringList changes
        = comparison.value(QStringLiteral("changes")).toVariant().toStringList();
    QVERIFY2(changes.contains(QStringLiteral("Port: 143 → 993")),
             qPrintable(changes.join(QLatin1Char('|'))));
    QVERIFY2(changes.contains(QStringLiteral("Security: STARTTLS → SSL/TLS")),
             qPrintable(changes.join(QLatin1Char('|'))));
    const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
    QVERIFY(!candidates.isEmpty());
    const QJsonObject first = candidates.first().toObject();
    for (const char *key : {"source", "trust", "trust_reasons", "state", "host", "port", "report"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    for (const QJsonValue &c : candidates) {
        const QString trust = c.toObject().value(QStringLiteral("trust")).toString();
        QVERIFY2(trust == QLatin1String("high") || trust == QLatin1String("lower"),
                 qPrintable(trust));
        const QJsonObject o = c.toObject();
        QVERIFY(o.contains(QStringLiteral("url")) || o.contains(QStringLiteral("record")));
    }
    QVERIFY(root.value(QStringLiteral("tried")).toArray().size() >= 10);

    // The text for a ticket: the instructions, then what to change.
    QProcess text;
    text.start(qEnvironmentVariable("MAILINSPECT_CLI"),
               {QStringLiteral("--find-settings"), QStringLiteral("alice@autoconf.test"),
                QStringLiteral("--dns-server"), FinderFixture::dnsServer(),
                QStringLiteral("--ispdb-url"), FinderFixture::ispdbUrl(),
                QStringLiteral("--ca-file"), m_fixture.caFile(), QStringLiteral("-P"),
                QStringLiteral("pop3"), QStringLiteral("autoconf.test")});
    QSignalSpy textDone(&text, &QProcess::finished);
    QVERIFY(textDone.wait(60000));
    const QString shown = QString::fromUtf8(text.readAllStandardOutput());
    if (!qEnvironmentVariableIsEmpty("MAILINSPECT_SHOW_OUTPUT"))
        qInfo().noquote() << shown;
    QCOMPARE(text.exitCode(), 0);
    for (const char *line : {"Incoming: IMAP, server imap.autoconf.test, port 993, SSL/TLS",
                             "Outgoing: SMTP, server smtp.autoconf.test, port 465, SSL/TLS",
                             "Customer has → should be:", "  Protocol: POP3 → IMAP",
                             "  Server: autoconf.test → imap.autoconf.test"})
        QVERIFY2(shown.contains(QString::fromUtf8(line)), qPrintable(shown));

    // Nothing found: exit 1 and the text says so.
    QProcess none;
    none.start(qEnvironmentVariable("MAILINSPECT_CLI"),
               {QStringLiteral("--find-settings"), QStringLiteral("nothing.test"),
                QStringLiteral("--dns-server"), FinderFixture::dnsServer(),
                QStringLiteral("--ispdb-url"), FinderFixture::ispdbUrl()});
    QSignalSpy noneDone(&none, &QProcess::finished);
    QVERIFY(noneDone.wait(60000));
    QCOMPARE(none.exitCode(), 1);
    QVERIFY(none.readAllStandardOutput().contains("Found nothing"));
}

void TestFinder::inspectionDnsOutcomes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no such host") << "imap.nothing.test" << FinderFixture::dnsServer()
                                  << "dns-no-such-host"
                                  << "imap.nothing.test";
    QTest::newRow("domain, not server")
        << "onlymx.test" << FinderFixture::dnsServer() << "dns-no-address"
        << "mx1.provider.test";
    QTest::newRow("forwarder times out")
        << "imap.timeout.test" << FinderFixture::dnsServer() << "dns-lookup-failed"
        << "VPN";
    QTest::newRow("refused") << "imap.refused.test" << FinderFixture::dnsServer()
                             << "dns-lookup-failed"
                             << "REFUSED";
    QTest::newRow("servfail") << "imap.autoconf.test" << FinderFixture::servfailServer()
                              << "dns-lookup-failed"
                              << "SERVFAIL";
    QTest::newRow("silent server")
        << "imap.autoconf.test" << FinderFixture::silentServer() << "dns-lookup-failed"
        << "127.0.0.1:5455";
    QTest::newRow("nothing listens")
        << "imap.autoconf.test" << QStringLiteral("127.0.0.1:5999") << "dns-lookup-failed"
        << "127.0.0.1:5999";
    // The same through the system's resolver (resolv.conf names the test's dnsmasq).
    QTest::newRow("system: no such host") << "imap.nothing.test" << QString() << "dns-no-such-host"
                                          << "imap.nothing.test";
    QTest::newRow("system: domain, not server") << "onlymx.test" << QString() << "dns-no-address"
                                                << "mx1.provider.test";
    QTest::newRow("system: lookup fails") << "imap.timeout.test" << QString() << "dns-lookup-failed"
                                          << "VPN";
}

void TestFinder::inspectionDnsOutcomes()
{
    QFETCH(QString, host);
    QFETCH(QString, server);
    QFETCH(QString, finding);
    QFETCH(QString, mentions);
    if (server.isEmpty() && !systemResolverIsFixture())
        QSKIP("the system's resolver is not the fixture's (no private mount namespace)");
    InspectionRequest r;
    r.host = host;
    r.protocol = Protocol::Imap;
    r.security = Security::ImplicitTls;
    r.dnsServer = server;
    r.timeoutMs = 3000;
    Inspection inspection(r);
    QSignalSpy done(&inspection, &Inspection::finished);
    inspection.start();
    QVERIFY(done.wait(20000));
    const Report &report = inspection.report();
    QVERIFY(!report.findings.isEmpty());
    const Finding &first = report.findings.constFirst();
    QCOMPARE(first.id, finding);
    const QString text
        = first.title + QLatin1Char('\n') + first.explanation + QLatin1Char('\n') + first.fix;
    QVERIFY2(text.contains(mentions), qPrintable(text));
    if (finding == QLatin1String("dns-lookup-failed"))
        QVERIFY2(!text.contains(QLatin1String("spell")), qPrintable(text));
}

QTEST_MAIN(TestFinder)
#include "tst_finder.moc"
