// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

#include "jsonstream.h"
#include "jsonwriter.h"
#include "reporttext.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <span>
#include <type_traits>

namespace MailInspect {

namespace {

// tr() in context "Report", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// A value from a file quoted in an error message: short, and shown, never obeyed.
QString quoted(const QString &text)
{
    return clipText(visibleText(text), 64);
}

enum class Expected { Bool, WholeNumber, Number, Text, TextList, NumberList, Time, Object, List };

QString expectedName(Expected expected)
{
    switch (expected) {
    case Expected::Bool:
        return Tr::tr("true or false");
    case Expected::WholeNumber:
        return Tr::tr("a whole number");
    case Expected::Number:
        return Tr::tr("a number");
    case Expected::Text:
        return Tr::tr("text");
    case Expected::TextList:
        return Tr::tr("a list of text");
    case Expected::NumberList:
        return Tr::tr("a list of whole numbers");
    case Expected::Time:
        return Tr::tr("a time");
    case Expected::Object:
        return Tr::tr("an object");
    case Expected::List:
        return Tr::tr("a list");
    }
    return {};
}

// Collects the first problem; reading carries on, so one call reports it.
struct FieldReader
{
    QString error;

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }
    void wrongType(const char *name, Expected expected)
    {
        fail(Tr::tr("\"%1\" should be %2").arg(QString::fromLatin1(name), expectedName(expected)));
    }
};

// --- how one value is written and read -------------------------------------

/// How a member's value appears in JSON, where its C++ type leaves a choice.
enum class Kind {
    Plain,
    Ms, ///< a time in ms, rounded to microseconds
    MsOrNull, ///< the same, null while negative (a step still running)
    EscapedBytes, ///< protocol bytes as escapeBytes() text
    Latin1Bytes, ///< bytes that are ASCII text already (a PEM block)
};

template<typename T>
constexpr Kind defaultKind = std::is_same_v<T, double> ? Kind::Ms : Kind::Plain;

// Microsecond precision is more than the clock gives; it keeps the numbers short.
double ms(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

bool isWholeNumber(const QJsonValue &v, double min, double max)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d == std::trunc(d) && d >= min && d <= max;
}

// Codec<T, K>::write(j, value) and ::read(json, value, reader, name): one per
// type (and kind) a report holds. Nested structures are below, with their tables.
template<typename T, Kind K = Kind::Plain> struct Codec;

template<> struct Codec<bool>
{
    static void write(JsonStream &j, bool v, const Report &) { j.value(v); }
    static void read(const QJsonValue &v, bool &out, FieldReader &r, const char *name)
    {
        if (!v.isBool())
            return r.wrongType(name, Expected::Bool);
        out = v.toBool();
    }
};

template<typename Int> struct IntegerCodec
{
    static void write(JsonStream &j, Int v, const Report &) { j.value(QJsonValue(qint64(v))); }
    static void read(const QJsonValue &v, Int &out, FieldReader &r, const char *name)
    {
        // Beyond 2^53 a JSON number is no longer exact; no count gets there.
        constexpr double limit = 9007199254740992.0;
        const double min = std::max(double(std::numeric_limits<Int>::min()), -limit);
        const double max = std::min(double(std::numeric_limits<Int>::max()), limit);
        if (!v.isDouble())
            return r.wrongType(name, Expected::WholeNumber);
        if (!isWholeNumber(v, min, max)) {
            return r.fail(Tr::tr("\"%1\" is out of range: %2")
                              .arg(QString::fromLatin1(name), QString::number(v.toDouble())));
        }
        out = Int(v.toDouble());
    }
};

template<> struct Codec<int> : IntegerCodec<int>
{
};
template<> struct Codec<qint64> : IntegerCodec<qint64>
{
};
template<> struct Codec<quint16> : IntegerCodec<quint16>
{
};

template<> struct Codec<double, Kind::Ms>
{
    static void write(JsonStream &j, double v, const Report &) { j.value(ms(v)); }
    static void read(const QJsonValue &v, double &out, FieldReader &r, const char *name)
    {
        if (!v.isDouble())
            return r.wrongType(name, Expected::Number);
        out = v.toDouble();
    }
};

template<> struct Codec<double, Kind::MsOrNull> : Codec<double, Kind::Ms>
{
    static void write(JsonStream &j, double v, const Report &report)
    {
        if (v < 0)
            j.value(QJsonValue(QJsonValue::Null));
        else
            Codec<double, Kind::Ms>::write(j, v, report);
    }
};

template<> struct Codec<QString>
{
    static void write(JsonStream &j, const QString &v, const Report &) { j.value(v); }
    static void read(const QJsonValue &v, QString &out, FieldReader &r, const char *name)
    {
        if (!v.isString())
            return r.wrongType(name, Expected::Text);
        out = v.toString();
    }
};

template<> struct Codec<QStringList>
{
    static void write(JsonStream &j, const QStringList &v, const Report &)
    {
        j.value(QJsonArray::fromStringList(v));
    }
    static void read(const QJsonValue &v, QStringList &out, FieldReader &r, const char *name)
    {
        if (!v.isArray())
            return r.wrongType(name, Expected::TextList);
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return r.wrongType(name, Expected::TextList);
            list << item.toString();
        }
        out = list;
    }
};

