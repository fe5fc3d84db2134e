// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/inspectionrequest.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace MailInspect {

/// The optional login of an inspection: user name, password (or an OAuth 2
/// access token), the authentication mechanism, whether a login without
/// encryption is allowed, and what to check after a successful login.
///
/// The secret is never stored: not in the settings, not in the recent
/// targets, not in a report; clearSecrets() empties it (the main window does
/// when it closes). The user name, secret and addresses are checked as they
/// are typed with the engine's own rules (InspectionRequest::validate()):
/// the message names the field, never what it holds.
class LoginFields : public QWidget
{
    Q_OBJECT
public:
    explicit LoginFields(QWidget *parent = nullptr);

    /// What the mail-from/recipient fields and the mailbox check offer depends on it.
    void setProtocol(Protocol protocol);
    /// A user name was typed: the inspection logs in.
    bool wantsLogin() const;
    /// Why the login input cannot be used ("" when it can).
    QString problem() const { return m_problem; }
    /// Puts the login into a request (nothing when no user name was typed).
    void applyTo(InspectionRequest &request) const;
    /// Empties the password or token field.
    void clearSecrets();
    /// The mechanism chosen takes a token, not a password.
    bool usesToken() const;

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QAction *showSecretAction() const { return m_showSecret; }
    QComboBox *mechanismCombo() const { return m_mechanism; }
    QCheckBox *allowPlaintextCheck() const { return m_allowPlaintext; }
    QLabel *plaintextWarningLabel() const { return m_plaintextWarning; }
    QCheckBox *mailboxCheck() const { return m_mailboxCheck; }
    QLineEdit *mailFromEdit() const { return m_mailFrom; }
    QLineEdit *rcptToEdit() const { return m_rcptTo; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void changed();
    /// Enter was pressed in a field.
    void submitted();

private:
    void mechanismChanged();
    void setSecretShown(bool shown);
    void validate();

    QLineEdit *m_user = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QAction *m_showSecret = nullptr;
    QComboBox *m_mechanism = nullptr;
    QCheckBox *m_allowPlaintext = nullptr;
    QLabel *m_plaintextWarning = nullptr;
    QCheckBox *m_mailboxCheck = nullptr;
    QWidget *m_smtpRow = nullptr;
    QLineEdit *m_mailFrom = nullptr;
    QLineEdit *m_rcptTo = nullptr;
    QLabel *m_message = nullptr;
    Protocol m_protocol = Protocol::Submission;
    QString m_problem;
};

} // namespace MailInspect
