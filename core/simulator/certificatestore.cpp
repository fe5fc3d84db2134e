// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

// The resource of practice-pki/ (qt_add_resources in core/CMakeLists.txt).
// Registering it explicitly keeps it working when the library is linked
// statically and nothing else references the resource object.
static void initPracticeResource()
{
    Q_INIT_RESOURCE(practice_pki);
}

namespace MailInspect {

namespace {

const QString practicePrefix = QStringLiteral(":/mailinspect/practice-pki/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QSslKey keyFromPem(const QByteArray &pem)
{
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    return key;
}

std::optional<ServerCertificate> loadPair(const QString &pemPath, const QString &keyPath)
{
    ServerCertificate certificate;
    certificate.chain = QSslCertificate::fromData(readFile(pemPath), QSsl::Pem);
    certificate.key = keyFromPem(readFile(keyPath));
    if (!certificate.isValid())
        return std::nullopt;
    return certificate;
}

} // namespace

void CertificateStore::insert(const QString &name, const ServerCertificate &certificate)
{
    m_certificates.insert(name, certificate);
}

std::optional<ServerCertificate> CertificateStore::find(const QString &name) const
{
    const auto it = m_certificates.constFind(name);
    if (it == m_certificates.constEnd())
        return std::nullopt;
    return *it;
}

QStringList CertificateStore::names() const
{
    QStringList out = m_certificates.keys();
    std::sort(out.begin(), out.end());
    return out;
}

CertificateStore CertificateStore::fromDirectory(const QString &dir)
{
    CertificateStore store;
    const QDir folder(dir);
    const QStringList pems = folder.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name);
    for (const QString &pem : pems) {
        const QString name = QFileInfo(pem).completeBaseName();
        const QString key = name + QStringLiteral(".key");
        if (!folder.exists(key))
            continue;
        if (auto pair = loadPair(folder.filePath(pem), folder.filePath(key)))
            store.insert(name, *pair);
    }
    return store;
}

CertificateStore CertificateStore::practice()
{
    initPracticeResource();
    CertificateStore store;
    static const char *const names[]
        = {"good", "expired", "notyetvalid", "wrongname", "selfsigned", "nointermediate"};
    for (const char *name : names) {
        const QString base = practicePrefix + QLatin1String(name);
        if (auto pair = loadPair(base + QStringLiteral(".pem"), base + QStringLiteral(".key")))
            store.insert(QLatin1String(name), *pair);
        else
            qWarning("practice certificate %s is missing from the resources", name);
    }
    return store;
}

QList<QSslCertificate> CertificateStore::practiceCaCertificates()
{
    initPracticeResource();
    return QSslCertificate::fromData(readFile(practicePrefix + QStringLiteral("ca.pem")),
                                     QSsl::Pem);
}

} // namespace MailInspect
