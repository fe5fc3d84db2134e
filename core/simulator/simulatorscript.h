// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The scripted-server language. One directive per line:
//
//   # ...            comment; blank lines are ignored too
//   S: text          send `text` + CRLF
//   C: pattern       wait for one line from the client (CRLF or LF terminated,
//                    compared without the line end); the pattern is exact except
//                    that `*` matches any run of characters. A mismatch is
//                    recorded as a script error and the connection is closed.
//   !read            wait for any one line (same as `C: *`)
//   !delay MS        pause for MS milliseconds (a timer, never blocking)
//   !raw TEXT        send TEXT with C escapes (\r \n \t \\ \xNN), no CRLF appended
//   !flood N TEXT    send TEXT (C escapes) repeated until exactly N bytes were
//                    sent, without a line end; written in chunks as the client
//                    reads, so memory stays bounded (endless-line scenarios)
//   !tls NAME [keep-plaintext]
//                    start TLS as the server with the certificate NAME of the
//                    CertificateStore; the script goes on once encrypted. As the
//                    first directive it makes the listener implicit TLS. Later
//                    lines are sent and read inside TLS. Plain text the client
//                    pipelined before the handshake is dropped, unless
//                    `keep-plaintext` plays a server vulnerable to
//                    CVE-2011-0411, which reads it as if sent inside TLS.
//   !close           graceful close (with TLS close_notify when in TLS)
//   !reset           abortive close: the client sees a TCP RST
//   !silence         send nothing more; wait until the client goes away
//   !end-tls-abruptly  close the TCP connection inside TLS without close_notify
//
// In `S:` lines, `${tag}` stands for the first word of the last line the client
// sent: IMAP tags are the client's choice, so `S: ${tag} OK done` answers any tag.
//
// Exactly one space after `S:` / `C:` is part of the syntax, everything after it
// is the text (trailing spaces included; a trailing CR of a CRLF file is not).
// After the last directive the server waits for the client to close (bounded),
// then closes. Every connection plays the script from the start.
//
// Example (SMTP with STARTTLS):
//   S: 220 mail.test ESMTP
//   C: EHLO *
//   S: 250-mail.test
//   S: 250 STARTTLS
//   C: STARTTLS
//   S: 220 2.0.0 Ready to start TLS
//   !tls good
//   C: EHLO *
//   S: 250 mail.test
//   C: QUIT
//   S: 221 2.0.0 Bye
//   !close

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailInspect {

/// A parsed script for the ScriptedServer: the fake mail server of the tests and
/// of practice mode, replaying `S:` / `C:` lines plus directives (format above).
/// The transcript exporter writes this format, so a captured session replays.
class SimulatorScript
{
public:
    struct Directive
    {
        enum class Kind {
            Send, ///< S: - data is the line without CRLF
            Expect, ///< C: / !read - data is the pattern
            Delay, ///< !delay - count is milliseconds
            Raw, ///< !raw - data is the unescaped bytes
            Flood, ///< !flood - data is the unit, count the total bytes
            Tls, ///< !tls - certificateName
            Close, ///< !close
            Reset, ///< !reset
            Silence, ///< !silence
            EndTlsAbruptly, ///< !end-tls-abruptly
        };
        Kind kind = Kind::Send;
        int line = 0; ///< 1-based line in the script text
        QByteArray data;
        qint64 count = 0;
        QString certificateName;
    };

    /// Parses @p text. On failure returns nothing and sets @p error (when
    /// given) to a message naming the line, e.g. "line 4: unknown directive !foo".
    static std::optional<SimulatorScript> parse(const QString &text, QString *error = nullptr);

    const QList<Directive> &directives() const { return m_directives; }
    /// The first directive is `!tls`: the listener speaks TLS from the first byte.
    bool startsWithTls() const;
    /// Every certificate name a `!tls` directive asks for, in script order.
    QStringList certificateNames() const;

    /// True when @p line matches @p pattern: exact, except that `*` matches any
    /// run of bytes (including none).
    static bool matches(const QByteArray &pattern, const QByteArray &line);
    /// Decodes the C escapes of `!raw`: \r \n \t \\ \xNN. Nothing on a bad escape.
    static std::optional<QByteArray> unescape(const QString &text, QString *error = nullptr);
    /// The inverse of unescape(), for writers of scripts (the transcript exporter):
    /// printable ASCII stays, everything else becomes an escape.
    static QString escape(const QByteArray &bytes);

private:
    QList<Directive> m_directives;
};

} // namespace MailInspect
