// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace MailInspect {

/// Reads a report written by writeJson() ("schema": "mailinspect-report/1")
/// back into a Report. Fields the document lacks keep their defaults, so an
/// older or trimmed report still loads; a wrong schema, malformed JSON or a
/// field of the wrong type is an error (returned as nullopt, with a sentence
/// for people in *error when given).
std::optional<Report> readJson(const QByteArray &json, QString *error = nullptr);

/// The largest file readJsonFile() reads. A report holds at most 512 KiB of
/// transcript and small bounded fields, so a saved one is far below this;
/// the limit keeps a wrong or hostile file from filling the memory.
inline constexpr qint64 maxReportFileBytes = 64 * 1024 * 1024;

/// Reads a saved report from a file (a regular file, a FIFO, /dev/stdin),
/// at most maxReportFileBytes of it. On failure returns nullopt with a
/// sentence for people naming the file in *error when given.
std::optional<Report> readJsonFile(const QString &fileName, QString *error = nullptr);

} // namespace MailInspect
