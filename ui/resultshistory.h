// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace MailInspect {

/// The last results, kept on this computer as the JSON reports File > Export
/// writes (reports never hold a password or token), newest first and capped,
/// so File > Recent Results can reopen one and two can be compared.
class ResultsHistory
{
public:
    struct Entry
    {
        QString fileName;
        QDateTime started; ///< UTC
        QString host;
        quint16 port = 0;
        Protocol protocol = Protocol::Smtp;
        Security security = Security::StartTls;
        Report::Verdict verdict = Report::Verdict::Failed;
        bool cancelled = false;
    };

    /// The results live in @p directory (created when needed).
    explicit ResultsHistory(QString directory = defaultDirectory());

    /// The app's data folder: …/mailinspect/results.
    static QString defaultDirectory();
    static constexpr int maxEntries = 20;

    QString directory() const { return m_directory; }
    /// Saves @p report and forgets the oldest beyond maxEntries. Returns the
    /// file written, or "" with a sentence for people in *error.
    QString add(const Report &report, QString *error = nullptr);
    /// What is kept, newest first. Files that do not read as reports are
    /// left out.
    QList<Entry> entries() const;

private:
    QString m_directory;
};

} // namespace MailInspect
