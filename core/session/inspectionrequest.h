// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/protocol.h"
#include "protocol/saslmechanism.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace MailInspect {

/// Why a request cannot be inspected as it stands (an error value). The
/// message never quotes the value it is about: that value may be a secret.
struct RequestProblem
{
    enum class Field { User, Password, OAuthToken, ClientName, MailFrom, RcptTo, DnsServer };
    Field field;
    QString message; ///< one line for people, lower-case start, no full stop
};

/// The problem with one field of a request on its own (isSafeCommandText()),
/// or nothing. For forms that check a field as it is typed; validate()
/// checks them all.
std::optional<RequestProblem> fieldProblem(RequestProblem::Field field, const QString &value);

/// What the user typed: the target and how to reach it. Never written to a
/// report as a whole (it may carry a password).
struct InspectionRequest
{
    QString targetAsTyped;
    QString host; ///< name sent as SNI and checked in the certificate
    quint16 port = 0; ///< 0: the protocol's default for the security mode
    Protocol protocol = Protocol::Smtp;
    Security security = Security::Auto;
    QString connectAddress; ///< connect here instead of resolving host
    /// Ask this DNS server ("ADDR" or "ADDR:PORT", "[v6]:PORT") for every name
    /// instead of the system's resolver; "" for the system's.
    QString dnsServer;
    QList<QSslCertificate> extraCaCertificates;
    QString caFile; ///< where the extra CAs came from, for the report
    int timeoutMs = 10000; ///< per step
    /// The whole inspection, the follow-up in the other security mode
    /// included; 0 for none (the per-step timeouts still bound every step).
    int deadlineMs = 0;
    QString clientName = QStringLiteral("mailinspect.localhost"); ///< EHLO/LHLO argument

    // Login (optional). The password and the token are never stored in a
    // report. None of them may contain CR, LF or NUL (validate()).
    QString user;
    QString password;
    QString oauthToken; ///< an OAuth 2 access token, for XOAUTH2 and OAUTHBEARER
    bool allowPlaintextAuth = false;
    /// The mechanism asked for, or nothing for the automatic choice: the
    /// strongest the server offers that the credentials allow (a token
    /// before a password).
    std::optional<SaslMechanism> authMechanism;

    // After a successful login (AccountCheck). The addresses go between the
    // angle brackets of MAIL FROM / RCPT TO: no CR, LF, NUL, space or angle
    // bracket (validate()). No message is ever sent: RSET, never DATA.
    bool checkMailbox = true; ///< IMAP: EXAMINE INBOX, and its quota; POP3: STAT
    QString mailFrom; ///< SMTP: may this login send as this sender?
    QString rcptTo; ///< SMTP: ... to this recipient? (only with mailFrom)

    bool checkInjection = false; ///< CVE-2011-0411 probe
    bool confirmWrongMode = true; ///< follow-up attempt in the other mode on a tell-tale failure

    quint16 effectivePort() const;
    Security effectiveSecurity() const; ///< never Auto

    /// The first reason this request must not be inspected, or nothing.
    /// Every front end checks it before connecting, and Inspection refuses
    /// such a request itself: no byte of it reaches a server.
    std::optional<RequestProblem> validate() const;
};

} // namespace MailInspect
