// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QHash>

static void initMailInspectResources()
{
    Q_INIT_RESOURCE(mailinspect);
}

namespace MailInspect::Ui {

void initResources()
{
    static const bool once = [] {
        initMailInspectResources();
        return true;
    }();
    Q_UNUSED(once);
}

namespace {
QIcon icon(const char *name)
{
    initResources();
    // Cache: a QIcon over an SVG parses the file once per QIcon instance.
    static QHash<QByteArray, QIcon> cache;
    const QByteArray key(name);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon result(QStringLiteral(":/icons/") + QString::fromLatin1(name) + QStringLiteral(".svg"));
    cache.insert(key, result);
    return result;
}
} // namespace

QIcon stepStatusIcon(StepStatus status)
{
    switch (status) {
    case StepStatus::Running:
        return icon("status-running");
    case StepStatus::Ok:
        return icon("status-ok");
    case StepStatus::Warning:
        return icon("status-warning");
    case StepStatus::Error:
        return icon("status-error");
    case StepStatus::Skipped:
        return icon("status-skipped");
    }
    return {};
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return icon("status-error");
    case Severity::Warning:
        return icon("status-warning");
    case Severity::Info:
        return icon("status-info");
    }
    return {};
}

QIcon runningVerdictIcon()
{
    return icon("verdict-running");
}

QIcon idleVerdictIcon()
{
    return icon("verdict-idle");
}

QIcon lockIcon()
{
    return icon("lock");
}

QIcon passwordVisibilityIcon(bool shown)
{
    return icon(shown ? "password-hide" : "password-show");
}

QIcon certificateIcon()
{
    return icon("certificate");
}

QIcon applicationIcon()
{
    return icon("mailinspect");
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor tint(const QColor &background, const QColor &accent, qreal share)
{
    return QColor::fromRgbF(background.redF() * (1 - share) + accent.redF() * share,
                            background.greenF() * (1 - share) + accent.greenF() * share,
                            background.blueF() * (1 - share) + accent.blueF() * share);
}

QColor statusColor(StepStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case StepStatus::Running:
        return dark ? QColor(0x6c, 0xa6, 0xf0) : QColor(0x2f, 0x6f, 0xcf);
    case StepStatus::Ok:
        return dark ? QColor(0x5c, 0xc8, 0x78) : QColor(0x2e, 0x9d, 0x4a);
    case StepStatus::Warning:
        return dark ? QColor(0xf0, 0xb8, 0x40) : QColor(0xd4, 0x8c, 0x06);
    case StepStatus::Error:
        return dark ? QColor(0xf0, 0x6a, 0x5c) : QColor(0xd9, 0x3a, 0x2b);
    case StepStatus::Skipped:
        return dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0xa0, 0xa4, 0xab);
    }
    return palette.color(QPalette::Text);
}

StepStatus shownStepStatus(const Step &step, const QList<Finding> &findings)
{
    StepStatus shown = step.status;
    if (shown == StepStatus::Running || shown == StepStatus::Skipped)
        return shown;
    for (const Finding &finding : findings) {
        if (finding.step != step.id)
            continue;
        if (finding.severity == Severity::Error)
            shown = StepStatus::Error;
        else if (finding.severity == Severity::Warning && shown == StepStatus::Ok)
            shown = StepStatus::Warning;
    }
    return shown;
}

StepStatus reportTone(const Report &report)
{
    if (report.facts.cancelled)
        return StepStatus::Skipped;
    StepStatus tone = StepStatus::Ok;
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error)
            return StepStatus::Error;
        if (finding.severity == Severity::Warning)
            tone = StepStatus::Warning;
    }
    switch (report.verdict()) {
    case Report::Verdict::Secure:
        return tone;
    case Report::Verdict::Insecure:
        return StepStatus::Warning;
    case Report::Verdict::Failed:
        return StepStatus::Error;
    }
    return tone;
}

QIcon toneIcon(StepStatus tone, Report::Verdict verdict)
{
    switch (tone) {
    case StepStatus::Ok:
        return icon("verdict-secure");
    case StepStatus::Warning:
        return icon("verdict-insecure");
    case StepStatus::Error:
        return verdict == Report::Verdict::Failed ? icon("verdict-failed")
                                                  : icon("verdict-problem");
    case StepStatus::Running:
        return icon("verdict-running");
    case StepStatus::Skipped:
        return icon("status-skipped");
    }
    return {};
}

} // namespace MailInspect::Ui
