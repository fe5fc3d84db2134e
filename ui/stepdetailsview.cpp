// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepdetailsview.h"

#include "apptext.h"

#include "icons.h"
#include "timelinemodel.h"

#include <QEvent>
#include <QHash>
#include <QScrollBar>

namespace MailInspect {

namespace {

QString esc(const QString &text)
{
    return appHtml(text);
}

QString row(const QString &key, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>").arg(esc(key), valueHtml);
}

QString yesNo(bool value, const QPalette &palette)
{
    const QColor color = Ui::statusColor(value ? StepStatus::Ok : StepStatus::Error, palette);
    return QStringLiteral("<span style='color:%1'><b>%2</b></span>")
        .arg(color.name(), esc(value ? StepDetailsView::tr("yes") : StepDetailsView::tr("no")));
}

QString statusImage(StepStatus status)
{
    return QStringLiteral("<img src=':/icons/status-%1.svg' width='16' height='16'>")
        .arg(stepStatusName(status));
}

QString humanKey(const QString &key)
{
    // The engine's detail keys, in words for people.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("addresses"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Addresses")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Address")},
        {QStringLiteral("connect_address"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Connected to")},
        {QStringLiteral("local_address"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Local address")},
        {QStringLiteral("port"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Port")},
        {QStringLiteral("delay_ms"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Waited for the greeting")},
        {QStringLiteral("lines"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Lines")},
        {QStringLiteral("capabilities"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Capabilities")},
        {QStringLiteral("inside_tls"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Inside TLS")},
        {QStringLiteral("security"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Security")},
        {QStringLiteral("succeeded"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Succeeded")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Evidence")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Error")},
        {QStringLiteral("chain_length"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Certificates sent")},
        // The login, the checks after it and the name lookup.
        {QStringLiteral("mechanism"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Mechanism")},
        {QStringLiteral("problem"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Problem")},
        {QStringLiteral("messages"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Messages")},
        {QStringLiteral("usage"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Used")},
        {QStringLiteral("limit"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Limit")},
        {QStringLiteral("resource"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Resource")},
        {QStringLiteral("bytes"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Bytes")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Outcome")},
        {QStringLiteral("dns_server"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "DNS server")},
        {QStringLiteral("mail_hosts"),
         QT_TRANSLATE_NOOP("MailInspect::StepDetailsView", "Mail servers of the domain")},
    };
    if (const char *label = labels.value(key))
        return StepDetailsView::tr(label);
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString valueHtml(const QString &key, const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : value.toList())
            items << esc(item.toString());
        if (items.isEmpty())
            return esc(StepDetailsView::tr("none"));
        return QStringLiteral("<tt>%1</tt>").arg(items.join(QStringLiteral("<br>")));
    }
    if (value.typeId() == QMetaType::Bool)
        return esc(value.toBool() ? StepDetailsView::tr("yes") : StepDetailsView::tr("no"));
    if (key.endsWith(QLatin1String("_ms")))
        return esc(TimelineModel::formatDuration(value.toDouble()));
    if (value.typeId() == QMetaType::QVariantMap) {
        QStringList items;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items << esc(humanKey(it.key())) + QStringLiteral(": ") + esc(it.value().toString());
        return items.join(QStringLiteral("<br>"));
    }
    return esc(value.toString());
}

// Keys a step's own section shows better; not repeated in the generic table.
bool coveredElsewhere(StepId step, const QString &key)
{
    static const QStringList tlsKeys
        = {QStringLiteral("protocol"),      QStringLiteral("cipher"),
           QStringLiteral("key_exchange"),  QStringLiteral("sni"),
           QStringLiteral("alerts_sent"),   QStringLiteral("alerts_received"),
           QStringLiteral("verified_name"), QStringLiteral("trusted"),
           QStringLiteral("name_matches"),  QStringLiteral("problems"),
           QStringLiteral("error")};
    // The summary already says "Cancelled", and the "Took" row how long it ran.
    if (key == QLatin1String("cancelled"))
        return true;
    switch (step) {
    case StepId::TlsHandshake:
    case StepId::Certificate:
        return tlsKeys.contains(key);
    case StepId::StartTls:
        return key == QLatin1String("capabilities_before_tls");
    case StepId::CapabilitiesAfterTls:
        return key == QLatin1String("capabilities");
    default:
        return false;
    }
}

// Capabilities before and after TLS side by side; what appeared or
// disappeared with TLS is marked, because that is the interesting part
// (AUTH appearing is normal, STARTTLS vanishing is expected, anything
// else vanishing is a hint at a middlebox).
QString capabilitiesHtml(const Report &report, const QPalette &palette)
{
    const QStringList &before = report.capabilitiesBeforeTls;
    const QStringList &after = report.capabilitiesAfterTls;
    QStringList all = before;
    for (const QString &cap : after) {
        if (!all.contains(cap))
            all << cap;
    }
    if (all.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(esc(StepDetailsView::tr("No capabilities recorded.")));

    const QColor added = Ui::statusColor(StepStatus::Ok, palette);
    const QColor removed = Ui::statusColor(StepStatus::Error, palette);
    const bool haveAfter = !after.isEmpty() || report.tls.established;
    QString html = QStringLiteral("<h3>%1</h3><table class='caps' cellspacing='0' cellpadding='3'>")
                       .arg(esc(StepDetailsView::tr("Capabilities")));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th></th></tr>")
                .arg(esc(StepDetailsView::tr("Before TLS")), esc(StepDetailsView::tr("After TLS")));
    for (const QString &cap : all) {
        const bool inBefore = before.contains(cap);
        const bool inAfter = after.contains(cap);
        QString note;
        if (haveAfter && inAfter && !inBefore) {
            note = QStringLiteral("<span style='color:%1'>%2</span>")
                       .arg(added.name(), esc(StepDetailsView::tr("appeared")));
        } else if (haveAfter && inBefore && !inAfter) {
            note = QStringLiteral("<span style='color:%1'>%2</span>")
                       .arg(removed.name(), esc(StepDetailsView::tr("disappeared")));
        }
        html += QStringLiteral("<tr><td><tt>%1</tt></td><td><tt>%2</tt></td><td>%3</td></tr>")
                    .arg(inBefore ? esc(cap) : QString(), inAfter ? esc(cap) : QString(), note);
    }
    html += QStringLiteral("</table>");
    return html;
}

QString tlsHtml(const Report &report, const QPalette &palette)
{
    const TlsInfo &tls = report.tls;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2'>")
                       .arg(esc(StepDetailsView::tr("Handshake and verification")));
    const QString none = StepDetailsView::tr("none");
    if (!tls.protocol.isEmpty())
        html += row(StepDetailsView::tr("Protocol"), esc(tls.protocol));
    if (!tls.cipher.isEmpty())
        html += row(StepDetailsView::tr("Cipher"),
                    QStringLiteral("<tt>%1</tt>").arg(esc(tls.cipher)));
    if (!tls.keyExchange.isEmpty())
        html += row(StepDetailsView::tr("Key exchange"), esc(tls.keyExchange));
    html += row(StepDetailsView::tr("Server name sent (SNI)"),
                esc(tls.sni.isEmpty() ? none : tls.sni));
    html += row(StepDetailsView::tr("Name verified"),
                esc(tls.verifiedName.isEmpty() ? report.host : tls.verifiedName));
    html += row(StepDetailsView::tr("Handshake completed"), yesNo(tls.established, palette));
    if (tls.established || !tls.chain.isEmpty()) {
        html += row(StepDetailsView::tr("Chain trusted"), yesNo(tls.trusted, palette));
        html += row(StepDetailsView::tr("Name matches"), yesNo(tls.nameMatches, palette));
        html += row(StepDetailsView::tr("Verification"),
                    tls.verified ? yesNo(true, palette) + QStringLiteral(" ")
                            + esc(StepDetailsView::tr("certificate verified"))
                                 : yesNo(false, palette));
    }
    html += row(StepDetailsView::tr("TLS alerts sent"),
                esc(tls.alertsSent.isEmpty() ? none : tls.alertsSent.join(QStringLiteral(", "))));
    html += row(
        StepDetailsView::tr("TLS alerts received"),
        esc(tls.alertsReceived.isEmpty() ? none : tls.alertsReceived.join(QStringLiteral(", "))));
    if (!tls.handshakeError.isEmpty())
        html += row(StepDetailsView::tr("Error"), esc(tls.handshakeError));
    for (const CertificateProblem &problem : tls.problems)
        html += row(StepDetailsView::tr("Problem"), esc(problem.message));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

StepDetailsView::StepDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    Ui::initResources();
    setOpenLinks(false);
    setAccessibleName(tr("Step details"));
    clearStep();
}

void StepDetailsView::clearStep()
{
    m_report = nullptr;
    m_index = -1;
    setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(),
                     esc(tr("Select a step on the timeline to see its details."))));
}

void StepDetailsView::showStep(const Report *report, int index)
{
    if (!report || index < 0 || index >= report->steps.size()) {
        clearStep();
        return;
    }
    m_report = report;
    m_index = index;
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    setHtml(html(*report, index, palette()));
    if (verticalScrollBar())
        verticalScrollBar()->setValue(scroll);
}

void StepDetailsView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_report)
        showStep(m_report, m_index);
}

QString StepDetailsView::html(const Report &report, int index, const QPalette &palette)
{
    const Step &step = report.steps.at(index);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    QString html = QStringLiteral("<html><head><style>"
                                  "td.k { color: %1; padding-right: 12px; white-space: nowrap; }"
                                  "table.caps th { text-align: left; padding-right: 24px; }"
                                  "table.caps td { padding-right: 24px; }"
                                  "h2 { margin-bottom: 2px; } h3 { margin-top: 14px; }"
                                  "</style></head><body>")
                       .arg(muted.name());
    html += QStringLiteral("<h2>%1 %2</h2>")
                .arg(statusImage(Ui::shownStepStatus(step, report.findings)),
                     esc(stepDisplayName(step.id)));
    if (!step.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(step.summary));

    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += row(tr("Started"), esc(TimelineModel::formatDuration(step.startMs)));
    if (step.endMs >= 0)
        html += row(tr("Took"), esc(TimelineModel::formatDuration(step.endMs - step.startMs)));
    else if (step.status == StepStatus::Running)
        html += row(tr("Took"), esc(tr("still running")));
    for (auto it = step.details.cbegin(); it != step.details.cend(); ++it) {
        if (!coveredElsewhere(step.id, it.key()))
            html += row(humanKey(it.key()), valueHtml(it.key(), it.value()));
    }
    html += QStringLiteral("</table>");

    switch (step.id) {
    case StepId::TlsHandshake:
    case StepId::Certificate:
        html += tlsHtml(report, palette);
        break;
    case StepId::StartTls:
    case StepId::CapabilitiesAfterTls:
        html += capabilitiesHtml(report, palette);
        break;
    default:
        break;
    }

    QString findings;
    for (const Finding &finding : report.findings) {
        if (finding.step != step.id)
            continue;
        findings += QStringLiteral("<p><b>%1</b><br>%2<br><i>%3</i> %4</p>")
                        .arg(esc(finding.title), esc(finding.explanation), esc(tr("Fix:")),
                             esc(finding.fix));
    }
    if (!findings.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Findings"))) + findings;
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace MailInspect
