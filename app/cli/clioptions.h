// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/settingsreport.h"
#include "report/reportformat.h"
#include "session/inspectionrequest.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace MailInspect {

/// The command line of mailinspect-cli (PRODUCT.md), parsed into an
/// InspectionRequest (or a saved report to read) plus output settings.
struct CliOptions
{
    InspectionRequest request;
    /// From --format, else from the --output file's extension, else text.
    ReportFormat format = ReportFormat::Text;
    QString outputFile; ///< empty: standard output (also for "-o -")
    /// --input: a saved JSON report to render instead of inspecting (no
    /// TARGET then, and request stays empty).
    QString inputFile;
    bool allAddresses = false;
    /// --find-settings: the address (or domain) whose settings to find; the
    /// request then carries only how to ask (timeout, CA file, DNS server).
    QString findSettings;
    QUrl ispdbUrl; ///< --ispdb-url, empty for the default
    /// --protocol/--port/--security (and TARGET) with --find-settings: what the
    /// customer has, compared with what is proven.
    std::optional<CurrentSettings> current;
    /// --serve: a practice scenario's id or a replay script's file, served
    /// on --listen (loopback unless another address is given explicitly).
    QString serve;
    QString listenAddress = QStringLiteral("127.0.0.1");
    quint16 listenPort = 0; ///< 0: a free port
    /// --batch: a file of targets ("-" for standard input), one per line,
    /// inspected --jobs at a time; batchBaseArgs are the command line's
    /// inspection options, applied to every line, but for --ca-file, whose
    /// certificates are read once into request.extraCaCertificates.
    QString batchFile;
    int jobs = 16;
    QStringList batchBaseArgs;
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;
};

/// Parses arguments (argv without the program name handled by the parser).
/// On failure returns nullopt with a one-line error that never quotes a
/// user name, password or the text of a target carrying one.
std::optional<CliOptions> parseCommandLine(const QStringList &arguments, QString *error);

} // namespace MailInspect
