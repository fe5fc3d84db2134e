// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspection.h"

#include "diagnosis/diagnosis.h"
#include "dns/hostresolver.h"
#include "protocol/dialect.h"
#include "protocol/linereader.h"
#include "report/untrustedtext.h"
#include "session/accountcheck.h"
#include "session/addresslist.h"
#include "session/injectionprobe.h"
#include "session/loginjob.h"
#include "session/modeprobe.h"
#include "session/redactor.h"
#include "session/sessionlog.h"
#include "session/sslsockettransport.h"
#include "session/tlsverification.h"
#include "tls/tlsfacts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <cmath>

namespace MailInspect {

namespace {
constexpr qsizetype maxBytesPerStep = 1024 * 1024;

// How much of a line that never ended the transcript shows.
constexpr qsizetype maxUnterminatedShown = 1024;
// How many early or late lines the transcript shows before it stops.
constexpr int maxUnsolicitedShown = 20;

QStringList transcriptLines(const QList<QByteArray> &lines)
{
    QStringList out;
    for (const QByteArray &line : lines)
        out.append(transcriptText(line));
    return out;
}

// transcriptText() drops a line end; bytes that never became a line keep
// their trailing CR (or an IMAP literal's LF) visible, escaped the same way.
QString unterminatedText(QByteArray bytes)
{
    QString tail;
    while (bytes.endsWith('\r') || bytes.endsWith('\n')) {
        tail.prepend(bytes.endsWith('\r') ? QStringLiteral("\\x0d") : QStringLiteral("\\x0a"));
        bytes.chop(1);
    }
    return transcriptText(bytes) + tail;
}

} // namespace

/*
 * The inspection is one state machine over one Transport (a QSslSocket in the
 * product). Every transition, by the handler that makes it:
 *
 *   phase        event (handler)                          next
 *   -----------  ---------------------------------------  ------------------------------
 *   Idle         start(), request valid                   Resolving
 *   Idle         start(), validate() refuses (refuse())   Done: nothing looked up or sent
 *   Resolving    address given or literal (resolve())     Connecting
 *   Resolving    lookup answered (onResolved())           Connecting (first address)
 *   Resolving    lookup failed / timed out                Done
 *   Connecting   connected (onConnected())                Handshake (implicit TLS)
 *                                                         Greeting (otherwise)
 *   Connecting   refused / timeout (onSocketError(),      Connecting (next address,
 *                onTimeout(), tryNextAddress())           tryNextAddress()) or Done
 *   Greeting     positive or PREAUTH (onGreeting())       Capabilities (command sent, or
 *                                                         the greeting's own list read)
 *   Greeting     refusal (onGreeting())                   Quit if the dialect says the
 *                                                         server awaits it, else Done
 *   Greeting     silence (onTimeout())                    ModeCheck (if asked; a plain
 *                                                         mode on a protocol with an
 *                                                         implicit-TLS port) or Done
 *   Capabilities refused, dialect has a hello fallback    Helo
 *   Capabilities temporary or BYE                         Quit
 *   Capabilities inside TLS, or security None             Authenticate (user given)/Quit
 *   Capabilities PREAUTH                                  Quit: STARTTLS is impossible
 *                                                         once authenticated
 *   Capabilities upgrade offered, or the list failed      StartTls (some servers accept
 *                (onCapabilities())                       an upgrade they do not list)
 *   Capabilities upgrade not offered                      Quit
 *   Helo         any answer (onHelo())                    Quit: no STARTTLS without EHLO
 *   StartTls     positive (onStartTlsReply())             Handshake; plain bytes after
 *                                                         the reply are recorded and
 *                                                         dropped, never fed to TLS
 *   StartTls     refused (onStartTlsReply())              Quit: never a ClientHello
 *   Handshake    encrypted (onEncrypted(), next turn      Greeting (implicit TLS)
 *                afterHandshake())                        InjectionWait (probe sent)
 *                                                         CapabilitiesAfterTls
 *   Handshake    implicit TLS, failed without a TLS       ModeCheck (if the request asks
 *                alert (onSocketError()) or timed out     to confirm): a plain greeting
 *                (onTimeout())                            read as TLS is the tell-tale
 *                                                         of the wrong mode
 *   Handshake    failed otherwise                         Done
 *   InjectionWait  bytes inside TLS (onReadyRead())       CapabilitiesAfterTls; the
 *                                                         server kept plain text
 *                                                         (CVE-2011-0411)
 *   InjectionWait  short timer (onTimeout())              CapabilitiesAfterTls (good)
 *   CapabilitiesAfterTls  answer (onCapabilities())       Authenticate (user given)/Quit
 *   Authenticate not inside verified TLS (unless plain    Quit: the password is never
 *                text was allowed), or nothing offered    sent
 *                (beginAuthenticate())
 *   Authenticate challenge (onAuthReply())                Authenticate
 *   Authenticate failure (onAuthReply())                  Quit
 *   Authenticate success (onAuthReply())                  Account (checks asked for and
 *                                                         offered; beginAccountCheck())
 *                                                         or Quit
 *   Account      any answer (onAccountReply())            Account (the next check) or
 *                                                         Quit; never a command that
 *                                                         changes the mailbox or sends
 *   Quit         answer, close or timeout (onQuitReply(), Done
 *                onDisconnected(), onTimeout())
 *   ModeCheck    the ModeProbe finished                   Done
 *
 * And from any phase to Done: cancel(), the whole-inspection deadline
 * (onDeadline()), a close by the server (onDisconnected()), a reply that is
 * not valid for the protocol or that no command asked for (onReply(),
 * rejectEarlyReply(), rejectLateReply()), a line past the limit or too many
 * bytes in one step (onReadyRead()), and a step timeout (onTimeout()); bytes
 * without a line end are not silence and never start a ModeCheck. A running
 * step ends in finish() as skipped.
 */
enum class Phase {
    Idle,
    Resolving,
    Connecting,
    Greeting,
    Capabilities,
    Helo,
    StartTls,
    Handshake,
    InjectionWait,
    CapabilitiesAfterTls,
    Authenticate,
    Account,
    Quit,
    ModeCheck,
    Done,
};

namespace {
// The phases in which the server's bytes are read as lines.
bool readsLines(Phase phase)
{
    switch (phase) {
    case Phase::Greeting:
    case Phase::Capabilities:
    case Phase::Helo:
    case Phase::StartTls:
    case Phase::CapabilitiesAfterTls:
    case Phase::Authenticate:
    case Phase::Account:
    case Phase::Quit:
        return true;
    default:
        return false;
    }
}
} // namespace

class InspectionPrivate
{
    // tr() in context "Inspection", in a form lupdate reads (it cannot see through a free helper).
    Q_DECLARE_TR_FUNCTIONS(Inspection)

public:
    InspectionPrivate(Inspection *q, InspectionRequest request);

    void start();
    void refuse(const RequestProblem &problem);
    void cancel();

    // Steps and transcript
    int beginStep(StepId id);
    void finishStep(StepStatus status, const QString &summary, const QVariantMap &details = {});
    Step *currentStep();
    // Times are kept in whole microseconds, as a saved report keeps them, so a
    // report read back from its file shows every time exactly as recorded.
    static double wholeMicroseconds(double ms) { return std::round(ms * 1000.0) / 1000.0; }
    double now() const
    {
        return m_clock.isValid() ? wholeMicroseconds(m_clock.nsecsElapsed() / 1e6) : 0.0;
    }
    double sinceGreetingStart() const { return wholeMicroseconds(now() - m_greetingStartMs); }
    void appendTranscript(Direction direction, bool tls, const QString &text,
                          bool unterminated = false);
    void recordEvent(const QString &text);
    void recordServerLine(const QByteArray &line);
    void sendCommand(Expect what);
    void writeRaw(const QByteArray &bytes, Expect what);

    // Phases
    void resolve();
    void onResolved();
    void stopLookup();
    void connectTo(const QHostAddress &address);
    void openSocket(const QHostAddress &address);
    bool tryNextAddress(const QString &why);
    void onConnected();
    void beginGreeting();
    void beginCapabilities(Expect what);
    void beginStartTls();
    void beginHandshake();
    void onEncrypted();
    void afterHandshake();
    void afterCapabilities();
    void beginAuthenticate();
    void onAuthReply(const Reply &reply);
    void beginAccountCheck(const Reply &loginReply);
    void nextAccountCheck();
    void onAccountReply(const Reply &reply);
    void beginQuit();
    void finish();
    void finishWithModeCheck(Security otherMode, const QString &reason);

