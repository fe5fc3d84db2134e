#include "waterfalldelegate.h"

#include "icons.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

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

    const QRectF area = QRectF(option.rect).adjusted(6, 4, -6, -4);
    if (area.width() <= 2 || area.height() <= 2)
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    // Quarter grid lines: they make "this took half the time" readable.
    QColor grid = option.palette.color(QPalette::Text);
    grid.setAlphaF(0.12f);
    painter->setPen(QPen(grid, 1));
    for (int i = 1; i < 4; ++i) {
        const qreal x = area.left() + area.width() * i / 4.0;
        painter->drawLine(QPointF(x, option.rect.top()), QPointF(x, option.rect.bottom()));
    }

    if (axis > 0 && status != StepStatus::Skipped) {
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
        if (status == StepStatus::Running) {
            // An open right edge says "still going".
            QColor edge = fill.lighter(140);
            painter->setBrush(edge);
            painter->drawRect(QRectF(bar.right() - 2, bar.top(), 2, bar.height()));
        }
    } else if (status == StepStatus::Skipped) {
        QColor dash = Ui::statusColor(status, option.palette);
        painter->setPen(QPen(dash, 1, Qt::DashLine));
        const qreal y = area.center().y();
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
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
