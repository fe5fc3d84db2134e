// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "golden.h"

#include <QDir>
#include <QFile>
#include <QList>

namespace MailInspect::Test {

bool matchesGolden(const QString &name, const QByteArray &actual, QString *message)
{
    const QString path = QStringLiteral(MAILINSPECT_REPORT_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIntValue("MAILINSPECT_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QStringLiteral(MAILINSPECT_REPORT_GOLDEN_DIR));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *message = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        out.write(actual);
        return true;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("golden file %1 missing (run with MAILINSPECT_UPDATE_GOLDEN=1)")
                       .arg(path);
        return false;
    }
    const QByteArray expected = in.readAll();
    if (expected == actual)
        return true;
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray al = a.value(i);
        const QByteArray el = e.value(i);
        if (al != el) {
            *message = QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                           .arg(name)
                           .arg(i + 1)
                           .arg(QString::fromUtf8(el), QString::fromUtf8(al));
            return false;
        }
    }
    *message = QStringLiteral("%1 differs").arg(name);
    return false;
}

} // namespace MailInspect::Test
