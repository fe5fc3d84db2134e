// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionform.h"

#include "icons.h"
#include "session/targetparser.h"

#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace MailInspect {

namespace {
const Security offeredSecurities[] = {Security::None, Security::StartTls, Security::ImplicitTls};

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// An inline error: icon and text, hidden when there is none.
void setErrorText(QLabel *label, const QString &message)
{
    label->setText(message.isEmpty()
                       ? QString()
                       : QStringLiteral("<img src=':/icons/status-error.svg' width='14' "
                                        "height='14'> ")
                           + message.toHtmlEscaped());
    label->setVisible(!message.isEmpty());
}
} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
{
    Ui::initResources();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);

    // One line, in the order a mail app's account dialog asks.
    auto *row = new QHBoxLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverEdit"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(tr("mail.example.com, host:port or imaps://host"));
    m_host->setToolTip(tr("The server name as the customer typed it. A URL such as "
                          "imaps://mail.example.com or host:port fills in the rest."));
    m_host->setMinimumWidth(260);
    m_host->setClearButtonEnabled(true);
    m_host->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_host->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setMaximumWidth(80);
    m_port->setMaxLength(6);
    m_port->setToolTip(tr("Follows protocol and security until you type a port."));

    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_protocol->setAccessibleName(tr("Protocol"));
    for (Protocol p : {Protocol::Submission, Protocol::Smtp, Protocol::Imap, Protocol::Pop3,
                       Protocol::Sieve, Protocol::Lmtp})
        m_protocol->addItem(protocolDisplayName(p), int(p));

    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->setAccessibleName(tr("Security"));
    for (Security s : offeredSecurities)
        m_security->addItem(securityDisplayName(s), int(s));
    m_security->setCurrentIndex(m_security->findData(int(Security::StartTls)));

    row->addWidget(buddyLabel(tr("&Server:"), m_host, this));
    row->addWidget(m_host, 3);
    m_findSettings = new QPushButton(tr("Find Settings…"), this);
    m_findSettings->setObjectName(QStringLiteral("findSettingsButton"));
    m_findSettings->setToolTip(tr("Find and test the right settings for an email address"));
    row->addWidget(m_findSettings);
    row->addWidget(buddyLabel(tr("Protoco&l:"), m_protocol, this));
    row->addWidget(m_protocol, 1);
    row->addWidget(buddyLabel(tr("Securit&y:"), m_security, this));
    row->addWidget(m_security);
    row->addWidget(buddyLabel(tr("P&ort:"), m_port, this));
    row->addWidget(m_port);
    outer->addLayout(row);

    // Messages: the error that keeps Inspect disabled, and a suggestion.
    auto *messages = new QHBoxLayout;
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setAccessibleName(tr("Show advanced settings"));
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    messages->addWidget(m_advancedToggle);
    m_loginToggle = new QToolButton(this);
    m_loginToggle->setObjectName(QStringLiteral("loginToggle"));
    m_loginToggle->setText(tr("Log &in"));
    m_loginToggle->setAccessibleName(tr("Show the login fields"));
    m_loginToggle->setToolTip(tr("Also check that the customer's user name and password are "
                                 "accepted."));
    m_loginToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_loginToggle->setArrowType(Qt::RightArrow);
    m_loginToggle->setCheckable(true);
    m_loginToggle->setAutoRaise(true);
    messages->addWidget(m_loginToggle);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("formMessage"));
    m_messageLabel->setAccessibleName(tr("Input problem"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    messages->addWidget(m_messageLabel, 1);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("formHint"));
    m_hintLabel->setAccessibleName(tr("Suggestion"));
    m_hintLabel->setTextFormat(Qt::RichText);
    m_hintLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                         | Qt::LinksAccessibleByKeyboard);
    m_hintLabel->hide();
    messages->addWidget(m_hintLabel, 1);
    messages->addStretch();
    outer->addLayout(messages);

    m_advanced = new QWidget(this);
    auto *advancedRows = new QVBoxLayout(m_advanced);
    advancedRows->setContentsMargins(20, 0, 0, 0);
    auto *advanced = new QHBoxLayout;
    advancedRows->addLayout(advanced);
    m_connectAddress = new QLineEdit(m_advanced);
    m_connectAddress->setObjectName(QStringLiteral("connectAddressEdit"));
    m_connectAddress->setAccessibleName(tr("Connect to address"));
    m_connectAddress->setPlaceholderText(tr("resolve the server name"));
    m_connectAddress->setToolTip(tr("Connect to this IP address instead; the server name is "
                                    "still the one sent and checked in the certificate."));
    // Room for an IPv4 address and a few letters of a file name, however long the labels
    // beside them are in the user's language.
    const int textMargin = 2 * fontMetrics().averageCharWidth() + 8;
    m_connectAddress->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255")) + textMargin);
    m_caFile = new QLineEdit(m_advanced);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("Extra CA file"));
    m_caFile->setPlaceholderText(tr("system trust only"));
    m_caFile->setToolTip(tr("PEM file with extra certificate authorities to trust "
                            "(e.g. a company CA)."));
    // The placeholder whole where it is short enough ("system trust only").
    m_caFile->setMinimumWidth(
        std::clamp(fontMetrics().horizontalAdvance(m_caFile->placeholderText()),
                   12 * fontMetrics().averageCharWidth(), 24 * fontMetrics().averageCharWidth())
        + textMargin);
    auto *browse = new QPushButton(tr("&Browse…"), m_advanced);
    m_browse = browse;
    browse->setAccessibleName(tr("Choose a CA file"));
    m_timeout = new QSpinBox(m_advanced);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Timeout per step in seconds"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    m_deadline = new QSpinBox(m_advanced);
    m_deadline->setObjectName(QStringLiteral("deadlineSpin"));
    m_deadline->setAccessibleName(tr("Deadline for the whole inspection in seconds"));
    m_deadline->setToolTip(tr("Stop the whole inspection after this many seconds, however far "
                              "it got. None: only the time per step applies."));
    m_deadline->setRange(0, 3600);
    m_deadline->setValue(0);
    m_deadline->setSpecialValueText(tr("none"));
    m_deadline->setSuffix(tr(" s"));
    m_practiceLabel = new QLabel(m_advanced);
    m_practiceLabel->setObjectName(QStringLiteral("practiceLabel"));
    m_practiceLabel->hide();
    advanced->addWidget(buddyLabel(tr("&Connect to:"), m_connectAddress, m_advanced));
    advanced->addWidget(m_connectAddress, 1);
    advanced->addWidget(buddyLabel(tr("E&xtra CA file:"), m_caFile, m_advanced));
    advanced->addWidget(m_caFile, 2);
    advanced->addWidget(browse);
    advanced->addWidget(buddyLabel(tr("Timeo&ut per step:"), m_timeout, m_advanced));
    advanced->addWidget(m_timeout);
    advanced->addWidget(buddyLabel(tr("O&verall deadline:"), m_deadline, m_advanced));
    advanced->addWidget(m_deadline);
    advanced->addWidget(m_practiceLabel);

    // Split-horizon DNS: the office and home users may get different answers.
    auto *dnsRow = new QHBoxLayout;
    m_dnsServer = new QLineEdit(m_advanced);
    m_dnsServer->setObjectName(QStringLiteral("dnsServerEdit"));
    m_dnsServer->setAccessibleName(tr("DNS server"));
    m_dnsServer->setPlaceholderText(tr("this computer's resolver"));
    m_dnsServer->setToolTip(tr("Ask this DNS server (address, optionally :port) for every name "
                               "instead of this computer's resolver."));
    dnsRow->addWidget(buddyLabel(tr("&DNS server:"), m_dnsServer, m_advanced));
    // Its placeholder says what an empty field means: readable in every language.
    m_dnsServer->setMinimumWidth(
        std::clamp(fontMetrics().horizontalAdvance(m_dnsServer->placeholderText()),
                   16 * fontMetrics().averageCharWidth(), 32 * fontMetrics().averageCharWidth())
        + 2 * fontMetrics().averageCharWidth() + 8);
    dnsRow->addWidget(m_dnsServer);
    dnsRow->addStretch(1);
    advancedRows->addLayout(dnsRow);

    m_advanced->hide();
    outer->addWidget(m_advanced);

    // An optional login, folded away like the advanced settings; the password never stored.
    m_login = new LoginFields(this);
    m_login->setContentsMargins(20, 0, 0, 0);
    m_login->hide();
    outer->addWidget(m_login);

    connect(m_advancedToggle, &QToolButton::toggled, this, &ConnectionForm::setAdvancedVisible);
    connect(m_host, &QLineEdit::textEdited, this, &ConnectionForm::hostEdited);
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_host->text().trimmed();
        if (text.contains(QLatin1Char(':')))
            applyTargetText(text);
    });
    connect(m_port, &QLineEdit::textEdited, this, &ConnectionForm::portEdited);
    connect(m_protocol, &QComboBox::currentIndexChanged, this,
            &ConnectionForm::protocolOrSecurityChanged);
    connect(m_security, &QComboBox::currentIndexChanged, this,
            &ConnectionForm::protocolOrSecurityChanged);
    connect(m_connectAddress, &QLineEdit::textEdited, this, [this] {
        if (!m_practiceCas.isEmpty() && m_connectAddress->text().isEmpty())
            leavePractice();
        validate();
    });
    connect(m_dnsServer, &QLineEdit::textEdited, this, &ConnectionForm::validate);
    connect(m_findSettings, &QPushButton::clicked, this, &ConnectionForm::findSettingsRequested);
    connect(m_caFile, &QLineEdit::textChanged, this, [this] {
        loadCaFile();
        validate();
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, &ConnectionForm::changed);
    connect(m_deadline, &QSpinBox::valueChanged, this, &ConnectionForm::changed);
    connect(m_loginToggle, &QToolButton::toggled, this, &ConnectionForm::setLoginVisible);
    connect(m_login, &LoginFields::changed, this, &ConnectionForm::validate);
    connect(m_login, &LoginFields::submitted, this, &ConnectionForm::submitted);
    connect(browse, &QPushButton::clicked, this, &ConnectionForm::browseCaFile);
    connect(m_hintLabel, &QLabel::linkActivated, this, &ConnectionForm::hintActivated);
    for (QLineEdit *edit : {m_host, m_port, m_connectAddress, m_caFile})
        connect(edit, &QLineEdit::returnPressed, this, &ConnectionForm::submitted);

    protocolOrSecurityChanged();
}

