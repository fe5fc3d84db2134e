#include "apptext.h"

#include "report/untrustedtext.h"

#include <QStringList>

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

QVariant appValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return appText(value.toString());
    if (value.typeId() == QMetaType::QStringList) {
        QStringList list = value.toStringList();
        for (QString &s : list)
            s = appText(s);
        return list;
    }
    return value;
}

} // namespace MailInspect