template<> struct Codec<QList<int>>
{
    static void write(JsonStream &j, const QList<int> &v, const Report &)
    {
        QJsonArray array;
        for (int item : v)
            array.append(item);
        j.value(array);
    }
    static void read(const QJsonValue &v, QList<int> &out, FieldReader &r, const char *name)
    {
        if (!v.isArray())
            return r.wrongType(name, Expected::NumberList);
        QList<int> list;
        for (const QJsonValue &item : v.toArray()) {
            if (!isWholeNumber(item, std::numeric_limits<int>::min(),
                               std::numeric_limits<int>::max()))
                return r.wrongType(name, Expected::NumberList);
            list << int(item.toDouble());
        }
        out = list;
    }
};

template<> struct Codec<QByteArray, Kind::EscapedBytes>
{
    static void write(JsonStream &j, const QByteArray &v, const Report &)
    {
        j.value(escapeBytes(v));
    }
    static void read(const QJsonValue &v, QByteArray &out, FieldReader &r, const char *name)
    {
        if (!v.isString())
            return r.wrongType(name, Expected::Text);
        out = unescapeBytes(v.toString());
    }
};

template<> struct Codec<QByteArray, Kind::Latin1Bytes>
{
    static void write(JsonStream &j, const QByteArray &v, const Report &)
    {
        j.value(QString::fromLatin1(v));
    }
    static void read(const QJsonValue &v, QByteArray &out, FieldReader &r, const char *name)
    {
        if (!v.isString())
            return r.wrongType(name, Expected::Text);
        out = v.toString().toLatin1();
    }
};

template<> struct Codec<QDateTime>
{
    static void write(JsonStream &j, const QDateTime &v, const Report &)
    {
        const QString iso = ReportText::isoTime(v);
        j.value(iso.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(iso));
    }
    static void read(const QJsonValue &v, QDateTime &out, FieldReader &r, const char *name)
    {
        if (!v.isString())
            return r.wrongType(name, Expected::Time);
        if (v.toString().isEmpty())
            return;
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!t.isValid()) {
            return r.fail(Tr::tr("\"%1\" is not a valid time: %2")
                              .arg(QString::fromLatin1(name), quoted(v.toString())));
        }
        out = t.toUTC();
    }
};

template<> struct Codec<QVariantMap>
{
    static void write(JsonStream &j, const QVariantMap &v, const Report &)
    {
        j.value(QJsonObject::fromVariantMap(v));
    }
    static void read(const QJsonValue &v, QVariantMap &out, FieldReader &r, const char *name)
    {
        if (!v.isObject())
            return r.wrongType(name, Expected::Object);
        out = v.toObject().toVariantMap();
    }
};

// Enumerations are written as their contract names.
template<typename T> struct EnumNames;

template<> struct EnumNames<StepId>
{
    static QString name(StepId v) { return stepIdName(v); }
    static std::optional<StepId> fromName(const QString &n) { return stepIdFromName(n); }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "step id");
};

template<> struct EnumNames<StepStatus>
{
    static QString name(StepStatus v) { return stepStatusName(v); }
    static std::optional<StepStatus> fromName(const QString &n) { return stepStatusFromName(n); }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "step status");
};

template<> struct EnumNames<Direction>
{
    static QString name(Direction v) { return directionName(v); }
    static std::optional<Direction> fromName(const QString &n)
    {
        for (auto d : {Direction::Client, Direction::Server, Direction::Event}) {
            if (directionName(d) == n)
                return d;
        }
        return std::nullopt;
    }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "transcript direction");
};

template<> struct EnumNames<Severity>
{
    static QString name(Severity v) { return severityName(v); }
    static std::optional<Severity> fromName(const QString &n) { return severityFromName(n); }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "severity");
};

template<> struct EnumNames<Protocol>
{
    static QString name(Protocol v) { return protocolName(v); }
    static std::optional<Protocol> fromName(const QString &n) { return protocolFromName(n); }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "protocol");
};

template<> struct EnumNames<Security>
{
    static QString name(Security v) { return securityName(v); }
    static std::optional<Security> fromName(const QString &n) { return securityFromName(n); }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "security mode");
};

template<> struct EnumNames<ConnectOutcome>
{
    static QString name(ConnectOutcome v) { return connectOutcomeName(v); }
    static std::optional<ConnectOutcome> fromName(const QString &n)
    {
        return connectOutcomeFromName(n);
    }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "connection outcome");
};

template<> struct EnumNames<DnsOutcome>
{
    static QString name(DnsOutcome v) { return dnsOutcomeName(v); }
    static std::optional<DnsOutcome> fromName(const QString &n) { return dnsOutcomeFromName(n); }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "name lookup outcome");
};

template<> struct EnumNames<LoginFacts::Result>
{
    static QString name(LoginFacts::Result v) { return loginResultName(v); }
    static std::optional<LoginFacts::Result> fromName(const QString &n)
    {
        return loginResultFromName(n);
    }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "login result");
};

template<> struct EnumNames<LoginFacts::Obstacle>
{
    static QString name(LoginFacts::Obstacle v) { return loginObstacleName(v); }
    static std::optional<LoginFacts::Obstacle> fromName(const QString &n)
    {
        return loginObstacleFromName(n);
    }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "login obstacle");
};

template<> struct EnumNames<FindingTopic>
{
    static QString name(FindingTopic v) { return findingTopicName(v); }
    static std::optional<FindingTopic> fromName(const QString &n)
    {
        return findingTopicFromName(n);
    }
    static constexpr const char *what = QT_TRANSLATE_NOOP("Report", "finding topic");
};