Protocol ConnectionForm::protocol() const
{
    return Protocol(m_protocol->currentData().toInt());
}

Security ConnectionForm::security() const
{
    return Security(m_security->currentData().toInt());
}

void ConnectionForm::setProtocol(Protocol protocol)
{
    m_protocol->setCurrentIndex(m_protocol->findData(int(protocol)));
}

void ConnectionForm::setSecurity(Security security)
{
    if (security == Security::Auto)
        security = Security::StartTls;
    m_security->setCurrentIndex(m_security->findData(int(security)));
}

void ConnectionForm::setAdvancedVisible(bool visible)
{
    m_advanced->setVisible(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advancedToggle->setAccessibleName(visible ? tr("Hide advanced settings")
                                                : tr("Show advanced settings"));
    if (m_advancedToggle->isChecked() != visible)
        m_advancedToggle->setChecked(visible);
}

bool ConnectionForm::isAdvancedVisible() const
{
    return m_advancedToggle->isChecked();
}

void ConnectionForm::setLoginVisible(bool visible)
{
    m_login->setVisible(visible);
    m_loginToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_loginToggle->setAccessibleName(visible ? tr("Hide the login fields")
                                             : tr("Show the login fields"));
    if (m_loginToggle->isChecked() != visible)
        m_loginToggle->setChecked(visible);
}

bool ConnectionForm::isLoginVisible() const
{
    return m_loginToggle->isChecked();
}

void ConnectionForm::setInputEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_host, m_port, m_protocol, m_security,
                                                        m_advanced, m_login, m_findSettings})
        w->setEnabled(enabled);
}