    // Input
    void onReadyRead();
    void onReply(const Reply &reply);
    void onGreeting(const Reply &reply);
    void onCapabilities(const Reply &reply);
    void onHelo(const Reply &reply);
    void onStartTlsReply(const Reply &reply);
    void onQuitReply(const Reply &reply);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();
    void onDeadline();
    bool recordUnterminated(bool closed);
    bool rejectEarlyReply(const QByteArray &command, Expect what);
    bool rejectLateReply(const QString &answered);
    void recordUnsolicited(const QList<QByteArray> &lines, const QString &violation);
    std::optional<QByteArray> firstReplyLine(const QList<QByteArray> &lines) const;
    static QList<QByteArray> bufferedLines(LineReader reader, bool withPartial);
    std::optional<QString> unsolicitedReply(const QList<QByteArray> &lines);
    void onSslErrors(const QList<QSslError> &errors);
    void failStep(const QString &summary);

    void dropSocket();
    void armTimer();
    QString replySummary(const Reply &reply) const;
    QString recordedText(QString text) const;
    bool keepInTranscript(const QString &text);
    QString tlsSummary() const;

    Inspection *q;
    InspectionRequest m_request;
    Report m_report;
    Phase m_phase = Phase::Idle;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QTimer m_deadline; ///< the whole inspection (InspectionRequest::deadlineMs)
    QPointer<Transport> m_socket; ///< the connection; SslSocketTransport unless a test set one
    TransportFactory m_transportFactory;
    std::unique_ptr<Dialect> m_dialect;
    LineReader m_reader;
    Redactor m_redactor;
    Dns::HostResolver *m_resolver = nullptr;
    AddressList m_addresses;
    int m_currentStep = -1;
    qsizetype m_stepBytes = 0;
    qsizetype m_transcriptChars = 0;
    qsizetype m_droppedLines = 0;
    qsizetype m_droppedChars = 0;
    double m_greetingStartMs = 0;
    std::unique_ptr<InjectionProbe> m_injection; ///< set once the dialect is known
    /// The name of the last command sent, for people ("QUIT", "LOGOUT").
    QString m_lastVerb;
    bool m_inTls = false;
    bool m_finished = false;
    bool m_started = false;
    ModeProbe *m_probe = nullptr;
    std::unique_ptr<LoginJob> m_login;
    std::unique_ptr<AccountCheck> m_accountCheck;
    std::optional<AccountCheck::Command> m_accountCommand; ///< the check waiting for its reply
    std::unique_ptr<TlsVerification> m_verification;
    QSslConfiguration m_sslConfiguration;
};

InspectionPrivate::InspectionPrivate(Inspection *qq, InspectionRequest request)
    : q(qq)
    , m_request(std::move(request))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % early: "no greeting within 10 s" must not
    // be said at 9.5 s.
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, q, [this] { onTimeout(); });
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_deadline, &QTimer::timeout, q, [this] { onDeadline(); });

    const quint16 port = m_request.effectivePort();
    m_report.toolVersion = QStringLiteral(MAILINSPECT_VERSION);
    m_report.tlsBackend = TlsFacts::backendDescription();
    m_report.targetAsTyped
        = m_request.targetAsTyped.isEmpty() ? m_request.host : m_request.targetAsTyped;
    m_report.host = m_request.host;
    m_report.port = port;
    m_report.protocol = m_request.protocol;
    m_report.security = m_request.effectiveSecurity();
    m_report.requestedConnectAddress = m_request.connectAddress;
    m_dialect = createDialect(m_request.protocol, m_request.clientName.toUtf8());
    m_reader.setLiteralsEnabled(m_dialect->usesLiterals());
    m_injection = std::make_unique<InjectionProbe>(*m_dialect);
    m_verification = std::make_unique<TlsVerification>(m_request.host,
                                                       !m_request.extraCaCertificates.isEmpty());
    // Known before the first byte, so nothing the server echoes can show them.
    m_redactor.addSecret(m_request.user.toUtf8());
    m_redactor.addSecret(m_request.password.toUtf8());
    m_redactor.addSecret(m_request.oauthToken.toUtf8());
}

// --- steps and transcript -------------------------------------------------

int InspectionPrivate::beginStep(StepId id)
{
    Step s;
    s.id = id;
    s.status = StepStatus::Running;
    s.startMs = now();
    m_report.steps.append(s);
    m_currentStep = int(m_report.steps.size() - 1);
    m_stepBytes = 0;
    qCDebug(lcSession) << "step" << stepIdName(id) << "started at" << s.startMs << "ms";
    Q_EMIT q->stepStarted(m_currentStep);
    armTimer();
    return m_currentStep;
}

Step *InspectionPrivate::currentStep()
{
    if (m_currentStep < 0 || m_currentStep >= m_report.steps.size())
        return nullptr;
    return &m_report.steps[m_currentStep];
}

void InspectionPrivate::finishStep(StepStatus status, const QString &summary,
                                   const QVariantMap &details)
{
    Step *s = currentStep();
    if (!s || s->status != StepStatus::Running)
        return;
    s->status = status;
    s->endMs = now();
    s->summary = recordedText(summary);
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        s->details.insert(it.key(), it.value());
    // Summaries and details quote servers: redacted and escaped as recorded.
    forEachDetailText(s->details, [this](QString &text) { text = recordedText(text); });
    m_timer.stop();
    // The summary as recorded: redacted and escaped, never the server's raw bytes.
    qCDebug(lcSession) << "step" << stepIdName(s->id) << stepStatusName(status) << "after"
                       << s->endMs - s->startMs << "ms:" << s->summary;
    Q_EMIT q->stepFinished(m_currentStep);
}

void InspectionPrivate::appendTranscript(Direction direction, bool tls, const QString &text,
                                         bool unterminated)
{
    if (!keepInTranscript(text))
        return;
    TranscriptEvent e;
    e.tMs = now();
    e.direction = direction;
    e.tls = tls;
    e.text = clipText(recordedText(text), ReportLimits::maxTranscriptLineChars);
    m_transcriptChars += e.text.size();
    e.stepIndex = m_currentStep;
    e.unterminated = unterminated;
    m_report.transcript.append(e);
    Q_EMIT q->transcriptAppended(int(m_report.transcript.size() - 1));
}

// Every text that enters the report passes here: known secrets out, hidden
// characters escaped (server text arrives escaped already; this is the net).
QString InspectionPrivate::recordedText(QString text) const
{
    m_redactor.redactText(text);
    return visibleText(text);
}

// The transcript keeps ReportLimits::maxTranscriptChars; beyond that lines are
// counted, and finish() says how many were not kept.
bool InspectionPrivate::keepInTranscript(const QString &text)
{
    if (m_transcriptChars < ReportLimits::maxTranscriptChars)
        return true;
    if (m_droppedLines == 0) {
        TranscriptEvent e;
        e.tMs = now();
        e.text = tr("Transcript limit of %1 KiB reached: later lines are counted, not kept")
                     .arg(ReportLimits::maxTranscriptChars / 1024);
        e.stepIndex = m_currentStep;
        m_report.transcript.append(e);
        Q_EMIT q->transcriptAppended(int(m_report.transcript.size() - 1));
    }
    ++m_droppedLines;
    m_droppedChars += text.size();
    return false;
}

void InspectionPrivate::recordEvent(const QString &text)
{
    appendTranscript(Direction::Event, m_inTls, text);
}

void InspectionPrivate::recordServerLine(const QByteArray &line)
{
    appendTranscript(Direction::Server, m_inTls,
                     transcriptText(m_redactor.removeKnownSecrets(line)));
}

void InspectionPrivate::writeRaw(const QByteArray &bytes, Expect what)
{
    if (!m_socket || rejectEarlyReply(bytes, what))
        return;
    // Redaction happens here, when the line is recorded - never later.
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty() || line == "\r")
            continue;
        appendTranscript(Direction::Client, m_inTls,
                         transcriptText(m_redactor.redactClientLine(line)));
    }
    // The verb only: a login command carries secrets.
    m_lastVerb
        = what == Expect::Authenticate ? tr("the next login command") : m_dialect->verbOf(bytes);
    m_dialect->expect(what);
    m_socket->write(bytes);
}

void InspectionPrivate::sendCommand(Expect what)
{
    const QByteArray cmd = m_dialect->command(what);
    if (cmd.isEmpty()) {
        m_dialect->expect(what);
        return;
    }
    writeRaw(cmd, what);
}

// Closes the connection without letting its last signals (disconnected,
// errorOccurred) re-enter the state machine.
void InspectionPrivate::dropSocket()
{
    if (!m_socket)
        return;
    Transport *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(q);
    socket->abort();
    socket->deleteLater();
}

void InspectionPrivate::armTimer()
{
    m_timer.start(std::max(100, m_request.timeoutMs));
}

// --- phases -----------------------------------------------------------------

void InspectionPrivate::start()
{
    if (m_started)
        return;
    m_started = true;
    // With extra CAs the handshake verifies against them alone: parsing the
    // whole system store costs ~100 ms. Only a chain those CAs do not trust
    // is checked against the system store afterwards (onEncrypted).
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!m_request.extraCaCertificates.isEmpty())
        m_sslConfiguration.setCaCertificates(m_request.extraCaCertificates);
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_clock.start();
    m_report.started = QDateTime::currentDateTimeUtc();
    // Front ends check the request before they get here; this is the engine's
    // own line: a request that would put CR, LF or NUL into a command is never
    // looked up, connected or sent.
    if (const auto problem = m_request.validate()) {
        refuse(*problem);
        return;
    }
    if (m_request.deadlineMs > 0)
        m_deadline.start(m_request.deadlineMs);
    resolve();
}

