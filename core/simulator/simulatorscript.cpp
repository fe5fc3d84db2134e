// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorscript.h"

#include <QStringList>

namespace MailInspect {

namespace {

using Directive = SimulatorScript::Directive;

constexpr qint64 maxDelayMs = 3600 * 1000;
constexpr qint64 maxFloodBytes = qint64(1) << 32;

QString lineError(int line, const QString &message)
{
    return QStringLiteral("line %1: %2").arg(line).arg(message);
}

// "S: text" -> "text": exactly one space after the colon belongs to the syntax.
QString afterPrefix(const QString &line)
{
    QString rest = line.mid(2);
    if (rest.startsWith(QLatin1Char(' ')))
        rest.remove(0, 1);
    return rest;
}

// Splits "!word rest" at the first space; rest keeps its inner and trailing spaces.
std::pair<QString, QString> splitWord(const QString &text)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {text, QString()};
    return {text.left(space), text.mid(space + 1)};
}

std::optional<qint64> parseCount(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

bool isTerminal(Directive::Kind kind)
{
    switch (kind) {
    case Directive::Kind::Close:
    case Directive::Kind::Reset:
    case Directive::Kind::Silence:
    case Directive::Kind::EndTlsAbruptly:
        return true;
    default:
        return false;
    }
}

// Parses one "!..." line into @p d; returns an error message (without the line
// number) or an empty string.
QString parseBang(const QString &text, Directive &d)
{
    const auto split = splitWord(text);
    const QString word = split.first;
    const QString rest = split.second;
    const QString args = rest.trimmed();
    auto noArguments = [&](Directive::Kind kind) {
        d.kind = kind;
        return args.isEmpty() ? QString() : QStringLiteral("%1 takes no argument").arg(word);
    };
    if (word == QLatin1String("!read")) {
        d.data = QByteArrayLiteral("*");
        return noArguments(Directive::Kind::Expect);
    }
    if (word == QLatin1String("!close"))
        return noArguments(Directive::Kind::Close);
    if (word == QLatin1String("!reset"))
        return noArguments(Directive::Kind::Reset);
    if (word == QLatin1String("!silence"))
        return noArguments(Directive::Kind::Silence);
    if (word == QLatin1String("!end-tls-abruptly"))
        return noArguments(Directive::Kind::EndTlsAbruptly);
    if (word == QLatin1String("!delay")) {
        d.kind = Directive::Kind::Delay;
        const auto ms = parseCount(args, 0, maxDelayMs);
        if (!ms)
            return QStringLiteral("!delay needs milliseconds (0 to %1)").arg(maxDelayMs);
        d.count = *ms;
        return {};
    }
    if (word == QLatin1String("!tls")) {
        d.kind = Directive::Kind::Tls;
        QStringList words = args.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 2 && words.at(1) == QLatin1String("keep-plaintext")) {
            d.count = 1; // a vulnerable server (CVE-2011-0411): keeps pre-TLS input
            words.removeLast();
        }
        if (words.size() != 1 || args.contains(QLatin1Char('\t')))
            return QStringLiteral("!tls needs exactly one certificate name "
                                  "(optionally followed by keep-plaintext)");
        d.certificateName = words.constFirst();
        return {};
    }
    if (word == QLatin1String("!raw")) {
        d.kind = Directive::Kind::Raw;
        QString escapeError;
        const auto bytes = SimulatorScript::unescape(rest, &escapeError);
        if (!bytes)
            return escapeError;
        if (bytes->isEmpty())
            return QStringLiteral("!raw needs the text to send");
        d.data = *bytes;
        return {};
    }
    if (word == QLatin1String("!flood")) {
        d.kind = Directive::Kind::Flood;
        const auto [countText, unit] = splitWord(rest);
        const auto count = parseCount(countText, 1, maxFloodBytes);
        if (!count)
            return QStringLiteral("!flood needs a byte count (1 to %1)").arg(maxFloodBytes);
        QString escapeError;
        const auto bytes = SimulatorScript::unescape(unit, &escapeError);
        if (!bytes)
            return escapeError;
        if (bytes->isEmpty())
            return QStringLiteral("!flood needs the text to repeat");
        d.count = *count;
        d.data = *bytes;
        return {};
    }
    return QStringLiteral("unknown directive %1").arg(word);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<SimulatorScript> SimulatorScript::parse(const QString &text, QString *error)
{
    auto fail = [error](int line, const QString &message) {
        if (error)
            *error = lineError(line, message);
        return std::nullopt;
    };

    SimulatorScript script;
    bool inTls = false;
    int terminalLine = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        // Indentation is allowed for readability; it is never part of the text.
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent).isSpace())
            ++indent;
        line.remove(0, indent);

