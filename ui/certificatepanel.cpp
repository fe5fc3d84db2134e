// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatepanel.h"

#include "apptext.h"

#include "certificatemodel.h"
#include "icons.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSslCertificate>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace MailInspect {

namespace {

QString esc(const QString &text)
{
    return appHtml(text);
}

QLabel *makeResultLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

QString resultHtml(StepStatus status, const QString &title, const QString &text)
{
    return QStringLiteral(
               "<img src=':/icons/status-%1.svg' width='16' height='16'> <b>%2</b><br>%3")
        .arg(stepStatusName(status), esc(title), esc(text));
}

} // namespace

CertificatePanel::CertificatePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CertificateModel(this))
{
    Ui::initResources();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *results = new QHBoxLayout;
    m_trust = makeResultLabel(this);
    m_trust->setAccessibleName(tr("Trust result"));
    m_name = makeResultLabel(this);
    m_name->setAccessibleName(tr("Name result"));
    results->addWidget(m_trust, 1);
    results->addWidget(m_name, 1);
    layout->addLayout(results);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Certificate chain"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(CertificateModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CertificateModel::ExpiresColumn,
                                           QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(splitter);
    m_details->setAccessibleName(tr("Certificate details"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_copyFingerprint = new QPushButton(tr("Copy &Fingerprint"), this);
    m_copyFingerprint->setToolTip(
        tr("Copies the selected certificate's whole SHA-256 fingerprint"));
    m_saveChain = new QPushButton(tr("Save Certificate &Chain…"), this);
    m_saveChain->setToolTip(tr("Writes every certificate the server sent to a PEM file"));
    buttons->addWidget(m_copyFingerprint);
    buttons->addWidget(m_saveChain);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_copyFingerprint, &QPushButton::clicked, this, [this] {
        const QString fingerprint = selectedFingerprint();
        if (!fingerprint.isEmpty())
            QGuiApplication::clipboard()->setText(fingerprint);
    });
    connect(m_saveChain, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save Certificate Chain"),
            QStringLiteral("%1-chain.pem")
                .arg(fileNameStem(m_report ? m_report->host : QString(), QStringLiteral("server"))),
            tr("PEM certificates (*.pem *.crt)"));
        if (file.isEmpty())
            return;
        QString error;
        if (!saveChain(file, &error))
            QMessageBox::warning(this, tr("Save Certificate Chain"), error);
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showCertificate(current.isValid()
                                    ? current.data(CertificateModel::ChainIndexRole).toInt()
                                    : -1);
            });
    setReport(nullptr);
}

QString CertificatePanel::selectedFingerprint() const
{
    const QModelIndex current = m_tree->currentIndex();
    const int chainIndex
        = current.isValid() ? current.data(CertificateModel::ChainIndexRole).toInt() : -1;
    const QList<CertificateInfo> &chain = m_model->chain();
    if (chainIndex < 0 || chainIndex >= chain.size())
        return {};
    // Hex digits and colons only: a fingerprint the backend computed, never
    // text the server chose.
    return appText(chain.at(chainIndex).sha256);
}

QByteArray CertificatePanel::chainPem() const
{
    QByteArray pem;
    for (const CertificateInfo &cert : m_model->chain()) {
        // Re-encoded from the parsed certificate: only PEM armour and base64
        // reach the file, whatever else the report carried.
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(cert.pem, QSsl::Pem);
        for (const QSslCertificate &c : parsed)
            pem += c.toPem();
    }
    return pem;
}

