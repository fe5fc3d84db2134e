// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsreport.h"

#include "diagnosis/findingtexts.h"
#include "discovery/settingsfinder.h"
#include "report/jsonwriter.h"
#include "report/untrustedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MailInspect {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFinder)
};

/// "high trust" / "lower trust" for people (the JSON keeps "high" / "lower").
QString trustWords(bool high)
{
    return high ? Tr::tr("high trust") : Tr::tr("lower trust");
}

QJsonObject serverJson(const SettingsCandidate &c)
{
    return QJsonObject {{QStringLiteral("host"), c.host},
                        {QStringLiteral("port"), int(c.port)},
                        {QStringLiteral("protocol"), protocolName(c.protocol)},
                        {QStringLiteral("security"), securityName(c.security)}};
}

QString line(const SettingsCandidate &c)
{
    return Tr::tr("%1, server %2, port %3, %4")
        .arg(Diagnosis::Words::protocolShortName(c.protocol), c.host)
        .arg(c.port)
        .arg(securityDisplayName(c.security));
}

const SettingsCandidate *at(const SettingsFinder &f, int index)
{
    return index >= 0 ? &f.candidates().at(index) : nullptr;
}

const SettingsCandidate *provenFor(const SettingsFinder &f, const CurrentSettings &current)
{
    return current.protocol == Protocol::Submission || current.protocol == Protocol::Smtp
        ? at(f, f.recommendedOutgoing())
        : at(f, f.recommendedIncoming());
}
} // namespace

QStringList compareSettings(const CurrentSettings &current, const SettingsCandidate &proven)
{
    QStringList out;
    const Security security = effectiveSecurity(current.security, current.port);
    if (!current.host.isEmpty() && current.host.toLower() != proven.host)
        out << Tr::tr("Server: %1 → %2").arg(visibleText(current.host), proven.host);
    if (current.protocol != proven.protocol)
        out << Tr::tr("Protocol: %1 → %2")
                   .arg(Diagnosis::Words::protocolShortName(current.protocol),
                        Diagnosis::Words::protocolShortName(proven.protocol));
    if (current.port != proven.port)
        out << Tr::tr("Port: %1 → %2").arg(current.port).arg(proven.port);
    if (security != proven.security)
        out << Tr::tr("Security: %1 → %2")
                   .arg(securityDisplayName(security), securityDisplayName(proven.security));
    return out;
}

QString customerInstructions(const SettingsCandidate *incoming, const SettingsCandidate *outgoing)
{
    QStringList lines;
    if (incoming)
        lines << Tr::tr("Incoming: %1").arg(line(*incoming));
    if (outgoing)
        lines << Tr::tr("Outgoing: %1").arg(line(*outgoing));
    if (incoming || outgoing)
        lines << Tr::tr("User name: your full email address, unless your provider says otherwise.");
    return lines.join(QLatin1Char('\n'));
}

