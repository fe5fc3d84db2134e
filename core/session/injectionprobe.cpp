// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "injectionprobe.h"

#include "protocol/dialect.h"

namespace MailInspect {

InjectionProbe::InjectionProbe(const Dialect &dialect)
    : m_dialect(dialect)
{ }

bool InjectionProbe::isAvailable() const
{
    return !m_dialect.injectionProbe().isEmpty();
}

QByteArray InjectionProbe::segment(const QByteArray &upgradeCommand)
{
    m_sent = true;
    m_answersOwed = 1;
    return upgradeCommand + m_dialect.injectionProbe();
}

bool InjectionProbe::takeOwedAnswer(const QByteArray &line)
{
    if (m_answersOwed <= 0 || !m_dialect.endsProbeAnswer(line))
        return false;
    --m_answersOwed;
    return true;
}

QByteArray InjectionProbe::ownAnswerBeforeTls(const QByteArray &plain) const
{
    if (!m_sent || !plain.endsWith('\n'))
        return {};
    QList<QByteArray> lines;
    for (QByteArray l : plain.split('\n')) {
        if (l.endsWith('\r'))
            l.chop(1);
        if (!l.isEmpty())
            lines.append(l);
    }
    // Anything more than one positive answer is text nobody asked for.
    if (lines.size() != 1 || !m_dialect.isPositiveProbeAnswer(lines.constFirst()))
        return {};
    return lines.constFirst();
}

} // namespace MailInspect