void InspectionPrivate::refuse(const RequestProblem &problem)
{
    switch (problem.field) {
    case RequestProblem::Field::ClientName:
        beginStep(StepId::Capabilities);
        break;
    case RequestProblem::Field::DnsServer:
        beginStep(StepId::Resolve);
        break;
    case RequestProblem::Field::MailFrom:
        beginStep(StepId::Sender);
        break;
    case RequestProblem::Field::RcptTo:
        beginStep(StepId::Recipient);
        break;
    case RequestProblem::Field::User:
    case RequestProblem::Field::Password:
    case RequestProblem::Field::OAuthToken:
        beginStep(StepId::Authenticate);
        break;
    }
    const QString summary = tr("Not inspected: %1").arg(problem.message);
    recordEvent(summary);
    finishStep(StepStatus::Error, summary);
    finish();
}

void InspectionPrivate::resolve()
{
    m_phase = Phase::Resolving;
    beginStep(StepId::Resolve);
    if (!m_request.connectAddress.isEmpty()) {
        const QHostAddress address(m_request.connectAddress);
        if (address.isNull()) {
            m_report.facts.connectOutcome = ConnectOutcome::HostNotFound;
            finishStep(StepStatus::Error,
                       tr("\"%1\" is not an IP address").arg(m_request.connectAddress));
            finish();
            return;
        }
        m_report.facts.resolvedAddresses = {address.toString()};
        finishStep(StepStatus::Skipped,
                   tr("Not looked up: connecting to %1 as asked; %2 is still the name checked "
                      "in the certificate")
                       .arg(address.toString(), m_request.host),
                   {{QStringLiteral("addresses"), QStringList {address.toString()}},
                    {QStringLiteral("connect_address"), address.toString()}});
        connectTo(address);
        return;
    }
    const QHostAddress literal(m_request.host);
    if (!literal.isNull()) {
        m_report.facts.resolvedAddresses = {literal.toString()};
        finishStep(StepStatus::Ok, tr("%1 is an IP address").arg(literal.toString()),
                   {{QStringLiteral("addresses"), QStringList {literal.toString()}}});
        connectTo(literal);
        return;
    }
    const auto server = Dns::parseServer(m_request.dnsServer);
    m_report.facts.dnsServer = server ? server->toString() : QString();
    recordEvent(
        server ? tr("Looking up %1 at the DNS server %2").arg(m_request.host, server->toString())
               : tr("Looking up %1").arg(m_request.host));
    // Our own answer comes before the step's timeout, so the report says which
    // kind of failure it was.
    m_resolver = new Dns::HostResolver(m_request.host, server, m_request.timeoutMs * 2 / 5, q);
    QObject::connect(m_resolver, &Dns::HostResolver::finished, q, [this] { onResolved(); });
    m_resolver->start();
}

void InspectionPrivate::stopLookup()
{
    if (!m_resolver)
        return;
    m_resolver->abort();
    m_resolver->deleteLater();
    m_resolver = nullptr;
}

void InspectionPrivate::onResolved()
{
    if (!m_resolver)
        return;
    Dns::HostResolver *resolver = m_resolver;
    m_resolver = nullptr;
    resolver->deleteLater();
    if (m_phase != Phase::Resolving)
        return;
    SessionFacts &f = m_report.facts;
    if (resolver->outcome() != Dns::HostResolver::Outcome::Ok) {
        f.connectOutcome = ConnectOutcome::HostNotFound;
        f.connectError = resolver->error();
        f.dnsError = resolver->error();
        f.dnsMailHosts = resolver->mailHosts();
        f.resolveTimedOut = resolver->timedOut();
        QString summary;
        switch (resolver->outcome()) {
        case Dns::HostResolver::Outcome::NoAddress:
            f.dnsOutcome = DnsOutcome::NoAddress;
            summary = tr("%1 exists but has no address").arg(m_request.host);
            if (!f.dnsMailHosts.isEmpty())
                recordEvent(tr("Mail hosts of %1: %2")
                                .arg(m_request.host, f.dnsMailHosts.join(QStringLiteral(", "))));
            break;
        case Dns::HostResolver::Outcome::Failed:
            f.dnsOutcome = DnsOutcome::LookupFailed;
            summary = tr("%1 could not be looked up: %2").arg(m_request.host, resolver->error());
            break;
        default:
            f.dnsOutcome = DnsOutcome::NoSuchName;
            summary = tr("%1 does not resolve: %2").arg(m_request.host, resolver->error());
            break;
        }
        recordEvent(tr("Name lookup failed: %1").arg(resolver->error()));
        QVariantMap details {{QStringLiteral("outcome"), dnsOutcomeName(f.dnsOutcome)}};
        if (!f.dnsServer.isEmpty())
            details.insert(QStringLiteral("dns_server"), f.dnsServer);
        if (!f.dnsMailHosts.isEmpty())
            details.insert(QStringLiteral("mail_hosts"), f.dnsMailHosts);
        finishStep(StepStatus::Error, summary, details);
        finish();
        return;
    }
    f.dnsOutcome = DnsOutcome::Ok;
    QStringList addresses;
    for (const QHostAddress &a : resolver->addresses())
        addresses.append(a.toString());
    m_report.facts.resolvedAddresses = addresses;
    recordEvent(tr("%1 has address %2").arg(m_request.host, addresses.join(QStringLiteral(", "))));
    QVariantMap details {{QStringLiteral("addresses"), addresses}};
    if (!f.dnsServer.isEmpty())
        details.insert(QStringLiteral("dns_server"), f.dnsServer);
    finishStep(StepStatus::Ok,
               tr("%1 → %2").arg(m_request.host, addresses.join(QStringLiteral(", "))), details);
    m_addresses.reset(resolver->addresses());
    connectTo(m_addresses.first());
}

void InspectionPrivate::connectTo(const QHostAddress &address)
{
    m_phase = Phase::Connecting;
    beginStep(StepId::Connect);
    openSocket(address);
}

// Like a mail app, a name with several addresses is tried address by
// address until one answers; every attempt shows in the transcript.
bool InspectionPrivate::tryNextAddress(const QString &why)
{
    if (!m_addresses.hasNext())
        return false;
    const QHostAddress next = m_addresses.next();
    recordEvent(tr("Could not connect to %1 (%2); trying the next address, %3")
                    .arg(m_report.connectAddress, why, next.toString()));
    dropSocket();
    armTimer();
    openSocket(next);
    return true;
}

void InspectionPrivate::openSocket(const QHostAddress &address)
{
    m_report.connectAddress = address.toString();
    Transport *socket = m_transportFactory ? m_transportFactory(q) : new SslSocketTransport(q);
    m_socket = socket;
    // SNI and the verified name are the target host, even when the TCP
    // connection goes to another address.
    socket->setTlsConfiguration(m_sslConfiguration, m_request.host);

    QObject::connect(socket, &Transport::connected, q, [this] { onConnected(); });
    QObject::connect(socket, &Transport::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(socket, &Transport::encrypted, q, [this] { onEncrypted(); });
    QObject::connect(socket, &Transport::sslErrors, q,
                     [this](const QList<QSslError> &errors) { onSslErrors(errors); });
    QObject::connect(socket, &Transport::errorOccurred, q,
                     [this](QAbstractSocket::SocketError e) { onSocketError(e); });
    QObject::connect(socket, &Transport::disconnected, q, [this] { onDisconnected(); });
    QObject::connect(socket, &Transport::alertSent, q, [this](const QString &description) {
        m_report.tls.alertsSent.append(description);
        recordEvent(tr("TLS alert sent: %1").arg(description));
    });
    QObject::connect(socket, &Transport::alertReceived, q, [this](const QString &description) {
        m_report.tls.alertsReceived.append(description);
        recordEvent(tr("TLS alert received: %1").arg(description));
    });

    const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(m_report.port)
        : QStringLiteral("%1:%2").arg(address.toString()).arg(m_report.port);
    recordEvent(tr("Connecting to %1").arg(where));
    socket->connectToHost(address, m_report.port);
}

void InspectionPrivate::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_report.facts.connectOutcome = ConnectOutcome::Connected;
    recordEvent(tr("Connected from %1:%2")
                    .arg(m_socket->localAddress().toString())
                    .arg(m_socket->localPort()));
    finishStep(StepStatus::Ok,
               tr("Connected to %1 port %2").arg(m_report.connectAddress).arg(m_report.port),
               {{QStringLiteral("address"), m_report.connectAddress},
                {QStringLiteral("port"), m_report.port},
                {QStringLiteral("local_address"), m_socket->localAddress().toString()}});
    if (m_report.security == Security::ImplicitTls)
        beginHandshake();
    else
        beginGreeting();
}