QByteArray writeSettingsJson(const SettingsFinder &f, const std::optional<CurrentSettings> &current)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QString::fromLatin1(settingsSchema));
    root.insert(QStringLiteral("address"), visibleText(f.address()));
    root.insert(QStringLiteral("domain"), f.domain());
    if (!f.inputError().isEmpty())
        root.insert(QStringLiteral("error"), f.inputError());
    root.insert(QStringLiteral("found"), f.found());
    QJsonObject recommended;
    recommended.insert(QStringLiteral("incoming"),
                       f.recommendedIncoming() >= 0
                           ? QJsonValue(serverJson(f.candidates().at(f.recommendedIncoming())))
                           : QJsonValue());
    recommended.insert(QStringLiteral("outgoing"),
                       f.recommendedOutgoing() >= 0
                           ? QJsonValue(serverJson(f.candidates().at(f.recommendedOutgoing())))
                           : QJsonValue());
    root.insert(QStringLiteral("recommended"), recommended);
    if (current) {
        QJsonObject comparison;
        comparison.insert(
            QStringLiteral("current"),
            QJsonObject {{QStringLiteral("host"), visibleText(current->host)},
                         {QStringLiteral("port"), int(current->port)},
                         {QStringLiteral("protocol"), protocolName(current->protocol)},
                         {QStringLiteral("security"),
                          securityName(effectiveSecurity(current->security, current->port))}});
        const SettingsCandidate *proven = provenFor(f, *current);
        comparison.insert(QStringLiteral("should_be"),
                          proven ? QJsonValue(serverJson(*proven)) : QJsonValue());
        comparison.insert(QStringLiteral("changes"),
                          QJsonArray::fromStringList(proven ? compareSettings(*current, *proven)
                                                            : QStringList()));
        root.insert(QStringLiteral("comparison"), comparison);
    }
    QJsonArray candidates;
    for (qsizetype i = 0; i < f.candidates().size(); ++i) {
        const SettingsCandidate &c = f.candidates().at(i);
        QJsonObject o = serverJson(c);
        o.insert(QStringLiteral("index"), int(i));
        o.insert(QStringLiteral("direction"),
                 c.isIncoming() ? QStringLiteral("incoming") : QStringLiteral("outgoing"));
        o.insert(QStringLiteral("source"), settingsSourceName(c.source));
        if (!c.url.isEmpty())
            o.insert(QStringLiteral("url"), visibleText(c.url));
        if (!c.record.isEmpty())
            o.insert(QStringLiteral("record"), visibleText(c.record));
        o.insert(QStringLiteral("trust"),
                 c.highTrust ? QStringLiteral("high") : QStringLiteral("lower"));
        o.insert(QStringLiteral("trust_reasons"), QJsonArray::fromStringList(c.trustReasons));
        o.insert(QStringLiteral("state"), candidateStateName(c.state));
        o.insert(QStringLiteral("outcome"), visibleText(c.outcome));
        if (!c.certificateNames.isEmpty())
            o.insert(QStringLiteral("certificate_names"),
                     QJsonArray::fromStringList(c.certificateNames));
        if (c.sameAs >= 0)
            o.insert(QStringLiteral("same_as"), c.sameAs);
        if (c.report)
            o.insert(QStringLiteral("report"),
                     QJsonDocument::fromJson(writeJson(*c.report, false)).object());
        candidates.append(o);
    }
    root.insert(QStringLiteral("candidates"), candidates);
    QJsonArray tried;
    for (const SettingsTried &t : f.tried()) {
        tried.append(QJsonObject {{QStringLiteral("kind"), t.kind},
                                  {QStringLiteral("what"), t.what},
                                  {QStringLiteral("outcome"), t.outcome},
                                  {QStringLiteral("found"), t.found}});
    }
    root.insert(QStringLiteral("tried"), tried);
    root.insert(QStringLiteral("total_ms"), qRound64(f.totalMs() * 1000) / 1000.0);
    root.insert(QStringLiteral("slowest_probe_ms"), qRound64(f.slowestProbeMs() * 1000) / 1000.0);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString writeSettingsText(const SettingsFinder &f, const std::optional<CurrentSettings> &current)
{
    QStringList out;
    out << Tr::tr("Settings for %1").arg(visibleText(f.address()));
    out << QString();
    if (!f.inputError().isEmpty()) {
        out << f.inputError();
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    const SettingsCandidate *in = at(f, f.recommendedIncoming());
    const SettingsCandidate *outgoing = at(f, f.recommendedOutgoing());
    if (!f.found()) {
        out << Tr::tr("Found nothing that works: no source suggested a server that answered "
                      "with verified encryption. Everything that was asked is listed below.");
    } else {
        out << customerInstructions(in, outgoing);
        if (!in)
            out << Tr::tr("Incoming: nothing found that works");
        if (!outgoing)
            out << Tr::tr("Outgoing: nothing found that works");
        for (const SettingsCandidate *c : {in, outgoing}) {
            if (!c)
                continue;
            out << Tr::tr("  %1 from %2 (%3%4)")
                       .arg(c->host, settingsSourceName(c->source), trustWords(c->highTrust),
                            c->trustReasons.isEmpty() ? QString()
                                                      : QStringLiteral(": ")
                                    + c->trustReasons.join(QStringLiteral(", ")));
        }
    }
    if (current) {
        out << QString();
        const SettingsCandidate *proven = provenFor(f, *current);
        if (!proven) {
            out << Tr::tr("Customer has: nothing proven to compare with");
        } else {
            const QStringList changes = compareSettings(*current, *proven);
            out << Tr::tr("Customer has → should be:");
            if (changes.isEmpty())
                out << Tr::tr("  nothing to change");
            for (const QString &change : changes)
                out << QStringLiteral("  ") + change;
        }
    }
    out << QString() << Tr::tr("Candidates:");
    for (qsizetype i = 0; i < f.candidates().size(); ++i) {
        const SettingsCandidate &c = f.candidates().at(i);
        const QString where = visibleText(c.url.isEmpty() ? c.record : c.url);
        out << QStringLiteral("  [%1] %2 %3:%4 %5 - %6 (%7, %8) - %9")
                   .arg(candidateStateName(c.state),
                        Diagnosis::Words::protocolShortName(c.protocol), c.host)
                   .arg(c.port)
                   .arg(securityDisplayName(c.security), visibleText(c.outcome),
                        settingsSourceName(c.source), trustWords(c.highTrust), where);
    }
    out << QString() << Tr::tr("Asked:");
    for (const SettingsTried &t : f.tried())
        out << QStringLiteral("  %1 %2: %3")
                   .arg(t.found ? QStringLiteral("+") : QStringLiteral("-"), t.what, t.outcome);
    out << QString()
        << Tr::tr("Took %1 s (slowest probe %2 s).")
               .arg(f.totalMs() / 1000.0, 0, 'f', 2)
               .arg(f.slowestProbeMs() / 1000.0, 0, 'f', 2);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace MailInspect