template<typename T> struct EnumCodec
{
    static void write(JsonStream &j, T v, const Report &) { j.value(EnumNames<T>::name(v)); }
    static std::optional<T> parse(const QJsonValue &v, FieldReader &r, const char *name)
    {
        if (!v.isString()) {
            r.wrongType(name, Expected::Text);
            return std::nullopt;
        }
        const std::optional<T> value = EnumNames<T>::fromName(v.toString());
        if (!value)
            r.fail(
                Tr::tr("unknown %1 \"%2\"").arg(Tr::tr(EnumNames<T>::what), quoted(v.toString())));
        return value;
    }
    static void read(const QJsonValue &v, T &out, FieldReader &r, const char *name)
    {
        if (const std::optional<T> value = parse(v, r, name))
            out = *value;
    }
};

template<> struct Codec<StepId> : EnumCodec<StepId>
{
};
template<> struct Codec<StepStatus> : EnumCodec<StepStatus>
{
};
template<> struct Codec<Direction> : EnumCodec<Direction>
{
};
template<> struct Codec<Severity> : EnumCodec<Severity>
{
};
template<> struct Codec<Protocol> : EnumCodec<Protocol>
{
};
template<> struct Codec<Security> : EnumCodec<Security>
{
};
template<> struct Codec<ConnectOutcome> : EnumCodec<ConnectOutcome>
{
};
template<> struct Codec<DnsOutcome> : EnumCodec<DnsOutcome>
{
};
template<> struct Codec<LoginFacts::Result> : EnumCodec<LoginFacts::Result>
{
};
template<> struct Codec<LoginFacts::Obstacle> : EnumCodec<LoginFacts::Obstacle>
{
};
template<> struct Codec<FindingTopic> : EnumCodec<FindingTopic>
{
};

// A typed reply as an object: its status, the SMTP reply code, the enhanced
// status code and the response code (what it means, and as sent).
QJsonObject replyObject(const ReplyCode &reply)
{
    QJsonObject o {{QStringLiteral("status"), ReplyCode::statusName(reply.status)}};
    if (reply.code != 0)
        o.insert(QStringLiteral("code"), reply.code);
    if (reply.enhanced.isValid())
        o.insert(QStringLiteral("enhanced"), reply.enhanced.toString());
    if (!reply.response.isNone()) {
        o.insert(QStringLiteral("response_code"), reply.response.name);
        o.insert(QStringLiteral("response_kind"), ResponseCode::kindName(reply.response.kind));
        if (!reply.response.argument.isEmpty())
            o.insert(QStringLiteral("response_argument"), reply.response.argument);
    }
    return o;
}

void readReplyObject(const QJsonObject &reply, ReplyCode &out, FieldReader &r)
{
    const QString status = reply.value(QLatin1String("status")).toString();
    const auto parsedStatus = ReplyCode::statusFromName(status);
    if (!parsedStatus)
        return r.fail(
            Tr::tr("unknown reply status \"%1\"").arg(clipText(untrustedText(status), 64)));
    out.status = *parsedStatus;
    if (reply.contains(QLatin1String("code"))) {
        const QJsonValue code = reply.value(QLatin1String("code"));
        if (!isWholeNumber(code, 0, 999))
            return r.wrongType("code", Expected::WholeNumber);
        out.code = int(code.toDouble());
    }
    if (reply.contains(QLatin1String("enhanced"))) {
        const QString text = reply.value(QLatin1String("enhanced")).toString();
        const auto enhanced = EnhancedStatusCode::fromString(text);
        if (!enhanced)
            return r.fail(Tr::tr("\"%1\" is not an enhanced status code")
                              .arg(clipText(untrustedText(text), 64)));
        out.enhanced = *enhanced;
    }
    if (reply.contains(QLatin1String("response_kind"))) {
        const QString kind = reply.value(QLatin1String("response_kind")).toString();
        const auto parsedKind = ResponseCode::kindFromName(kind);
        if (!parsedKind)
            return r.fail(
                Tr::tr("unknown response code kind \"%1\"").arg(clipText(untrustedText(kind), 64)));
        out.response.kind = *parsedKind;
    }
    out.response.name = reply.value(QLatin1String("response_code")).toString();
    out.response.argument = reply.value(QLatin1String("response_argument")).toString();
}

template<> struct Codec<ReplyCode>
{
    static void write(JsonStream &j, const ReplyCode &v, const Report &)
    {
        j.value(replyObject(v));
    }
    static void read(const QJsonValue &v, ReplyCode &out, FieldReader &r, const char *name)
    {
        if (!v.isObject())
            return r.wrongType(name, Expected::Object);
        readReplyObject(v.toObject(), out, r);
    }
};

template<> struct Codec<std::optional<StepId>>
{
    static void write(JsonStream &j, const std::optional<StepId> &v, const Report &report)
    {
        if (v)
            Codec<StepId>::write(j, *v, report);
        else
            j.value(QJsonValue(QJsonValue::Null));
    }
    static void read(const QJsonValue &v, std::optional<StepId> &out, FieldReader &r,
                     const char *name)
    {
        if (const std::optional<StepId> id = Codec<StepId>::parse(v, r, name))
            out = id;
    }
};

// --- the table ----------------------------------------------------------------

template<typename S> struct Field;

