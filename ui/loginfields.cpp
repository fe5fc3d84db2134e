// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginfields.h"

#include "icons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace MailInspect {

namespace {
// The combo's data for "OAuth 2 with a token, whichever of XOAUTH2 and
// OAUTHBEARER the server offers".
const QString automaticToken = QStringLiteral("oauth");

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

LoginFields::LoginFields(QWidget *parent)
    : QWidget(parent)
{
    Ui::initResources();
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(grid);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name for a login"));
    m_user->setPlaceholderText(tr("no login"));
    m_user->setToolTip(tr("Also log in as this user (often the full email address). The "
                          "password goes out only inside TLS with a verified certificate, "
                          "unless you allow a login without encryption."));

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("passwordEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("Used for this inspection only: never saved, never in a report, "
                            "cleared when the window closes."));
    m_showSecret
        = m_secret->addAction(Ui::passwordVisibilityIcon(false), QLineEdit::TrailingPosition);
    m_showSecret->setObjectName(QStringLiteral("showPasswordAction"));
    m_showSecret->setCheckable(true);
    m_secretLabel = buddyLabel(QString(), m_secret, this);

    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("mechanismCombo"));
    m_mechanism->setAccessibleName(tr("Authentication mechanism"));
    m_mechanism->setToolTip(tr("Automatic picks the strongest mechanism the server offers for "
                               "the password; the report says which and why."));
    m_mechanism->addItem(tr("Automatic"), QString());
    for (const char *name : {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"})
        m_mechanism->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_mechanism->insertSeparator(m_mechanism->count());
    m_mechanism->addItem(tr("OAuth 2 (access token)"), automaticToken);
    m_mechanism->addItem(tr("OAuth 2: XOAUTH2"), QStringLiteral("XOAUTH2"));
    m_mechanism->addItem(tr("OAuth 2: OAUTHBEARER"), QStringLiteral("OAUTHBEARER"));

    grid->addWidget(buddyLabel(tr("Lo&gin as:"), m_user, this), 0, 0);
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(m_secretLabel, 0, 2);
    grid->addWidget(m_secret, 0, 3);
    grid->addWidget(buddyLabel(tr("Au&thentication:"), m_mechanism, this), 0, 4);
    grid->addWidget(m_mechanism, 0, 5);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);

    // Sending the password in plain text is a decision, not a default.
    auto *options = new QHBoxLayout;
    options->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(options);
    m_allowPlaintext = new QCheckBox(tr("Allow login without &encryption"), this);
    m_allowPlaintext->setObjectName(QStringLiteral("allowPlaintextCheck"));
    m_allowPlaintext->setToolTip(tr("Send the password even where the connection is not "
                                    "encrypted or the certificate did not verify."));
    m_plaintextWarning = new QLabel(this);
    m_plaintextWarning->setObjectName(QStringLiteral("plaintextWarning"));
    m_plaintextWarning->setAccessibleName(tr("Warning"));
    m_plaintextWarning->setWordWrap(true);
    m_plaintextWarning->setText(
        QStringLiteral("<img src=':/icons/status-warning.svg' width='14' height='14'> ")
        + tr("Anyone on the network path can read the password: use a test account.")
              .toHtmlEscaped());
    m_plaintextWarning->hide();
    m_mailboxCheck = new QCheckBox(this);
    m_mailboxCheck->setObjectName(QStringLiteral("mailboxCheck"));
    m_mailboxCheck->setChecked(true);
    options->addWidget(m_allowPlaintext);
    options->addWidget(m_plaintextWarning, 1);
    options->addWidget(m_mailboxCheck);
    options->addStretch();

    // Submission only: may this account send as this sender, to this recipient?
    m_smtpRow = new QWidget(this);
    auto *smtp = new QHBoxLayout(m_smtpRow);
    smtp->setContentsMargins(0, 0, 0, 0);
    m_mailFrom = new QLineEdit(m_smtpRow);
    m_mailFrom->setObjectName(QStringLiteral("mailFromEdit"));
    m_mailFrom->setAccessibleName(tr("Sender address to test"));
    m_mailFrom->setPlaceholderText(tr("not tested"));
    m_mailFrom->setToolTip(tr("After the login, ask the server whether this account may send "
                              "as this address (MAIL FROM, then RSET: no message is sent)."));
    m_rcptTo = new QLineEdit(m_smtpRow);
    m_rcptTo->setObjectName(QStringLiteral("rcptToEdit"));
    m_rcptTo->setAccessibleName(tr("Recipient address to test"));
    m_rcptTo->setPlaceholderText(tr("not tested"));
    m_rcptTo->setToolTip(tr("Also ask whether the server accepts this recipient (RCPT TO, then "
                            "RSET: no message is sent)."));
    smtp->addWidget(buddyLabel(tr("Send &as:"), m_mailFrom, m_smtpRow));
    smtp->addWidget(m_mailFrom, 1);
    smtp->addWidget(buddyLabel(tr("To &recipient:"), m_rcptTo, m_smtpRow));
    smtp->addWidget(m_rcptTo, 1);
    rows->addWidget(m_smtpRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setAccessibleName(tr("Login problem"));
    m_message->setWordWrap(true);
    m_message->hide();
    rows->addWidget(m_message);

    connect(m_showSecret, &QAction::toggled, this, &LoginFields::setSecretShown);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, &LoginFields::mechanismChanged);
    connect(m_allowPlaintext, &QCheckBox::toggled, this, [this](bool on) {
        m_plaintextWarning->setVisible(on);
        Q_EMIT changed();
    });
    connect(m_mailboxCheck, &QCheckBox::toggled, this, &LoginFields::changed);
    for (QLineEdit *edit : {m_user, m_secret, m_mailFrom, m_rcptTo}) {
        connect(edit, &QLineEdit::textChanged, this, &LoginFields::validate);
        connect(edit, &QLineEdit::returnPressed, this, &LoginFields::submitted);
    }
    mechanismChanged();
    setSecretShown(false);
    setProtocol(m_protocol);
}

