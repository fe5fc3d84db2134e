// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary server bytes through the LineReader and every
// Dialect, with every Expect value, with and without literal framing.
//
// Input: four control bytes, then the bytes "the server sent". The control
// bytes are chosen so that hand-written seeds stay readable ("30" + "A0"...):
//   [0] protocol, value % 6: smtp submission lmtp imap pop3 sieve
//   [1] flags: bit 0 forces literal framing on (IMAP and ManageSieve always
//       have it); bit 1 uses a short line limit, 16 * (1 + (flags >> 2))
//       bytes, so the overflow paths are reached with short inputs
//   [2] seed for the Expect value of each reply (0: the usual order of a
//       session: greeting, capabilities, STARTTLS, capabilities after TLS,
//       login, NOOP, goodbye)
//   [3] seed for where the stream is cut into chunks (0: one chunk)
//
// Checked besides "no crash, no sanitizer report": the reader gives the same
// lines however the stream is cut; no line is longer than the limit; no reply
// has more lines than the dialect allows; the reader never holds more than
// one line plus one literal.

#include "protocol/dialect.h"
#include "protocol/linereader.h"
#include "protocol/loginrefusal.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MailInspect;

namespace {

// Any reply longer than this (SmtpDialect::maxLinesPerReply and its siblings
// are all 1000) means a dialect lost its bound.
constexpr qsizetype maxLinesPerReply = 1000;

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_dialects: invariant broken: %s\n", what);
        std::abort();
    }
}

// A small deterministic generator, so a crashing input replays exactly.
class Sequence
{
public:
    explicit Sequence(quint8 seed)
        : m_state(0x9e3779b9u ^ (quint32(seed) * 0x85ebca6bu))
    { }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }

private:
    quint32 m_state;
};

constexpr Expect sessionOrder[] = {
    Expect::Greeting,     Expect::Capabilities, Expect::StartTls, Expect::CapabilitiesAfterTls,
    Expect::Authenticate, Expect::Noop,         Expect::Quit,
};
constexpr Expect allExpects[] = {
    Expect::Greeting, Expect::Capabilities,         Expect::Helo,
    Expect::StartTls, Expect::CapabilitiesAfterTls, Expect::Quit,
    Expect::Noop,     Expect::Authenticate,         Expect::Account,
};
constexpr qsizetype allExpectCount = sizeof(allExpects) / sizeof(allExpects[0]);

// Every line the reader gives for @p stream, appended whole or in chunks.
struct Lines
{
    QList<QByteArray> lines;
    bool overflowed = false;
};

Lines readLines(const QByteArray &stream, qsizetype limit, bool literals, quint8 cutSeed)
{
    Sequence cuts(cutSeed);
    LineReader reader(limit);
    reader.setLiteralsEnabled(literals);
    Lines out;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        qsizetype chunk = stream.size() - pos;
        if (cutSeed != 0)
            chunk = qMin(chunk, qsizetype(1 + cuts.next() % 64));
        reader.append(stream.mid(pos, chunk));
        pos += chunk;
        while (std::optional<QByteArray> line = reader.nextLine())
            out.lines.append(*line);
    }
    out.overflowed = reader.overflowed();
    return out;
}

void exercise(const Dialect &dialect, const Reply &reply)
{
    check(reply.lines.size() <= maxLinesPerReply, "reply longer than its line limit");
    const QStringList caps = dialect.capabilities(reply);
    hasCapability(caps, dialect.startTlsCapability());
    capabilityArguments(caps, QStringLiteral("AUTH"));
    capabilityArguments(caps, QStringLiteral("SASL"));
    dialect.greetingHasCapabilities(reply);
    reply.statusWord();
    // The typed codes: parsed again from the final line alone, and asked.
    dialect.plaintextLoginOffers(caps);
    dialect.maskedCapability(caps);
    if (!reply.lines.isEmpty()) {
        const ReplyCode alone = dialect.parseStatusLine(reply.lines.constLast());
        alone.isTransient();
        alone.enhanced.toString();
    }
    reply.replyCode().refusesService();
    loginRefusal(reply.replyCode());
    // The checks after a login read counts with bounds, whatever arrives.
    for (AccountCommand command :
         {AccountCommand::OpenInbox, AccountCommand::InboxQuota, AccountCommand::MessageCount,
          AccountCommand::Sender, AccountCommand::Recipient, AccountCommand::Reset}) {
        const AccountReading a = dialect.readAccountReply(command, reply);
        for (qint64 n : {a.messages, a.bytes, a.usage, a.limit})
            check(n >= -1 && n < 1000000000000000, "a count beyond 15 digits");
        check(a.resource.size() <= 256, "a quota resource name without bounds");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const auto protocol = Protocol(data[0] % 6);
    const quint8 flags = data[1];
    const bool sessionExpects = data[2] == 0;
    Sequence expects(data[2]);
    Sequence cuts(data[3]);
    const QByteArray stream(reinterpret_cast<const char *>(data) + 4, qsizetype(size) - 4);

    const std::unique_ptr<Dialect> dialect = createDialect(protocol, "fuzz.test");
    const qsizetype limit
        = (flags & 2) ? 16 * (1 + (flags >> 2)) : LineReader::defaultMaxLineLength;
    const bool literals = (flags & 1) || dialect->usesLiterals();
    if (data[3] != 0) {
        const Lines whole = readLines(stream, limit, literals, 0);
        const Lines cut = readLines(stream, limit, literals, data[3]);
        check(whole.lines == cut.lines && whole.overflowed == cut.overflowed,
              "the lines depend on where the stream was cut");
    }

    LineReader reader(limit);
    reader.setLiteralsEnabled(literals);

    int replies = 0;
    Expect what = Expect::Greeting;
    auto begin = [&](Expect next) {
        what = next;
        if (what == Expect::Authenticate)
            dialect->taggedCommand("AUTHENTICATE PLAIN");
        else
            dialect->command(what);
        dialect->expect(what);
    };
    begin(sessionExpects ? sessionOrder[0] : allExpects[expects.next() % allExpectCount]);

    qsizetype pos = 0;
    while (pos < stream.size()) {
        qsizetype chunk = stream.size() - pos;
        if (data[3] != 0)
            chunk = qMin(chunk, qsizetype(1 + cuts.next() % 64));
        reader.append(stream.mid(pos, chunk));
        pos += chunk;
        while (std::optional<QByteArray> line = reader.nextLine()) {
            check(line->size() <= limit, "line longer than the limit");
            if (!literals)
                check(!line->contains('\n'), "line feed inside a line without literals");
            if (std::optional<Reply> reply = dialect->feed(*line)) {
                exercise(*dialect, *reply);
                // As the inspection does after a STARTTLS success: what was
                // already read is taken out and recorded, never parsed.
                if (what == Expect::StartTls && reply->isPositive())
                    reader.takePending();
                ++replies;
                begin(sessionExpects ? sessionOrder[replies % 7]
                                     : allExpects[expects.next() % allExpectCount]);
            }
        }
        // One unfinished line, at most one literal of it outstanding.
        const qsizetype bound = limit + LineReader::maxLiteralLength + 2;
        if (reader.overflowed())
            check(reader.pendingBytes() <= bound + chunk, "reader grew after overflowing");
        else
            check(reader.pendingBytes() <= bound, "reader holds more than a line");
    }
    reader.takePending();
    return 0;
}
