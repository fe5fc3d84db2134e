#pragma once

#include <QByteArray>
#include <QList>

namespace MailInspect {

/// Removes secrets from client lines as they are recorded, so no password,
/// token or user name ever reaches a report, a log or the screen. Knows the
/// login commands of every dialect (AUTH, AUTHENTICATE, LOGIN, USER/PASS,
/// APOP) and, when told, the exact secrets and their base64 forms.
class Redactor
{
public:
    static constexpr char marker[] = "<redacted>";

    /// Secrets to remove wherever they appear (plain and base64 forms added).
    void addSecret(const QByteArray &secret);
    /// Redacts one client line (with or without CRLF).
    QByteArray redactClientLine(const QByteArray &line);
    /// The server ended a SASL exchange (final reply): later lines are commands.
    void endSaslExchange() { m_inSasl = false; }
    bool inSaslExchange() const { return m_inSasl; }
    /// Removes the known secrets from any line (server lines echo user names).
    QByteArray removeKnownSecrets(QByteArray line) const;

private:

    QList<QByteArray> m_secrets;
    bool m_inSasl = false;
};

} // namespace MailInspect
