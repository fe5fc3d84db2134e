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
