#include "jsonwriter.h"

#include "untrustedtext.h"

#include "reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace MailInspect {

namespace {

// QJsonObject sorts its keys; a report reads better with "schema" first and
// each object's fields in the order PRODUCT.md lists them, so the document is
// streamed by hand. Scalars still go through QJsonDocument so escaping and
// number formatting are Qt's.
class JsonStream
{
public:
    explicit JsonStream(bool indented)
        : m_indented(indented)
    { }

    void beginObject() { open('{', true); }
    void endObject() { close('}'); }
    void beginArray() { open('[', false); }
    void endArray() { close(']'); }

    void key(const QString &name)
    {
        separator();
        m_out += scalar(QJsonValue(name));
        m_out += m_indented ? ": " : ":";
        m_afterKey = true;
    }
    void key(const char *name) { key(QString::fromLatin1(name)); }

    void value(const QJsonValue &v)
    {
        if (v.isObject()) {
            const QJsonObject object = v.toObject();
            beginObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                key(it.key());
                value(it.value());
            }
            endObject();
        } else if (v.isArray()) {
            beginArray();
            for (const QJsonValue &item : v.toArray())
                value(item);
            endArray();
        } else {
            beforeValue();
            m_out += scalar(v);
        }
    }

    void field(const char *name, const QJsonValue &v)
    {
        key(name);
        value(v);
    }
    void field(const char *name, const QStringList &list)
    {
        key(name);
        value(QJsonArray::fromStringList(list));
    }

    QByteArray take()
    {
        if (m_indented)
            m_out += '\n';
        return std::move(m_out);
    }

private:
    struct Level
    {
        bool object = false;
        int count = 0;
    };

    // The JSON sink's escaper: a string never carries a hidden character (line
    // breaks aside, as in a PEM block), so `jq -r` on a report cannot drive a
    // terminal either.
    static QByteArray scalar(const QJsonValue &v)
    {
        const QJsonValue safe = v.isString() ? QJsonValue(visibleLines(v.toString())) : v;
        const QByteArray wrapped = QJsonDocument(QJsonArray { safe }).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }

    void newline()
    {
        if (!m_indented)
            return;
        m_out += '\n';
        m_out += QByteArray(m_levels.size() * 2, ' ');
    }

    void separator()
    {
        if (m_levels.isEmpty())
            return;
        Level &level = m_levels.last();
        if (level.count++ > 0)
            m_out += ',';
        newline();
    }

    void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        separator();
    }

    void open(char c, bool object)
    {
        beforeValue();
        m_out += c;
        m_levels.append(Level { object, 0 });
    }

    void close(char c)
    {
        const Level level = m_levels.takeLast();
        if (level.count > 0)
            newline();
        m_out += c;
    }

    bool m_indented;
    bool m_afterKey = false;
    QList<Level> m_levels;
    QByteArray m_out;
};

