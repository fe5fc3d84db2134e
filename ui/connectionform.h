// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loginfields.h"
#include "session/inspectionrequest.h"

#include <QSslCertificate>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;
class QToolButton;

namespace MailInspect {

/// What the customer typed into their mail app: server, port, protocol and
/// security (offered as "None", "STARTTLS", "SSL/TLS"), plus the advanced
/// settings (connect-to address, extra CA file, timeout per step, deadline
/// for the whole inspection, an optional login) folded away.
///
/// The port follows protocol and security until the user types one. Pasting
/// `imaps://host` or `host:port` into the server field fills the rest.
/// Invalid input gets an inline message and makes isValid() false; a user
/// name or password that InspectionRequest::validate() refuses gets its
/// message beside the login fields. The login is never remembered.
class ConnectionForm : public QWidget
{
    Q_OBJECT
public:
    /// A target to put into the form (recent targets, practice servers).
    struct Target
    {
        QString host;
        quint16 port = 0;
        Protocol protocol = Protocol::Submission;
        Security security = Security::StartTls;
        QString connectAddress;
        QList<QSslCertificate> extraCaCertificates; ///< not from a file
        QString extraCaLabel; ///< where they came from, for people
    };

    explicit ConnectionForm(QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    /// The inline message ("" when the input is valid).
    QString validationMessage() const
    {
        return m_message.isEmpty() ? m_login->problem() : m_message;
    }
    /// The request for the current input, or nothing when it is invalid.
    std::optional<InspectionRequest> request() const;
    /// The current input as a Target (no certificates read from files).
    Target target() const;

    void setTarget(const Target &target);
    /// Another security mode and port, the rest of the form unchanged (the
    /// banner's "Try SSL/TLS on port 465").
    void setSecurityAndPort(Security security, quint16 port);
    /// Applies a pasted URL / host:port to the form; false when it does not
    /// parse (the text is left alone).
    bool applyTargetText(const QString &text);
    void setAdvancedVisible(bool visible);
    bool isAdvancedVisible() const;
    void setLoginVisible(bool visible);
    bool isLoginVisible() const;
    /// Forgets the password or token (the window closes).
    void clearSecrets() { m_login->clearSecrets(); }
    void setInputEnabled(bool enabled);
    /// Host names for the server field's completer.
    void setRecentHosts(const QStringList &hosts);

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QComboBox *protocolCombo() const { return m_protocol; }
    QComboBox *securityCombo() const { return m_security; }
    QLineEdit *connectAddressEdit() const { return m_connectAddress; }
    QLineEdit *dnsServerEdit() const { return m_dnsServer; }
    QPushButton *findSettingsButton() const { return m_findSettings; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QSpinBox *deadlineSpin() const { return m_deadline; }
    LoginFields *loginFields() const { return m_login; }
    QLineEdit *userEdit() const { return m_login->userEdit(); }
    QLineEdit *passwordEdit() const { return m_login->secretEdit(); }
    /// The message below the login fields ("" hidden).
    QLabel *loginMessageLabel() const { return m_login->messageLabel(); }
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    QToolButton *loginToggle() const { return m_loginToggle; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *messageLabel() const { return m_messageLabel; }
    QLabel *hintLabel() const { return m_hintLabel; }

    Protocol protocol() const;
    Security security() const;
    void setProtocol(Protocol protocol);
    void setSecurity(Security security);

Q_SIGNALS:
    void validityChanged(bool valid);
    /// Enter was pressed in a field.
    void submitted();
    /// Anything the user can see changed.
    void changed();
    /// "Find Settings…" beside the server field was pressed.
    void findSettingsRequested();

private:
    void protocolOrSecurityChanged();
    void portEdited(const QString &text);
    void hostEdited(const QString &text);
    void hintActivated(const QString &link);
    void browseCaFile();
    void loadCaFile();
    void leavePractice();
    void validate();
    void updateHint();

    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_security = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QPushButton *m_browse = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_connectAddress = nullptr;
    QLineEdit *m_dnsServer = nullptr;
    QPushButton *m_findSettings = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_deadline = nullptr;
    QToolButton *m_loginToggle = nullptr;
    LoginFields *m_login = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_practiceLabel = nullptr;

    bool m_portUserSet = false;
    bool m_hostTouched = false;
    int m_lastHostLength = 0;
    QString m_message;
    bool m_valid = false;
    bool m_lastValid = false;
    QList<QSslCertificate> m_fileCas;
    QString m_caError;
    QList<QSslCertificate> m_practiceCas;
    QString m_practiceCaLabel;
};

} // namespace MailInspect
