#pragma once

#include "protocol/protocol.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace MailInspect {

/// What the user typed: the target and how to reach it. Never written to a
/// report as a whole (it may carry a password).
struct InspectionRequest
{
    QString targetAsTyped;
    QString host;                 ///< name sent as SNI and checked in the certificate
    quint16 port = 0;             ///< 0: the protocol's default for the security mode
    Protocol protocol = Protocol::Smtp;
    Security security = Security::Auto;
    QString connectAddress;       ///< connect here instead of resolving host
    QList<QSslCertificate> extraCaCertificates;
    QString caFile;               ///< where the extra CAs came from, for the report
    int timeoutMs = 10000;        ///< per step
    /// The whole inspection, the follow-up in the other security mode
    /// included; 0 for none (the per-step timeouts still bound every step).
    int deadlineMs = 0;
    QString clientName = QStringLiteral("mailinspect.localhost"); ///< EHLO/LHLO argument

    // Login (optional). The password is never stored in a report.
    QString user;
    QString password;
    bool allowPlaintextAuth = false;
    QString authMechanism; ///< "PLAIN", "LOGIN", "USER" or empty for the best offered

    bool checkInjection = false;  ///< CVE-2011-0411 probe
    bool confirmWrongMode = true; ///< follow-up attempt in the other mode on a tell-tale failure

    quint16 effectivePort() const;
    Security effectiveSecurity() const; ///< never Auto
};

} // namespace MailInspect
