// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace MailInspect::Test {

/// Folder of the generated test PKI (MAILINSPECT_TEST_PKI); fails the test
/// run loudly when it is missing.
QString pkiDir();
QString pkiFile(const QString &name); ///< e.g. "ca.pem"
QList<QSslCertificate> pkiCertificates(const QString &name); ///< chain in NAME.pem
QSslKey pkiKey(const QString &name); ///< NAME.key
QString sourceDir();
QString binaryDir();

} // namespace MailInspect::Test
