// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QDialog>
#include <QList>
#include <QString>

class QTreeWidget;

namespace MailInspect {

/// One line of a comparison: what is compared, how it was in each result,
/// and whether that changed.
struct ComparisonRow
{
    QString aspect;
    QString before;
    QString after;
    bool differs = false;
};

/// Two results side by side (before and after the customer changed a
/// setting, or the administrator renewed a certificate): the verdict, the
/// target, TLS, the certificate, every step and every finding. A step
/// differs when its outcome does (its duration always does).
QList<ComparisonRow> compareReports(const Report &before, const Report &after);

/// Shows compareReports() with the differences highlighted.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const Report &before, const Report &after, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }

private:
    QTreeWidget *m_table = nullptr;
};

} // namespace MailInspect
