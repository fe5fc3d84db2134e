// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptview.h"

#include "icons.h"
#include "timelinemodel.h"

#include "transcriptmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <QPainter>

#include <algorithm>

namespace MailInspect {

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const double pause = index.data(TranscriptModel::PauseMsRole).toDouble();
    if (pause <= 0)
        return;
    // A pause of a second or more: a dashed rule above the line, and on the
    // text column how long the silence was.
    painter->save();
    QColor rule = Ui::statusColor(StepStatus::Warning, option.palette);
    painter->setPen(QPen(rule, 1, Qt::DashLine));
    painter->drawLine(option.rect.topLeft(), option.rect.topRight());
    if (index.column() == TranscriptModel::TextColumn) {
        QFont small = option.font;
        small.setItalic(true);
        painter->setFont(small);
        const QString label = tr("pause %1").arg(TimelineModel::formatDuration(pause));
        const QFontMetrics metrics(small);
        const int width = metrics.horizontalAdvance(label) + 8;
        QRect box(option.rect.right() - width, option.rect.top(), width, option.rect.height());
        painter->fillRect(box, option.palette.color(QPalette::Base));
        painter->setPen(rule);
        painter->drawText(box, Qt::AlignCenter, label);
    }
    painter->restore();
}

TranscriptView::TranscriptView(TranscriptModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setAccessibleName(tr("Transcript"));
    m_view->setModel(model);
    m_view->setItemDelegate(new TranscriptDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // the one thing that keeps huge transcripts fast
    m_view->setItemsExpandable(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setIconSize(QSize(14, 14));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics(m_view->font());
    header->resizeSection(TranscriptModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("000.0 ms")) + 12);
    header->resizeSection(TranscriptModel::TlsColumn, 30);
    header->resizeSection(TranscriptModel::DirectionColumn,
                          metrics.horizontalAdvance(QStringLiteral("C:")) + 16);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);

    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TranscriptView::copySelection);
    m_view->addAction(copy);
    auto *copyAllAction = new QAction(tr("Copy &all lines"), m_view);
    connect(copyAllAction, &QAction::triggered, this, &TranscriptView::copyAll);
    m_view->addAction(copyAllAction);
    auto *find = new QAction(tr("&Find…"), m_view);
    // Ctrl+F is the window's Find action; a second owner would make it ambiguous.
    connect(find, &QAction::triggered, this, &TranscriptView::showFind);
    m_view->addAction(find);

    // Follow new lines while the user stays at the bottom; stop following
    // as soon as they scroll up to read.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_autoScroll = value >= m_view->verticalScrollBar()->maximum(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_autoScroll)
            m_view->scrollToBottom();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_autoScroll = true; });

    m_findBar = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    auto *findLabel = new QLabel(tr("Find:"), m_findBar);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setAccessibleName(tr("Find in transcript"));
    m_findEdit->setPlaceholderText(tr("text in the transcript"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    findLabel->setBuddy(m_findEdit);
    auto *previous = new QToolButton(m_findBar);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(m_findBar);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    next->setAccessibleName(tr("Next match"));
    m_findStatus = new QLabel(m_findBar);
    auto *close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAccessibleName(tr("Close find bar"));
    findLayout->addWidget(findLabel);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(close);
    layout->addWidget(m_findBar);
    m_findBar->hide();

    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        // Search from the top of the current match so typing refines it.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->setCurrentIndex(m_model->index(std::max(0, current.row() - 1), 0));
        findNext();
    });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(close, &QToolButton::clicked, this, &TranscriptView::hideFind);
}

void TranscriptView::scrollToStep(int stepIndex)
{
    const int first = m_model->firstRowOfStep(stepIndex);
    if (first < 0) {
        // A step without lines of its own: no stale highlight of another step.
        m_view->selectionModel()->clearSelection();
        return;
    }
    const int last = m_model->lastRowOfStep(stepIndex);
    QItemSelection selection(m_model->index(first, 0),
                             m_model->index(last, TranscriptModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->selectionModel()->setCurrentIndex(m_model->index(first, 0),
                                              QItemSelectionModel::NoUpdate);
    m_view->scrollTo(m_model->index(first, 0), QAbstractItemView::PositionAtTop);
    m_autoScroll = false;
}

void TranscriptView::showFind()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void TranscriptView::hideFind()
{
    m_findBar->hide();
    m_view->setFocus();
}

bool TranscriptView::findNext(bool backwards)
{
    const QString needle = m_findEdit->text();
    const int rows = m_model->rowCount();
    if (needle.isEmpty() || rows == 0) {
        updateFindStatus(-1);
        return false;
    }
    const QModelIndex current = m_view->currentIndex();
    int start = current.isValid() ? current.row() : (backwards ? rows : -1);
    for (int i = 1; i <= rows; ++i) {
        const int row = backwards ? (start - i + rows * 2) % rows : (start + i) % rows;
        const QString text = m_model->index(row, TranscriptModel::TextColumn)
                                 .data(TranscriptModel::LineTextRole)
                                 .toString();
        if (text.contains(needle, Qt::CaseInsensitive)) {
            const QModelIndex found = m_model->index(row, 0);
            m_view->selectionModel()->setCurrentIndex(
                found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(found, QAbstractItemView::PositionAtCenter);
            m_autoScroll = false;
            updateFindStatus(row);
            return true;
        }
    }
    updateFindStatus(-1);
    return false;
}

void TranscriptView::updateFindStatus(int found)
{
    if (found < 0 && !m_findEdit->text().isEmpty()) {
        m_findStatus->setText(tr("not found"));
    } else if (found >= 0) {
        m_findStatus->setText(tr("line %1").arg(found + 1));
    } else {
        m_findStatus->clear();
    }
}

QString TranscriptView::selectedText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    QStringList lines;
    lines.reserve(rows.size());
    for (int row : rows)
        lines << m_model->lineText(row);
    return lines.join(QLatin1Char('\n')) + (lines.isEmpty() ? QString() : QStringLiteral("\n"));
}

void TranscriptView::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

void TranscriptView::copyAll() const
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines << m_model->lineText(row);
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n"));
}

bool TranscriptView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hideFind();
            return true;
        }
    }
    if (watched == m_findEdit && event->type() == QEvent::ShortcutOverride) {
        // Esc closes the find bar rather than cancelling the inspection.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace MailInspect
