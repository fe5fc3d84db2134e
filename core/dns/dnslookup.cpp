// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnslookup.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace MailInspect::Dns {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dns)
};

// A reply to anything else (another id, another question) is not ours; a
// server that floods us cannot keep the lookup busy past its timeout anyway.
constexpr int maxIgnoredDatagrams = 64;
constexpr int sends = 3;
} // namespace

QString Server::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

std::optional<Server> parseServer(const QString &textIn)
{
    const QString text = textIn.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    Server s;
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            port = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    }
    if (!s.address.setAddress(host))
        return std::nullopt;
    if (!port.isNull()) {
        bool ok = false;
        const uint p = port.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return std::nullopt;
        s.port = quint16(p);
    }
    return s;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::NoSuchName:
        return QStringLiteral("no-such-name");
    case Outcome::NoData:
        return QStringLiteral("no-data");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Lookup::Lookup(const QString &name, RecordType type, std::optional<Server> server, int timeoutMs,
               QObject *parent)
    : QObject(parent)
    , m_name(normalisedName(name))
    , m_type(type)
    , m_server(std::move(server))
    , m_timeoutMs(std::max(100, timeoutMs))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_answer.timedOut = true;
        done(Outcome::Failed, Tr::tr("no answer within %1 s").arg(m_timeoutMs / 1000.0));
    });
    connect(&m_resend, &QTimer::timeout, this, &Lookup::send);
}

Lookup::~Lookup()
{
    abort();
}

QString Lookup::serverName() const
{
    return m_server ? m_server->toString() : QStringLiteral("system");
}

void Lookup::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_name.isEmpty()) {
        // Queued, so a caller connecting after start() still hears it.
        QMetaObject::invokeMethod(
            this, [this] { done(Outcome::NoSuchName, Tr::tr("not a valid DNS name")); },
            Qt::QueuedConnection);
        return;
    }
    m_timeout.start(m_timeoutMs);
    if (m_server)
        startUdp();
    else
        startSystem();
}

void Lookup::abort()
{
    m_finished = true;
    m_timeout.stop();
    m_resend.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_system) {
        m_system->disconnect(this);
        m_system->abort();
    }
}

void Lookup::startUdp()
{
    m_id = quint16(QRandomGenerator::global()->bounded(1, 65536));
    const auto query = encodeQuery(m_id, m_name, m_type);
    if (!query) {
        QMetaObject::invokeMethod(
            this, [this] { done(Outcome::NoSuchName, Tr::tr("not a valid DNS name")); },
            Qt::QueuedConnection);
        return;
    }
    m_query = *query;
    m_socket = new QUdpSocket(this);
    // Connected, so the kernel drops datagrams from anyone else and tells us
    // when nothing listens (ICMP port unreachable).
    m_socket->connectToHost(m_server->address, m_server->port);
    connect(m_socket, &QUdpSocket::readyRead, this, &Lookup::onDatagrams);
    connect(m_socket, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::ConnectionRefusedError)
            done(Outcome::Failed, Tr::tr("no DNS server answers at %1").arg(serverName()));
        else if (e != QAbstractSocket::DatagramTooLargeError)
            done(Outcome::Failed, m_socket->errorString());
    });
    m_resend.start(m_timeoutMs / sends);
    // An address needs no lookup, so the socket is usually connected already.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        send();
    else
        connect(m_socket, &QUdpSocket::connected, this, &Lookup::send);
}

void Lookup::send()
{
    if (m_finished || !m_socket)
        return;
    m_socket->write(m_query);
}

