// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/mailconfig.h"
#include "discovery/settingscandidate.h"
#include "dns/dnslookup.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace MailInspect {

class HttpFetch;
class Inspection;

/// From an email address (or a domain) to settings that are proven to work.
///
/// Asks every source at once: the provider's autoconfig (https, then plain
/// http as lower trust), the ISPDB, the MX host's provider (derived, lower
/// trust), RFC 6186/8314 SRV records, Exchange Autodiscover (POX) and
/// guesses (imap., mail., pop3., pop., smtp. and the bare domain on the
/// standard ports). Every server suggested is inspected with the ordinary
/// engine, at most maxConcurrent at a time, all on the event loop. The
/// highest-trust source that works wins (not the fastest); IMAP before
/// POP3; submission on 465 (SSL/TLS) before 587 (STARTTLS), RFC 8314.
class SettingsFinder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dnsServer; ///< "" for the system's resolver
        QUrl ispdbUrl {QStringLiteral("https://autoconfig.thunderbird.net/v1.1/")};
        QList<QSslCertificate> extraCaCertificates;
        QString caFile;
        int timeoutMs = 10000; ///< per step of each probe, and per fetch
        int maxConcurrent = 8; ///< inspections at once
    };

    explicit SettingsFinder(QString addressOrDomain, Options options, QObject *parent = nullptr);
    ~SettingsFinder() override;

    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }

    QString address() const { return m_address; } ///< as given
    QString domain() const { return m_domain; }
    /// Why nothing could be asked (an address without a domain), else "".
    QString inputError() const { return m_inputError; }

    const QList<SettingsCandidate> &candidates() const { return m_candidates; }
    const QList<SettingsTried> &tried() const { return m_tried; }
    /// Index into candidates() of the winner, or -1.
    int recommendedIncoming() const { return m_incoming; }
    int recommendedOutgoing() const { return m_outgoing; }
    bool found() const { return m_incoming >= 0 || m_outgoing >= 0; }

    /// Time from start() to the end, and the longest single probe.
    double totalMs() const { return m_totalMs; }
    double slowestProbeMs() const { return m_slowestProbeMs; }
    int probesDone() const { return m_probesDone; }
    int probesTotal() const;

Q_SIGNALS:
    void candidateAdded(int index);
    void candidateChanged(int index);
    void triedAdded(int index);
    /// Everything is done (or cancelled); emitted exactly once.
    void finished();

private:
    struct Origin
    {
        SettingsSource source;
        QString url;
        QString record;
        bool highTrust;
        QStringList reasons;
        QString trustedDomain; ///< hosts outside it are marked "another domain"
    };

    void fetchConfig(const QUrl &url, const Origin &origin, bool autodiscover = false);
    void lookUpMx();
    void lookUpSrv(const QString &name);
    void guessHost(const QString &host);
    void addFromConfig(const MailConfig &config, const Origin &origin);
    void addCandidate(SettingsCandidate c, const QString &trustedDomain);
    void addTried(const QString &kind, const QString &what, const QString &outcome, bool found);
    void launchProbes();
    void onProbeFinished(int index);
    void settle(int index);
    void taskDone();
    void maybeFinish();
    void pick();
    Dns::Lookup *newLookup(const QString &name, Dns::RecordType type);

    QString m_address;
    QString m_domain;
    QString m_inputError;
    Options m_options;
    std::optional<Dns::Server> m_server;
    QNetworkAccessManager *m_network = nullptr;
    QList<QObject *> m_tasks; ///< fetches and lookups still running
    QList<SettingsCandidate> m_candidates;
    QList<SettingsTried> m_tried;
    QList<Inspection *> m_probes; ///< by candidate index; nullptr when none
    QList<double> m_probeStartMs;
    QStringList m_askedUrls;
    QStringList m_guessed;
    int m_pendingTasks = 0;
    int m_running = 0;
    int m_probesDone = 0;
    int m_incoming = -1;
    int m_outgoing = -1;
    QElapsedTimer m_clock;
    double m_totalMs = 0;
    double m_slowestProbeMs = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace MailInspect
