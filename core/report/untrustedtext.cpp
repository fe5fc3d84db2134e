// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "untrustedtext.h"

#include <QChar>

#include <algorithm>

namespace MailInspect {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

void appendByteEscape(QString &out, unsigned byte)
{
    out += QLatin1String("\\x");
    out += QLatin1Char(hexDigits[(byte >> 4) & 0xf]);
    out += QLatin1Char(hexDigits[byte & 0xf]);
}

void appendCodePointEscape(QString &out, char32_t ucs4)
{
    out += QLatin1String("<U+");
    out += QString::number(uint(ucs4), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    out += QLatin1Char('>');
}

// One character of text: shown as itself, or escaped when it could act on a
// sink instead of being read.
void appendCharacter(QString &out, char32_t ucs4, bool escapeBackslash)
{
    if (ucs4 < 0x20 || ucs4 == 0x7f) {
        appendByteEscape(out, unsigned(ucs4));
    } else if (isHiddenCharacter(ucs4)) {
        appendCodePointEscape(out, ucs4);
    } else if (ucs4 == u'\\' && escapeBackslash) {
        out += QLatin1String("\\\\");
    } else if (QChar::requiresSurrogates(ucs4)) {
        out += QChar(QChar::highSurrogate(ucs4));
        out += QChar(QChar::lowSurrogate(ucs4));
    } else {
        out += QChar(char16_t(ucs4));
    }
}

// Walks a UTF-16 view by code point; an unpaired surrogate comes out as itself
// (and is escaped, being a hidden character).
template<typename F> void forEachCodePoint(QStringView text, F &&f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            f(QChar::surrogateToUcs4(c, text.at(i + 1).unicode()));
            ++i;
        } else {
            f(char32_t(c));
        }
    }
}

// Length of the valid UTF-8 sequence at bytes[i] and its code point, or 0.
int utf8Sequence(const QByteArray &bytes, qsizetype i, char32_t *ucs4)
{
    const auto b = [&](qsizetype k) {
        return static_cast<unsigned char>(bytes.at(k));
    };
    const unsigned lead = b(i);
    int len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        len = 2, cp = lead & 0x1f, min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        len = 3, cp = lead & 0x0f, min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        len = 4, cp = lead & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > bytes.size())
        return 0;
    for (int k = 1; k < len; ++k) {
        const unsigned c = b(i + k);
        if ((c & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    *ucs4 = cp;
    return len;
}

} // namespace

bool isHiddenCharacter(char32_t ucs4)
{
    if (ucs4 < 0x20 || (ucs4 >= 0x7f && ucs4 <= 0x9f))
        return true;
    if (ucs4 > 0x10ffff || QChar::isNonCharacter(ucs4))
        return true;
    switch (QChar::category(ucs4)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi controls, zero-width characters, BOM, tags
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString untrustedText(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte < 0x80) {
            appendCharacter(out, byte, true);
            ++i;
            continue;
        }
        char32_t ucs4 = 0;
        const int len = utf8Sequence(bytes, i, &ucs4);
        if (len == 0) {
            appendByteEscape(out, byte); // not UTF-8: the byte as it came
            ++i;
            continue;
        }
        appendCharacter(out, ucs4, true);
        i += len;
    }
    return out;
}

QString untrustedText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t ucs4) { appendCharacter(out, ucs4, true); });
    return out;
}

bool isVisibleText(QStringView text)
{
    // Most text is printable ASCII, which needs no look-up in the Unicode tables.
    if (std::all_of(text.begin(), text.end(),
                    [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; }))
        return true;
    bool visible = true;
    forEachCodePoint(text, [&visible](char32_t ucs4) {
        if (isHiddenCharacter(ucs4))
            visible = false;
    });
    return visible;
}

QString visibleText(QStringView text)
{
    if (isVisibleText(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    forEachCodePoint(text, [&out](char32_t ucs4) { appendCharacter(out, ucs4, false); });
    return out;
}

} // namespace MailInspect

namespace MailInspect {

QString visibleLines(QStringView text)
{
    if (isVisibleText(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    qsizetype from = 0;
    while (true) {
        const qsizetype nl = text.indexOf(u'\n', from);
        out += visibleText(text.mid(from, nl < 0 ? -1 : nl - from));
        if (nl < 0)
            break;
        out += QLatin1Char('\n');
        from = nl + 1;
    }
    return out;
}

} // namespace MailInspect
