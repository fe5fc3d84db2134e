// mailinspect-cli: inspects one mail connection and prints the report.
// Exit status: 0 no error finding, 1 at least one error (or could not
// connect), 2 could not run (bad arguments, unreadable file).

#include "clioptions.h"

#include "report/jsonwriter.h"
#include "report/textwriter.h"
#include "session/inspection.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

using namespace MailInspect;

namespace {
void printError(const QString &message)
{
    std::fprintf(stderr, "mailinspect-cli: %s\n", qUtf8Printable(message));
}

int exitStatus(const Report &report)
{
    return report.hasErrorFinding() || report.verdict() == Report::Verdict::Failed ? 1 : 0;
}

bool useColor(const CliOptions &options)
{
    return options.outputFile.isEmpty() && options.format == QLatin1String("text")
           && ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
}

QByteArray render(const Report &report, const CliOptions &options)
{
    if (options.format == QLatin1String("json"))
        return writeJson(report);
    TextOptions text;
    text.color = useColor(options);
    return writeText(report, text).toUtf8();
}

bool writeOutput(const QByteArray &bytes, const CliOptions &options)
{
    if (options.outputFile.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(options.outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(QCoreApplication::translate("mailinspect-cli", "cannot write \"%1\": %2")
                       .arg(options.outputFile, file.errorString()));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailinspect-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILINSPECT_VERSION));

    QString error;
    const auto options = parseCommandLine(QCoreApplication::arguments(), &error);
    if (!options) {
        printError(error);
        return 2;
    }
    if (options->showHelp) {
        std::fputs(qUtf8Printable(options->helpText), stdout);
        return 0;
    }
    if (options->showVersion) {
        std::printf("mailinspect %s\n", MAILINSPECT_VERSION);
        return 0;
    }

    Inspection inspection(options->request);
    int status = 0;
    QObject::connect(&inspection, &Inspection::finished, &app, [&] {
        const Report &report = inspection.report();
        status = writeOutput(render(report, *options), *options) ? exitStatus(report) : 2;
        QCoreApplication::exit(status);
    });
    inspection.start();
    return QCoreApplication::exec();
}
