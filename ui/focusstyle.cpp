// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "focusstyle.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QPainter>
#include <QStyleOption>
#include <QTextEdit>

namespace MailInspect {

FocusStyle::FocusStyle(QStyle *base)
    : QProxyStyle(base)
{ }

void FocusStyle::drawFocusOutline(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(palette.color(QPalette::Active, QPalette::Highlight), 2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 3, 3);
    painter->restore();
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool focused = option->state & State_HasFocus;
    if (!focused)
        return;
    switch (element) {
    case PE_Frame:
    case PE_FrameLineEdit:
        // Lists, the timeline, the transcript and text fields: their frame
        // shows that typing goes here.
        drawFocusOutline(painter, option->rect, option->palette);
        break;
    default:
        break;
    }
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButton && (option->state & State_HasFocus))
        drawFocusOutline(painter, option->rect, option->palette);
}

} // namespace MailInspect
