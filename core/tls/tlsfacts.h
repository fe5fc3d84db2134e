// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

namespace MailInspect {

/// Turns what QSslSocket knows about a handshake into report values.
namespace TlsFacts {

CertificateInfo describeCertificate(const QSslCertificate &certificate);
QString protocolName(int sslProtocol); ///< QSsl::SslProtocol -> "TLSv1.3"
/// Fills protocol, cipher, key exchange and chain from an encrypted socket.
void fillSessionFacts(TlsInfo &info, const QSslSocket &socket);
/// Records verification errors, split into trust problems and name problems.
void fillVerification(TlsInfo &info, const QList<QSslError> &errors);
/// "OpenSSL 3.0.17 1 Jul 2025" or the active backend's name.
QString backendDescription();

} // namespace TlsFacts
} // namespace MailInspect
