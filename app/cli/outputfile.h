// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailInspect {

/// Writes mailinspect-cli's report where --output points, into what is
/// there rather than over it (mailinspect-cli(1), --output):
///
///   ""                       standard output
///   /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N
///                            the descriptor this process already holds, as
///                            it is: no reopening, so a shell's `>>` still
///                            appends and `>(cmd)` gets the bytes
///   a FIFO, a device, any other file that is not regular
///                            opened and written as it is, never replaced
///                            (`-o /dev/null` stays the null device)
///   a regular file, or no file yet
///                            replaced whole: written to a temporary file in
///                            the same folder and renamed over it, keeping an
///                            existing file's permissions. A symbolic link is
///                            followed: the file it points to is replaced,
///                            the link stays.
///
/// With @p binary (PDF) a terminal is refused. On failure returns false and
/// sets @p error to one line for people.
bool writeOutputFile(const QString &path, const QByteArray &bytes, bool binary, QString *error);

/// True when @p path is "" (standard output) or a descriptor path (above)
/// whose descriptor is a terminal: known before anything is inspected.
bool outputIsTerminal(const QString &path);

/// Why a PDF is not written to a terminal: one line for people.
QString binaryOnTerminalMessage();

} // namespace MailInspect
