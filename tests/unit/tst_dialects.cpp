// Dialect parsers: the same bytes, split at every possible position, give the
// same replies; multi-line framing; exact capability matching.

#include "protocol/dialect.h"
#include "protocol/linereader.h"

#include <QtTest>

using namespace MailInspect;

namespace {
struct Parsed
{
    QList<Reply> replies;
    bool overflowed = false;
};

// Feeds `bytes` in two chunks split at `split`, expecting `what` first and
// then the expectations in `next` for each following reply.
Parsed parse(Protocol protocol, const QList<Expect> &expects, const QByteArray &bytes,
             qsizetype split)
{
    auto dialect = createDialect(protocol, "client.test");
    LineReader reader;
    reader.setLiteralsEnabled(dialect->usesLiterals());
    Parsed out;
    int index = 0;
    dialect->command(expects.value(0));
    dialect->expect(expects.value(0));
    auto pump = [&] {
        while (auto line = reader.nextLine()) {
            if (auto reply = dialect->feed(*line)) {
                out.replies.append(*reply);
                ++index;
                if (index < expects.size()) {
                    dialect->command(expects.at(index));
                    dialect->expect(expects.at(index));
                }
            }
        }
    };
    reader.append(bytes.left(split));
    pump();
    reader.append(bytes.mid(split));
    pump();
    out.overflowed = reader.overflowed();
    return out;
}

void compareAtEverySplit(Protocol protocol, const QList<Expect> &expects, const QByteArray &bytes,
                         const std::function<void(const Parsed &)> &check)
{
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        const Parsed p = parse(protocol, expects, bytes, split);
        check(p);
        if (QTest::currentTestFailed()) {
            qWarning("failed with the input split at byte %lld", qlonglong(split));
            return;
        }
    }
}
} // namespace

