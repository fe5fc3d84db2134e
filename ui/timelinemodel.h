// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QAbstractTableModel>

namespace MailInspect {

/// The timeline: one row per Report::steps entry, live while the inspection
/// runs. The waterfall column carries start/end/axis times in custom roles for
/// WaterfallDelegate; every row shares one time axis so a slow step stands
/// out at once.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DurationColumn, WaterfallColumn, ColumnCount };
    enum Role {
        StartMsRole = Qt::UserRole + 1, ///< double
        EndMsRole, ///< double; for a running step, the current time
        AxisMsRole, ///< double: the length of the shared time axis
        StatusRole, ///< int(StepStatus)
        StepIdRole, ///< QString, the report id ("tls-handshake")
        SummaryRole, ///< QString
        CancelledRole, ///< bool: the step ran and Cancel cut it short
        RanRole, ///< bool: the step ran (its bar has a length), whatever its status
    };

    explicit TimelineModel(QObject *parent = nullptr);

    /// Shows @p report (nullptr clears). The report must outlive its use here.
    void setReport(const Report *report);
    const Report *report() const { return m_report; }

    /// The step at @p index was appended or changed (Inspection's signals).
    void stepStarted(int index);
    void stepFinished(int index);
    /// Brings the row count in line with the report (after finished()).
    void sync();
    /// Where "now" is on the axis while steps are still running.
    void setNowMs(double nowMs);
    double axisMs() const;

    int rowForStep(StepId id) const; ///< last row with that step id, or -1

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant reportData(const QModelIndex &index, int role) const;

public:
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString formatDuration(double ms);
    /// True for a step that ran and was cut short by Cancel (its status in
    /// the report is "skipped", its details say "cancelled").
    static bool wasCancelled(const Step &step);
    /// False only for a step that never ran ("skipped" in its plain sense).
    static bool ran(const Step &step);
    /// "Started at 5 ms, ended at 20 ms: took 15 ms." for the tooltip.
    static QString timeTip(const Step &step, double endMs);

private:
    double endMs(const Step &step) const;
    void growTo(int rows);
    void axisChanged();

    const Report *m_report = nullptr;
    int m_rows = 0;
    double m_nowMs = 0;
    double m_lastAxis = 0;
};

} // namespace MailInspect
