// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator.h"

#include "protocollog.h"

#include <QCoreApplication>

namespace MailInspect {

namespace {
// tr() in context "Authenticator", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
};

// IMAP quoted string (the caller made sure it holds no CR, LF, NUL or 8-bit octet).
QByteArray quoted(const QByteArray &s)
{
    QByteArray out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

bool hasEightBit(const QByteArray &s)
{
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// RFC 4954: an SMTP command line with its initial response stays within 12288 octets.
constexpr qsizetype maxSmtpAuthLine = 12288 - 2;
// RFC 5034 section 4: a POP3 AUTH command with its initial response within 255 octets.
constexpr qsizetype maxPop3AuthLine = 255 - 2;

// ManageSieve sends a challenge as a quoted string or a literal ("{8}\r\n...").
QByteArray sieveString(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (t.startsWith('"')) {
        QByteArray out;
        for (qsizetype i = 1; i < t.size() && t[i] != '"'; ++i) {
            if (t[i] == '\\' && i + 1 < t.size())
                ++i;
            out += t[i];
        }
        return out;
    }
    if (t.startsWith('{')) {
        const qsizetype nl = t.indexOf('\n');
        return nl < 0 ? QByteArray() : t.mid(nl + 1);
    }
    return t;
}
} // namespace

Authenticator::Authenticator(Protocol protocol, const QStringList &caps,
                             LoginCredentials credentials, std::optional<SaslMechanism> asked,
                             bool mayRevealSecret)
    : m_protocol(protocol)
    , m_credentials(std::move(credentials))
    , m_capabilities(caps)
{
    plan(caps, asked, mayRevealSecret);
    // The plan only: never the user name, password or token.
    qCDebug(lcProtocol) << "login plan:" << (m_mechanism ? m_name : m_unavailable);
}

Authenticator::~Authenticator() = default;

bool Authenticator::offers(SaslMechanism m) const
{
    switch (m) {
    case SaslMechanism::ImapLogin:
        return m_protocol == Protocol::Imap
            && !hasCapability(m_capabilities, QStringLiteral("LOGINDISABLED"));
    case SaslMechanism::Pop3User:
        // USER/PASS is the POP3 baseline (RFC 1939), also without CAPA.
        return m_protocol == Protocol::Pop3;
    default:
        break;
    }
    const QString name = saslMechanismName(m);
    for (const QString &o : m_offered) {
        if (o.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void Authenticator::plan(const QStringList &caps, std::optional<SaslMechanism> asked,
                         bool mayRevealSecret)
{
    switch (m_protocol) {
    case Protocol::Smtp:
    case Protocol::Submission:
    case Protocol::Lmtp:
        m_offered = capabilityArguments(caps, QStringLiteral("AUTH"));
        // Old servers announce "AUTH=PLAIN LOGIN" too.
        for (const QString &c : caps) {
            if (m_offered.isEmpty() && c.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive))
                m_offered = c.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        m_initialResponseAllowed = true;
        break;
    case Protocol::Imap:
        for (const QString &c : caps) {
            if (c.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive) && c.size() > 5)
                m_offered.append(c.mid(5));
        }
        m_initialResponseAllowed = hasCapability(caps, QStringLiteral("SASL-IR"));
        break;
    case Protocol::Pop3:
    case Protocol::Sieve:
        m_offered = capabilityArguments(caps, QStringLiteral("SASL"));
        m_initialResponseAllowed = true;
        break;
    }
    m_offered = m_offered.mid(0, 64);

    // The last gate before the wire: USER, PASS and IMAP LOGIN carry the
    // credentials as they are, so a CR or LF in them would start a command of
    // the caller's choosing (and NUL breaks the SASL framing).
    if (!isSafeCommandText(m_credentials.user) || !isSafeCommandText(m_credentials.password)
        || !isSafeCommandText(m_credentials.token)) {
        m_obstacle = Obstacle::UnsafeText;
        m_unavailable = Tr::tr("the user name or password contains a line break (CR or LF) or a "
                               "NUL character");
        return;
    }

    auto choose = [this](SaslMechanism m, const QString &why) {
        m_mechanism = m;
        m_choice = why;
        switch (m) {
        case SaslMechanism::ImapLogin:
            m_name = QStringLiteral("IMAP LOGIN");
            return;
        case SaslMechanism::Pop3User:
            m_name = QStringLiteral("USER/PASS");
            return;
        default:
            break;
        }
        const bool authenticate = m_protocol == Protocol::Imap || m_protocol == Protocol::Sieve;
        m_name = (authenticate ? QStringLiteral("AUTHENTICATE ") : QStringLiteral("AUTH "))
            + saslMechanismName(m);
        m_sasl = std::make_unique<SaslClient>(m, m_credentials);
    };
    const QString offeredList
        = m_offered.isEmpty() ? Tr::tr("nothing") : m_offered.join(QStringLiteral(", "));

    if (asked) {
        SaslMechanism m = *asked;
        // "LOGIN" on an IMAP server without AUTH=LOGIN: IMAP's own LOGIN command.
        if (m == SaslMechanism::Login && !offers(m) && offers(SaslMechanism::ImapLogin))
            m = SaslMechanism::ImapLogin;
        const QString problem = SaslClient::credentialsProblem(m, m_credentials);
        if (!offers(m)) {
            m_obstacle = Obstacle::MechanismNotOffered;
            m_unavailable = Tr::tr("the server does not offer %1 (it offers %2)")
                                .arg(saslMechanismName(m), offeredList);
        } else if (!problem.isEmpty()) {
            m_obstacle = Obstacle::NoSuitableMechanism;
            m_unavailable = problem;
        } else if (revealsSecret(m) && !mayRevealSecret) {
            m_obstacle = Obstacle::Withheld;
            m_unavailable
                = Tr::tr("%1 would reveal the secret on this connection").arg(saslMechanismName(m));
        } else {
            choose(m, Tr::tr("asked for"));
        }
        return;
    }

    bool withheld = false;
    for (SaslMechanism m : saslMechanismsByStrength()) {
        if (!offers(m) || !SaslClient::credentialsProblem(m, m_credentials).isEmpty())
            continue;
        if (revealsSecret(m) && !mayRevealSecret) {
            withheld = true;
            continue;
        }
        choose(m,
               usesToken(m) ? Tr::tr("the strongest the server offers for an access token")
                            : Tr::tr("the strongest the server offers for a password"));
        return;
    }
    const bool native = offers(SaslMechanism::ImapLogin) || offers(SaslMechanism::Pop3User);
    if (m_offered.isEmpty() && !native) {
        m_obstacle = Obstacle::NotOffered;
        switch (m_protocol) {
        case Protocol::Imap:
            m_unavailable = Tr::tr("the server disabled LOGIN and offers no AUTHENTICATE "
                                   "mechanism");
            break;
        case Protocol::Sieve:
            m_unavailable = Tr::tr("the server offers no SASL mechanism");
            break;
        default:
            m_unavailable = Tr::tr("the server offers no login (no AUTH in EHLO)");
            break;
        }
    } else if (withheld) {
        m_obstacle = Obstacle::Withheld;
        m_unavailable = Tr::tr("every mechanism that fits would reveal the secret on this "
                               "connection");
    } else {
        m_obstacle = Obstacle::NoSuitableMechanism;
        m_unavailable = m_credentials.token.isEmpty()
            ? Tr::tr("no mechanism the server offers (%1) works with a password").arg(offeredList)
            : Tr::tr("no mechanism the server offers (%1) works with an access token")
                  .arg(offeredList);
    }
}

QList<QByteArray> Authenticator::secrets() const
{
    QList<QByteArray> out;
    for (const QString *s : {&m_credentials.user, &m_credentials.password, &m_credentials.token}) {
        if (!s->isEmpty())
            out.append(s->toUtf8());
    }
    return out;
}

QList<QByteArray> Authenticator::sentForms() const
{
    QList<QByteArray> out = m_sentForms;
    if (m_sasl) {
        for (const QByteArray &s : m_sasl->sentSecrets())
            out << s << s.toBase64();
    }
    return out;
}

bool Authenticator::serverProofInvalid() const
{
    return m_sasl && m_sasl->serverProofInvalid();
}

QString Authenticator::oauthStatus() const
{
    return m_sasl ? m_sasl->oauthStatus() : QString();
}

QString Authenticator::oauthScope() const
{
    return m_sasl ? m_sasl->oauthScope() : QString();
}

QString Authenticator::oauthConfiguration() const
{
    return m_sasl ? m_sasl->oauthConfiguration() : QString();
}

void Authenticator::buildImapLogin()
{
    // Quoted strings for 7-bit text, literals otherwise: after each literal's
    // announcement the server's continuation asks for the rest.
    QList<QByteArray> parts;
    QByteArray current = "LOGIN";
    for (const QString *arg : {&m_credentials.user, &m_credentials.password}) {
        const QByteArray bytes = arg->toUtf8();
        current += ' ';
        if (hasEightBit(bytes)) {
            current += '{' + QByteArray::number(bytes.size()) + '}';
            parts.append(current);
            current = bytes;
            m_sentForms.append(bytes);
        } else {
            current += quoted(bytes);
        }
    }
    parts.append(current);
    m_literalParts = parts;
}

QByteArray Authenticator::saslStart()
{
    const QByteArray name = saslMechanismName(*m_mechanism).toLatin1();
    const std::optional<QByteArray> initial = m_sasl->initialResponse();
    const QByteArray encoded = initial ? initial->toBase64() : QByteArray();
    QByteArray command;
    qsizetype limit = -1;
    switch (m_protocol) {
    case Protocol::Imap:
        command = "AUTHENTICATE " + name;
        if (initial && m_initialResponseAllowed) // RFC 4959: "=" is an empty response
            return command + ' ' + (encoded.isEmpty() ? QByteArray("=") : encoded);
        break;
    case Protocol::Sieve:
        command = "AUTHENTICATE \"" + name + '"';
        if (initial)
            return command + " \"" + encoded + '"';
        break;
    case Protocol::Pop3:
        limit = maxPop3AuthLine;
        command = "AUTH " + name;
        break;
    default:
        limit = maxSmtpAuthLine;
        command = "AUTH " + name;
        break;
    }
    if (initial && limit >= 0) {
        const QByteArray withResponse
            = command + ' ' + (encoded.isEmpty() ? QByteArray("=") : encoded);
        if (withResponse.size() <= limit)
            return withResponse;
    }
    // Sent in answer to the server's first (empty) challenge instead.
    m_pendingInitial = initial;
    return command;
}

QByteArray Authenticator::firstCommand()
{
    m_stage = 0;
    if (!m_mechanism)
        return {};
    switch (*m_mechanism) {
    case SaslMechanism::ImapLogin:
        buildImapLogin();
        return m_literalParts.takeFirst();
    case SaslMechanism::Pop3User:
        return "USER " + m_credentials.user.toUtf8();
    default:
        return saslStart();
    }
}

QByteArray Authenticator::encodeResponse(const QByteArray &raw) const
{
    const QByteArray b64 = raw.toBase64();
    return m_protocol == Protocol::Sieve ? '"' + b64 + '"' : b64;
}

QByteArray Authenticator::cancelLine() const
{
    return m_protocol == Protocol::Sieve ? QByteArray("\"*\"") : QByteArray("*");
}

std::optional<QByteArray> Authenticator::challengeOf(const Reply &reply, QString *why) const
{
    QByteArray text = reply.text.trimmed();
    if (m_protocol == Protocol::Sieve)
        text = sieveString(text).trimmed();
    if (text.size() > maxChallengeLength) {
        *why = Tr::tr("the server sent a challenge of %1 bytes, more than %2")
                   .arg(text.size())
                   .arg(maxChallengeLength);
        return std::nullopt;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *why = Tr::tr("the server's challenge is not valid base64");
        return std::nullopt;
    }
    return decoded.decoded;
}

Authenticator::Outcome Authenticator::cancel(const QString &why, QByteArray *next)
{
    if (m_problem.isEmpty())
        m_problem = why;
    m_cancelled = true;
    *next = cancelLine();
    return Outcome::Continue;
}

Authenticator::Outcome Authenticator::onFinalReply(const Reply &reply)
{
    if (!reply.isPositive())
        return Outcome::Failed;
    if (m_cancelled) {
        // A server that says yes to a cancelled exchange is not believed.
        return Outcome::Failed;
    }
    if (!m_sasl)
        return Outcome::Succeeded;
    // ManageSieve carries the server's last SASL message in its OK (RFC 5804).
    std::optional<QByteArray> additional;
    if (reply.responseCode.kind == ResponseCode::Kind::Sasl) {
        const auto decoded = QByteArray::fromBase64Encoding(
            reply.responseCode.argument.toLatin1().left(maxChallengeLength),
            QByteArray::AbortOnBase64DecodingErrors);
        additional = decoded ? decoded.decoded : QByteArray();
    }
    if (!m_sasl->acceptSuccess(additional)) {
        m_problem = m_sasl->problem();
        return Outcome::Failed;
    }
    return Outcome::Succeeded;
}

/*
 * The exchange, by the reply that arrives (onReply()):
 *
 *   reply          state                                   answer
 *   -------------  --------------------------------------  -------------------------------
 *   continuation   IMAP LOGIN with literal parts left      the next part
 *   continuation   IMAP LOGIN, nothing left; USER/PASS     Failed
 *   continuation   SASL, cancelled before                  Failed: a server that keeps
 *                                                          asking is left
 *   continuation   SASL, more than maxChallenges           "*" (cancel)
 *   continuation   SASL, initial response not yet sent     the initial response (it did
 *                  (too long for the command, no SASL-IR)  not fit the command line)
 *   continuation   SASL, a challenge that is not base64    "*" (cancel)
 *                  or longer than maxChallengeLength
 *   continuation   SASL, the mechanism answers             its response, base64 (quoted
 *                                                          for ManageSieve)
 *   continuation   SASL, the mechanism gives up (a wrong   "*" (cancel)
 *                  SCRAM signature, a hostile SCRAM count)
 *   positive       POP3 USER accepted                      PASS, a command of its own
 *   positive       cancelled                               Failed: never believed
 *   positive       SASL: SCRAM without the server's proof  Failed (server proof invalid)
 *                  (in a continuation or in ManageSieve's
 *                  OK (SASL ...)), or with a wrong one
 *   positive       otherwise                               Succeeded
 *   anything else  any                                     Failed
 */
Authenticator::Outcome Authenticator::onReply(const Reply &reply, QByteArray *next,
                                              bool *nextIsCommand)
{
    *nextIsCommand = false;
    ++m_stage;
    if (reply.status != Reply::Status::Continue) {
        if (m_mechanism == SaslMechanism::Pop3User && m_stage == 1 && reply.isPositive()) {
            *next = "PASS " + m_credentials.password.toUtf8();
            *nextIsCommand = true;
            return Outcome::Continue;
        }
        return onFinalReply(reply);
    }
    if (!m_mechanism)
        return Outcome::Failed;
    if (*m_mechanism == SaslMechanism::ImapLogin) {
        if (m_literalParts.isEmpty()) {
            m_problem = Tr::tr("the server asked for more than the LOGIN command has");
            return Outcome::Failed;
        }
        *next = m_literalParts.takeFirst();
        return Outcome::Continue;
    }
    if (!m_sasl) {
        m_problem = Tr::tr("the server sent a challenge to a command that takes none");
        return Outcome::Failed;
    }
    if (m_cancelled) {
        // The exchange was cancelled; a server that keeps asking is left.
        m_problem = Tr::tr("%1; the server kept asking after the client cancelled").arg(m_problem);
        return Outcome::Failed;
    }
    if (++m_challenges > maxChallenges)
        return cancel(Tr::tr("the server sent more than %1 challenges").arg(maxChallenges), next);
    if (m_pendingInitial) {
        *next = encodeResponse(*m_pendingInitial);
        m_pendingInitial.reset();
        return Outcome::Continue;
    }
    QString why;
    const std::optional<QByteArray> challenge = challengeOf(reply, &why);
    if (!challenge)
        return cancel(why, next);
    const SaslClient::Answer answer = m_sasl->respond(*challenge);
    if (answer.abort)
        return cancel(m_sasl->problem(), next);
    *next = encodeResponse(answer.response);
    return Outcome::Continue;
}

} // namespace MailInspect