void InspectionPrivate::beginGreeting()
{
    m_phase = Phase::Greeting;
    beginStep(StepId::Greeting);
    m_greetingStartMs = now();
    m_dialect->expect(Expect::Greeting);
    // Data may already be buffered (it arrived with the handshake).
    if (m_socket && m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, q, [this] { onReadyRead(); });
}

void InspectionPrivate::beginCapabilities(Expect what)
{
    m_phase
        = what == Expect::CapabilitiesAfterTls ? Phase::CapabilitiesAfterTls : Phase::Capabilities;
    // After implicit TLS the only capabilities step is inside TLS.
    beginStep(what == Expect::CapabilitiesAfterTls ? StepId::CapabilitiesAfterTls
                                                   : StepId::Capabilities);
    sendCommand(what);
    if (m_socket && m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, q, [this] { onReadyRead(); });
}

void InspectionPrivate::beginStartTls()
{
    m_phase = Phase::StartTls;
    beginStep(StepId::StartTls);
    m_report.facts.starttlsAttempted = true;
    if (m_request.checkInjection && !m_injection->isAvailable()) {
        // The dialect knows no probe its server could not confuse (ManageSieve
        // sends its capabilities unasked right after TLS).
        recordEvent(tr("Injection check skipped: not available for %1")
                        .arg(protocolDisplayName(m_request.protocol)));
    }
    if (!m_request.checkInjection || !m_injection->isAvailable()) {
        sendCommand(Expect::StartTls);
        return;
    }
    // CVE-2011-0411 probe: a second command in the same segment as the
    // upgrade. A correct server throws it away when TLS starts; a vulnerable
    // one answers it inside the TLS session.
    m_report.facts.injectionCheckRan = true;
    recordEvent(tr("Injection check: sending NOOP in the same packet as %1")
                    .arg(m_dialect->startTlsVerb()));
    writeRaw(m_injection->segment(m_dialect->command(Expect::StartTls)), Expect::StartTls);
}

void InspectionPrivate::beginHandshake()
{
    m_phase = Phase::Handshake;
    beginStep(StepId::TlsHandshake);
    m_report.tls.attempted = true;
    const bool isAddress = !QHostAddress(m_request.host).isNull();
    m_report.tls.sni = isAddress ? QString() : m_request.host;
    m_report.tls.verifiedName = m_request.host;
    recordEvent(isAddress ? tr("TLS handshake started (no SNI: the target is an address)")
                          : tr("TLS handshake started (SNI %1)").arg(m_request.host));
    Q_EMIT q->tlsInfoChanged();
    m_socket->startClientEncryption();
}

void InspectionPrivate::onSslErrors(const QList<QSslError> &errors)
{
    // Collect the verification result and carry on, so the report can show
    // the chain, the protocol and what the server says inside TLS. No
    // credentials are ever sent over a connection that failed verification.
    m_verification->addErrors(errors, m_report.tls);
    for (const QSslError &e : errors)
        recordEvent(tr("Certificate problem: %1").arg(e.errorString()));
    if (m_socket)
        m_socket->ignoreSslErrors(errors);
}

void InspectionPrivate::onEncrypted()
{
    if (m_phase != Phase::Handshake)
        return;
    m_inTls = true;
    TlsInfo &tls = m_report.tls;
    tls.established = true;
    if (m_verification->complete(*m_socket, tls))
        recordEvent(tr("The chain is trusted through the system's certificate authorities"));
    recordEvent(tr("TLS established: %1, %2").arg(tls.protocol, tls.cipher));
    finishStep(StepStatus::Ok, tr("%1 with %2").arg(tls.protocol, tls.cipher),
               {{QStringLiteral("protocol"), tls.protocol},
                {QStringLiteral("cipher"), tls.cipher},
                {QStringLiteral("key_exchange"), tls.keyExchange},
                {QStringLiteral("sni"), tls.sni},
                {QStringLiteral("alerts_sent"), tls.alertsSent},
                {QStringLiteral("alerts_received"), tls.alertsReceived}});

    beginStep(StepId::Certificate);
    QStringList problems;
    for (const CertificateProblem &p : std::as_const(tls.problems))
        problems.append(p.message);
    const QVariantMap details {{QStringLiteral("verified_name"), tls.verifiedName},
                               {QStringLiteral("trusted"), tls.trusted},
                               {QStringLiteral("name_matches"), tls.nameMatches},
                               {QStringLiteral("problems"), problems},
                               {QStringLiteral("chain_length"), tls.chain.size()}};
    const QString subject = tls.chain.isEmpty() ? QString() : tls.chain.constFirst().commonName;
    if (tls.verified) {
        finishStep(StepStatus::Ok,
                   tr("Trusted certificate for %1 (%2)").arg(tls.verifiedName, subject), details);
    } else {
        finishStep(StepStatus::Error,
                   tr("Certificate not valid for %1: %2")
                       .arg(tls.verifiedName, problems.join(QStringLiteral("; "))),
                   details);
    }
    Q_EMIT q->tlsInfoChanged();
    // With TLS 1.3 the server sends its session tickets after our Finished;
    // writing the next command from inside encrypted() would share a segment
    // with Finished and stall on delayed ACK. One event-loop turn avoids it.
    QTimer::singleShot(0, q, [this] { afterHandshake(); });
}

void InspectionPrivate::afterHandshake()
{
    if (m_finished || !m_socket)
        return;
    if (m_report.security == Security::ImplicitTls) {
        beginGreeting();
    } else if (m_report.facts.injectionCheckRan) {
        // Give a vulnerable server a moment to answer the NOOP it should
        // have discarded, before we say anything inside TLS.
        m_phase = Phase::InjectionWait;
        recordEvent(tr("Injection check: waiting for an answer to the NOOP inside TLS"));
        m_timer.start(std::min(1000, std::max(100, m_request.timeoutMs / 2)));
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
    } else {
        beginCapabilities(Expect::CapabilitiesAfterTls);
    }
}

void InspectionPrivate::afterCapabilities()
{
    if (!m_request.user.isEmpty())
        beginAuthenticate();
    else
        beginQuit();
}

// A secret travels only inside TLS with a verified certificate, unless the
// user explicitly allowed plain text; mechanisms that never send it (CRAM-MD5,
// SCRAM) may go anywhere. Every form of the secrets is registered with the
// redactor before the first byte is recorded.
void InspectionPrivate::beginAuthenticate()
{
    m_phase = Phase::Authenticate;
    beginStep(StepId::Authenticate);
    const LoginJob::Refusal refusal
        = LoginJob::refusal(m_inTls, m_report.tls.verified, m_request.allowPlaintextAuth);
    const QStringList &caps
        = m_inTls ? m_report.capabilitiesAfterTls : m_report.capabilitiesBeforeTls;
    LoginCredentials credentials {m_request.user, m_request.password, m_request.oauthToken,
                                  m_request.host, m_report.port};
    m_login = std::make_unique<LoginJob>(m_request.protocol, caps, std::move(credentials),
                                         m_request.authMechanism, refusal);
    for (const QByteArray &secret : m_login->secrets())
        m_redactor.addSecret(secret);
    const Authenticator &auth = m_login->authenticator();
    LoginFacts &login = m_report.login;
    login.user = m_request.user;
    login.offered = auth.offered();
    if (!m_login->unavailableReason().isEmpty()) {
        login.result = LoginFacts::Result::NotTried;
        login.notTriedReason = m_login->unavailableReason();
        switch (m_login->withheldBecause()) {
        case LoginJob::Refusal::NotEncrypted:
            login.obstacle = LoginFacts::Obstacle::NotEncrypted;
            finishStep(StepStatus::Skipped,
                       tr("Password not sent: the connection is not encrypted"));
            beginQuit();
            return;
        case LoginJob::Refusal::Unverified:
            login.obstacle = LoginFacts::Obstacle::CertificateUnverified;
            finishStep(StepStatus::Skipped,
                       tr("Password not sent: the server's certificate could not be verified"));
            beginQuit();
            return;
        case LoginJob::Refusal::None:
            break;
        }
        switch (auth.obstacle()) {
        case Authenticator::Obstacle::NotOffered:
            login.obstacle = LoginFacts::Obstacle::NotOffered;
            break;
        case Authenticator::Obstacle::MechanismNotOffered:
            login.obstacle = LoginFacts::Obstacle::MechanismNotOffered;
            break;
        default:
            login.obstacle = LoginFacts::Obstacle::NoSuitableMechanism;
            break;
        }
        finishStep(StepStatus::Error,
                   tr("No login possible: %1").arg(m_login->unavailableReason()));
        beginQuit();
        return;
    }
    login.mechanism = saslMechanismName(*auth.mechanism());
    login.choice = auth.choice();
    // Attempted: refused until the server accepts, also when the session
    // ends in the middle of the exchange.
    login.result = LoginFacts::Result::Refused;
    m_report.facts.authAttempted = true;
    recordEvent(tr("Logging in as the given user with %1 (%2)")
                    .arg(m_login->mechanismName(), auth.choice()));
    const QByteArray first = m_login->start(*m_dialect);
    for (const QByteArray &form : m_login->sentForms())
        m_redactor.addSentForm(form);
    writeRaw(first, Expect::Authenticate);
}

