// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace MailInspect {

/// POP3 (RFC 1939, CAPA from RFC 2449, STLS from RFC 2595). A positive CAPA
/// reply is multi-line: it ends at a line holding a single dot, and lines
/// starting with a dot are dot-stuffed.
class Pop3Dialect : public Dialect
{
public:
    static constexpr int maxLinesPerReply = 1000;

    Protocol protocol() const override { return Protocol::Pop3; }
    QByteArray command(Expect what) override;
    void expect(Expect what) override;
    std::optional<Reply> feed(const QByteArray &line) override;
    QStringList capabilities(const Reply &reply) const override;
    QString startTlsVerb() const override { return QStringLiteral("STLS"); }
    QString startTlsCapability() const override { return QStringLiteral("STLS"); }
    bool endsProbeAnswer(const QByteArray &line) const override;
    bool isPositiveProbeAnswer(const QByteArray &line) const override;
    QStringList plaintextLoginOffers(const QStringList &capabilities) const override;
    ReplyCode parseStatusLine(const QByteArray &line) const override;
    bool hasAccountCommand(AccountCommand what) const override
    {
        return what == AccountCommand::MessageCount;
    }
    QByteArray accountCommand(AccountCommand what, const QByteArray &argument) override;
    AccountReading readAccountReply(AccountCommand what, const Reply &reply) const override;

private:
    bool m_multiline = false;
    bool m_inBody = false;
    bool m_expectContinuation = false;
    Reply m_pending;
};

} // namespace MailInspect
