// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redactor.h"

#include "report/untrustedtext.h"

#include <algorithm>

namespace MailInspect {

namespace {
// IMAP quoted-string body (RFC 9051): backslash and double quote escaped.
QByteArray quotedBody(const QByteArray &s)
{
    QByteArray out;
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

template<typename List> void insertLongestFirst(List &list, const typename List::value_type &item)
{
    if (item.isEmpty() || list.contains(item))
        return;
    const auto at = std::find_if(list.begin(), list.end(),
                                 [&item](const auto &s) { return s.size() < item.size(); });
    list.insert(at, item);
}
} // namespace

void Redactor::addForm(const QByteArray &form)
{
    // One or two bytes would redact half the report and protect nothing.
    if (form.size() < 2)
        return;
    insertLongestFirst(m_secrets, form);
    insertLongestFirst(m_textForms, untrustedText(form));
    const QString decoded = QString::fromUtf8(form);
    if (!decoded.contains(QChar::ReplacementCharacter))
        insertLongestFirst(m_textForms, decoded);
}

void Redactor::addSecret(const QByteArray &secret)
{
    // No secret given (no token, no password): nothing to hide, and its
    // quoted form "" would hide every empty string a server sends.
    if (secret.isEmpty())
        return;
    const QByteArray quoted = quotedBody(secret);
    for (const QByteArray &form : {secret, secret.toBase64(), quoted, '"' + quoted + '"'})
        addForm(form);
}

void Redactor::addSentForm(const QByteArray &form)
{
    addForm(form);
}

QByteArray Redactor::removeKnownSecrets(QByteArray line) const
{
    for (const QByteArray &s : m_secrets)
        line.replace(s, marker);
    return line;
}

void Redactor::redactText(QString &text) const
{
    for (const QString &s : m_textForms)
        text.replace(s, QLatin1String(marker));
}

namespace {
QList<QByteArray> words(const QByteArray &line)
{
    QList<QByteArray> out;
    for (const QByteArray &w : line.split(' ')) {
        if (!w.isEmpty())
            out.append(w);
    }
    return out;
}
} // namespace

// The command word decides what is secret:
//   SMTP   AUTH <mech> [initial-response]          -> response, then SASL lines
//   IMAP   <tag> LOGIN <user> <pass>               -> user and password; after a
//                                                     literal, the lines that follow
//          <tag> AUTHENTICATE <mech> [initial]     -> response, then SASL lines
//   POP3   USER <name> / PASS <pass> / APOP <name> <digest>
//          AUTH <mech> [initial]                   -> as SMTP
//   Sieve  AUTHENTICATE "<mech>" ["initial"]       -> response, then SASL lines
QByteArray Redactor::redactClientLine(const QByteArray &input)
{
    QByteArray ending;
    QByteArray line = input;
    while (line.endsWith('\n') || line.endsWith('\r')) {
        ending.prepend(line.back());
        line.chop(1);
    }
    if (m_inSasl) {
        // Every line of a SASL exchange is secret, except the client's "*" abort
        // (a quoted string in ManageSieve).
        if (line == "*" || line == "\"*\"")
            return input;
        return QByteArray(marker) + ending;
    }
    const QList<QByteArray> w = words(line);
    if (w.isEmpty())
        return removeKnownSecrets(line) + ending;
    QByteArray verb = w.at(0).toUpper();
    int verbIndex = 0;
    // IMAP commands start with a tag.
    const bool knownVerb = verb == "AUTH" || verb == "AUTHENTICATE" || verb == "USER"
        || verb == "PASS" || verb == "APOP";
    if (w.size() > 1 && !knownVerb) {
        const QByteArray second = w.at(1).toUpper();
        if (second == "LOGIN" || second == "AUTHENTICATE") {
            verb = second;
            verbIndex = 1;
        }
    }
    QList<QByteArray> out = w.mid(0, verbIndex + 1);
    if (verb == "AUTH" || verb == "AUTHENTICATE") {
        if (w.size() > verbIndex + 1)
            out.append(w.at(verbIndex + 1)); // mechanism stays visible
        if (w.size() > verbIndex + 2)
            out.append(marker);
        // The response (or further challenges) follow on lines of their own
        // until the server's final reply.
        m_inSasl = true;
        return out.join(' ') + ending;
    }
    if (verb == "LOGIN" && verbIndex == 1) {
        for (int i = verbIndex + 1; i < w.size(); ++i)
            out.append(marker);
        // A literal ("{6}") announced at the end: the next lines carry the
        // rest of the credentials, until the server's final reply.
        if (w.size() > verbIndex + 1 && line.endsWith('}'))
            m_inSasl = true;
        return out.join(' ') + ending;
    }
    if (verb == "USER" || verb == "PASS" || verb == "APOP") {
        if (w.size() > 1)
            out.append(marker);
        return out.join(' ') + ending;
    }
    return removeKnownSecrets(line) + ending;
}

} // namespace MailInspect
