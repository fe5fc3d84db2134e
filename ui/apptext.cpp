// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptext.h"

#include "report/untrustedtext.h"

#include <QStringList>
#include <Qt>

namespace MailInspect {

QString appText(const QString &text)
{
    // Line breaks the app itself put in (tooltips, multi-line cells) stay.
    return visibleLines(text);
}

QString appHtml(const QString &text)
{
    return appText(text).toHtmlEscaped();
}

QString appToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString html = appHtml(text);
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(html);
}

QString fileNameStem(const QString &text, const QString &fallback)
{
    QString stem;
    for (QChar c : text.left(64)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            stem += c;
    }
    return stem.isEmpty() ? fallback : stem;
}

QVariant appValue(const QVariant &value, int role)
{
    if (value.typeId() == QMetaType::QString) {
        if (role == Qt::ToolTipRole || role == Qt::WhatsThisRole)
            return appToolTip(value.toString());
        return appText(value.toString());
    }
    if (value.typeId() == QMetaType::QStringList) {
        QStringList list = value.toStringList();
        for (QString &s : list)
            s = appText(s);
        return list;
    }
    return value;
}

} // namespace MailInspect
