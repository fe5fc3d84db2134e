#pragma once

#include "report/report.h"

#include <QWidget>

class QLabel;
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

private:
    void showCertificate(int chainIndex);
    void updateResults();

    const Report *m_report = nullptr;
    CertificateModel *m_model = nullptr;
    QLabel *m_trust = nullptr;
    QLabel *m_name = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace MailInspect