void InspectionPrivate::onAuthReply(const Reply &reply)
{
    const LoginJob::Next next = m_login->onReply(reply, *m_dialect);
    // What the answer carries is known before it is recorded.
    for (const QByteArray &form : m_login->sentForms())
        m_redactor.addSentForm(form);
    if (next.endsSaslExchange)
        m_redactor.endSaslExchange();
    if (!next.finished) {
        writeRaw(next.bytes, Expect::Authenticate);
        return;
    }
    const Authenticator &auth = m_login->authenticator();
    SessionFacts &f = m_report.facts;
    f.authSucceeded = next.succeeded;
    f.authReply = reply.replyCode();
    f.authReplyStatus = reply.code ? QString() : reply.statusWord();
    f.authReplyText = transcriptText(m_redactor.removeKnownSecrets(reply.text));
    LoginFacts &login = m_report.login;
    login.result = next.succeeded ? LoginFacts::Result::Ok : LoginFacts::Result::Refused;
    login.serverProofInvalid = auth.serverProofInvalid();
    login.oauthStatus = auth.oauthStatus();
    login.oauthScope = auth.oauthScope();
    login.oauthConfiguration = auth.oauthConfiguration();
    QVariantMap details {{QStringLiteral("mechanism"), m_login->mechanismName()}};
    QString summary = f.authSucceeded ? tr("Logged in with %1").arg(m_login->mechanismName())
                                      : tr("Login refused: %1").arg(replySummary(reply));
    if (!auth.problem().isEmpty()) {
        details.insert(QStringLiteral("problem"), auth.problem());
        if (reply.isPositive())
            summary = tr("Login not trusted: %1").arg(auth.problem());
        else
            summary += QStringLiteral(" (%1)").arg(auth.problem());
    }
    finishStep(f.authSucceeded ? StepStatus::Ok : StepStatus::Error, summary, details);
    // The checks after the login only when the server proved itself (a
    // wrong SCRAM proof is a refused login, whatever the server said).
    if (f.authSucceeded && !login.serverProofInvalid)
        beginAccountCheck(reply);
    else
        beginQuit();
}

// The one point after a successful login: the checks the request asks for
// and the dialect has (the inbox, its quota, a test envelope), then goodbye.
void InspectionPrivate::beginAccountCheck(const Reply &loginReply)
{
    // IMAP servers list what the logged-in state offers (QUOTA) with the
    // login's answer; the list before the login lacks it.
    QStringList caps = m_inTls ? m_report.capabilitiesAfterTls : m_report.capabilitiesBeforeTls;
    caps += m_dialect->capabilities(loginReply);
    m_accountCheck = std::make_unique<AccountCheck>(*m_dialect, caps, m_request.checkMailbox,
                                                    m_request.mailFrom, m_request.rcptTo);
    nextAccountCheck();
}

void InspectionPrivate::nextAccountCheck()
{
    m_accountCommand = m_accountCheck->next(m_report.account);
    if (!m_accountCommand) {
        beginQuit();
        return;
    }
    m_phase = Phase::Account;
    beginStep(m_accountCommand->step);
    writeRaw(m_dialect->accountCommand(m_accountCommand->command, m_accountCommand->argument),
             Expect::Account);
}

void InspectionPrivate::onAccountReply(const Reply &reply)
{
    if (!m_accountCommand)
        return;
    const AccountCheck::Outcome outcome
        = m_accountCheck->onReply(*m_accountCommand, reply, replySummary(reply), m_report.account);
    finishStep(outcome.status, outcome.summary, outcome.details);
    if (reply.replyCode().closesSession()) {
        beginQuit();
        return;
    }
    nextAccountCheck();
}

void InspectionPrivate::beginQuit()
{
    // A login that was asked for but never reached says why on the timeline.
    if (!m_request.user.isEmpty() && !m_report.step(StepId::Authenticate)) {
        const bool connected = m_socket && m_socket->isConnected();
        m_report.login.user = m_request.user;
        m_report.login.result = LoginFacts::Result::NotTried;
        m_report.login.obstacle = connected && !m_inTls ? LoginFacts::Obstacle::NotEncrypted
                                                        : LoginFacts::Obstacle::ConnectionEnded;
        beginStep(StepId::Authenticate);
        finishStep(StepStatus::Skipped,
                   tr("Password not sent: the session did not reach a secure state"));
    }
    if (!m_socket || !m_socket->isConnected()) {
        finish();
        return;
    }
    m_phase = Phase::Quit;
    beginStep(StepId::Quit);
    m_report.facts.quitSent = true;
    sendCommand(Expect::Quit);
}

// --- input ------------------------------------------------------------------

void InspectionPrivate::onReadyRead()
{
    if (!m_socket || m_finished)
        return;
    if (m_phase == Phase::Handshake || m_phase == Phase::Done || m_phase == Phase::ModeCheck)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    if (m_phase == Phase::Greeting && m_report.facts.firstGreetingByteMs < 0)
        m_report.facts.firstGreetingByteMs = sinceGreetingStart();
    if (m_phase == Phase::InjectionWait) {
        SessionFacts &f = m_report.facts;
        f.injectionDetected = true;
        for (const QByteArray &l : data.split('\n')) {
            if (l.isEmpty())
                continue;
            recordServerLine(l);
            if (f.injectionEvidence.isEmpty())
                f.injectionEvidence = transcriptText(l);
        }
        recordEvent(tr("The server answered the NOOP inside TLS: it kept plain text sent "
                       "before the handshake (CVE-2011-0411)"));
        m_timer.stop();
        beginCapabilities(Expect::CapabilitiesAfterTls);
        return;
    }
    m_stepBytes += data.size();
    m_reader.append(data);
    while (!m_finished) {
        const Phase before = m_phase;
        std::optional<QByteArray> line = m_reader.nextLine();
        if (!line)
            break;
        recordServerLine(*line);
        // After a refused STARTTLS the probe's NOOP is still owed its answer,
        // which comes first and is nobody else's reply.
        if (m_phase != Phase::StartTls && m_injection->takeOwedAnswer(*line)) {
            recordEvent(tr("The answer to the pipelined NOOP; not taken for the next reply"));
            continue;
        }
        if (std::optional<Reply> reply = m_dialect->feed(*line))
            onReply(*reply);
        // After the upgrade reply nothing more is read as plain text.
        if (before == Phase::StartTls && m_phase != Phase::StartTls)
            return;
    }
    if (m_finished)
        return;
    if (m_reader.overflowed()) {
        m_report.facts.lineTooLong = true;
        if (Step *s = currentStep())
            m_report.facts.lineTooLongStep = s->id;
        const QByteArray head = m_reader.takePending().left(80);
        recordServerLine(head + "…");
        recordEvent(tr("A line grew past %1 bytes without ending; stopped reading")
                        .arg(LineReader::defaultMaxLineLength));
        failStep(tr("The server sent a line longer than %1 bytes")
                     .arg(LineReader::defaultMaxLineLength));
        return;
    }
    if (m_stepBytes > maxBytesPerStep) {
        m_report.facts.protocolViolation
            = tr("more than %1 bytes in one step").arg(maxBytesPerStep);
        m_report.facts.protocolViolationStep = currentStep() ? currentStep()->id : StepId::Connect;
        failStep(tr("The server sent more than %1 bytes in one step").arg(maxBytesPerStep));
    }
}

void InspectionPrivate::failStep(const QString &summary)
{
    finishStep(StepStatus::Error, summary);
    dropSocket();
    finish();
}

void InspectionPrivate::onReply(const Reply &reply)
{
    if (reply.code != 0)
        m_report.facts.replyCodes.append(reply.code);
    if (reply.status == Reply::Status::Malformed) {
        m_report.facts.protocolViolation = reply.violation;
        m_report.facts.protocolViolationStep = currentStep() ? currentStep()->id : StepId::Connect;
        if (m_phase == Phase::Greeting)
            m_report.facts.greetingLines = transcriptLines(reply.lines);
        failStep(tr("Not a valid %1 reply: %2")
                     .arg(protocolName(m_request.protocol).toUpper(), reply.violation));
        return;
    }
    switch (m_phase) {
    case Phase::Greeting:
        onGreeting(reply);
        break;
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls:
        onCapabilities(reply);
        break;
    case Phase::Helo:
        onHelo(reply);
        break;
    case Phase::StartTls:
        onStartTlsReply(reply);
        break;
    case Phase::Authenticate:
        onAuthReply(reply);
        break;
    case Phase::Account:
        onAccountReply(reply);
        break;
    case Phase::Quit:
        onQuitReply(reply);
        break;
    default:
        recordEvent(tr("Unexpected reply ignored"));
        break;
    }
}

