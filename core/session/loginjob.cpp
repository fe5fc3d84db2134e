// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginjob.h"

#include "protocol/dialect.h"

namespace MailInspect {

LoginJob::Refusal LoginJob::refusal(bool inTls, bool certificateVerified, bool plaintextAllowed)
{
    if (!inTls && !plaintextAllowed)
        return Refusal::NotEncrypted;
    if (inTls && !certificateVerified)
        return Refusal::Unverified;
    return Refusal::None;
}

LoginJob::LoginJob(Protocol protocol, const QStringList &capabilities, LoginCredentials credentials,
                   std::optional<SaslMechanism> mechanism, Refusal refusal)
    : m_auth(protocol, capabilities, std::move(credentials), mechanism, refusal == Refusal::None)
    , m_refusal(refusal)
{ }

LoginJob::Refusal LoginJob::withheldBecause() const
{
    // On a connection that may not carry the secret, that is the reason
    // whenever nothing else could be used, whatever the server offers.
    const bool none
        = !m_auth.mechanism() && m_auth.obstacle() != Authenticator::Obstacle::UnsafeText;
    return none ? m_refusal : Refusal::None;
}

QByteArray LoginJob::start(Dialect &dialect)
{
    return dialect.taggedCommand(m_auth.firstCommand());
}

LoginJob::Next LoginJob::onReply(const Reply &reply, Dialect &dialect)
{
    Next next;
    QByteArray line;
    bool isCommand = false;
    const Authenticator::Outcome outcome = m_auth.onReply(reply, &line, &isCommand);
    if (outcome == Authenticator::Outcome::Continue) {
        // POP3's PASS is a command of its own; SASL responses are bare lines.
        next.endsSaslExchange = isCommand;
        next.bytes = isCommand ? dialect.taggedCommand(line) : line + "\r\n";
        return next;
    }
    next.finished = true;
    next.succeeded = outcome == Authenticator::Outcome::Succeeded;
    next.endsSaslExchange = true;
    return next;
}

} // namespace MailInspect
