// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "saslclient.h"

#include "report/untrustedtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace MailInspect {

namespace {
// tr() in context "SaslClient", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SaslClient)
};

QByteArray &testNonce()
{
    static QByteArray nonce;
    return nonce;
}

// An RFC 7628 error challenge is a small JSON object; a bigger one is not read.
constexpr qsizetype maxOAuthChallenge = 4096;
// A server's field is shown to people; a long one is clipped.
constexpr qsizetype maxFieldChars = 512;
// SCRAM's server-first message: nonce, salt and count. Anything longer is not SCRAM.
constexpr qsizetype maxScramMessage = 4096;

bool hasControlCharacter(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

QCryptographicHash::Algorithm scramHash(SaslMechanism m)
{
    return m == SaslMechanism::ScramSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
}

bool isScram(SaslMechanism m)
{
    return m == SaslMechanism::ScramSha1 || m == SaslMechanism::ScramSha256;
}

// "r=...,s=...,i=4096" -> the value of one attribute; nothing if absent.
std::optional<QByteArray> attribute(const QByteArray &message, char name)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part[0] == name && part[1] == '=')
            return part.mid(2);
    }
    return std::nullopt;
}

QString clipped(const QString &text)
{
    return untrustedText(QStringView(text).left(maxFieldChars));
}
} // namespace

QByteArray scramSaslName(const QString &name)
{
    const std::optional<QByteArray> prepared = scramPrepare(name);
    if (!prepared)
        return {};
    QByteArray out;
    for (char c : *prepared) {
        if (c == ',')
            out += "=2C";
        else if (c == '=')
            out += "=3D";
        else
            out += c;
    }
    return out;
}

std::optional<QByteArray> scramPrepare(const QString &text)
{
    // RFC 4013's mapping is mostly NFKC; its prohibited output that matters
    // on a command line is the control characters.
    if (hasControlCharacter(text))
        return std::nullopt;
    return text.normalized(QString::NormalizationForm_KC).toUtf8();
}

void SaslClient::setScramNonceForTesting(const QByteArray &nonce)
{
    testNonce() = nonce;
}

SaslClient::SaslClient(SaslMechanism mechanism, LoginCredentials credentials)
    : m_mechanism(mechanism)
    , m_credentials(std::move(credentials))
{ }

QString SaslClient::credentialsProblem(SaslMechanism mechanism, const LoginCredentials &c)
{
    if (usesToken(mechanism)) {
        if (c.token.isEmpty())
            return Tr::tr("%1 needs an OAuth 2 access token").arg(saslMechanismName(mechanism));
        // Their fields are separated by %x01: a control character would add fields.
        if (hasControlCharacter(c.user) || hasControlCharacter(c.token))
            return Tr::tr("%1 cannot send a user name or token with control characters")
                .arg(saslMechanismName(mechanism));
        return {};
    }
    if (c.password.isEmpty())
        return Tr::tr("%1 needs a password").arg(saslMechanismName(mechanism));
    if (isScram(mechanism) && (!scramPrepare(c.password) || scramSaslName(c.user).isEmpty()))
        return Tr::tr("%1 cannot send a user name or password with control characters")
            .arg(saslMechanismName(mechanism));
    return {};
}

std::optional<QByteArray> SaslClient::initialResponse()
{
    const QByteArray user = m_credentials.user.toUtf8();
    QByteArray out;
    switch (m_mechanism) {
    case SaslMechanism::Plain:
        out = QByteArray(1, '\0') + user + QByteArray(1, '\0') + m_credentials.password.toUtf8();
        m_sentSecrets.append(out);
        break;
    case SaslMechanism::XOAuth2:
        out = "user=" + user + "\x01" + "auth=Bearer " + m_credentials.token.toUtf8() + "\x01\x01";
        m_sentSecrets.append(out);
        break;
    case SaslMechanism::OAuthBearer:
        out = "n,a=" + scramSaslName(m_credentials.user) + ",\x01"
            + "host=" + m_credentials.host.toUtf8() + "\x01"
            + "port=" + QByteArray::number(m_credentials.port) + "\x01" + "auth=Bearer "
            + m_credentials.token.toUtf8() + "\x01\x01";
        m_sentSecrets.append(out);
        break;
    case SaslMechanism::ScramSha1:
    case SaslMechanism::ScramSha256:
        m_clientNonce = testNonce();
        if (m_clientNonce.isEmpty()) {
            QByteArray random(24, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                                  random.size() / 4);
            m_clientNonce = random.toBase64(); // base64 has no ","
        }
        m_clientFirstBare = "n=" + scramSaslName(m_credentials.user) + ",r=" + m_clientNonce;
        out = "n,," + m_clientFirstBare;
        break;
    default:
        return std::nullopt;
    }
    m_initialSent = true;
    return out;
}

