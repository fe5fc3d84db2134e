#pragma once

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

} // namespace MailInspect