template<typename S>
using WriteFn = void (*)(const Field<S> &, JsonStream &, const S &, const Report &);
template<typename S>
using ReadFn = void (*)(const Field<S> &, const QJsonObject &, S &, FieldReader &);
template<typename S> using IsSetFn = bool (*)(const Field<S> &, const S &);

/// One row: a JSON name, how the value is written and read, and whether it
/// differs from a default-constructed S. A row without a name is a section
/// (its rows written in place, only when one of them is set); a named row
/// with rows is a group (an object of S's own fields, like "target").
template<typename S> struct Field
{
    const char *name;
    WriteFn<S> write;
    ReadFn<S> read; ///< nullptr: derived from other fields, not read back
    IsSetFn<S> isSet;
    const Field<S> *rows = nullptr;
    std::size_t rowCount = 0;

    std::span<const Field<S>> subRows() const { return {rows, rowCount}; }
};

template<typename S>
void writeRows(JsonStream &j, const S &s, const Report &report, std::span<const Field<S>> rows)
{
    for (const Field<S> &f : rows)
        f.write(f, j, s, report);
}

template<typename S>
void readRows(const QJsonObject &o, S &s, FieldReader &r, std::span<const Field<S>> rows)
{
    for (const Field<S> &f : rows) {
        if (f.read)
            f.read(f, o, s, r);
    }
}

template<typename S> bool anySet(const S &s, std::span<const Field<S>> rows)
{
    for (const Field<S> &f : rows) {
        if (f.isSet && f.isSet(f, s))
            return true;
    }
    return false;
}

template<typename S> const S &defaults()
{
    static const S value;
    return value;
}

template<typename M> struct MemberOf;
template<typename S, typename T> struct MemberOf<T S::*>
{
    using Struct = S;
    using Type = T;
};

template<auto M, Kind K>
void writeMember(const Field<typename MemberOf<decltype(M)>::Struct> &f, JsonStream &j,
                 const typename MemberOf<decltype(M)>::Struct &s, const Report &report)
{
    j.key(f.name);
    Codec<typename MemberOf<decltype(M)>::Type, K>::write(j, s.*M, report);
}

// A field the document lacks, or null, keeps its value: the default, so that
// an older or trimmed report still loads.
template<auto M, Kind K>
void readMember(const Field<typename MemberOf<decltype(M)>::Struct> &f, const QJsonObject &o,
                typename MemberOf<decltype(M)>::Struct &s, FieldReader &r)
{
    const QJsonValue v = o.value(QLatin1String(f.name));
    if (v.isUndefined() || v.isNull())
        return;
    Codec<typename MemberOf<decltype(M)>::Type, K>::read(v, s.*M, r, f.name);
}

template<auto M>
bool memberSet(const Field<typename MemberOf<decltype(M)>::Struct> &,
               const typename MemberOf<decltype(M)>::Struct &s)
{
    using S = typename MemberOf<decltype(M)>::Struct;
    return !(s.*M == defaults<S>().*M);
}

/// A member of S under a JSON name.
template<auto M, Kind K = defaultKind<typename MemberOf<decltype(M)>::Type>>
constexpr Field<typename MemberOf<decltype(M)>::Struct> field(const char *name)
{
    return {name, &writeMember<M, K>, &readMember<M, K>, &memberSet<M>};
}

/// A row written by hand: a value derived from others, or a field with a
/// special order or fallback.
template<typename S>
constexpr Field<S> custom(const char *name, WriteFn<S> write, ReadFn<S> read = nullptr)
{
    return {name, write, read, nullptr};
}

template<typename S>
void writeSection(const Field<S> &f, JsonStream &j, const S &s, const Report &report)
{
    if (anySet(s, f.subRows()))
        writeRows(j, s, report, f.subRows());
}

template<typename S> void readSection(const Field<S> &f, const QJsonObject &o, S &s, FieldReader &r)
{
    readRows(o, s, r, f.subRows());
}

template<typename S> bool sectionSet(const Field<S> &f, const S &s)
{
    return anySet(s, f.subRows());
}

/// Rows written only when one of them differs from its default, so that
/// reports without such facts stay as they were before the facts existed.
template<typename S, std::size_t N> constexpr Field<S> whenSet(const Field<S> (&rows)[N])
{
    return {nullptr, &writeSection<S>, &readSection<S>, &sectionSet<S>, rows, N};
}

template<typename S>
void writeGroup(const Field<S> &f, JsonStream &j, const S &s, const Report &report)
{
    j.key(f.name);
    j.beginObject();
    writeRows(j, s, report, f.subRows());
    j.endObject();
}

template<typename S> void readGroup(const Field<S> &f, const QJsonObject &o, S &s, FieldReader &r)
{
    const QJsonValue v = o.value(QLatin1String(f.name));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isObject())
        return r.wrongType(f.name, Expected::Object);
    readRows(v.toObject(), s, r, f.subRows());
}

/// Fields of S gathered in a JSON object of their own ("tool", "target").
template<typename S, std::size_t N>
constexpr Field<S> group(const char *name, const Field<S> (&rows)[N])
{
    return {name, &writeGroup<S>, &readGroup<S>, &sectionSet<S>, rows, N};
}

// A structure with a table of its own is a JSON object; a list of them an array.
template<typename T> struct Table;

template<typename T> struct ObjectCodec
{
    static void write(JsonStream &j, const T &v, const Report &report)
    {
        j.beginObject();
        writeRows(j, v, report, Table<T>::rows());
        j.endObject();
    }
    static void read(const QJsonValue &v, T &out, FieldReader &r, const char *name)
    {
        if (!v.isObject())
            return r.wrongType(name, Expected::Object);
        readRows(v.toObject(), out, r, Table<T>::rows());
    }
};