        Directive d;
        d.line = lineNumber;
        if (line.startsWith(QLatin1String("S:"))) {
            d.kind = Directive::Kind::Send;
            d.data = afterPrefix(line).toUtf8();
        } else if (line.startsWith(QLatin1String("C:"))) {
            d.kind = Directive::Kind::Expect;
            d.data = afterPrefix(line).toUtf8();
        } else if (line.startsWith(QLatin1Char('!'))) {
            const QString message = parseBang(line, d);
            if (!message.isEmpty())
                return fail(lineNumber, message);
        } else {
            return fail(lineNumber,
                        QStringLiteral("expected S:, C:, a !directive or a # comment, got \"%1\"")
                            .arg(line.left(40)));
        }

        if (terminalLine > 0)
            return fail(
                lineNumber,
                QStringLiteral("nothing can follow the close on line %1").arg(terminalLine));
        if (d.kind == Directive::Kind::Tls) {
            if (inTls)
                return fail(lineNumber, QStringLiteral("TLS is already started"));
            inTls = true;
        }
        if (d.kind == Directive::Kind::EndTlsAbruptly && !inTls)
            return fail(lineNumber, QStringLiteral("!end-tls-abruptly outside TLS"));
        if (isTerminal(d.kind))
            terminalLine = lineNumber;
        script.m_directives.append(d);
    }
    return script;
}

bool SimulatorScript::startsWithTls() const
{
    return !m_directives.isEmpty() && m_directives.constFirst().kind == Directive::Kind::Tls;
}

QStringList SimulatorScript::certificateNames() const
{
    QStringList names;
    for (const Directive &d : m_directives) {
        if (d.kind == Directive::Kind::Tls)
            names.append(d.certificateName);
    }
    return names;
}

bool SimulatorScript::matches(const QByteArray &pattern, const QByteArray &line)
{
    // Glob with `*` only; on a mismatch, retry from the last star with one
    // more byte swallowed by it. Linear in practice, never recursive.
    qsizetype p = 0;
    qsizetype l = 0;
    qsizetype star = -1;
    qsizetype starLine = 0;
    while (l < line.size()) {
        if (p < pattern.size() && pattern.at(p) == '*') {
            star = p++;
            starLine = l;
        } else if (p < pattern.size() && pattern.at(p) == line.at(l)) {
            ++p;
            ++l;
        } else if (star >= 0) {
            p = star + 1;
            l = ++starLine;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == '*')
        ++p;
    return p == pattern.size();
}

std::optional<QByteArray> SimulatorScript::unescape(const QString &text, QString *error)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\') {
            out.append(c);
            continue;
        }
        const char next = i + 1 < in.size() ? in.at(i + 1) : '\0';
        ++i;
        switch (next) {
        case 'r':
            out.append('\r');
            break;
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case '\\':
            out.append('\\');
            break;
        case 'x': {
            const int high = i + 1 < in.size() ? hexValue(in.at(i + 1)) : -1;
            const int low = i + 2 < in.size() ? hexValue(in.at(i + 2)) : -1;
            if (high < 0 || low < 0) {
                if (error)
                    *error = QStringLiteral("\\x needs two hex digits");
                return std::nullopt;
            }
            out.append(char(high * 16 + low));
            i += 2;
            break;
        }
        default:
            if (error)
                *error = QStringLiteral("unknown escape \\%1 (use \\r \\n \\t \\\\ \\xNN)")
                             .arg(next ? QString(QLatin1Char(next)) : QString());
            return std::nullopt;
        }
    }
    return out;
}

QString SimulatorScript::escape(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        default:
            if (u >= 0x20 && u < 0x7f)
                out += QLatin1Char(c);
            else
                out += QLatin1String("\\x")
                    + QString::number(u, 16).rightJustified(2, QLatin1Char('0')).toUpper();
        }
    }
    return out;
}

} // namespace MailInspect
