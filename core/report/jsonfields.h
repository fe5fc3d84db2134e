// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QJsonObject>
#include <QString>

namespace MailInspect {

class JsonStream;

/*
 * The one table of a report's JSON fields (jsonfields.cpp): each field of
 * every structure of a Report - its JSON name, the member it holds, how it is
 * written - is listed once, and both writeJson() and readJson() walk that
 * table. A fact written is therefore a fact read back, and a report read from
 * a file diagnoses and renders exactly as the one that was saved.
 */

/// Writes the whole report as one JSON object, in the table's order.
void writeReportFields(JsonStream &j, const Report &report);

/// Reads every field of the table that `root` has into *report; fields it
/// lacks keep their values. Returns the first problem found (a value of the
/// wrong type, an unknown name, a number out of range), empty when none.
QString readReportFields(const QJsonObject &root, Report &report);

} // namespace MailInspect
