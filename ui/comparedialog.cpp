// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "apptext.h"
#include "icons.h"
#include "report/reporttext.h"
#include "timelinemodel.h"
#include "verdictsummary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace MailInspect {

namespace {

QString dash()
{
    return QStringLiteral("—");
}

QString when(const Report &report)
{
    return QLocale().toString(report.started.toLocalTime(), QLocale::ShortFormat);
}

QString target(const Report &report)
{
    return CompareDialog::tr("%1, port %2, %3, %4")
        .arg(report.host)
        .arg(report.port)
        .arg(protocolDisplayName(report.protocol), securityDisplayName(report.security));
}

QString tls(const Report &report)
{
    if (!report.tls.established)
        return CompareDialog::tr("no TLS");
    return CompareDialog::tr("%1, %2").arg(VerdictSummary::tlsVersionText(report.tls.protocol),
                                           report.tls.cipher);
}

QString yesNo(bool value)
{
    return value ? CompareDialog::tr("yes") : CompareDialog::tr("no");
}

QString stepOutcome(const Report &report, StepId id)
{
    const Step *step = report.step(id);
    if (!step)
        return dash();
    if (step->status == StepStatus::Skipped && !TimelineModel::wasCancelled(*step))
        return CompareDialog::tr("skipped");
    return CompareDialog::tr("%1, %2").arg(
        ReportText::stepStatusWord(step->status),
        TimelineModel::formatDuration(step->endMs - step->startMs));
}

QString findingText(const Report &report, const QString &id)
{
    for (const Finding &finding : report.findings) {
        if (finding.id == id)
            return CompareDialog::tr("%1: %2").arg(
                ReportText::severityDisplayName(finding.severity), finding.title);
    }
    return dash();
}

} // namespace

QList<ComparisonRow> compareReports(const Report &before, const Report &after)
{
    QList<ComparisonRow> rows;
    auto add = [&rows](const QString &aspect, const QString &a, const QString &b, bool differs) {
        rows << ComparisonRow {aspect, a, b, differs};
    };
    auto same = [&add](const QString &aspect, const QString &a, const QString &b) {
        add(aspect, a, b, a != b);
    };

    add(CompareDialog::tr("Inspected"), when(before), when(after), false);
    same(CompareDialog::tr("Target"), target(before), target(after));
    const VerdictSummary va = VerdictSummary::fromReport(before);
    const VerdictSummary vb = VerdictSummary::fromReport(after);
    add(CompareDialog::tr("Verdict"), va.headline, vb.headline,
        va.verdict != vb.verdict || va.tone != vb.tone || va.headline != vb.headline);
    same(CompareDialog::tr("TLS"), tls(before), tls(after));

    // The server's own certificate: what people renew.
    const CertificateInfo none;
    const CertificateInfo &ca = before.tls.chain.isEmpty() ? none : before.tls.chain.first();
    const CertificateInfo &cb = after.tls.chain.isEmpty() ? none : after.tls.chain.first();
    auto subject = [](const CertificateInfo &c) {
        return c.subject.isEmpty() ? dash() : c.subject;
    };
    auto until = [](const CertificateInfo &c) {
        return c.notAfter.isValid()
            ? QLocale().toString(c.notAfter.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm"))
                + QStringLiteral(" UTC")
            : dash();
    };
    same(CompareDialog::tr("Certificate"), subject(ca), subject(cb));
    same(CompareDialog::tr("Valid until"), until(ca), until(cb));
    same(CompareDialog::tr("SHA-256 fingerprint"), ca.sha256.isEmpty() ? dash() : ca.sha256,
         cb.sha256.isEmpty() ? dash() : cb.sha256);
    same(CompareDialog::tr("Chain trusted"), yesNo(before.tls.trusted), yesNo(after.tls.trusted));
    same(CompareDialog::tr("Name matches"), yesNo(before.tls.nameMatches),
         yesNo(after.tls.nameMatches));

    // Every step either result has, in timeline order.
    for (StepId id : allStepIds()) {
        const Step *a = before.step(id);
        const Step *b = after.step(id);
        if (!a && !b)
            continue;
        const bool differs = !a || !b || a->status != b->status
            || TimelineModel::wasCancelled(*a) != TimelineModel::wasCancelled(*b);
        add(CompareDialog::tr("Step: %1").arg(stepDisplayName(id)), stepOutcome(before, id),
            stepOutcome(after, id), differs);
    }

    // Every finding either result has: gone, new, or still there.
    QStringList ids;
    for (const Report *r : {&before, &after}) {
        for (const Finding &finding : r->findings) {
            if (!ids.contains(finding.id))
                ids << finding.id;
        }
    }
    for (const QString &id : ids) {
        const QString a = findingText(before, id);
        const QString b = findingText(after, id);
        add(CompareDialog::tr("Finding: %1").arg(id), a, b, a != b);
    }
    return rows;
}

CompareDialog::CompareDialog(const Report &before, const Report &after, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare Results"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Rows that changed are marked."), this);
    layout->addWidget(note);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setRootIsDecorated(false);
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("What"), tr("Before (%1)").arg(appText(when(before))),
                              tr("After (%1)").arg(appText(when(after)))});
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(false);
    const QPalette palette = m_table->palette();
    const QColor accent = Ui::statusColor(StepStatus::Warning, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = Ui::tint(base, accent, Ui::isDark(palette) ? 0.30 : 0.22);
    for (const ComparisonRow &row : compareReports(before, after)) {
        auto *item = new QTreeWidgetItem(m_table);
        // Report text through the app's sink escaper, like every view.
        item->setText(0, appText(row.aspect));
        item->setText(1, appText(row.before));
        item->setText(2, appText(row.after));
        item->setToolTip(1, appToolTip(row.before));
        item->setToolTip(2, appToolTip(row.after));
        item->setData(0, Qt::UserRole, row.differs);
        if (row.differs) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column) {
                item->setBackground(column, tint);
                item->setFont(column, bold);
            }
            item->setIcon(0, Ui::stepStatusIcon(StepStatus::Warning));
            item->setData(0, Qt::AccessibleDescriptionRole, tr("changed"));
        }
    }
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 640);
}

} // namespace MailInspect
