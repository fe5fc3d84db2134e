// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// mailinspect-cli: inspects one mail connection and prints the report, or
// shows a saved report again (--input) in any format.
// Exit status: 0 no error finding, 1 at least one error (or could not
// connect), 2 could not run (bad arguments, unreadable file).

#include "applog.h"
#include "clioptions.h"
#include "installtranslators.h"
#include "outputfile.h"

#include "discovery/settingsfinder.h"
#include "discovery/settingsreport.h"
#include "report/jsonreader.h"
#include "report/jsonstream.h"
#include "report/jsonwriter.h"
#include "report/reportformat.h"
#include "report/textwriter.h"
#include "report/untrustedtext.h"
#include "session/inspection.h"
#include "session/multiaddressinspection.h"
#include "simulator/scenariocatalog.h"
#include "simulator/scriptedserver.h"
#include "simulator/simulatorscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace MailInspect;

namespace {
// One line, whatever the message quotes: a control character from the
// arguments (a line break in --protocol) is shown as \xNN, never acted on.
void printError(const QString &message)
{
    QString line;
    for (QChar c : message) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            line += c;
    }
    std::fprintf(stderr, "mailinspect-cli: %s\n", qUtf8Printable(line));
}

// PRODUCT.md: 1 when at least one error-severity finding. A failed session
// always carries one; the second clause only guards against a diagnosis gap.
int exitStatus(const Report &report)
{
    return report.hasErrorFinding()
            || (report.verdict() == Report::Verdict::Failed && report.findings.isEmpty())
        ? 1
        : 0;
}

bool useColor(const CliOptions &options)
{
    return options.outputFile.isEmpty() && options.format == ReportFormat::Text
        && ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
}

// The PDF writer is a program of its own (it needs Qt Gui, which this tool
// does not load): next to this one in the build tree, in libexec when
// installed. It gets the report as JSON on standard input and answers with
// the PDF on standard output.
std::optional<QByteArray> runPdfWriter(const Report &report)
{
    const QString here = QCoreApplication::applicationDirPath();
    QStringList candidates {here + QStringLiteral("/mailinspect-pdf")};
#ifdef MAILINSPECT_PDF_HELPER_DIR
    candidates << QDir::cleanPath(here + QStringLiteral("/" MAILINSPECT_PDF_HELPER_DIR)
                                  + QStringLiteral("/mailinspect-pdf"));
#endif
    QString program;
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isExecutable()) {
            program = candidate;
            break;
        }
    }
    if (program.isEmpty()) {
        printError(QCoreApplication::translate(
            "CommandLine", "no PDF writer is installed with this program (mailinspect-pdf)"));
        return std::nullopt;
    }
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(program, {});
    if (!writer.waitForStarted()) {
        printError(writer.errorString());
        return std::nullopt;
    }
    writer.write(writeJson(report));
    writer.closeWriteChannel();
    // Laying out a long transcript takes a while; a minute is far beyond it.
    if (!writer.waitForFinished(60000)) {
        writer.kill();
        writer.waitForFinished();
        printError(QCoreApplication::translate("CommandLine", "the PDF writer did not finish"));
        return std::nullopt;
    }
    const QByteArray pdf = writer.readAllStandardOutput();
    if (writer.exitStatus() != QProcess::NormalExit || writer.exitCode() != 0
        || !pdf.startsWith("%PDF-")) {
        printError(QCoreApplication::translate("CommandLine", "the PDF writer failed"));
        return std::nullopt;
    }
    return pdf;
}

// Text is the terminal's layout (colour, no PEM appendix); every other format
// is the export the desktop app writes, from the same registry.
std::optional<QByteArray> render(const Report &report, const CliOptions &options)
{
    if (options.format == ReportFormat::Text) {
        TextOptions text;
        text.color = useColor(options);
        return writeText(report, text).toUtf8();
    }
    if (options.format == ReportFormat::Pdf)
        return runPdfWriter(report);
    return writeReport(report, options.format).value_or(QByteArray());
}

bool writeOutput(const QByteArray &bytes, const CliOptions &options)
{
    std::fflush(stdout);
    QString error;
    if (writeOutputFile(options.outputFile, bytes, isBinaryReportFormat(options.format), &error))
        return true;
    printError(error);
    return false;
}