void ConnectionForm::setRecentHosts(const QStringList &hosts)
{
    if (auto *model = qobject_cast<QStringListModel *>(m_host->completer()->model()))
        model->setStringList(hosts);
}

void ConnectionForm::protocolOrSecurityChanged()
{
    m_login->setProtocol(protocol());
    if (!m_portUserSet) {
        const Security s = security();
        m_port->setText(QString::number(defaultPort(protocol(), s)));
    }
    validate();
}

void ConnectionForm::portEdited(const QString &text)
{
    // An emptied field hands the port back to protocol and security.
    m_portUserSet = !text.trimmed().isEmpty();
    if (!m_portUserSet)
        m_port->setPlaceholderText(QString::number(defaultPort(protocol(), security())));
    validate();
}

void ConnectionForm::hostEdited(const QString &text)
{
    m_hostTouched = true;
    if (!m_practiceCas.isEmpty())
        leavePractice();
    // A paste (several characters at once) of a URL or host:port fills the
    // form straight away; typed text waits for editing to finish, so that
    // "host:9" is not taken as port 9 while the user is still typing.
    const bool pasted = text.size() - m_lastHostLength > 1;
    m_lastHostLength = int(text.size());
    if (pasted && (text.contains(QStringLiteral("://")) || text.contains(QLatin1Char(':'))))
        applyTargetText(text);
    validate();
}

