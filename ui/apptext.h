// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace MailInspect {

/*
 * The app's sink escaper. Report text reaches a widget only through these:
 * the models pass every string they give a view through appValue(), and rich
 * text (labels, the finding cards, the step details) is built with appHtml().
 * Hidden characters (controls, bidi overrides, zero-width characters) are
 * shown visibly, as in every other output (report/untrustedtext.h).
 */

/// Plain text for a widget.
QString appText(const QString &text);
/// Text for rich-text widgets: shown visibly, then HTML-escaped.
QString appHtml(const QString &text);
/// A tooltip. Qt guesses whether a tooltip is rich text, so a server's
/// "<img src=...>" would render: report text always goes as escaped rich
/// text (wrapping long lines), whatever it looks like.
QString appToolTip(const QString &text);
/// A file name stem from report text (a host name): letters, digits, dots
/// and dashes only, at most 64 of them; @p fallback when nothing is left.
QString fileNameStem(const QString &text, const QString &fallback);
/// A model's value for a view in @p role: strings (and string lists) through
/// appText(), tooltips through appToolTip().
QVariant appValue(const QVariant &value, int role);

} // namespace MailInspect