QString InspectionPrivate::replySummary(const Reply &reply) const
{
    if (reply.lines.isEmpty())
        return {};
    // Servers echo user names (and worse) in their replies.
    return transcriptText(m_redactor.removeKnownSecrets(reply.lines.constLast())).left(160);
}

void InspectionPrivate::onGreeting(const Reply &reply)
{
    SessionFacts &f = m_report.facts;
    f.greetingReceived = true;
    f.greetingDelayMs = sinceGreetingStart();
    f.greetingReply = reply.replyCode();
    f.greetingStatus = reply.code ? QString() : reply.statusWord();
    f.greetingMultiline = reply.lines.size() > 1;
    f.greetingLines = transcriptLines(reply.lines);

    const QVariantMap details {{QStringLiteral("delay_ms"), f.greetingDelayMs},
                               {QStringLiteral("lines"), f.greetingLines}};
    const bool ok
        = reply.status == Reply::Status::Positive || reply.status == Reply::Status::Preauth;
    if (!ok) {
        finishStep(StepStatus::Error,
                   tr("The server refused the session: %1").arg(replySummary(reply)), details);
        // Some servers still expect a goodbye (SMTP 554); the others are
        // closing anyway (SMTP 421, BYE).
        if (m_dialect->refusedGreetingAwaitsQuit(reply))
            beginQuit();
        else
            finish();
        return;
    }
    if (reply.status == Reply::Status::Preauth)
        f.preauth = true;
    const bool slow = f.greetingDelayMs > 5000;
    finishStep(slow || f.preauth ? StepStatus::Warning : StepStatus::Ok,
               slow ? tr("Greeting after %1 s: %2")
                          .arg(f.greetingDelayMs / 1000.0, 0, 'f', 1)
                          .arg(replySummary(reply))
                    : replySummary(reply),
               details);

    if (m_dialect->greetingHasCapabilities(reply)) {
        // IMAP [CAPABILITY ...] and ManageSieve: the greeting is the list.
        m_phase = Phase::Capabilities;
        beginStep(StepId::Capabilities);
        onCapabilities(reply);
        return;
    }
    beginCapabilities(Expect::Capabilities);
}

void InspectionPrivate::onCapabilities(const Reply &reply)
{
    SessionFacts &f = m_report.facts;
    f.capabilityReply = reply.replyCode();
    f.capabilityReplyLines = transcriptLines(reply.lines);

    if (reply.status == Reply::Status::Temporary || reply.status == Reply::Status::Bye) {
        finishStep(StepStatus::Error, tr("The server refused: %1").arg(replySummary(reply)));
        beginQuit();
        return;
    }
    // A PREAUTH greeting may carry the capability list too.
    if (!reply.isPositive() && reply.status != Reply::Status::Preauth) {
        if (m_dialect->hasHelloFallback()) {
            // EHLO refused: old or crippled servers only know HELO.
            finishStep(StepStatus::Warning,
                       tr("EHLO refused (%1); trying HELO").arg(replySummary(reply)));
            m_phase = Phase::Helo;
            beginStep(StepId::Capabilities);
            sendCommand(Expect::Helo);
            return;
        }
        f.capabilityCommandFailed = true;
        finishStep(StepStatus::Warning,
                   tr("The capability list was refused: %1").arg(replySummary(reply)));
    } else {
        const QStringList caps = m_dialect->capabilities(reply);
        if (m_inTls)
            m_report.capabilitiesAfterTls = caps;
        else
            m_report.capabilitiesBeforeTls = caps;
        finishStep(
            StepStatus::Ok,
            caps.isEmpty() ? tr("No capabilities listed")
                           : caps.join(QStringLiteral(", ")).left(300),
            {{QStringLiteral("capabilities"), caps}, {QStringLiteral("inside_tls"), m_inTls}});
    }
    const QStringList &caps
        = m_inTls ? m_report.capabilitiesAfterTls : m_report.capabilitiesBeforeTls;
    f.starttlsOffered = f.starttlsOffered || hasCapability(caps, m_dialect->startTlsCapability());

    if (m_inTls || m_report.security == Security::None) {
        if (m_report.security == Security::None) {
            beginStep(StepId::StartTls);
            finishStep(StepStatus::Skipped, tr("Security is set to None: no upgrade to TLS"));
        }
        afterCapabilities();
        return;
    }
    if (f.preauth) {
        beginStep(StepId::StartTls);
        finishStep(StepStatus::Error,
                   tr("PREAUTH: the server logged us in before TLS, so STARTTLS is impossible"));
        beginQuit();
        return;
    }
    // Some servers accept the upgrade without announcing it (or when the
    // capability list itself failed): try it and say so.
    if (f.starttlsOffered || f.capabilityCommandFailed) {
        beginStartTls();
        return;
    }
    beginStep(StepId::StartTls);
    finishStep(StepStatus::Error,
               tr("The server does not offer %1").arg(m_dialect->startTlsVerb()));
    beginQuit();
}

void InspectionPrivate::onHelo(const Reply &reply)
{
    if (!reply.isPositive()) {
        finishStep(StepStatus::Error, tr("HELO refused too: %1").arg(replySummary(reply)));
        beginQuit();
        return;
    }
    m_report.facts.heloFallback = true;
    finishStep(StepStatus::Warning, tr("Only HELO works: the server lists no extensions"));
    if (m_report.security == Security::None) {
        beginQuit();
        return;
    }
    beginStep(StepId::StartTls);
    finishStep(StepStatus::Error, tr("No STARTTLS without EHLO"));
    beginQuit();
}

void InspectionPrivate::onStartTlsReply(const Reply &reply)
{
    SessionFacts &f = m_report.facts;
    f.starttlsReply = reply.replyCode();
    f.starttlsReplyStatus = reply.code ? QString() : reply.statusWord();
    f.starttlsReplyText = transcriptText(m_redactor.removeKnownSecrets(reply.text));
    if (!reply.isPositive()) {
        finishStep(StepStatus::Error,
                   tr("%1 refused: %2").arg(m_dialect->startTlsVerb(), replySummary(reply)));
        beginQuit();
        return;
    }
    f.starttlsAccepted = true;
    // The NOOP's answer, if any, is dealt with here (before TLS) or in
    // InjectionWait (inside TLS); a refused upgrade still owes it.
    m_injection->upgradeAccepted();
    // Anything already received after the upgrade reply is plain text that
    // must never reach the TLS layer or be read as a post-TLS reply.
    QByteArray injected = m_reader.takePending();
    if (m_socket && m_socket->bytesAvailable() > 0)
        injected += m_socket->read(qMin<qint64>(m_socket->bytesAvailable(), 64 * 1024));
    // One single-line positive answer is the reply to our own pipelined
    // NOOP; anything more is text we did not ask for.
    if (const QByteArray answer = m_injection->ownAnswerBeforeTls(injected); !answer.isEmpty()) {
        recordServerLine(answer);
        recordEvent(tr("The server answered the pipelined NOOP before TLS; discarded"));
        injected.clear();
    }
    if (!injected.isEmpty()) {
        f.injectedAfterUpgrade = injected.left(4096);
        for (const QByteArray &l : injected.split('\n')) {
            if (!l.isEmpty())
                recordServerLine(l);
        }
        recordEvent(tr("%1 bytes of plain text arrived after the upgrade reply; discarded")
                        .arg(injected.size()));
    }
    finishStep(
        injected.isEmpty() ? StepStatus::Ok : StepStatus::Error,
        injected.isEmpty()
            ? replySummary(reply)
            : tr("Plain text arrived after the upgrade reply (%1 bytes)").arg(injected.size()),
        {{QStringLiteral("capabilities_before_tls"), m_report.capabilitiesBeforeTls}});
    m_reader.clear();
    beginHandshake();
}

void InspectionPrivate::onQuitReply(const Reply &reply)
{
    m_report.facts.quitAnswered = true;
    if (rejectLateReply(m_lastVerb))
        return;
    finishStep(reply.isPositive() ? StepStatus::Ok : StepStatus::Warning, replySummary(reply));
    if (m_socket)
        m_socket->disconnectFromHost();
    finish();
}

