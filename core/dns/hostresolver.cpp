// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostresolver.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace MailInspect::Dns {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dns)
};
} // namespace

QStringList mailServiceNames(const QString &domain)
{
    QStringList out;
    for (const char *service :
         {"_submissions", "_submission", "_imaps", "_imap", "_pop3s", "_pop3"})
        out << QString::fromLatin1(service) + QStringLiteral("._tcp.") + domain;
    return out;
}

HostResolver::HostResolver(const QString &host, std::optional<Server> server, int timeoutMs,
                           QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_server(std::move(server))
    , m_timeoutMs(timeoutMs)
{ }

HostResolver::~HostResolver()
{
    abort();
}

void HostResolver::start()
{
    if (m_server) {
        for (RecordType type : {RecordType::A, RecordType::Aaaa}) {
            auto *lookup = new Lookup(m_host, type, m_server, m_timeoutMs, this);
            connect(lookup, &Lookup::finished, this, &HostResolver::onAddressLookup);
            m_lookups.append(lookup);
        }
        for (Lookup *lookup : std::as_const(m_lookups))
            lookup->start();
        return;
    }
    m_systemLookupId = QHostInfo::lookupHost(
        m_host, this, [this](const QHostInfo &info) { onSystemResolved(info); });
}

void HostResolver::abort()
{
    m_finished = true;
    if (m_systemLookupId >= 0)
        QHostInfo::abortHostLookup(m_systemLookupId);
    m_systemLookupId = -1;
    for (Lookup *lookup : std::as_const(m_lookups))
        lookup->abort();
    for (Lookup *lookup : std::as_const(m_mailLookups))
        lookup->abort();
}

void HostResolver::onAddressLookup()
{
    if (m_finished)
        return;
    for (const Lookup *lookup : std::as_const(m_lookups)) {
        if (!lookup->isFinished())
            return;
    }
    bool noSuchName = false;
    bool failed = false;
    for (const Lookup *lookup : std::as_const(m_lookups)) {
        const Answer &a = lookup->answer();
        for (const Record &r : a.records)
            m_addresses.append(r.address);
        noSuchName = noSuchName || a.outcome == Dns::Outcome::NoSuchName;
        if (a.outcome == Dns::Outcome::Failed) {
            failed = true;
            m_timedOut = m_timedOut || a.timedOut;
            if (m_error.isEmpty())
                m_error = a.error;
        }
    }
    if (!m_addresses.isEmpty())
        return finish(Outcome::Ok);
    if (noSuchName) {
        m_error = Tr::tr("the name does not exist (NXDOMAIN)");
        return finish(Outcome::NoSuchName);
    }
    if (failed)
        return finish(Outcome::Failed);
    askMailHosts();
}

void HostResolver::onSystemResolved(const QHostInfo &info)
{
    m_systemLookupId = -1;
    if (m_finished)
        return;
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
        m_addresses = info.addresses();
        return finish(Outcome::Ok);
    }
    m_error = info.errorString();
    if (info.error() != QHostInfo::HostNotFound && info.error() != QHostInfo::NoError)
        return finish(Outcome::Failed);
    // getaddrinfo() says "not found" for a missing name and for a name
    // without addresses alike; the MX and SRV questions tell them apart.
    askMailHosts();
}

void HostResolver::askMailHosts()
{
    QList<QPair<QString, RecordType>> questions {{m_host, RecordType::Mx}};
    for (const QString &name : mailServiceNames(m_host))
        questions.append({name, RecordType::Srv});
    for (const auto &[name, type] : questions) {
        auto *lookup = new Lookup(name, type, m_server, m_timeoutMs, this);
        connect(lookup, &Lookup::finished, this, &HostResolver::onMailHostLookup);
        m_mailLookups.append(lookup);
    }
    for (Lookup *lookup : std::as_const(m_mailLookups))
        lookup->start();
}

void HostResolver::onMailHostLookup()
{
    if (m_finished)
        return;
    for (const Lookup *lookup : std::as_const(m_mailLookups)) {
        if (!lookup->isFinished())
            return;
    }
    // The MX question is about the name itself: NODATA there means the name
    // exists (with our own client; the system's resolver cannot say).
    const Answer &mx = m_mailLookups.constFirst()->answer();
    bool exists
        = mx.outcome == Dns::Outcome::Ok || (m_server && mx.outcome == Dns::Outcome::NoData);
    for (const Lookup *lookup : std::as_const(m_mailLookups)) {
        for (const Record &r : lookup->answer().records) {
            exists = true;
            if (r.type == RecordType::Mx) {
                m_mailHosts << QStringLiteral("MX %1 %2").arg(r.preference).arg(r.target);
            } else if (r.target != QLatin1String(".")) {
                const QString service = lookup->name().section(QLatin1Char('.'), 0, 1);
                m_mailHosts << QStringLiteral("SRV %1 %2:%3").arg(service, r.target).arg(r.port);
            }
        }
    }
    if (!exists && m_server && mx.outcome == Dns::Outcome::Failed) {
        m_error = mx.error;
        m_timedOut = mx.timedOut;
        return finish(Outcome::Failed);
    }
    if (!exists) {
        if (m_error.isEmpty())
            m_error = Tr::tr("the name does not exist");
        return finish(Outcome::NoSuchName);
    }
    m_error = Tr::tr("the name exists but has no address (no A or AAAA record)");
    finish(Outcome::NoAddress);
}

void HostResolver::finish(Outcome outcome)
{
    if (m_finished)
        return;
    abort();
    m_outcome = outcome;
    Q_EMIT finished();
}

} // namespace MailInspect::Dns
