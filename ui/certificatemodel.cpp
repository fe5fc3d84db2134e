// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatemodel.h"

#include "apptext.h"

#include "icons.h"

#include <QLocale>
#include <QSslError>

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
    // As a person says it: days up to two months, then months up to two
    // years, then years ("expires in 100 years", "expired 3 days ago").
    enum class Unit { Days, Months, Years };
    auto unitFor = [](qint64 days) {
        if (days < 60)
            return std::make_pair(Unit::Days, int(days));
        if (days < 730)
            return std::make_pair(Unit::Months, int(days / 30));
        return std::make_pair(Unit::Years, int(days / 365));
    };
    if (certificate.notBefore.isValid() && now < certificate.notBefore) {
        const auto [unit, n] = unitFor(now.daysTo(certificate.notBefore));
        switch (unit) {
        case Unit::Days:
            return n == 0 ? tr("not valid yet: starts later today")
                          : tr("not valid yet: starts in %n day(s)", nullptr, n);
        case Unit::Months:
            return tr("not valid yet: starts in %n month(s)", nullptr, n);
        case Unit::Years:
            return tr("not valid yet: starts in %n year(s)", nullptr, n);
        }
    }
    if (!certificate.notAfter.isValid())
        return tr("unknown validity");
    if (now > certificate.notAfter) {
        const auto [unit, n] = unitFor(certificate.notAfter.daysTo(now));
        switch (unit) {
        case Unit::Days:
            return n == 0 ? tr("expired today") : tr("expired %n day(s) ago", nullptr, n);
        case Unit::Months:
            return tr("expired %n month(s) ago", nullptr, n);
        case Unit::Years:
            return tr("expired %n year(s) ago", nullptr, n);
        }
    }
    const auto [unit, n] = unitFor(now.daysTo(certificate.notAfter));
    switch (unit) {
    case Unit::Days:
        return n == 0 ? tr("expires today") : tr("expires in %n day(s)", nullptr, n);
    case Unit::Months:
        return tr("expires in %n month(s)", nullptr, n);
    case Unit::Years:
        return tr("expires in %n year(s)", nullptr, n);
    }
    return {};
}

QString CertificateModel::plainProblem(const CertificateProblem &problem)
{
    // The library's words ("unable to get local issuer certificate") say what
    // OpenSSL could not do; these say what it means for the mail app.
    switch (QSslError::SslError(problem.code)) {
    case QSslError::CertificateExpired:
        return tr("The certificate has expired.");
    case QSslError::CertificateNotYetValid:
        return tr("The certificate is not valid yet (or this computer's clock is wrong).");
    case QSslError::SelfSignedCertificate:
        return tr("The certificate was signed by the server itself: no authority vouches for it.");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToGetLocalIssuerCertificate:
        return tr("It was issued by an authority this computer does not trust.");
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tr("The server did not send the intermediate certificate that links it to a "
                  "trusted authority.");
    case QSslError::CertificateRevoked:
        return tr("The certificate was revoked by its authority.");
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
        return tr("The certificate's signature does not check out.");
    case QSslError::InvalidPurpose:
        return tr("The certificate is not meant for a server.");
    case QSslError::PathLengthExceeded:
    case QSslError::InvalidCaCertificate:
        return tr("An authority in the chain is not allowed to issue certificates.");
    case QSslError::CertificateRejected:
        return tr("The certificate was rejected for this use.");
    case QSslError::HostNameMismatch:
        return tr("The certificate does not name this server.");
    case QSslError::NoPeerCertificate:
        return tr("The server sent no certificate.");
    default:
        break;
    }
    return tr("The certificate could not be verified.");
}

QStringList CertificateModel::problemsOf(int chainIndex) const
{
    QStringList result;
    for (const CertificateProblem &problem : m_problems) {
        const QString plain = plainProblem(problem);
        if (problem.certificateIndex == chainIndex && !problem.isNameProblem
            && !result.contains(plain))
            result << plain;
    }
    return result;
}

QStringList CertificateModel::libraryWordsOf(int chainIndex) const
{
    QStringList result;
    for (const CertificateProblem &problem : m_problems) {
        if (problem.certificateIndex == chainIndex && !result.contains(problem.message))
            result << problem.message;
    }
    return result;
}

// Every string a view shows goes through the app's sink escaper.
QVariant CertificateModel::data(const QModelIndex &index, int role) const
{
    return appValue(reportData(index, role), role);
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
