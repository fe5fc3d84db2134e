// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/protocol.h"
#include "protocol/replycode.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace MailInspect {

/// The steps of an inspection, in the order they can happen. The ids are
/// part of the report contract (PRODUCT.md).
enum class StepId {
    Resolve,
    Connect,
    Greeting,
    Capabilities,
    StartTls,
    TlsHandshake,
    Certificate,
    CapabilitiesAfterTls,
    Authenticate,
    Quit,
    ModeCheck, ///< follow-up attempt in the other security mode (diagnosis)
    // After a successful login (AccountFacts); added after the first release.
    Mailbox, ///< IMAP EXAMINE INBOX (read-only), POP3 STAT
    Quota, ///< IMAP GETQUOTAROOT INBOX
    Sender, ///< SMTP MAIL FROM: may this login send as this address?
    Recipient, ///< SMTP RCPT TO
    Reset, ///< SMTP RSET: the test envelope is dropped, no message is ever sent
};

enum class StepStatus { Running, Ok, Warning, Error, Skipped };

QString stepIdName(StepId id); // "resolve", "tls-handshake", ...
std::optional<StepId> stepIdFromName(const QString &name);
QList<StepId> allStepIds(); ///< every step id, in timeline order
QString stepDisplayName(StepId id); // "TLS handshake", translated
QString stepStatusName(StepStatus status); // "ok", "warning", ...
std::optional<StepStatus> stepStatusFromName(const QString &name);

/// One step on the timeline.
struct Step
{
    StepId id = StepId::Resolve;
    StepStatus status = StepStatus::Running;
    double startMs = 0;
    double endMs = -1; ///< -1 while running
    QString summary; ///< one line for people
    QVariantMap details; ///< structured facts shown beside the step (JSON object)

    bool operator==(const Step &) const = default;
};

enum class Direction { Client, Server, Event };
QString directionName(Direction direction); // "client", "server", "event"

/// One transcript entry: a line the client sent, a line the server sent, or
/// something that happened (connected, TLS started, alert, closed).
struct TranscriptEvent
{
    double tMs = 0;
    Direction direction = Direction::Event;
    bool tls = false; ///< travelled inside TLS
    QString text; ///< the line without CRLF; non-printable bytes as \xNN; secrets redacted
    int stepIndex = -1; ///< index into Report::steps of the step it belongs to
    /// A server line that never got its line end (the connection went quiet
    /// or closed first); a trailing bare CR shows in `text` as \x0d.
    bool unterminated = false;

    bool operator==(const TranscriptEvent &) const = default;
};

/// One certificate of the peer's chain, as the report shows it.
struct CertificateInfo
{
    QString subject; ///< e.g. "CN=mail.example.com, O=Example"
    QString issuer;
    QString commonName;
    QDateTime notBefore; ///< UTC
    QDateTime notAfter; ///< UTC
    QString sha256; ///< "AB:CD:..."
    QStringList subjectAltNames; ///< DNS names and IP addresses
    QString publicKey; ///< "RSA 2048", "EC 256"
    QString serialNumber;
    bool selfSigned = false;
    QByteArray pem;

    bool operator==(const CertificateInfo &) const = default;
};

/// A verification problem, kept as a typed value (QSslError::SslError as int)
/// plus the backend's words, and which certificate it concerns.
struct CertificateProblem
{
    int code = 0; ///< QSslError::SslError
    QString message;
    int certificateIndex = -1; ///< into TlsInfo::chain, -1 when not tied to one
    bool isNameProblem = false; ///< HostNameMismatch: the name, not the trust

    bool operator==(const CertificateProblem &) const = default;
};

/// TLS handshake facts.
struct TlsInfo
{
    bool attempted = false;
    bool established = false;
    QString protocol; ///< "TLSv1.3"
    QString cipher; ///< "TLS_AES_256_GCM_SHA384"
    QString keyExchange; ///< e.g. "ECDH" or "X25519 253"
    QString sni; ///< server name sent in the ClientHello
    QString verifiedName; ///< name checked against the certificate
    bool verified = false; ///< trusted chain and matching name
    bool trusted = false; ///< the chain leads to a trusted CA
    bool nameMatches = false;
    QList<CertificateProblem> problems;
    QStringList alertsSent;
    QStringList alertsReceived;
    QString handshakeError; ///< the backend's words when the handshake failed
    QList<CertificateInfo> chain;

    bool operator==(const TlsInfo &) const = default;
};

