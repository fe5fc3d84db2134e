// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QTimer>

namespace MailInspect {

/// The transcript: one row per Report::transcript entry. Appends are
/// batched (one insert per event-loop pass, at most every few milliseconds)
/// so a 10,000-line session never re-lays out the view once per line.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TlsColumn, DirectionColumn, TextColumn, ColumnCount };
    enum Role {
        StepIndexRole = Qt::UserRole + 1, ///< int
        DirectionRole, ///< int(Direction)
        TlsRole, ///< bool
        TimeMsRole, ///< double
        PauseMsRole, ///< double: the silence before this line, when a second or more; else 0
        LineTextRole, ///< QString: the whole line (find, copy), however long
    };

    /// The most of one line a row shows: wider than any screen, and short
    /// enough that a paint of lines as long as the report keeps them
    /// (ReportLimits::maxTranscriptLineChars) does not lay out kilobytes of
    /// text per row. The tool tip, find and copy have the whole line.
    static constexpr qsizetype maxRowChars = 512;

    explicit TranscriptModel(QObject *parent = nullptr);

    void setReport(const Report *report);
    const Report *report() const { return m_report; }

    /// A line was appended to the report; shown with the next batch.
    void transcriptAppended(int index);
    /// Inserts every pending line now (e.g. when the inspection finished).
    void flush();
    /// Colours follow the palette, so dark themes stay readable.
    void setPalette(const QPalette &palette);

    int firstRowOfStep(int stepIndex) const; ///< -1 when the step has no lines
    int lastRowOfStep(int stepIndex) const;
    /// One line as text: "+12.5 ms  [TLS] C: EHLO ..." (for copying).
    QString lineText(int row) const;
    static QString prefix(Direction direction);
    /// The silence before @p row when it lasted a second or more, else 0.
    double pauseBefore(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant reportData(const QModelIndex &index, int role) const;

public:
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QColor colorFor(Direction direction) const;

    const Report *m_report = nullptr;
    int m_rows = 0;
    QTimer m_batch;
    QPalette m_palette;
};

} // namespace MailInspect
