// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QAbstractListModel>

namespace MailInspect {

/// The findings of a finished report: what is wrong and what to change,
/// errors first (Diagnosis already orders them).
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString, e.g. "certificate-expired"
        SeverityRole, ///< int(Severity)
        StepRole, ///< int(StepId)
        ExplanationRole, ///< QString
        FixRole, ///< QString
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Shows the findings of @p report (nullptr clears). Call again when the
    /// report's findings changed (after Inspection::finished()).
    void setReport(const Report *report);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant reportData(const QModelIndex &index, int role) const;

public:
private:
    QList<Finding> m_findings;
};

} // namespace MailInspect
