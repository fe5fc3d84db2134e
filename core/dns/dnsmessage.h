// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace MailInspect::Dns {

/// The record types the inspector asks for (RFC 1035, RFC 3596, RFC 2782).
enum class RecordType : quint16 { A = 1, Mx = 15, Aaaa = 28, Srv = 33 };

QString recordTypeName(RecordType type); ///< "A", "AAAA", "MX", "SRV"

/// RCODE of a reply (RFC 1035 4.1.1), as far as the inspector tells them apart.
enum class ResponseCode : quint8 {
    NoError = 0,
    FormatError = 1,
    ServerFailure = 2,
    NameError = 3, ///< NXDOMAIN: the name does not exist
    NotImplemented = 4,
    Refused = 5,
};

/// One answer record of a type the inspector asked for. Names are lower-case,
/// without the trailing dot; "." (the root) stays ".".
struct Record
{
    RecordType type = RecordType::A;
    QString name;
    quint32 ttl = 0;
    QHostAddress address; ///< A, AAAA
    quint16 preference = 0; ///< MX
    quint16 priority = 0; ///< SRV
    quint16 weight = 0; ///< SRV
    quint16 port = 0; ///< SRV
    QString target; ///< MX exchange, SRV target ("." = service not offered)
};

/// A parsed reply: the header facts and the records of the answer section.
struct Response
{
    quint16 id = 0;
    bool isResponse = false;
    bool truncated = false;
    quint8 rcode = 0;
    QString question; ///< the name of the first question, as echoed
    quint16 questionType = 0;
    QList<Record> answers; ///< records of the types above; others are skipped
};

/// Bounds that protect the parser from a hostile or broken server.
namespace Limits {
constexpr qsizetype maxMessageBytes = 65535;
constexpr int maxRecords = 256;
constexpr int maxPointerJumps = 32;
constexpr int maxNameChars = 255;
} // namespace Limits

/// A standard query (RD set) for one name and type; nullopt when the name
/// cannot be encoded (an empty label, a label over 63 octets, over 255 in all).
std::optional<QByteArray> encodeQuery(quint16 id, const QString &name, RecordType type);

/// Parses a reply. Never reads outside the buffer, follows at most
/// Limits::maxPointerJumps compression pointers per name (a loop is an
/// error), keeps at most Limits::maxRecords answers. nullopt with a reason
/// in *error when the message is malformed.
std::optional<Response> parseResponse(const QByteArray &message, QString *error = nullptr);

/// "example.com" from "Example.COM." (lower-case, no trailing dot); an IDN
/// becomes its ACE form. Empty when the name is not usable in DNS.
QString normalisedName(const QString &name);

} // namespace MailInspect::Dns
