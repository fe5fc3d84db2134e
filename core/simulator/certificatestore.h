// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servercertificate.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailInspect {

/// The certificates a ScriptedServer can present, by the name a `!tls NAME`
/// directive uses ("good", "expired", "wrongname", ...).
class CertificateStore
{
public:
    void insert(const QString &name, const ServerCertificate &certificate);
    std::optional<ServerCertificate> find(const QString &name) const;
    bool contains(const QString &name) const { return m_certificates.contains(name); }
    QStringList names() const; ///< sorted

    /// Loads NAME.pem (the chain, leaf first) and NAME.key (PEM, RSA or EC) for
    /// every NAME that has both files in @p dir, e.g. the generated test PKI.
    static CertificateStore fromDirectory(const QString &dir);

    /// The practice certificates compiled into the program (practice-pki/):
    /// good, expired, notyetvalid, wrongname, selfsigned, nointermediate; all
    /// issued for mail.test, localhost, 127.0.0.1, 127.0.0.2 and ::1 except
    /// wrongname. Trust them with ScenarioCatalog::practiceCaCertificates().
    static CertificateStore practice();
    /// The practice root CA (practice-pki/ca.pem).
    static QList<QSslCertificate> practiceCaCertificates();

private:
    QHash<QString, ServerCertificate> m_certificates;
};

} // namespace MailInspect
