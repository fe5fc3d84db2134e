#pragma once

#include "dialect.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace MailInspect {

/// Plans and runs one login over a dialect: picks a mechanism the server
/// offers (SASL PLAIN or LOGIN, IMAP LOGIN, POP3 USER/PASS, ManageSieve
/// AUTHENTICATE) and answers the server's challenges. No sockets inside.
class Authenticator
{
public:
    enum class Outcome { Continue, Succeeded, Failed };

    /// `preferred`: "PLAIN", "LOGIN" (SASL LOGIN, or IMAP's LOGIN command),
    /// "USER" (POP3 USER/PASS) or empty for the best the server offers.
    Authenticator(Protocol protocol, const QStringList &capabilities, QString user,
                  QString password, QString preferred = {});

    /// Why no login can be tried (nothing offered that we speak), or empty.
    QString unavailableReason() const { return m_unavailable; }
    /// The mechanism for people: "AUTH PLAIN", "IMAP LOGIN", "USER/PASS", ...
    QString mechanismName() const { return m_name; }
    /// The first command, without tag or CRLF (the dialect adds them).
    QByteArray firstCommand();
    /// Reacts to a reply. On Continue, *next is the line to send (without
    /// CRLF, untagged: SASL responses and POP3 PASS are not tagged... except
    /// PASS, which `nextIsCommand` marks as a new command).
    Outcome onReply(const Reply &reply, QByteArray *next, bool *nextIsCommand);
    /// Every secret form this login puts on the wire, for the redactor.
    QList<QByteArray> secrets() const;

private:
    enum class Method { SaslPlain, SaslLogin, ImapLogin, UserPass, SievePlain, None };
    QByteArray plainResponse() const;

    Protocol m_protocol;
    QString m_user;
    QString m_password;
    Method m_method = Method::None;
    QString m_name;
    QString m_unavailable;
    bool m_initialResponse = true;
    int m_stage = 0;
};

} // namespace MailInspect
