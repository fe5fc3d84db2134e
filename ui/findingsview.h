// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace MailInspect {

/// The findings list; says so in words when there is nothing to show,
/// because an empty box looks like something failed to load.
class FindingsView : public QListView
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace MailInspect