SaslClient::Answer SaslClient::abort(const QString &why)
{
    if (m_problem.isEmpty())
        m_problem = why;
    return {true, {}};
}

SaslClient::Answer SaslClient::respond(const QByteArray &challenge)
{
    ++m_round;
    switch (m_mechanism) {
    case SaslMechanism::Plain:
        // Without an initial response the server asks with an empty challenge.
        if (!m_initialSent && m_round == 1)
            return {false, *initialResponse()};
        return abort(Tr::tr("the server asked for more than PLAIN has to say"));
    case SaslMechanism::Login:
        // The prompts ("Username:", "Password:") vary; their order does not.
        if (m_round == 1)
            return {false, m_credentials.user.toUtf8()};
        if (m_round == 2) {
            const QByteArray password = m_credentials.password.toUtf8();
            m_sentSecrets.append(password);
            return {false, password};
        }
        return abort(Tr::tr("the server asked for more than a user name and a password"));
    case SaslMechanism::CramMd5: {
        if (m_round != 1)
            return abort(Tr::tr("the server sent a second CRAM-MD5 challenge"));
        if (challenge.isEmpty())
            return abort(Tr::tr("the server sent an empty CRAM-MD5 challenge"));
        const QByteArray digest = QMessageAuthenticationCode::hash(
            challenge, m_credentials.password.toUtf8(), QCryptographicHash::Md5);
        const QByteArray response = m_credentials.user.toUtf8() + ' ' + digest.toHex();
        m_sentSecrets.append(response);
        return {false, response};
    }
    case SaslMechanism::ScramSha1:
    case SaslMechanism::ScramSha256:
        if (!m_initialSent) {
            if (m_round == 1 && challenge.isEmpty())
                return {false, *initialResponse()};
            return abort(Tr::tr("the server sent a SCRAM challenge before the client spoke"));
        }
        if (m_serverSignature.isEmpty())
            return scramServerFirst(challenge);
        if (m_verified)
            return abort(Tr::tr("the server sent another challenge after proving itself"));
        if (!scramVerify(challenge))
            return abort(m_serverError.isEmpty()
                             ? Tr::tr("the server's SCRAM signature is wrong")
                             : Tr::tr("the server reported a SCRAM error: %1").arg(m_serverError));
        return {false, {}};
    case SaslMechanism::XOAuth2:
    case SaslMechanism::OAuthBearer:
        if (!m_initialSent) {
            if (m_round == 1 && challenge.isEmpty())
                return {false, *initialResponse()};
            return abort(Tr::tr("the server sent a challenge before the client spoke"));
        }
        if (m_round != 1)
            return abort(Tr::tr("the server sent more than one error challenge"));
        readOAuthError(challenge);
        // RFC 7628 3.2.3: the client answers the error with %x01; Google's
        // XOAUTH2 wants an empty response. Either way the server then fails.
        return {false,
                m_mechanism == SaslMechanism::OAuthBearer ? QByteArray("\x01") : QByteArray()};
    case SaslMechanism::ImapLogin:
    case SaslMechanism::Pop3User:
        break;
    }
    return abort(Tr::tr("the mechanism takes no challenges"));
}

