#pragma once

#include "report/report.h"

#include <QList>

namespace MailInspect::Diagnosis {

/// Reads a finished Report and returns its findings, errors first, then
/// warnings, then infos. Pure: no I/O, no clock, no sockets.
QList<Finding> diagnose(const Report &report);

/// Every finding id this diagnosis can produce (PRODUCT.md's table).
QStringList knownFindingIds();

} // namespace MailInspect::Diagnosis
