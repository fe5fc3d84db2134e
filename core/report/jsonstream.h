// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailInspect {

/// Writes one JSON document with its keys in the order they are given.
/// QJsonObject sorts its keys; a report reads better with "schema" first and
/// each object's fields in the order PRODUCT.md lists them, so the document is
/// streamed by hand. Scalars still go through QJsonDocument so escaping and
/// number formatting are Qt's, and every string through visibleLines(), so
/// `jq -r` on a report cannot drive a terminal.
class JsonStream
{
public:
    explicit JsonStream(bool indented);

    void beginObject() { open('{', true); }
    void endObject() { close('}'); }
    void beginArray() { open('[', false); }
    void endArray() { close(']'); }

    void key(const QString &name);
    void key(const char *name) { key(QString::fromLatin1(name)); }
    /// A scalar, or an object or array written whole (an object's keys sorted).
    void value(const QJsonValue &v);

    void field(const char *name, const QJsonValue &v)
    {
        key(name);
        value(v);
    }

    QByteArray take();

private:
    struct Level
    {
        bool object = false;
        int count = 0;
    };

    static QByteArray scalar(const QJsonValue &v);
    void newline();
    void separator();
    void beforeValue();
    void open(char c, bool object);
    void close(char c);

    bool m_indented;
    bool m_afterKey = false;
    QList<Level> m_levels;
    QByteArray m_out;
};

} // namespace MailInspect
