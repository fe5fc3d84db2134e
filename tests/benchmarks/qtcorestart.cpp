// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for mailinspect-cli's start-up in bench_peers: a program that
// starts Qt Core (and links Qt Network, as the command-line tool does) and
// exits.

#include <QCoreApplication>
#include <QHostAddress>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    return QHostAddress(QHostAddress::LocalHost).isLoopback() ? 0 : 1;
}
