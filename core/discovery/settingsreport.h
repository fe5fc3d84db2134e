// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/settingscandidate.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace MailInspect {

class SettingsFinder;

/// What the customer has now (the form, or --protocol/--port/--security), to
/// compare with what the finder proved.
struct CurrentSettings
{
    Protocol protocol = Protocol::Imap;
    QString host;
    quint16 port = 0;
    Security security = Security::Auto;
};

/// The schema identifier of the finder's JSON ("schema").
inline constexpr char settingsSchema[] = "mailinspect-settings/1";

/// The finder's result as JSON (schema mailinspect-settings/1): recommended
/// incoming/outgoing, every candidate with its source, trust and the full
/// report of its inspection, and every question asked; with @p current, the
/// comparison "customer has -> should be".
QByteArray writeSettingsJson(const SettingsFinder &finder,
                             const std::optional<CurrentSettings> &current = std::nullopt);

/// The same for a terminal or a ticket, in plain text.
QString writeSettingsText(const SettingsFinder &finder,
                          const std::optional<CurrentSettings> &current = std::nullopt);

/// "Incoming: IMAP, server imap.example.com, port 993, SSL/TLS" and the
/// outgoing line: what a customer types into a mail app.
QString customerInstructions(const SettingsCandidate *incoming, const SettingsCandidate *outgoing);

/// "Port: 143 → 993"-style lines for what differs; empty when nothing does.
QStringList compareSettings(const CurrentSettings &current, const SettingsCandidate &proven);

} // namespace MailInspect
