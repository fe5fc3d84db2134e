// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace MailInspect {

/// The application style with keyboard focus that can be seen: a two-pixel
/// outline in the highlight colour around the focused button, field, list
/// or timeline. The base style draws focus so faintly (or, for item views,
/// not at all) that someone working by keyboard loses track of it.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit FocusStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    /// Draws the focus outline inside @p rect.
    static void drawFocusOutline(QPainter *painter, const QRect &rect, const QPalette &palette);
};

} // namespace MailInspect
