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

// IMAP quoted string.
QByteArray quoted(const QString &s)
{
    QByteArray out = "\"";
    for (char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

bool offers(const QStringList &caps, const QString &name, const QString &mechanism)
{
    if (name == QLatin1String("AUTH=")) // IMAP token
        return hasCapability(caps, QStringLiteral("AUTH=") + mechanism);
    const QStringList args = capabilityArguments(caps, name);
    for (const QString &a : args) {
        if (a.compare(mechanism, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

Authenticator::Authenticator(Protocol protocol, const QStringList &caps, QString user,
                             QString password, QString preferred)
    : m_protocol(protocol)
    , m_user(std::move(user))
    , m_password(std::move(password))
{
    preferred = preferred.toUpper();
    switch (protocol) {
    case Protocol::Smtp:
    case Protocol::Submission:
    case Protocol::Lmtp: {
        const bool plain = offers(caps, QStringLiteral("AUTH"), QStringLiteral("PLAIN"));
        const bool login = offers(caps, QStringLiteral("AUTH"), QStringLiteral("LOGIN"));
        if (login && (preferred == QLatin1String("LOGIN") || !plain)) {
            m_method = Method::SaslLogin;
            m_name = QStringLiteral("AUTH LOGIN");
        } else if (plain) {
            m_method = Method::SaslPlain;
            m_name = QStringLiteral("AUTH PLAIN");
        } else {
            m_unavailable = hasCapability(caps, QStringLiteral("AUTH"))
                ? Tr::tr("the server offers no login method mailinspect speaks "
                         "(PLAIN or LOGIN)")
                : Tr::tr("the server offers no login (no AUTH in EHLO)");
        }
        break;
    }
    case Protocol::Imap: {
        const bool plain = hasCapability(caps, QStringLiteral("AUTH=PLAIN"));
        const bool disabled = hasCapability(caps, QStringLiteral("LOGINDISABLED"));
        if (!disabled && (preferred == QLatin1String("LOGIN") || !plain)) {
            m_method = Method::ImapLogin;
            m_name = QStringLiteral("IMAP LOGIN");
        } else if (plain) {
            m_method = Method::SaslPlain;
            m_name = QStringLiteral("AUTHENTICATE PLAIN");
            m_initialResponse = hasCapability(caps, QStringLiteral("SASL-IR"));
        } else {
            m_unavailable = Tr::tr("the server disabled LOGIN and offers no AUTH=PLAIN");
        }
        break;
    }
    case Protocol::Pop3: {
        const bool sasl = offers(caps, QStringLiteral("SASL"), QStringLiteral("PLAIN"));
        if (sasl && preferred == QLatin1String("PLAIN")) {
            m_method = Method::SaslPlain;
            m_name = QStringLiteral("AUTH PLAIN");
        } else {
            // USER/PASS is the POP3 baseline (RFC 1939), also without CAPA.
            m_method = Method::UserPass;
            m_name = QStringLiteral("USER/PASS");
        }
        break;
    }
    case Protocol::Sieve:
        if (offers(caps, QStringLiteral("SASL"), QStringLiteral("PLAIN"))) {
            m_method = Method::SievePlain;
            m_name = QStringLiteral("AUTHENTICATE PLAIN");
        } else {
            m_unavailable = Tr::tr("the server offers no SASL PLAIN");
        }
        break;
    }
    // The last gate before the wire: USER, PASS and IMAP LOGIN carry the
    // credentials as they are, so a CR or LF in them would start a command of
    // the caller's choosing (and NUL breaks the SASL PLAIN framing).
    if (!isSafeCommandText(m_user) || !isSafeCommandText(m_password)) {
        m_method = Method::None;
        m_unavailable = Tr::tr("the user name or password contains a line break (CR or LF) or a "
                               "NUL character");
    }
    // The plan only: never the user name or password.
    qCDebug(lcProtocol) << "login plan:" << (m_method == Method::None ? m_unavailable : m_name);
}

QByteArray Authenticator::plainResponse() const
{
    return (QByteArray(1, '\0') + m_user.toUtf8() + QByteArray(1, '\0') + m_password.toUtf8())
        .toBase64();
}

QList<QByteArray> Authenticator::secrets() const
{
    return {m_user.toUtf8(), m_password.toUtf8(), plainResponse()};
}

QByteArray Authenticator::firstCommand()
{
    m_stage = 0;
    switch (m_method) {
    case Method::SaslPlain:
        if (m_protocol == Protocol::Imap)
            return m_initialResponse ? "AUTHENTICATE PLAIN " + plainResponse()
                                     : QByteArray("AUTHENTICATE PLAIN");
        return "AUTH PLAIN " + plainResponse();
    case Method::SaslLogin:
        return "AUTH LOGIN";
    case Method::ImapLogin:
        return "LOGIN " + quoted(m_user) + ' ' + quoted(m_password);
    case Method::UserPass:
        return "USER " + m_user.toUtf8();
    case Method::SievePlain:
        return "AUTHENTICATE \"PLAIN\" \"" + plainResponse() + '"';
    case Method::None:
        break;
    }
    return {};
}

Authenticator::Outcome Authenticator::onReply(const Reply &reply, QByteArray *next,
                                              bool *nextIsCommand)
{
    *nextIsCommand = false;
    ++m_stage;
    if (reply.status == Reply::Status::Continue) {
        switch (m_method) {
        case Method::SaslPlain:
            *next = plainResponse();
            return m_stage <= 1 ? Outcome::Continue : Outcome::Failed;
        case Method::SaslLogin:
            // 334 VXNlcm5hbWU6 ("Username:"), then 334 UGFzc3dvcmQ6 ("Password:").
            if (m_stage == 1) {
                *next = m_user.toUtf8().toBase64();
                return Outcome::Continue;
            }
            if (m_stage == 2) {
                *next = m_password.toUtf8().toBase64();
                return Outcome::Continue;
            }
            *next = "*"; // give up cleanly
            return Outcome::Continue;
        default:
            *next = "*";
            return Outcome::Continue;
        }
    }
    if (m_method == Method::UserPass && m_stage == 1 && reply.isPositive()) {
        *next = "PASS " + m_password.toUtf8();
        *nextIsCommand = true;
        return Outcome::Continue;
    }
    return reply.isPositive() ? Outcome::Succeeded : Outcome::Failed;
}

} // namespace MailInspect
