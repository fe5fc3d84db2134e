// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "applog.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace MailInspect {

namespace {
// tr() in context "CommandLine", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The descriptor a name stands for (/dev/stdout, /dev/fd/3), or -1 for any
// other name. Such a name is written through the descriptor this process
// already holds: reopening it would truncate what the shell opened for
// appending, and replacing it would cut the shell's redirection off.
int descriptorOf(const QString &path)
{
    if (path == QLatin1String("/dev/stdout"))
        return STDOUT_FILENO;
    if (path == QLatin1String("/dev/stderr"))
        return STDERR_FILENO;
    static const QRegularExpression fdPath(QStringLiteral("^/(?:dev|proc/self)/fd/(\\d{1,9})$"));
    const QRegularExpressionMatch m = fdPath.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool writeAll(int fd, const QByteArray &bytes, QString *why)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *why = systemError(n < 0 ? errno : EIO);
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

bool writeToDescriptor(int fd, const QByteArray &bytes, bool binary, QString *why)
{
    if (::fcntl(fd, F_GETFD) == -1) {
        *why = systemError(errno);
        return false;
    }
    if (binary && ::isatty(fd)) {
        *why = binaryOnTerminalMessage();
        return false;
    }
    return writeAll(fd, bytes, why);
}

// What is there receives the bytes: a FIFO's reader, a device, a socket.
// No O_CREAT (it exists), no O_TRUNC (not ours to cut).
bool writeInPlace(const QString &path, const QByteArray &bytes, bool binary, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *why = systemError(errno);
        return false;
    }
    const bool written = writeToDescriptor(fd, bytes, binary, why);
    const bool closed = ::close(fd) == 0;
    if (written && !closed)
        *why = systemError(errno);
    return written && closed;
}

// A regular file, or none yet: the whole report or nothing. QSaveFile writes
// next to the file, keeps its permissions and follows a symbolic link to the
// file it names.
bool replaceFile(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}
} // namespace

QString binaryOnTerminalMessage()
{
    return Tr::tr("a PDF is not for a terminal; give --output FILE.pdf or pipe it on");
}

bool outputIsTerminal(const QString &path)
{
    if (path.isEmpty())
        return ::isatty(STDOUT_FILENO);
    const int fd = descriptorOf(path);
    return fd >= 0 && ::isatty(fd);
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, bool binary, QString *error)
{
    QString why;
    bool ok = false;
    const char *how = "to standard output";
    if (path.isEmpty()) {
        ok = writeToDescriptor(STDOUT_FILENO, bytes, binary, &why);
    } else if (const int fd = descriptorOf(path); fd >= 0) {
        how = "to the open descriptor";
        ok = writeToDescriptor(fd, bytes, binary, &why);
    } else {
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode)) {
            how = "replacing the file";
            ok = replaceFile(path, bytes, &why);
        } else if (S_ISDIR(st.st_mode)) {
            how = "to a folder";
            why = Tr::tr("it is a folder");
        } else {
            how = "into the FIFO or device as it is";
            ok = writeInPlace(path, bytes, binary, &why);
        }
    }
    if (ok)
        qCDebug(lcApp) << "report written" << how << path << bytes.size() << "bytes";
    else
        qCDebug(lcApp) << "report not written" << how << path << why;
    if (!ok && error) {
        *error = path.isEmpty() ? Tr::tr("cannot write the report to standard output: %1").arg(why)
                                : Tr::tr("cannot write \"%1\": %2").arg(path, why);
    }
    return ok;
}

} // namespace MailInspect