class TestDialects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpMultilineEndsOnlyAtSpace()
    {
        // postscreen: a 220- teaser, then later the final 220 line.
        const QByteArray bytes = "220-mail.test teaser\r\n220 mail.test ESMTP\r\n"
                                 "250-mail.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n"
                                 "250 AUTH PLAIN LOGIN\r\n";
        compareAtEverySplit(Protocol::Smtp, {Expect::Greeting, Expect::Capabilities}, bytes,
                            [](const Parsed &p) {
                                QCOMPARE(p.replies.size(), 2);
                                QCOMPARE(p.replies[0].code, 220);
                                QCOMPARE(p.replies[0].lines.size(), 2);
                                QVERIFY(p.replies[0].isPositive());
                                QCOMPARE(p.replies[1].lines.size(), 4);
                                auto d = createDialect(Protocol::Smtp, "x");
                                const QStringList caps = d->capabilities(p.replies[1]);
                                QCOMPARE(caps, (QStringList{QStringLiteral("PIPELINING"),
                                                            QStringLiteral("STARTTLS"),
                                                            QStringLiteral("AUTH PLAIN LOGIN")}));
                            });
    }

    void smtpBareLf()
    {
        const Parsed p = parse(Protocol::Smtp, {Expect::Greeting}, "220 hello\n", 3);
        QCOMPARE(p.replies.size(), 1);
        QCOMPARE(p.replies[0].code, 220);
    }

    void smtpCodes()
    {
        const Parsed p = parse(Protocol::Smtp,
                               {Expect::Greeting, Expect::Capabilities, Expect::StartTls},
                               "421 4.3.2 Service not available\r\n"
                               "554 5.7.1 no\r\n454 4.7.0 TLS not available\r\n", 0);
        QCOMPARE(p.replies.size(), 3);
        QCOMPARE(p.replies[0].status, Reply::Status::Temporary);
        QCOMPARE(p.replies[1].status, Reply::Status::Negative);
        QCOMPARE(p.replies[2].code, 454);
        QCOMPARE(p.replies[2].text, QByteArray("4.7.0 TLS not available"));
    }

    void smtpMalformed()
    {
        const Parsed p = parse(Protocol::Smtp, {Expect::Greeting}, "* OK IMAP ready\r\n", 0);
        QCOMPARE(p.replies.size(), 1);
        QCOMPARE(p.replies[0].status, Reply::Status::Malformed);
        QVERIFY(!p.replies[0].violation.isEmpty());
        const Parsed q = parse(Protocol::Smtp, {Expect::Greeting}, "220-a\r\n250 b\r\n", 0);
        QCOMPARE(q.replies[0].status, Reply::Status::Malformed);
    }

    void imapGreetingCapabilityAndTags()
    {
        const QByteArray bytes
            = "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.\r\n"
              "* CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN\r\n"
              "a1 OK Pre-login capabilities listed.\r\n";
        compareAtEverySplit(Protocol::Imap, {Expect::Greeting, Expect::Capabilities}, bytes,
                            [](const Parsed &p) {
                                QCOMPARE(p.replies.size(), 2);
                                auto d = createDialect(Protocol::Imap, "x");
                                QVERIFY(d->greetingHasCapabilities(p.replies[0]));
                                const QStringList g = d->capabilities(p.replies[0]);
                                QVERIFY(hasCapability(g, QStringLiteral("LOGINDISABLED")));
                                QVERIFY(!hasCapability(g, QStringLiteral("LOGIN")));
                                QCOMPARE(p.replies[1].status, Reply::Status::Positive);
                                const QStringList c = d->capabilities(p.replies[1]);
                                QVERIFY(hasCapability(c, QStringLiteral("AUTH=PLAIN")));
                                QVERIFY(!hasCapability(c, QStringLiteral("AUTH")));
                            });
    }

    void imapTagging()
    {
        auto d = createDialect(Protocol::Imap, "x");
        QCOMPARE(d->command(Expect::Capabilities), QByteArray("a1 CAPABILITY\r\n"));
        d->expect(Expect::Capabilities);
        QVERIFY(!d->feed("* CAPABILITY IMAP4rev1"));
        // A completion with somebody else's tag is a protocol violation.
        const auto r = d->feed("a9 OK done");
        QVERIFY(r);
        QCOMPARE(r->status, Reply::Status::Malformed);
        QCOMPARE(d->command(Expect::StartTls), QByteArray("a2 STARTTLS\r\n"));
        d->expect(Expect::StartTls);
        const auto s = d->feed("a2 BAD not now");
        QVERIFY(s);
        QCOMPARE(s->status, Reply::Status::Bad);
    }

    void imapPreauthAndBye()
    {
        Parsed p = parse(Protocol::Imap, {Expect::Greeting}, "* PREAUTH welcome\r\n", 5);
        QCOMPARE(p.replies[0].status, Reply::Status::Preauth);
        p = parse(Protocol::Imap, {Expect::Greeting}, "* BYE go away\r\n", 5);
        QCOMPARE(p.replies[0].status, Reply::Status::Bye);
        p = parse(Protocol::Imap, {Expect::Greeting}, "garbage\r\n", 5);
        QCOMPARE(p.replies[0].status, Reply::Status::Malformed);
    }

    void imapLiteral()
    {
        auto d = createDialect(Protocol::Imap, "x");
        d->command(Expect::Capabilities);
        // A literal inside an untagged response: the CRLF inside it does not end the line.
        const QByteArray bytes = "* ID (\"name\" {5}\r\nab\r\nc)\r\na1 OK done\r\n";
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            LineReader reader;
            reader.setLiteralsEnabled(true);
            d->expect(Expect::Capabilities);
            QList<Reply> replies;
            for (const QByteArray &part : {bytes.left(split), bytes.mid(split)}) {
                reader.append(part);
                while (auto line = reader.nextLine()) {
                    if (auto r = d->feed(*line))
                        replies.append(*r);
                }
            }
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies[0].data.size(), 1);
            QCOMPARE(replies[0].data[0], QByteArray("ID (\"name\" {5}\r\nab\r\nc)"));
        }
    }

    void pop3CapaDotTerminated()
    {
        const QByteArray bytes = "+OK POP3 ready\r\n+OK Capability list follows\r\nTOP\r\n"
                                 "UIDL\r\n..DOTTED\r\nSTLS\r\n.\r\n+OK Begin TLS\r\n";
        compareAtEverySplit(Protocol::Pop3,
                            {Expect::Greeting, Expect::Capabilities, Expect::StartTls}, bytes,
                            [](const Parsed &p) {
                                QCOMPARE(p.replies.size(), 3);
                                auto d = createDialect(Protocol::Pop3, "x");
                                const QStringList caps = d->capabilities(p.replies[1]);
                                QCOMPARE(caps, (QStringList{QStringLiteral("TOP"),
                                                            QStringLiteral("UIDL"),
                                                            QStringLiteral(".DOTTED"),
                                                            QStringLiteral("STLS")}));
                                QVERIFY(p.replies[2].isPositive());
                            });
    }

    void pop3CapaFails()
    {
        const Parsed p = parse(Protocol::Pop3, {Expect::Capabilities, Expect::StartTls},
                               "-ERR unknown command\r\n+OK go ahead\r\n", 4);
        QCOMPARE(p.replies.size(), 2);
        QCOMPARE(p.replies[0].status, Reply::Status::Negative);
        QVERIFY(p.replies[1].isPositive());
    }

    void sieveGreetingIsCapabilities()
    {
        const QByteArray bytes = "\"IMPLEMENTATION\" \"Dovecot Pigeonhole\"\r\n"
                                 "\"SIEVE\" \"fileinto reject\"\r\n\"STARTTLS\"\r\n"
                                 "\"SASL\" \"\"\r\n\"VERSION\" \"1.0\"\r\nOK \"ready\"\r\n";
        compareAtEverySplit(Protocol::Sieve, {Expect::Greeting}, bytes, [](const Parsed &p) {
            QCOMPARE(p.replies.size(), 1);
            auto d = createDialect(Protocol::Sieve, "x");
            const QStringList caps = d->capabilities(p.replies[0]);
            QCOMPARE(caps.size(), 5);
            QCOMPARE(caps[0], QStringLiteral("IMPLEMENTATION Dovecot Pigeonhole"));
            QCOMPARE(caps[2], QStringLiteral("STARTTLS"));
            QCOMPARE(caps[3], QStringLiteral("SASL"));
            QVERIFY(hasCapability(caps, QStringLiteral("STARTTLS")));
        });
    }

    void lineTooLongIsBounded()
    {
        LineReader reader(1024);
        for (int i = 0; i < 100; ++i)
            reader.append(QByteArray(100, 'x'));
        QVERIFY(!reader.nextLine());
        QVERIFY(reader.overflowed());
        // Once overflowed, more data is dropped: memory stays bounded.
        const qsizetype pending = reader.pendingBytes();
        reader.append(QByteArray(100000, 'y'));
        QCOMPARE(reader.pendingBytes(), pending);
    }

    void literalEndingInCarriageReturn()
    {
        // Found by tests/fuzz/fuzz_dialects: a literal whose last octet is CR,
        // followed by a bare LF, lost that octet (or swallowed the next line,
        // depending on where the stream was cut).
        const QList<QByteArray> cases = {
            "* ID {1}\r\n\r\n* OK x {3}\r\nabc\r\n",
            "\r\n\"\r\n{5}\r\nab\"c\r\n\"esg\"a-ERR\n\ne+ \n{4}\n",
        };
        const QList<QList<QByteArray>> expected = {
            {"* ID {1}\r\n\r", "* OK x {3}\r\nabc"},
            {"", "\"", "{5}\r\nab\"c\r", "\"esg\"a-ERR", "", "e+ "},
        };
        for (qsizetype c = 0; c < cases.size(); ++c) {
            const QByteArray &bytes = cases.at(c);
            for (qsizetype split = 0; split <= bytes.size(); ++split) {
                LineReader reader;
                reader.setLiteralsEnabled(true);
                QList<QByteArray> lines;
                for (const QByteArray &part : {bytes.left(split), bytes.mid(split)}) {
                    reader.append(part);
                    while (auto line = reader.nextLine())
                        lines.append(*line);
                }
                QVERIFY2(lines == expected.at(c),
                         qPrintable(QStringLiteral("case %1, split at %2").arg(c).arg(split)));
            }
        }
    }

    void lineOfExactlyTheLimit()
    {
        // Found by tests/fuzz/fuzz_dialects: a line of exactly the limit was
        // taken as too long when its CR and LF arrived in different reads.
        const QByteArray fits = QByteArray(8, 'x') + "\r\n";
        const QByteArray tooLong = QByteArray(9, 'x') + "\r\n";
        for (qsizetype split = 0; split <= fits.size(); ++split) {
            for (const QByteArray &bytes : {fits, tooLong}) {
                LineReader reader(8);
                QList<QByteArray> lines;
                for (const QByteArray &part : {bytes.left(split), bytes.mid(split)}) {
                    reader.append(part);
                    while (auto line = reader.nextLine())
                        lines.append(*line);
                }
                const bool expectFit = bytes == fits;
                QVERIFY2(reader.overflowed() != expectFit,
                         qPrintable(QStringLiteral("%1 bytes, split at %2")
                                        .arg(bytes.size()).arg(split)));
                QCOMPARE(lines, expectFit ? QList<QByteArray>{QByteArray(8, 'x')}
                                          : QList<QByteArray>{});
            }
        }
    }

    void capabilityMatchingIsExact()
    {
        const QStringList caps{QStringLiteral("LOGINDISABLED"), QStringLiteral("AUTH PLAIN"),
                               QStringLiteral("XSTARTTLS")};
        QVERIFY(!hasCapability(caps, QStringLiteral("LOGIN")));
        QVERIFY(!hasCapability(caps, QStringLiteral("STARTTLS")));
        QVERIFY(hasCapability(caps, QStringLiteral("auth")));
        QCOMPARE(capabilityArguments(caps, QStringLiteral("AUTH")),
                 QStringList{QStringLiteral("PLAIN")});
    }
};

QTEST_GUILESS_MAIN(TestDialects)
#include "tst_dialects.moc"
