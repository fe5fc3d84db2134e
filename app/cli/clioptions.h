#pragma once

#include "session/inspectionrequest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace MailInspect {

/// The command line of mailinspect-cli (PRODUCT.md), parsed into an
/// InspectionRequest plus output settings.
struct CliOptions
{
    InspectionRequest request;
    QString format = QStringLiteral("text");
    QString outputFile;
    bool allAddresses = false;
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;
};

/// Parses arguments (argv without the program name handled by the parser).
/// On failure returns nullopt with a one-line error.
std::optional<CliOptions> parseCommandLine(const QStringList &arguments, QString *error);

} // namespace MailInspect