bool ConnectionForm::applyTargetText(const QString &text)
{
    QString error;
    const auto parsed = parseTarget(text, &error);
    if (!parsed)
        return false;
    if (parsed->protocol)
        setProtocol(*parsed->protocol);
    if (parsed->security) {
        setSecurity(*parsed->security);
    } else if (parsed->protocol && security() == Security::ImplicitTls) {
        // imap://, smtp://, ... name the plain port: not implicit TLS.
        setSecurity(Security::StartTls);
    }
    if (parsed->port) {
        m_port->setText(QString::number(*parsed->port));
        m_portUserSet = true;
    } else if (parsed->protocol) {
        m_portUserSet = false;
        m_port->setText(QString::number(defaultPort(protocol(), security())));
    }
    m_host->setText(parsed->host);
    m_lastHostLength = int(parsed->host.size());
    m_hostTouched = true;
    validate();
    updateHint();
    return true;
}

void ConnectionForm::setTarget(const Target &target)
{
    const QSignalBlocker blockProtocol(m_protocol);
    const QSignalBlocker blockSecurity(m_security);
    setProtocol(target.protocol);
    setSecurity(target.security);
    m_host->setText(target.host);
    m_lastHostLength = int(target.host.size());
    m_hostTouched = true;
    m_portUserSet = target.port != 0;
    m_port->setText(
        QString::number(target.port != 0 ? target.port : defaultPort(target.protocol, security())));
    m_connectAddress->setText(target.connectAddress);
    m_practiceCas = target.extraCaCertificates;
    m_practiceCaLabel = target.extraCaLabel;
    if (!m_practiceCas.isEmpty()) {
        m_caFile->clear();
        m_practiceLabel->setText(tr("Trusting: %1").arg(target.extraCaLabel));
        m_practiceLabel->show();
    } else {
        m_practiceLabel->hide();
    }
    if (!target.connectAddress.isEmpty() || !m_practiceCas.isEmpty())
        setAdvancedVisible(true);
    validate();
    updateHint();
}

void ConnectionForm::setSecurityAndPort(Security security, quint16 port)
{
    // Everything else stays as it is, the practice CA and the login included.
    {
        const QSignalBlocker blockSecurity(m_security);
        setSecurity(security);
    }
    m_portUserSet = true;
    m_port->setText(QString::number(port));
    validate();
    updateHint();
}

ConnectionForm::Target ConnectionForm::target() const
{
    Target t;
    t.host = m_host->text().trimmed();
    t.port = parsePort(m_port->text()).value_or(0);
    t.protocol = protocol();
    t.security = security();
    t.connectAddress = m_connectAddress->text().trimmed();
    return t;
}

void ConnectionForm::leavePractice()
{
    m_practiceCas.clear();
    m_practiceCaLabel.clear();
    m_practiceLabel->hide();
    m_connectAddress->clear();
}

void ConnectionForm::hintActivated(const QString &link)
{
    // Links look like "use:imap:tls".
    const QStringList parts = link.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.first() != QLatin1String("use"))
        return;
    if (const auto p = protocolFromName(parts.at(1)))
        setProtocol(*p);
    if (const auto s = securityFromName(parts.at(2)))
        setSecurity(*s);
    updateHint();
}

void ConnectionForm::updateHint()
{
    const auto port = parsePort(m_port->text());
    QString hint;
    if (port && m_portUserSet) {
        // The well-known implicit-TLS ports, and what they usually carry.
        std::optional<Protocol> usual;
        if (*port == 465)
            usual = protocol() == Protocol::Smtp ? Protocol::Smtp : Protocol::Submission;
        else if (*port == 993)
            usual = Protocol::Imap;
        else if (*port == 995)
            usual = Protocol::Pop3;
        if (usual && (security() != Security::ImplicitTls || protocol() != *usual)) {
            const QString link
                = QStringLiteral("use:%1:%2")
                      .arg(protocolName(*usual), securityName(Security::ImplicitTls));
            hint = tr("Port %1 normally means %2 with SSL/TLS. <a href=\"%3\">Use that</a>")
                       .arg(*port)
                       .arg(protocolDisplayName(*usual).toHtmlEscaped(), link);
        }
    }
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty() && m_message.isEmpty());
}

