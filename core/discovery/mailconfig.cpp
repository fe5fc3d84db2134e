// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailconfig.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace MailInspect {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFinder)
};

QString clipped(const QString &text)
{
    return text.trimmed().left(MailConfigLimits::maxTextChars);
}

// Walks the document within the bounds; calls onElement(path) at each start
// element, with the reader positioned on it.
template<typename F> bool walk(QXmlStreamReader &xml, QString *error, F onElement)
{
    QStringList path;
    int elements = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            // No entities, no external anything: a config has no reason for a DTD.
            *error = Tr::tr("the document has a DTD, which a mail configuration never needs");
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (++elements > MailConfigLimits::maxElements) {
                *error = Tr::tr("the document has too many elements");
                return false;
            }
            path.append(xml.name().toString());
            if (path.size() > MailConfigLimits::maxDepth) {
                *error = Tr::tr("the document is nested too deeply");
                return false;
            }
            if (!onElement(path))
                path.removeLast(); // the handler read the element to its end
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError()) {
        *error = Tr::tr("not well-formed XML: %1").arg(clipped(xml.errorString()));
        return false;
    }
    return true;
}

QString readText(QXmlStreamReader &xml)
{
    return clipped(xml.readElementText(QXmlStreamReader::SkipChildElements));
}

std::optional<quint16> portFrom(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

} // namespace

bool isPlausibleHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QString &label : host.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
            if (!ok)
                return false;
        }
    }
    return true;
}

