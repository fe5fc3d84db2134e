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
/// A model's value for a view: strings (and string lists) through appText().
QVariant appValue(const QVariant &value);

} // namespace MailInspect