enum class Severity { Error, Warning, Info };
QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);

/// What a finding is about. The verdict describes the connection and reads
/// only Connection findings: a refused login or a full mailbox is an error of
/// its own (it sets the exit status) without making a secure connection
/// insecure.
enum class FindingTopic {
    Connection,
    Login, ///< the login: refused, not possible, a bad server proof
    Account, ///< after the login: the mailbox, the quota, sender and recipient
};
QString findingTopicName(FindingTopic topic); // "connection", "login", "account"
std::optional<FindingTopic> findingTopicFromName(const QString &name);

/// A diagnosis: what is wrong and what to change.
struct Finding
{
    QString id; ///< stable id from PRODUCT.md, e.g. "certificate-expired"
    Severity severity = Severity::Error;
    StepId step = StepId::Connect;
    QString title;
    QString explanation;
    QString fix;
    FindingTopic topic = FindingTopic::Connection;

    bool operator==(const Finding &) const = default;
};

/// How a connection attempt ended, as a typed value for the diagnosis.
enum class ConnectOutcome { NotAttempted, Connected, HostNotFound, Refused, Timeout, NetworkError };

/// How the name lookup ended, told apart as a help desk needs it: a name
/// that does not exist, a name without an address (the domain typed instead
/// of the mail server), or a lookup that failed (no resolver, timeout,
/// SERVFAIL). ConnectOutcome::HostNotFound covers all three.
enum class DnsOutcome { NotLookedUp, Ok, NoSuchName, NoAddress, LookupFailed };

/// "not-looked-up", "ok", "no-such-name", "no-address", "lookup-failed".
QString dnsOutcomeName(DnsOutcome outcome);
std::optional<DnsOutcome> dnsOutcomeFromName(const QString &name);

/// Typed facts the session records as it goes, so the diagnosis never has to
/// re-parse protocol text.
struct SessionFacts
{
    QStringList resolvedAddresses;
    bool resolveTimedOut = false;
    DnsOutcome dnsOutcome = DnsOutcome::NotLookedUp;
    QString dnsServer; ///< the DNS server asked (--dns-server), "" for the system's resolver
    QString dnsError; ///< why the lookup found nothing, in the resolver's or our words
    QStringList dnsMailHosts; ///< no address: the hosts the name's MX/SRV records name
    ConnectOutcome connectOutcome = ConnectOutcome::NotAttempted;
    QString connectError;

    bool greetingReceived = false;
    bool greetingTimedOut = false;
    double greetingDelayMs = -1; ///< connect (or TLS) to the final greeting line
    double firstGreetingByteMs = -1; ///< connect to the first byte
    ReplyCode greetingReply; ///< typed: status, SMTP code (.code), response code
    QString greetingStatus; ///< as sent: IMAP "OK"/"PREAUTH"/"BYE", POP3 "+OK"/"-ERR"
    QStringList greetingLines;
    bool greetingMultiline = false;

    bool heloFallback = false; ///< EHLO refused, HELO accepted
    ReplyCode capabilityReply; ///< the reply to EHLO/CAPABILITY/CAPA, typed
    bool capabilityCommandFailed = false;
    QStringList capabilityReplyLines;

    bool starttlsOffered = false;
    bool starttlsAttempted = false;
    bool starttlsAccepted = false;
    ReplyCode starttlsReply; ///< typed; .code is the SMTP/LMTP code
    QString starttlsReplyStatus; ///< as sent: IMAP "OK"/"NO"/"BAD", POP3 "+OK"/"-ERR"
    QString starttlsReplyText;
    QByteArray injectedAfterUpgrade; ///< plain bytes after the upgrade reply, before TLS
    bool preauth = false;

    bool closedByServer = false;
    std::optional<StepId> closedDuringStep;
    bool lineTooLong = false;
    std::optional<StepId> lineTooLongStep;
    QString protocolViolation; ///< what was wrong, when a reply was not valid
    std::optional<StepId> protocolViolationStep;
    QList<int> replyCodes; ///< every SMTP-style reply code seen, in order

    bool quitSent = false;
    bool quitAnswered = false;
    bool cancelled = false;

    /// Wrong-security-mode follow-up (filled by the mode check).
    bool modeCheckRan = false;
    Security modeCheckSecurity = Security::Auto;
    bool modeCheckSucceeded = false;
    QString modeCheckEvidence;

    // Added for the diagnosis (issue 4); the session fills them.

