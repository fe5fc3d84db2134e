#include "jsonreader.h"

#include "untrustedtext.h"

#include "jsonwriter.h"
#include "reportlog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace MailInspect {

namespace {

// Collects the first problem; the reader carries on so one call reports it.
class Reader
{
    // tr() in context "Report", in a form lupdate reads (it cannot see through a free helper).
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    QString error;

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    QStringList strings(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out << item.toString();
        return out;
    }

    QDateTime time(const QJsonValue &v, const char *field)
    {
        if (v.isNull() || v.isUndefined() || v.toString().isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            fail(
                tr("\"%1\" is not a valid time: %2").arg(QString::fromLatin1(field), v.toString()));
        return t.toUTC();
    }

    StepId stepId(const QJsonValue &v)
    {
        const auto id = stepIdFromName(v.toString());
        if (!id)
            fail(tr("unknown step id \"%1\"").arg(v.toString()));
        return id.value_or(StepId::Resolve);
    }

    std::optional<StepId> optionalStep(const QJsonValue &v)
    {
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return stepId(v);
    }

    template<typename T>
    T named(const QJsonValue &v, std::optional<T> (*fromName)(const QString &), T fallback,
            const char *what)
    {
        if (v.isUndefined())
            return fallback;
        const auto value = fromName(v.toString());
        if (!value)
            fail(tr("unknown %1 \"%2\"").arg(QString::fromLatin1(what), v.toString()));
        return value.value_or(fallback);
    }

    void target(const QJsonObject &o, Report &r)
    {
        r.host = o.value(QLatin1String("host")).toString();
        const int port = o.value(QLatin1String("port")).toInt();
        if (port < 0 || port > 65535)
            fail(tr("port %1 is out of range").arg(port));
        r.port = quint16(port);
        r.protocol
            = named(o.value(QLatin1String("protocol")), protocolFromName, r.protocol, "protocol");
        r.security = named(o.value(QLatin1String("security")), securityFromName, r.security,
                           "security mode");
        r.connectAddress = o.value(QLatin1String("address")).toString();
        r.targetAsTyped = o.value(QLatin1String("as_typed")).toString();
        r.requestedConnectAddress = o.value(QLatin1String("connect_address")).toString();
    }

    void steps(const QJsonArray &array, Report &r)
    {
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            Step s;
            s.id = stepId(o.value(QLatin1String("id")));
            s.status = named(o.value(QLatin1String("status")), stepStatusFromName, s.status,
                             "step status");
            s.startMs = o.value(QLatin1String("start_ms")).toDouble();
            s.endMs = o.value(QLatin1String("end_ms")).toDouble(-1);
            s.summary = o.value(QLatin1String("summary")).toString();
            s.details = o.value(QLatin1String("details")).toObject().toVariantMap();
            r.steps.append(s);
        }
    }

    static std::optional<Direction> directionFromName(const QString &name)
    {
        for (auto d : { Direction::Client, Direction::Server, Direction::Event }) {
            if (directionName(d) == name)
                return d;
        }
        return std::nullopt;
    }

    void transcript(const QJsonArray &array, Report &r)
    {
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            TranscriptEvent e;
            e.tMs = o.value(QLatin1String("t_ms")).toDouble();
            e.direction = named(o.value(QLatin1String("dir")), directionFromName, e.direction,
                                "transcript direction");
            e.tls = o.value(QLatin1String("tls")).toBool();
            e.text = o.value(QLatin1String("text")).toString();
            e.stepIndex = o.value(QLatin1String("step_index")).toInt(-1);
            e.unterminated = o.value(QLatin1String("unterminated")).toBool();
            if (e.stepIndex >= r.steps.size())
                fail(tr("a transcript line refers to step %1, which does not exist")
                         .arg(e.stepIndex));
            r.transcript.append(e);
        }
    }

