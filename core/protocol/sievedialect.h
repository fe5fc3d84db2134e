// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace MailInspect {

/// ManageSieve (RFC 5804). The greeting is the capability list ending in OK;
/// after STARTTLS succeeds the server re-sends the capabilities unasked, so
/// no command is sent for them. A response ends at a line starting with OK,
/// NO or BYE.
class SieveDialect : public Dialect
{
public:
    static constexpr int maxLinesPerReply = 1000;

    Protocol protocol() const override { return Protocol::Sieve; }
    bool usesLiterals() const override { return true; }
    QByteArray command(Expect what) override;
    void expect(Expect what) override;
    std::optional<Reply> feed(const QByteArray &line) override;
    QStringList capabilities(const Reply &reply) const override;
    bool greetingHasCapabilities(const Reply &) const override { return true; }
    /// None: the server's unasked capabilities after TLS would look like an answer.
    QByteArray injectionProbe() const override { return {}; }
    bool endsProbeAnswer(const QByteArray &line) const override;
    bool isPositiveProbeAnswer(const QByteArray &line) const override;
    QStringList plaintextLoginOffers(const QStringList &capabilities) const override;
    ReplyCode parseStatusLine(const QByteArray &line) const override;

private:
    Reply m_pending;
    bool m_expectContinuation = false;
};

} // namespace MailInspect
