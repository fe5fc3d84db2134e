// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsverification.h"

#include "session/transport.h"
#include "tls/tlsfacts.h"

namespace MailInspect {

TlsVerification::TlsVerification(QString host, bool extraCas)
    : m_host(std::move(host))
    , m_extraCas(extraCas)
{ }

void TlsVerification::addErrors(const QList<QSslError> &errors, TlsInfo &tls)
{
    m_errors += errors;
    TlsFacts::fillVerification(tls, errors);
}

bool TlsVerification::complete(const Transport &transport, TlsInfo &tls)
{
    transport.fillTlsFacts(tls);
    // Now that the chain is known, tie each problem to its certificate.
    tls.problems.clear();
    TlsFacts::fillVerification(tls, m_errors);
    // With extra CAs the handshake verified against them alone (parsing the
    // whole system store costs ~100 ms); the system store may still trust
    // the chain. The name is checked either way.
    if (tls.trusted || !m_extraCas || !systemStoreTrusts(transport.peerCertificateChain()))
        return false;
    QList<QSslError> nameOnly;
    for (const QSslError &e : std::as_const(m_errors)) {
        if (e.error() == QSslError::HostNameMismatch)
            nameOnly.append(e);
    }
    tls.problems.clear();
    TlsFacts::fillVerification(tls, nameOnly);
    return true;
}

bool TlsVerification::systemStoreTrusts(const QList<QSslCertificate> &chain) const
{
    for (const QSslError &e : QSslCertificate::verify(chain, m_host)) {
        if (e.error() != QSslError::HostNameMismatch)
            return false;
    }
    return true;
}

} // namespace MailInspect
