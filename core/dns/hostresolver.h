// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/dnslookup.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

class QHostInfo;

namespace MailInspect::Dns {

/// The addresses of a host name, and when there are none, why: the name does
/// not exist, it exists without an address (and which mail hosts its MX and
/// SRV records name), or the lookup itself failed. With a Server every
/// question goes to it (A and AAAA side by side); without one the system's
/// resolver answers and, when it finds nothing, an MX question tells "no such
/// name" from "no address".
class HostResolver : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Ok, NoSuchName, NoAddress, Failed };

    HostResolver(const QString &host, std::optional<Server> server, int timeoutMs,
                 QObject *parent = nullptr);
    ~HostResolver() override;

    void start();
    void abort();

    Outcome outcome() const { return m_outcome; }
    QList<QHostAddress> addresses() const { return m_addresses; }
    QString error() const { return m_error; }
    bool timedOut() const { return m_timedOut; }
    /// When the name has no address: the hosts its MX and SRV records name,
    /// as "MX 10 mx.example.com" / "SRV _imaps._tcp imap.example.com:993".
    QStringList mailHosts() const { return m_mailHosts; }

Q_SIGNALS:
    void finished();

private:
    void onAddressLookup();
    void onSystemResolved(const QHostInfo &info);
    void askMailHosts();
    void onMailHostLookup();
    void finish(Outcome outcome);

    QString m_host;
    std::optional<Server> m_server;
    int m_timeoutMs;
    QList<Lookup *> m_lookups;
    QList<Lookup *> m_mailLookups;
    int m_systemLookupId = -1;
    Outcome m_outcome = Outcome::Failed;
    QList<QHostAddress> m_addresses;
    QString m_error;
    QStringList m_mailHosts;
    bool m_timedOut = false;
    bool m_finished = false;
};

/// The SRV names of RFC 6186 and RFC 8314 under a domain, in the order the
/// finder asks them: "_submissions._tcp.example.com", ...
QStringList mailServiceNames(const QString &domain);

} // namespace MailInspect::Dns
