// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace MailInspect {

struct TlsInfo;
class Transport;

/// The certificate check of one handshake: the verification errors the TLS
/// layer reports, tied to the chain once it is known, and a second opinion
/// from the system's certificate authorities when the extra CAs the user
/// gave do not vouch for the chain. The handshake goes on despite errors so
/// the report can show everything; no password is ever sent over it
/// (TlsInfo::verified stays false).
class TlsVerification
{
public:
    /// @p host is the name checked; @p extraCas tells whether the handshake
    /// trusted only the user's extra CAs.
    TlsVerification(QString host, bool extraCas);

    /// Errors reported during the handshake, recorded into @p tls at once.
    void addErrors(const QList<QSslError> &errors, TlsInfo &tls);
    /// The handshake completed: session facts and the verification result.
    /// True when the system store trusts a chain the extra CAs did not.
    bool complete(const Transport &transport, TlsInfo &tls);

private:
    bool systemStoreTrusts(const QList<QSslCertificate> &chain) const;

    QString m_host;
    bool m_extraCas;
    QList<QSslError> m_errors;
};

} // namespace MailInspect
