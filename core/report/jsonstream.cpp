// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstream.h"

#include "untrustedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MailInspect {

JsonStream::JsonStream(bool indented)
    : m_indented(indented)
{ }

void JsonStream::key(const QString &name)
{
    separator();
    m_out += scalar(QJsonValue(name));
    m_out += m_indented ? ": " : ":";
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
    const QJsonValue safe = v.isString() ? QJsonValue(visibleLines(v.toString())) : v;
    const QByteArray wrapped = QJsonDocument(QJsonArray {safe}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
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
