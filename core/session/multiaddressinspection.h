// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"
#include "session/inspectionrequest.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

#include <QHostAddress>

namespace MailInspect {

class Inspection;
namespace Dns {
class HostResolver;
}

/// Inspects every A/AAAA address of one name (`--all-addresses`): resolves
/// the host, runs one Inspection per address (a few at a time, all on the
/// event loop), and reports `addresses-disagree` when the addresses behave
/// differently - the load balancer with one bad node, or a stripping
/// firewall on one path.
///
/// When the name does not resolve, or the request already names an address
/// to connect to, it runs the single ordinary inspection, so the report
/// still says why (dns-no-such-host, ...).
class MultiAddressInspection : public QObject
{
    Q_OBJECT
public:
    explicit MultiAddressInspection(InspectionRequest request, QObject *parent = nullptr);
    ~MultiAddressInspection() override;

    /// At most this many inspections run at once (default 4, at least 1).
    void setMaxConcurrent(int count);
    /// Skips the name lookup and inspects exactly these addresses (tests,
    /// or a caller that resolved already). Call before start().
    void setAddresses(const QStringList &addresses);

    void start();
    void cancel();
    bool isRunning() const;
    bool isFinished() const;

    /// The addresses being inspected, in the resolver's order (empty when
    /// the name did not resolve).
    QStringList addresses() const;
    /// One report per address, in the order of addresses() - or the single
    /// report of the ordinary inspection when the name did not resolve;
    /// complete after finished(). Each holds `addresses-disagree` among its
    /// findings when the addresses disagree.
    QList<Report> reports() const;
    /// The `addresses-disagree` finding, if any.
    std::optional<Finding> disagreement() const;

Q_SIGNALS:
    void resolved(const QStringList &addresses);
    void addressStarted(int index);
    void addressFinished(int index);
    /// Every address is done (or cancelled). Emitted exactly once.
    void finished();

private:
    void onLookedUp(const QList<QHostAddress> &addresses);
    void stopLookup();
    void launchMore();
    void onInspectionFinished(int index);
    void finish();

    InspectionRequest m_request;
    int m_maxConcurrent = 4;
    QStringList m_addresses; ///< as resolved (or given)
    QStringList m_targets; ///< connect addresses to inspect; "" = resolve as usual
    bool m_addressesGiven = false;
    Dns::HostResolver *m_resolver = nullptr; ///< asks --dns-server when given
    QList<Inspection *> m_inspections; ///< one per address, created when launched
    QList<Report> m_reports;
    int m_nextToLaunch = 0;
    int m_running = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_finished = false;
    std::optional<Finding> m_disagreement;
};

} // namespace MailInspect