template<typename T> struct ListCodec
{
    static void write(JsonStream &j, const QList<T> &v, const Report &report)
    {
        j.beginArray();
        for (const T &item : v)
            ObjectCodec<T>::write(j, item, report);
        j.endArray();
    }
    static void read(const QJsonValue &v, QList<T> &out, FieldReader &r, const char *name)
    {
        if (!v.isArray())
            return r.wrongType(name, Expected::List);
        QList<T> list;
        for (const QJsonValue &item : v.toArray()) {
            T value;
            ObjectCodec<T>::read(item, value, r, name);
            list.append(value);
        }
        out = list;
    }
};

#define MAILINSPECT_TABLE(Type, array)                                                             \
    template<> struct Table<Type>                                                                  \
    {                                                                                              \
        static std::span<const Field<Type>> rows() { return array; }                               \
    };                                                                                             \
    template<> struct Codec<Type> : ObjectCodec<Type>                                              \
    {                                                                                              \
    };                                                                                             \
    template<> struct Codec<QList<Type>> : ListCodec<Type>                                         \
    {                                                                                              \
    }

// Adding a member to one of these structures changes its size; the build then
// stops here until the member has a row below (forEachReportText in report.cpp
// keeps the same watch over text). Sizes measured on 64-bit builds.
static_assert(sizeof(void *) != 8 || sizeof(Step) == 56, "Step changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(TranscriptEvent) == 48,
              "TranscriptEvent changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(CertificateInfo) == 216,
              "CertificateInfo changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(CertificateProblem) == 40,
              "CertificateProblem changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(TlsInfo) == 256, "TlsInfo changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(SessionFacts) == 952,
              "SessionFacts changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(Finding) == 112, "Finding changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(LoginFacts) == 208,
              "LoginFacts changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(AccountFacts) == 544,
              "AccountFacts changed: add its JSON row");
static_assert(sizeof(void *) != 8 || sizeof(Report) == 2264, "Report changed: add its JSON row");

// The order of the rows is the order of the document (PRODUCT.md's fields
// first, additive ones after them).

constexpr Field<CertificateInfo> certificateRows[] = {
    field<&CertificateInfo::subject>("subject"),
    field<&CertificateInfo::issuer>("issuer"),
    field<&CertificateInfo::commonName>("common_name"),
    field<&CertificateInfo::notBefore>("not_before"),
    field<&CertificateInfo::notAfter>("not_after"),
    field<&CertificateInfo::sha256>("sha256"),
    field<&CertificateInfo::subjectAltNames>("subject_alt_names"),
    field<&CertificateInfo::publicKey>("public_key"),
    field<&CertificateInfo::serialNumber>("serial_number"),
    field<&CertificateInfo::selfSigned>("self_signed"),
    field<&CertificateInfo::pem, Kind::Latin1Bytes>("pem"),
};
MAILINSPECT_TABLE(CertificateInfo, certificateRows);

constexpr Field<CertificateProblem> certificateProblemRows[] = {
    field<&CertificateProblem::code>("code"),
    field<&CertificateProblem::message>("message"),
    field<&CertificateProblem::certificateIndex>("certificate"),
    field<&CertificateProblem::isNameProblem>("name"),
};
MAILINSPECT_TABLE(CertificateProblem, certificateProblemRows);

// PRODUCT.md's "errors": the problems' words. A report that has only them (another
// writer, a trimmed ticket) still shows them; "problems", later in the
// document, replaces them with the typed values when it is there.
void writeTlsErrors(const Field<TlsInfo> &f, JsonStream &j, const TlsInfo &t, const Report &)
{
    QStringList errors;
    for (const CertificateProblem &p : t.problems)
        errors << p.message;
    j.field(f.name, QJsonArray::fromStringList(errors));
}

void readTlsErrors(const Field<TlsInfo> &f, const QJsonObject &o, TlsInfo &t, FieldReader &r)
{
    const QJsonValue v = o.value(QLatin1String(f.name));
    if (v.isUndefined() || v.isNull() || !t.problems.isEmpty())
        return;
    QStringList messages;
    Codec<QStringList>::read(v, messages, r, f.name);
    for (const QString &message : messages) {
        CertificateProblem problem;
        problem.message = message;
        t.problems.append(problem);
    }
}

constexpr Field<TlsInfo> tlsRows[] = {
    field<&TlsInfo::protocol>("protocol"),
    field<&TlsInfo::cipher>("cipher"),
    field<&TlsInfo::verified>("verified"),
    custom<TlsInfo>("errors", &writeTlsErrors, &readTlsErrors),
    field<&TlsInfo::chain>("chain"),
    field<&TlsInfo::attempted>("attempted"),
    field<&TlsInfo::established>("established"),
    field<&TlsInfo::trusted>("trusted"),
    field<&TlsInfo::nameMatches>("name_matches"),
    field<&TlsInfo::verifiedName>("verified_name"),
    field<&TlsInfo::sni>("sni"),
    field<&TlsInfo::keyExchange>("key_exchange"),
    field<&TlsInfo::alertsSent>("alerts_sent"),
    field<&TlsInfo::alertsReceived>("alerts_received"),
    field<&TlsInfo::handshakeError>("handshake_error"),
    field<&TlsInfo::problems>("problems"),
};
MAILINSPECT_TABLE(TlsInfo, tlsRows);

