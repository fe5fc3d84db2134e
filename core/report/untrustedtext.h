// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace MailInspect {

/*
 * Every byte a server or a certificate sends is untrusted: it may carry
 * terminal escape sequences (ESC[2J, OSC titles and links, the 8-bit CSI
 * 0x9B), NUL bytes that cut names short, or bidi controls that make text read
 * differently from what it is. Such text enters a Report only through
 * untrustedText(), which shows every one of those characters visibly, and
 * every sink (terminal, Markdown, HTML, JSON, PDF, script, the app) renders
 * report text only through its own escaper, which applies visibleText() first.
 * A Report read from a file is neutralised the same way (neutraliseReport in
 * report.h), so a hand-edited file is no back door.
 *
 * What is escaped, and how it reads:
 *   C0 controls, DEL, invalid UTF-8 bytes      \x1b  \x00  \x7f  \x9b
 *   C1 controls (U+0080-U+009F) as characters  <U+009B>
 *   bidi controls, other invisible formatting,
 *   line/paragraph separators, private use,
 *   unpaired surrogates, noncharacters         <U+202E>  <U+200B>  <U+2028>
 *   a backslash (untrustedText only)           \\  (so "\x1b" typed by a
 *                                              server never reads as ESC)
 */

/// Decodes bytes a server sent into report text (valid UTF-8 kept as text).
QString untrustedText(const QByteArray &bytes);
/// The same for text that arrives as a QString (certificate fields, backend
/// messages that quote a peer).
QString untrustedText(QStringView text);

/// Escapes what untrustedText() escapes, except the backslash: a sink's
/// first step. Idempotent, and the identity on untrustedText()'s output.
QString visibleText(QStringView text);
/// visibleText() for multi-line text: each line escaped, the line breaks kept.
QString visibleLines(QStringView text);
/// True when visibleText() would change nothing.
bool isVisibleText(QStringView text);

/// True for a character that must never reach a sink as itself.
bool isHiddenCharacter(char32_t ucs4);

} // namespace MailInspect