    /// A step whose reply never came within the timeout. The greeting has
    /// greetingTimedOut; this covers the later steps (EHLO, STARTTLS, ...).
    std::optional<StepId> timedOutStep;

    /// Login, when the user asked for one.
    bool authAttempted = false;
    bool authSucceeded = false;
    ReplyCode authReply; ///< the final reply to the login, typed (enhanced code, ...)
    QString authReplyStatus; ///< as sent: IMAP "NO"/"BAD", POP3 "-ERR", Sieve "NO"
    QString authReplyText; ///< the server's words, e.g. "5.7.8 Authentication failed"

    /// Opt-in STARTTLS command injection probe (CVE-2011-0411).
    bool injectionCheckRan = false;
    /// A reply to the command pipelined with STARTTLS arrived inside TLS.
    bool injectionDetected = false;
    QString injectionEvidence; ///< that reply, as the server sent it

    /// Bytes that never became a complete line before a timeout, the
    /// deadline or a close (the "greeting" without CRLF, a slow drip, an IMAP
    /// literal cut short). Set when it happened; the text is as the
    /// transcript shows it, clipped.
    std::optional<StepId> unterminatedLineStep;
    QString unterminatedLine;
    qint64 unterminatedLineBytes = 0;
    bool unterminatedLineClosed = false; ///< the server closed (else it went quiet)
    bool unterminatedLineLiteral = false; ///< an announced IMAP/Sieve literal came up short

    /// A reply no command asked for (sent ahead of the command, or more
    /// replies than commands), as the transcript shows it. The sentence
    /// saying when is in protocolViolation.
    QString unsolicitedReply;

    /// The whole-inspection deadline (InspectionRequest::deadlineMs) ran out.
    bool deadlineExceeded = false;
    int deadlineMs = 0;
    std::optional<StepId> deadlineStep; ///< the step that was running

    bool operator==(const SessionFacts &) const = default;
};

/// The login, when one was asked for: what was tried and how it ended. The
/// connection's verdict does not depend on it; its findings do.
struct LoginFacts
{
    enum class Result {
        Skipped, ///< not asked for (no user name given)
        NotTried, ///< asked for, none attempted: no usable mechanism, no AUTH, password held back
        Ok, ///< attempted and accepted
        Refused, ///< attempted and not accepted, whatever the reason (a bad server proof too)
    };
    /// Why no login was attempted (result NotTried).
    enum class Obstacle {
        None,
        NotOffered, ///< the server offers no login here (no AUTH, LOGINDISABLED, no SASL)
        NoSuitableMechanism, ///< offered, but no mechanism fits the credentials given
        MechanismNotOffered, ///< the mechanism the user chose is not offered
        NotEncrypted, ///< plain text, and the user did not allow a login without encryption
        CertificateUnverified, ///< inside TLS, but the certificate did not verify
        ConnectionEnded, ///< the session ended before the login could start
    };
    Result result = Result::Skipped;
    Obstacle obstacle = Obstacle::None;
    QString mechanism; ///< the SASL name ("SCRAM-SHA-256"); IMAP's LOGIN command is "LOGIN",
                       ///< POP3's USER/PASS "USER"
    QString user; ///< the user name as given (never the password or token)
    QString choice; ///< why this mechanism, in plain words (asked for, or the automatic choice)
    QString notTriedReason; ///< why none was attempted, in plain words
    QStringList offered; ///< the mechanisms the server offered, as it named them
    bool serverProofInvalid = false; ///< SCRAM: the server's signature did not verify
    QString oauthStatus; ///< RFC 7628 error challenge: "status" ("invalid_token", "401", ...)
    QString oauthScope; ///< ... its "scope"
    QString oauthConfiguration; ///< ... its "openid-configuration"

    bool operator==(const LoginFacts &) const = default;
};

QString loginResultName(LoginFacts::Result result); ///< "ok", "refused", "not-tried", "skipped"
std::optional<LoginFacts::Result> loginResultFromName(const QString &name);
/// "not-offered", "no-suitable-mechanism", "mechanism-not-offered", "not-encrypted",
/// "certificate-unverified", "connection-ended"; "" for None
QString loginObstacleName(LoginFacts::Obstacle obstacle);
std::optional<LoginFacts::Obstacle> loginObstacleFromName(const QString &name);