// Writes the reports where the options say and returns the exit status.
// One report is written as it is. With --all-addresses (perAddress), text and
// Markdown show every report in turn; JSON is the first address's report with
// all of them under "address_reports"; HTML and PDF show the first address's
// report, whose findings carry addresses-disagree when they differ; so does a
// script.
int deliver(const QList<Report> &reports, const CliOptions &options, bool perAddress)
{
    if (reports.isEmpty())
        return 1;
    int status = 0;
    for (const Report &r : reports)
        status = std::max(status, exitStatus(r));
    const Report &first = reports.constFirst();
    QByteArray bytes;
    if (!perAddress) {
        const std::optional<QByteArray> rendered = render(first, options);
        if (!rendered)
            return 2;
        bytes = *rendered;
    } else if (options.format == ReportFormat::Json) {
        QJsonObject main = QJsonDocument::fromJson(writeJson(first)).object();
        QJsonArray all;
        for (const Report &r : reports)
            all.append(QJsonDocument::fromJson(writeJson(r)).object());
        main.insert(QStringLiteral("address_reports"), all);
        bytes = QJsonDocument(main).toJson(QJsonDocument::Indented);
    } else if (options.format == ReportFormat::Text || options.format == ReportFormat::Markdown) {
        for (qsizetype i = 0; i < reports.size(); ++i) {
            const QString heading
                = QCoreApplication::translate("CommandLine", "Address %1 of %2: %3")
                      .arg(i + 1)
                      .arg(reports.size())
                      .arg(reports.at(i).connectAddress);
            bytes += (options.format == ReportFormat::Markdown
                          ? QStringLiteral("\n---\n\n# ") + heading + QStringLiteral("\n\n")
                          : QStringLiteral("\n==== ") + heading + QStringLiteral(" ====\n\n"))
                         .toUtf8();
            bytes += render(reports.at(i), options).value_or(QByteArray());
        }
    } else {
        const std::optional<QByteArray> rendered = render(first, options);
        if (!rendered)
            return 2;
        bytes = *rendered;
    }
    return writeOutput(bytes, options) ? status : 2;
}

// --find-settings: text or JSON (schema mailinspect-settings/1); exit 0 when
// working settings were found, 1 when none were, 2 when it could not run.
QStringList scenarioIds();

// --batch: targets from a file, --jobs at a time on one event loop; each
// result is written as it finishes (nothing is collected), so memory stays
// flat however long the list.
class BatchRun : public QObject
{
public:
    BatchRun(const CliOptions &options, QFile &input, QFile &output)
        : m_options(options)
        , m_input(input)
        , m_output(output)
        , m_progress(::isatty(2) == 1)
    { }

    void pump()
    {
        while (m_running < m_options.jobs && !m_eof) {
            const QByteArray raw = m_input.readLine(64 * 1024);
            if (raw.isEmpty() && (m_input.atEnd() || !m_input.isReadable())) {
                m_eof = true;
                break;
            }
            ++m_lineNumber;
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            startLine(m_lineNumber, line);
        }
        if (m_eof && m_running == 0)
            QCoreApplication::exit(m_badLines > 0 ? 2 : m_status);
    }

private:
    void startLine(int number, const QString &line)
    {
        const QStringList tokens = QProcess::splitCommand(line);
        // A line names one target and, at most, its own protocol, security
        // and port; everything else comes from the command line.
        static const QStringList allowed = {QStringLiteral("-P"), QStringLiteral("--protocol"),
                                            QStringLiteral("-s"), QStringLiteral("--security"),
                                            QStringLiteral("-p"), QStringLiteral("--port")};
        for (const QString &t : tokens) {
            if (t.startsWith(QLatin1Char('-'))
                && !allowed.contains(t.section(QLatin1Char('='), 0, 0))) {
                lineError(number, line,
                          QCoreApplication::translate("CommandLine",
                                                      "only --protocol, --security and --port "
                                                      "may be given on a line"));
                return;
            }
        }
        QString error;
        const auto parsed = parseCommandLine(QStringList {QStringLiteral("mailinspect-cli")}
                                                 + m_options.batchBaseArgs + tokens,
                                             &error);
        if (!parsed || !parsed->batchFile.isEmpty() || !parsed->serve.isEmpty()) {
            lineError(number, line, parsed ? QString() : error);
            return;
        }
        InspectionRequest request = parsed->request;
        request.extraCaCertificates = m_options.request.extraCaCertificates;
        request.caFile = m_options.request.caFile;
        auto *inspection = new Inspection(request, this);
        ++m_running;
        QObject::connect(inspection, &Inspection::finished, this, [this, inspection, number, line] {
            const Report &report = inspection->report();
            m_status = std::max(m_status, exitStatus(report));
            writeResult(number, line, report);
            inspection->deleteLater();
            --m_running;
            ++m_done;
            showProgress();
            pump();
        });
        inspection->start();
    }

