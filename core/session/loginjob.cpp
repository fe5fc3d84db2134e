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

LoginJob::LoginJob(Protocol protocol, const QStringList &capabilities, const QString &user,
                   const QString &password, const QString &mechanism)
    : m_auth(protocol, capabilities, user, password, mechanism)
{ }

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
