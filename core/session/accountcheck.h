// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/dialect.h"
#include "report/report.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace MailInspect {

/// The checks after a successful login, one command per step: IMAP opens
/// the inbox read-only and asks for its quota, POP3 counts the messages,
/// SMTP tries a test envelope (sender, recipient) and drops it again. The
/// protocol's words are the dialect's; no sockets inside. Never sends
/// anything that changes the mailbox or sends a message.
class AccountCheck
{
public:
    AccountCheck(const Dialect &dialect, const QStringList &capabilities, bool checkMailbox,
                 const QString &mailFrom, const QString &rcptTo);

    struct Command
    {
        StepId step;
        AccountCommand command;
        QByteArray argument; ///< the address, for Sender and Recipient
    };
    /// The next check to run, or nothing when all have run; the address it
    /// tests goes into @p facts as it is sent.
    std::optional<Command> next(AccountFacts &facts);

    struct Outcome
    {
        StepStatus status;
        QString summary;
        QVariantMap details;
    };
    /// Records the reply to @p command into @p facts and says how the step
    /// ended. @p words is the server's last line as the report shows it
    /// (escaped and redacted).
    Outcome onReply(const Command &command, const Reply &reply, const QString &words,
                    AccountFacts &facts);

private:
    const Dialect &m_dialect;
    QList<Command> m_plan;
    bool m_recipientGiven = false; ///< else the recipient step tests the sender's own address
};

} // namespace MailInspect