    void writeResult(int number, const QString &line, const Report &report)
    {
        if (m_options.format == ReportFormat::Json) {
            // The report's own object with the input line's number and text
            // in front, written once (no parse and rewrite per result).
            const QByteArray json = writeJson(report, false);
            write(linePrefix(number, line) + ',' + json.mid(1) + '\n');
            return;
        }
        QStringList ids;
        for (const Finding &f : report.findings)
            ids << f.id;
        write(QStringLiteral("%1\t%2\t%3\t%4\n")
                  .arg(number)
                  .arg(visibleText(line), verdictName(report.verdict()),
                       ids.isEmpty() ? QStringLiteral("-") : ids.join(QLatin1Char(',')))
                  .toUtf8());
    }

    // `{"line":N,"input":"..."`: how every JSON Lines record starts.
    static QByteArray linePrefix(int number, const QString &line)
    {
        return "{\"line\":" + QByteArray::number(number) + ",\"input\":" + JsonStream::scalar(line);
    }

    void lineError(int number, const QString &line, const QString &error)
    {
        ++m_badLines;
        const QString reason = error.isEmpty()
            ? QCoreApplication::translate("CommandLine", "not a target line")
            : error;
        printError(
            QCoreApplication::translate("CommandLine", "line %1: %2").arg(number).arg(reason));
        if (m_options.format == ReportFormat::Json) {
            write(linePrefix(number, line) + ",\"error\":" + JsonStream::scalar(visibleText(reason))
                  + "}\n");
        } else {
            write(QStringLiteral("%1\t%2\terror\t%3\n")
                      .arg(number)
                      .arg(visibleText(line), visibleText(reason))
                      .toUtf8());
        }
    }

    void write(const QByteArray &bytes)
    {
        m_output.write(bytes);
        m_output.flush();
    }

    void showProgress()
    {
        if (m_progress)
            std::fprintf(stderr, "\r%d done, %d running", m_done, m_running);
    }

    const CliOptions &m_options;
    QFile &m_input;
    QFile &m_output;
    const bool m_progress;
    int m_running = 0;
    int m_lineNumber = 0;
    int m_done = 0;
    int m_badLines = 0;
    int m_status = 0;
    bool m_eof = false;
};

int runBatch(const CliOptions &options)
{
    QFile input;
    if (options.batchFile == QLatin1String("-")) {
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            printError(QCoreApplication::translate("CommandLine", "cannot read standard input"));
            return 2;
        }
    } else {
        input.setFileName(options.batchFile);
        if (!input.open(QIODevice::ReadOnly)) {
            printError(QCoreApplication::translate("CommandLine", "cannot read batch file \"%1\"")
                           .arg(options.batchFile));
            return 2;
        }
    }
    QFile output;
    const bool opened = options.outputFile.isEmpty()
        ? output.open(stdout, QIODevice::WriteOnly)
        : (output.setFileName(options.outputFile),
           output.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened) {
        printError(QCoreApplication::translate("CommandLine", "cannot write \"%1\"")
                       .arg(options.outputFile));
        return 2;
    }
    BatchRun run(options, input, output);
    QTimer::singleShot(0, &run, [&run] { run.pump(); });
    const int status = QCoreApplication::exec();
    if (::isatty(2) == 1)
        std::fprintf(stderr, "\n");
    return status;
}

