#pragma once

#include "protocol/authenticator.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace MailInspect {

class Dialect;
struct Reply;

/// One login, when the user gave credentials: whether a password may go out
/// at all, then the Authenticator's exchange as the bytes to write (tagged
/// and framed by the dialect).
class LoginJob
{
public:
    /// Why the password stays home, if it does.
    enum class Refusal {
        None,
        NotEncrypted, ///< plain text, and the user did not allow it
        Unverified, ///< inside TLS, but the certificate did not verify
    };
    /// Credentials travel only inside TLS with a verified certificate,
    /// unless the user explicitly allowed plain text.
    static Refusal refusal(bool inTls, bool certificateVerified, bool plaintextAllowed);

    LoginJob(Protocol protocol, const QStringList &capabilities, const QString &user,
             const QString &password, const QString &mechanism);

    /// Why no login can be tried (nothing offered that mailinspect speaks).
    QString unavailableReason() const { return m_auth.unavailableReason(); }
    QString mechanismName() const { return m_auth.mechanismName(); }
    /// Every form of the secrets this login puts on the wire, for the redactor.
    QList<QByteArray> secrets() const { return m_auth.secrets(); }

    /// The first command, tagged, with CRLF.
    QByteArray start(Dialect &dialect);

    struct Next
    {
        bool finished = false; ///< the login is over (see succeeded)
        bool succeeded = false;
        QByteArray bytes; ///< to write when not finished
        bool endsSaslExchange = false; ///< bytes start a new command, not a SASL line
    };
    Next onReply(const Reply &reply, Dialect &dialect);

private:
    Authenticator m_auth;
};

} // namespace MailInspect
