// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/protocol.h"

#include <QString>
#include <QStringList>

namespace MailInspect {

/// One built-in practice server: a script for the ScriptedServer plus what
/// the user is meant to type and what an inspection of it should conclude.
struct Scenario
{
    QString id; ///< stable, e.g. "starttls-stripped"
    QString title; ///< one line for people (translated)
    QString description; ///< what the server does and what the trainee should notice
    Protocol protocol = Protocol::Smtp;
    Security security = Security::StartTls; ///< what the user chose in their mail app
    QString script; ///< simulatorscript.h format; certificates of CertificateStore::practice()
    QString expectedVerdict; ///< "secure", "insecure" or "failed"
    QStringList expectedFindings; ///< finding ids the inspection must report (at least these)
    /// When set, the scenario is about the login: the form logs in as this
    /// user with the practice password (practicePassword()).
    QString loginUser = {};
};

/// The password practice scenarios log in with: not a secret, and still
/// redacted like one.
inline QString practicePassword()
{
    return QStringLiteral("practice-password");
}

} // namespace MailInspect
