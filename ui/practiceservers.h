// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/scenario.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>

#include <optional>

namespace MailInspect {

class ScriptedServer;

/// The practice servers: the built-in simulator scenarios (a healthy
/// server, wrong security mode both ways, bad certificates, a firewall that
/// strips STARTTLS, ...) played on loopback, so the app works offline and
/// trainees learn what each failure looks like. Servers start on demand and
/// keep running (each connection replays its script) until stopped.
class PracticeServers : public QObject
{
    Q_OBJECT
public:
    explicit PracticeServers(QObject *parent = nullptr);
    ~PracticeServers() override;

    QList<Scenario> scenarios() const { return m_scenarios; }
    std::optional<Scenario> scenario(const QString &id) const;

    /// Starts the scenario's server on 127.0.0.1 (once) and returns its port.
    std::optional<quint16> start(const QString &id, QString *error = nullptr);
    /// Starts every scenario; returns how many are listening.
    int startAll();
    bool isRunning(const QString &id) const;
    int runningCount() const;
    void stopAll();

    /// The practice CA the practice certificates chain to.
    static QList<QSslCertificate> caCertificates();
    /// The name every practice certificate is issued for.
    static QString practiceHost();
    static QString practiceAddress() { return QStringLiteral("127.0.0.1"); }

private:
    QList<Scenario> m_scenarios;
    QHash<QString, ScriptedServer *> m_servers;
};

} // namespace MailInspect
