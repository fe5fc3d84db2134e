// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis.h"

#include "findingtexts.h"

#include "protocol/dialect.h"
#include "protocol/loginrefusal.h"

#include <QSet>
#include <QSslError>

#include <algorithm>

// The rules read the typed facts the session recorded (Report::facts,
// Report::tls, the capability lists) and never re-parse the transcript.
//
// They run in order of how decisive a finding is: the first error explains
// the failure best (no connection at all, then the wrong security mode, then
// a refusal at the door, ...). A later rule that would only describe a
// consequence of an earlier finding stays quiet - "STARTTLS not offered"
// after a 450 greeting would send the help desk the wrong way. Finally the
// list is ordered errors, warnings, infos, keeping that order within each.

namespace MailInspect::Diagnosis {

namespace {

using Findings = QList<Finding>;

bool has(const Findings &out, const char *id)
{
    const QString name = QString::fromLatin1(id);
    return std::any_of(out.cbegin(), out.cend(), [&](const Finding &f) { return f.id == name; });
}

bool hasError(const Findings &out)
{
    return std::any_of(out.cbegin(), out.cend(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

// The protocol's words (verbs, capabilities, how a login is offered) come
// from its dialect; the rules only read typed facts.
const Dialect &dialectOf(const Report &r)
{
    return dialectFor(r.protocol);
}

// A server's words can be long or hostile; a finding quotes a readable piece.
QString clip(QString text, qsizetype max = 300)
{
    text = text.simplified();
    if (text.size() > max)
        text = text.left(max) + QChar(0x2026);
    return text;
}

QString words(const QStringList &lines)
{
    return clip(lines.join(QStringLiteral(" / ")));
}

// "454 4.7.0 TLS not available" whether or not the session kept the code in the text.
QString withCode(int code, const QString &status, const QString &text)
{
    QString prefix = code > 0 ? QString::number(code) : status;
    if (prefix.isEmpty() || text.startsWith(prefix))
        return clip(text);
    return clip(text.isEmpty() ? prefix : prefix + QLatin1Char(' ') + text);
}

QString addressOf(const Report &r)
{
    if (!r.connectAddress.isEmpty())
        return r.connectAddress;
    if (!r.facts.resolvedAddresses.isEmpty())
        return r.facts.resolvedAddresses.constFirst();
    return r.requestedConnectAddress;
}

/// "mail.example.com (192.0.2.1)", or only the address when the host is that
/// address: never "127.0.0.1 (127.0.0.1)".
QString hostAndAddress(const Report &r)
{
    const QString address = addressOf(r);
    if (address.isEmpty() || address == r.host)
        return r.host;
    return QStringLiteral("%1 (%2)").arg(r.host, address);
}

QString stepName(StepId step)
{
    return stepDisplayName(step);
}

double stepDurationMs(const Report &r, StepId id)
{
    const Step *s = r.step(id);
    if (!s || s->endMs < 0)
        return 0;
    return s->endMs - s->startMs;
}

bool wrongModeConfirmed(const Report &r)
{
    const SessionFacts &f = r.facts;
    return f.modeCheckRan && f.modeCheckSucceeded && f.modeCheckSecurity != Security::Auto
        && f.modeCheckSecurity != r.security;
}

// How the greeting went, from the typed status/code the dialect recorded.
enum class GreetingKind { Missing, Ok, Refused, Temporary, Preauth };

GreetingKind greetingKind(const Report &r)
{
    const SessionFacts &f = r.facts;
    if (f.preauth)
        return GreetingKind::Preauth;
    if (!f.greetingReceived)
        return GreetingKind::Missing;
    const ReplyCode &greeting = f.greetingReply;
    switch (greeting.status) {
    case ReplyStatus::Preauth:
        return GreetingKind::Preauth;
    case ReplyStatus::Negative:
    case ReplyStatus::Bye:
        return GreetingKind::Refused;
    case ReplyStatus::Temporary:
        // 421 closes the door; other 4xx are greylisting or a rate limit.
        return greeting.closesSession() ? GreetingKind::Refused : GreetingKind::Temporary;
    default:
        return GreetingKind::Ok;
    }
}

// ---------------------------------------------------------------------------
// Rules, one per family, in order of decisiveness.

// Three different problems behind "no address": a name that does not exist
// (spelling), a name without an address (the domain typed instead of the mail
// server), a lookup that failed (the network or the resolver, never the
// spelling).
void nameLookupRule(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (f.dnsOutcome == DnsOutcome::NoAddress) {
        if (f.dnsMailHosts.isEmpty())
            out << makeFinding("dns-no-address", "no-mail-hosts", {r.host});
        else
            out << makeFinding("dns-no-address", "", {r.host, words(f.dnsMailHosts)});
        return;
    }
    if (f.resolveTimedOut || f.dnsOutcome == DnsOutcome::LookupFailed) {
        const QString reason = clip(!f.dnsError.isEmpty()           ? f.dnsError
                                        : !f.connectError.isEmpty() ? f.connectError
                                                                    : Words::noReason());
        out << makeFinding("dns-lookup-failed", f.dnsServer.isEmpty() ? "" : "server",
                           {r.host, reason, f.dnsServer});
        return;
    }
    out << makeFinding("dns-no-such-host", "", {r.host});
}

void connectionRules(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    const QString port = QString::number(r.port);
    switch (f.connectOutcome) {
    case ConnectOutcome::HostNotFound:
        nameLookupRule(r, out);
        return;
    case ConnectOutcome::Refused:
        out << makeFinding(
            "connection-refused", "",
            {port, r.host, addressOf(r), Words::usualPorts(r.protocol), hostAndAddress(r)});
        return;
    case ConnectOutcome::Timeout:
        out << makeFinding(
            "connection-timeout", "",
            {port, r.host, addressOf(r), Words::usualPorts(r.protocol), hostAndAddress(r)});
        return;
    case ConnectOutcome::NetworkError:
        out << makeFinding("connection-timeout", "unreachable",
                           {port, r.host, addressOf(r),
                            f.connectError.isEmpty() ? Words::noReason() : f.connectError,
                            hostAndAddress(r)});
        return;
    case ConnectOutcome::NotAttempted:
        if (f.resolveTimedOut || f.dnsOutcome == DnsOutcome::LookupFailed
            || f.dnsOutcome == DnsOutcome::NoAddress)
            nameLookupRule(r, out);
        return;
    case ConnectOutcome::Connected:
        return;
    }
}

// Confirmed by the follow-up attempt in the other mode, never guessed.
void wrongSecurityModeRule(const Report &r, Findings &out)
{
    if (!wrongModeConfirmed(r))
        return;
    const SessionFacts &f = r.facts;
    const QString evidence = f.modeCheckEvidence.isEmpty()
        ? Words::otherModeWorked(f.modeCheckSecurity)
        : clip(f.modeCheckEvidence, 160);
    const QStringList base {securityDisplayName(r.security), QString::number(r.port), evidence};
    // Where the user's attempt visibly failed: silence at the greeting, or a
    // handshake that read a plain greeting as a TLS record.
    const StepId step
        = r.security == Security::ImplicitTls ? StepId::TlsHandshake : StepId::Greeting;
    if (f.modeCheckSecurity == Security::ImplicitTls) {
        // Mail apps submit on 587 with STARTTLS, not on the relay port 25.
        const quint16 alt = clientStartTlsPort(r.protocol);
        if (alt == 0 || alt == r.port)
            out << makeFinding("wrong-security-mode", "use-tls-only", base, step);
        else
            out << makeFinding("wrong-security-mode", "use-tls",
                               base + QStringList {QString::number(alt)}, step);
    } else {
        const quint16 alt = implicitTlsPort(r.protocol);
        if (alt == 0 || alt == r.port)
            out << makeFinding("wrong-security-mode", "use-starttls-only", base, step);
        else
            out << makeFinding("wrong-security-mode", "use-starttls",
                               base + QStringList {QString::number(alt)}, step);
    }
}

// Refusals and temporary failures at the door: the greeting, or the reply
// to EHLO/LHLO. A 4xx other than 421 is greylisting or a rate limit and only
// a warning; 421 and 5xx (and IMAP BYE, POP3 -ERR) shut the door.
void refusalRules(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (f.connectOutcome != ConnectOutcome::Connected || wrongModeConfirmed(r))
        return;
    switch (greetingKind(r)) {
    case GreetingKind::Refused:
        out << makeFinding("service-unavailable", "", {words(f.greetingLines)}, StepId::Greeting);
        return;
    case GreetingKind::Temporary:
        out << makeFinding("temporary-failure", "", {words(f.greetingLines)}, StepId::Greeting);
        return;
    case GreetingKind::Preauth:
        out << makeFinding("imap-preauth", "", {words(f.greetingLines)}, StepId::Greeting);
        return;
    case GreetingKind::Missing:
        return;
    case GreetingKind::Ok:
        break;
    }
    // Only where the capabilities command must succeed (SMTP's EHLO/HELO) is
    // its refusal a refusal of the session.
    if (!dialectOf(r).capabilitiesRequired() || f.heloFallback)
        return;
    const ReplyCode &reply = f.capabilityReply;
    if (reply.refusesService()
        || (reply.status == ReplyStatus::Negative && r.capabilitiesBeforeTls.isEmpty())) {
        out << makeFinding("service-unavailable", "", {words(f.capabilityReplyLines)},
                           StepId::Capabilities);
    } else if (reply.status == ReplyStatus::Temporary) {
        out << makeFinding("temporary-failure", "", {words(f.capabilityReplyLines)},
                           StepId::Capabilities);
    }
}

// Replies the protocol does not allow: endless lines, garbage, a server
// that stops answering or hangs up in the middle of the dialogue.
void protocolRules(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (f.connectOutcome != ConnectOutcome::Connected || wrongModeConfirmed(r))
        return;
    const QString protocol = Words::protocolShortName(r.protocol);
    if (f.lineTooLong) {
        const StepId step = f.lineTooLongStep.value_or(StepId::Greeting);
        out << makeFinding("line-too-long", "", {stepName(step), Words::lineLimit()}, step);
    }
    if (!f.protocolViolation.isEmpty()) {
        const StepId step = f.protocolViolationStep.value_or(StepId::Greeting);
        out << makeFinding("protocol-violation", f.unsolicitedReply.isEmpty() ? "" : "unsolicited",
                           {protocol, stepName(step), clip(f.protocolViolation)}, step);
    }
    if (f.unterminatedLineStep) {
        const StepId step = *f.unterminatedLineStep;
        const char *variant = f.unterminatedLineLiteral ? "literal"
            : f.unterminatedLineClosed                  ? "closed"
                                                        : "";
        out << makeFinding("line-not-terminated", variant,
                           {stepName(step), QString::number(f.unterminatedLineBytes),
                            clip(f.unterminatedLine, 160)},
                           step);
    }
    if (hasError(out) || has(out, "temporary-failure"))
        return;
    // Timeouts and hang-ups of the greeting, STARTTLS and the handshake have
    // findings of their own; QUIT may end without a reply (harmless).
    static const QList<StepId> dialogueSteps {StepId::Capabilities, StepId::CapabilitiesAfterTls};
    if (f.timedOutStep
        && (dialogueSteps.contains(*f.timedOutStep)
            || (*f.timedOutStep == StepId::Authenticate && !f.authAttempted))) {
        out << makeFinding("protocol-violation", "stalled", {protocol, stepName(*f.timedOutStep)},
                           *f.timedOutStep);
    } else if (f.closedByServer && f.closedDuringStep
               && dialogueSteps.contains(*f.closedDuringStep)) {
        out << makeFinding("protocol-violation", "closed",
                           {protocol, stepName(*f.closedDuringStep)}, *f.closedDuringStep);
    }
}

// The whole-inspection deadline stopped it: said before the rules that would
// read the interrupted step as a server that stopped answering, which then
// stay quiet (they check for an earlier error).
void deadlineRule(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (!f.deadlineExceeded || f.cancelled)
        return;
    const StepId step = f.deadlineStep.value_or(StepId::Resolve);
    out << makeFinding("deadline-exceeded", "", {Words::seconds(f.deadlineMs), stepName(step)},
                       step);
}

// Connected, and the server never said a word (or hung up at once). On an
// implicit-TLS connection the greeting comes after the handshake, whose
// failure has its own finding. Bytes without a line end are not silence:
// line-not-terminated speaks for them.
void greetingTimeoutRule(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (f.connectOutcome != ConnectOutcome::Connected || f.greetingReceived || f.preauth
        || hasError(out) || wrongModeConfirmed(r) || f.cancelled
        || f.unterminatedLineStep == StepId::Greeting)
        return;
    if (r.tls.attempted && !r.tls.established)
        return;
    const QString port = QString::number(r.port);
    const bool timedOut = f.greetingTimedOut || f.timedOutStep == StepId::Greeting;
    if (timedOut) {
        const QString waited = Words::seconds(stepDurationMs(r, StepId::Greeting));
        const bool implicitPort
            = r.security != Security::ImplicitTls && r.port == implicitTlsPort(r.protocol);
        out << makeFinding("greeting-timeout", implicitPort ? "implicit-port" : "", {port, waited});
    } else if (f.closedByServer
               && (!f.closedDuringStep || *f.closedDuringStep == StepId::Greeting)) {
        out << makeFinding("greeting-timeout", "closed", {port});
    }
}

// A firewall that masks the upgrade capability (the dialect knows how it
// looks: Cisco's "XXXXXXXA" for SMTP's STARTTLS).
void strippedRule(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    const Dialect &dialect = dialectOf(r);
    if (r.security == Security::ImplicitTls || f.starttlsOffered
        || hasCapability(r.capabilitiesBeforeTls, dialect.startTlsCapability())
        || wrongModeConfirmed(r))
        return;
    const QString mask = dialect.maskedCapability(r.capabilitiesBeforeTls);
    if (mask.isEmpty())
        return;
    const quint16 tlsPort = implicitTlsPort(r.protocol);
    if (tlsPort == 0)
        out << makeFinding("starttls-stripped", "no-port", {mask});
    else
        out << makeFinding("starttls-stripped", "", {mask, QString::number(tlsPort)});
}

// Only meaningful when the user asked for STARTTLS; in "None" mode the
// absence of STARTTLS is what the user chose to look at.
void starttlsRules(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (r.security != Security::StartTls || f.connectOutcome != ConnectOutcome::Connected
        || greetingKind(r) != GreetingKind::Ok || hasError(out) || has(out, "temporary-failure"))
        return;
    const QString verb = dialectOf(r).startTlsVerb();
    const QString tlsPort = QString::number(implicitTlsPort(r.protocol));
    const bool capsAnswered = !r.capabilitiesBeforeTls.isEmpty() || f.heloFallback
        || f.capabilityReply.isPositive() || f.starttlsAttempted;
    const QString reply
        = withCode(f.starttlsReply.code, f.starttlsReplyStatus, f.starttlsReplyText);
    if (!f.starttlsOffered && !f.starttlsAccepted) {
        if (!capsAnswered)
            return;
        if (f.heloFallback)
            out << makeFinding("starttls-not-offered", "no-ehlo", {tlsPort});
        else if (f.starttlsAttempted)
            out << makeFinding("starttls-not-offered", "tried",
                               {verb, reply.isEmpty() ? Words::noAnswer() : reply, tlsPort});
        else if (implicitTlsPort(r.protocol) == 0)
            out << makeFinding("starttls-not-offered", "no-port", {verb});
        else
            out << makeFinding("starttls-not-offered", "", {verb, tlsPort});
        return;
    }
    if (f.starttlsAttempted && !f.starttlsAccepted) {
        if (f.timedOutStep == StepId::StartTls || reply.isEmpty())
            out << makeFinding("starttls-rejected", "no-reply");
        else if (f.starttlsReply.isTlsNotAvailable())
            out << makeFinding("starttls-rejected", "local-problem", {reply});
        else
            out << makeFinding("starttls-rejected", "", {reply, tlsPort});
    }
}

void injectionRules(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (!f.injectedAfterUpgrade.isEmpty()) {
        out << makeFinding("starttls-response-injection", "",
                           {QString::number(f.injectedAfterUpgrade.size()),
                            clip(transcriptText(f.injectedAfterUpgrade), 160)});
    }
    if (f.injectionCheckRan && f.injectionDetected) {
        out << makeFinding(
            "starttls-command-injection", "",
            {f.injectionEvidence.isEmpty() ? Words::noAnswer() : clip(f.injectionEvidence, 160)});
    }
}

// OpenSSL's words when the peer only speaks TLS 1.0/1.1 and we require 1.2+.
// The backend gives no typed reason for this, so its message is the only
// evidence.
bool isOldProtocolError(const QString &error)
{
    const QString e = error.toLower();
    return e.contains(QLatin1String("unsupported protocol"))
        || e.contains(QLatin1String("protocol version"))
        || e.contains(QLatin1String("no protocols available"))
        || e.contains(QLatin1String("version too low"));
}

// A plaintext greeting read as a TLS record header.
bool isPlainReplyError(const QString &error)
{
    const QString e = error.toLower();
    return e.contains(QLatin1String("wrong version number"))
        || e.contains(QLatin1String("packet length too long"))
        || e.contains(QLatin1String("record layer failure"));
}

bool isObsoleteProtocol(const QString &protocol)
{
    QString p = protocol.toLower();
    p.remove(QLatin1Char(' '));
    static const QSet<QString> obsolete {QStringLiteral("tlsv1"),   QStringLiteral("tlsv1.0"),
                                         QStringLiteral("tlsv1.1"), QStringLiteral("tls1.0"),
                                         QStringLiteral("tls1.1"),  QStringLiteral("sslv3"),
                                         QStringLiteral("sslv2")};
    return obsolete.contains(p);
}

void tlsRules(const Report &r, Findings &out)
{
    const TlsInfo &tls = r.tls;
    const SessionFacts &f = r.facts;
    if (!tls.attempted || wrongModeConfirmed(r))
        return;
    if (tls.established) {
        if (isObsoleteProtocol(tls.protocol))
            out << makeFinding("tls-protocol-obsolete", "", {tls.protocol});
        return;
    }
    if (f.cancelled || (f.deadlineExceeded && f.deadlineStep == StepId::TlsHandshake))
        return;
    // A verification failure that aborted the handshake is explained by the
    // certificate findings.
    if (!tls.problems.isEmpty())
        return;
    const QString why
        = tls.handshakeError.isEmpty() ? Words::noReason() : clip(tls.handshakeError, 200);
    if (isOldProtocolError(tls.handshakeError)) {
        out << makeFinding("tls-handshake-failed", "old-protocol", {why});
        out << makeFinding("tls-protocol-obsolete", "only-offered");
    } else if (f.closedByServer && tls.alertsReceived.isEmpty()
               && (f.closedDuringStep == StepId::TlsHandshake
                   || f.closedDuringStep == StepId::StartTls)) {
        out << makeFinding("tls-handshake-failed", "closed");
    } else if (r.security == Security::ImplicitTls && isPlainReplyError(tls.handshakeError)) {
        const QString evidence
            = f.modeCheckEvidence.isEmpty() ? why : clip(f.modeCheckEvidence, 160);
        out << makeFinding("tls-handshake-failed", "plain-reply", {evidence});
    } else if (r.security == Security::StartTls && f.starttlsAccepted
               && isPlainReplyError(tls.handshakeError)) {
        // Plain text after the server agreed to STARTTLS that arrived too late
        // to be caught before the handshake: it ended up in the TLS layer.
        out << makeFinding("tls-handshake-failed", "plain-after-upgrade", {why});
    } else if (!tls.alertsReceived.isEmpty()) {
        out << makeFinding("tls-handshake-failed", "alert", {tls.alertsReceived.constFirst()});
    } else if (f.timedOutStep == StepId::TlsHandshake) {
        out << makeFinding("tls-handshake-failed", "timeout");
    } else {
        out << makeFinding("tls-handshake-failed", "", {why});
    }
}

QString certificateLabel(const CertificateInfo &c)
{
    if (!c.commonName.isEmpty())
        return c.commonName;
    return c.subject.isEmpty() ? Words::nothingElse() : c.subject;
}

const CertificateInfo *certificateAt(const TlsInfo &tls, int index)
{
    if (index >= 0 && index < tls.chain.size())
        return &tls.chain.at(index);
    return tls.chain.isEmpty() ? nullptr : &tls.chain.constFirst();
}

QString namesIn(const CertificateInfo *c)
{
    if (!c)
        return Words::nothingElse();
    // The session keeps the SAN type ("DNS:mail.example.com"); people want the names.
    QStringList names;
    for (const QString &san : c->subjectAltNames)
        names << san.section(QLatin1Char(':'), san.startsWith(QLatin1String("email:")) ? 0 : 1);
    if (names.isEmpty() && !c->commonName.isEmpty())
        names << c->commonName;
    return names.isEmpty() ? Words::nothingElse() : names.join(QStringLiteral(", "));
}

bool leafWithoutIssuer(const TlsInfo &tls)
{
    if (tls.chain.size() != 1)
        return false;
    const CertificateInfo &leaf = tls.chain.constFirst();
    return !leaf.selfSigned && leaf.issuer != leaf.subject;
}

void certificateRules(const Report &r, Findings &out)
{
    const TlsInfo &tls = r.tls;
    if (!tls.attempted || (!tls.established && tls.problems.isEmpty()))
        return;

    const CertificateProblem *expired = nullptr;
    const CertificateProblem *notYetValid = nullptr;
    const CertificateProblem *name = nullptr;
    const CertificateProblem *missingIssuer = nullptr;
    const CertificateProblem *selfSigned = nullptr;
    const CertificateProblem *otherTrust = nullptr;
    for (const CertificateProblem &p : tls.problems) {
        switch (QSslError::SslError(p.code)) {
        case QSslError::CertificateExpired:
            if (!expired)
                expired = &p;
            break;
        case QSslError::CertificateNotYetValid:
            if (!notYetValid)
                notYetValid = &p;
            break;
        case QSslError::HostNameMismatch:
            name = &p;
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::UnableToGetIssuerCertificate:
            missingIssuer = &p;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            selfSigned = &p;
            break;
        default:
            if (p.isNameProblem)
                name = &p;
            else if (!otherTrust)
                otherTrust = &p;
            break;
        }
    }

    const CertificateInfo *leaf = certificateAt(tls, 0);
    // Trust first: a self-signed or unanchored chain is the root cause a
    // help desk acts on; dates and names come after.
    if (selfSigned || (leaf && leaf->selfSigned && (missingIssuer || otherTrust))) {
        const CertificateInfo *c
            = selfSigned ? certificateAt(tls, selfSigned->certificateIndex) : leaf;
        out << makeFinding(
            "certificate-untrusted", "self-signed",
            {c ? certificateLabel(*c) : Words::nothingElse(), c ? c->sha256 : QString()});
    } else if (missingIssuer && leafWithoutIssuer(tls)) {
        out << makeFinding("certificate-chain-incomplete", "",
                           {certificateLabel(*leaf), leaf->issuer});
    } else if (missingIssuer || otherTrust
               || (tls.established && !tls.verified && !tls.trusted && tls.problems.isEmpty())) {
        const CertificateProblem *p = missingIssuer ? missingIssuer : otherTrust;
        const CertificateInfo *top = tls.chain.isEmpty() ? nullptr : &tls.chain.constLast();
        out << makeFinding("certificate-untrusted", "",
                           {leaf ? certificateLabel(*leaf) : Words::nothingElse(),
                            top ? top->issuer : Words::nothingElse(),
                            p && !p->message.isEmpty() ? p->message : Words::noReason()});
    }
    if (expired) {
        const CertificateInfo *c = certificateAt(tls, expired->certificateIndex);
        const bool intermediate = expired->certificateIndex > 0;
        out << makeFinding("certificate-expired", intermediate ? "intermediate" : "",
                           {Words::date(c ? c->notAfter : QDateTime()),
                            c ? certificateLabel(*c) : Words::nothingElse()});
    }
    if (notYetValid) {
        const CertificateInfo *c = certificateAt(tls, notYetValid->certificateIndex);
        out << makeFinding("certificate-not-yet-valid", "",
                           {Words::date(c ? c->notBefore : QDateTime()),
                            c ? certificateLabel(*c) : Words::nothingElse()});
    }
    if (name || (tls.established && !tls.verified && !tls.nameMatches && tls.problems.isEmpty())) {
        const QString checked = tls.verifiedName.isEmpty() ? r.host : tls.verifiedName;
        out << makeFinding("certificate-name-mismatch", "", {checked, namesIn(leaf)});
    }
}

// Why no login was tried, when the session knows a typed reason the user can act on.
void loginObstacleRule(const Report &r, Findings &out)
{
    const LoginFacts &login = r.login;
    switch (login.obstacle) {
    case LoginFacts::Obstacle::NoSuitableMechanism:
        out << makeFinding(
            "auth-mechanism-unsupported", "",
            {Words::mechanismList(login.offered), Words::mechanismAdvice(login.offered)});
        return;
    case LoginFacts::Obstacle::MechanismNotOffered:
        out << makeFinding("auth-mechanism-unsupported", "not-offered",
                           {login.mechanism, Words::mechanismList(login.offered),
                            Words::mechanismAdvice(login.offered)});
        return;
    case LoginFacts::Obstacle::NotOffered:
        out << makeFinding("auth-not-offered", "",
                           {Words::protocolShortName(r.protocol), QString::number(r.port)});
        return;
    default:
        return; // the password held back: the TLS and certificate findings say why
    }
}

// What an OAuth error challenge (RFC 7628) says, for people.
const char *oauthVariant(const QString &status)
{
    switch (oauthError(status)) {
    case OAuthError::InvalidToken:
        return "invalid-token";
    case OAuthError::InsufficientScope:
        return "insufficient-scope";
    case OAuthError::Other:
        break;
    }
    return "";
}

// A refused login: the reason the typed final reply gives (SMTP reply and
// enhanced status codes, IMAP/POP3/Sieve response codes, and the providers'
// words the dialect recognised), each with its own advice. The server's own
// words are always quoted.
void loginRefusedRule(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    const LoginFacts &login = r.login;
    if (!f.authAttempted || (f.deadlineExceeded && f.deadlineStep == StepId::Authenticate))
        return;
    // A bad server proof counts even when the server said yes: that yes
    // came from a server that does not know the password.
    if (login.serverProofInvalid) {
        out << makeFinding("auth-server-proof-invalid", "",
                           {login.mechanism.isEmpty() ? QStringLiteral("SCRAM") : login.mechanism});
        return;
    }
    if (f.authSucceeded)
        return;
    const ReplyCode &reply = f.authReply;
    const QString said = withCode(reply.code, f.authReplyStatus, f.authReplyText);
    const QString words = said.isEmpty() ? Words::noAnswer() : said;
    if (!login.oauthStatus.isEmpty()) {
        out << makeFinding(
            "auth-oauth-token-rejected", oauthVariant(login.oauthStatus),
            {clip(login.oauthStatus, 80),
             login.oauthScope.isEmpty() ? Words::noAnswer() : clip(login.oauthScope, 200), words});
        return;
    }
    switch (loginRefusal(reply)) {
    case LoginRefusal::AppPasswordRequired:
        out << makeFinding("auth-app-password-required", "", {words});
        return;
    case LoginRefusal::WebLoginRequired:
        out << makeFinding("auth-app-password-required", "web-login", {words});
        return;
    case LoginRefusal::TooWeak:
        out << makeFinding("auth-app-password-required", "too-weak", {words});
        return;
    case LoginRefusal::BasicAuthDisabled:
        out << makeFinding("auth-basic-disabled", "",
                           {words, Words::protocolShortName(r.protocol)});
        return;
    case LoginRefusal::EncryptionRequired:
        out << makeFinding("auth-encryption-required", "", {words});
        return;
    case LoginRefusal::Temporary:
        out << makeFinding("auth-temporary", "", {words});
        return;
    case LoginRefusal::ServerError:
        out << makeFinding("auth-temporary", "server-error", {words});
        return;
    case LoginRefusal::Expired:
        out << makeFinding("auth-account-problem", "expired", {words});
        return;
    case LoginRefusal::ContactAdmin:
        out << makeFinding("auth-account-problem", "contact-admin", {words});
        return;
    case LoginRefusal::LoginDelay:
        out << makeFinding("auth-account-problem", "login-delay", {words});
        return;
    case LoginRefusal::InUse:
        out << makeFinding("auth-account-problem", "in-use", {words});
        return;
    case LoginRefusal::Limit:
        out << makeFinding("auth-account-problem", "limit", {words});
        return;
    case LoginRefusal::AuthorizationFailed:
        out << makeFinding("auth-account-problem", "authorization", {words});
        return;
    case LoginRefusal::TransitionNeeded:
        out << makeFinding("auth-account-problem", "transition", {words});
        return;
    case LoginRefusal::Credentials:
        out << makeFinding("auth-failed", "credentials", {words});
        return;
    case LoginRefusal::None:
    case LoginRefusal::Unknown:
        break;
    }
    out << makeFinding("auth-failed", "", {words});
}

void loginRules(const Report &r, Findings &out)
{
    if (r.facts.authAttempted)
        loginRefusedRule(r, out);
    else
        loginObstacleRule(r, out);
}

// After a successful login: the inbox, its quota, the test envelope.
void accountRules(const Report &r, Findings &out)
{
    const AccountFacts &a = r.account;
    const auto refused = [](const ReplyCode &reply) {
        return reply.status != ReplyStatus::None && !reply.isPositive();
    };
    // A check the server never answered, or hung up on.
    static const QList<StepId> accountSteps {StepId::Mailbox, StepId::Quota, StepId::Sender,
                                             StepId::Recipient, StepId::Reset};
    const SessionFacts &f = r.facts;
    const std::optional<StepId> stalled = f.timedOutStep ? f.timedOutStep : f.closedDuringStep;
    if (stalled && accountSteps.contains(*stalled) && !f.deadlineExceeded && !f.cancelled) {
        out << makeFinding("mailbox-check-failed", "",
                           {stepName(*stalled) + QStringLiteral(": ") + Words::noAnswer()},
                           *stalled);
        return;
    }
    if (!a.problem.isEmpty())
        out << makeFinding("mailbox-check-failed", "", {clip(a.problem, 200)});
    else if (refused(a.mailboxReply) || refused(a.quotaReply))
        out << makeFinding(
            "mailbox-check-failed", "",
            {clip(refused(a.mailboxReply) ? a.mailboxReplyText : Words::noReason(), 200)});
    if (a.quotaUsage >= 0 && a.quotaLimit > 0) {
        // Whole percent, rounded down: 89.9 % is not yet "nearly full".
        const double percent = double(a.quotaUsage) * 100.0 / double(a.quotaLimit);
        const QStringList args {QString::number(qint64(percent)),
                                Words::quotaAmount(a.quotaResource, a.quotaUsage, a.quotaLimit)};
        if (percent >= 100.0)
            out << makeFinding("mailbox-full", "", args);
        else if (percent >= 90.0)
            out << makeFinding("mailbox-nearly-full", "", args);
    }
    // Postfix refuses a foreign sender only at RCPT TO (smtpd_delay_reject),
    // with its own words: that is the sender's refusal, not the recipient's.
    const bool senderRefusedLate
        = a.recipientReply.response.kind == ResponseCode::Kind::SenderNotPermitted;
    if (!a.mailFrom.isEmpty() && (refused(a.senderReply) || senderRefusedLate)) {
        const bool early = refused(a.senderReply);
        const ReplyCode &reply = early ? a.senderReply : a.recipientReply;
        const QString &text = early ? a.senderReplyText : a.recipientReplyText;
        const bool notOwned = reply.response.kind == ResponseCode::Kind::SenderNotPermitted;
        out << makeFinding("sender-not-permitted", notOwned ? "" : "refused",
                           {a.mailFrom, withCode(reply.code, {}, text)},
                           early ? StepId::Sender : StepId::Recipient);
    }
    if (!a.rcptTo.isEmpty() && refused(a.recipientReply) && !senderRefusedLate)
        out << makeFinding("recipient-rejected", "",
                           {a.rcptTo, withCode(a.recipientReply.code, {}, a.recipientReplyText)});
}

void greetingWarnings(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (!f.greetingReceived || wrongModeConfirmed(r))
        return;
    const QString masked = dialectOf(r).maskedGreetingLine(f.greetingLines);
    if (!masked.isEmpty())
        out << makeFinding("greeting-masked", "", {clip(masked, 120)});
    if (f.greetingDelayMs > 5000) {
        const bool teaser = f.greetingMultiline && f.firstGreetingByteMs >= 0
            && f.firstGreetingByteMs < f.greetingDelayMs / 2;
        // "after 0.0 seconds" reads as a mistake: a first line within a
        // tenth of a second came "at once".
        if (teaser && f.firstGreetingByteMs < 100)
            out << makeFinding("slow-greeting", "teaser-at-once",
                               {Words::seconds(f.greetingDelayMs)});
        else if (teaser)
            out << makeFinding(
                "slow-greeting", "teaser",
                {Words::seconds(f.greetingDelayMs), Words::seconds(f.firstGreetingByteMs)});
        else
            out << makeFinding("slow-greeting", "", {Words::seconds(f.greetingDelayMs)});
    }
}

void plaintextAuthRule(const Report &r, Findings &out)
{
    const SessionFacts &f = r.facts;
    if (r.security == Security::ImplicitTls || f.preauth || wrongModeConfirmed(r)
        || greetingKind(r) != GreetingKind::Ok)
        return;
    // How a password login is offered differs per protocol: the dialect says.
    const QStringList offers = dialectOf(r).plaintextLoginOffers(r.capabilitiesBeforeTls);
    if (offers.isEmpty())
        return;
    out << makeFinding("plaintext-auth-offered", r.protocol == Protocol::Imap ? "imap" : "",
                       {clip(offers.join(QStringLiteral(", ")), 200)});
}

} // namespace

QList<Finding> diagnose(const Report &report)
{
    Findings out;
    connectionRules(report, out);
    wrongSecurityModeRule(report, out);
    strippedRule(report, out);
    refusalRules(report, out);
    deadlineRule(report, out);
    protocolRules(report, out);
    greetingTimeoutRule(report, out);
    starttlsRules(report, out);
    injectionRules(report, out);
    tlsRules(report, out);
    certificateRules(report, out);
    loginRules(report, out);
    accountRules(report, out);
    greetingWarnings(report, out);
    plaintextAuthRule(report, out);
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    return out;
}

QStringList knownFindingIds()
{
    QStringList ids;
    for (const FindingKind &k : findingKinds())
        ids << QString::fromLatin1(k.id);
    return ids;
}

std::optional<Finding> addressesDisagree(const QString &host, const QList<Report> &reports)
{
    if (reports.size() < 2)
        return std::nullopt;
    struct Behaviour
    {
        QString verdict;
        bool starttls;
        QString protocol;
        QString sha256;
    };
    QList<Behaviour> seen;
    for (const Report &r : reports) {
        seen << Behaviour {verdictName(r.verdict()), r.facts.starttlsOffered,
                           r.tls.established ? r.tls.protocol : QString(),
                           r.tls.chain.isEmpty() ? QString() : r.tls.chain.constFirst().sha256};
    }
    const Behaviour &first = seen.constFirst();
    bool verdicts = false, starttls = false, protocols = false, certificates = false;
    for (const Behaviour &b : seen) {
        verdicts |= b.verdict != first.verdict;
        starttls |= b.starttls != first.starttls;
        protocols |= b.protocol != first.protocol;
        certificates |= b.sha256 != first.sha256;
    }
    if (!verdicts && !starttls && !protocols && !certificates)
        return std::nullopt;
    // Name only what differs, so the help desk sees the difference at once.
    QStringList parts;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const Behaviour &b = seen.at(i);
        QStringList items;
        if (verdicts)
            items << Words::verdictItem(b.verdict);
        if (starttls)
            items << Words::starttlsItem(b.starttls);
        if (protocols)
            items << Words::tlsItem(b.protocol);
        if (certificates)
            items << Words::certificateItem(b.sha256);
        const Report &r = reports.at(i);
        parts << Words::addressBehaviour(
            r.connectAddress.isEmpty() ? r.requestedConnectAddress : r.connectAddress, items);
    }
    return makeFinding("addresses-disagree", "",
                       {host, QString::number(reports.size()), parts.join(QStringLiteral("; "))});
}

} // namespace MailInspect::Diagnosis
