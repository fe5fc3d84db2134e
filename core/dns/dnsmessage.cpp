// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmessage.h"

#include <QCoreApplication>
#include <QUrl>

namespace MailInspect::Dns {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dns)
};

quint16 read16(const QByteArray &m, qsizetype at)
{
    return quint16((quint8(m.at(at)) << 8) | quint8(m.at(at + 1)));
}

quint32 read32(const QByteArray &m, qsizetype at)
{
    return (quint32(read16(m, at)) << 16) | read16(m, at + 2);
}

void append16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

bool plainLabelByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '*';
}

// Reads a possibly compressed name starting at *pos; *pos moves past the name
// as it sits in the message (a pointer counts two octets). A server's bytes
// that are not plain host name characters are shown as \xNN, so a name can
// never smuggle a dot, a line break or markup into what is shown.
std::optional<QString> readName(const QByteArray &m, qsizetype *pos, QString *error)
{
    QString name;
    qsizetype at = *pos;
    qsizetype after = -1;
    int jumps = 0;
    int wireLength = 0;
    while (true) {
        if (at >= m.size()) {
            *error = Tr::tr("a name runs past the end of the message");
            return std::nullopt;
        }
        const quint8 len = quint8(m.at(at));
        if ((len & 0xc0) == 0xc0) {
            if (at + 1 >= m.size()) {
                *error = Tr::tr("a compression pointer is cut short");
                return std::nullopt;
            }
            if (++jumps > Limits::maxPointerJumps) {
                *error = Tr::tr("compression pointers loop");
                return std::nullopt;
            }
            const qsizetype target = read16(m, at) & 0x3fff;
            if (after < 0)
                after = at + 2;
            // Only backwards: a pointer forward (or to itself) is how loops start.
            if (target >= at) {
                *error = Tr::tr("a compression pointer does not point backwards");
                return std::nullopt;
            }
            at = target;
            continue;
        }
        if ((len & 0xc0) != 0) {
            *error = Tr::tr("a label has an unknown type");
            return std::nullopt;
        }
        if (len == 0) {
            *pos = after >= 0 ? after : at + 1;
            break;
        }
        if (at + 1 + len > m.size()) {
            *error = Tr::tr("a label runs past the end of the message");
            return std::nullopt;
        }
        wireLength += len + 1;
        if (wireLength > Limits::maxNameChars) {
            *error = Tr::tr("a name is longer than 255 octets");
            return std::nullopt;
        }
        if (!name.isEmpty())
            name += QLatin1Char('.');
        for (qsizetype i = 0; i < len; ++i) {
            char c = m.at(at + 1 + i);
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (plainLabelByte(c))
                name += QLatin1Char(c);
            else
                name += QStringLiteral("\\x%1").arg(quint8(c), 2, 16, QLatin1Char('0'));
        }
        at += 1 + len;
    }
    if (name.isEmpty())
        name = QStringLiteral(".");
    return name;
}
} // namespace

QString recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::A:
        return QStringLiteral("A");
    case RecordType::Aaaa:
        return QStringLiteral("AAAA");
    case RecordType::Mx:
        return QStringLiteral("MX");
    case RecordType::Srv:
        return QStringLiteral("SRV");
    }
    return {};
}

QString normalisedName(const QString &name)
{
    QString n = name.trimmed();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty())
        return {};
    const QByteArray ace = QUrl::toAce(n);
    if (ace.isEmpty())
        return {};
    return QString::fromLatin1(ace).toLower();
}