void Lookup::onDatagrams()
{
    while (!m_finished && m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(Limits::maxMessageBytes);
        QString error;
        const auto response = parseResponse(datagram.data(), &error);
        if (!response || !response->isResponse || response->id != m_id
            || response->question != m_name || response->questionType != quint16(m_type)) {
            if (++m_ignored > maxIgnoredDatagrams)
                done(Outcome::Failed, Tr::tr("too many replies that do not match the question"));
            continue;
        }
        switch (ResponseCode(response->rcode)) {
        case ResponseCode::NoError:
            break;
        case ResponseCode::NameError:
            done(Outcome::NoSuchName, Tr::tr("the name does not exist (NXDOMAIN)"));
            return;
        case ResponseCode::ServerFailure:
            done(Outcome::Failed, Tr::tr("the DNS server failed to answer (SERVFAIL)"));
            return;
        case ResponseCode::Refused:
            done(Outcome::Failed, Tr::tr("the DNS server refused to answer (REFUSED)"));
            return;
        default:
            done(Outcome::Failed,
                 Tr::tr("the DNS server answered with error code %1").arg(response->rcode));
            return;
        }
        for (const Record &r : response->answers) {
            if (r.type == m_type)
                m_answer.records.append(r);
        }
        if (m_answer.records.isEmpty() && response->truncated) {
            done(Outcome::Failed, Tr::tr("the reply was truncated and TCP is not tried"));
            return;
        }
        done(m_answer.records.isEmpty() ? Outcome::NoData : Outcome::Ok);
        return;
    }
}

void Lookup::startSystem()
{
    QDnsLookup::Type type = QDnsLookup::A;
    switch (m_type) {
    case RecordType::A:
        type = QDnsLookup::A;
        break;
    case RecordType::Aaaa:
        type = QDnsLookup::AAAA;
        break;
    case RecordType::Mx:
        type = QDnsLookup::MX;
        break;
    case RecordType::Srv:
        type = QDnsLookup::SRV;
        break;
    }
    m_system = new QDnsLookup(type, m_name, this);
    connect(m_system, &QDnsLookup::finished, this, &Lookup::onSystemFinished);
    m_system->lookup();
}

void Lookup::onSystemFinished()
{
    if (m_finished)
        return;
    switch (m_system->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        // The system resolver does not say whether the name or only the
        // record is missing; the caller treats both alike.
        done(Outcome::NoSuchName, m_system->errorString());
        return;
    default:
        done(Outcome::Failed, m_system->errorString());
        return;
    }
    for (const auto &r : m_system->hostAddressRecords()) {
        Record rec;
        rec.type = r.value().protocol() == QAbstractSocket::IPv6Protocol ? RecordType::Aaaa
                                                                         : RecordType::A;
        rec.name = normalisedName(r.name());
        rec.ttl = r.timeToLive();
        rec.address = r.value();
        if (rec.type == m_type)
            m_answer.records.append(rec);
    }
    for (const auto &r : m_system->mailExchangeRecords()) {
        Record rec;
        rec.type = RecordType::Mx;
        rec.name = normalisedName(r.name());
        rec.ttl = r.timeToLive();
        rec.preference = r.preference();
        rec.target = r.exchange().isEmpty() ? QStringLiteral(".") : normalisedName(r.exchange());
        m_answer.records.append(rec);
    }
    for (const auto &r : m_system->serviceRecords()) {
        Record rec;
        rec.type = RecordType::Srv;
        rec.name = normalisedName(r.name());
        rec.ttl = r.timeToLive();
        rec.priority = r.priority();
        rec.weight = r.weight();
        rec.port = r.port();
        rec.target = r.target().isEmpty() || r.target() == QLatin1String(".")
            ? QStringLiteral(".")
            : normalisedName(r.target());
        m_answer.records.append(rec);
    }
    m_answer.records.resize(std::min<qsizetype>(m_answer.records.size(), Limits::maxRecords));
    done(m_answer.records.isEmpty() ? Outcome::NoData : Outcome::Ok);
}

void Lookup::done(Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    abort();
    m_answer.outcome = outcome;
    m_answer.error = error;
    if (outcome != Outcome::Ok)
        m_answer.records.clear();
    Q_EMIT finished();
}

} // namespace MailInspect::Dns
