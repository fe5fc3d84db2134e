// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace MailInspect {

/// What a scripted server presents in its TLS handshake: the chain it sends
/// (leaf first, then any intermediates) and the leaf's private key.
struct ServerCertificate
{
    QList<QSslCertificate> chain;
    QSslKey key;

    bool isValid() const { return !chain.isEmpty() && !key.isNull(); }
};

} // namespace MailInspect
