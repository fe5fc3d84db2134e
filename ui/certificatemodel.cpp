#include "certificatemodel.h"

#include "apptext.h"

#include "icons.h"

#include <QLocale>

namespace MailInspect {

// Tree shape: chain[n-1] is the only top-level row; chain[i]'s single child
// is chain[i-1]. The internal id of an index is its chain position.

CertificateModel::CertificateModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void CertificateModel::setReport(const Report *report)
{
    beginResetModel();
    m_chain = report ? report->tls.chain : QList<CertificateInfo>();
    m_problems = report ? report->tls.problems : QList<CertificateProblem>();
    endResetModel();
}

void CertificateModel::setNow(const QDateTime &now)
{
    m_now = now;
    // One node per level: each has its own parent, so one signal each.
    for (int i = 0; i < m_chain.size(); ++i) {
        const QModelIndex node = indexForChain(i);
        Q_EMIT dataChanged(node, node.siblingAtColumn(ExpiresColumn));
    }
}

QModelIndex CertificateModel::indexForChain(int chainIndex) const
{
    if (chainIndex < 0 || chainIndex >= m_chain.size())
        return {};
    return createIndex(0, NameColumn, quintptr(chainIndex));
}

QModelIndex CertificateModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row != 0 || column < 0 || column >= ColumnCount || m_chain.isEmpty())
        return {};
    if (!parent.isValid())
        return createIndex(0, column, quintptr(m_chain.size() - 1));
    const int parentChain = int(parent.internalId());
    if (parentChain <= 0)
        return {};
    return createIndex(0, column, quintptr(parentChain - 1));
}

QModelIndex CertificateModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int chainIndex = int(child.internalId());
    if (chainIndex >= m_chain.size() - 1)
        return {};
    return createIndex(0, NameColumn, quintptr(chainIndex + 1));
}

int CertificateModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_chain.isEmpty() ? 0 : 1;
    if (parent.column() != NameColumn)
        return 0;
    return parent.internalId() > 0 ? 1 : 0;
}

int CertificateModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QString CertificateModel::displayName(const CertificateInfo &certificate) const
{
    if (!certificate.commonName.isEmpty())
        return certificate.commonName;
    if (!certificate.subject.isEmpty())
        return certificate.subject;
    return tr("(no name)");
}

QString CertificateModel::validityText(const CertificateInfo &certificate) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (certificate.notBefore.isValid() && now < certificate.notBefore) {
        const qint64 days = now.daysTo(certificate.notBefore);
        return tr("not valid yet: starts in %n day(s)", nullptr, int(days));
    }
    if (!certificate.notAfter.isValid())
        return tr("unknown validity");
    const qint64 days = now.daysTo(certificate.notAfter);
    if (now > certificate.notAfter)
        return tr("expired %n day(s) ago", nullptr, int(-days));
    return tr("expires in %n day(s)", nullptr, int(days));
}

QStringList CertificateModel::problemsOf(int chainIndex) const
{
    QStringList result;
    for (const CertificateProblem &problem : m_problems) {
        if (problem.certificateIndex == chainIndex && !problem.isNameProblem)
            result << problem.message;
    }
    return result;
}

// Every string a view shows goes through the app's sink escaper.
QVariant CertificateModel::data(const QModelIndex &index, int role) const
{
    return appValue(reportData(index, role));
}

QVariant CertificateModel::reportData(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int chainIndex = int(index.internalId());
    if (chainIndex < 0 || chainIndex >= m_chain.size())
        return {};
    const CertificateInfo &certificate = m_chain.at(chainIndex);
    if (role == ChainIndexRole)
        return chainIndex;
    if (role == Qt::ToolTipRole)
        return certificate.subject;

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return displayName(certificate);
        if (role == Qt::DecorationRole) {
            if (!problemsOf(chainIndex).isEmpty())
                return Ui::stepStatusIcon(StepStatus::Error);
            return Ui::certificateIcon();
        }
        break;
    case ExpiresColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return validityText(certificate);
        break;
    default:
        break;
    }
    return {};
}

QVariant CertificateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Certificate") : tr("Validity");
}

} // namespace MailInspect
