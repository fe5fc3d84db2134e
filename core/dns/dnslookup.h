// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/dnsmessage.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <optional>

class QDnsLookup;
class QUdpSocket;

namespace MailInspect::Dns {

/// A DNS server to ask instead of the system's resolver (`--dns-server`).
struct Server
{
    QHostAddress address;
    quint16 port = 53;

    QString toString() const; ///< "192.0.2.1:53", "[2001:db8::1]:53"
};

/// "192.0.2.1", "192.0.2.1:5353", "2001:db8::1", "[2001:db8::1]:5353"; nullopt
/// for anything else (a host name is not accepted: it would need a resolver).
std::optional<Server> parseServer(const QString &text);

/// How one question ended, told apart as a help desk needs it.
enum class Outcome {
    Ok, ///< records of the type asked for
    NoSuchName, ///< NXDOMAIN: the name does not exist
    NoData, ///< the name exists, but has no record of this type
    Failed, ///< no answer, SERVFAIL, REFUSED, a broken reply: nothing is known
};

QString outcomeName(Outcome outcome); ///< "ok", "no-such-name", "no-data", "failed"

struct Answer
{
    Outcome outcome = Outcome::Failed;
    QList<Record> records;
    QString error; ///< why it failed, for people (English from the system, else translated)
    bool timedOut = false;
};

/// One question (A, AAAA, MX or SRV) about one name, asked asynchronously.
/// With a Server it is asked with this program's own small DNS client over
/// UDP: resent twice within the time allowed, replies checked (sender, id,
/// question) and parsed within bounds; without one the system's resolver
/// answers (QDnsLookup). Emits finished() exactly once, unless aborted.
class Lookup : public QObject
{
    Q_OBJECT
public:
    Lookup(const QString &name, RecordType type, std::optional<Server> server, int timeoutMs,
           QObject *parent = nullptr);
    ~Lookup() override;

    void start();
    void abort();
    bool isFinished() const { return m_finished; }
    QString name() const { return m_name; }
    RecordType type() const { return m_type; }
    const Answer &answer() const { return m_answer; }
    /// Where it was asked: "192.0.2.1:53" or "system".
    QString serverName() const;

Q_SIGNALS:
    void finished();

private:
    void startUdp();
    void send();
    void onDatagrams();
    void startSystem();
    void onSystemFinished();
    void done(Outcome outcome, const QString &error = {});

    QString m_name;
    RecordType m_type;
    std::optional<Server> m_server;
    int m_timeoutMs;
    quint16 m_id = 0;
    QByteArray m_query;
    QUdpSocket *m_socket = nullptr;
    QDnsLookup *m_system = nullptr;
    QTimer m_resend;
    QTimer m_timeout;
    Answer m_answer;
    int m_ignored = 0; ///< datagrams that were not the reply (wrong id, sender, question)
    bool m_finished = false;
    bool m_started = false;
};

} // namespace MailInspect::Dns
