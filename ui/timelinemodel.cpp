// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "apptext.h"

#include "icons.h"
#include "report/reporttext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace MailInspect {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TimelineModel::setReport(const Report *report)
{
    beginResetModel();
    m_report = report;
    m_rows = report ? int(report->steps.size()) : 0;
    m_nowMs = 0;
    m_lastAxis = axisMs();
    endResetModel();
}

void TimelineModel::growTo(int rows)
{
    if (rows <= m_rows)
        return;
    beginInsertRows({}, m_rows, rows - 1);
    m_rows = rows;
    endInsertRows();
}

void TimelineModel::stepStarted(int index)
{
    if (!m_report)
        return;
    growTo(std::min(int(m_report->steps.size()), index + 1));
    axisChanged();
}

void TimelineModel::stepFinished(int index)
{
    if (!m_report)
        return;
    growTo(std::min(int(m_report->steps.size()), index + 1));
    if (index >= 0 && index < m_rows)
        Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    axisChanged();
}

void TimelineModel::sync()
{
    if (!m_report)
        return;
    growTo(int(m_report->steps.size()));
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    m_lastAxis = axisMs();
    Q_EMIT headerDataChanged(Qt::Horizontal, WaterfallColumn, WaterfallColumn);
}

void TimelineModel::setNowMs(double nowMs)
{
    m_nowMs = nowMs;
    if (!m_report || m_rows == 0)
        return;
    // Running steps grow with the clock; everything else only moves when
    // the axis itself gets longer.
    for (int row = 0; row < m_rows; ++row) {
        if (m_report->steps.at(row).endMs < 0)
            Q_EMIT dataChanged(index(row, DurationColumn), index(row, WaterfallColumn));
    }
    axisChanged();
}

void TimelineModel::axisChanged()
{
    const double axis = axisMs();
    if (axis == m_lastAxis || m_rows == 0)
        return;
    m_lastAxis = axis;
    Q_EMIT dataChanged(index(0, WaterfallColumn), index(m_rows - 1, WaterfallColumn), {AxisMsRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, WaterfallColumn, WaterfallColumn);
}

double TimelineModel::endMs(const Step &step) const
{
    if (step.endMs >= 0)
        return step.endMs;
    return std::max(step.startMs, m_nowMs);
}

double TimelineModel::axisMs() const
{
    if (!m_report)
        return 0;
    double axis = m_report->finished ? m_report->durationMs : m_nowMs;
    for (int row = 0; row < m_rows; ++row)
        axis = std::max(axis, endMs(m_report->steps.at(row)));
    return axis;
}

int TimelineModel::rowForStep(StepId id) const
{
    if (!m_report)
        return -1;
    for (int row = m_rows - 1; row >= 0; --row) {
        if (m_report->steps.at(row).id == id)
            return row;
    }
    return -1;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::formatDuration(double ms)
{
    const QLocale locale;
    if (ms < 0)
        return {};
    if (ms < 10)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 1));
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 0));
    return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

bool TimelineModel::wasCancelled(const Step &step)
{
    return step.status == StepStatus::Skipped
        && step.details.value(QStringLiteral("cancelled")).toBool();
}

bool TimelineModel::ran(const Step &step)
{
    if (step.status != StepStatus::Skipped || wasCancelled(step))
        return true;
    // The follow-up attempt in the other mode that confirmed nothing.
    return step.id == StepId::ModeCheck && step.endMs > step.startMs;
}

QString TimelineModel::timeTip(const Step &step, double endMs)
{
    if (!ran(step))
        return tr("Did not run.");
    const QString span = tr("Started at %1, ended at %2: took %3.")
                             .arg(formatDuration(step.startMs), formatDuration(endMs),
                                  formatDuration(endMs - step.startMs));
    if (wasCancelled(step))
        return span + QLatin1Char(' ') + tr("Cancelled while it ran.");
    return span;
}

// Every string a view shows goes through the app's sink escaper.
QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    return appValue(reportData(index, role), role);
}

QVariant TimelineModel::reportData(const QModelIndex &index, int role) const
{
    if (!m_report || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Step &step = m_report->steps.at(index.row());
    const bool running = step.endMs < 0 || step.status == StepStatus::Running;

    switch (role) {
    case StartMsRole:
        return step.startMs;
    case EndMsRole:
        return endMs(step);
    case AxisMsRole:
        return axisMs();
    case StatusRole:
        return int(Ui::shownStepStatus(step, m_report->findings));
    case StepIdRole:
        return stepIdName(step.id);
    case CancelledRole:
        return wasCancelled(step);
    case RanRole:
        return ran(step);
    case SummaryRole:
        return step.summary;
    case Qt::ToolTipRole:
        // What happened, and when: start, end and duration on the shared axis.
        if (step.summary.isEmpty())
            return timeTip(step, endMs(step));
        return step.summary + QLatin1Char('\n') + timeTip(step, endMs(step));
    default:
        break;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return stepDisplayName(step.id);
        if (role == Qt::DecorationRole) {
            // Icon and bar agree with the findings (shownStepStatus()).
            return Ui::stepStatusIcon(Ui::shownStepStatus(step, m_report->findings));
        }
        if (role == Qt::AccessibleTextRole) {
            return tr("%1: %2").arg(stepDisplayName(step.id),
                                    running ? tr("running")
                                            : ReportText::stepStatusWord(
                                                Ui::shownStepStatus(step, m_report->findings)));
        }
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            // "Skipped" only for a step that never ran; one cut short by
            // Cancel shows the time it ran.
            if (wasCancelled(step))
                return tr("%1, cancelled").arg(formatDuration(endMs(step) - step.startMs));
            // The follow-up attempt in the other mode ran even when it did
            // not confirm anything: its real duration, not "skipped".
            if (step.id == StepId::ModeCheck && step.status == StepStatus::Skipped
                && step.endMs > step.startMs)
                return tr("%1, not confirmed").arg(formatDuration(endMs(step) - step.startMs));
            if (step.status == StepStatus::Skipped)
                return tr("skipped");
            return formatDuration(endMs(step) - step.startMs);
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case WaterfallColumn:
        if (role == Qt::AccessibleTextRole || role == Qt::DisplayRole) {
            // The delegate paints the bar; this text is for screen readers
            // and for copying.
            return tr("from %1 to %2")
                .arg(formatDuration(step.startMs), formatDuration(endMs(step)));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Step");
    case DurationColumn:
        return tr("Duration");
    case WaterfallColumn:
        return m_rows > 0 ? tr("Time line (0 – %1)").arg(formatDuration(axisMs()))
                          : tr("Time line");
    default:
        return {};
    }
}

} // namespace MailInspect
