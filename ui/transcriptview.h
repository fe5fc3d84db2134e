// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;
class QToolButton;

namespace MailInspect {

class TranscriptModel;

/// Paints transcript rows; a pause of a second or more before a line gets a
/// dashed rule and its length ("pause 6.0 s").
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

/// The transcript in a monospace table (time, TLS lock, who, line) with a
/// find bar (Ctrl+F, Enter / Shift+Enter for next / previous) and copying of
/// the selected lines. Uniform row heights keep 10,000 lines smooth.
class TranscriptView : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptView(TranscriptModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *findEdit() const { return m_findEdit; }

    /// Selects the lines of step @p stepIndex and scrolls to the first one.
    void scrollToStep(int stepIndex);
    /// Opens the find bar and focuses it.
    void showFind();
    void hideFind();
    /// Finds the next (or previous) line containing the find text; returns
    /// false when there is none.
    bool findNext(bool backwards = false);
    /// The selected lines as text, in order (all lines when none selected).
    QString selectedText() const;
    void copySelection() const;
    void copyAll() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFindStatus(int found);

    TranscriptModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    bool m_autoScroll = true;
};

} // namespace MailInspect
