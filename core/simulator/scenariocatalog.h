// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatestore.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

#include <optional>

namespace MailInspect {

/// The built-in practice servers (`mailinspect --demo`, the GUI's practice
/// mode, and the tests): healthy servers and servers that misbehave in the
/// ways KNOWLEDGE.md describes. Play one with
///     ScriptedServer server(*SimulatorScript::parse(s.script),
///                           ScenarioCatalog::practiceCertificates());
/// and let the client trust practiceCaCertificates(), with mail.test (or
/// 127.0.0.1 / localhost) as the name to check.
class ScenarioCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MailInspect::ScenarioCatalog)
public:
    static QList<Scenario> scenarios(); ///< in a sensible teaching order
    static std::optional<Scenario> find(const QString &id);
    static QStringList ids();

    /// The practice root CA the practice certificates chain to.
    static QList<QSslCertificate> practiceCaCertificates();
    /// The certificates the scenario scripts name (CertificateStore::practice()).
    static CertificateStore practiceCertificates();
    /// The name every good practice certificate is issued for.
    static QString practiceHostName() { return QStringLiteral("mail.test"); }
};

} // namespace MailInspect
