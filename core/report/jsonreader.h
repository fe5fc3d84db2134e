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

} // namespace MailInspect
