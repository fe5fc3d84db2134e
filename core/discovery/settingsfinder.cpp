// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsfinder.h"

#include "discovery/httpfetch.h"
#include "dns/hostresolver.h"
#include "report/untrustedtext.h"
#include "session/inspection.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <algorithm>

namespace MailInspect {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFinder)
};

QString key(const SettingsCandidate &c)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(protocolName(c.protocol), c.host)
        .arg(c.port)
        .arg(securityName(c.security));
}

struct SrvService
{
    const char *label;
    Protocol protocol;
    Security security;
};
constexpr SrvService srvServices[] = {
    {"_submissions", Protocol::Submission, Security::ImplicitTls},
    {"_submission", Protocol::Submission, Security::StartTls},
    {"_imaps", Protocol::Imap, Security::ImplicitTls},
    {"_imap", Protocol::Imap, Security::StartTls},
    {"_pop3s", Protocol::Pop3, Security::ImplicitTls},
    {"_pop3", Protocol::Pop3, Security::StartTls},
};

// What is tried on a guessed host, as Thunderbird's GuessConfig does (port 25
// is for servers, not for a mail app's outgoing mail).
struct GuessPlan
{
    const char *prefix; ///< "" for the bare domain
    bool imap, pop3, smtp;
};
constexpr GuessPlan guessPlans[] = {
    {"imap.", true, false, false}, {"mail.", true, true, true},   {"pop3.", false, true, false},
    {"pop.", false, true, false},  {"smtp.", false, false, true}, {"", true, true, true},
};

QString mxBase(const QString &host, int labels)
{
    QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() < labels)
        return {};
    return parts.mid(parts.size() - labels).join(QLatin1Char('.'));
}
} // namespace

QString settingsSourceName(SettingsSource source)
{
    switch (source) {
    case SettingsSource::Autoconfig:
        return QStringLiteral("autoconfig");
    case SettingsSource::Ispdb:
        return QStringLiteral("ispdb");
    case SettingsSource::Mx:
        return QStringLiteral("mx");
    case SettingsSource::Srv:
        return QStringLiteral("srv");
    case SettingsSource::Autodiscover:
        return QStringLiteral("autodiscover");
    case SettingsSource::Guess:
        return QStringLiteral("guess");
    }
    return {};
}

