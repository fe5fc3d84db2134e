// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace MailInspect {

class CertificateModel;

/// The certificate panel: the two verification results side by side (is
/// the chain trusted, does the name match — naming the name that was
/// checked), the chain as a tree, and the selected certificate's facts.
class CertificatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatePanel(QWidget *parent = nullptr);

    void setReport(const Report *report);
    CertificateModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QString trustText() const;
    QString nameText() const;
    /// The selected certificate's whole SHA-256 fingerprint ("AB:CD:..."),
    /// what Copy Fingerprint puts on the clipboard.
    QString selectedFingerprint() const;
    /// Every certificate the server sent, as PEM (Save Certificate Chain).
    QByteArray chainPem() const;
    bool saveChain(const QString &fileName, QString *error = nullptr) const;

private:
    void showCertificate(int chainIndex);
    void updateResults();

    const Report *m_report = nullptr;
    CertificateModel *m_model = nullptr;
    QLabel *m_trust = nullptr;
    QLabel *m_name = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_copyFingerprint = nullptr;
    QPushButton *m_saveChain = nullptr;
};

} // namespace MailInspect