void ConnectionForm::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Extra CA certificates"), QFileInfo(m_caFile->text()).path(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ConnectionForm::loadCaFile()
{
    m_fileCas.clear();
    m_caError.clear();
    const QString path = m_caFile->text().trimmed();
    if (path.isEmpty())
        return;
    if (!m_practiceCas.isEmpty())
        leavePractice();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        m_caError = tr("Cannot read the CA file \"%1\".").arg(path);
        return;
    }
    // CA files are small; a bounded read keeps a wrong pick (a disk image)
    // from stalling the form.
    const QByteArray pem = file.read(4 * 1024 * 1024);
    m_fileCas = QSslCertificate::fromData(pem, QSsl::Pem);
    if (m_fileCas.isEmpty())
        m_caError = tr("The CA file \"%1\" holds no PEM certificate.").arg(path);
}

void ConnectionForm::validate()
{
    QString message;
    const QString hostText = m_host->text().trimmed();
    // Nothing typed yet: Inspect stays disabled, without scolding.
    bool blocked = hostText.isEmpty();
    if (hostText.isEmpty()) {
        if (m_hostTouched)
            message = tr("Enter the server name, for example mail.example.com.");
    } else {
        QString error;
        if (!parseTarget(hostText, &error))
            message = tr("Server: %1.").arg(error);
    }
    if (message.isEmpty() && !parsePort(m_port->text()))
        message = tr("The port must be a number from 1 to 65535.");
    const QString address = m_connectAddress->text().trimmed();
    if (message.isEmpty() && !address.isEmpty() && QHostAddress(address).isNull())
        message = tr("\"Connect to\" must be an IP address, such as 192.0.2.10.");
    if (message.isEmpty() && !m_caError.isEmpty())
        message = m_caError;
    if (message.isEmpty()) {
        if (const auto problem
            = fieldProblem(RequestProblem::Field::DnsServer, m_dnsServer->text().trimmed()))
            message = tr("DNS server: %1.").arg(problem->message);
    }

    m_message = message;
    // The login fields check themselves as they are typed (the engine's own rules).
    const QString loginProblem = m_login->problem();
    const bool valid = !blocked && message.isEmpty() && loginProblem.isEmpty();
    m_valid = valid;
    setErrorText(m_messageLabel, message);
    if (!m_caError.isEmpty())
        setAdvancedVisible(true);
    if (!loginProblem.isEmpty() && m_login->wantsLogin())
        setLoginVisible(true);
    updateHint();
    if (valid != m_lastValid) {
        m_lastValid = valid;
        Q_EMIT validityChanged(valid);
    }
    Q_EMIT changed();
}

std::optional<InspectionRequest> ConnectionForm::request() const
{
    if (!isValid())
        return std::nullopt;
    const auto parsed = parseTarget(m_host->text().trimmed(), nullptr);
    if (!parsed)
        return std::nullopt;
    InspectionRequest request;
    request.host = parsed->host;
    request.protocol = protocol();
    request.security = security();
    request.port = parsePort(m_port->text()).value_or(0);
    if (parsed->port)
        request.port = *parsed->port;
    // The display form never carries a user name or password typed into a URL.
    request.targetAsTyped = parsed->port
        ? parsed->display
        : QStringLiteral("%1:%2").arg(parsed->display).arg(request.port);
    request.connectAddress = m_connectAddress->text().trimmed();
    request.dnsServer = m_dnsServer->text().trimmed();
    request.extraCaCertificates = m_fileCas + m_practiceCas;
    request.caFile = m_practiceCas.isEmpty() ? m_caFile->text().trimmed() : m_practiceCaLabel;
    request.timeoutMs = m_timeout->value() * 1000;
    request.deadlineMs = m_deadline->value() * 1000;
    m_login->applyTo(request);
    if (request.validate())
        return std::nullopt;
    return request;
}

} // namespace MailInspect