QString candidateStateName(SettingsCandidate::State state)
{
    switch (state) {
    case SettingsCandidate::State::Waiting:
        return QStringLiteral("waiting");
    case SettingsCandidate::State::Running:
        return QStringLiteral("running");
    case SettingsCandidate::State::Works:
        return QStringLiteral("works");
    case SettingsCandidate::State::Fails:
        return QStringLiteral("fails");
    case SettingsCandidate::State::Disqualified:
        return QStringLiteral("disqualified");
    case SettingsCandidate::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QList<int> SettingsCandidate::preferenceKey() const
{
    const int protocolRank = protocol == Protocol::Pop3 ? 1 : 0;
    const int securityRank = security == Security::ImplicitTls ? 0
        : security == Security::StartTls                       ? 1
                                                               : 2;
    return {highTrust ? 0 : 1, int(source), protocolRank, securityRank, order};
}

SettingsFinder::SettingsFinder(QString addressOrDomain, Options options, QObject *parent)
    : QObject(parent)
    , m_address(addressOrDomain.trimmed())
    , m_options(std::move(options))
{
    const QString domainPart = m_address.section(QLatin1Char('@'), -1);
    m_domain = Dns::normalisedName(domainPart);
    if (m_domain.isEmpty() || !isPlausibleHostName(m_domain)
        || !m_domain.contains(QLatin1Char('.')))
        m_inputError = Tr::tr("\"%1\" is not an email address or a domain")
                           .arg(visibleText(m_address.left(200)));
    if (!m_options.dnsServer.isEmpty()) {
        m_server = Dns::parseServer(m_options.dnsServer);
        if (!m_server)
            m_inputError = Tr::tr("the DNS server \"%1\" is not an IP address with an optional "
                                  "port")
                               .arg(visibleText(m_options.dnsServer.left(64)));
    }
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
}

SettingsFinder::~SettingsFinder()
{
    m_finished = true;
    for (QObject *task : std::as_const(m_tasks))
        delete task;
    for (Inspection *probe : std::as_const(m_probes)) {
        if (probe)
            probe->disconnect(this);
    }
}

int SettingsFinder::probesTotal() const
{
    // The servers that are or will be inspected: not the copies of another
    // candidate, not those refused without a try (no encryption, cancelled).
    return int(
        std::count_if(m_candidates.cbegin(), m_candidates.cend(), [](const SettingsCandidate &c) {
            return c.sameAs < 0
                && (c.report || c.state == SettingsCandidate::State::Waiting
                    || c.state == SettingsCandidate::State::Running);
        }));
}

void SettingsFinder::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (!m_inputError.isEmpty()) {
        QMetaObject::invokeMethod(this, &SettingsFinder::maybeFinish, Qt::QueuedConnection);
        return;
    }
    m_network = new QNetworkAccessManager(this);
    const QString d = m_domain;
    const bool isAddress = m_address.contains(QLatin1Char('@'));
    auto withAddress = [&](QUrl url) {
        if (isAddress) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("emailaddress"),
                               QString::fromLatin1(QUrl::toPercentEncoding(m_address)));
            url.setQuery(query);
        }
        return url;
    };
    const Origin autoconfigHttps {SettingsSource::Autoconfig, {}, {}, true, {}, d};
    const Origin autoconfigHttp {SettingsSource::Autoconfig, {}, {}, false,
                                 {Tr::tr("plain HTTP")},     d};
    for (const bool https : {true, false}) {
        const QString scheme = https ? QStringLiteral("https") : QStringLiteral("http");
        const Origin &origin = https ? autoconfigHttps : autoconfigHttp;
        fetchConfig(withAddress(QUrl(scheme + QStringLiteral("://autoconfig.") + d
                                     + QStringLiteral("/mail/config-v1.1.xml"))),
                    origin);
        fetchConfig(QUrl(scheme + QStringLiteral("://") + d
                         + QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml")),
                    origin);
    }
    const QUrl ispdb(m_options.ispdbUrl.toString() + d);
    const bool ispdbHttps = ispdb.scheme() == QLatin1String("https");
    fetchConfig(ispdb,
                {SettingsSource::Ispdb,
                 {},
                 {},
                 ispdbHttps,
                 ispdbHttps ? QStringList() : QStringList {Tr::tr("plain HTTP")},
                 d});
    lookUpMx();
    for (const QString &name : Dns::mailServiceNames(d))
        lookUpSrv(name);
    const Origin autodiscover {SettingsSource::Autodiscover, {}, {}, true, {}, d};
    for (const QString &host : {QStringLiteral("autodiscover.") + d, d})
        fetchConfig(QUrl(QStringLiteral("https://") + host
                         + QStringLiteral("/autodiscover/autodiscover.xml")),
                    autodiscover, true);
    for (const GuessPlan &plan : guessPlans)
        guessHost(QString::fromLatin1(plan.prefix) + d);
}

void SettingsFinder::cancel()
{
    if (!m_started || m_finished)
        return;
    m_cancelled = true;
    const QList<QObject *> tasks = m_tasks;
    m_tasks.clear();
    m_pendingTasks = 0;
    for (QObject *task : tasks) {
        // Nothing a task still says after Cancel counts.
        task->disconnect(this);
        task->deleteLater();
    }
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        SettingsCandidate &c = m_candidates[i];
        if (c.state == SettingsCandidate::State::Waiting) {
            c.state = SettingsCandidate::State::Cancelled;
            c.outcome = Tr::tr("not tried: cancelled");
            Q_EMIT candidateChanged(int(i));
        }
    }
    for (Inspection *probe : std::as_const(m_probes)) {
        if (probe && probe->isRunning())
            probe->cancel();
    }
    maybeFinish();
}

Dns::Lookup *SettingsFinder::newLookup(const QString &name, Dns::RecordType type)
{
    auto *lookup = new Dns::Lookup(name, type, m_server, m_options.timeoutMs / 2, this);
    m_tasks.append(lookup);
    ++m_pendingTasks;
    return lookup;
}