void InspectionPrivate::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished || !m_socket)
        return;
    const QString message = m_socket->errorString();
    switch (m_phase) {
    case Phase::Connecting:
        if (tryNextAddress(message))
            return;
        m_report.facts.connectOutcome = error == QAbstractSocket::ConnectionRefusedError
            ? ConnectOutcome::Refused
            : error == QAbstractSocket::SocketTimeoutError ? ConnectOutcome::Timeout
                                                           : ConnectOutcome::NetworkError;
        m_report.facts.connectError = message;
        recordEvent(tr("Connection failed: %1").arg(message));
        finishStep(StepStatus::Error,
                   error == QAbstractSocket::ConnectionRefusedError
                       ? tr("Connection refused: nothing listens on port %1").arg(m_report.port)
                       : message);
        finish();
        return;
    case Phase::Handshake: {
        m_report.tls.handshakeError = message;
        if (error == QAbstractSocket::RemoteHostClosedError) {
            m_report.facts.closedByServer = true;
            m_report.facts.closedDuringStep = StepId::TlsHandshake;
        }
        recordEvent(tr("TLS handshake failed: %1").arg(message));
        finishStep(StepStatus::Error, tr("TLS handshake failed: %1").arg(message),
                   {{QStringLiteral("error"), message},
                    {QStringLiteral("alerts_sent"), m_report.tls.alertsSent},
                    {QStringLiteral("alerts_received"), m_report.tls.alertsReceived}});
        dropSocket();
        // A plain-text greeting read as a TLS record is the tell-tale of
        // SSL/TLS chosen for a STARTTLS or plain port.
        // A server that sent a TLS alert speaks TLS: the mode is right.
        if (m_report.security == Security::ImplicitTls && m_report.tls.alertsReceived.isEmpty())
            finishWithModeCheck(Security::StartTls, message);
        else
            finish();
        return;
    }
    case Phase::Quit:
        // A close without close_notify after goodbye is harmless.
        finishStep(StepStatus::Ok, tr("The server closed the connection"));
        finish();
        return;
    default:
        break;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    recordEvent(tr("Connection error: %1").arg(message));
    failStep(message);
}

void InspectionPrivate::onDisconnected()
{
    if (m_finished)
        return;
    if (m_phase == Phase::Quit) {
        recordEvent(tr("Connection closed"));
        finishStep(StepStatus::Ok,
                   m_report.facts.quitAnswered ? tr("Goodbye")
                                               : tr("The server closed the connection"));
        finish();
        return;
    }
    if (m_phase == Phase::Handshake)
        return; // reported through errorOccurred
    m_report.facts.closedByServer = true;
    if (Step *s = currentStep())
        m_report.facts.closedDuringStep = s->id;
    const bool midLine = readsLines(m_phase) && recordUnterminated(true);
    recordEvent(tr("The server closed the connection"));
    if (m_phase == Phase::Greeting && m_report.facts.firstGreetingByteMs < 0)
        m_report.facts.greetingReceived = false;
    finishStep(StepStatus::Error,
               midLine ? tr("The server closed the connection in the middle of "
                            "a line")
                       : tr("The server closed the connection"));
    finish();
}

void InspectionPrivate::onTimeout()
{
    if (m_finished)
        return;
    const double seconds = m_request.timeoutMs / 1000.0;
    // Bytes without a line end are what the server said, not silence.
    const bool midLine = readsLines(m_phase) && recordUnterminated(false);
    switch (m_phase) {
    case Phase::InjectionWait:
        recordEvent(tr("Injection check: no answer to the NOOP inside TLS (good)"));
        beginCapabilities(Expect::CapabilitiesAfterTls);
        return;
    case Phase::Resolving:
        stopLookup();
        m_report.facts.resolveTimedOut = true;
        m_report.facts.dnsOutcome = DnsOutcome::LookupFailed;
        m_report.facts.connectOutcome = ConnectOutcome::HostNotFound;
        finishStep(StepStatus::Error, tr("No answer from DNS within %1 s").arg(seconds));
        finish();
        return;
    case Phase::Connecting:
        if (tryNextAddress(tr("no answer within %1 s").arg(seconds)))
            return;
        m_report.facts.connectOutcome = ConnectOutcome::Timeout;
        recordEvent(tr("No answer to the connection attempt within %1 s").arg(seconds));
        finishStep(
            StepStatus::Error,
            tr("No answer within %1 s: the port is probably filtered by a firewall").arg(seconds));
        dropSocket();
        finish();
        return;
    case Phase::Greeting:
        m_report.facts.greetingTimedOut = true;
        if (midLine) {
            // A server that spoke is no implicit-TLS port waiting for a
            // ClientHello: no follow-up in the other mode.
            failStep(tr("The greeting never ended: no line end within %1 s").arg(seconds));
            return;
        }
        recordEvent(tr("No greeting within %1 s").arg(seconds));
        finishStep(StepStatus::Error,
                   tr("Connected, but the server said nothing for %1 s").arg(seconds));
        dropSocket();
        // Silence is what an implicit-TLS port does to a plain client.
        if (m_report.security != Security::ImplicitTls && implicitTlsPort(m_request.protocol) != 0)
            finishWithModeCheck(Security::ImplicitTls, tr("no greeting"));
        else
            finish();
        return;
    case Phase::Handshake:
        m_report.facts.timedOutStep = StepId::TlsHandshake;
        m_report.tls.handshakeError = tr("no answer within %1 s").arg(seconds);
        recordEvent(tr("TLS handshake timed out"));
        finishStep(StepStatus::Error, tr("TLS handshake timed out after %1 s").arg(seconds));
        dropSocket();
        if (m_report.security == Security::ImplicitTls)
            finishWithModeCheck(Security::StartTls, tr("handshake timed out"));
        else
            finish();
        return;
    case Phase::Quit:
        finishStep(
            midLine ? StepStatus::Error : StepStatus::Warning,
            midLine
                ? tr("The answer to the goodbye never ended: no line end within %1 s").arg(seconds)
                : tr("No answer to the goodbye within %1 s").arg(seconds));
        dropSocket();
        finish();
        return;
    default:
        if (Step *s = currentStep())
            m_report.facts.timedOutStep = s->id;
        if (midLine) {
            failStep(tr("The reply never ended: no line end within %1 s").arg(seconds));
            return;
        }
        recordEvent(tr("No reply within %1 s").arg(seconds));
        failStep(tr("No reply within %1 s").arg(seconds));
        return;
    }
}

// --- what the server said unasked, or never finished --------------------

// Called when a step ends without a complete line: whatever arrived is shown
// as the server's line, marked unterminated, and kept as a fact.
bool InspectionPrivate::recordUnterminated(bool closed)
{
    if (m_reader.overflowed() || m_reader.pendingBytes() <= 0)
        return false;
    const QByteArray bytes = m_redactor.removeKnownSecrets(m_reader.takePending());
    QString text = unterminatedText(bytes.left(maxUnterminatedShown));
    if (bytes.size() > maxUnterminatedShown)
        text += QChar(0x2026);
    appendTranscript(Direction::Server, m_inTls, text, true);
    // A line end inside what is pending means a literal ({N}) came up short.
    const bool literal = m_dialect->usesLiterals() && bytes.contains('\n');
    SessionFacts &f = m_report.facts;
    const Step *s = currentStep();
    f.unterminatedLineStep = s ? s->id : StepId::Greeting;
    f.unterminatedLine = text;
    f.unterminatedLineBytes = bytes.size();
    f.unterminatedLineClosed = closed;
    f.unterminatedLineLiteral = literal;
    recordEvent(literal ? tr("The line above never ended: the server announced a literal and "
                             "sent fewer bytes than it announced (%1 bytes in all)")
                              .arg(bytes.size())
                        : tr("The line above never ended: %1 bytes arrived without a line end")
                              .arg(bytes.size()));
    return true;
}

// The first line that would be read as (part of) a reply, if any.
std::optional<QByteArray> InspectionPrivate::firstReplyLine(const QList<QByteArray> &lines) const
{
    for (const QByteArray &line : lines) {
        if (!m_dialect->isUnsolicitedAllowed(line))
            return line;
    }
    return std::nullopt;
}

void InspectionPrivate::recordUnsolicited(const QList<QByteArray> &lines, const QString &violation)
{
    for (int i = 0; i < lines.size() && i < maxUnsolicitedShown; ++i)
        recordServerLine(lines.at(i));
    if (lines.size() > maxUnsolicitedShown)
        recordEvent(
            tr("%n more line(s) not shown", nullptr, int(lines.size() - maxUnsolicitedShown)));
    SessionFacts &f = m_report.facts;
    f.protocolViolation = violation;
    f.protocolViolationStep = currentStep() ? currentStep()->id : StepId::Greeting;
    recordEvent(tr("A reply no command asked for: %1").arg(violation));
}

// A reply comes after its command. Whatever is already buffered when a
// command goes out was sent before the server could have read it; taken as
// the answer, a stale "250 ok" would pass for the reply to QUIT. IMAP allows
// untagged responses at any time; anything else buffered is unsolicited.
bool InspectionPrivate::rejectEarlyReply(const QByteArray &command, Expect what)
{
    if (m_injection->answerOwed())
        return false; // the answer owed to the pipelined NOOP may be among them
    LineReader early = m_reader;
    if (m_socket->bytesAvailable() > 0)
        early.append(m_socket->peek(LineReader::defaultMaxLineLength));
    const QList<QByteArray> lines = bufferedLines(early, true);
    const std::optional<QString> shown = unsolicitedReply(lines);
    if (!shown)
        return false;
    // The verb only: a login command carries secrets.
    const QString name
        = what == Expect::Authenticate ? tr("the next login command") : m_dialect->verbOf(command);
    recordUnsolicited(lines,
                      tr("\"%1\" arrived before mailinspect sent %2, so it cannot be the "
                         "answer to it")
                          .arg(*shown, name));
    failStep(tr("The server answered before it was asked: \"%1\" arrived before %2 was sent")
                 .arg(*shown, name));
    return true;
}