// Set by SIGINT/SIGTERM; the event loop looks at it (a signal handler may
// only touch a sig_atomic_t).
volatile std::sig_atomic_t stopRequested = 0;

extern "C" void requestStop(int)
{
    stopRequested = 1;
}

// --serve: one practice scenario (or a replay script) as a server for any
// number of connections, until interrupted.
int serve(const CliOptions &options)
{
    auto say = [](const QString &line) {
        std::fprintf(stdout, "%s\n", qUtf8Printable(line));
        std::fflush(stdout);
    };
    QString title;
    QString script;
    Protocol protocol = Protocol::Smtp;
    Security security = Security::StartTls;
    if (const auto scenario = ScenarioCatalog::find(options.serve)) {
        title = scenario->title;
        script = scenario->script;
        protocol = scenario->protocol;
        security = scenario->security;
    } else {
        QFile file(options.serve);
        if (!QFileInfo(options.serve).isFile() || !file.open(QIODevice::ReadOnly)) {
            printError(
                QCoreApplication::translate("CommandLine",
                                            "\"%1\" is neither a practice scenario nor a readable "
                                            "script file (scenarios: %2)")
                    .arg(options.serve, scenarioIds().join(QStringLiteral(", "))));
            return 2;
        }
        // A replay script is small; a huge file is not one.
        script = QString::fromUtf8(file.read(4 * 1024 * 1024));
        title = QFileInfo(options.serve).fileName();
    }
    QString parseError;
    auto parsed = SimulatorScript::parse(script, &parseError);
    if (!parsed) {
        printError(QCoreApplication::translate("CommandLine", "the script does not parse: %1")
                       .arg(parseError));
        return 2;
    }
    ScriptedServer server(std::move(*parsed), CertificateStore::practice());
    if (!server.listen(QHostAddress(options.listenAddress), options.listenPort)) {
        printError(QCoreApplication::translate("CommandLine", "cannot listen on %1:%2: %3")
                       .arg(options.listenAddress)
                       .arg(options.listenPort)
                       .arg(server.errors().join(QStringLiteral("; "))));
        return 2;
    }
    // The practice CA, for the client to trust; removed when the server stops.
    QTemporaryDir dir;
    const QString caFile = dir.filePath(QStringLiteral("practice-ca.pem"));
    {
        QFile ca(caFile);
        if (!dir.isValid() || !ca.open(QIODevice::WriteOnly)) {
            printError(QCoreApplication::translate("CommandLine", "cannot write the CA file"));
            return 2;
        }
        for (const QSslCertificate &c : ScenarioCatalog::practiceCaCertificates())
            ca.write(c.toPem());
    }
    const QString address = server.serverAddress().protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(server.serverAddress().toString())
        : server.serverAddress().toString();
    const QString host = ScenarioCatalog::practiceHostName();
    say(QCoreApplication::translate("CommandLine", "Serving \"%1\" on %2:%3 (Ctrl+C stops it).")
            .arg(title, address)
            .arg(server.serverPort()));
    say(QCoreApplication::translate("CommandLine", "Trust this CA file: %1").arg(caFile));
    say(QCoreApplication::translate("CommandLine", "Server name: %1 (point it at %2)")
            .arg(host, server.serverAddress().toString()));
    say(QCoreApplication::translate("CommandLine",
                                    "Try: mailinspect-cli --connect-address %1 "
                                    "--ca-file %2 -P %3 -s %4 %5:%6")
            .arg(server.serverAddress().toString(), caFile, protocolName(protocol),
                 securityName(security), host)
            .arg(server.serverPort()));
    QObject::connect(&server, &ScriptedServer::connectionStarted, &server,
                     [](int index) { std::fprintf(stderr, "connection %d\n", index + 1); });

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &server, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    poll.start(100);
    QCoreApplication::exec();
    server.close();
    say(QCoreApplication::translate("CommandLine", "Stopped after %n connection(s).", nullptr,
                                    server.connectionCount()));
    return 0;
}

QStringList scenarioIds()
{
    QStringList ids;
    for (const Scenario &scenario : ScenarioCatalog::scenarios())
        ids << scenario.id;
    return ids;
}

