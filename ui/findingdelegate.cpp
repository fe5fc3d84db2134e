// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingdelegate.h"

#include "apptext.h"

#include "findingsmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace MailInspect {

namespace {
constexpr int margin = 6;
constexpr int iconSize = 20;
} // namespace

int FindingDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return std::max(120, width - iconSize - 3 * margin);
}

void FindingDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option,
                             const QModelIndex &index, bool selected) const
{
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(
        QStringLiteral("p { margin: 0 0 3px 0; } body { color: %1; }").arg(text.name()));
    const QString html = QStringLiteral("<body><p><b>%1</b></p><p>%2</p><p><b>%3</b> %4</p></body>")
                             .arg(appHtml(index.data(Qt::DisplayRole).toString()),
                                  appHtml(index.data(FindingsModel::ExplanationRole).toString()),
                                  tr("Fix:").toHtmlEscaped(),
                                  appHtml(index.data(FindingsModel::FixRole).toString()));
    document.setHtml(html);
    document.setTextWidth(textWidth(option));
}

void FindingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(option.rect.left() + margin, option.rect.top() + margin, iconSize,
                         iconSize);
    icon.paint(painter, iconRect);

    QTextDocument document;
    layout(document, option, index, selected);
    painter->translate(iconRect.right() + margin, option.rect.top() + margin);
    document.drawContents(painter);
    painter->restore();

    // A thin separator keeps cards apart without boxes.
    QColor line = option.palette.color(QPalette::Text);
    line.setAlphaF(0.15f);
    painter->setPen(line);
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
}

QSize FindingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    layout(document, option, index, false);
    const int height = int(document.size().height()) + 2 * margin;
    return QSize(textWidth(option) + iconSize + 3 * margin,
                 std::max(height, iconSize + 2 * margin));
}

} // namespace MailInspect