SaslClient::Answer SaslClient::scramServerFirst(const QByteArray &challenge)
{
    if (challenge.size() > maxScramMessage)
        return abort(Tr::tr("the server's SCRAM challenge is too long"));
    if (challenge.startsWith("m="))
        return abort(Tr::tr("the server asks for a SCRAM extension this client does not know"));
    if (const auto e = attribute(challenge, 'e')) {
        m_serverError = clipped(QString::fromUtf8(*e));
        return abort(Tr::tr("the server reported a SCRAM error: %1").arg(m_serverError));
    }
    const std::optional<QByteArray> nonce = attribute(challenge, 'r');
    const std::optional<QByteArray> salt64 = attribute(challenge, 's');
    const std::optional<QByteArray> count = attribute(challenge, 'i');
    if (!nonce || !salt64 || !count)
        return abort(Tr::tr("the server's SCRAM challenge lacks its nonce, salt or count"));
    // The server extends our nonce; a nonce that does not is a replay or a bug.
    if (!nonce->startsWith(m_clientNonce) || nonce->size() <= m_clientNonce.size())
        return abort(Tr::tr("the server's SCRAM nonce does not extend the client's"));
    const auto salt
        = QByteArray::fromBase64Encoding(*salt64, QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.isEmpty())
        return abort(Tr::tr("the server's SCRAM salt is not valid base64"));
    bool ok = false;
    const int iterations = count->toInt(&ok);
    if (!ok || iterations < 1)
        return abort(Tr::tr("the server's SCRAM iteration count is not a number"));
    if (iterations > maxScramIterations)
        return abort(Tr::tr("the server asks for %1 SCRAM iterations, more than %2")
                         .arg(iterations)
                         .arg(maxScramIterations));

    const QCryptographicHash::Algorithm hash = scramHash(m_mechanism);
    const QByteArray password = scramPrepare(m_credentials.password).value_or(QByteArray());
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        hash, password, salt.decoded, iterations, QCryptographicHash::hashLength(hash));
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, hash);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, hash);
    const QByteArray withoutProof = "c=biws,r=" + *nonce; // biws: base64 of "n,,"
    const QByteArray authMessage = m_clientFirstBare + ',' + challenge + ',' + withoutProof;
    const QByteArray signature = QMessageAuthenticationCode::hash(authMessage, storedKey, hash);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof[i] ^ signature[i]);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, hash);
    m_serverSignature = QMessageAuthenticationCode::hash(authMessage, serverKey, hash);
    const QByteArray response = withoutProof + ",p=" + proof.toBase64();
    m_sentSecrets.append(response);
    return {false, response};
}

bool SaslClient::scramVerify(const QByteArray &serverFinal)
{
    if (const auto e = attribute(serverFinal.left(maxScramMessage), 'e')) {
        m_serverError = clipped(QString::fromUtf8(*e));
        return false;
    }
    const std::optional<QByteArray> v = attribute(serverFinal.left(maxScramMessage), 'v');
    const auto signature = QByteArray::fromBase64Encoding(v.value_or(QByteArray()),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    m_verified = v && signature && signature.decoded == m_serverSignature;
    m_serverProofInvalid = !m_verified;
    return m_verified;
}

bool SaslClient::acceptSuccess(const std::optional<QByteArray> &additionalData)
{
    if (!isScram(m_mechanism))
        return true;
    if (!m_verified && additionalData && !m_serverSignature.isEmpty())
        scramVerify(*additionalData);
    if (!m_verified) {
        // A success without the server's proof: it never showed it knows the password.
        m_serverProofInvalid = true;
        if (m_problem.isEmpty())
            m_problem = Tr::tr("the server accepted the login without proving it knows the "
                               "password (SCRAM signature missing or wrong)");
    }
    return m_verified;
}

void SaslClient::readOAuthError(const QByteArray &challenge)
{
    if (challenge.size() > maxOAuthChallenge) {
        m_oauthStatus = Tr::tr("(an error challenge of %1 bytes, not read)").arg(challenge.size());
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(challenge, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_oauthStatus = Tr::tr("(an error challenge that is not JSON)");
        return;
    }
    const QJsonObject o = doc.object();
    auto text = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? clipped(v.toString()) : QString();
    };
    m_oauthStatus = text("status");
    m_oauthScope = text("scope");
    m_oauthConfiguration = text("openid-configuration");
}

} // namespace MailInspect
