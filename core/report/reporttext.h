// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailInspect::ReportText {

/// The phrases every writer (text, Markdown, HTML, PDF, summary) shares, so the
/// same report says the same words in every format. All words are translated
/// in the "Report" context.

/// "SECURE", "INSECURE", "FAILED".
QString verdictLabel(Report::Verdict verdict);
/// Why the verdict is what it is, without the label, e.g.
/// "TLSv1.3 (TLS_AES_256_GCM_SHA384), trusted certificate for mail.test".
QString verdictReason(const Report &report);
/// The verdict as one sentence: "SECURE — TLSv1.3 (...), trusted certificate for mail.test".
QString verdictSentence(const Report &report);

/// How the login went, as one line beside the verdict (which describes the
/// connection only): "Login: refused — The account needs an app password",
/// "Login: ok (SCRAM-SHA-256)". Empty when no login was asked for.
QString loginOutcome(const Report &report);
/// What the checks after the login found, as one line: "Inbox: 12 messages, 95 % of the
/// quota used". Empty when none ran.
QString accountOutcome(const Report &report);

/// Findings sorted errors, warnings, infos; the order inside a severity is kept.
QList<Finding> sortedFindings(const Report &report);

/// "mailinspect 0.1.0, TLS backend OpenSSL 3.0.17".
QString toolLine(const Report &report);
/// "2026-11-28 15:00:00 UTC" (empty when unknown).
QString utcTime(const QDateTime &time);
/// "2026-11-28T15:00:00.000Z" (empty when unknown).
QString isoTime(const QDateTime &time);
/// What the user typed, or "host:port" when the report does not say.
QString targetAsTyped(const Report &report);
/// "submission on mail.test port 587, STARTTLS, connected to 127.0.0.1".
QString targetAsConnected(const Report &report);

/// "12.5 ms" with one decimal.
QString milliseconds(double ms);
/// The duration of a step ("3.1 ms"), or "running" when it has not ended.
QString stepDuration(const Step &step);
/// A short status mark for plain text: "[ok]", "[warn]", "[FAIL]", "[skip]", "[..]".
QString stepStatusMark(StepStatus status);
/// "error", "warning", "info" for people (translated).
QString severityDisplayName(Severity severity);
/// A step's status in words: "ok", "warning", "error", "skipped", "running" (translated).
QString stepStatusWord(StepStatus status);
/// "Sent", "Received", "Event" (translated) and the script prefix "C:", "S:", "*".
QString directionMark(Direction direction);

/// "2026-01-01 to 2027-01-01 (396 days left)" measured against the report's
/// start, so a stored report reads the same later.
QString certificateValidity(const CertificateInfo &certificate, const QDateTime &at);
/// "AB:CD:..." split into lines of at most 16 bytes (48 columns).
QStringList fingerprintLines(const QString &sha256);

/// The trust half of the verification: "trusted: ..." or "not trusted: why".
QString trustResult(const Report &report);
/// The name half: "mail.test is in the certificate" or why not.
QString nameResult(const Report &report);
/// One line about TLS when it did not complete or was not used; empty when
/// TLS was established.
QString tlsStateLine(const Report &report);
/// "TLSv1.3, TLS_AES_256_GCM_SHA384, key exchange X25519"; empty without TLS.
QString tlsFacts(const Report &report);

/// Word-wraps prose at width columns; the first line is prefixed with
/// firstIndent, continuation lines with restIndent. Words longer than the
/// width are cut.
QStringList wrap(const QString &text, int width, const QString &firstIndent,
                 const QString &restIndent);

/// The transcript as aligned plain lines, not wrapped:
/// "    1505.1 ms  S: [tls]  250 8BITMIME".
QStringList transcriptLines(const Report &report);

/// The certificate chain as PEM blocks, one after the other (no secrets:
/// certificates are public).
QString chainPem(const Report &report);

} // namespace MailInspect::ReportText
