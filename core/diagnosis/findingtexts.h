// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QStringList>

#include <optional>

namespace MailInspect::Diagnosis {

/// The fixed part of a finding: its id, severity and the step it normally
/// belongs to (PRODUCT.md's table, in the table's order).
struct FindingKind
{
    const char *id;
    Severity severity;
    StepId step;
    FindingTopic topic; ///< the verdict reads only Connection findings
};

/// Every kind of finding the diagnosis knows, in PRODUCT.md's order.
QList<FindingKind> findingKinds();

/// Builds a finding from the text table (findingtexts.cpp), the one place
/// that holds every title, explanation and fix. `variant` picks a wording
/// for the situation ("" is the default wording); %1..%9 in the texts are
/// filled from `args` in one pass, so a server's words containing "%1" stay
/// as they are. `step` overrides the kind's usual step.
Finding makeFinding(const char *id, const char *variant = "", const QStringList &args = {},
                    std::optional<StepId> step = std::nullopt);

/// True when the text table has this id/variant pair (tests check every pair
/// the rules use exists).
bool hasFindingText(const char *id, const char *variant);

/// Small pieces of text the rules put into the placeholders; kept here so
/// every word a finding shows lives in findingtexts.cpp.
namespace Words {
QString protocolShortName(Protocol protocol); ///< "SMTP", "IMAP", "ManageSieve"
QString usualPorts(Protocol protocol); ///< "587 with STARTTLS or 465 with SSL/TLS"
QString seconds(double ms); ///< "6.2"
QString date(const QDateTime &utc); ///< "2025-01-31 23:59 UTC"
QString noReason(); ///< when the backend gave no words
QString noAnswer(); ///< when the server gave no words
QString otherModeWorked(Security mode); ///< evidence fallback for wrong-security-mode
QString lineLimit(); ///< "64 KiB"
QString nothingElse(); ///< certificate without a name
// addresses-disagree: "ADDRESS: item, item"
QString addressBehaviour(const QString &address, const QStringList &items);
QString verdictItem(const QString &verdictName);
QString starttlsItem(bool offered);
QString tlsItem(const QString &protocol); ///< empty protocol: "no TLS"
QString certificateItem(const QString &sha256); ///< empty: "no certificate"
/// The mechanisms a server offers, or "none" when the list is empty.
QString mechanismList(const QStringList &mechanisms);
/// What to pick in a mail app's authentication setting for the strongest of
/// these mechanisms ("Encrypted password (SCRAM-SHA-256)").
QString mechanismAdvice(const QStringList &mechanisms);
/// A quota amount: "950 MiB of 1000 MiB" (STORAGE, in KiB) or "95 of 100 messages".
QString quotaAmount(const QString &resource, qint64 usage, qint64 limit);
} // namespace Words

} // namespace MailInspect::Diagnosis
