// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace MailInspect {

/// Writes one JSON document with its keys in the order they are given.
/// QJsonObject sorts its keys; a report reads better with "schema" first and
/// each object's fields in the order PRODUCT.md lists them, so the document is
/// streamed by hand. Scalars are written byte for byte as QJsonDocument
/// writes them (its escapes and number formats; tst_reportjson compares), and
/// every string goes through visibleLines() first, so `jq -r` on a report
/// cannot drive a terminal.
class JsonStream
{
public:
    explicit JsonStream(bool indented);

    void beginObject() { open('{', true); }
    void endObject() { close('}'); }
    void beginArray() { open('[', false); }
    void endArray() { close(']'); }

    void key(const QString &name);
    /// A field name of the schema, written as it is: for names in the code
    /// (ASCII letters, digits, '_', '-'), never for text from outside.
    void key(const char *name);
    /// A scalar, or an object or array written whole (an object's keys sorted).
    void value(const QJsonValue &v);

    void field(const char *name, const QJsonValue &v)
    {
        key(name);
        value(v);
    }

    QByteArray take();

    /// One scalar as the stream writes it: a string through visibleLines()
    /// and quoted(); numbers, booleans and null as QJsonDocument writes them.
    static QByteArray scalar(const QJsonValue &v);
    /// @p text as a JSON string literal, escaped exactly as QJsonDocument
    /// escapes it. Applies no visibleLines(): callers that write untrusted
    /// text use scalar().
    static QByteArray quoted(QStringView text);

private:
    struct Level
    {
        bool object = false;
        int count = 0;
    };

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