/// After a successful login, when asked for (InspectionRequest::checkMailbox,
/// mailFrom, rcptTo): the inbox, its quota, and whether this login may send
/// as a sender and to a recipient. Counts are -1 when unknown.
struct AccountFacts
{
    bool mailboxChecked = false; ///< IMAP EXAMINE INBOX or POP3 STAT was sent
    ReplyCode mailboxReply;
    QString mailboxReplyText; ///< the server's words, escaped and redacted
    qint64 messages = -1; ///< messages in the inbox
    qint64 mailboxBytes = -1; ///< POP3 STAT: their size in bytes
    bool quotaChecked = false; ///< IMAP GETQUOTAROOT INBOX was sent (QUOTA offered)
    ReplyCode quotaReply;
    QString quotaResource; ///< the fullest resource: "STORAGE" (in KiB) or "MESSAGE"
    qint64 quotaUsage = -1;
    qint64 quotaLimit = -1;
    /// Why an answer could not be read (numbers out of range, garbage), for people.
    QString problem;
    QString mailFrom; ///< the sender tested, as given
    ReplyCode senderReply;
    QString senderReplyText;
    QString rcptTo; ///< the recipient tested, as given
    ReplyCode recipientReply;
    QString recipientReplyText;
    bool resetSent = false; ///< RSET after the test envelope (never DATA)

    bool operator==(const AccountFacts &) const = default;
};

/// The result of one inspection: the single source of truth every view
/// and writer reads.
struct Report
{
    QString toolVersion;
    QString tlsBackend; ///< e.g. "OpenSSL 3.0.17"

    // Target
    QString targetAsTyped;
    QString host;
    quint16 port = 0;
    Protocol protocol = Protocol::Smtp;
    Security security = Security::StartTls; ///< never Auto in a report
    QString connectAddress; ///< the address actually connected to
    QString requestedConnectAddress; ///< --connect-address as given

    QDateTime started; ///< UTC wall clock at the start
    double durationMs = 0;

    QList<Step> steps;
    QList<TranscriptEvent> transcript;
    QStringList capabilitiesBeforeTls;
    QStringList capabilitiesAfterTls;
    TlsInfo tls;
    SessionFacts facts;
    LoginFacts login;
    AccountFacts account;
    QList<Finding> findings;
    bool finished = false;

    enum class Verdict { Secure, Insecure, Failed };
    Verdict verdict() const;

    const Step *step(StepId id) const; ///< last step with that id, or nullptr
    bool hasErrorFinding() const; ///< any topic: the exit status
    bool hasErrorFinding(FindingTopic topic) const;
};

QString verdictName(Report::Verdict verdict); // "secure", "insecure", "failed"

/// Turns raw protocol bytes into one transcript line: CR/LF stripped at the
/// end, the rest through untrustedText() (untrustedtext.h).
QString transcriptText(const QByteArray &line);

/// The one table of the report's text fields: calls f on every string a
/// Report holds (step summaries and details, transcript, capabilities, TLS and
/// certificate fields, session facts, findings). Redaction and neutralisation
/// go through it, so no field is forgotten.
void forEachReportText(Report &report, const std::function<void(QString &)> &f);
/// The same for one step's details (nested lists and maps included).
void forEachDetailText(QVariantMap &details, const std::function<void(QString &)> &f);

/// What a report keeps, so a hostile server cannot make a report (and every
/// export of it) grow without bound. The inspection keeps the transcript
/// within its budget and says in the transcript how much it did not keep;
/// boundReport() clips every other field.
namespace ReportLimits {
/// Characters of one transcript line (after escaping; a line on the wire may be 64 KiB).
constexpr qsizetype maxTranscriptLineChars = 4 * 1024;
/// Characters of the whole transcript.
constexpr qsizetype maxTranscriptChars = 512 * 1024;
/// Characters of any other text field.
constexpr qsizetype maxFieldChars = 8 * 1024;
/// Entries of any list (capabilities, reply lines, names in a certificate).
constexpr qsizetype maxListItems = 256;
/// Characters of one entry of such a list.
constexpr qsizetype maxListItemChars = 512;
/// Certificates of a chain.
constexpr qsizetype maxCertificates = 16;
} // namespace ReportLimits

/// text, or its first maxChars characters and how many were not kept.
QString clipText(const QString &text, qsizetype maxChars);
/// Clips every field to ReportLimits (the transcript excepted).
void boundReport(Report &report);

/// Escapes every hidden character (visibleText) in every text field: done when
/// an inspection finishes and when a report is read from a file.
void neutraliseReport(Report &report);

} // namespace MailInspect
