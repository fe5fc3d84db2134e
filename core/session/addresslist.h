// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>

namespace MailInspect {

/// The addresses of a name, tried one after another as a mail app does:
/// the next one only when the current one did not answer.
class AddressList
{
public:
    void reset(QList<QHostAddress> addresses);
    bool isEmpty() const { return m_addresses.isEmpty(); }
    QHostAddress first() const { return m_addresses.value(0); }
    bool hasNext() const { return m_index + 1 < m_addresses.size(); }
    /// Moves on; only when hasNext().
    QHostAddress next();

private:
    QList<QHostAddress> m_addresses; ///< in the resolver's order
    int m_index = 0;
};

} // namespace MailInspect
