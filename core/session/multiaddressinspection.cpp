// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "multiaddressinspection.h"

#include "diagnosis/diagnosis.h"
#include "session/inspection.h"

#include "dns/hostresolver.h"
#include <QHostAddress>

#include <QTimer>

#include <algorithm>

namespace MailInspect {

MultiAddressInspection::MultiAddressInspection(InspectionRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

MultiAddressInspection::~MultiAddressInspection()
{
    stopLookup();
}

void MultiAddressInspection::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
}

void MultiAddressInspection::setAddresses(const QStringList &addresses)
{
    m_addresses = addresses;
    m_addressesGiven = true;
}

void MultiAddressInspection::start()
{
    if (m_started)
        return;
    m_started = true;
    // An explicit --connect-address names the one address to inspect.
    if (!m_request.connectAddress.isEmpty()) {
        m_addresses = {m_request.connectAddress};
        m_addressesGiven = true;
    }
    // A request the engine refuses (InspectionRequest::validate()) is not
    // looked up either: one inspection reports the refusal.
    if (m_request.validate()) {
        m_addresses.clear();
        m_addressesGiven = true;
    }
    if (m_addressesGiven) {
        m_targets = m_addresses.isEmpty() ? QStringList {QString()} : m_addresses;
        // Deferred so that signals never fire from inside start().
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT resolved(m_addresses);
                launchMore();
            },
            Qt::QueuedConnection);
        return;
    }
    m_resolver = new Dns::HostResolver(m_request.host, Dns::parseServer(m_request.dnsServer),
                                       m_request.timeoutMs / 2, this);
    connect(m_resolver, &Dns::HostResolver::finished, this, [this] {
        const QList<QHostAddress> addresses = m_resolver->addresses();
        stopLookup();
        onLookedUp(addresses);
    });
    m_resolver->start();
    // DNS that never answers must not hang --all-addresses: give up after one
    // step's time and let the single inspection report the lookup failure.
    QTimer::singleShot(std::max(100, m_request.timeoutMs), Qt::PreciseTimer, this, [this] {
        if (!m_resolver || m_finished)
            return;
        stopLookup();
        onLookedUp({});
    });
}

void MultiAddressInspection::stopLookup()
{
    if (!m_resolver)
        return;
    m_resolver->abort();
    m_resolver->deleteLater();
    m_resolver = nullptr;
}

void MultiAddressInspection::onLookedUp(const QList<QHostAddress> &addresses)
{
    if (m_finished)
        return;
    QStringList found;
    for (const QHostAddress &a : addresses) {
        const QString text = a.toString();
        if (!found.contains(text))
            found << text;
    }
    // No address: one ordinary inspection, which resolves again and reports
    // why (no such host, DNS timeout) in its own words.
    m_addresses = found;
    m_targets = found.isEmpty() ? QStringList {QString()} : found;
    Q_EMIT resolved(found);
    launchMore();
}

void MultiAddressInspection::launchMore()
{
    if (m_finished)
        return;
    while (m_running < m_maxConcurrent && m_nextToLaunch < m_targets.size()) {
        const int index = m_nextToLaunch++;
        InspectionRequest request = m_request;
        request.connectAddress = m_targets.at(index);
        auto *inspection = new Inspection(std::move(request), this);
        m_inspections << inspection;
        ++m_running;
        connect(inspection, &Inspection::finished, this,
                [this, index] { onInspectionFinished(index); });
        Q_EMIT addressStarted(index);
        inspection->start();
    }
}

void MultiAddressInspection::onInspectionFinished(int index)
{
    --m_running;
    ++m_done;
    Q_EMIT addressFinished(index);
    if (m_done == m_targets.size())
        finish();
    else
        launchMore();
}

void MultiAddressInspection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_reports.clear();
    for (Inspection *inspection : std::as_const(m_inspections))
        m_reports << inspection->report();
    m_disagreement = Diagnosis::addressesDisagree(m_request.host, m_reports);
    if (m_disagreement) {
        // Errors first (the order diagnose() keeps): the disagreement goes
        // after the report's own errors and before its warnings.
        for (Report &r : m_reports) {
            auto it = std::find_if(r.findings.begin(), r.findings.end(),
                                   [](const Finding &f) { return f.severity != Severity::Error; });
            r.findings.insert(it, *m_disagreement);
        }
    }
    Q_EMIT finished();
}

void MultiAddressInspection::cancel()
{
    if (m_finished || !m_started)
        return;
    stopLookup();
    // Nothing more starts; the running ones finish through their own
    // finished() signal, which cancel() guarantees.
    m_targets = m_targets.mid(0, m_nextToLaunch);
    if (m_running == 0) {
        finish();
        return;
    }
    for (Inspection *inspection : std::as_const(m_inspections)) {
        if (inspection->isRunning())
            inspection->cancel();
    }
}

bool MultiAddressInspection::isRunning() const
{
    return m_started && !m_finished;
}

bool MultiAddressInspection::isFinished() const
{
    return m_finished;
}

QStringList MultiAddressInspection::addresses() const
{
    return m_addresses;
}

QList<Report> MultiAddressInspection::reports() const
{
    if (m_finished)
        return m_reports;
    QList<Report> partial;
    for (Inspection *inspection : m_inspections)
        partial << inspection->report();
    return partial;
}

std::optional<Finding> MultiAddressInspection::disagreement() const
{
    return m_disagreement;
}

} // namespace MailInspect
