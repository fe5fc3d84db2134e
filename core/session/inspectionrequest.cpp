#include "inspectionrequest.h"

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