constexpr Field<Step> stepRows[] = {
    field<&Step::id>("id"),
    field<&Step::status>("status"),
    field<&Step::startMs>("start_ms"),
    field<&Step::endMs, Kind::MsOrNull>("end_ms"),
    field<&Step::summary>("summary"),
    field<&Step::details>("details"),
};
MAILINSPECT_TABLE(Step, stepRows);

// The id of the step a line belongs to, for readers of the file; the index
// is what is read back.
void writeTranscriptStep(const Field<TranscriptEvent> &f, JsonStream &j, const TranscriptEvent &e,
                         const Report &report)
{
    const bool valid = e.stepIndex >= 0 && e.stepIndex < report.steps.size();
    j.field(f.name,
            valid ? QJsonValue(stepIdName(report.steps.at(e.stepIndex).id))
                  : QJsonValue(QJsonValue::Null));
}

constexpr Field<TranscriptEvent> transcriptUnterminatedRows[] = {
    field<&TranscriptEvent::unterminated>("unterminated"),
};

constexpr Field<TranscriptEvent> transcriptRows[] = {
    field<&TranscriptEvent::tMs>("t_ms"),
    field<&TranscriptEvent::direction>("dir"),
    field<&TranscriptEvent::tls>("tls"),
    field<&TranscriptEvent::text>("text"),
    custom<TranscriptEvent>("step", &writeTranscriptStep),
    field<&TranscriptEvent::stepIndex>("step_index"),
    whenSet(transcriptUnterminatedRows),
};
MAILINSPECT_TABLE(TranscriptEvent, transcriptRows);

// Written for login and account findings only, so connection findings read as before.
constexpr Field<Finding> findingTopicRows[] = {
    field<&Finding::topic>("topic"),
};

constexpr Field<Finding> findingRows[] = {
    field<&Finding::id>("id"),
    field<&Finding::severity>("severity"),
    field<&Finding::step>("step"),
    field<&Finding::title>("title"),
    field<&Finding::explanation>("explanation"),
    field<&Finding::fix>("fix"),
    whenSet(findingTopicRows),
};
MAILINSPECT_TABLE(Finding, findingRows);

// --- typed replies ---------------------------------------------------------
// The SMTP reply code of a typed reply, under the name it always had
// ("greeting_code"), written always, as before.
template<ReplyCode SessionFacts::*M>
void writeReplyNumber(const Field<SessionFacts> &f, JsonStream &j, const SessionFacts &s,
                      const Report &report)
{
    j.key(f.name);
    Codec<int>::write(j, (s.*M).code, report);
}

template<ReplyCode SessionFacts::*M>
void readReplyNumber(const Field<SessionFacts> &f, const QJsonObject &o, SessionFacts &s,
                     FieldReader &r)
{
    const QJsonValue v = o.value(QLatin1String(f.name));
    if (!v.isUndefined() && !v.isNull())
        Codec<int>::read(v, (s.*M).code, r, f.name);
}

template<ReplyCode SessionFacts::*M>
bool replyNumberSet(const Field<SessionFacts> &, const SessionFacts &s)
{
    return (s.*M).code != 0;
}

template<ReplyCode SessionFacts::*M> constexpr Field<SessionFacts> replyNumber(const char *name)
{
    return {name, &writeReplyNumber<M>, &readReplyNumber<M>, &replyNumberSet<M>};
}

// The typed part of a reply: its status, the enhanced status code, the
// response code. Written only for replies the session recorded, so reports
// made by hand (or by older versions) stay as they were.
template<ReplyCode SessionFacts::*M>
void writeTypedReply(const Field<SessionFacts> &f, JsonStream &j, const SessionFacts &s,
                     const Report &)
{
    const ReplyCode &reply = s.*M;
    if (reply.status == ReplyStatus::None)
        return;
    // The SMTP code has a row of its own here ("greeting_code").
    QJsonObject o = replyObject(reply);
    o.remove(QStringLiteral("code"));
    j.field(f.name, o);
}

template<ReplyCode SessionFacts::*M>
void readTypedReply(const Field<SessionFacts> &f, const QJsonObject &o, SessionFacts &s,
                    FieldReader &r)
{
    const QJsonValue v = o.value(QLatin1String(f.name));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isObject())
        return r.fail(Tr::tr("\"%1\" should be an object").arg(QString::fromLatin1(f.name)));
    const int code = (s.*M).code; // read from its own row before this one
    readReplyObject(v.toObject(), s.*M, r);
    (s.*M).code = code;
}

template<ReplyCode SessionFacts::*M>
bool typedReplySet(const Field<SessionFacts> &, const SessionFacts &s)
{
    return (s.*M).status != ReplyStatus::None;
}

template<ReplyCode SessionFacts::*M> constexpr Field<SessionFacts> typedReply(const char *name)
{
    return {name, &writeTypedReply<M>, &readTypedReply<M>, &typedReplySet<M>};
}

