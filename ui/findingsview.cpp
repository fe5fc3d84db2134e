// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsview.h"

#include <QPainter>

namespace MailInspect {

FindingsView::FindingsView(QWidget *parent)
    : QListView(parent)
{ }

void FindingsView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void FindingsView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if ((model() && model()->rowCount() > 0) || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                     Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, m_placeholder);
}

} // namespace MailInspect
