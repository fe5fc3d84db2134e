// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QFrame>

class QLabel;

namespace MailInspect {

/// The strip above the verdict when the window shows a saved report rather
/// than an inspection it ran: which file, when that inspection ran and which
/// version of the tool ran it - so whoever opens a ticket's file knows they
/// see what the first engineer saw, not the server as it is now.
class SavedReportBar : public QFrame
{
    Q_OBJECT
public:
    explicit SavedReportBar(QWidget *parent = nullptr);

    /// Shows the strip for @p report, read from @p fileName.
    void showReport(const Report &report, const QString &fileName);

    QString headline() const;
    QString detail() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace MailInspect
