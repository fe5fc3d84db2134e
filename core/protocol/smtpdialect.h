// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
    bool hasHelloFallback() const override { return m_protocol != Protocol::Lmtp; }
    bool capabilitiesRequired() const override { return true; }
    bool refusedGreetingAwaitsQuit(const Reply &greeting) const override;
    bool endsProbeAnswer(const QByteArray &line) const override;
    bool isPositiveProbeAnswer(const QByteArray &line) const override;
    QStringList plaintextLoginOffers(const QStringList &capabilities) const override;
    QString maskedCapability(const QStringList &capabilities) const override;
    QString maskedGreetingLine(const QStringList &greetingLines) const override;
    ReplyCode parseStatusLine(const QByteArray &line) const override;
    bool hasAccountCommand(AccountCommand what) const override;
    QByteArray accountCommand(AccountCommand what, const QByteArray &argument) override;

    /// The typed meaning of a final reply line's codes: the enhanced status
    /// code at the start of @p text and what the pair says (RFC 3463,
    /// RFC 4954, a provider's 5.7.139).
    static void readCodes(Reply &reply);

private:
    Protocol m_protocol;
    QByteArray m_clientName;
    Reply m_pending;
};

} // namespace MailInspect
