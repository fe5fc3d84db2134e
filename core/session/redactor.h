// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailInspect {

/// Removes secrets from client lines as they are recorded, so no password,
/// token or user name ever reaches a report, a log or the screen. Knows the
/// login commands of every dialect (AUTH, AUTHENTICATE, LOGIN, USER/PASS,
/// APOP) and, when told, the exact secrets and their base64 forms.
class Redactor
{
public:
    static constexpr char marker[] = "<redacted>";

    /// Secrets to remove wherever they appear. Every form the secret can take
    /// on the wire is registered with it: raw, base64, an IMAP quoted string
    /// (with and without its quotes), and each of those as report text.
    void addSecret(const QByteArray &secret);
    /// A form that was sent exactly as given (a SASL blob, a literal): no
    /// further encodings are derived from it.
    void addSentForm(const QByteArray &form);
    /// Redacts one client line (with or without CRLF).
    QByteArray redactClientLine(const QByteArray &line);
    /// The server ended a SASL exchange (final reply): later lines are commands.
    void endSaslExchange() { m_inSasl = false; }
    bool inSaslExchange() const { return m_inSasl; }
    /// Removes the known secrets from any line (server lines echo user names).
    QByteArray removeKnownSecrets(QByteArray line) const;
    /// Removes the known secrets from report text (any field of a report:
    /// summaries, facts, findings), in raw and escaped form.
    void redactText(QString &text) const;
    bool hasSecrets() const { return !m_secrets.isEmpty(); }

private:
    void addForm(const QByteArray &form);

    QList<QByteArray> m_secrets; ///< longest first
    QStringList m_textForms; ///< the same as report text, longest first
    bool m_inSasl = false;
};

} // namespace MailInspect
