// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcheck.h"

#include <QCoreApplication>

namespace MailInspect {

namespace {
// tr() in context "AccountCheck", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountCheck)
};
} // namespace

AccountCheck::AccountCheck(const Dialect &dialect, const QStringList &capabilities,
                           bool checkMailbox, const QString &mailFrom, const QString &rcptTo)
    : m_dialect(dialect)
{
    const auto plan = [this](StepId step, AccountCommand command, const QString &argument = {}) {
        if (m_dialect.hasAccountCommand(command))
            m_plan.append({step, command, argument.toUtf8()});
    };
    if (checkMailbox) {
        plan(StepId::Mailbox, AccountCommand::OpenInbox);
        if (m_dialect.offersQuota(capabilities))
            plan(StepId::Quota, AccountCommand::InboxQuota);
        plan(StepId::Mailbox, AccountCommand::MessageCount);
    }
    // The addresses were checked with the request (isSafeMailAddress()); the
    // recipient only after a sender, as SMTP wants it.
    if (isSafeMailAddress(mailFrom)) {
        plan(StepId::Sender, AccountCommand::Sender, mailFrom);
        // Postfix checks the sender only when a recipient follows
        // (smtpd_delay_reject): without one given, the sender's own address
        // is the recipient, so a foreign sender is still refused.
        m_recipientGiven = isSafeMailAddress(rcptTo);
        plan(StepId::Recipient, AccountCommand::Recipient, m_recipientGiven ? rcptTo : mailFrom);
        plan(StepId::Reset, AccountCommand::Reset);
    }
}

std::optional<AccountCheck::Command> AccountCheck::next(AccountFacts &facts)
{
    if (m_plan.isEmpty())
        return std::nullopt;
    const Command command = m_plan.takeFirst();
    if (command.command == AccountCommand::Sender)
        facts.mailFrom = QString::fromUtf8(command.argument);
    else if (command.command == AccountCommand::Recipient && m_recipientGiven)
        facts.rcptTo = QString::fromUtf8(command.argument);
    return command;
}

AccountCheck::Outcome AccountCheck::onReply(const Command &command, const Reply &reply,
                                            const QString &words, AccountFacts &facts)
{
    const bool ok = reply.isPositive();
    const AccountReading reading
        = ok ? m_dialect.readAccountReply(command.command, reply) : AccountReading();
    if (!reading.problem.isEmpty() && facts.problem.isEmpty())
        facts.problem = reading.problem;
    const QString address = QString::fromUtf8(command.argument);
    switch (command.command) {
    case AccountCommand::OpenInbox:
    case AccountCommand::MessageCount:
        facts.mailboxChecked = true;
        facts.mailboxReply = reply.replyCode();
        facts.mailboxReplyText = words;
        facts.messages = reading.messages;
        facts.mailboxBytes = reading.bytes;
        if (!ok)
            return {
                StepStatus::Warning, Tr::tr("The inbox could not be opened: %1").arg(words), {}};
        if (!reading.problem.isEmpty())
            return {StepStatus::Warning, Tr::tr("Unreadable answer: %1").arg(reading.problem), {}};
        return {StepStatus::Ok,
                reading.messages < 0 ? Tr::tr("Inbox opened read-only")
                                     : Tr::tr("%1 messages in the inbox").arg(reading.messages),
                {{QStringLiteral("messages"), reading.messages},
                 {QStringLiteral("bytes"), reading.bytes}}};
    case AccountCommand::InboxQuota: {
        facts.quotaChecked = true;
        facts.quotaReply = reply.replyCode();
        if (!ok)
            return {StepStatus::Warning, Tr::tr("No quota: %1").arg(words), {}};
        if (!reading.problem.isEmpty())
            return {StepStatus::Warning, Tr::tr("Unreadable answer: %1").arg(reading.problem), {}};
        facts.quotaResource = reading.resource;
        facts.quotaUsage = reading.usage;
        facts.quotaLimit = reading.limit;
        if (reading.limit <= 0)
            return {StepStatus::Ok, Tr::tr("No quota limit for the inbox"), {}};
        const double percent = double(reading.usage) * 100.0 / double(reading.limit);
        return {percent >= 100      ? StepStatus::Error
                    : percent >= 90 ? StepStatus::Warning
                                    : StepStatus::Ok,
                Tr::tr("%1 % of the quota used (%2: %3 of %4)")
                    .arg(qint64(percent))
                    .arg(reading.resource)
                    .arg(reading.usage)
                    .arg(reading.limit),
                {{QStringLiteral("resource"), reading.resource},
                 {QStringLiteral("usage"), reading.usage},
                 {QStringLiteral("limit"), reading.limit}}};
    }
    case AccountCommand::Sender:
        facts.senderReply = reply.replyCode();
        facts.senderReplyText = words;
        if (!ok) {
            // RCPT TO after a refused sender is out of order; reset straight away.
            m_plan.removeIf([](const Command &c) { return c.step == StepId::Recipient; });
            return {StepStatus::Error, Tr::tr("Sender %1 refused: %2").arg(address, words), {}};
        }
        return {StepStatus::Ok, Tr::tr("Sender %1 accepted").arg(address), {}};
    case AccountCommand::Recipient:
        facts.recipientReply = reply.replyCode();
        facts.recipientReplyText = words;
        if (!m_recipientGiven) {
            // The sender's own address, asked only to make the server judge the sender.
            return ok ? Outcome {StepStatus::Ok,
                                 Tr::tr("Sender accepted with itself as the recipient"),
                                 {}}
                      : Outcome {reply.responseCode.kind == ResponseCode::Kind::SenderNotPermitted
                                     ? StepStatus::Error
                                     : StepStatus::Warning,
                                 Tr::tr("Refused with the sender as the recipient: %1").arg(words),
                                 {}};
        }
        return ok ? Outcome {StepStatus::Ok, Tr::tr("Recipient %1 accepted").arg(address), {}}
                  : Outcome {StepStatus::Error,
                             Tr::tr("Recipient %1 refused: %2").arg(address, words),
                             {}};
    case AccountCommand::Reset:
        facts.resetSent = true;
        return {ok ? StepStatus::Ok : StepStatus::Warning,
                Tr::tr("Test envelope dropped; no message was sent: %1").arg(words),
                {}};
    }
    return {StepStatus::Ok, words, {}};
}

} // namespace MailInspect