// Microsecond precision is more than the clock gives; it keeps the numbers short.
QJsonValue ms(double value)
{
    return QJsonValue(std::round(value * 1000.0) / 1000.0);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue stepOrNull(const std::optional<StepId> &id)
{
    return id ? QJsonValue(stepIdName(*id)) : QJsonValue(QJsonValue::Null);
}

void writeTool(JsonStream &j, const Report &r)
{
    j.key("tool");
    j.beginObject();
    j.field("name", QStringLiteral("mailinspect"));
    j.field("version", r.toolVersion);
    j.field("tls_backend", r.tlsBackend);
    j.endObject();
}

void writeTarget(JsonStream &j, const Report &r)
{
    j.key("target");
    j.beginObject();
    j.field("host", r.host);
    j.field("port", int(r.port));
    j.field("protocol", protocolName(r.protocol));
    j.field("security", securityName(r.security));
    j.field("address", r.connectAddress);
    j.field("as_typed", r.targetAsTyped);
    j.field("connect_address", r.requestedConnectAddress);
    j.endObject();
}

void writeSteps(JsonStream &j, const Report &r)
{
    j.key("steps");
    j.beginArray();
    for (const Step &s : r.steps) {
        j.beginObject();
        j.field("id", stepIdName(s.id));
        j.field("status", stepStatusName(s.status));
        j.field("start_ms", ms(s.startMs));
        j.field("end_ms", s.endMs < 0 ? QJsonValue(QJsonValue::Null) : ms(s.endMs));
        j.field("summary", s.summary);
        j.field("details", QJsonObject::fromVariantMap(s.details));
        j.endObject();
    }
    j.endArray();
}

void writeTranscript(JsonStream &j, const Report &r)
{
    j.key("transcript");
    j.beginArray();
    for (const TranscriptEvent &e : r.transcript) {
        j.beginObject();
        j.field("t_ms", ms(e.tMs));
        j.field("dir", directionName(e.direction));
        j.field("tls", e.tls);
        j.field("text", e.text);
        const bool validStep = e.stepIndex >= 0 && e.stepIndex < r.steps.size();
        j.field("step",
                validStep ? QJsonValue(stepIdName(r.steps.at(e.stepIndex).id))
                          : QJsonValue(QJsonValue::Null));
        j.field("step_index", e.stepIndex);
        if (e.unterminated)
            j.field("unterminated", true);
        j.endObject();
    }
    j.endArray();
}

void writeCertificate(JsonStream &j, const CertificateInfo &c)
{
    j.beginObject();
    j.field("subject", c.subject);
    j.field("issuer", c.issuer);
    j.field("common_name", c.commonName);
    j.field("not_before", stringOrNull(ReportText::isoTime(c.notBefore)));
    j.field("not_after", stringOrNull(ReportText::isoTime(c.notAfter)));
    j.field("sha256", c.sha256);
    j.field("subject_alt_names", c.subjectAltNames);
    j.field("public_key", c.publicKey);
    j.field("serial_number", c.serialNumber);
    j.field("self_signed", c.selfSigned);
    j.field("pem", QString::fromLatin1(c.pem));
    j.endObject();
}

void writeTls(JsonStream &j, const Report &r)
{
    const TlsInfo &t = r.tls;
    j.key("tls");
    j.beginObject();
    j.field("protocol", t.protocol);
    j.field("cipher", t.cipher);
    j.field("verified", t.verified);
    QStringList errors;
    for (const CertificateProblem &p : t.problems)
        errors << p.message;
    j.field("errors", errors);
    j.key("chain");
    j.beginArray();
    for (const CertificateInfo &c : t.chain)
        writeCertificate(j, c);
    j.endArray();
    j.field("attempted", t.attempted);
    j.field("established", t.established);
    j.field("trusted", t.trusted);
    j.field("name_matches", t.nameMatches);
    j.field("verified_name", t.verifiedName);
    j.field("sni", t.sni);
    j.field("key_exchange", t.keyExchange);
    j.field("alerts_sent", t.alertsSent);
    j.field("alerts_received", t.alertsReceived);
    j.field("handshake_error", t.handshakeError);
    j.key("problems");
    j.beginArray();
    for (const CertificateProblem &p : t.problems) {
        j.beginObject();
        j.field("code", p.code);
        j.field("message", p.message);
        j.field("certificate", p.certificateIndex);
        j.field("name", p.isNameProblem);
        j.endObject();
    }
    j.endArray();
    j.endObject();
}

void writeFindings(JsonStream &j, const Report &r)
{
    j.key("findings");
    j.beginArray();
    for (const Finding &f : ReportText::sortedFindings(r)) {
        j.beginObject();
        j.field("id", f.id);
        j.field("severity", severityName(f.severity));
        j.field("step", stepIdName(f.step));
        j.field("title", f.title);
        j.field("explanation", f.explanation);
        j.field("fix", f.fix);
        j.endObject();
    }
    j.endArray();
}

// --- typed replies (issue: protocol knowledge in the dialects) -------------
// One reply's typed part: its status, the enhanced status code, the response
// code. The SMTP reply code stays in the "..._code" field beside it.
QJsonObject replyCodeJson(const ReplyCode &reply)
{
    QJsonObject o{{QStringLiteral("status"), ReplyCode::statusName(reply.status)}};
    if (reply.enhanced.isValid())
        o.insert(QStringLiteral("enhanced"), reply.enhanced.toString());
    if (!reply.response.isNone()) {
        o.insert(QStringLiteral("response_code"), reply.response.name);
        o.insert(QStringLiteral("response_kind"), ResponseCode::kindName(reply.response.kind));
        if (!reply.response.argument.isEmpty())
            o.insert(QStringLiteral("response_argument"), reply.response.argument);
    }
    return o;
}

// Written only for replies the session recorded, so reports made by hand (or
// by older versions) stay as they were.
void writeTypedReplies(JsonStream &j, const SessionFacts &f)
{
    const std::pair<const char *, const ReplyCode *> replies[] = {
        {"greeting_reply", &f.greetingReply},
        {"capability_reply", &f.capabilityReply},
        {"starttls_reply", &f.starttlsReply},
        {"auth_reply", &f.authReply},
    };
    for (const auto &[key, reply] : replies) {
        if (reply->status != ReplyStatus::None)
            j.field(key, replyCodeJson(*reply));
    }
}
// --- end of typed replies ----------------------------------------------------

// The typed session facts, so a report read back diagnoses (and gives its
// verdict) exactly as it did when it was recorded.
void writeFacts(JsonStream &j, const Report &r)
{
    const SessionFacts &f = r.facts;
    QJsonArray codes;
    for (int code : f.replyCodes)
        codes.append(code);
    j.key("facts");
    j.beginObject();
    j.field("resolved_addresses", f.resolvedAddresses);
    j.field("resolve_timed_out", f.resolveTimedOut);
    j.field("connect_outcome", connectOutcomeName(f.connectOutcome));
    j.field("connect_error", f.connectError);
    j.field("greeting_received", f.greetingReceived);
    j.field("greeting_timed_out", f.greetingTimedOut);
    j.field("greeting_delay_ms", ms(f.greetingDelayMs));
    j.field("first_greeting_byte_ms", ms(f.firstGreetingByteMs));
    j.field("greeting_code", f.greetingReply.code);
    j.field("greeting_status", f.greetingStatus);
    j.field("greeting_lines", f.greetingLines);
    j.field("greeting_multiline", f.greetingMultiline);
    j.field("helo_fallback", f.heloFallback);
    j.field("capability_reply_code", f.capabilityReply.code);
    j.field("capability_command_failed", f.capabilityCommandFailed);
    j.field("capability_reply_lines", f.capabilityReplyLines);
    j.field("starttls_offered", f.starttlsOffered);
    j.field("starttls_attempted", f.starttlsAttempted);
    j.field("starttls_accepted", f.starttlsAccepted);
    j.field("starttls_reply_code", f.starttlsReply.code);
    j.field("starttls_reply_status", f.starttlsReplyStatus);
    j.field("starttls_reply_text", f.starttlsReplyText);
    j.field("injected_after_upgrade", escapeBytes(f.injectedAfterUpgrade));
    j.field("preauth", f.preauth);
    j.field("closed_by_server", f.closedByServer);
    j.field("closed_during_step", stepOrNull(f.closedDuringStep));
    j.field("line_too_long", f.lineTooLong);
    j.field("line_too_long_step", stepOrNull(f.lineTooLongStep));
    j.field("protocol_violation", f.protocolViolation);
    j.field("protocol_violation_step", stepOrNull(f.protocolViolationStep));
    j.field("reply_codes", codes);
    j.field("quit_sent", f.quitSent);
    j.field("quit_answered", f.quitAnswered);
    j.field("cancelled", f.cancelled);
    j.field("mode_check_ran", f.modeCheckRan);
    j.field("mode_check_security", securityName(f.modeCheckSecurity));
    j.field("mode_check_succeeded", f.modeCheckSucceeded);
    j.field("mode_check_evidence", f.modeCheckEvidence);
    // Written only when they happened, so ordinary reports stay as they were.
    if (f.unterminatedLineStep) {
        j.field("unterminated_line_step", stepOrNull(f.unterminatedLineStep));
        j.field("unterminated_line", f.unterminatedLine);
        j.field("unterminated_line_bytes", QJsonValue(f.unterminatedLineBytes));
        j.field("unterminated_line_closed", f.unterminatedLineClosed);
        j.field("unterminated_line_literal", f.unterminatedLineLiteral);
    }
    if (!f.unsolicitedReply.isEmpty())
        j.field("unsolicited_reply", f.unsolicitedReply);
    if (f.deadlineExceeded) {
        j.field("deadline_exceeded", true);
        j.field("deadline_ms", f.deadlineMs);
        j.field("deadline_step", stepOrNull(f.deadlineStep));
    }
    writeTypedReplies(j, f);
    j.endObject();
}

} // namespace