void SettingsFinder::fetchConfig(const QUrl &url, const Origin &originIn, bool autodiscover)
{
    const QString shown = url.toDisplayString();
    if (m_askedUrls.contains(shown))
        return;
    m_askedUrls.append(shown);
    HttpFetch::Options options;
    options.dnsServer = m_server;
    options.extraCaCertificates = m_options.extraCaCertificates;
    options.timeoutMs = m_options.timeoutMs;
    auto *fetch = new HttpFetch(m_network, url, options, this);
    if (autodiscover)
        fetch->setPostBody(autodiscoverRequest(
            m_address.contains(QLatin1Char('@')) ? m_address : QStringLiteral("user@") + m_domain));
    m_tasks.append(fetch);
    ++m_pendingTasks;
    Origin origin = originIn;
    origin.url = shown;
    connect(fetch, &HttpFetch::finished, this, [this, fetch, origin, autodiscover] {
        m_tasks.removeOne(fetch);
        fetch->deleteLater();
        const QString what = fetch->url().toDisplayString();
        if (!fetch->ok()) {
            addTried(QStringLiteral("http"), what, visibleText(fetch->outcome()), false);
            return taskDone();
        }
        QString error;
        const auto config = autodiscover ? parseAutodiscover(fetch->body(), &error)
                                         : parseAutoconfig(fetch->body(), m_address, &error);
        if (!config) {
            addTried(QStringLiteral("http"), what,
                     Tr::tr("%1, but not a usable document: %2")
                         .arg(fetch->outcome(), visibleText(error)),
                     false);
            return taskDone();
        }
        QString outcome = Tr::tr("%1: %n server(s)", nullptr, int(config->servers.size()))
                              .arg(fetch->outcome());
        if (fetch->finalUrl() != fetch->url())
            outcome += Tr::tr(" (redirected to %1)")
                           .arg(visibleText(fetch->finalUrl().toDisplayString()));
        if (!config->redirectAddress.isEmpty())
            outcome += Tr::tr("; redirects to the address %1 (not followed)")
                           .arg(visibleText(config->redirectAddress));
        addTried(QStringLiteral("http"), what, outcome, !config->servers.isEmpty());
        Origin o = origin;
        // A redirect to plain HTTP is never followed; one to another host is.
        if (fetch->finalUrl().host() != fetch->url().host()) {
            o.highTrust = false;
            o.reasons << Tr::tr("redirected to another host");
        }
        addFromConfig(*config, o);
        taskDone();
    });
    fetch->start();
}

void SettingsFinder::lookUpMx()
{
    Dns::Lookup *lookup = newLookup(m_domain, Dns::RecordType::Mx);
    connect(lookup, &Dns::Lookup::finished, this, [this, lookup] {
        m_tasks.removeOne(lookup);
        lookup->deleteLater();
        const QString what = QStringLiteral("MX ") + m_domain;
        const Dns::Answer &a = lookup->answer();
        if (a.outcome != Dns::Outcome::Ok) {
            addTried(QStringLiteral("dns"), what,
                     a.outcome == Dns::Outcome::NoData
                         ? Tr::tr("no MX records")
                         : Dns::outcomeName(a.outcome) + QStringLiteral(": ") + a.error,
                     false);
            return taskDone();
        }
        QList<Dns::Record> records = a.records;
        std::stable_sort(
            records.begin(), records.end(),
            [](const Dns::Record &x, const Dns::Record &y) { return x.preference < y.preference; });
        QStringList shown;
        for (const Dns::Record &r : records)
            shown << QStringLiteral("%1 %2").arg(r.preference).arg(r.target);
        const QString exchange = records.constFirst().target;
        QStringList bases;
        for (const QString &base : {exchange.section(QLatin1Char('.'), 1), mxBase(exchange, 2)}) {
            if (!base.isEmpty() && base.contains(QLatin1Char('.')) && base != m_domain
                && isPlausibleHostName(base) && !bases.contains(base))
                bases << base;
        }
        addTried(QStringLiteral("dns"), what, shown.join(QStringLiteral(", ")), !bases.isEmpty());
        for (const QString &base : std::as_const(bases)) {
            const Origin origin {SettingsSource::Mx,
                                 {},
                                 {},
                                 false,
                                 {Tr::tr("derived from the MX host %1").arg(exchange)},
                                 base};
            fetchConfig(QUrl(QStringLiteral("https://autoconfig.") + base
                             + QStringLiteral("/mail/config-v1.1.xml")),
                        origin);
            fetchConfig(QUrl(m_options.ispdbUrl.toString() + base), origin);
        }
        taskDone();
    });
    lookup->start();
}

