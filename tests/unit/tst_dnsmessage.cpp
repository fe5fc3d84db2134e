// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The DNS client's message encoder and parser, and the client itself against a
// responder on loopback that answers what each case needs (no real DNS).

#include "dns/dnslookup.h"
#include "dns/dnsmessage.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QUdpSocket>
#include <QtTest>

#include <functional>

using namespace MailInspect;
using namespace MailInspect::Dns;

namespace {
QByteArray header(quint16 id, quint16 flags, quint16 qd, quint16 an)
{
    QByteArray h;
    for (quint16 v : {id, flags, qd, an, quint16(0), quint16(0)}) {
        h.append(char(v >> 8));
        h.append(char(v & 0xff));
    }
    return h;
}

QByteArray name(const QByteArray &dotted)
{
    QByteArray out;
    for (const QByteArray &label : dotted.split('.')) {
        out.append(char(label.size()));
        out.append(label);
    }
    return out + '\0';
}

QByteArray u16(quint16 v)
{
    QByteArray out;
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
    return out;
}

QByteArray u32(quint32 v)
{
    return u16(quint16(v >> 16)) + u16(quint16(v));
}

// A reply to `query` (as encodeQuery made it) with the given answers appended.
QByteArray reply(const QByteArray &query, quint16 rcode, int answers, const QByteArray &records)
{
    QByteArray r = query;
    r[2] = char(0x81);
    r[3] = char(0x80 | rcode);
    r[6] = char(answers >> 8);
    r[7] = char(answers & 0xff);
    return r + records;
}

// An answer record whose owner is the question (pointer to offset 12).
QByteArray record(RecordType type, const QByteArray &data)
{
    return u16(0xc00c) + u16(quint16(type)) + u16(1) + u32(300) + u16(quint16(data.size())) + data;
}

/// Answers every query with whatever `respond` returns (nothing: silence).
class Responder : public QObject
{
public:
    std::function<QList<QByteArray>(const QByteArray &)> respond;
    QUdpSocket socket;
    Responder()
    {
        socket.bind(QHostAddress::LocalHost, 0);
        connect(&socket, &QUdpSocket::readyRead, this, [this] {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram d = socket.receiveDatagram();
                for (const QByteArray &r : respond(d.data()))
                    socket.writeDatagram(d.makeReply(r));
            }
        });
    }
    Server server() const { return {QHostAddress::LocalHost, socket.localPort()}; }
};

Answer ask(Responder &responder, const QString &n, RecordType type, int timeoutMs = 1500)
{
    Lookup lookup(n, type, responder.server(), timeoutMs);
    QSignalSpy done(&lookup, &Lookup::finished);
    lookup.start();
    if (!done.wait(timeoutMs + 2000))
        return {};
    return lookup.answer();
}
} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeQuery();
    void encodeRejectsBadNames();
    void parseRecords();
    void compressionLoopIsAnError();
    void forwardPointerIsAnError();
    void truncatedMessages();
    void oversizedMessage();
    void hostileLabelBytesAreShown();
    void parseServer_data();
    void parseServer();
    void lookupOutcomes();
    void mismatchedRepliesAreIgnored();
    void silenceTimesOut();
};

void TestDnsMessage::encodeQuery()
{
    const auto q = Dns::encodeQuery(0x1234, QStringLiteral("Mail.Example.COM."), RecordType::Mx);
    QVERIFY(q);
    QCOMPARE(*q, header(0x1234, 0x0100, 1, 0) + name("mail.example.com") + u16(15) + u16(1));
}

void TestDnsMessage::encodeRejectsBadNames()
{
    QVERIFY(!Dns::encodeQuery(1, QString(), RecordType::A));
    QVERIFY(!Dns::encodeQuery(1, QStringLiteral("a..b"), RecordType::A));
    QVERIFY(!Dns::encodeQuery(1, QString(64, QLatin1Char('a')) + QStringLiteral(".test"),
                              RecordType::A));
    QString longName;
    for (int i = 0; i < 60; ++i)
        longName += QStringLiteral("abcd.");
    QVERIFY(!Dns::encodeQuery(1, longName + QStringLiteral("test"), RecordType::A));
}

