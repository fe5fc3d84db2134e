// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionform.h"
#include "discovery/settingsfinder.h"
#include "discovery/settingsreport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QGroupBox;

namespace MailInspect {

/// Find Settings…: from the customer's email address to settings proven by
/// live inspections. The table of candidates fills in as the probes finish;
/// the result card offers "Use these settings" (fills the form) and "Copy
/// for the customer" (plain text a customer can follow). Everything a server
/// or a document said is shown as plain text, never as markup.
class FindSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FindSettingsDialog(QWidget *parent = nullptr);
    ~FindSettingsDialog() override;

    /// How to ask (DNS server, extra CAs, timeout), taken from the form.
    void setFinderOptions(const SettingsFinder::Options &options) { m_options = options; }
    /// Which recommendation "Use these settings" takes: incoming (IMAP/POP3)
    /// or outgoing (SMTP), as the form stands.
    void setPreferOutgoing(bool outgoing) { m_preferOutgoing = outgoing; }
    /// What the customer has now (the form), compared with what works.
    void setCurrentSettings(const std::optional<CurrentSettings> &current) { m_current = current; }

    QLineEdit *addressEdit() const { return m_address; }
    QPushButton *findButton() const { return m_find; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *copyButton() const { return m_copy; }
    QTableWidget *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    const SettingsFinder *finder() const { return m_finder.get(); }

    /// What "Copy for the customer" puts on the clipboard ("" before a result).
    QString customerText() const;

public Q_SLOTS:
    void find();
    void cancelFind();
    /// Closing the dialog stops a search that is still running.
    void reject() override;

Q_SIGNALS:
    /// "Use these settings": the proven server for the form.
    void useSettings(const ConnectionForm::Target &target);
    /// The search ended (found or not, or cancelled).
    void searchFinished();

private:
    void onCandidate(int index);
    void onFinished();
    void updateProgress();
    void setRunning(bool running);
    const SettingsCandidate *chosen() const;

    SettingsFinder::Options m_options;
    bool m_preferOutgoing = false;
    std::optional<CurrentSettings> m_current;
    std::unique_ptr<SettingsFinder> m_finder;
    QLineEdit *m_address = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QGroupBox *m_card = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace MailInspect
