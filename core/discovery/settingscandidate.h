// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/protocol.h"
#include "report/report.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace MailInspect {

/// Where a suggestion came from, in the order (and trust) Thunderbird's
/// account setup asks: the provider's own autoconfig, the ISPDB, the MX
/// host's provider, then SRV records, Exchange Autodiscover, and guesses.
enum class SettingsSource { Autoconfig, Ispdb, Mx, Srv, Autodiscover, Guess };

/// "autoconfig", "ispdb", "mx", "srv", "autodiscover", "guess"
QString settingsSourceName(SettingsSource source);

/// One suggested server, where it came from, and what its inspection showed.
struct SettingsCandidate
{
    enum class State { Waiting, Running, Works, Fails, Disqualified, Cancelled };

    SettingsSource source = SettingsSource::Guess;
    QString url; ///< the document it was read from (autoconfig, ispdb, mx, autodiscover)
    QString record; ///< the DNS record it came from (srv), or the guess
    bool highTrust = false;
    QStringList trustReasons; ///< why lower: "plain HTTP", "derived from MX", ...
    Protocol protocol = Protocol::Imap; ///< Imap, Pop3 or Submission
    QString host;
    quint16 port = 0;
    Security security = Security::ImplicitTls;
    int order = 0; ///< position within its source (the document's preference)

    State state = State::Waiting;
    QString outcome; ///< one line for people: "works", why it failed
    QStringList certificateNames; ///< the names a mismatching certificate carries
    int sameAs = -1; ///< another candidate with the same server: its inspection counts
    std::optional<Report> report;

    bool isIncoming() const { return protocol != Protocol::Submission; }
    /// For picking: lower is better (trust, source, protocol, security, order).
    QList<int> preferenceKey() const;
};

QString candidateStateName(SettingsCandidate::State state); ///< "works", "fails", ...

/// One question the finder asked (a DNS lookup or a URL) and its answer.
struct SettingsTried
{
    QString kind; ///< "dns" or "http"
    QString what; ///< "MX example.com", "https://autoconfig.example.com/..."
    QString outcome; ///< one line
    bool found = false; ///< it gave something to try
};

} // namespace MailInspect
