// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "untrustedtext.h"

#include <QCoreApplication>

namespace MailInspect {

namespace {
struct StepName
{
    StepId id;
    const char *name;
};
constexpr StepName stepNames[] = {
    {StepId::Resolve, "resolve"},
    {StepId::Connect, "connect"},
    {StepId::Greeting, "greeting"},
    {StepId::Capabilities, "capabilities"},
    {StepId::StartTls, "starttls"},
    {StepId::TlsHandshake, "tls-handshake"},
    {StepId::Certificate, "certificate"},
    {StepId::CapabilitiesAfterTls, "capabilities-after-tls"},
    {StepId::Authenticate, "authenticate"},
    {StepId::Quit, "quit"},
    {StepId::ModeCheck, "mode-check"},
    {StepId::Mailbox, "mailbox"},
    {StepId::Quota, "quota"},
    {StepId::Sender, "sender"},
    {StepId::Recipient, "recipient"},
    {StepId::Reset, "reset"},
};
} // namespace

QString stepIdName(StepId id)
{
    for (const auto &s : stepNames) {
        if (s.id == id)
            return QString::fromLatin1(s.name);
    }
    return {};
}

std::optional<StepId> stepIdFromName(const QString &name)
{
    for (const auto &s : stepNames) {
        if (name == QLatin1String(s.name))
            return s.id;
    }
    return std::nullopt;
}

QList<StepId> allStepIds()
{
    QList<StepId> ids;
    for (const auto &s : stepNames)
        ids << s.id;
    return ids;
}

QString stepDisplayName(StepId id)
{
    switch (id) {
    case StepId::Resolve:
        return QCoreApplication::translate("MailInspect", "Name lookup");
    case StepId::Connect:
        return QCoreApplication::translate("MailInspect", "TCP connect");
    case StepId::Greeting:
        return QCoreApplication::translate("MailInspect", "Greeting");
    case StepId::Capabilities:
        return QCoreApplication::translate("MailInspect", "Capabilities");
    case StepId::StartTls:
        return QCoreApplication::translate("MailInspect", "STARTTLS");
    case StepId::TlsHandshake:
        return QCoreApplication::translate("MailInspect", "TLS handshake");
    case StepId::Certificate:
        return QCoreApplication::translate("MailInspect", "Certificate check");
    case StepId::CapabilitiesAfterTls:
        return QCoreApplication::translate("MailInspect", "Capabilities after TLS");
    case StepId::Authenticate:
        return QCoreApplication::translate("MailInspect", "Login");
    case StepId::Quit:
        return QCoreApplication::translate("MailInspect", "Goodbye");
    case StepId::ModeCheck:
        return QCoreApplication::translate("MailInspect", "Other security mode");
    case StepId::Mailbox:
        return QCoreApplication::translate("MailInspect", "Inbox");
    case StepId::Quota:
        return QCoreApplication::translate("MailInspect", "Quota");
    case StepId::Sender:
        return QCoreApplication::translate("MailInspect", "Sender check");
    case StepId::Recipient:
        return QCoreApplication::translate("MailInspect", "Recipient check");
    case StepId::Reset:
        return QCoreApplication::translate("MailInspect", "Reset");
    }
    return {};
}

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Running:
        return QStringLiteral("running");
    case StepStatus::Ok:
        return QStringLiteral("ok");
    case StepStatus::Warning:
        return QStringLiteral("warning");
    case StepStatus::Error:
        return QStringLiteral("error");
    case StepStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<StepStatus> stepStatusFromName(const QString &name)
{
    for (auto s : {StepStatus::Running, StepStatus::Ok, StepStatus::Warning, StepStatus::Error,
                   StepStatus::Skipped}) {
        if (stepStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("client");
    case Direction::Server:
        return QStringLiteral("server");
    case Direction::Event:
        return QStringLiteral("event");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (auto s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (severityName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString findingTopicName(FindingTopic topic)
{
    switch (topic) {
    case FindingTopic::Connection:
        return QStringLiteral("connection");
    case FindingTopic::Login:
        return QStringLiteral("login");
    case FindingTopic::Account:
        return QStringLiteral("account");
    }
    return {};
}

std::optional<FindingTopic> findingTopicFromName(const QString &name)
{
    for (auto t : {FindingTopic::Connection, FindingTopic::Login, FindingTopic::Account}) {
        if (findingTopicName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString loginResultName(LoginFacts::Result result)
{
    switch (result) {
    case LoginFacts::Result::Skipped:
        return QStringLiteral("skipped");
    case LoginFacts::Result::NotTried:
        return QStringLiteral("not-tried");
    case LoginFacts::Result::Ok:
        return QStringLiteral("ok");
    case LoginFacts::Result::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<LoginFacts::Result> loginResultFromName(const QString &name)
{
    using R = LoginFacts::Result;
    for (auto r : {R::Skipped, R::NotTried, R::Ok, R::Refused}) {
        if (loginResultName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString dnsOutcomeName(DnsOutcome outcome)
{
    switch (outcome) {
    case DnsOutcome::NotLookedUp:
        return QStringLiteral("not-looked-up");
    case DnsOutcome::Ok:
        return QStringLiteral("ok");
    case DnsOutcome::NoSuchName:
        return QStringLiteral("no-such-name");
    case DnsOutcome::NoAddress:
        return QStringLiteral("no-address");
    case DnsOutcome::LookupFailed:
        return QStringLiteral("lookup-failed");
    }
    return {};
}

std::optional<DnsOutcome> dnsOutcomeFromName(const QString &name)
{
    for (DnsOutcome o : {DnsOutcome::NotLookedUp, DnsOutcome::Ok, DnsOutcome::NoSuchName,
                         DnsOutcome::NoAddress, DnsOutcome::LookupFailed}) {
        if (dnsOutcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

QString loginObstacleName(LoginFacts::Obstacle obstacle)
{
    using O = LoginFacts::Obstacle;
    switch (obstacle) {
    case O::None:
        return {};
    case O::NotOffered:
        return QStringLiteral("not-offered");
    case O::NoSuitableMechanism:
        return QStringLiteral("no-suitable-mechanism");
    case O::MechanismNotOffered:
        return QStringLiteral("mechanism-not-offered");
    case O::NotEncrypted:
        return QStringLiteral("not-encrypted");
    case O::CertificateUnverified:
        return QStringLiteral("certificate-unverified");
    case O::ConnectionEnded:
        return QStringLiteral("connection-ended");
    }
    return {};
}

std::optional<LoginFacts::Obstacle> loginObstacleFromName(const QString &name)
{
    using O = LoginFacts::Obstacle;
    for (auto o : {O::None, O::NotOffered, O::NoSuitableMechanism, O::MechanismNotOffered,
                   O::NotEncrypted, O::CertificateUnverified, O::ConnectionEnded}) {
        if (loginObstacleName(o) == name)
            return o;
    }
    return std::nullopt;
}

QString verdictName(Report::Verdict verdict)
{
    switch (verdict) {
    case Report::Verdict::Secure:
        return QStringLiteral("secure");
    case Report::Verdict::Insecure:
        return QStringLiteral("insecure");
    case Report::Verdict::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

const Step *Report::step(StepId id) const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->id == id)
            return &*it;
    }
    return nullptr;
}

bool Report::hasErrorFinding() const
{
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            return true;
    }
    return false;
}

bool Report::hasErrorFinding(FindingTopic topic) const
{
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error && f.topic == topic)
            return true;
    }
    return false;
}

// The verdict describes the connection: findings about the login or the
// account (a refused password, a full mailbox) do not change it.
// secure: TLS reached with a verified certificate and no error finding.
// failed: the session never got that far in the mode the user chose - no
//         connection, no greeting, or (when TLS was asked for) no TLS.
// insecure: everything else - it talks, but not safely.
Report::Verdict Report::verdict() const
{
    if (tls.established && tls.verified && !hasErrorFinding(FindingTopic::Connection))
        return Verdict::Secure;
    if (facts.connectOutcome != ConnectOutcome::Connected)
        return Verdict::Failed;
    if (security == Security::None)
        return facts.greetingReceived ? Verdict::Insecure : Verdict::Failed;
    if (!tls.established)
        return Verdict::Failed;
    return Verdict::Insecure;
}

QString transcriptText(const QByteArray &line)
{
    QByteArray bytes = line;
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return untrustedText(bytes);
}

namespace {

void forEachText(QVariant &value, const std::function<void(QString &)> &f)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        QString s = value.toString();
        f(s);
        value = s;
        break;
    }
    case QMetaType::QStringList: {
        QStringList list = value.toStringList();
        for (QString &s : list)
            f(s);
        value = list;
        break;
    }
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant &v : list)
            forEachText(v, f);
        value = list;
        break;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (QVariant &v : map)
            forEachText(v, f);
        value = map;
        break;
    }
    default:
        break; // numbers, booleans: nothing a server wrote
    }
}

void forEachText(QStringList &list, const std::function<void(QString &)> &f)
{
    for (QString &s : list)
        f(s);
}

} // namespace

void forEachDetailText(QVariantMap &details, const std::function<void(QString &)> &f)
{
    for (QVariant &v : details)
        forEachText(v, f);
}

// Adding a field to one of these structures changes its size; the assertions
// below then stop the build until the field is listed here too (or is shown
// not to be text). Checked on 64-bit builds, where the sizes were measured.
void forEachReportText(Report &r, const std::function<void(QString &)> &f)
{
    if constexpr (sizeof(void *) == 8) {
        static_assert(sizeof(Step) == 56, "Step changed: list its text in forEachReportText");
        static_assert(sizeof(TranscriptEvent) == 48, "TranscriptEvent changed: list its text");
        static_assert(sizeof(CertificateInfo) == 216, "CertificateInfo changed: list its text");
        static_assert(sizeof(TlsInfo) == 256, "TlsInfo changed: list its text");
        static_assert(sizeof(SessionFacts) == 952, "SessionFacts changed: list its text");
        static_assert(sizeof(Finding) == 112, "Finding changed: list its text");
        static_assert(sizeof(LoginFacts) == 208, "LoginFacts changed: list its text");
        static_assert(sizeof(AccountFacts) == 544, "AccountFacts changed: list its text");
        static_assert(sizeof(Report) == 2264, "Report changed: list its text");
    }
    for (QString *s : {&r.toolVersion, &r.tlsBackend, &r.targetAsTyped, &r.host, &r.connectAddress,
                       &r.requestedConnectAddress})
        f(*s);
    for (Step &step : r.steps) {
        f(step.summary);
        forEachDetailText(step.details, f);
    }
    for (TranscriptEvent &e : r.transcript)
        f(e.text);
    forEachText(r.capabilitiesBeforeTls, f);
    forEachText(r.capabilitiesAfterTls, f);

    TlsInfo &t = r.tls;
    for (QString *s :
         {&t.protocol, &t.cipher, &t.keyExchange, &t.sni, &t.verifiedName, &t.handshakeError})
        f(*s);
    for (CertificateProblem &p : t.problems)
        f(p.message);
    forEachText(t.alertsSent, f);
    forEachText(t.alertsReceived, f);
    for (CertificateInfo &c : t.chain) {
        for (QString *s :
             {&c.subject, &c.issuer, &c.commonName, &c.sha256, &c.publicKey, &c.serialNumber})
            f(*s);
        forEachText(c.subjectAltNames, f);
    }

    SessionFacts &x = r.facts;
    forEachText(x.resolvedAddresses, f);
    forEachText(x.greetingLines, f);
    forEachText(x.capabilityReplyLines, f);
    forEachText(x.dnsMailHosts, f);
    for (QString *s :
         {&x.dnsServer, &x.dnsError, &x.connectError, &x.greetingStatus, &x.starttlsReplyStatus,
          &x.starttlsReplyText, &x.protocolViolation, &x.modeCheckEvidence, &x.authReplyStatus,
          &x.authReplyText, &x.injectionEvidence, &x.unterminatedLine, &x.unsolicitedReply})
        f(*s);
    for (ReplyCode *reply :
         {&x.greetingReply, &x.capabilityReply, &x.starttlsReply, &x.authReply}) {
        f(reply->response.name);
        f(reply->response.argument);
    }

    LoginFacts &login = r.login;
    for (QString *s : {&login.mechanism, &login.user, &login.choice, &login.notTriedReason,
                       &login.oauthStatus, &login.oauthScope, &login.oauthConfiguration})
        f(*s);
    forEachText(login.offered, f);

    AccountFacts &a = r.account;
    for (QString *s : {&a.mailboxReplyText, &a.quotaResource, &a.problem, &a.mailFrom,
                       &a.senderReplyText, &a.rcptTo, &a.recipientReplyText})
        f(*s);
    for (ReplyCode *reply : {&a.mailboxReply, &a.quotaReply, &a.senderReply, &a.recipientReply}) {
        f(reply->response.name);
        f(reply->response.argument);
    }

    for (Finding &finding : r.findings) {
        for (QString *s : {&finding.id, &finding.title, &finding.explanation, &finding.fix})
            f(*s);
    }
}

namespace {

QString notKept(qsizetype count)
{
    return QCoreApplication::translate("Report", "(%n more not kept)", nullptr, int(count));
}

void boundList(QStringList &list)
{
    for (QString &item : list) {
        if (item.size() > ReportLimits::maxListItemChars)
            item = clipText(item, ReportLimits::maxListItemChars);
    }
    if (list.size() <= ReportLimits::maxListItems)
        return;
    const qsizetype dropped = list.size() - ReportLimits::maxListItems;
    list.resize(ReportLimits::maxListItems);
    list.append(notKept(dropped));
}

void boundValue(QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList) {
        QStringList list = value.toStringList();
        boundList(list);
        value = list;
    } else if (value.typeId() == QMetaType::QVariantList) {
        QVariantList list = value.toList();
        if (list.size() > ReportLimits::maxListItems) {
            const qsizetype dropped = list.size() - ReportLimits::maxListItems;
            list.resize(ReportLimits::maxListItems);
            list.append(notKept(dropped));
        }
        for (QVariant &v : list) {
            if (v.typeId() == QMetaType::QString
                && v.toString().size() > ReportLimits::maxListItemChars)
                v = clipText(v.toString(), ReportLimits::maxListItemChars);
            boundValue(v);
        }
        value = list;
    } else if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap map = value.toMap();
        for (QVariant &v : map)
            boundValue(v);
        value = map;
    }
}

} // namespace

QString clipText(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    // Never split a surrogate pair or an escape (\xNN, <U+XXXX>) in two.
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype backslash = text.lastIndexOf(QLatin1Char('\\'), cut - 1);
    if (backslash >= 0 && cut - backslash < 4)
        cut = backslash;
    const qsizetype angle = text.lastIndexOf(QLatin1String("<U+"), cut - 1);
    if (angle >= 0 && text.indexOf(QLatin1Char('>'), angle) >= cut)
        cut = angle;
    return text.left(cut) + QStringLiteral(" \u2026 ")
        + QCoreApplication::translate("Report", "(%n more characters not kept)", nullptr,
                                      int(text.size() - cut));
}

void boundReport(Report &r)
{
    forEachReportText(r, [](QString &s) {
        if (s.size() > ReportLimits::maxFieldChars)
            s = clipText(s, ReportLimits::maxFieldChars);
    });
    // The transcript has its own budget (kept by the recorder); the limit above
    // is far above its line limit, so it does not change transcript lines.
    for (QStringList *list :
         {&r.capabilitiesBeforeTls, &r.capabilitiesAfterTls, &r.facts.greetingLines,
          &r.facts.capabilityReplyLines, &r.facts.resolvedAddresses, &r.facts.dnsMailHosts,
          &r.tls.alertsSent, &r.tls.alertsReceived, &r.login.offered})
        boundList(*list);
    for (CertificateInfo &c : r.tls.chain)
        boundList(c.subjectAltNames);
    if (r.tls.chain.size() > ReportLimits::maxCertificates)
        r.tls.chain.resize(ReportLimits::maxCertificates);
    if (r.tls.problems.size() > ReportLimits::maxListItems)
        r.tls.problems.resize(ReportLimits::maxListItems);
    for (Step &step : r.steps) {
        for (QVariant &v : step.details)
            boundValue(v);
    }
}

void neutraliseReport(Report &report)
{
    forEachReportText(report, [](QString &s) {
        if (!isVisibleText(s))
            s = visibleText(s);
    });
}

} // namespace MailInspect