void TestDnsMessage::parseRecords()
{
    const QByteArray q = *Dns::encodeQuery(7, QStringLiteral("example.test"), RecordType::Srv);
    // SRV target compressed against the question's name.
    const QByteArray srv = u16(10) + u16(5) + u16(993) + QByteArray("\x04imap", 5) + u16(0xc00c);
    const QByteArray none = u16(0) + u16(0) + u16(0) + QByteArray(1, '\0');
    const auto r = parseResponse(
        reply(q, 0, 2, record(RecordType::Srv, srv) + record(RecordType::Srv, none)));
    QVERIFY(r);
    QCOMPARE(r->id, quint16(7));
    QVERIFY(r->isResponse);
    QCOMPARE(r->question, QStringLiteral("example.test"));
    QCOMPARE(r->answers.size(), 2);
    QCOMPARE(r->answers.at(0).priority, quint16(10));
    QCOMPARE(r->answers.at(0).weight, quint16(5));
    QCOMPARE(r->answers.at(0).port, quint16(993));
    QCOMPARE(r->answers.at(0).target, QStringLiteral("imap.example.test"));
    QCOMPARE(r->answers.at(1).target, QStringLiteral("."));

    const QByteArray qa = *Dns::encodeQuery(8, QStringLiteral("h.test"), RecordType::A);
    const auto a = parseResponse(reply(qa, 0, 2,
                                       record(RecordType::A, QByteArray("\x7f\0\0\x01", 4))
                                           + record(RecordType::A, QByteArray("\x01\x02", 2))));
    QVERIFY(a);
    QCOMPARE(a->answers.size(), 1); // an A record of the wrong length is skipped
    QCOMPARE(a->answers.at(0).address, QHostAddress(QStringLiteral("127.0.0.1")));
}

void TestDnsMessage::compressionLoopIsAnError()
{
    // An answer whose name points at itself... (backwards only) and a pair of
    // pointers that point at each other through a label.
    QByteArray m = header(1, 0x8180, 0, 1);
    m += QByteArray("\x01"
                    "a",
                    2)
        + u16(0xc000 | 14); // offset 12: label, then pointer to 14
    m += u16(0xc000 | 12); // offset 14 (pointer target of the above) - points back to 12
    QString error;
    QVERIFY(!parseResponse(m, &error));
    QVERIFY2(!error.isEmpty(), "no reason given");
}

void TestDnsMessage::forwardPointerIsAnError()
{
    QByteArray m = header(1, 0x8180, 1, 0) + u16(0xc000 | 20) + u16(1) + u16(1);
    m += name("x.test");
    QString error;
    QVERIFY(!parseResponse(m, &error));
}

void TestDnsMessage::truncatedMessages()
{
    const QByteArray q = *Dns::encodeQuery(9, QStringLiteral("example.test"), RecordType::Mx);
    const QByteArray full
        = reply(q, 0, 1, record(RecordType::Mx, u16(10) + name("mx.example.test")));
    QVERIFY(parseResponse(full));
    // Every cut short of the whole is an error, never a read past the end.
    for (qsizetype n = 0; n < full.size(); ++n) {
        const auto r = parseResponse(full.left(n));
        QVERIFY2(!r || n >= q.size(), qPrintable(QString::number(n)));
    }
}

void TestDnsMessage::oversizedMessage()
{
    QString error;
    QVERIFY(!parseResponse(QByteArray(70000, '\0'), &error));
}

void TestDnsMessage::hostileLabelBytesAreShown()
{
    const QByteArray q = header(2, 0x8180, 0, 1);
    const QByteArray mx = u16(1)
        + QByteArray("\x07"
                     "a\r\nb.c\x1b",
                     8)
        + QByteArray(1, '\0');
    const QByteArray m
        = q + name("h.test") + u16(15) + u16(1) + u32(1) + u16(quint16(mx.size())) + mx;
    const auto r = parseResponse(m);
    QVERIFY(r);
    QCOMPARE(r->answers.size(), 1);
    QCOMPARE(r->answers.at(0).target, QStringLiteral("a\\x0d\\x0ab\\x2ec\\x1b"));
}