bool isInDomain(const QString &host, const QString &domain)
{
    const QString h = host.toLower();
    const QString d = domain.toLower();
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

std::optional<MailConfig> parseAutoconfig(const QByteArray &bytes, const QString &address,
                                          QString *error)
{
    if (bytes.size() > MailConfigLimits::maxDocumentBytes) {
        *error = Tr::tr("the document is larger than 256 KiB");
        return std::nullopt;
    }
    const QString local = address.section(QLatin1Char('@'), 0, -2);
    const QString domain = address.section(QLatin1Char('@'), -1);
    auto fill = [&](QString text) {
        text.replace(QLatin1String("%EMAILADDRESS%"), address);
        text.replace(QLatin1String("%EMAILLOCALPART%"), local);
        text.replace(QLatin1String("%EMAILDOMAIN%"), domain);
        return text;
    };
    MailConfig config;
    bool sawProvider = false;
    std::optional<ServerSetting> current;
    bool currentUsable = false;
    QXmlStreamReader xml(bytes);
    const bool ok = walk(xml, error, [&](const QStringList &path) {
        const QString name = path.constLast();
        if (path.size() == 1 && name != QLatin1String("clientConfig")) {
            xml.raiseError(Tr::tr("the root element is not clientConfig"));
            return true;
        }
        if (path.size() == 2 && name == QLatin1String("emailProvider"))
            sawProvider = true;
        if (path.size() == 3 && path.at(1) == QLatin1String("emailProvider")) {
            if (name == QLatin1String("domain")) {
                if (config.domains.size() < MailConfigLimits::maxServers)
                    config.domains << readText(xml).toLower();
                return false;
            }
            const bool incoming = name == QLatin1String("incomingServer");
            const bool outgoing = name == QLatin1String("outgoingServer");
            if (!incoming && !outgoing)
                return true;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            ServerSetting s;
            currentUsable = true;
            if (incoming && type == QLatin1String("imap"))
                s.protocol = Protocol::Imap;
            else if (incoming && type == QLatin1String("pop3"))
                s.protocol = Protocol::Pop3;
            else if (outgoing && type == QLatin1String("smtp"))
                s.protocol = Protocol::Submission;
            else
                currentUsable = false; // exchange, ews, jmap: not ours to test
            s.port = 0;
            current = s;
            // Read the children here, so the server's end is known.
            int depth = 0;
            while (!xml.atEnd() && !xml.hasError()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement && depth-- == 0)
                    break;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                const QString child = xml.name().toString();
                if (depth > 0 || child == QLatin1String("oAuth2")) {
                    xml.skipCurrentElement();
                    continue;
                }
                const QString text = fill(readText(xml));
                if (child == QLatin1String("hostname"))
                    current->host = text.toLower();
                else if (child == QLatin1String("port"))
                    current->port = portFrom(text).value_or(0);
                else if (child == QLatin1String("socketType"))
                    current->security = text == QLatin1String("SSL") ? Security::ImplicitTls
                        : text == QLatin1String("STARTTLS")          ? Security::StartTls
                                                                     : Security::None;
                else if (child == QLatin1String("username"))
                    current->username = text;
                else if (child == QLatin1String("authentication")
                         && current->authentication.size() < 16)
                    current->authentication << text;
            }
            if (currentUsable && isPlausibleHostName(current->host) && current->port != 0
                && config.servers.size() < MailConfigLimits::maxServers)
                config.servers << *current;
            current.reset();
            return false;
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    if (!sawProvider) {
        *error = Tr::tr("the document has no emailProvider");
        return std::nullopt;
    }
    return config;
}

QByteArray autodiscoverRequest(const QString &address)
{
    QByteArray body;
    QXmlStreamWriter w(&body);
    w.writeStartDocument();
    w.writeStartElement(
        QStringLiteral(
            "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"),
        QStringLiteral("Autodiscover"));
    w.writeStartElement(QStringLiteral("Request"));
    w.writeTextElement(QStringLiteral("EMailAddress"), address);
    w.writeTextElement(QStringLiteral("AcceptableResponseSchema"),
                       QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/"
                                      "outlook/responseschema/2006a"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return body;
}

std::optional<MailConfig> parseAutodiscover(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > MailConfigLimits::maxDocumentBytes) {
        *error = Tr::tr("the document is larger than 256 KiB");
        return std::nullopt;
    }
    MailConfig config;
    bool sawAccount = false;
    QXmlStreamReader xml(bytes);
    const bool ok = walk(xml, error, [&](const QStringList &path) {
        const QString name = path.constLast();
        if (path.size() == 1 && name != QLatin1String("Autodiscover")) {
            xml.raiseError(Tr::tr("the root element is not Autodiscover"));
            return true;
        }
        if (name == QLatin1String("Account"))
            sawAccount = true;
        if (name == QLatin1String("RedirectAddr")) {
            config.redirectAddress = readText(xml);
            return false;
        }
        if (name != QLatin1String("Protocol") || !sawAccount)
            return true;
        QString type, server, encryption, ssl;
        quint16 port = 0;
        int depth = 0;
        while (!xml.atEnd() && !xml.hasError()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && depth-- == 0)
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QString child = xml.name().toString();
            if (depth > 0) {
                xml.skipCurrentElement();
                continue;
            }
            const QString text = readText(xml);
            if (child == QLatin1String("Type"))
                type = text.toUpper();
            else if (child == QLatin1String("Server"))
                server = text.toLower();
            else if (child == QLatin1String("Port"))
                port = portFrom(text).value_or(0);
            else if (child == QLatin1String("Encryption"))
                encryption = text.toUpper();
            else if (child == QLatin1String("SSL"))
                ssl = text.toLower();
        }
        ServerSetting s;
        if (type == QLatin1String("IMAP"))
            s.protocol = Protocol::Imap;
        else if (type == QLatin1String("POP3"))
            s.protocol = Protocol::Pop3;
        else if (type == QLatin1String("SMTP"))
            s.protocol = Protocol::Submission;
        else
            return false; // EXCH, EXPR, WEB: Exchange's own protocols
        s.host = server;
        s.port = port;
        const bool encrypted = ssl != QLatin1String("off");
        if (encryption == QLatin1String("SSL"))
            s.security = Security::ImplicitTls;
        else if (encryption == QLatin1String("TLS"))
            s.security = Security::StartTls;
        else if (!encrypted || encryption == QLatin1String("NONE"))
            s.security = Security::None;
        else
            s.security = (port == 993 || port == 995 || port == 465) ? Security::ImplicitTls
                                                                     : Security::StartTls;
        if (s.port == 0)
            s.port = defaultPort(s.protocol, s.security);
        if (isPlausibleHostName(s.host) && config.servers.size() < MailConfigLimits::maxServers)
            config.servers << s;
        return false;
    });
    if (!ok)
        return std::nullopt;
    if (!sawAccount) {
        *error = Tr::tr("the response has no Account");
        return std::nullopt;
    }
    return config;
}

} // namespace MailInspect