std::optional<QByteArray> encodeQuery(quint16 id, const QString &name, RecordType type)
{
    const QString n = normalisedName(name);
    if (n.isEmpty())
        return std::nullopt;
    QByteArray out;
    append16(out, id);
    append16(out, 0x0100); // standard query, recursion desired
    append16(out, 1); // one question
    append16(out, 0);
    append16(out, 0);
    append16(out, 0);
    int total = 0;
    for (const QString &label : n.split(QLatin1Char('.'))) {
        const QByteArray bytes = label.toLatin1();
        if (bytes.isEmpty() || bytes.size() > 63)
            return std::nullopt;
        total += int(bytes.size()) + 1;
        out.append(char(bytes.size()));
        out.append(bytes);
    }
    if (total + 1 > Limits::maxNameChars)
        return std::nullopt;
    out.append('\0');
    append16(out, quint16(type));
    append16(out, 1); // IN
    return out;
}

std::optional<Response> parseResponse(const QByteArray &m, QString *errorOut)
{
    QString ignored;
    QString &error = errorOut ? *errorOut : ignored;
    if (m.size() > Limits::maxMessageBytes) {
        error = Tr::tr("the message is larger than 65535 octets");
        return std::nullopt;
    }
    if (m.size() < 12) {
        error = Tr::tr("the message is shorter than a DNS header");
        return std::nullopt;
    }
    Response r;
    r.id = read16(m, 0);
    const quint16 flags = read16(m, 2);
    r.isResponse = flags & 0x8000;
    r.truncated = flags & 0x0200;
    r.rcode = quint8(flags & 0x000f);
    const quint16 questions = read16(m, 4);
    const quint16 answers = read16(m, 6);
    qsizetype pos = 12;
    for (int i = 0; i < questions; ++i) {
        const auto name = readName(m, &pos, &error);
        if (!name)
            return std::nullopt;
        if (pos + 4 > m.size()) {
            error = Tr::tr("a question is cut short");
            return std::nullopt;
        }
        if (i == 0) {
            r.question = *name;
            r.questionType = read16(m, pos);
        }
        pos += 4;
    }
    for (int i = 0; i < answers; ++i) {
        const auto name = readName(m, &pos, &error);
        if (!name)
            return std::nullopt;
        if (pos + 10 > m.size()) {
            error = Tr::tr("a record is cut short");
            return std::nullopt;
        }
        const quint16 type = read16(m, pos);
        const quint16 klass = read16(m, pos + 2);
        const quint32 ttl = read32(m, pos + 4);
        const quint16 length = read16(m, pos + 8);
        pos += 10;
        const qsizetype end = pos + length;
        if (end > m.size()) {
            error = Tr::tr("a record's data runs past the end of the message");
            return std::nullopt;
        }
        Record rec;
        rec.name = *name;
        rec.ttl = ttl;
        bool keep = klass == 1 && r.answers.size() < Limits::maxRecords;
        if (keep && type == quint16(RecordType::A) && length == 4) {
            rec.type = RecordType::A;
            rec.address = QHostAddress(read32(m, pos));
        } else if (keep && type == quint16(RecordType::Aaaa) && length == 16) {
            rec.type = RecordType::Aaaa;
            Q_IPV6ADDR v6;
            for (int b = 0; b < 16; ++b)
                v6[b] = quint8(m.at(pos + b));
            rec.address = QHostAddress(v6);
        } else if (keep && type == quint16(RecordType::Mx) && length >= 3) {
            rec.type = RecordType::Mx;
            rec.preference = read16(m, pos);
            qsizetype at = pos + 2;
            const auto target = readName(m.left(end), &at, &error);
            if (!target)
                return std::nullopt;
            rec.target = *target;
        } else if (keep && type == quint16(RecordType::Srv) && length >= 7) {
            rec.type = RecordType::Srv;
            rec.priority = read16(m, pos);
            rec.weight = read16(m, pos + 2);
            rec.port = read16(m, pos + 4);
            qsizetype at = pos + 6;
            const auto target = readName(m.left(end), &at, &error);
            if (!target)
                return std::nullopt;
            rec.target = *target;
        } else {
            keep = false; // CNAME and the like: the resolver follows them for us
        }
        if (keep)
            r.answers.append(rec);
        pos = end;
    }
    return r;
}

} // namespace MailInspect::Dns
