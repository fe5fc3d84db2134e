// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectionrequest.h"

#include "dns/dnslookup.h"
#include "report/untrustedtext.h"

#include <QCoreApplication>

namespace MailInspect {

namespace {
// tr() in context "InspectionRequest", in a form lupdate reads (it cannot see
// through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRequest)
};
} // namespace

std::optional<RequestProblem> fieldProblem(RequestProblem::Field field, const QString &value)
{
    // An address for the test envelope; empty means "not tested".
    if (field == RequestProblem::Field::MailFrom || field == RequestProblem::Field::RcptTo) {
        if (value.isEmpty() || isSafeMailAddress(value))
            return std::nullopt;
        return RequestProblem {field,
                               field == RequestProblem::Field::MailFrom
                                   ? Tr::tr("the sender address contains a space, an angle "
                                            "bracket, a line break (CR or LF) or a NUL character")
                                   : Tr::tr("the recipient address contains a space, an angle "
                                            "bracket, a line break (CR or LF) or a NUL character")};
    }
    if (field == RequestProblem::Field::DnsServer) {
        if (value.isEmpty() || Dns::parseServer(value))
            return std::nullopt;
        // An address is not a secret: it is quoted, shown, never obeyed.
        return RequestProblem {
            field,
            Tr::tr("the DNS server \"%1\" is not an IP address with an "
                   "optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)")
                .arg(visibleText(value.left(64)))};
    }
    if (isSafeCommandText(value))
        return std::nullopt;
    // Which field, never what it holds: the value may be a password, and a
    // user name is half of one.
    switch (field) {
    case RequestProblem::Field::User:
        return RequestProblem {field,
                               Tr::tr("the user name contains a line break (CR or LF) or a NUL "
                                      "character, which would cut the login command short")};
    case RequestProblem::Field::Password:
        return RequestProblem {field,
                               Tr::tr("the password contains a line break (CR or LF) or a NUL "
                                      "character, which would cut the login command short")};
    case RequestProblem::Field::OAuthToken:
        return RequestProblem {field,
                               Tr::tr("the access token contains a line break (CR or LF) or a "
                                      "NUL character, which would cut the login command short")};
    case RequestProblem::Field::ClientName:
        return RequestProblem {field,
                               Tr::tr("the client name contains a line break (CR or LF) or a NUL "
                                      "character, which would cut the greeting command short")};
    case RequestProblem::Field::MailFrom:
    case RequestProblem::Field::RcptTo:
    case RequestProblem::Field::DnsServer:
        break;
    }
    return std::nullopt;
}

std::optional<RequestProblem> InspectionRequest::validate() const
{
    using Field = RequestProblem::Field;
    if (auto problem = fieldProblem(Field::User, user))
        return problem;
    if (auto problem = fieldProblem(Field::Password, password))
        return problem;
    if (auto problem = fieldProblem(Field::OAuthToken, oauthToken))
        return problem;
    if (auto problem = fieldProblem(Field::ClientName, clientName))
        return problem;
    if (auto problem = fieldProblem(Field::MailFrom, mailFrom))
        return problem;
    if (auto problem = fieldProblem(Field::RcptTo, rcptTo))
        return problem;
    if (auto problem = fieldProblem(Field::DnsServer, dnsServer))
        return problem;
    return std::nullopt;
}

quint16 InspectionRequest::effectivePort() const
{
    if (port != 0)
        return port;
    const Security s = security == Security::Auto ? Security::StartTls : security;
    return defaultPort(protocol, s);
}

Security InspectionRequest::effectiveSecurity() const
{
    return MailInspect::effectiveSecurity(security, effectivePort());
}

} // namespace MailInspect