    void tls(const QJsonObject &o, TlsInfo &t)
    {
        t.protocol = o.value(QLatin1String("protocol")).toString();
        t.cipher = o.value(QLatin1String("cipher")).toString();
        t.verified = o.value(QLatin1String("verified")).toBool();
        for (const QJsonValue &v : o.value(QLatin1String("chain")).toArray()) {
            const QJsonObject c = v.toObject();
            CertificateInfo info;
            info.subject = c.value(QLatin1String("subject")).toString();
            info.issuer = c.value(QLatin1String("issuer")).toString();
            info.commonName = c.value(QLatin1String("common_name")).toString();
            info.notBefore = time(c.value(QLatin1String("not_before")), "not_before");
            info.notAfter = time(c.value(QLatin1String("not_after")), "not_after");
            info.sha256 = c.value(QLatin1String("sha256")).toString();
            info.subjectAltNames = strings(c.value(QLatin1String("subject_alt_names")));
            info.publicKey = c.value(QLatin1String("public_key")).toString();
            info.serialNumber = c.value(QLatin1String("serial_number")).toString();
            info.selfSigned = c.value(QLatin1String("self_signed")).toBool();
            info.pem = c.value(QLatin1String("pem")).toString().toLatin1();
            t.chain.append(info);
        }
        t.attempted = o.value(QLatin1String("attempted")).toBool();
        t.established = o.value(QLatin1String("established")).toBool();
        t.trusted = o.value(QLatin1String("trusted")).toBool();
        t.nameMatches = o.value(QLatin1String("name_matches")).toBool();
        t.verifiedName = o.value(QLatin1String("verified_name")).toString();
        t.sni = o.value(QLatin1String("sni")).toString();
        t.keyExchange = o.value(QLatin1String("key_exchange")).toString();
        t.alertsSent = strings(o.value(QLatin1String("alerts_sent")));
        t.alertsReceived = strings(o.value(QLatin1String("alerts_received")));
        t.handshakeError = o.value(QLatin1String("handshake_error")).toString();
        if (o.contains(QLatin1String("problems"))) {
            for (const QJsonValue &v : o.value(QLatin1String("problems")).toArray()) {
                const QJsonObject p = v.toObject();
                CertificateProblem problem;
                problem.code = p.value(QLatin1String("code")).toInt();
                problem.message = p.value(QLatin1String("message")).toString();
                problem.certificateIndex = p.value(QLatin1String("certificate")).toInt(-1);
                problem.isNameProblem = p.value(QLatin1String("name")).toBool();
                t.problems.append(problem);
            }
        } else {
            // A report with only the contract's "errors" still shows them.
            for (const QString &message : strings(o.value(QLatin1String("errors")))) {
                CertificateProblem problem;
                problem.message = message;
                t.problems.append(problem);
            }
        }
    }

    void findings(const QJsonArray &array, Report &r)
    {
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            Finding f;
            f.id = o.value(QLatin1String("id")).toString();
            f.severity = named(o.value(QLatin1String("severity")), severityFromName, f.severity,
                               "severity");
            f.step = stepId(o.value(QLatin1String("step")));
            f.title = o.value(QLatin1String("title")).toString();
            f.explanation = o.value(QLatin1String("explanation")).toString();
            f.fix = o.value(QLatin1String("fix")).toString();
            r.findings.append(f);
        }
    }

    void facts(const QJsonObject &o, SessionFacts &f)
    {
        auto b = [&o](const char *k) {
            return o.value(QLatin1String(k)).toBool();
        };
        auto s = [&o](const char *k) {
            return o.value(QLatin1String(k)).toString();
        };
        auto i = [&o](const char *k) {
            return o.value(QLatin1String(k)).toInt();
        };
        auto d = [&o](const char *k) {
            return o.value(QLatin1String(k)).toDouble(-1);
        };
        f.resolvedAddresses = strings(o.value(QLatin1String("resolved_addresses")));
        f.resolveTimedOut = b("resolve_timed_out");
        f.connectOutcome = named(o.value(QLatin1String("connect_outcome")), connectOutcomeFromName,
                                 f.connectOutcome, "connection outcome");
        f.connectError = s("connect_error");
        f.greetingReceived = b("greeting_received");
        f.greetingTimedOut = b("greeting_timed_out");
        f.greetingDelayMs = d("greeting_delay_ms");
        f.firstGreetingByteMs = d("first_greeting_byte_ms");
        f.greetingCode = i("greeting_code");
        f.greetingStatus = s("greeting_status");
        f.greetingLines = strings(o.value(QLatin1String("greeting_lines")));
        f.greetingMultiline = b("greeting_multiline");
        f.heloFallback = b("helo_fallback");
        f.capabilityReplyCode = i("capability_reply_code");
        f.capabilityCommandFailed = b("capability_command_failed");
        f.capabilityReplyLines = strings(o.value(QLatin1String("capability_reply_lines")));
        f.starttlsOffered = b("starttls_offered");
        f.starttlsAttempted = b("starttls_attempted");
        f.starttlsAccepted = b("starttls_accepted");
        f.starttlsReplyCode = i("starttls_reply_code");
        f.starttlsReplyStatus = s("starttls_reply_status");
        f.starttlsReplyText = s("starttls_reply_text");
        f.injectedAfterUpgrade = unescapeBytes(s("injected_after_upgrade"));
        f.preauth = b("preauth");
        f.closedByServer = b("closed_by_server");
        f.closedDuringStep = optionalStep(o.value(QLatin1String("closed_during_step")));
        f.lineTooLong = b("line_too_long");
        f.lineTooLongStep = optionalStep(o.value(QLatin1String("line_too_long_step")));
        f.protocolViolation = s("protocol_violation");
        f.protocolViolationStep = optionalStep(o.value(QLatin1String("protocol_violation_step")));
        for (const QJsonValue &v : o.value(QLatin1String("reply_codes")).toArray())
            f.replyCodes.append(v.toInt());
        f.quitSent = b("quit_sent");
        f.quitAnswered = b("quit_answered");
        f.cancelled = b("cancelled");
        f.modeCheckRan = b("mode_check_ran");
        f.modeCheckSecurity = named(o.value(QLatin1String("mode_check_security")), securityFromName,
                                    f.modeCheckSecurity, "security mode");
        f.modeCheckSucceeded = b("mode_check_succeeded");
        f.modeCheckEvidence = s("mode_check_evidence");
        f.unterminatedLineStep = optionalStep(o.value(QLatin1String("unterminated_line_step")));
        f.unterminatedLine = s("unterminated_line");
        f.unterminatedLineBytes = i("unterminated_line_bytes");
        f.unterminatedLineClosed = b("unterminated_line_closed");
        f.unterminatedLineLiteral = b("unterminated_line_literal");
        f.unsolicitedReply = s("unsolicited_reply");
        f.deadlineExceeded = b("deadline_exceeded");
        f.deadlineMs = i("deadline_ms");
        f.deadlineStep = optionalStep(o.value(QLatin1String("deadline_step")));
    }
};