// Facts added after the first release are written only when they happened,
// so ordinary reports stay as they were.
constexpr Field<SessionFacts> unterminatedLineRows[] = {
    field<&SessionFacts::unterminatedLineStep>("unterminated_line_step"),
    field<&SessionFacts::unterminatedLine>("unterminated_line"),
    field<&SessionFacts::unterminatedLineBytes>("unterminated_line_bytes"),
    field<&SessionFacts::unterminatedLineClosed>("unterminated_line_closed"),
    field<&SessionFacts::unterminatedLineLiteral>("unterminated_line_literal"),
};
constexpr Field<SessionFacts> unsolicitedReplyRows[] = {
    field<&SessionFacts::unsolicitedReply>("unsolicited_reply"),
};
constexpr Field<SessionFacts> deadlineRows[] = {
    field<&SessionFacts::deadlineExceeded>("deadline_exceeded"),
    field<&SessionFacts::deadlineMs>("deadline_ms"),
    field<&SessionFacts::deadlineStep>("deadline_step"),
};
constexpr Field<SessionFacts> dnsRows[] = {
    field<&SessionFacts::dnsOutcome>("dns_outcome"),
    field<&SessionFacts::dnsServer>("dns_server"),
    field<&SessionFacts::dnsError>("dns_error"),
    field<&SessionFacts::dnsMailHosts>("dns_mail_hosts"),
};
constexpr Field<SessionFacts> timedOutRows[] = {
    field<&SessionFacts::timedOutStep>("timed_out_step"),
};
constexpr Field<SessionFacts> authRows[] = {
    field<&SessionFacts::authAttempted>("auth_attempted"),
    field<&SessionFacts::authSucceeded>("auth_succeeded"),
    replyNumber<&SessionFacts::authReply>("auth_reply_code"),
    field<&SessionFacts::authReplyStatus>("auth_reply_status"),
    field<&SessionFacts::authReplyText>("auth_reply_text"),
};
constexpr Field<SessionFacts> injectionRows[] = {
    field<&SessionFacts::injectionCheckRan>("injection_check_ran"),
    field<&SessionFacts::injectionDetected>("injection_detected"),
    field<&SessionFacts::injectionEvidence>("injection_evidence"),
};

// The typed session facts, so a report read back diagnoses (and gives its
// verdict) exactly as it did when it was recorded.
constexpr Field<SessionFacts> factRows[] = {
    field<&SessionFacts::resolvedAddresses>("resolved_addresses"),
    field<&SessionFacts::resolveTimedOut>("resolve_timed_out"),
    whenSet(dnsRows),
    field<&SessionFacts::connectOutcome>("connect_outcome"),
    field<&SessionFacts::connectError>("connect_error"),
    field<&SessionFacts::greetingReceived>("greeting_received"),
    field<&SessionFacts::greetingTimedOut>("greeting_timed_out"),
    field<&SessionFacts::greetingDelayMs>("greeting_delay_ms"),
    field<&SessionFacts::firstGreetingByteMs>("first_greeting_byte_ms"),
    replyNumber<&SessionFacts::greetingReply>("greeting_code"),
    field<&SessionFacts::greetingStatus>("greeting_status"),
    field<&SessionFacts::greetingLines>("greeting_lines"),
    field<&SessionFacts::greetingMultiline>("greeting_multiline"),
    field<&SessionFacts::heloFallback>("helo_fallback"),
    replyNumber<&SessionFacts::capabilityReply>("capability_reply_code"),
    field<&SessionFacts::capabilityCommandFailed>("capability_command_failed"),
    field<&SessionFacts::capabilityReplyLines>("capability_reply_lines"),
    field<&SessionFacts::starttlsOffered>("starttls_offered"),
    field<&SessionFacts::starttlsAttempted>("starttls_attempted"),
    field<&SessionFacts::starttlsAccepted>("starttls_accepted"),
    replyNumber<&SessionFacts::starttlsReply>("starttls_reply_code"),
    field<&SessionFacts::starttlsReplyStatus>("starttls_reply_status"),
    field<&SessionFacts::starttlsReplyText>("starttls_reply_text"),
    field<&SessionFacts::injectedAfterUpgrade, Kind::EscapedBytes>("injected_after_upgrade"),
    field<&SessionFacts::preauth>("preauth"),
    field<&SessionFacts::closedByServer>("closed_by_server"),
    field<&SessionFacts::closedDuringStep>("closed_during_step"),
    field<&SessionFacts::lineTooLong>("line_too_long"),
    field<&SessionFacts::lineTooLongStep>("line_too_long_step"),
    field<&SessionFacts::protocolViolation>("protocol_violation"),
    field<&SessionFacts::protocolViolationStep>("protocol_violation_step"),
    field<&SessionFacts::replyCodes>("reply_codes"),
    field<&SessionFacts::quitSent>("quit_sent"),
    field<&SessionFacts::quitAnswered>("quit_answered"),
    field<&SessionFacts::cancelled>("cancelled"),
    field<&SessionFacts::modeCheckRan>("mode_check_ran"),
    field<&SessionFacts::modeCheckSecurity>("mode_check_security"),
    field<&SessionFacts::modeCheckSucceeded>("mode_check_succeeded"),
    field<&SessionFacts::modeCheckEvidence>("mode_check_evidence"),
    whenSet(unterminatedLineRows),
    whenSet(unsolicitedReplyRows),
    whenSet(deadlineRows),
    whenSet(timedOutRows),
    whenSet(authRows),
    whenSet(injectionRows),
    typedReply<&SessionFacts::greetingReply>("greeting_reply"),
    typedReply<&SessionFacts::capabilityReply>("capability_reply"),
    typedReply<&SessionFacts::starttlsReply>("starttls_reply"),
    typedReply<&SessionFacts::authReply>("auth_reply"),
};
MAILINSPECT_TABLE(SessionFacts, factRows);