void LoginFields::setProtocol(Protocol protocol)
{
    m_protocol = protocol;
    const bool smtp = protocol == Protocol::Submission || protocol == Protocol::Smtp
        || protocol == Protocol::Lmtp;
    m_smtpRow->setVisible(smtp);
    switch (protocol) {
    case Protocol::Imap:
        m_mailboxCheck->setText(tr("Check the &inbox after login"));
        m_mailboxCheck->setToolTip(tr("Open INBOX read-only: message count, and how full the "
                                      "mailbox is when the server reports its quota."));
        break;
    case Protocol::Pop3:
        m_mailboxCheck->setText(tr("Check the &inbox after login"));
        m_mailboxCheck->setToolTip(tr("Ask for the number of messages waiting (STAT)."));
        break;
    default:
        break;
    }
    m_mailboxCheck->setVisible(protocol == Protocol::Imap || protocol == Protocol::Pop3);
    validate();
}

bool LoginFields::wantsLogin() const
{
    return !m_user->text().isEmpty();
}

bool LoginFields::usesToken() const
{
    const QString chosen = m_mechanism->currentData().toString();
    return chosen == automaticToken || chosen == QLatin1String("XOAUTH2")
        || chosen == QLatin1String("OAUTHBEARER");
}

void LoginFields::mechanismChanged()
{
    const bool token = usesToken();
    m_secretLabel->setText(token ? tr("Access to&ken:") : tr("Pass&word:"));
    m_secret->setAccessibleName(token ? tr("OAuth 2 access token") : tr("Password"));
    m_secret->setPlaceholderText(token ? tr("paste the access token") : QString());
    validate();
}

void LoginFields::setSecretShown(bool shown)
{
    m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_showSecret->setIcon(Ui::passwordVisibilityIcon(shown));
    const QString what = usesToken() ? tr("token") : tr("password");
    m_showSecret->setText(shown ? tr("Hide the %1").arg(what) : tr("Show the %1").arg(what));
    m_showSecret->setToolTip(m_showSecret->text());
}

void LoginFields::clearSecrets()
{
    m_secret->clear();
    m_showSecret->setChecked(false);
}

void LoginFields::applyTo(InspectionRequest &request) const
{
    // As typed: no trimming, which would quietly cut a CR or LF off the end.
    if (!wantsLogin())
        return;
    request.user = m_user->text();
    if (usesToken())
        request.oauthToken = m_secret->text();
    else
        request.password = m_secret->text();
    request.allowPlaintextAuth = m_allowPlaintext->isChecked();
    // "oauth" (automatic between the OAuth mechanisms) and "" name no mechanism.
    request.authMechanism = saslMechanismFromName(m_mechanism->currentData().toString());
    request.checkMailbox = m_mailboxCheck->isChecked();
    const bool smtp = m_protocol == Protocol::Smtp || m_protocol == Protocol::Submission;
    request.mailFrom = smtp ? m_mailFrom->text() : QString();
    request.rcptTo = smtp && !request.mailFrom.isEmpty() ? m_rcptTo->text() : QString();
}

void LoginFields::validate()
{
    InspectionRequest probe;
    probe.host = QStringLiteral("example.invalid");
    applyTo(probe);
    QString problem;
    if (wantsLogin() || !m_secret->text().isEmpty()) {
        // The same check the engine makes, shown as the field is typed or pasted.
        if (const auto found = probe.validate())
            problem = found->message;
        if (problem.isEmpty() && !m_user->text().isEmpty() && m_secret->text().isEmpty())
            problem = usesToken() ? tr("paste the access token") : tr("type the password");
        if (problem.isEmpty() && m_user->text().isEmpty())
            problem = tr("type the user name to log in as");
    }
    m_problem = problem.isEmpty() ? QString() : tr("Login: %1.").arg(problem);
    m_message->setText(m_problem.isEmpty()
                           ? QString()
                           : QStringLiteral("<img src=':/icons/status-error.svg' width='14' "
                                            "height='14'> ")
                               + m_problem.toHtmlEscaped());
    m_message->setVisible(!m_problem.isEmpty());
    Q_EMIT changed();
}

} // namespace MailInspect