// A report with only PRODUCT.md's fields (another writer, a trimmed ticket)
// lacks the typed facts the verdict reads; the few it needs follow from the
// steps, the transcript and the TLS object.
void boundTranscript(Report &r)
{
    qsizetype kept = 0;
    qsizetype dropped = 0;
    for (qsizetype i = 0; i < r.transcript.size(); ++i) {
        TranscriptEvent &e = r.transcript[i];
        e.text = clipText(e.text, ReportLimits::maxTranscriptLineChars);
        kept += e.text.size();
        if (kept > ReportLimits::maxTranscriptChars) {
            dropped = r.transcript.size() - i;
            r.transcript.resize(i);
            break;
        }
    }
    if (dropped > 0) {
        TranscriptEvent e;
        e.tMs = r.transcript.isEmpty() ? 0 : r.transcript.constLast().tMs;
        e.text = QCoreApplication::translate("Report", "Transcript limit reached: %n more "
                                                       "line(s) of the file not kept",
                                             nullptr, int(dropped));
        r.transcript.append(e);
    }
}

void inferFacts(const QJsonObject &root, Report &r)
{
    for (const Step &s : r.steps) {
        if (s.id == StepId::Connect && s.status == StepStatus::Ok)
            r.facts.connectOutcome = ConnectOutcome::Connected;
    }
    for (const TranscriptEvent &e : r.transcript) {
        if (e.direction == Direction::Server) {
            r.facts.connectOutcome = ConnectOutcome::Connected;
            r.facts.greetingReceived = true;
        }
    }
    const QJsonObject tls = root.value(QLatin1String("tls")).toObject();
    if (!tls.contains(QLatin1String("established")))
        r.tls.established = !r.tls.protocol.isEmpty();
    if (!tls.contains(QLatin1String("attempted")))
        r.tls.attempted = r.tls.established || !r.tls.chain.isEmpty();
}

} // namespace

std::optional<Report> readJson(const QByteArray &json, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<Report> {
        // The message quotes the file only escaped and clipped (untrustedText, visibleText).
        qCDebug(lcReport) << "report file rejected:" << message;
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failed(Reader::tr("The report is not valid JSON (%1 at offset %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    if (!doc.isObject())
        return failed(Reader::tr("The report is not a JSON object."));
    const QJsonObject root = doc.object();
    const QString schema = root.value(QLatin1String("schema")).toString();
    if (schema != QLatin1String(reportSchema)) {
        return failed(
            Reader::tr("This is not a mailinspect report (schema \"%1\", expected \"%2\").")
                .arg(clipText(untrustedText(schema), 64), QLatin1String(reportSchema)));
    }

    Reader reader;
    Report r;
    const QJsonObject tool = root.value(QLatin1String("tool")).toObject();
    r.toolVersion = tool.value(QLatin1String("version")).toString();
    r.tlsBackend = tool.value(QLatin1String("tls_backend")).toString();
    reader.target(root.value(QLatin1String("target")).toObject(), r);
    r.started = reader.time(root.value(QLatin1String("started")), "started");
    r.durationMs = root.value(QLatin1String("duration_ms")).toDouble();
    reader.steps(root.value(QLatin1String("steps")).toArray(), r);
    reader.transcript(root.value(QLatin1String("transcript")).toArray(), r);
    const QJsonObject caps = root.value(QLatin1String("capabilities")).toObject();
    r.capabilitiesBeforeTls = reader.strings(caps.value(QLatin1String("before_tls")));
    r.capabilitiesAfterTls = reader.strings(caps.value(QLatin1String("after_tls")));
    reader.tls(root.value(QLatin1String("tls")).toObject(), r.tls);
    reader.findings(root.value(QLatin1String("findings")).toArray(), r);
    r.finished = root.value(QLatin1String("finished")).toBool(true);
    if (root.contains(QLatin1String("facts")))
        reader.facts(root.value(QLatin1String("facts")).toObject(), r.facts);
    else
        inferFacts(root, r);

    if (!reader.error.isEmpty())
        return failed(
            Reader::tr("The report could not be read: %1.").arg(visibleText(reader.error)));
    // A file is as untrusted as a server: held to the limits and escaping of a
    // report recorded here.
    boundTranscript(r);
    boundReport(r);
    neutraliseReport(r);
    return r;
}

} // namespace MailInspect