QString connectOutcomeName(ConnectOutcome outcome)
{
    switch (outcome) {
    case ConnectOutcome::NotAttempted:
        return QStringLiteral("not-attempted");
    case ConnectOutcome::Connected:
        return QStringLiteral("connected");
    case ConnectOutcome::HostNotFound:
        return QStringLiteral("host-not-found");
    case ConnectOutcome::Refused:
        return QStringLiteral("refused");
    case ConnectOutcome::Timeout:
        return QStringLiteral("timeout");
    case ConnectOutcome::NetworkError:
        return QStringLiteral("network-error");
    }
    return {};
}

std::optional<ConnectOutcome> connectOutcomeFromName(const QString &name)
{
    for (auto o :
         { ConnectOutcome::NotAttempted, ConnectOutcome::Connected, ConnectOutcome::HostNotFound,
           ConnectOutcome::Refused, ConnectOutcome::Timeout, ConnectOutcome::NetworkError }) {
        if (connectOutcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

QString escapeBytes(const QByteArray &bytes)
{
    QString out;
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x20 && b < 0x7f && b != '\\')
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QByteArray unescapeBytes(const QString &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 3 < text.size()
            && text.at(i + 1) == QLatin1Char('x')) {
            bool ok = false;
            const int b = text.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                out += char(b);
                i += 3;
                continue;
            }
        }
        out += text.at(i).toLatin1();
    }
    return out;
}

QByteArray writeJson(const Report &report, bool indented)
{
    JsonStream j(indented);
    j.beginObject();
    j.field("schema", QString::fromLatin1(reportSchema));
    writeTool(j, report);
    writeTarget(j, report);
    j.field("started", stringOrNull(ReportText::isoTime(report.started)));
    j.field("duration_ms", ms(report.durationMs));
    j.field("verdict", verdictName(report.verdict()));
    writeSteps(j, report);
    writeTranscript(j, report);
    j.key("capabilities");
    j.beginObject();
    j.field("before_tls", report.capabilitiesBeforeTls);
    j.field("after_tls", report.capabilitiesAfterTls);
    j.endObject();
    writeTls(j, report);
    writeFindings(j, report);
    j.field("finished", report.finished);
    writeFacts(j, report);
    j.endObject();
    return j.take();
}

} // namespace MailInspect
