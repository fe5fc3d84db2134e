// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QtTest>

namespace MailInspect::Test {

QString pkiDir()
{
    const QString dir = qEnvironmentVariable("MAILINSPECT_TEST_PKI");
    if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/ca.pem")))
        qFatal("test PKI missing: run through ctest (fixture pki.generate) or set "
               "MAILINSPECT_TEST_PKI to a folder made by tests/certs/make-test-certs.sh");
    return dir;
}

QString pkiFile(const QString &name)
{
    return pkiDir() + QLatin1Char('/') + name;
}

QList<QSslCertificate> pkiCertificates(const QString &name)
{
    return QSslCertificate::fromPath(pkiFile(name + QStringLiteral(".pem")));
}

QSslKey pkiKey(const QString &name)
{
    QFile f(pkiFile(name + QStringLiteral(".key")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(f.readAll(), QSsl::Rsa, QSsl::Pem);
}

QString sourceDir()
{
    return qEnvironmentVariable("MAILINSPECT_SOURCE_DIR");
}

QString binaryDir()
{
    return qEnvironmentVariable("MAILINSPECT_BINARY_DIR");
}

} // namespace MailInspect::Test
