// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "report/reportformat.h"
#include "session/targetparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificate>

#include <algorithm>
#include <cmath>

namespace MailInspect {

namespace {
// Tr::tr() in context "CommandLine", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The first line of a password file is the password. The line ends at LF or
// CRLF (a file saved on Windows); any other CR, and a NUL, stays in and is
// refused by InspectionRequest::validate(), never trimmed away silently. A
// UTF-8 byte order mark in front is an editor's, not the password's.
QString passwordFromFileLine(QByteArray line)
{
    if (line.endsWith('\n')) {
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return QString::fromUtf8(line);
}

// An access token is one line of a few KiB; a bigger file is not a token.
constexpr qint64 maxTokenFileSize = 64 * 1024;

// The token file's content without the line end(s) an editor or `echo`
// leaves behind. Anything else (a CR inside, a NUL) stays in and is refused
// by InspectionRequest::validate().
QString tokenFromFile(QByteArray content)
{
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    while (content.endsWith('\n')) {
        content.chop(1);
        if (content.endsWith('\r'))
            content.chop(1);
    }
    return QString::fromUtf8(content);
}
} // namespace

std::optional<CliOptions> parseCommandLine(const QStringList &arguments, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<CliOptions> {
        *error = why;
        return std::nullopt;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Inspects a mail server connection step by step: DNS, TCP, greeting, capabilities,\n"
               "STARTTLS or implicit TLS, the certificate, and goodbye."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption protocolOpt({QStringLiteral("P"), QStringLiteral("protocol")},
                                         Tr::tr("smtp|submission|imap|pop3|sieve|lmtp"),
                                         QStringLiteral("protocol"));
    const QCommandLineOption portOpt({QStringLiteral("p"), QStringLiteral("port")},
                                     Tr::tr("Port number."), QStringLiteral("N"));
    const QCommandLineOption securityOpt({QStringLiteral("s"), QStringLiteral("security")},
                                         Tr::tr("auto|starttls|tls|none (default auto: by port)"),
                                         QStringLiteral("mode"));
    const QCommandLineOption connectOpt(
        QStringLiteral("connect-address"),
        Tr::tr("Connect to ADDR; TARGET's host is still the name sent as SNI and checked in the "
               "certificate."),
        QStringLiteral("ADDR"));
    const QCommandLineOption dnsOpt(
        QStringLiteral("dns-server"),
        Tr::tr("Ask the DNS server ADDR[:PORT] for every name instead of the system's resolver."),
        QStringLiteral("ADDR"));
    const QCommandLineOption caOpt(QStringLiteral("ca-file"),
                                   Tr::tr("Extra trusted CA certificates (PEM)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        Tr::tr("Per-step timeout in seconds (default 10)."),
                                        QStringLiteral("SECONDS"));
    const QCommandLineOption deadlineOpt(
        QStringLiteral("deadline"),
        Tr::tr("Time for the whole inspection in seconds, the follow-up in the other security mode "
               "included; with --all-addresses, for each address (default: none)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption userOpt(
        QStringLiteral("user"),
        Tr::tr("Try to log in as NAME (password from --password-file or MAILINSPECT_PASSWORD); "
               "never over plain text unless --allow-plaintext-auth is given."),
        QStringLiteral("NAME"));
    const QCommandLineOption passwordFileOpt(
        QStringLiteral("password-file"),
        Tr::tr("Read the password from the first line of FILE (ending at LF or CRLF). A user name "
               "or password with CR, LF or NUL is refused before connecting."),
        QStringLiteral("FILE"));
    const QCommandLineOption plaintextOpt(QStringLiteral("allow-plaintext-auth"),
                                          Tr::tr("Allow sending the password without TLS."));
    const QCommandLineOption mechanismOpt(
        QStringLiteral("auth-mechanism"),
        Tr::tr("Log in with this mechanism: %1 (any case; default: the strongest the server "
               "offers that the credentials allow).")
            .arg(saslMechanismNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption tokenFileOpt(
        QStringLiteral("oauth-token-file"),
        Tr::tr("Read an OAuth 2 access token for XOAUTH2 or OAUTHBEARER from FILE (trailing line "
               "ends removed; also MAILINSPECT_OAUTH_TOKEN)."),
        QStringLiteral("FILE"));
    // After a successful login.
    const QCommandLineOption noMailboxOpt(
        QStringLiteral("no-mailbox-check"),
        Tr::tr("After the login, do not open the inbox (IMAP: EXAMINE and quota; POP3: STAT)."));
    const QCommandLineOption mailFromOpt(
        QStringLiteral("mail-from"),
        Tr::tr("SMTP: after the login, ask whether it may send as ADDR (MAIL FROM, then RSET; no "
               "message is sent)."),
        QStringLiteral("ADDR"));
    const QCommandLineOption rcptToOpt(
        QStringLiteral("rcpt-to"),
        Tr::tr("SMTP: with --mail-from, also ask whether the server takes mail for ADDR (RCPT "
               "TO)."),
        QStringLiteral("ADDR"));
    const QCommandLineOption formatOpt(
        {QStringLiteral("f"), QStringLiteral("format")},
        Tr::tr("%1 (default: by the --output file's extension (%2), else text)")
            .arg(reportFormatNames().join(QLatin1Char('|')),
                 reportFormatFileExtensions().join(QLatin1Char(' '))),
        QStringLiteral("format"));
    const QCommandLineOption outputOpt(
        {QStringLiteral("o"), QStringLiteral("output")},
        Tr::tr("Write the report to FILE (\"-\": standard output). A regular file is replaced "
               "whole; a FIFO, device or /dev/fd/N is written to as it is."),
        QStringLiteral("FILE"));
    const QCommandLineOption inputOpt(
        QStringLiteral("input"),
        Tr::tr("Show the saved JSON report FILE (written with -f json) in the format asked for, "
               "instead of inspecting: no TARGET, nothing is connected to; the exit status follows "
               "the report's findings."),
        QStringLiteral("FILE"));
    const QCommandLineOption allOpt(QStringLiteral("all-addresses"),
                                    Tr::tr("Inspect every A/AAAA address of the host."));
    const QCommandLineOption injectionOpt(
        QStringLiteral("check-injection"),
        Tr::tr("Also test the server for STARTTLS command injection (sends one extra pipelined "
               "command)."));
    const QCommandLineOption findOpt(
        QStringLiteral("find-settings"),
        Tr::tr("Find and test the settings for ADDRESS (an email address or a domain): "
               "autoconfig, ISPDB, MX, SRV, Autodiscover and guesses, each inspected. A TARGET, "
               "--protocol, --port or --security given too are what the customer has now, "
               "compared with what works."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption ispdbOpt(
        QStringLiteral("ispdb-url"),
        Tr::tr("Where the ISPDB lives (default https://autoconfig.thunderbird.net/v1.1/); the "
               "domain is appended."),
        QStringLiteral("URL"));
    const QCommandLineOption serveOpt(
        QStringLiteral("serve"),
        Tr::tr("Run the practice scenario SCENARIO (an id such as healthy-smtp-starttls) or a "
               "replay script file as a server for any number of connections until interrupted; "
               "prints how to connect and which CA file to trust."),
        QStringLiteral("SCENARIO|SCRIPT"));
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"),
        Tr::tr("With --serve: listen on ADDR:PORT (default 127.0.0.1 and a free port; another "
               "address than loopback only when given here)."),
        QStringLiteral("ADDR:PORT"));
    const QCommandLineOption batchOpt(
        QStringLiteral("batch"),
        Tr::tr("Inspect every target in FILE (\"-\" for standard input): one per line, with "
               "optional --protocol, --security or --port of its own; # comments and blank lines "
               "are skipped. Writes JSON Lines (-f json) or one text row per target."),
        QStringLiteral("FILE"));
    const QCommandLineOption jobsOpt(
        QStringLiteral("jobs"),
        Tr::tr("With --batch: inspect N targets at a time (default 16, at most 256)."),
        QStringLiteral("N"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), Tr::tr("Show the version."));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")},
                                     Tr::tr("Show this help."));
    parser.addOptions({protocolOpt,  portOpt,      securityOpt,  connectOpt,   dnsOpt,
                       caOpt,        timeoutOpt,   deadlineOpt,  userOpt,      passwordFileOpt,
                       plaintextOpt, mechanismOpt, tokenFileOpt, noMailboxOpt, mailFromOpt,
                       rcptToOpt,    formatOpt,    outputOpt,    inputOpt,     allOpt,
                       injectionOpt, findOpt,      ispdbOpt,     serveOpt,     listenOpt,
                       batchOpt,     jobsOpt,      versionOpt,   helpOpt});
    parser.addPositionalArgument(
        QStringLiteral("TARGET"),
        Tr::tr("host, host:port, or a URL: smtp:// smtps:// submission:// imap:// imaps:// pop3:// "
               "pop3s:// sieve:// lmtp:// (none with --input)"),
        QStringLiteral("TARGET | --input FILE"));

    CliOptions options;
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOpt)) {
        options.helpText = parser.helpText();
        options.showHelp = true;
        return options;
    }
    if (parser.isSet(versionOpt)) {
        options.showVersion = true;
        return options;
    }
    // Where the report goes and in which format: the same for an inspection
    // and for a saved report (--input). An error text, or "".
    auto outputSettings = [&]() -> QString {
        if (parser.isSet(outputOpt) && parser.value(outputOpt).isEmpty())
            return Tr::tr("--output needs a file name (\"-\" for standard output)");
        if (parser.isSet(outputOpt) && parser.value(outputOpt) != QLatin1String("-"))
            options.outputFile = parser.value(outputOpt);
        // The output file's extension picks the format. --format picks one for a
        // name without a known extension (/dev/stdout, a FIFO, "-"); it never
        // silently overrides the extension.
        const auto byName = formatForFileName(options.outputFile); // none for ""
        ReportFormat format = byName.value_or(ReportFormat::Text);
        if (parser.isSet(formatOpt)) {
            const auto asked = reportFormatFromName(parser.value(formatOpt));
            if (!asked) {
                return Tr::tr("unknown format \"%1\" (use %2)")
                    .arg(parser.value(formatOpt), reportFormatNames().join(QStringLiteral(", ")));
            }
            if (byName && byName != asked) {
                return Tr::tr("--format %1 does not match the output file name: .%2 means %3 (drop "
                              "--format or rename the file)")
                    .arg(reportFormatName(*asked), QFileInfo(options.outputFile).suffix().toLower(),
                         reportFormatName(format));
            }
            format = asked.value_or(format);
        }
        options.format = format;
        return {};
    };

    // --serve: a practice server, no inspection at all.
    if (parser.isSet(listenOpt) && !parser.isSet(serveOpt))
        return fail(Tr::tr("--listen is for --serve"));
    if (parser.isSet(serveOpt)) {
        options.serve = parser.value(serveOpt).trimmed();
        if (options.serve.isEmpty())
            return fail(Tr::tr("--serve needs a practice scenario id or a script file"));
        if (!parser.positionalArguments().isEmpty())
            return fail(Tr::tr("--serve runs a server: give no TARGET with it"));
        if (parser.isSet(listenOpt)) {
            const QString value = parser.value(listenOpt).trimmed();
            const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
            QString host = colon > 0 ? value.left(colon) : QString();
            if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
                host = host.mid(1, host.size() - 2);
            bool ok = false;
            const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
            if (!ok || port > 65535 || QHostAddress(host).isNull())
                return fail(Tr::tr("--listen needs ADDR:PORT with an IP address (127.0.0.1:2525, "
                                   "[::1]:2525; port 0 for a free one)"));
            options.listenAddress = host;
            options.listenPort = quint16(port);
        }
        return options;
    }

    // --ca-file: read and parsed once (each certificate costs OpenSSL a
    // decoder set-up), into @p r; returns why not, or "".
    auto readCaFile = [&](InspectionRequest &r) -> QString {
        if (!parser.isSet(caOpt))
            return {};
        const QString path = parser.value(caOpt);
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return Tr::tr("cannot read CA file \"%1\"").arg(path);
        const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certs.isEmpty())
            return Tr::tr("no PEM certificates in CA file \"%1\"").arg(path);
        r.extraCaCertificates = certs;
        r.caFile = path;
        return {};
    };
    // What an inspection and the settings finder read alike: --dns-server,
    // --timeout and --ca-file, into @p r; returns why not, or "".
    auto readSharedSettings = [&](InspectionRequest &r) -> QString {
        if (parser.isSet(dnsOpt))
            r.dnsServer = parser.value(dnsOpt);
        if (parser.isSet(timeoutOpt)) {
            bool ok = false;
            const double seconds = parser.value(timeoutOpt).toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600)
                return Tr::tr("invalid timeout \"%1\" (seconds, more than 0)")
                    .arg(parser.value(timeoutOpt));
            r.timeoutMs = int(seconds * 1000);
        }
        return readCaFile(r);
    };

    // --batch: many targets, each line parsed like a command line of its own
    // with the options given here in front (the CA file read here, once).
    if (parser.isSet(jobsOpt) && !parser.isSet(batchOpt))
        return fail(Tr::tr("--jobs is for --batch"));
    if (parser.isSet(batchOpt)) {
        options.batchFile = parser.value(batchOpt);
        if (options.batchFile.isEmpty())
            return fail(Tr::tr("--batch needs a file name (\"-\" for standard input)"));
        if (!parser.positionalArguments().isEmpty())
            return fail(Tr::tr("--batch reads its targets from the file: give no TARGET with it"));
        for (const QCommandLineOption *other : {&inputOpt, &findOpt, &allOpt}) {
            if (parser.isSet(*other))
                return fail(
                    Tr::tr("--%1 cannot be combined with --batch").arg(other->names().constLast()));
        }
        if (parser.isSet(jobsOpt)) {
            bool ok = false;
            const int jobs = parser.value(jobsOpt).toInt(&ok);
            if (!ok || jobs < 1 || jobs > 256)
                return fail(Tr::tr("--jobs needs a number from 1 to 256"));
            options.jobs = jobs;
        }
        if (const QString problem = outputSettings(); !problem.isEmpty())
            return fail(problem);
        if (options.format != ReportFormat::Json && options.format != ReportFormat::Text)
            return fail(Tr::tr("--batch writes JSON Lines (-f json) or text"));
        if (const QString problem = readCaFile(options.request); !problem.isEmpty())
            return fail(problem);
        // Everything but the batch's own, the output options and the CA file
        // (parsed above), for each line.
        const QStringList own
            = {QStringLiteral("--batch"),  QStringLiteral("--jobs"), QStringLiteral("-f"),
               QStringLiteral("--format"), QStringLiteral("-o"),     QStringLiteral("--output"),
               QStringLiteral("--ca-file")};
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &a = arguments.at(i);
            if (own.contains(a)) {
                ++i; // and its value
                continue;
            }
            if (a.startsWith(QLatin1String("--batch=")) || a.startsWith(QLatin1String("--jobs="))
                || a.startsWith(QLatin1String("--format="))
                || a.startsWith(QLatin1String("--output="))
                || a.startsWith(QLatin1String("--ca-file=")))
                continue;
            options.batchBaseArgs << a;
        }
        return options;
    }

    // --input: a saved report is shown as it was recorded; options that
    // would shape an inspection have nothing to act on.
    if (parser.isSet(inputOpt)) {
        if (!parser.positionalArguments().isEmpty())
            return fail(Tr::tr("--input shows a saved report: give no TARGET with it"));
        for (const QCommandLineOption *inspectionOnly :
             {&protocolOpt,  &portOpt,      &securityOpt,  &connectOpt,   &dnsOpt,
              &caOpt,        &timeoutOpt,   &deadlineOpt,  &userOpt,      &passwordFileOpt,
              &plaintextOpt, &mechanismOpt, &tokenFileOpt, &noMailboxOpt, &mailFromOpt,
              &rcptToOpt,    &allOpt,       &injectionOpt, &findOpt,      &ispdbOpt}) {
            if (parser.isSet(*inspectionOnly)) {
                return fail(Tr::tr("--%1 is for an inspection; --input shows a saved report as it "
                                   "was recorded")
                                .arg(inspectionOnly->names().constLast()));
            }
        }
        options.inputFile = parser.value(inputOpt);
        if (options.inputFile.isEmpty())
            return fail(Tr::tr("--input needs the file name of a saved JSON report"));
        if (const QString problem = outputSettings(); !problem.isEmpty())
            return fail(problem);
        return options;
    }

    if (parser.isSet(ispdbOpt)) {
        options.ispdbUrl = QUrl(parser.value(ispdbOpt), QUrl::StrictMode);
        const QString scheme = options.ispdbUrl.scheme();
        if (!options.ispdbUrl.isValid()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return fail(Tr::tr("--ispdb-url needs an http:// or https:// URL"));
        if (!parser.isSet(findOpt))
            return fail(Tr::tr("--ispdb-url is for --find-settings"));
    }
    if (parser.isSet(findOpt)) {
        options.findSettings = parser.value(findOpt).trimmed();
        if (options.findSettings.isEmpty())
            return fail(Tr::tr("--find-settings needs an email address or a domain"));
        for (const QCommandLineOption *inspectionOnly :
             {&connectOpt, &userOpt, &passwordFileOpt, &plaintextOpt, &allOpt, &injectionOpt,
              &deadlineOpt}) {
            if (parser.isSet(*inspectionOnly))
                return fail(Tr::tr("--%1 is for an inspection, not for --find-settings")
                                .arg(inspectionOnly->names().constLast()));
        }
    }
    const QStringList positional = parser.positionalArguments();
    const bool finding = parser.isSet(findOpt);
    if (finding && positional.isEmpty() && !parser.isSet(protocolOpt) && !parser.isSet(portOpt)
        && !parser.isSet(securityOpt)) {
        InspectionRequest &r = options.request;
        if (const QString problem = readSharedSettings(r); !problem.isEmpty())
            return fail(problem);
        if (const QString problem = outputSettings(); !problem.isEmpty())
            return fail(problem);
        if (const auto problem = r.validate())
            return fail(problem->message);
        return options;
    }
    if (finding && positional.isEmpty()) {
        // The comparison needs a host only to say "Server: ... -> ..."; the
        // protocol, port and security are what count.
        options.current = CurrentSettings {};
    }
    if (positional.isEmpty() && !finding)
        return fail(Tr::tr("no target given (try --help)"));
    // Not quoted: a stray word here is as likely a password as a host.
    if (positional.size() > 1)
        return fail(Tr::tr("more than one target given (%1 words outside the options)")
                        .arg(positional.size()));

    QString why;
    const auto target = parseTarget(
        positional.isEmpty() ? QStringLiteral("customer.invalid") : positional.constFirst(), &why);
    if (!target)
        return fail(why);
    InspectionRequest &r = options.request;
    r.targetAsTyped = target->display;
    r.host = target->host;
    r.protocol = target->protocol.value_or(Protocol::Smtp);
    r.security = target->security.value_or(Security::Auto);
    r.port = target->port.value_or(0);

    if (parser.isSet(protocolOpt)) {
        const auto p = protocolFromName(parser.value(protocolOpt).toLower());
        if (!p)
            return fail(Tr::tr("unknown protocol \"%1\" (use smtp, submission, imap, pop3, "
                               "sieve or lmtp)")
                            .arg(parser.value(protocolOpt)));
        r.protocol = *p;
    }
    if (parser.isSet(securityOpt)) {
        const auto s = securityFromName(parser.value(securityOpt).toLower());
        if (!s)
            return fail(Tr::tr("unknown security mode \"%1\" (use auto, starttls, tls or none)")
                            .arg(parser.value(securityOpt)));
        r.security = *s;
    }
    if (parser.isSet(portOpt)) {
        const auto port = parsePort(parser.value(portOpt));
        if (!port)
            return fail(Tr::tr("invalid port \"%1\" (use 1-65535)").arg(parser.value(portOpt)));
        r.port = *port;
    }
    // `host:993` without a scheme or --protocol: the port says what it speaks.
    if (!target->protocol && !parser.isSet(protocolOpt) && r.port != 0) {
        if (const auto byPort = protocolForPort(r.port))
            r.protocol = *byPort;
    }
    if (r.port == 0) {
        // No port: the protocol's default for the chosen mode.
        const Security s = r.security == Security::Auto ? Security::StartTls : r.security;
        r.port = defaultPort(r.protocol, s);
    }
    if (r.security == Security::ImplicitTls && implicitTlsPort(r.protocol) == 0 && !target->port
        && !parser.isSet(portOpt))
        return fail(Tr::tr("%1 has no implicit-TLS port; give one with --port")
                        .arg(protocolName(r.protocol)));
    if (parser.isSet(connectOpt)) {
        r.connectAddress = parser.value(connectOpt);
        if (QHostAddress(r.connectAddress).isNull())
            return fail(
                Tr::tr("--connect-address needs an IP address, not \"%1\"").arg(r.connectAddress));
    }
    if (const QString problem = readSharedSettings(r); !problem.isEmpty())
        return fail(problem);
    if (parser.isSet(deadlineOpt)) {
        bool ok = false;
        const double seconds = parser.value(deadlineOpt).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 86400)
            return fail(Tr::tr("invalid deadline \"%1\" (seconds, more than 0, at most 86400)")
                            .arg(parser.value(deadlineOpt)));
        // At least one millisecond: 0 would mean "no deadline".
        r.deadlineMs = std::max(1, int(seconds * 1000));
    }
    if (const QString problem = outputSettings(); !problem.isEmpty())
        return fail(problem);
    if (parser.isSet(mechanismOpt)) {
        const QString name = parser.value(mechanismOpt);
        if (name.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
            r.authMechanism = saslMechanismFromName(name);
            if (!r.authMechanism)
                return fail(Tr::tr("unknown login mechanism \"%1\" (use auto, %2)")
                                .arg(name, saslMechanismNames().join(QStringLiteral(", "))));
        }
        if (!parser.isSet(userOpt))
            return fail(Tr::tr("--auth-mechanism needs --user"));
    }
    if (parser.isSet(userOpt)) {
        r.user = parser.value(userOpt);
        bool hasPassword = false;
        bool hasToken = false;
        if (parser.isSet(passwordFileOpt)) {
            QFile file(parser.value(passwordFileOpt));
            if (!file.open(QIODevice::ReadOnly))
                return fail(
                    Tr::tr("cannot read password file \"%1\"").arg(parser.value(passwordFileOpt)));
            r.password = passwordFromFileLine(file.readLine());
            hasPassword = true;
        } else if (qEnvironmentVariableIsSet("MAILINSPECT_PASSWORD")) {
            r.password = qEnvironmentVariable("MAILINSPECT_PASSWORD");
            hasPassword = true;
        }
        if (parser.isSet(tokenFileOpt)) {
            const QString path = parser.value(tokenFileOpt);
            QFile file(path);
            if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
                return fail(Tr::tr("cannot read token file \"%1\"").arg(path));
            const QByteArray content = file.read(maxTokenFileSize + 1);
            if (content.size() > maxTokenFileSize)
                return fail(Tr::tr("token file \"%1\" is larger than %2 KiB")
                                .arg(path)
                                .arg(maxTokenFileSize / 1024));
            r.oauthToken = tokenFromFile(content);
            if (r.oauthToken.isEmpty())
                return fail(Tr::tr("token file \"%1\" is empty").arg(path));
            hasToken = true;
        } else if (qEnvironmentVariableIsSet("MAILINSPECT_OAUTH_TOKEN")) {
            r.oauthToken = qEnvironmentVariable("MAILINSPECT_OAUTH_TOKEN");
            hasToken = !r.oauthToken.isEmpty();
        }
        if (!hasPassword && !hasToken)
            return fail(Tr::tr("--user needs a password: --password-file FILE or "
                               "MAILINSPECT_PASSWORD (or an access token: --oauth-token-file "
                               "FILE or MAILINSPECT_OAUTH_TOKEN)"));
        if (r.authMechanism && usesToken(*r.authMechanism) && !hasToken)
            return fail(Tr::tr("--auth-mechanism %1 needs an access token: --oauth-token-file "
                               "FILE or MAILINSPECT_OAUTH_TOKEN")
                            .arg(saslMechanismName(*r.authMechanism)));
        if (r.authMechanism && !usesToken(*r.authMechanism) && !hasPassword)
            return fail(Tr::tr("--auth-mechanism %1 needs a password: --password-file FILE or "
                               "MAILINSPECT_PASSWORD")
                            .arg(saslMechanismName(*r.authMechanism)));
    } else if (parser.isSet(passwordFileOpt)) {
        return fail(Tr::tr("--password-file needs --user"));
    } else if (parser.isSet(tokenFileOpt)) {
        return fail(Tr::tr("--oauth-token-file needs --user"));
    }
    if (finding) {
        if (r.protocol == Protocol::Smtp)
            r.protocol = Protocol::Submission; // a mail app's outgoing server
        options.current = CurrentSettings {r.protocol, positional.isEmpty() ? QString() : r.host,
                                           r.port, r.security};
    }
    r.allowPlaintextAuth = parser.isSet(plaintextOpt);
    r.checkMailbox = !parser.isSet(noMailboxOpt);
    r.mailFrom = parser.value(mailFromOpt);
    r.rcptTo = parser.value(rcptToOpt);
    if (parser.isSet(rcptToOpt) && !parser.isSet(mailFromOpt))
        return fail(Tr::tr("--rcpt-to needs --mail-from"));
    if (parser.isSet(mailFromOpt) && !parser.isSet(userOpt))
        return fail(Tr::tr("--mail-from checks the account after a login: it needs --user"));
    options.allAddresses = parser.isSet(allOpt);
    r.checkInjection = parser.isSet(injectionOpt);
    // Before any connection: a CR, LF or NUL in a credential would inject a
    // command (USER alice\r\nDELE 1). The message names the field only.
    if (const auto problem = r.validate())
        return fail(problem->message);
    return options;
}

} // namespace MailInspect