// After the answer to the goodbye nothing is owed; IMAP may still add
// untagged lines.
bool InspectionPrivate::rejectLateReply(const QString &answered)
{
    if (m_injection->answerOwed())
        return false;
    const QList<QByteArray> lines = bufferedLines(m_reader, false);
    const std::optional<QString> shown = unsolicitedReply(lines);
    if (!shown)
        return false;
    recordUnsolicited(lines,
                      tr("\"%1\" arrived after the server had already answered %2; no "
                         "command was waiting for it")
                          .arg(*shown, answered));
    failStep(tr("More replies than commands: \"%1\" arrived after the answer to %2")
                 .arg(*shown, answered));
    return true;
}

// The complete lines a copy of a reader holds, and with withPartial the bytes
// of a line not ended yet.
QList<QByteArray> InspectionPrivate::bufferedLines(LineReader reader, bool withPartial)
{
    QList<QByteArray> lines;
    while (std::optional<QByteArray> line = reader.nextLine())
        lines.append(*line);
    const QByteArray partial
        = withPartial && !reader.overflowed() ? reader.takePending() : QByteArray();
    if (!partial.isEmpty())
        lines.append(partial);
    return lines;
}

// The first line among lines that is a reply (not an IMAP untagged one), as
// the report shows it; kept as the fact.
std::optional<QString> InspectionPrivate::unsolicitedReply(const QList<QByteArray> &lines)
{
    const std::optional<QByteArray> first = firstReplyLine(lines);
    if (!first)
        return std::nullopt;
    const QString shown = transcriptText(m_redactor.removeKnownSecrets(*first)).left(120);
    m_report.facts.unsolicitedReply = shown;
    return shown;
}

// The whole inspection ran out of time: the running step ends as an error,
// the connection closes, nothing further is tried.
void InspectionPrivate::onDeadline()
{
    if (m_finished)
        return;
    SessionFacts &f = m_report.facts;
    f.deadlineExceeded = true;
    f.deadlineMs = m_request.deadlineMs;
    stopLookup();
    if (m_probe) {
        m_probe->cancel();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (readsLines(m_phase))
        recordUnterminated(false);
    const Step *s = currentStep();
    f.deadlineStep = s ? s->id : StepId::Resolve;
    const double seconds = m_request.deadlineMs / 1000.0;
    recordEvent(
        tr("The deadline of %1 s for the whole inspection was reached; stopping").arg(seconds));
    finishStep(
        StepStatus::Error,
        tr("Stopped: the deadline of %1 s for the whole inspection was reached").arg(seconds));
    dropSocket();
    finish();
}

void InspectionPrivate::finishWithModeCheck(Security otherMode, const QString &reason)
{
    if (!m_request.confirmWrongMode || m_finished) {
        finish();
        return;
    }
    m_phase = Phase::ModeCheck;
    beginStep(StepId::ModeCheck);
    m_timer.stop(); // the probe has its own deadlines
    recordEvent(tr("Trying %1 on the same port to confirm (%2)")
                    .arg(securityDisplayName(otherMode), reason));
    m_probe = new ModeProbe(ModeProbe::optionsFor(m_request, QHostAddress(m_report.connectAddress),
                                                  m_report.port, otherMode),
                            q);
    QObject::connect(
        m_probe, &ModeProbe::lineRecorded, q,
        [this](Direction dir, bool tls, const QString &text) { appendTranscript(dir, tls, text); });
    QObject::connect(m_probe, &ModeProbe::finished, q, [this, otherMode] {
        const ModeProbe::Result r = m_probe->result();
        r.recordInto(m_report.facts, otherMode);
        const QString outcome = r.succeeded
            ? tr("%1 works on this port: %2").arg(securityDisplayName(otherMode), r.evidence)
            : tr("%1 does not work either: %2").arg(securityDisplayName(otherMode), r.evidence);
        // How the attempt ended (its timeout too) is in the transcript, not
        // only in the step's summary.
        recordEvent(outcome);
        finishStep(r.succeeded ? StepStatus::Warning : StepStatus::Skipped, outcome,
                   {{QStringLiteral("security"), securityName(otherMode)},
                    {QStringLiteral("succeeded"), r.succeeded},
                    {QStringLiteral("evidence"), r.evidence}});
        m_probe->deleteLater();
        m_probe = nullptr;
        finish();
    });
    m_probe->start();
}

void InspectionPrivate::cancel()
{
    if (m_finished)
        return;
    if (!m_started) {
        m_started = true;
        m_clock.start();
        m_report.started = QDateTime::currentDateTimeUtc();
    }
    m_report.facts.cancelled = true;
    stopLookup();
    if (m_probe) {
        m_probe->cancel();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    recordEvent(tr("Cancelled"));
    // Skipped in the report's status words, but it ran: the details say it
    // was cut short, so views show its time and "cancelled", not "skipped".
    finishStep(StepStatus::Skipped, tr("Cancelled"), {{QStringLiteral("cancelled"), true}});
    dropSocket();
    finish();
}

void InspectionPrivate::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_phase = Phase::Done;
    m_timer.stop();
    m_deadline.stop();
    // Any step still running ends now.
    for (int i = 0; i < m_report.steps.size(); ++i) {
        Step &s = m_report.steps[i];
        if (s.status == StepStatus::Running) {
            s.status = StepStatus::Skipped;
            s.endMs = now();
            if (m_report.facts.cancelled)
                s.details.insert(QStringLiteral("cancelled"), true);
            Q_EMIT q->stepFinished(i);
        }
    }
    if (m_socket) {
        // After our goodbye the close may be graceful; otherwise cut it.
        Transport *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(q);
        if (socket->isOpen() && !m_report.facts.quitAnswered)
            socket->abort();
        QObject::connect(socket, &Transport::disconnected, socket, &QObject::deleteLater);
        if (!socket->isOpen())
            socket->deleteLater();
        else
            QTimer::singleShot(2000, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
    }
    m_report.durationMs = now();
    // A login asked for that the session never reached (it ended early).
    if (!m_request.user.isEmpty() && m_report.login.result == LoginFacts::Result::Skipped) {
        m_report.login.user = m_request.user;
        m_report.login.result = LoginFacts::Result::NotTried;
        m_report.login.obstacle = LoginFacts::Obstacle::ConnectionEnded;
    }
    if (m_droppedLines > 0) {
        TranscriptEvent e;
        e.tMs = m_report.durationMs;
        e.text
            = tr("Transcript limit reached: %n more line(s) not kept", nullptr, int(m_droppedLines))
            + QLatin1Char(' ')
            + tr("(%1 KiB of text)").arg(QString::number(m_droppedChars / 1024.0, 'f', 1));
        m_report.transcript.append(e);
        Q_EMIT q->transcriptAppended(int(m_report.transcript.size() - 1));
    }
    // One pass over every field before the diagnosis reads them: no secret, no
    // hidden character, nothing unbounded. The findings quote those fields;
    // they get the same treatment once made.
    forEachReportText(m_report, [this](QString &text) { text = recordedText(text); });
    m_report.facts.injectedAfterUpgrade
        = m_redactor.removeKnownSecrets(m_report.facts.injectedAfterUpgrade);
    boundReport(m_report);
    m_report.findings = Diagnosis::diagnose(m_report);
    for (Finding &f : m_report.findings) {
        for (QString *text : {&f.title, &f.explanation, &f.fix})
            *text = recordedText(*text);
    }
    m_report.finished = true;
    qCDebug(lcSession) << "finished:" << verdictName(m_report.verdict()) << "with"
                       << m_report.findings.size() << "findings";
    // Observers may delete the inspection from finished(); deliver it from
    // the event loop so no caller is inside our stack when that happens.
    QTimer::singleShot(0, q, [this] { Q_EMIT q->finished(); });
}

// --- public -----------------------------------------------------------------

Inspection::Inspection(InspectionRequest request, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<InspectionPrivate>(this, std::move(request)))
{ }

Inspection::~Inspection()
{
    d->stopLookup();
}

void Inspection::setTransportFactory(TransportFactory factory)
{
    d->m_transportFactory = std::move(factory);
}

void Inspection::start()
{
    d->start();
}

void Inspection::cancel()
{
    d->cancel();
}

bool Inspection::isRunning() const
{
    return d->m_started && !d->m_finished;
}

bool Inspection::isFinished() const
{
    return d->m_finished;
}

const Report &Inspection::report() const
{
    return d->m_report;
}

const InspectionRequest &Inspection::request() const
{
    return d->m_request;
}

} // namespace MailInspect