int findSettings(const CliOptions &options, QObject *context)
{
    if (options.format != ReportFormat::Text && options.format != ReportFormat::Json) {
        printError(QCoreApplication::translate("CommandLine",
                                               "--find-settings writes text or json, not %1")
                       .arg(reportFormatName(options.format)));
        return 2;
    }
    SettingsFinder::Options finderOptions;
    finderOptions.dnsServer = options.request.dnsServer;
    if (!options.ispdbUrl.isEmpty())
        finderOptions.ispdbUrl = options.ispdbUrl;
    finderOptions.extraCaCertificates = options.request.extraCaCertificates;
    finderOptions.caFile = options.request.caFile;
    finderOptions.timeoutMs = options.request.timeoutMs;
    SettingsFinder finder(options.findSettings, finderOptions);
    if (!finder.inputError().isEmpty()) {
        printError(finder.inputError());
        return 2;
    }
    QObject::connect(&finder, &SettingsFinder::finished, context, [&] {
        const QByteArray bytes = options.format == ReportFormat::Json
            ? writeSettingsJson(finder, options.current)
            : writeSettingsText(finder, options.current).toUtf8();
        QCoreApplication::exit(writeOutput(bytes, options) ? (finder.found() ? 0 : 1) : 2);
    });
    finder.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher rather than GLib's: nothing here needs GLib's
    // main loop, and with many sockets (--batch, --serve) Qt's costs less per
    // event. Chosen when the application object is made; the variable is not
    // passed on to the programs this one runs.
    const bool chooseDispatcher = !qEnvironmentVariableIsSet("QT_NO_GLIB");
    if (chooseDispatcher)
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication application(argc, argv);
    if (chooseDispatcher)
        qunsetenv("QT_NO_GLIB");
    QCoreApplication::setApplicationName(QStringLiteral("mailinspect-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILINSPECT_VERSION));
    // The report's words (step names, findings) and the errors below in the user's language,
    // as in the desktop app. Finding ids, JSON keys and the exit status stay the same in all.
    const bool translated = installTranslators(&application);
    qCDebug(lcApp) << "languages" << QLocale().uiLanguages() << "catalogue"
                   << (translated ? "loaded" : "not found, English");

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
    if (options->format == ReportFormat::Pdf && outputIsTerminal(options->outputFile)) {
        printError(binaryOnTerminalMessage());
        return 2;
    }
    if (options->showVersion) {
        std::printf("mailinspect %s\n", MAILINSPECT_VERSION);
        return 0;
    }
    // What will be asked and written where; the user name and password stay out.
    qCDebug(lcApp) << "inspecting" << protocolName(options->request.protocol)
                   << options->request.host << "port" << options->request.effectivePort()
                   << securityName(options->request.effectiveSecurity()) << "as"
                   << reportFormatName(options->format) << "to"
                   << (options->outputFile.isEmpty() ? QStringLiteral("standard output")
                                                     : options->outputFile);

    // A saved report: read (bounded), shown as recorded, nothing connected to.
    // The exit status follows its findings, as it did for the live run.
    if (!options->inputFile.isEmpty()) {
        const std::optional<Report> saved = readJsonFile(options->inputFile, &error);
        if (!saved) {
            printError(error);
            return 2;
        }
        return deliver({*saved}, *options, false);
    }

    QObject *context = &application;
    if (!options->findSettings.isEmpty())
        return findSettings(*options, context);
    if (!options->serve.isEmpty())
        return serve(*options);
    if (!options->batchFile.isEmpty())
        return runBatch(*options);
    if (options->allAddresses) {
        MultiAddressInspection multi(options->request);
        QObject::connect(&multi, &MultiAddressInspection::finished, context,
                         [&] { QCoreApplication::exit(deliver(multi.reports(), *options, true)); });
        multi.start();
        return QCoreApplication::exec();
    }
    Inspection inspection(options->request);
    QObject::connect(&inspection, &Inspection::finished, context, [&] {
        QCoreApplication::exit(deliver({inspection.report()}, *options, false));
    });
    inspection.start();
    return QCoreApplication::exec();
}