void SettingsFinder::lookUpSrv(const QString &name)
{
    Dns::Lookup *lookup = newLookup(name, Dns::RecordType::Srv);
    connect(lookup, &Dns::Lookup::finished, this, [this, lookup, name] {
        m_tasks.removeOne(lookup);
        lookup->deleteLater();
        const QString what = QStringLiteral("SRV ") + name;
        const Dns::Answer &a = lookup->answer();
        if (a.outcome != Dns::Outcome::Ok) {
            addTried(QStringLiteral("dns"), what,
                     a.outcome == Dns::Outcome::NoData || a.outcome == Dns::Outcome::NoSuchName
                         ? Tr::tr("no SRV record")
                         : Tr::tr("failed: %1").arg(a.error),
                     false);
            return taskDone();
        }
        const QString label = name.section(QLatin1Char('.'), 0, 0);
        const SrvService *service = nullptr;
        for (const SrvService &s : srvServices) {
            if (label == QLatin1String(s.label))
                service = &s;
        }
        QList<Dns::Record> records = a.records;
        // RFC 2782: lowest priority first; within one, the heavier first
        // (the order a client would most often pick).
        std::stable_sort(
            records.begin(), records.end(), [](const Dns::Record &x, const Dns::Record &y) {
                return x.priority != y.priority ? x.priority < y.priority : x.weight > y.weight;
            });
        QStringList shown;
        bool offered = false;
        int order = 0;
        for (const Dns::Record &r : std::as_const(records)) {
            if (r.target == QLatin1String(".")) {
                shown << Tr::tr("not offered (target \".\")");
                continue;
            }
            shown << QStringLiteral("%1 %2 %3:%4")
                         .arg(r.priority)
                         .arg(r.weight)
                         .arg(r.target)
                         .arg(r.port);
            if (!service || !isPlausibleHostName(r.target) || r.port == 0)
                continue;
            offered = true;
            SettingsCandidate c;
            c.source = SettingsSource::Srv;
            c.record = QStringLiteral("%1 SRV %2 %3 %4 %5")
                           .arg(name)
                           .arg(r.priority)
                           .arg(r.weight)
                           .arg(r.port)
                           .arg(r.target);
            c.highTrust = false;
            c.trustReasons << Tr::tr("DNS record (not signed)");
            c.protocol = service->protocol;
            c.host = r.target;
            c.port = r.port;
            c.security = service->security;
            c.order = order++;
            addCandidate(c, m_domain);
        }
        addTried(QStringLiteral("dns"), what, shown.join(QStringLiteral(", ")), offered);
        taskDone();
    });
    lookup->start();
}

void SettingsFinder::guessHost(const QString &host)
{
    auto *resolver = new Dns::HostResolver(host, m_server, m_options.timeoutMs / 2, this);
    m_tasks.append(resolver);
    ++m_pendingTasks;
    connect(resolver, &Dns::HostResolver::finished, this, [this, resolver, host] {
        m_tasks.removeOne(resolver);
        resolver->deleteLater();
        const QString what = QStringLiteral("A/AAAA ") + host;
        if (resolver->outcome() != Dns::HostResolver::Outcome::Ok) {
            addTried(QStringLiteral("dns"), what, visibleText(resolver->error()), false);
            return taskDone();
        }
        QStringList addresses;
        for (const QHostAddress &a : resolver->addresses())
            addresses << a.toString();
        addTried(QStringLiteral("dns"), what, addresses.join(QStringLiteral(", ")), true);
        const QString prefix = host == m_domain
            ? QString()
            : host.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
        const GuessPlan *plan = nullptr;
        for (const GuessPlan &p : guessPlans) {
            if (prefix == QLatin1String(p.prefix))
                plan = &p;
        }
        if (!plan)
            return taskDone();
        QList<std::pair<Protocol, Security>> tries;
        if (plan->imap)
            tries << std::pair {Protocol::Imap, Security::ImplicitTls}
                  << std::pair {Protocol::Imap, Security::StartTls};
        if (plan->pop3)
            tries << std::pair {Protocol::Pop3, Security::ImplicitTls}
                  << std::pair {Protocol::Pop3, Security::StartTls};
        if (plan->smtp)
            tries << std::pair {Protocol::Submission, Security::ImplicitTls}
                  << std::pair {Protocol::Submission, Security::StartTls};
        int order = int(plan - guessPlans) * 10;
        for (const auto &[protocol, security] : std::as_const(tries)) {
            SettingsCandidate c;
            c.source = SettingsSource::Guess;
            c.record = Tr::tr("guessed: %1").arg(host);
            c.highTrust = false;
            c.trustReasons << Tr::tr("guessed");
            c.protocol = protocol;
            c.host = host;
            c.security = security;
            c.port = defaultPort(protocol, security);
            c.order = order++;
            addCandidate(c, m_domain);
        }
        taskDone();
    });
    resolver->start();
}

