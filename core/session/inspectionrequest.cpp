#include "inspectionrequest.h"

namespace MailInspect {

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