bool CertificatePanel::saveChain(const QString &fileName, QString *error) const
{
    const QByteArray pem = chainPem();
    if (pem.isEmpty()) {
        if (error)
            *error = tr("There is no certificate to save.");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void CertificatePanel::setReport(const Report *report)
{
    m_report = report;
    m_model->setReport(report);
    m_tree->expandAll();
    updateResults();
    m_copyFingerprint->setEnabled(!m_model->chain().isEmpty());
    m_saveChain->setEnabled(!m_model->chain().isEmpty());
    // The server's own certificate is the one people ask about.
    if (!m_model->chain().isEmpty())
        m_tree->setCurrentIndex(m_model->indexForChain(0));
    else
        showCertificate(-1);
}

QString CertificatePanel::trustText() const
{
    return m_trust->text();
}

QString CertificatePanel::nameText() const
{
    return m_name->text();
}

void CertificatePanel::updateResults()
{
    if (!m_report || !m_report->tls.attempted) {
        const QString text = m_report && m_report->finished
            ? tr("No TLS in this inspection: no certificate to check.")
            : tr("Not checked yet.");
        m_trust->setText(resultHtml(StepStatus::Skipped, tr("Trust"), text));
        m_name->setText(resultHtml(StepStatus::Skipped, tr("Name"), text));
        return;
    }
    const TlsInfo &tls = m_report->tls;
    if (tls.chain.isEmpty()) {
        const QString text = tls.handshakeError.isEmpty()
            ? tr("The server sent no certificate.")
            : tr("No certificate: %1").arg(tls.handshakeError);
        const StepStatus status = m_report->finished ? StepStatus::Error : StepStatus::Running;
        m_trust->setText(resultHtml(status, tr("Trust"), text));
        m_name->setText(resultHtml(status, tr("Name"), text));
        return;
    }

    if (tls.trusted) {
        m_trust->setText(resultHtml(StepStatus::Ok, tr("Trusted"),
                                    tr("The chain leads to a trusted certificate authority.")));
    } else {
        // Plain words on the card; the library's own words are in the
        // certificate's details below.
        QStringList reasons;
        for (const CertificateProblem &problem : tls.problems) {
            const QString plain = CertificateModel::plainProblem(problem);
            if (!problem.isNameProblem && !reasons.contains(plain))
                reasons << plain;
        }
        m_trust->setText(resultHtml(StepStatus::Error, tr("Not trusted"),
                                    reasons.isEmpty() ? tr("The chain could not be verified.")
                                                      : reasons.join(QLatin1Char(' '))));
    }

    const QString checked = tls.verifiedName.isEmpty() ? m_report->host : tls.verifiedName;
    if (tls.nameMatches) {
        m_name->setText(resultHtml(StepStatus::Ok, tr("Name matches"),
                                   tr("Checked name \"%1\" is in the certificate.").arg(checked)));
    } else {
        const QStringList names = tls.chain.first().subjectAltNames;
        m_name->setText(
            resultHtml(StepStatus::Error, tr("Name does not match"),
                       tr("Checked name \"%1\" is not in the certificate; it names: %2.")
                           .arg(checked,
                                names.isEmpty() ? tls.chain.first().commonName
                                                : names.join(QStringLiteral(", ")))));
    }
}

void CertificatePanel::showCertificate(int chainIndex)
{
    const QList<CertificateInfo> &chain = m_model->chain();
    if (chainIndex < 0 || chainIndex >= chain.size()) {
        m_details->clear();
        return;
    }
    const CertificateInfo &cert = chain.at(chainIndex);
    const QLocale locale;
    auto row = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(esc(key), value);
    };
    // Four-digit years: a certificate valid "until 01.01.00" could be any century.
    auto date = [&locale](const QDateTime &when) {
        return esc(locale.toString(when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   + QStringLiteral(" UTC"));
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += row(tr("Subject"), esc(cert.subject));
    html += row(tr("Issuer"),
                esc(cert.issuer) + (cert.selfSigned ? esc(tr(" (self-signed)")) : QString()));
    html += row(tr("Valid from"), date(cert.notBefore));
    html += row(tr("Valid until"),
                date(cert.notAfter) + QStringLiteral(" — ") + esc(m_model->validityText(cert)));
    html += row(tr("Names (SAN)"), esc(cert.subjectAltNames.join(QStringLiteral(", "))));
    html += row(tr("Public key"), esc(cert.publicKey));
    html += row(tr("SHA-256 fingerprint"), QStringLiteral("<tt>%1</tt>").arg(esc(cert.sha256)));
    if (!cert.serialNumber.isEmpty())
        html += row(tr("Serial number"), QStringLiteral("<tt>%1</tt>").arg(esc(cert.serialNumber)));
    const QStringList problems = m_model->problemsOf(chainIndex);
    if (!problems.isEmpty()) {
        html += row(tr("Problems"),
                    QStringLiteral("<span style='color:%1'>%2</span>")
                        .arg(Ui::statusColor(StepStatus::Error, palette()).name(),
                             esc(problems.join(QLatin1Char(' ')))));
        html += row(tr("TLS library says"),
                    QStringLiteral("<tt>%1</tt>")
                        .arg(esc(m_model->libraryWordsOf(chainIndex).join(QStringLiteral("; ")))));
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace MailInspect
