#pragma once

#include "dialect.h"

namespace MailInspect {

/// SMTP, submission and LMTP. Multi-line replies end only at a line whose
/// code is followed by a space (or nothing): a `220-` teaser followed
/// seconds later by `220 ` is one reply (Postfix postscreen).
class SmtpDialect : public Dialect
{
public:
    static constexpr int maxLinesPerReply = 1000;

    SmtpDialect(Protocol protocol, QByteArray clientName);

    Protocol protocol() const override { return m_protocol; }
    QByteArray command(Expect what) override;
    void expect(Expect what) override;
    std::optional<Reply> feed(const QByteArray &line) override;
    QStringList capabilities(const Reply &reply) const override;

private:
    Protocol m_protocol;
    QByteArray m_clientName;
    Reply m_pending;
};

} // namespace MailInspect
