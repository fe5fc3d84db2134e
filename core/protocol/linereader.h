// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace MailInspect {

/// Splits a byte stream into lines (CRLF or bare LF), with a hard limit on
/// line length so a hostile server cannot grow our memory. Optionally joins
/// IMAP/ManageSieve literals (`{N}` / `{N+}` at the end of a line, then N
/// raw octets) into the logical line they belong to.
class LineReader
{
public:
    static constexpr qsizetype defaultMaxLineLength = 64 * 1024;
    static constexpr qsizetype maxLiteralLength = 1024 * 1024;

    explicit LineReader(qsizetype maxLineLength = defaultMaxLineLength);

    void setLiteralsEnabled(bool enabled) { m_literals = enabled; }
    void append(const QByteArray &data);
    /// The next complete line without its line end, or nullopt when more
    /// data is needed or the reader overflowed.
    std::optional<QByteArray> nextLine();
    /// True once a line grew past the limit; the reader then yields nothing.
    bool overflowed() const { return m_overflowed; }
    /// Bytes received but not yet returned as a line.
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    QByteArray takePending();
    void clear();

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_maxLineLength;
    bool m_literals = false;
    bool m_overflowed = false;
};

} // namespace MailInspect
