// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QList>
#include <QStyledItemDelegate>

namespace MailInspect {

/// Paints a timeline row's bar on the shared time axis, like the waterfall
/// of a browser's network panel: the bar starts where the step started and
/// is as long as it took, coloured by its status.
class WaterfallDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The time axis's ticks for an axis of @p axisMs drawn @p widthPx wide: 0
/// and round steps (1-2-5) about 90 pixels apart. The header labels them and
/// the rows draw their grid lines at the same places.
QList<double> timeAxisTicks(double axisMs, qreal widthPx);

/// The timeline's header: the waterfall column shows a time axis with
/// labelled ticks instead of a title (its accessible text stays the model's
/// "Time line (0 – 155 ms)").
class TimeAxisHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit TimeAxisHeader(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};

} // namespace MailInspect
