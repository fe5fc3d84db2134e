#pragma once

#include "report/report.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace MailInspect::Ui {

/// Registers the icon resources of the static resource library. Safe to call
/// more than once; every entry point of the UI library calls it.
void initResources();

/// Icons and colours shared by every view, so a status looks the same on the
/// timeline, in the findings and in the verdict banner.
QIcon stepStatusIcon(StepStatus status);
QIcon severityIcon(Severity severity);
QIcon verdictIcon(Report::Verdict verdict);
QIcon runningVerdictIcon();
QIcon idleVerdictIcon();
QIcon lockIcon();
QIcon certificateIcon();
/// The show/hide toggle of a password field: an eye, crossed out for "hide".
QIcon passwordVisibilityIcon(bool shown);
QIcon applicationIcon();

/// True when the palette is a dark theme (light text on a dark base).
bool isDark(const QPalette &palette);

/// A status colour readable on the palette's base colour.
QColor statusColor(StepStatus status, const QPalette &palette);
QColor verdictColor(Report::Verdict verdict, const QPalette &palette);

} // namespace MailInspect::Ui