void TestDnsMessage::parseServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v4") << "192.0.2.53"
                        << "192.0.2.53:53";
    QTest::newRow("v4 port") << "192.0.2.53:5353"
                             << "192.0.2.53:5353";
    QTest::newRow("v6") << "2001:db8::53"
                        << "[2001:db8::53]:53";
    QTest::newRow("v6 port") << "[2001:db8::53]:5300"
                             << "[2001:db8::53]:5300";
    QTest::newRow("name") << "dns.example"
                          << "";
    QTest::newRow("port 0") << "192.0.2.1:0"
                            << "";
    QTest::newRow("port big") << "192.0.2.1:70000"
                              << "";
    QTest::newRow("bracket") << "[2001:db8::1"
                             << "";
}

void TestDnsMessage::parseServer()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto s = Dns::parseServer(text);
    QCOMPARE(s ? s->toString() : QString(), expected);
}

void TestDnsMessage::lookupOutcomes()
{
    Responder r;
    r.respond = [](const QByteArray &q) -> QList<QByteArray> {
        const auto parsed = parseResponse(q);
        if (!parsed)
            return {};
        if (parsed->question.startsWith(QLatin1String("missing")))
            return {reply(q, 3, 0, {})};
        if (parsed->question.startsWith(QLatin1String("broken")))
            return {reply(q, 2, 0, {})};
        if (parsed->question.startsWith(QLatin1String("refuse")))
            return {reply(q, 5, 0, {})};
        if (parsed->questionType == quint16(RecordType::Aaaa))
            return {reply(q, 0, 0, {})};
        return {reply(q, 0, 1, record(RecordType::A, QByteArray("\xc0\0\x02\x01", 4)))};
    };
    Answer a = ask(r, QStringLiteral("ok.test"), RecordType::A);
    QCOMPARE(a.outcome, Outcome::Ok);
    QCOMPARE(a.records.value(0).address, QHostAddress(QStringLiteral("192.0.2.1")));
    QCOMPARE(ask(r, QStringLiteral("ok.test"), RecordType::Aaaa).outcome, Outcome::NoData);
    QCOMPARE(ask(r, QStringLiteral("missing.test"), RecordType::A).outcome, Outcome::NoSuchName);
    a = ask(r, QStringLiteral("broken.test"), RecordType::A);
    QCOMPARE(a.outcome, Outcome::Failed);
    QVERIFY(a.error.contains(QLatin1String("SERVFAIL")));
    QCOMPARE(ask(r, QStringLiteral("refuse.test"), RecordType::A).outcome, Outcome::Failed);
}

void TestDnsMessage::mismatchedRepliesAreIgnored()
{
    Responder r;
    r.respond = [](const QByteArray &q) -> QList<QByteArray> {
        QByteArray wrongId = reply(q, 3, 0, {});
        wrongId[0] = char(wrongId[0] ^ 0x55);
        QByteArray otherQuestion = *Dns::encodeQuery(quint16((quint8(q[0]) << 8) | quint8(q[1])),
                                                     QStringLiteral("other.test"), RecordType::A);
        const QByteArray right
            = reply(q, 0, 1, record(RecordType::A, QByteArray("\x0a\0\0\x01", 4)));
        return {QByteArray("garbage"), wrongId, reply(otherQuestion, 3, 0, {}), right};
    };
    const Answer a = ask(r, QStringLiteral("good.test"), RecordType::A);
    QCOMPARE(a.outcome, Outcome::Ok);
    QCOMPARE(a.records.value(0).address, QHostAddress(QStringLiteral("10.0.0.1")));
}

void TestDnsMessage::silenceTimesOut()
{
    Responder r;
    r.respond = [](const QByteArray &) {
        return QList<QByteArray>();
    };
    const Answer a = ask(r, QStringLiteral("quiet.test"), RecordType::A, 600);
    QCOMPARE(a.outcome, Outcome::Failed);
    QVERIFY(a.timedOut);
}

QTEST_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
