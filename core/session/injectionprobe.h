// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace MailInspect {

class Dialect;

/// The opt-in STARTTLS command injection check (CVE-2011-0411): the
/// dialect's probe command goes out in the same segment as the upgrade
/// command. A correct server throws the probe away when TLS starts, or
/// answers it before; a vulnerable one answers it inside TLS. This unit
/// knows what is owed and what counts as the probe's own answer; the
/// inspection records what happened.
class InjectionProbe
{
public:
    explicit InjectionProbe(const Dialect &dialect);

    /// The dialect has a probe its server cannot confuse with anything else.
    bool isAvailable() const;
    /// The one segment to send: @p upgradeCommand, then the probe. From
    /// here on the probe's answer is owed.
    QByteArray segment(const QByteArray &upgradeCommand);
    bool wasSent() const { return m_sent; }
    /// An answer to the probe may still come in plain text (after a refused
    /// upgrade it comes first and is nobody else's reply).
    bool answerOwed() const { return m_answersOwed > 0; }
    /// @p line ends the owed answer: it is taken, and belongs to no command.
    bool takeOwedAnswer(const QByteArray &line);
    /// The upgrade was accepted: what arrives now is judged by
    /// ownAnswerBeforeTls() or, inside TLS, is evidence.
    void upgradeAccepted() { m_answersOwed = 0; }
    /// The plain bytes after the upgrade reply are exactly one positive
    /// answer to the probe (a correct server answering before TLS); then
    /// that line, else empty.
    QByteArray ownAnswerBeforeTls(const QByteArray &plain) const;

private:
    const Dialect &m_dialect;
    int m_answersOwed = 0;
    bool m_sent = false;
};

} // namespace MailInspect
