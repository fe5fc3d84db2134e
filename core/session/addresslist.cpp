// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresslist.h"

namespace MailInspect {

void AddressList::reset(QList<QHostAddress> addresses)
{
    m_addresses = std::move(addresses);
    m_index = 0;
}

QHostAddress AddressList::next()
{
    Q_ASSERT(hasNext());
    return m_addresses.at(++m_index);
}

} // namespace MailInspect
