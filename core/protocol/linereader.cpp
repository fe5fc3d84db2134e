// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereader.h"

namespace MailInspect {

LineReader::LineReader(qsizetype maxLineLength)
    : m_maxLineLength(maxLineLength)
{ }

void LineReader::append(const QByteArray &data)
{
    if (m_overflowed)
        return;
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(data);
}

namespace {
// Size of a literal announced at the end of a line ("... {12}" or "{12+}"), or -1.
qsizetype literalSize(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
    }
    return digits.toLongLong();
}
} // namespace

std::optional<QByteArray> LineReader::nextLine()
{
    if (m_overflowed)
        return std::nullopt;
    qsizetype scan = m_pos;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', scan);
        if (nl < 0) {
            // One octet past the limit may be the CR of a CRLF whose LF is still on its way.
            if (m_buffer.size() - m_pos > m_maxLineLength + 1)
                m_overflowed = true;
            return std::nullopt;
        }
        qsizetype end = nl;
        // A CR right after a literal is the literal's last octet, not part of the line end.
        if (end > scan && m_buffer.at(end - 1) == '\r')
            --end;
        if (end - m_pos > m_maxLineLength) {
            m_overflowed = true;
            return std::nullopt;
        }
        if (m_literals) {
            const qsizetype n = literalSize(m_buffer.mid(scan, end - scan));
            if (n > maxLiteralLength) {
                m_overflowed = true;
                return std::nullopt;
            }
            if (n >= 0) {
                // The literal's octets follow the line end; the logical line
                // continues after them.
                if (m_buffer.size() - (nl + 1) < n)
                    return std::nullopt;
                scan = nl + 1 + n;
                continue;
            }
        }
        QByteArray line = m_buffer.mid(m_pos, end - m_pos);
        m_pos = nl + 1;
        return line;
    }
}

QByteArray LineReader::takePending()
{
    QByteArray rest = m_buffer.mid(m_pos);
    clear();
    return rest;
}

void LineReader::clear()
{
    m_buffer.clear();
    m_pos = 0;
    m_overflowed = false;
}

} // namespace MailInspect
