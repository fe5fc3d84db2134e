// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptmodel.h"

#include "report/reporttext.h"
#include "timelinemodel.h"

#include "apptext.h"

#include "icons.h"

#include <QLocale>

#include <algorithm>

namespace MailInspect {

namespace {
// Long enough to gather a burst of lines into one insert, short enough to
// look live.
constexpr int batchIntervalMs = 30;
} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(batchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &TranscriptModel::flush);
}

void TranscriptModel::setReport(const Report *report)
{
    m_batch.stop();
    beginResetModel();
    m_report = report;
    m_rows = report ? int(report->transcript.size()) : 0;
    endResetModel();
}

void TranscriptModel::transcriptAppended(int index)
{
    Q_UNUSED(index);
    if (m_report && !m_batch.isActive())
        m_batch.start();
}

void TranscriptModel::flush()
{
    m_batch.stop();
    if (!m_report)
        return;
    const int rows = int(m_report->transcript.size());
    if (rows <= m_rows)
        return;
    beginInsertRows({}, m_rows, rows - 1);
    m_rows = rows;
    endInsertRows();
}

void TranscriptModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

int TranscriptModel::firstRowOfStep(int stepIndex) const
{
    if (!m_report)
        return -1;
    for (int row = 0; row < m_rows; ++row) {
        if (m_report->transcript.at(row).stepIndex == stepIndex)
            return row;
    }
    return -1;
}

int TranscriptModel::lastRowOfStep(int stepIndex) const
{
    if (!m_report)
        return -1;
    for (int row = m_rows - 1; row >= 0; --row) {
        if (m_report->transcript.at(row).stepIndex == stepIndex)
            return row;
    }
    return -1;
}

QString TranscriptModel::prefix(Direction direction)
{
    // The same marks as every export (text, HTML, Markdown).
    return ReportText::directionMark(direction);
}

double TranscriptModel::pauseBefore(int row) const
{
    if (!m_report || row <= 0 || row >= m_rows)
        return 0;
    const double gap = m_report->transcript.at(row).tMs - m_report->transcript.at(row - 1).tMs;
    return gap >= 1000 ? gap : 0;
}

QString TranscriptModel::lineText(int row) const
{
    if (!m_report || row < 0 || row >= m_rows)
        return {};
    const TranscriptEvent &event = m_report->transcript.at(row);
    return QStringLiteral("%1  %2 %3 %4")
        .arg(data(index(row, TimeColumn)).toString(), 10)
        .arg(event.tls ? QStringLiteral("[TLS]") : QStringLiteral("     "), prefix(event.direction),
             event.text);
}

QColor TranscriptModel::colorFor(Direction direction) const
{
    const bool dark = Ui::isDark(m_palette);
    switch (direction) {
    case Direction::Client:
        return dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0xa8);
    case Direction::Server:
        return m_palette.color(QPalette::Text);
    case Direction::Event:
        return dark ? QColor(0xc8, 0xa2, 0xf0) : QColor(0x7a, 0x3e, 0x9d);
    }
    return {};
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Every string a view shows goes through the app's sink escaper.
QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    return appValue(reportData(index, role), role);
}

QVariant TranscriptModel::reportData(const QModelIndex &index, int role) const
{
    if (!m_report || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TranscriptEvent &event = m_report->transcript.at(index.row());
    switch (role) {
    case StepIndexRole:
        return event.stepIndex;
    case DirectionRole:
        return int(event.direction);
    case TlsRole:
        return event.tls;
    case TimeMsRole:
        return event.tMs;
    case PauseMsRole:
        return pauseBefore(index.row());
    case Qt::ForegroundRole:
        if (index.column() == TimeColumn)
            return m_palette.color(QPalette::PlaceholderText);
        return colorFor(event.direction);
    default:
        break;
    }

    switch (index.column()) {
    case TimeColumn:
        // The timeline's units and the locale's numbers.
        if (role == Qt::DisplayRole)
            return TimelineModel::formatDuration(event.tMs);
        if (role == Qt::ToolTipRole && pauseBefore(index.row()) > 0)
            return tr("After a pause of %1")
                .arg(TimelineModel::formatDuration(pauseBefore(index.row())));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TlsColumn:
        if (role == Qt::DecorationRole && event.tls)
            return Ui::lockIcon();
        if ((role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) && event.tls)
            return tr("Inside TLS");
        if (role == Qt::AccessibleTextRole)
            return tr("Plain text");
        break;
    case DirectionColumn:
        if (role == Qt::DisplayRole)
            return prefix(event.direction);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            switch (event.direction) {
            case Direction::Client:
                return tr("Sent by mailinspect");
            case Direction::Server:
                return tr("Sent by the server");
            case Direction::Event:
                return tr("Event");
            }
        }
        break;
    case TextColumn:
        if (role == Qt::DisplayRole && event.text.size() > maxRowChars)
            return event.text.left(maxRowChars) + QChar(0x2026);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == LineTextRole)
            return event.text;
        // The whole line, wrapped, however narrow the column (and on copy).
        if (role == Qt::ToolTipRole)
            return event.text;
        break;
    default:
        break;
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TlsColumn:
        return tr("TLS");
    case DirectionColumn:
        return tr("Who");
    case TextColumn:
        return tr("Line");
    default:
        return {};
    }
}

} // namespace MailInspect