void SettingsFinder::addFromConfig(const MailConfig &config, const Origin &origin)
{
    int order = 0;
    for (const ServerSetting &s : config.servers) {
        SettingsCandidate c;
        c.source = origin.source;
        c.url = origin.url;
        c.record = origin.record;
        c.highTrust = origin.highTrust;
        c.trustReasons = origin.reasons;
        c.protocol = s.protocol;
        c.host = s.host;
        c.port = s.port;
        c.security = s.security;
        c.order = order++;
        addCandidate(c, origin.trustedDomain);
    }
}

void SettingsFinder::addCandidate(SettingsCandidate c, const QString &trustedDomain)
{
    if (m_finished || m_cancelled)
        return;
    if (!trustedDomain.isEmpty() && !isInDomain(c.host, trustedDomain)) {
        c.highTrust = false;
        c.trustReasons << Tr::tr("host in another domain (%1)").arg(c.host);
    }
    if (c.security == Security::None) {
        // Never recommended: a password would travel in plain text.
        c.state = SettingsCandidate::State::Disqualified;
        c.outcome = Tr::tr("not tried: no encryption (a password would travel in plain text)");
    }
    const QString k = key(c);
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates.at(i).sameAs < 0 && key(m_candidates.at(i)) == k) {
            c.sameAs = int(i);
            break;
        }
    }
    m_candidates.append(c);
    m_probes.append(nullptr);
    m_probeStartMs.append(0);
    const int index = int(m_candidates.size() - 1);
    if (c.sameAs >= 0) {
        const SettingsCandidate &same = m_candidates.at(c.sameAs);
        SettingsCandidate &mine = m_candidates[index];
        mine.state = same.state;
        mine.outcome = same.outcome;
        mine.certificateNames = same.certificateNames;
        mine.report = same.report;
    }
    Q_EMIT candidateAdded(index);
    launchProbes();
}

void SettingsFinder::addTried(const QString &kind, const QString &what, const QString &outcome,
                              bool found)
{
    if (m_finished)
        return;
    m_tried.append({kind, visibleText(what), visibleText(outcome), found});
    Q_EMIT triedAdded(int(m_tried.size() - 1));
}

void SettingsFinder::launchProbes()
{
    for (qsizetype i = 0; i < m_candidates.size() && m_running < m_options.maxConcurrent; ++i) {
        SettingsCandidate &c = m_candidates[i];
        if (c.state != SettingsCandidate::State::Waiting || c.sameAs >= 0 || m_cancelled)
            continue;
        InspectionRequest r;
        r.targetAsTyped = QStringLiteral("%1:%2").arg(c.host).arg(c.port);
        r.host = c.host;
        r.port = c.port;
        r.protocol = c.protocol;
        r.security = c.security;
        r.dnsServer = m_options.dnsServer;
        r.extraCaCertificates = m_options.extraCaCertificates;
        r.caFile = m_options.caFile;
        r.timeoutMs = m_options.timeoutMs;
        r.deadlineMs = m_options.timeoutMs * 3;
        r.confirmWrongMode = false;
        auto *probe = new Inspection(r, this);
        m_probes[i] = probe;
        m_probeStartMs[i] = m_clock.nsecsElapsed() / 1e6;
        c.state = SettingsCandidate::State::Running;
        ++m_running;
        const int index = int(i);
        connect(probe, &Inspection::finished, this, [this, index] { onProbeFinished(index); });
        Q_EMIT candidateChanged(index);
        probe->start();
    }
}

