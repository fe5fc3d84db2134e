// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceservers.h"

#include "simulator/scenariocatalog.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"

namespace MailInspect {

PracticeServers::PracticeServers(QObject *parent)
    : QObject(parent)
    , m_scenarios(ScenarioCatalog::scenarios())
{ }

PracticeServers::~PracticeServers()
{
    stopAll();
}

std::optional<Scenario> PracticeServers::scenario(const QString &id) const
{
    for (const Scenario &s : m_scenarios) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<quint16> PracticeServers::start(const QString &id, QString *error)
{
    if (ScriptedServer *running = m_servers.value(id))
        return running->serverPort();
    const auto found = scenario(id);
    if (!found) {
        if (error)
            *error = tr("There is no practice server \"%1\".").arg(id);
        return std::nullopt;
    }
    QString parseError;
    const auto script = SimulatorScript::parse(found->script, &parseError);
    if (!script) {
        if (error)
            *error = tr("The practice script \"%1\" is broken: %2").arg(id, parseError);
        return std::nullopt;
    }
    auto *server = new ScriptedServer(*script, ScenarioCatalog::practiceCertificates(), this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("The practice server \"%1\" could not start: %2")
                         .arg(id, server->errors().join(QStringLiteral("; ")));
        delete server;
        return std::nullopt;
    }
    m_servers.insert(id, server);
    return server->serverPort();
}

int PracticeServers::startAll()
{
    for (const Scenario &s : m_scenarios)
        start(s.id);
    return runningCount();
}

bool PracticeServers::isRunning(const QString &id) const
{
    return m_servers.contains(id);
}

int PracticeServers::runningCount() const
{
    return int(m_servers.size());
}

void PracticeServers::stopAll()
{
    for (ScriptedServer *server : std::as_const(m_servers)) {
        server->close();
        delete server;
    }
    m_servers.clear();
}

QList<QSslCertificate> PracticeServers::caCertificates()
{
    return ScenarioCatalog::practiceCaCertificates();
}

QString PracticeServers::practiceHost()
{
    return ScenarioCatalog::practiceHostName();
}

} // namespace MailInspect
