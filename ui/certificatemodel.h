// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace MailInspect {

/// The peer's certificate chain as a tree: the root-most certificate at the
/// top, each certificate's child the one it issued, the server's own
/// certificate deepest. Each node is one entry of TlsInfo::chain.
class CertificateModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ExpiresColumn, ColumnCount };
    enum Role { ChainIndexRole = Qt::UserRole + 1 }; ///< int, index into TlsInfo::chain

    explicit CertificateModel(QObject *parent = nullptr);

    /// Copies the chain (and its problems) of @p report; nullptr clears.
    void setReport(const Report *report);
    /// For days-left texts; tests pin it.
    void setNow(const QDateTime &now);

    const QList<CertificateInfo> &chain() const { return m_chain; }
    QModelIndex indexForChain(int chainIndex) const;
    /// "expires in 34 days" / "expired 3 days ago" / "expires in 100 years".
    QString validityText(const CertificateInfo &certificate) const;
    /// Problems reported for this certificate (trust problems, not the name),
    /// in plain words (plainProblem()).
    QStringList problemsOf(int chainIndex) const;
    /// The TLS library's own words for this certificate's problems, for the
    /// details only.
    QStringList libraryWordsOf(int chainIndex) const;
    /// A verification problem as a help desk says it ("issued by an authority
    /// this computer does not trust"), from its typed code.
    static QString plainProblem(const CertificateProblem &problem);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant reportData(const QModelIndex &index, int role) const;

public:
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayName(const CertificateInfo &certificate) const;

    QList<CertificateInfo> m_chain;
    QList<CertificateProblem> m_problems;
    QDateTime m_now;
};

} // namespace MailInspect
