// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
QIcon runningVerdictIcon();
QIcon idleVerdictIcon();
QIcon lockIcon();
QIcon certificateIcon();
/// The show/hide toggle of a password field: an eye, crossed out for "hide".
QIcon passwordVisibilityIcon(bool shown);
QIcon applicationIcon();

/// True when the palette is a dark theme (light text on a dark base).
bool isDark(const QPalette &palette);

/// @p background with @p share (0..1) of @p accent mixed in: the soft tint of
/// the banner, the saved-report bar and changed comparison rows.
QColor tint(const QColor &background, const QColor &accent, qreal share);

/// A status colour readable on the palette's base colour.
QColor statusColor(StepStatus status, const QPalette &palette);

/// The one severity every view shows for a step (timeline icon and bar, step
/// details header): its own status, raised by the worst finding that blames
/// it, so a step a finding blames is never drawn as a plain success and one
/// step never has two colours.
StepStatus shownStepStatus(const Step &step, const QList<Finding> &findings);

/// The severity of a whole report as the banner shows it: the worst finding
/// (Ok, Warning or Error), else what the verdict alone says (an unencrypted
/// connection is a warning, a failed one an error). Skipped when cancelled.
StepStatus reportTone(const Report &report);

/// The banner's icon for a tone: a green shield, an amber shield with "!",
/// a red shield with "!" (a problem), or a red cross when nothing got
/// through.
QIcon toneIcon(StepStatus tone, Report::Verdict verdict);

} // namespace MailInspect::Ui
