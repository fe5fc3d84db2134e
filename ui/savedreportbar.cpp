// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedreportbar.h"

#include "apptext.h"
#include "icons.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace MailInspect {

SavedReportBar::SavedReportBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("savedReportBar"));
    setAccessibleName(tr("Saved report"));
    setFrameShape(QFrame::NoFrame);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(12);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(24, 24);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("savedReportHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText); // a file name and a file's words: never rich text
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("savedReportDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_headline);
    texts->addWidget(m_detail);
    layout->addLayout(texts, 1);
    applyPalette();
    hide();
}

void SavedReportBar::showReport(const Report &report, const QString &fileName)
{
    const QFileInfo file(fileName);
    m_headline->setText(
        appText(tr("Saved report opened from a file: %1").arg(file.absoluteFilePath())));
    m_headline->setToolTip(appToolTip(file.absoluteFilePath()));

    const QString when = report.started.isValid()
        ? report.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
        : tr("an unknown time");
    const QString version = report.toolVersion.isEmpty()
        ? tr("an unknown version of mailinspect")
        : tr("mailinspect %1").arg(report.toolVersion);
    QString detail = tr("Inspected %1 by %2.").arg(when, version);
    if (!report.toolVersion.isEmpty() && report.toolVersion != QLatin1String(MAILINSPECT_VERSION)) {
        detail += QLatin1Char(' ')
            + tr("This is version %1: it shows the report as saved, it does not "
                 "inspect again.")
                  .arg(QStringLiteral(MAILINSPECT_VERSION));
    }
    detail += QLatin1Char(' ')
        + tr("Nothing was connected to; press Inspect to check the server as it is now.");
    m_detail->setText(appText(detail));
    show();
}

QString SavedReportBar::headline() const
{
    return m_headline->text();
}

QString SavedReportBar::detail() const
{
    return m_detail->text();
}

void SavedReportBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // applyPalette() sets a style sheet, which sends these events again.
        static bool applying = false;
        if (!applying) {
            applying = true;
            applyPalette();
            applying = false;
        }
    }
}

// Neutral, not a verdict colour: where the report came from is information,
// not a judgement on the server.
void SavedReportBar::applyPalette()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_FileIcon).pixmap(QSize(24, 24), devicePixelRatioF()));
    const QColor window = base.color(QPalette::Window);
    const QColor accent = base.color(QPalette::Highlight);
    const QColor tint = Ui::tint(window, accent, Ui::isDark(base) ? 0.22 : 0.10);
    setStyleSheet(QStringLiteral("#savedReportBar { background: %1; border-left: 6px solid %2; }")
                      .arg(tint.name(), accent.name()));
}

} // namespace MailInspect
