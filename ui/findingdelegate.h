// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace MailInspect {

/// Paints a finding as a small card: severity icon, the title in bold, the
/// explanation, and the fix, wrapped to the view's width.
class FindingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layout(QTextDocument &document, const QStyleOptionViewItem &option,
                const QModelIndex &index, bool selected) const;
    int textWidth(const QStyleOptionViewItem &option) const;
};

} // namespace MailInspect
