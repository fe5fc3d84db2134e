// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "apptext.h"

#include "icons.h"
#include "report/reporttext.h"

namespace MailInspect {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FindingsModel::setReport(const Report *report)
{
    // A copy: the list is small, and the view must not see it change under it.
    beginResetModel();
    m_findings = report ? report->findings : QList<Finding>();
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

// Every string a view shows goes through the app's sink escaper.
QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    return appValue(reportData(index, role), role);
}

QVariant FindingsModel::reportData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return finding.title;
    case Qt::DecorationRole:
        return Ui::severityIcon(finding.severity);
    case Qt::ToolTipRole:
        return finding.id;
    case Qt::AccessibleTextRole:
        return tr("%1: %2. %3 Fix: %4")
            .arg(ReportText::severityDisplayName(finding.severity), finding.title,
                 finding.explanation, finding.fix);
    case IdRole:
        return finding.id;
    case SeverityRole:
        return int(finding.severity);
    case StepRole:
        return int(finding.step);
    case ExplanationRole:
        return finding.explanation;
    case FixRole:
        return finding.fix;
    default:
        return {};
    }
}

} // namespace MailInspect
