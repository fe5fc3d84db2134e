// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace MailInspect {

/// IMAP4rev1/IMAP4rev2. Tagged completion ends a reply; untagged lines are
/// collected; the greeting may carry `[CAPABILITY ...]`; `* PREAUTH` puts the
/// session in the authenticated state where STARTTLS is impossible.
class ImapDialect : public Dialect
{
public:
    static constexpr int maxLinesPerReply = 1000;

    Protocol protocol() const override { return Protocol::Imap; }
    bool usesLiterals() const override { return true; }
    QByteArray command(Expect what) override;
    void expect(Expect what) override;
    std::optional<Reply> feed(const QByteArray &line) override;
    QByteArray taggedCommand(const QByteArray &command) override;
    QStringList capabilities(const Reply &reply) const override;
    bool greetingHasCapabilities(const Reply &greeting) const override;
    QByteArray injectionProbe() const override;
    bool endsProbeAnswer(const QByteArray &line) const override;
    bool isPositiveProbeAnswer(const QByteArray &line) const override;
    bool isUnsolicitedAllowed(const QByteArray &line) const override;
    QString verbOf(const QByteArray &commandLine) const override;
    QStringList plaintextLoginOffers(const QStringList &capabilities) const override;
    ReplyCode parseStatusLine(const QByteArray &line) const override;
    bool hasAccountCommand(AccountCommand what) const override;
    QByteArray accountCommand(AccountCommand what, const QByteArray &argument) override;
    bool offersQuota(const QStringList &capabilities) const override;
    AccountReading readAccountReply(AccountCommand what, const Reply &reply) const override;

    QByteArray lastTag() const { return m_tag; }

private:
    int m_tagCounter = 0;
    QByteArray m_tag;
    QByteArray m_expectedTag;
    bool m_expectGreeting = true;
    bool m_expectContinuation = false;
    Reply m_pending;
};

} // namespace MailInspect