void SettingsFinder::onProbeFinished(int index)
{
    Inspection *probe = m_probes.value(index);
    if (!probe || m_finished)
        return;
    --m_running;
    ++m_probesDone;
    m_slowestProbeMs
        = std::max(m_slowestProbeMs, m_clock.nsecsElapsed() / 1e6 - m_probeStartMs.at(index));
    m_candidates[index].report = probe->report();
    m_probes[index] = nullptr;
    probe->deleteLater();
    settle(index);
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        SettingsCandidate &c = m_candidates[i];
        if (c.sameAs != index)
            continue;
        c.state = m_candidates.at(index).state;
        c.outcome = m_candidates.at(index).outcome;
        c.certificateNames = m_candidates.at(index).certificateNames;
        c.report = m_candidates.at(index).report;
        Q_EMIT candidateChanged(int(i));
    }
    launchProbes();
    maybeFinish();
}

void SettingsFinder::settle(int index)
{
    SettingsCandidate &c = m_candidates[index];
    const Report &r = *c.report;
    if (r.facts.cancelled) {
        c.state = SettingsCandidate::State::Cancelled;
        c.outcome = Tr::tr("cancelled");
    } else if (r.verdict() == Report::Verdict::Secure) {
        c.state = SettingsCandidate::State::Works;
        c.outcome = Tr::tr("works: %1, certificate verified").arg(r.tls.protocol);
    } else if (!r.tls.chain.isEmpty() && !r.tls.nameMatches) {
        c.state = SettingsCandidate::State::Disqualified;
        const CertificateInfo &leaf = r.tls.chain.constFirst();
        QStringList names;
        for (const QString &san : leaf.subjectAltNames) {
            if (san.startsWith(QLatin1String("DNS:")))
                names << san.mid(4);
        }
        if (names.isEmpty() && !leaf.commonName.isEmpty())
            names << leaf.commonName;
        c.certificateNames = names;
        // A certificate may carry hundreds of names; the outcome shows a few.
        QString shown
            = names.isEmpty() ? Tr::tr("no name") : names.mid(0, 4).join(QStringLiteral(", "));
        if (names.size() > 4)
            shown += Tr::tr(" and %n more", nullptr, int(names.size() - 4));
        c.outcome = Tr::tr("the certificate is for %1, not for %2").arg(shown, c.host);
    } else {
        c.state = SettingsCandidate::State::Fails;
        c.outcome = r.findings.isEmpty() ? verdictName(r.verdict()) : r.findings.constFirst().title;
    }
    Q_EMIT candidateChanged(index);
    // The name the certificate does carry is worth a try of its own.
    if (c.state == SettingsCandidate::State::Disqualified && !m_cancelled) {
        for (const QString &name : std::as_const(c.certificateNames)) {
            if (!isPlausibleHostName(name) || name == c.host)
                continue;
            SettingsCandidate s = c;
            s.state = SettingsCandidate::State::Waiting;
            s.outcome.clear();
            s.certificateNames.clear();
            s.report.reset();
            s.sameAs = -1;
            s.record = Tr::tr("the name in the certificate of %1").arg(c.host);
            s.highTrust = false;
            s.trustReasons << Tr::tr("name taken from a certificate");
            s.host = name;
            addCandidate(s, {});
            break;
        }
    }
}

void SettingsFinder::taskDone()
{
    if (m_pendingTasks > 0)
        --m_pendingTasks;
    maybeFinish();
}

void SettingsFinder::maybeFinish()
{
    if (m_finished || m_pendingTasks > 0 || m_running > 0)
        return;
    if (!m_cancelled) {
        for (const SettingsCandidate &c : std::as_const(m_candidates)) {
            if (c.state == SettingsCandidate::State::Waiting)
                return;
        }
    }
    pick();
    m_totalMs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1e6 : 0;
    m_finished = true;
    Q_EMIT finished();
}

void SettingsFinder::pick()
{
    auto best = [this](bool incoming) {
        int found = -1;
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            const SettingsCandidate &c = m_candidates.at(i);
            if (c.state != SettingsCandidate::State::Works || c.isIncoming() != incoming)
                continue;
            if (found < 0 || c.preferenceKey() < m_candidates.at(found).preferenceKey())
                found = int(i);
        }
        return found;
    };
    m_incoming = best(true);
    m_outgoing = best(false);
}

} // namespace MailInspect
