// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "waterfalldelegate.h"

#include "icons.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QPainter>

#include <QHeaderView>
#include <QLocale>
#include <QStyleOptionHeader>

#include <algorithm>
#include <cmath>

namespace MailInspect {

void WaterfallDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // Background and selection as the style draws them, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double axis = index.data(TimelineModel::AxisMsRole).toDouble();
    const double start = index.data(TimelineModel::StartMsRole).toDouble();
    const double end = index.data(TimelineModel::EndMsRole).toDouble();
    const auto status = StepStatus(index.data(TimelineModel::StatusRole).toInt());
    const bool cancelled = index.data(TimelineModel::CancelledRole).toBool();
    const bool ran = index.data(TimelineModel::RanRole).toBool();

    const QRectF area = QRectF(option.rect).adjusted(6, 4, -6, -4);
    if (area.width() <= 2 || area.height() <= 2)
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    // Grid lines at the axis ticks the header labels (timeAxisTicks()).
    QColor grid = option.palette.color(QPalette::Text);
    grid.setAlphaF(0.12f);
    painter->setPen(QPen(grid, 1));
    if (axis > 0) {
        for (double tick : timeAxisTicks(axis, area.width())) {
            if (tick <= 0)
                continue;
            const qreal x = area.left() + area.width() * tick / axis;
            painter->drawLine(QPointF(x, option.rect.top()), QPointF(x, option.rect.bottom()));
        }
    }

    if (axis > 0 && ran) {
        const qreal x0 = area.left() + area.width() * std::clamp(start / axis, 0.0, 1.0);
        const qreal x1 = area.left() + area.width() * std::clamp(end / axis, 0.0, 1.0);
        // A step that took no measurable time still gets a visible mark.
        QRectF bar(x0, area.top(), std::max<qreal>(x1 - x0, 3.0), area.height());
        if (bar.right() > area.right())
            bar.moveRight(area.right());
        QColor fill = Ui::statusColor(status, option.palette);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(bar, 2, 2);
        if (cancelled) {
            // Cut short: a hatched bar of the time it ran.
            QColor hatch = option.palette.color(QPalette::Base);
            painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter->drawRoundedRect(bar, 2, 2);
        }
        if (status == StepStatus::Running) {
            // An open right edge says "still going".
            QColor edge = fill.lighter(140);
            painter->setBrush(edge);
            painter->drawRect(QRectF(bar.right() - 2, bar.top(), 2, bar.height()));
        }
    } else if (!ran) {
        QColor dash = Ui::statusColor(status, option.palette);
        painter->setPen(QPen(dash, 1, Qt::DashLine));
        const qreal y = area.center().y();
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    painter->restore();
}

QList<double> timeAxisTicks(double axisMs, qreal widthPx)
{
    QList<double> ticks;
    if (!(axisMs > 0) || widthPx < 40)
        return ticks;
    // About one labelled tick per 90 pixels, on a 1-2-5 step, so the labels
    // read as round numbers ("0", "50 ms", "100 ms"); never fewer than two
    // ticks past 0 where the width allows, so the axis always tells time.
    const double wanted = std::clamp(widthPx / 90.0, 2.0, 10.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(axisMs / wanted)));
    double step = magnitude;
    double best = 1e9;
    for (double m : {10.0, 5.0, 2.0, 1.0, 0.5}) {
        const double candidate = m * magnitude;
        const double count = axisMs / candidate;
        if (count < 2.0 || count > 12.0)
            continue;
        if (std::abs(count - wanted) < best) {
            best = std::abs(count - wanted);
            step = candidate;
        }
    }
    for (double t = 0; t <= axisMs + step * 1e-9 && ticks.size() < 12; t += step)
        ticks << t;
    return ticks;
}

TimeAxisHeader::TimeAxisHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // as QTreeView's own header
}

namespace {
/// A tick label as round as the tick: "0", "50 ms", "2 s", "2.5 s".
QString tickLabel(double ms, double step)
{
    if (ms == 0)
        return QStringLiteral("0");
    const QLocale locale;
    if (step >= 1000) {
        const bool whole = std::fmod(step, 1000.0) == 0.0;
        return TimelineModel::tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', whole ? 0 : 1));
    }
    return TimelineModel::tr("%1 ms").arg(locale.toString(ms, 'f', step >= 1 ? 0 : 1));
}
} // namespace

void TimeAxisHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const auto *timeline = qobject_cast<const TimelineModel *>(model());
    if (logicalIndex != TimelineModel::WaterfallColumn || !timeline || !rect.isValid()
        || timeline->rowCount() == 0) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The frame as the style draws a header, then the axis: ticks with
    // labels at the same places as the grid lines in the rows below.
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    opt.text.clear();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);

    const double axis = timeline->axisMs();
    const QRectF area = QRectF(rect).adjusted(6, 0, -6, 0);
    painter->save();
    // The style may leave an empty clip behind after drawing a header
    // without a label; the axis draws inside its own section only.
    painter->setClipRect(rect);
    painter->setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics(font());
    qreal lastRight = -1e9;
    const QList<double> ticks = timeAxisTicks(axis, area.width());
    const double step = ticks.size() > 1 ? ticks.at(1) - ticks.at(0) : axis;
    for (double tick : ticks) {
        const qreal x = area.left() + area.width() * tick / axis;
        painter->drawLine(QPointF(x, rect.bottom() - 3), QPointF(x, rect.bottom()));
        const QString label = tickLabel(tick, step);
        const qreal w = metrics.horizontalAdvance(label);
        qreal left = std::clamp(x - w / 2, qreal(rect.left() + 2), qreal(rect.right() - 2) - w);
        if (left < lastRight + 6)
            continue; // never two labels on top of each other
        painter->drawText(QRectF(left, rect.top(), w + 1, rect.height() - 3),
                          Qt::AlignVCenter | Qt::AlignLeft, label);
        lastRight = left + w;
    }
    painter->restore();
}

QSize WaterfallDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    Q_UNUSED(index);
    const int height = option.fontMetrics.height() + 10;
    return QSize(200, height);
}

} // namespace MailInspect
