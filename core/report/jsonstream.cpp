// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstream.h"

#include "untrustedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace MailInspect {

JsonStream::JsonStream(bool indented)
    : m_indented(indented)
{ }

void JsonStream::key(const QString &name)
{
    separator();
    m_out += quoted(visibleLines(name));
    m_out += m_indented ? ": " : ":";
    m_afterKey = true;
}

void JsonStream::key(const char *name)
{
    Q_ASSERT(std::all_of(name, name + std::strlen(name), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '-';
    }));
    separator();
    m_out += '"';
    m_out += name;
    m_out += m_indented ? "\": " : "\":";
    m_afterKey = true;
}

void JsonStream::value(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject object = v.toObject();
        beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
    } else if (v.isArray()) {
        beginArray();
        for (const QJsonValue &item : v.toArray())
            value(item);
        endArray();
    } else {
        beforeValue();
        m_out += scalar(v);
    }
}

QByteArray JsonStream::take()
{
    if (m_indented)
        m_out += '\n';
    return std::move(m_out);
}

// The JSON sink's escaper: a string never carries a hidden character (line
// breaks aside, as in a PEM block).
QByteArray JsonStream::scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return quoted(visibleLines(v.toString()));
    case QJsonValue::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double:
        // Qt keeps whole numbers given as integers apart from doubles and
        // writes them differently (100000000 against 1e+08); so do we.
        if (v.toVariant().typeId() == QMetaType::LongLong)
            return QByteArray::number(v.toInteger());
        if (const double d = v.toDouble(); std::isfinite(d))
            return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return QByteArrayLiteral("null");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Byte for byte what QJsonDocument writes for a string (its escapes, UTF-8,
// a lone surrogate as \uXXXX), without building a document per value: a
// report has thousands of them.
QByteArray JsonStream::quoted(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case u'\b':
                out += 'b';
                break;
            case u'\f':
                out += 'f';
                break;
            case u'\n':
                out += 'n';
                break;
            case u'\r':
                out += 'r';
                break;
            case u'\t':
                out += 't';
                break;
            default:
                out += "u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
            continue;
        }
        char32_t code = u;
        if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            code = QChar::surrogateToUcs4(u, *p++);
        } else if (QChar::isSurrogate(u)) {
            out += "\\u";
            out += hex[(u >> 12) & 0xf];
            out += hex[(u >> 8) & 0xf];
            out += hex[(u >> 4) & 0xf];
            out += hex[u & 0xf];
            continue;
        }
        if (code < 0x800) {
            out += char(0xc0 | (code >> 6));
        } else if (code < 0x10000) {
            out += char(0xe0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3f));
        } else {
            out += char(0xf0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3f));
            out += char(0x80 | ((code >> 6) & 0x3f));
        }
        out += char(0x80 | (code & 0x3f));
    }
    out += '"';
    return out;
}

void JsonStream::newline()
{
    if (!m_indented)
        return;
    m_out += '\n';
    m_out += QByteArray(m_levels.size() * 2, ' ');
}

void JsonStream::separator()
{
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_out += ',';
    newline();
}

void JsonStream::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    separator();
}

void JsonStream::open(char c, bool object)
{
    beforeValue();
    m_out += c;
    m_levels.append(Level {object, 0});
}

void JsonStream::close(char c)
{
    const Level level = m_levels.takeLast();
    if (level.count > 0)
        newline();
    m_out += c;
}

} // namespace MailInspect