// The product's "login" object: result, mechanism and user first.
constexpr Field<LoginFacts> loginRows[] = {
    field<&LoginFacts::result>("result"),
    field<&LoginFacts::mechanism>("mechanism"),
    field<&LoginFacts::user>("user"),
    field<&LoginFacts::choice>("choice"),
    field<&LoginFacts::obstacle>("not_tried_because"),
    field<&LoginFacts::notTriedReason>("not_tried_reason"),
    field<&LoginFacts::offered>("offered"),
    field<&LoginFacts::serverProofInvalid>("server_proof_invalid"),
    field<&LoginFacts::oauthStatus>("oauth_status"),
    field<&LoginFacts::oauthScope>("oauth_scope"),
    field<&LoginFacts::oauthConfiguration>("oauth_configuration"),
};
MAILINSPECT_TABLE(LoginFacts, loginRows);

// The checks after a successful login.
constexpr Field<AccountFacts> accountRows[] = {
    field<&AccountFacts::mailboxChecked>("mailbox_checked"),
    field<&AccountFacts::mailboxReply>("mailbox_reply"),
    field<&AccountFacts::mailboxReplyText>("mailbox_reply_text"),
    field<&AccountFacts::messages>("messages"),
    field<&AccountFacts::mailboxBytes>("mailbox_bytes"),
    field<&AccountFacts::quotaChecked>("quota_checked"),
    field<&AccountFacts::quotaReply>("quota_reply"),
    field<&AccountFacts::quotaResource>("quota_resource"),
    field<&AccountFacts::quotaUsage>("quota_usage"),
    field<&AccountFacts::quotaLimit>("quota_limit"),
    field<&AccountFacts::problem>("problem"),
    field<&AccountFacts::mailFrom>("mail_from"),
    field<&AccountFacts::senderReply>("sender_reply"),
    field<&AccountFacts::senderReplyText>("sender_reply_text"),
    field<&AccountFacts::rcptTo>("rcpt_to"),
    field<&AccountFacts::recipientReply>("recipient_reply"),
    field<&AccountFacts::recipientReplyText>("recipient_reply_text"),
    field<&AccountFacts::resetSent>("reset_sent"),
};
MAILINSPECT_TABLE(AccountFacts, accountRows);

#undef MAILINSPECT_TABLE

void writeSchema(const Field<Report> &f, JsonStream &j, const Report &, const Report &)
{
    j.field(f.name, QString::fromLatin1(reportSchema));
}

void writeToolName(const Field<Report> &f, JsonStream &j, const Report &, const Report &)
{
    j.field(f.name, QStringLiteral("mailinspect"));
}

void writeVerdict(const Field<Report> &f, JsonStream &j, const Report &r, const Report &)
{
    j.field(f.name, verdictName(r.verdict()));
}

// Errors first, then warnings, then infos, whatever order the list has.
void writeFindings(const Field<Report> &f, JsonStream &j, const Report &r, const Report &)
{
    j.key(f.name);
    Codec<QList<Finding>>::write(j, ReportText::sortedFindings(r), r);
}

constexpr Field<Report> toolRows[] = {
    custom<Report>("name", &writeToolName),
    field<&Report::toolVersion>("version"),
    field<&Report::tlsBackend>("tls_backend"),
};

constexpr Field<Report> targetRows[] = {
    field<&Report::host>("host"),
    field<&Report::port>("port"),
    field<&Report::protocol>("protocol"),
    field<&Report::security>("security"),
    field<&Report::connectAddress>("address"),
    field<&Report::targetAsTyped>("as_typed"),
    field<&Report::requestedConnectAddress>("connect_address"),
};

constexpr Field<Report> capabilityRows[] = {
    field<&Report::capabilitiesBeforeTls>("before_tls"),
    field<&Report::capabilitiesAfterTls>("after_tls"),
};

// Only when the checks after the login ran.
constexpr Field<Report> reportAccountRows[] = {
    field<&Report::account>("account"),
};

constexpr Field<Report> reportRows[] = {
    custom<Report>("schema", &writeSchema), // checked by readJson() before anything is read
    group("tool", toolRows),
    group("target", targetRows),
    field<&Report::started>("started"),
    field<&Report::durationMs>("duration_ms"),
    custom<Report>("verdict", &writeVerdict),
    field<&Report::steps>("steps"),
    field<&Report::transcript>("transcript"),
    group("capabilities", capabilityRows),
    field<&Report::tls>("tls"),
    custom<Report>("findings", &writeFindings, &readMember<&Report::findings, Kind::Plain>),
    field<&Report::finished>("finished"),
    field<&Report::facts>("facts"),
    field<&Report::login>("login"),
    whenSet(reportAccountRows),
};

} // namespace

void writeReportFields(JsonStream &j, const Report &report)
{
    j.beginObject();
    writeRows<Report>(j, report, report, reportRows);
    j.endObject();
}

QString readReportFields(const QJsonObject &root, Report &report)
{
    FieldReader reader;
    readRows<Report>(root, report, reader, reportRows);
    for (const TranscriptEvent &e : std::as_const(report.transcript)) {
        if (e.stepIndex >= report.steps.size()) {
            reader.fail(Tr::tr("a transcript line refers to step %1, which does not exist")
                            .arg(e.stepIndex));
        }
    }
    return reader.error;
}

} // namespace MailInspect
