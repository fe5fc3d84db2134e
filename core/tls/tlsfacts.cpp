// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfacts.h"

#include "report/untrustedtext.h"
#include "tls/tlslog.h"

#include <QCryptographicHash>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace MailInspect::TlsFacts {

namespace {
QString joinedName(const QSslCertificate &c, bool issuer)
{
    // Most specific last in the DN is conventional; show CN first for people.
    const QList<QByteArray> attrs = issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attr : attrs) {
        const QStringList values = issuer ? c.issuerInfo(attr) : c.subjectInfo(attr);
        for (const QString &v : values)
            parts.append(untrustedText(attr) + QLatin1Char('=') + untrustedText(v));
    }
    std::stable_sort(parts.begin(), parts.end(), [](const QString &a, const QString &b) {
        return a.startsWith(QLatin1String("CN=")) && !b.startsWith(QLatin1String("CN="));
    });
    return parts.join(QStringLiteral(", "));
}

QString keyAlgorithmName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Ec:
        return QStringLiteral("EC");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Opaque:
        return QStringLiteral("opaque");
    }
    return QStringLiteral("unknown");
}

QString hexWithColons(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}
} // namespace

CertificateInfo describeCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = joinedName(certificate, false);
    info.issuer = joinedName(certificate, true);
    const QStringList cns = certificate.subjectInfo(QSslCertificate::CommonName);
    info.commonName = cns.isEmpty() ? QString() : untrustedText(cns.constFirst());
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 = hexWithColons(certificate.digest(QCryptographicHash::Sha256));
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            info.subjectAltNames.append(QStringLiteral("DNS:") + untrustedText(it.value()));
        else if (it.key() == QSsl::IpAddressEntry)
            info.subjectAltNames.append(QStringLiteral("IP:") + untrustedText(it.value()));
        else if (it.key() == QSsl::EmailEntry)
            info.subjectAltNames.append(QStringLiteral("email:") + untrustedText(it.value()));
    }
    const QSslKey key = certificate.publicKey();
    info.publicKey
        = keyAlgorithmName(key.algorithm()) + QLatin1Char(' ') + QString::number(key.length());
    info.serialNumber = untrustedText(certificate.serialNumber());
    info.selfSigned = certificate.isSelfSigned();
    info.pem = certificate.toPem();
    return info;
}

QString protocolName(int sslProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(sslProtocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        break;
    }
    // Deprecated enumerators (TLS 1.0/1.1) are compiled out here; their
    // numeric values are stable in Qt 6.
    switch (sslProtocol) {
    case 0:
        return QStringLiteral("TLSv1.0");
    case 1:
        return QStringLiteral("TLSv1.1");
    default:
        return QStringLiteral("unknown");
    }
}

void fillSessionFacts(TlsInfo &info, const QSslSocket &socket)
{
    const QSslCipher cipher = socket.sessionCipher();
    info.protocol = protocolName(socket.sessionProtocol());
    if (info.protocol == QLatin1String("unknown") && !cipher.isNull())
        info.protocol = cipher.protocolString();
    info.cipher = cipher.name();
    const QSslKey ephemeral = socket.sslConfiguration().ephemeralServerKey();
    QString kx = cipher.keyExchangeMethod();
    if (kx == QLatin1String("any"))
        kx.clear(); // TLS 1.3 suites do not name the key exchange
    if (!ephemeral.isNull() && ephemeral.algorithm() != QSsl::Opaque && ephemeral.length() > 0) {
        const QString eph = keyAlgorithmName(ephemeral.algorithm()) + QLatin1Char(' ')
            + QString::number(ephemeral.length());
        kx = kx.isEmpty() ? eph : kx + QStringLiteral(" (") + eph + QLatin1Char(')');
    }
    if (kx.isEmpty() && info.protocol == QLatin1String("TLSv1.3"))
        kx = QStringLiteral("(EC)DHE key share (TLS 1.3)");
    info.keyExchange = kx;
    info.chain.clear();
    for (const QSslCertificate &c : socket.peerCertificateChain())
        info.chain.append(describeCertificate(c));
    // Names from the TLS library, not from the server; the certificates' own words stay out.
    qCDebug(lcTls) << "handshake completed:" << info.protocol << info.cipher << "key exchange"
                   << info.keyExchange << "with" << info.chain.size() << "certificate(s)";
}

void fillVerification(TlsInfo &info, const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        CertificateProblem p;
        p.code = static_cast<int>(e.error());
        p.message = e.errorString();
        p.isNameProblem = e.error() == QSslError::HostNameMismatch;
        if (!e.certificate().isNull()) {
            for (qsizetype i = 0; i < info.chain.size(); ++i) {
                if (info.chain.at(i).pem == e.certificate().toPem()) {
                    p.certificateIndex = int(i);
                    break;
                }
            }
        }
        bool duplicate = false;
        for (const CertificateProblem &q : std::as_const(info.problems))
            duplicate = duplicate || (q.code == p.code && q.certificateIndex == p.certificateIndex);
        if (!duplicate)
            info.problems.append(p);
    }
    bool nameOk = true;
    bool trustOk = true;
    for (const CertificateProblem &p : std::as_const(info.problems)) {
        if (p.isNameProblem)
            nameOk = false;
        else
            trustOk = false;
    }
    info.nameMatches = nameOk;
    info.trusted = trustOk;
    info.verified = nameOk && trustOk;
    if (lcTls().isDebugEnabled()) {
        QList<int> codes;
        for (const CertificateProblem &p : std::as_const(info.problems))
            codes << p.code;
        qCDebug(lcTls) << "certificate check: trusted" << info.trusted << "name matches"
                       << info.nameMatches << "QSslError codes" << codes;
    }
}

QString backendDescription()
{
    const QString version = QSslSocket::sslLibraryVersionString();
    return version.isEmpty() ? QSslSocket::activeBackend() : version;
}

} // namespace MailInspect::TlsFacts
