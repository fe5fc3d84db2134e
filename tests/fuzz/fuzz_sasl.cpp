// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: one login exchange against a hostile server.
//
// Input: the first byte picks the protocol, the mechanism and whether the
// server announced SASL-IR; the rest are the server's lines ('\n'-separated),
// read by the protocol's dialect and answered by the Authenticator.
//
// Checked besides "no crash, no sanitizer report": the client writes a
// bounded number of lines however long the server goes on, and no line it
// writes carries a CR or LF of its own (which would start a command).

#include "protocol/authenticator.h"
#include "protocol/dialect.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace MailInspect;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_sasl: invariant broken: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const Protocol protocols[]
        = {Protocol::Submission, Protocol::Imap, Protocol::Pop3, Protocol::Sieve};
    const Protocol protocol = protocols[data[0] % 4];
    const QList<SaslMechanism> mechanisms = saslMechanismsByStrength();
    const SaslMechanism mechanism = mechanisms.at((data[0] / 4) % mechanisms.size());
    const bool saslIr = data[0] & 0x80;

    const QString name = saslMechanismName(mechanism);
    QStringList caps;
    switch (protocol) {
    case Protocol::Imap:
        caps << QStringLiteral("IMAP4rev1") << QStringLiteral("AUTH=") + name;
        if (saslIr)
            caps << QStringLiteral("SASL-IR");
        break;
    case Protocol::Pop3:
    case Protocol::Sieve:
        caps << QStringLiteral("SASL ") + name << QStringLiteral("USER");
        break;
    default:
        caps << QStringLiteral("AUTH ") + name;
        break;
    }
    LoginCredentials c;
    c.user = QStringLiteral("alice");
    c.password = QStringLiteral("pencil");
    c.token = QStringLiteral("tok");
    c.host = QStringLiteral("mail.test");
    c.port = 143;
    Authenticator auth(protocol, caps, c, mechanism, true);
    if (!auth.mechanism())
        return 0;
    const std::unique_ptr<Dialect> dialect = createDialect(protocol, "client.test");
    int written = 0;
    auto write = [&](const QByteArray &line) {
        check(!line.contains('\r') && !line.contains('\n'), "a client line breaks in two");
        ++written;
        check(written <= Authenticator::maxChallenges + 4, "the client kept answering");
    };
    const QByteArray first = auth.firstCommand();
    write(first);
    dialect->taggedCommand(first);
    dialect->expect(Expect::Authenticate);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (const QByteArray &line : bytes.split('\n')) {
        const std::optional<Reply> reply = dialect->feed(line);
        if (!reply)
            continue;
        if (reply->status == Reply::Status::Malformed)
            break;
        QByteArray next;
        bool isCommand = false;
        if (auth.onReply(*reply, &next, &isCommand) != Authenticator::Outcome::Continue)
            break;
        if (isCommand)
            check(next.startsWith("PASS "), "a command other than PASS");
        // A literal part of IMAP's LOGIN carries raw text, checked the same.
        write(next);
        dialect->expect(Expect::Authenticate);
    }
    return 0;
}
