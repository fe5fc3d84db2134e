// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingtexts.h"

#include <QCoreApplication>

#include <cstring>

// Every finding's words live here, written for a help-desk agent who may not
// know mail protocols: say what happened in the customer's terms, why it
// matters, and one concrete thing to change. Use the words mail apps use
// ("SSL/TLS", "STARTTLS", "security", "port"). Placeholders %1..%9 are filled
// by the rules in diagnosis.cpp; each entry lists what they hold.

namespace MailInspect::Diagnosis {

namespace {

constexpr FindingKind kinds[] = {
    {"dns-no-such-host", Severity::Error, StepId::Resolve, FindingTopic::Connection},
    {"dns-no-address", Severity::Error, StepId::Resolve, FindingTopic::Connection},
    {"dns-lookup-failed", Severity::Error, StepId::Resolve, FindingTopic::Connection},
    {"connection-refused", Severity::Error, StepId::Connect, FindingTopic::Connection},
    {"connection-timeout", Severity::Error, StepId::Connect, FindingTopic::Connection},
    {"greeting-timeout", Severity::Error, StepId::Greeting, FindingTopic::Connection},
    {"wrong-security-mode", Severity::Error, StepId::Greeting, FindingTopic::Connection},
    {"service-unavailable", Severity::Error, StepId::Greeting, FindingTopic::Connection},
    {"slow-greeting", Severity::Warning, StepId::Greeting, FindingTopic::Connection},
    {"greeting-masked", Severity::Warning, StepId::Greeting, FindingTopic::Connection},
    {"starttls-not-offered", Severity::Error, StepId::Capabilities, FindingTopic::Connection},
    {"starttls-stripped", Severity::Error, StepId::Capabilities, FindingTopic::Connection},
    {"starttls-rejected", Severity::Error, StepId::StartTls, FindingTopic::Connection},
    {"starttls-response-injection", Severity::Error, StepId::StartTls, FindingTopic::Connection},
    {"tls-handshake-failed", Severity::Error, StepId::TlsHandshake, FindingTopic::Connection},
    {"tls-protocol-obsolete", Severity::Warning, StepId::TlsHandshake, FindingTopic::Connection},
    {"certificate-expired", Severity::Error, StepId::Certificate, FindingTopic::Connection},
    {"certificate-not-yet-valid", Severity::Error, StepId::Certificate, FindingTopic::Connection},
    {"certificate-name-mismatch", Severity::Error, StepId::Certificate, FindingTopic::Connection},
    {"certificate-untrusted", Severity::Error, StepId::Certificate, FindingTopic::Connection},
    {"certificate-chain-incomplete", Severity::Error, StepId::Certificate,
     FindingTopic::Connection},
    {"plaintext-auth-offered", Severity::Warning, StepId::Capabilities, FindingTopic::Connection},
    {"imap-preauth", Severity::Error, StepId::Greeting, FindingTopic::Connection},
    {"protocol-violation", Severity::Error, StepId::Greeting, FindingTopic::Connection},
    {"line-too-long", Severity::Error, StepId::Greeting, FindingTopic::Connection},
    {"temporary-failure", Severity::Warning, StepId::Greeting, FindingTopic::Connection},
    {"starttls-command-injection", Severity::Error, StepId::StartTls, FindingTopic::Connection},
    {"addresses-disagree", Severity::Error, StepId::Resolve, FindingTopic::Connection},
    {"auth-failed", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"line-not-terminated", Severity::Error, StepId::Greeting, FindingTopic::Connection},
    {"deadline-exceeded", Severity::Error, StepId::Resolve, FindingTopic::Connection},
    {"auth-app-password-required", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"auth-basic-disabled", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"auth-encryption-required", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"auth-temporary", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"auth-account-problem", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"auth-mechanism-unsupported", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"auth-not-offered", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"auth-server-proof-invalid", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"auth-oauth-token-rejected", Severity::Error, StepId::Authenticate, FindingTopic::Login},
    {"mailbox-nearly-full", Severity::Warning, StepId::Quota, FindingTopic::Account},
    {"mailbox-full", Severity::Error, StepId::Quota, FindingTopic::Account},
    {"mailbox-check-failed", Severity::Warning, StepId::Mailbox, FindingTopic::Account},
    {"sender-not-permitted", Severity::Error, StepId::Sender, FindingTopic::Account},
    {"recipient-rejected", Severity::Error, StepId::Recipient, FindingTopic::Account},
};

struct FindingText
{
    const char *id;
    const char *variant;
    const char *title;
    const char *explanation;
    const char *fix;
};

// A \u escape right before a hex digit ends its literal ("\u201c" "allow"): lupdate would read
// the digit as part of the escape, and the catalogue would miss the text.
const FindingText texts[] = {
    // %1 host name
    {"dns-no-such-host", "", QT_TRANSLATE_NOOP("Diagnosis", "The server name %1 does not exist"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The name %1 could not be found in DNS, so there is no address to connect "
                       "to. Either the name is misspelled, or the provider has no server under "
                       "that name."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the server name letter by letter against the provider's "
                       "instructions. Mail servers usually have names like mail.example.com or "
                       "imap.example.com, not just example.com.")},
    // %1 host name, %2 the hosts its MX/SRV records name
    {"dns-no-address", "",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 is a mail domain, not the name of a mail server"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The name %1 exists, but it has no address to connect to: it is the "
                       "domain of the email address, not the name of a server. Its DNS records "
                       "name these mail hosts: %2."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Type the mail server's name instead of the domain, as the provider's "
                       "instructions give it (often imap.%1 or mail.%1), or use Find Settings "
                       "to find and test the right one.")},
    // %1 host name
    {"dns-no-address", "no-mail-hosts",
     QT_TRANSLATE_NOOP("Diagnosis", "%1 exists but has no address"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The name %1 exists in DNS, but it has no address (no A or AAAA record), "
                       "so there is nothing to connect to. Usually this is the domain of the "
                       "email address typed where the mail server's name belongs."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Type the mail server's name as the provider's instructions give it (for "
                       "example imap.%1 or mail.%1), or use Find Settings to find and test the "
                       "right one.")},
    // %1 host name, %2 why the lookup failed, %3 (unused)
    {"dns-lookup-failed", "", QT_TRANSLATE_NOOP("Diagnosis", "This computer cannot look up names"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Looking up %1 failed: %2. The name may well be right; the DNS lookup "
                       "itself did not work, because no DNS server answered, it timed out, or "
                       "it reported a failure."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the network connection and the VPN (open a web page), then "
                       "inspect again. There is no need to change the server name.")},
    // %1 host name, %2 why the lookup failed, %3 the DNS server asked
    {"dns-lookup-failed", "server",
     QT_TRANSLATE_NOOP("Diagnosis", "The DNS server %3 cannot look up names"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Looking up %1 at the DNS server %3 failed: %2. The name may well be "
                       "right; the DNS server did not answer, or it reported a failure."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check that %3 is the right DNS server and that it can be reached from "
                       "this network (VPN, firewall), then inspect again. There is no need to "
                       "change the server name.")},

    // %1 port, %2 host, %3 address, %4 usual ports for this protocol, %5 host and address
    // ("mail.example.com (192.0.2.1)", or the address alone when that is what was typed)
    {"connection-refused", "", QT_TRANSLATE_NOOP("Diagnosis", "Nothing answers on port %1 of %2"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server %5 exists, but it refused the connection on port %1 at "
                       "once: no mail service listens on that port, or a firewall actively "
                       "rejects it."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the port number against the provider's instructions. Usual ports "
                       "for this service: %4.")},

    // %1 port, %2 host, %3 address, %4 usual ports for this protocol, %5 host and address
    {"connection-timeout", "", QT_TRANSLATE_NOOP("Diagnosis", "No answer from %2 on port %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection attempt to %5 on port %1 got no answer at all. "
                       "Usually a firewall silently drops it: on the customer's network, at "
                       "their internet provider (many block port 25 for home connections), or in "
                       "front of the server."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Try again from another network, for example a phone's hotspot. If it "
                       "works there, the local network or internet provider blocks the port: "
                       "ask them to open it, or use another port the mail provider offers "
                       "(usual ports: %4).")},
    // %1 port, %2 host, %3 address, %4 the system's error message, %5 host and address
    {"connection-timeout", "unreachable", QT_TRANSLATE_NOOP("Diagnosis", "%2 cannot be reached"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection to %5 on port %1 could not be made: %4. The network "
                       "between this computer and the server has no way through."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check this computer's network connection and try from another network. "
                       "If only this server is affected, its provider may have a network "
                       "problem.")},

    // %1 port, %2 seconds waited
    {"greeting-timeout", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server accepted the connection but said nothing"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection to port %1 was accepted, but the server did not send its "
                       "greeting within %2 seconds. A mail server always speaks first, so the "
                       "service is stuck or overloaded, or something in between holds the "
                       "connection open without passing anything on."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Try again in a few minutes. If it keeps happening, the server's "
                       "administrator should check the mail service on that port.")},
    // %1 port, %2 seconds waited
    {"greeting-timeout", "implicit-port",
     QT_TRANSLATE_NOOP("Diagnosis", "The server accepted the connection but said nothing"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection to port %1 was accepted, but the server did not send a "
                       "greeting within %2 seconds. Port %1 normally uses SSL/TLS, where the "
                       "mail app must start encryption before the server says anything; a check "
                       "with SSL/TLS did not succeed either."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Set security to SSL/TLS for this port. If that fails too, the server's "
                       "administrator should check the mail service on port %1.")},
    // %1 port
    {"greeting-timeout", "closed",
     QT_TRANSLATE_NOOP("Diagnosis", "The server closed the connection without a greeting"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection to port %1 was accepted and then closed before the server "
                       "said anything. Servers do this when they turn a client away outright (a "
                       "block list, a limit on connections), or when the service behind the port "
                       "is broken."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Try again later and from another network. If it persists, the server's "
                       "administrator should look for this connection in the mail server's log.")},

    // %1 security chosen ("STARTTLS"/"None"), %2 port, %3 what the check saw,
    // %4 the STARTTLS port to suggest
    {"wrong-security-mode", "use-tls",
     QT_TRANSLATE_NOOP("Diagnosis", "Port %2 uses SSL/TLS, not %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Security is set to %1, but the server on port %2 expects encryption from "
                       "the very first byte (SSL/TLS): it waits silently for the mail app to "
                       "start encryption instead of sending a greeting. A second attempt with "
                       "SSL/TLS on the same port worked (%3)."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This port uses SSL/TLS. Set security to SSL/TLS, or use port %4 with "
                       "STARTTLS.")},
    // %1 security chosen, %2 port, %3 what the check saw
    {"wrong-security-mode", "use-tls-only",
     QT_TRANSLATE_NOOP("Diagnosis", "Port %2 uses SSL/TLS, not %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Security is set to %1, but the server on port %2 expects encryption from "
                       "the very first byte (SSL/TLS): it waits silently for the mail app to "
                       "start encryption instead of sending a greeting. A second attempt with "
                       "SSL/TLS on the same port worked (%3)."),
     QT_TRANSLATE_NOOP("Diagnosis", "This port uses SSL/TLS. Set security to SSL/TLS.")},
    // %1 security chosen ("SSL/TLS"), %2 port, %3 what the check saw,
    // %4 the SSL/TLS port to suggest
    {"wrong-security-mode", "use-starttls",
     QT_TRANSLATE_NOOP("Diagnosis", "Port %2 uses STARTTLS, not %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Security is set to %1, but the server on port %2 starts in plain text "
                       "and expects the mail app to switch to encryption with STARTTLS. The "
                       "encryption attempt got a plain-text greeting back instead. A second "
                       "attempt with STARTTLS on the same port worked (%3)."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This port uses STARTTLS. Set security to STARTTLS, or use port %4 with "
                       "SSL/TLS.")},
    // %1 security chosen, %2 port, %3 what the check saw
    {"wrong-security-mode", "use-starttls-only",
     QT_TRANSLATE_NOOP("Diagnosis", "Port %2 uses STARTTLS, not %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Security is set to %1, but the server on port %2 starts in plain text "
                       "and expects the mail app to switch to encryption with STARTTLS. The "
                       "encryption attempt got a plain-text greeting back instead. A second "
                       "attempt with STARTTLS on the same port worked (%3)."),
     QT_TRANSLATE_NOOP("Diagnosis", "This port uses STARTTLS. Set security to STARTTLS.")},

    // %1 the server's words
    {"service-unavailable", "", QT_TRANSLATE_NOOP("Diagnosis", "The server refuses service"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server turned the connection away: \u201c%1\u201d. It does not "
                       "accept mail connections from this address right now. Typical reasons are "
                       "maintenance, overload, too many connections, or this address being on a "
                       "block list; the server's words usually say which."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Try again later. If it persists, give the server's message above to the "
                       "mail provider; if it mentions a block list, the customer's internet "
                       "address must be removed from it.")},

    // %1 seconds
    {"slow-greeting", "", QT_TRANSLATE_NOOP("Diagnosis", "The server took %1 seconds to greet"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server accepted the connection but only sent its greeting after %1 "
                       "seconds. Mail apps with a short timeout give up before that and report "
                       "that the server does not answer. A slow greeting usually means the "
                       "server looks up the caller's address (reverse DNS, reputation lists) and "
                       "those lookups are slow, or it delays unknown clients on purpose."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should check the server's DNS resolver and "
                       "its reverse-DNS and reputation lookups. Meanwhile, raise the mail app's "
                       "server timeout if it has one.")},
    // %1 seconds for the whole greeting, %2 seconds to its first line
    {"slow-greeting", "teaser",
     QT_TRANSLATE_NOOP("Diagnosis", "The server took %1 seconds to finish its greeting"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server sent the first line of its greeting after %2 seconds, then "
                       "waited until %1 seconds before the last line. This is a deliberate test "
                       "of the client (Postfix postscreen does it): a program that speaks before "
                       "the greeting is complete is rejected. Mail apps that wait correctly get "
                       "through, but the pause counts against their timeout."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Usually nothing to change for the user. If mail apps time out, the "
                       "server's administrator can shorten the pause (postscreen_greet_wait) or "
                       "exempt the networks that mail apps connect from.")},

    // %1 seconds for the whole greeting; the first line came at once
    {"slow-greeting", "teaser-at-once",
     QT_TRANSLATE_NOOP("Diagnosis", "The server took %1 seconds to finish its greeting"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server sent the first line of its greeting at once, then waited "
                       "until %1 seconds before the last line. This is a deliberate test of the "
                       "client (Postfix postscreen does it): a program that speaks before the "
                       "greeting is complete is rejected. Mail apps that wait correctly get "
                       "through, but the pause counts against their timeout."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Usually nothing to change for the user. If mail apps time out, the "
                       "server's administrator can shorten the pause (postscreen_greet_wait) or "
                       "exempt the networks that mail apps connect from.")},

    // %1 the masked greeting
    {"greeting-masked", "",
     QT_TRANSLATE_NOOP("Diagnosis", "A firewall is rewriting the mail session"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's greeting arrived as a row of asterisks (\u201c%1\u201d). A "
                       "firewall with mail inspection does this (for example Cisco ASA/PIX "
                       "\u201cinspect esmtp\u201d): it sits between the mail app and the server, "
                       "hides the server's name, rewrites commands, and often removes encryption "
                       "as well."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Ask the administrator of the firewall in front of the server (or of the "
                       "customer's network) to turn off ESMTP inspection for this traffic, or "
                       "at least to stop masking the banner and to allow TLS.")},

    // %1 the command's name (STARTTLS/STLS), %2 the SSL/TLS port
    {"starttls-not-offered", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server does not offer encryption (%1)"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server listed what it supports, and %1 was not among it. Without %1 "
                       "this connection cannot be encrypted: passwords and mail would travel in "
                       "plain text, and mail apps set to STARTTLS stop here."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If the provider offers SSL/TLS, use port %2 with security set to "
                       "SSL/TLS. Otherwise the server's administrator must enable TLS for this "
                       "service.")},
    // %1 the command's name
    {"starttls-not-offered", "no-port",
     QT_TRANSLATE_NOOP("Diagnosis", "The server does not offer encryption (%1)"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server listed what it supports, and %1 was not among it. Without %1 "
                       "this connection cannot be encrypted: passwords and data would travel in "
                       "plain text, and clients set to STARTTLS stop here."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator must enable STARTTLS for this service.")},
    // %1 the SSL/TLS port
    {"starttls-not-offered", "no-ehlo",
     QT_TRANSLATE_NOOP("Diagnosis", "The server does not offer encryption (STARTTLS)"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server refused the modern greeting command (EHLO) and only accepted "
                       "the old one (HELO). The old form has no extensions at all, so STARTTLS "
                       "is not available and the connection cannot be encrypted."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If the provider offers SSL/TLS, use port %1 with security set to "
                       "SSL/TLS. Otherwise the server's administrator must enable EHLO and TLS "
                       "(or remove whatever filters EHLO between you and the server).")},
    // %1 the command's name, %2 the server's answer to it, %3 the SSL/TLS port
    {"starttls-not-offered", "tried",
     QT_TRANSLATE_NOOP("Diagnosis", "The server does not offer encryption (%1)"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server did not announce %1, and when asked to start encryption "
                       "anyway it answered \u201c%2\u201d. This connection cannot be encrypted: "
                       "passwords and mail would travel in plain text."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If the provider offers SSL/TLS, use port %3 with security set to "
                       "SSL/TLS. Otherwise the server's administrator must enable TLS for this "
                       "service.")},

    // %1 what stands where STARTTLS belongs, %2 the SSL/TLS port
    {"starttls-stripped", "",
     QT_TRANSLATE_NOOP("Diagnosis", "A firewall removes STARTTLS from the session"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's list of extensions shows \u201c%1\u201d where STARTTLS "
                       "belongs. A firewall with mail inspection (for example Cisco ASA/PIX "
                       "\u201cinspect esmtp\u201d) overwrites STARTTLS so that mail app and "
                       "server never encrypt. Mail apps set to STARTTLS fail; apps set to "
                       "\u201c"
                       "encrypt if possible\u201d silently send in plain text."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The firewall's administrator must turn off ESMTP inspection for this "
                       "traffic or let TLS through (Cisco: no \u201cinspect esmtp\u201d, or "
                       "\u201c"
                       "allow-tls\u201d in the ESMTP policy). Until then, SSL/TLS on port "
                       "%2 usually passes such a firewall untouched.")},
    // %1 what stands where STARTTLS belongs
    {"starttls-stripped", "no-port",
     QT_TRANSLATE_NOOP("Diagnosis", "A firewall removes STARTTLS from the session"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's list of extensions shows \u201c%1\u201d where STARTTLS "
                       "belongs. A firewall with mail inspection (for example Cisco ASA/PIX "
                       "\u201cinspect esmtp\u201d) overwrites STARTTLS so that client and server "
                       "never encrypt."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The firewall's administrator must turn off ESMTP inspection for this "
                       "traffic or let TLS through (Cisco: no \u201cinspect esmtp\u201d, or "
                       "\u201c"
                       "allow-tls\u201d in the ESMTP policy).")},

    // %1 the server's answer, %2 the SSL/TLS port
    {"starttls-rejected", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server refused to start encryption"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server announced STARTTLS, but answered the request to start "
                       "encryption with \u201c%1\u201d. The connection stays unencrypted, so "
                       "mail apps set to STARTTLS stop here."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should check the mail server's TLS settings "
                       "and its log for this moment. Meanwhile, try SSL/TLS on port %2 if the "
                       "provider offers it.")},
    // %1 the server's answer
    {"starttls-rejected", "local-problem",
     QT_TRANSLATE_NOOP("Diagnosis", "The server cannot start encryption (local problem)"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server announced STARTTLS, but answered \u201c%1\u201d: it cannot "
                       "start TLS because of a problem on its own side. Most often it cannot "
                       "read its certificate or private key (missing file, wrong permissions, "
                       "renewed certificate not matching the key)."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator must fix the server's certificate and key "
                       "files; the mail server's log names the file it could not load (Postfix: "
                       "smtpd_tls_chain_files or smtpd_tls_cert_file/smtpd_tls_key_file).")},
    {"starttls-rejected", "no-reply",
     QT_TRANSLATE_NOOP("Diagnosis", "The server did not answer the request to start encryption"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server announced STARTTLS, but never answered the request to start "
                       "encryption. The connection cannot be secured."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should check the mail server's TLS settings "
                       "and its log; a filter between client and server may also swallow the "
                       "command.")},

    // %1 number of bytes, %2 the bytes as text
    {"starttls-response-injection", "",
     QT_TRANSLATE_NOOP("Diagnosis", "Unexpected plain text arrived right after STARTTLS"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "After the server agreed to start encryption, %1 more bytes of plain text "
                       "arrived before the encrypted session began (\u201c%2\u201d). A correct "
                       "server sends nothing at that point. This is how an attacker on the "
                       "network slips fake replies into the encrypted session; mailinspect threw "
                       "them away, but some mail apps would not."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Something between the mail app and the server tampers with the "
                       "connection, or the server software is faulty. Inspect from another "
                       "network to tell which, and report it to that network's or the server's "
                       "administrator.")},

    // %1 the backend's words
    {"tls-handshake-failed", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The encrypted connection could not be set up"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The TLS handshake, where client and server agree on encryption, did not "
                       "complete: %1."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should check the server's TLS settings "
                       "(certificate, key, enabled TLS versions and ciphers). If other networks "
                       "work, a firewall may interfere.")},
    {"tls-handshake-failed", "closed",
     QT_TRANSLATE_NOOP("Diagnosis", "The server hung up while starting encryption"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server agreed to start encryption and then closed the connection "
                       "before the TLS handshake completed. Usually the server cannot load its "
                       "certificate or private key, or a firewall cuts encrypted traffic."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should check the mail server's log at this "
                       "moment: it names the certificate or key it could not use.")},
    // %1 the alert's description
    {"tls-handshake-failed", "alert",
     QT_TRANSLATE_NOOP("Diagnosis", "The server rejected the encrypted connection"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server ended the TLS handshake with the message \u201c%1\u201d. Most "
                       "often server and client have no TLS version or cipher in common, or the "
                       "server wants a client certificate."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should enable current TLS versions (1.2 and "
                       "1.3) and ciphers. If the server requires client certificates, the mail "
                       "app needs one.")},
    // %1 the backend's words
    {"tls-handshake-failed", "old-protocol",
     QT_TRANSLATE_NOOP("Diagnosis", "The server only speaks an outdated TLS version"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The handshake failed because the server only offers TLS 1.0 or 1.1, "
                       "which current mail apps refuse (%1)."),
     QT_TRANSLATE_NOOP("Diagnosis", "The server's administrator must enable TLS 1.2 and TLS 1.3.")},
    // %1 the backend's words
    {"tls-handshake-failed", "plain-reply",
     QT_TRANSLATE_NOOP("Diagnosis", "The server answered in plain text instead of TLS"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Security is set to SSL/TLS, but the server answered in plain text (%1), "
                       "so this port starts unencrypted. A follow-up attempt with STARTTLS did "
                       "not succeed either."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the port and security setting against the provider's "
                       "instructions: plain-text ports are used with STARTTLS.")},
    // %1 the backend's words
    {"tls-handshake-failed", "plain-after-upgrade",
     QT_TRANSLATE_NOOP("Diagnosis", "The server sent plain text instead of starting encryption"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server agreed to STARTTLS but then kept talking in plain text "
                       "instead of starting the TLS handshake (%1). Either the server is broken "
                       "or something between you and the server injects text into the session."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Ask the server's administrator to check the STARTTLS support; if it "
                       "works from another network, a firewall or proxy on this network is "
                       "tampering with the session.")},
    {"tls-handshake-failed", "timeout",
     QT_TRANSLATE_NOOP("Diagnosis", "The server did not complete the encrypted connection"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server stopped answering in the middle of the TLS handshake."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Try again later. If it persists, the server's administrator should "
                       "check the TLS settings, and whether a firewall interferes with "
                       "encrypted traffic.")},

    // %1 the TLS version
    {"tls-protocol-obsolete", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server uses an outdated TLS version (%1)"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection was encrypted with %1, which is retired (RFC 8996) "
                       "because of known weaknesses. Current mail apps refuse it, so users see "
                       "connection errors after updates."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator must enable TLS 1.2 and TLS 1.3 (and can "
                       "then turn off TLS 1.0 and 1.1).")},
    {"tls-protocol-obsolete", "only-offered",
     QT_TRANSLATE_NOOP("Diagnosis", "The server only offers outdated TLS versions"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server only speaks TLS 1.0 or 1.1, which are retired (RFC 8996) "
                       "because of known weaknesses. Current mail apps refuse them, so no modern "
                       "app can connect securely."),
     QT_TRANSLATE_NOOP("Diagnosis", "The server's administrator must enable TLS 1.2 and TLS 1.3.")},

    // %1 the end date, %2 the certificate, %3 the name checked
    {"certificate-expired", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server's certificate expired on %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The certificate the server presents (%2) was valid until %1. Mail apps "
                       "warn about an expired certificate or refuse to connect; users should not "
                       "click such warnings away."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator must renew the certificate, install it and "
                       "reload the mail service. With automatic renewal (Let's Encrypt), check "
                       "that the renewal also restarts the mail server.")},
    // %1 the end date, %2 the certificate
    {"certificate-expired", "intermediate",
     QT_TRANSLATE_NOOP("Diagnosis", "A certificate in the server's chain expired on %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's own certificate is fine, but a certificate it sends along "
                       "(%2) was valid until %1. Mail apps then reject the whole chain."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator must replace the outdated intermediate "
                       "certificate with the current one from the certificate authority and "
                       "reload the mail service.")},

    // %1 the start date, %2 the certificate
    {"certificate-not-yet-valid", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server's certificate is only valid from %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The certificate the server presents (%2) only becomes valid on %1. "
                       "Either it was installed too early, or the clock of this computer or of "
                       "the certificate's issuer is wrong."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the date and time on this computer. If they are right, the "
                       "server's administrator must install a certificate that is valid now.")},

    // %1 the name checked, %2 the names in the certificate
    {"certificate-name-mismatch", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The certificate does not match the name %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The mail app connects to %1, but the server's certificate is made out to "
                       "%2. A certificate for another name proves nothing about this server, so "
                       "mail apps warn or refuse to connect."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If the provider confirms it is the same server, enter a name the "
                       "certificate covers (%2) as the server name in the mail app. Otherwise "
                       "the server's administrator must install a certificate that includes %1.")},

    // %1 the certificate, %2 its SHA-256 fingerprint
    {"certificate-untrusted", "self-signed",
     QT_TRANSLATE_NOOP("Diagnosis", "The server's certificate is self-signed"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The certificate (%1) was signed by the server itself, not by a "
                       "certificate authority that computers trust. Nobody can tell it apart "
                       "from an attacker's certificate, so mail apps warn or refuse to connect."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should install a certificate from a "
                       "recognised authority (Let's Encrypt is free). For a private server, the "
                       "certificate can be trusted on each device deliberately, after checking "
                       "its fingerprint with the administrator: %2.")},
    // %1 the certificate, %2 its issuer, %3 the backend's words
    {"certificate-untrusted", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server's certificate is not from a trusted authority"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The certificate (%1) was issued by \u201c%2\u201d, which this computer "
                       "does not trust (%3). Mail apps warn or refuse to connect."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should use a certificate from a recognised "
                       "authority (Let's Encrypt is free) and send the complete chain. If the "
                       "authority is a company's own, its root certificate must be installed on "
                       "each device.")},

    // %1 the certificate, %2 its issuer
    {"certificate-chain-incomplete", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server does not send its intermediate certificate"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server sends only its own certificate (%1), issued by "
                       "\u201c%2\u201d, but not the intermediate certificate that links it to a "
                       "trusted authority. Web browsers often hide this because they remember "
                       "intermediates; mail apps usually fail with \u201c"
                       "certificate not "
                       "trusted\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator must configure the full chain: the server "
                       "certificate followed by the intermediate certificate (with Let's "
                       "Encrypt: fullchain.pem, not cert.pem).")},

    // %1 what the server offers (capability lines)
    {"plaintext-auth-offered", "",
     QT_TRANSLATE_NOOP("Diagnosis", "Login is offered before encryption"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Before encryption starts, the server already offers to log in "
                       "(\u201c%1\u201d). A mail app that is set up without encryption, or "
                       "fooled by an attacker who removes STARTTLS, would send the password in "
                       "plain text."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should offer login only after STARTTLS "
                       "(Postfix: smtpd_tls_auth_only = yes; Dovecot: disable_plaintext_auth = "
                       "yes). Users should keep security set to STARTTLS or SSL/TLS.")},
    // %1 the capabilities
    {"plaintext-auth-offered", "imap",
     QT_TRANSLATE_NOOP("Diagnosis", "Login is offered before encryption"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Before encryption starts, the server does not announce LOGINDISABLED, so "
                       "it accepts a password in plain text (capabilities: \u201c%1\u201d). A "
                       "mail app that is set up without encryption, or fooled by an attacker who "
                       "removes STARTTLS, would send the password unprotected."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should refuse login before STARTTLS "
                       "(Dovecot: disable_plaintext_auth = yes). Users should keep security set "
                       "to STARTTLS or SSL/TLS.")},

    // %1 the greeting
    {"imap-preauth", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The IMAP server logs in without encryption (PREAUTH)"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server greeted with PREAUTH (\u201c%1\u201d): the session counts as "
                       "logged in before anything is encrypted. In that state STARTTLS is not "
                       "allowed, so the connection can never be secured, and an attacker can use "
                       "this to keep a mail app from encrypting."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator must not pre-authenticate connections on "
                       "this port (PREAUTH is only for local, trusted connections). Use port "
                       "993 with SSL/TLS.")},

    // %1 protocol, %2 step, %3 what was wrong
    {"protocol-violation", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server's reply does not follow the %1 protocol"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "During \u201c%2\u201d the server sent something the %1 protocol does not "
                       "allow: %3. Mail apps fail or behave unpredictably with such a server."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check that the port really belongs to a mail server speaking %1, not to "
                       "another service. If it does, the server software is faulty or something "
                       "in between garbles the connection.")},
    // %1 protocol, %2 step, %3 which reply arrived and when
    {"protocol-violation", "unsolicited",
     QT_TRANSLATE_NOOP("Diagnosis", "The server sent a reply no command asked for"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "During \u201c%2\u201d the server sent a reply out of turn: %3. A server "
                       "speaking %1 answers each command once, in order. A mail app would take "
                       "such a reply for the answer to its next command and act on the wrong "
                       "answer."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check whether something between the mail app and the server (a proxy, a "
                       "firewall with mail inspection, a load balancer) adds or replays "
                       "replies; inspect from another network to tell. Otherwise the server "
                       "software is faulty and its administrator should fix or update it.")},
    // %1 protocol, %2 step
    {"protocol-violation", "closed",
     QT_TRANSLATE_NOOP("Diagnosis", "The server broke off the conversation"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "During \u201c%2\u201d the server closed the connection without an "
                       "answer. A server speaking %1 answers every command before it hangs up."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should look for this connection in the mail "
                       "server's log; a server under too much load, or a filter in between, can "
                       "cause this.")},
    // %1 protocol, %2 step
    {"protocol-violation", "stalled",
     QT_TRANSLATE_NOOP("Diagnosis", "The server stopped answering"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "During \u201c%2\u201d the server did not answer the command in time. A "
                       "server speaking %1 answers every command promptly."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Try again later. If it persists, the server's administrator should "
                       "check the mail service; a filter in between can also swallow commands.")},

    // %1 step, %2 the limit ("64 KiB")
    {"line-too-long", "", QT_TRANSLATE_NOOP("Diagnosis", "The server sent an endless line"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "During \u201c%1\u201d the server sent more than %2 without ending the "
                       "line. A mail server never does this; mailinspect stopped reading to "
                       "protect itself."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check that the port really belongs to a mail server. If it does, the "
                       "server software is faulty or something in between garbles the "
                       "connection.")},

    // %1 step, %2 number of bytes, %3 the bytes as the transcript shows them
    {"line-not-terminated", "", QT_TRANSLATE_NOOP("Diagnosis", "The server's reply never ended"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "During \u201c%1\u201d the server sent %2 bytes (\u201c%3\u201d) but "
                       "never ended the line with CR LF, the line end every mail protocol "
                       "requires, and then sent nothing more. Mail apps wait for the line end "
                       "until they give up and report that the server does not answer, although "
                       "it did say something."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should check the mail service, and anything "
                       "in front of it (a proxy, load balancer or firewall) that could cut "
                       "replies short. Also check that the port belongs to a mail server and "
                       "not to another service.")},
    // %1 step, %2 number of bytes, %3 the bytes as the transcript shows them
    {"line-not-terminated", "closed",
     QT_TRANSLATE_NOOP("Diagnosis", "The server hung up in the middle of a reply"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "During \u201c%1\u201d the server sent %2 bytes (\u201c%3\u201d) and then "
                       "closed the connection without ending the line (CR LF). Mail apps throw "
                       "such an incomplete reply away and report a broken connection."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should look for this connection in the mail "
                       "server's log; a crashing service, or a proxy or firewall that cuts "
                       "connections, causes this.")},
    // %1 step, %2 number of bytes, %3 the bytes as the transcript shows them
    {"line-not-terminated", "literal",
     QT_TRANSLATE_NOOP("Diagnosis", "The server sent less data than it announced"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "During \u201c%1\u201d the server announced a block of data of a given "
                       "size (the number in braces, {\u2026}) and then sent fewer bytes than it "
                       "announced (%2 bytes in all: \u201c%3\u201d). Mail apps wait for the rest "
                       "until they give up."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should check the mail service; a proxy or "
                       "firewall in between that cuts or rewrites data can also cause this.")},

    // %1 the deadline in seconds, %2 the step that was running
    {"deadline-exceeded", "", QT_TRANSLATE_NOOP("Diagnosis", "The inspection ran out of time"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The whole inspection was limited to %1 seconds, and that time ran out "
                       "during \u201c%2\u201d. The steps after it were not tried, so this report "
                       "does not show everything about the server. A server this slow also makes "
                       "mail apps give up."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Inspect again with a longer deadline, or none, to see the remaining "
                       "steps. If the server is this slow every time, its administrator should "
                       "find out why it answers so slowly (overload, slow DNS lookups, "
                       "deliberate delays).")},

    // %1 the server's words
    {"temporary-failure", "", QT_TRANSLATE_NOOP("Diagnosis", "The server asks to try again later"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server answered with a temporary refusal: \u201c%1\u201d. This is "
                       "normal for greylisting, rate limits or anti-spam checks of new clients, "
                       "and says nothing about encryption. Retrying after a few minutes is "
                       "expected to work."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Wait a few minutes and inspect again. If the refusal persists, give the "
                       "server's words to its administrator: this address may be rate-limited "
                       "or listed.")},

    // %1 the server's reply to the pipelined command
    {"starttls-command-injection", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server is open to STARTTLS command injection"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "mailinspect sent the request to start encryption together with a second "
                       "command in one packet. The server answered that second command inside "
                       "the encrypted session (\u201c%1\u201d): it carries unencrypted input "
                       "over into the secure session (CVE-2011-0411). An attacker on the network "
                       "can use this to inject commands, for example to steal a user's mail or "
                       "password."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator must update the mail server software; "
                       "maintained versions of common servers have fixed this.")},

    // %1 host, %2 number of addresses, %3 the differences
    {"addresses-disagree", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The addresses of %1 behave differently"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "%1 has %2 addresses, and they do not answer alike: %3. Whether a mail "
                       "app works depends on which address it happens to reach, which explains "
                       "problems that come and go. Typical causes: a load balancer with one "
                       "misconfigured server, or a firewall on one path."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's administrator should compare the servers behind these "
                       "addresses and make them consistent (same TLS settings and certificate). "
                       "Meanwhile, a misbehaving address can be taken out of DNS.")},

    // Login findings: %1 is always the server's own words (escaped, redacted).
    // %1 the server's words
    {"auth-failed", "", QT_TRANSLATE_NOOP("Diagnosis", "The login was refused"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server refused the login without saying why. The server said: "
                       "\u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the user name (often the full email address) and the password. If "
                       "two-factor authentication is on, the provider may require an app "
                       "password.")},
    // %1 the server's words
    {"auth-failed", "credentials",
     QT_TRANSLATE_NOOP("Diagnosis", "The user name or password is wrong"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server checked the user name and password and did not accept them. "
                       "The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the user name: most providers want the full email address. Then "
                       "retype the password (caps lock, keyboard layout). If it still fails, "
                       "reset the password in the provider's web mail.")},

    // %1 the server's words
    {"auth-app-password-required", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The account needs an app password"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The account has two-step sign-in turned on, so the provider does not "
                       "accept the normal password from a mail app. The server said: "
                       "\u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Create an app password in the provider's account security settings and "
                       "type it into the mail app instead of the normal password, or set the "
                       "mail app's authentication to OAuth2.")},
    // %1 the server's words
    {"auth-app-password-required", "web-login",
     QT_TRANSLATE_NOOP("Diagnosis", "The provider wants a sign-in on its web page first"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The provider blocked this sign-in as unusual and wants the account "
                       "holder to sign in on its web page first. The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in to the provider's web mail from the same computer and confirm "
                       "the security prompt, then try again. If the account has two-step "
                       "sign-in, use an app password, or set the mail app's authentication to "
                       "OAuth2.")},
    // %1 the server's words
    {"auth-app-password-required", "too-weak",
     QT_TRANSLATE_NOOP("Diagnosis", "The server wants a stronger login method or an app password"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server refused this way of logging in as too weak. Providers say "
                       "this when the account needs an app password or a modern sign-in "
                       "(OAuth2). The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Create an app password in the provider's account settings, or set the "
                       "mail app's authentication to OAuth2 or to an encrypted password "
                       "method the server offers.")},

    // %1 the server's words, %2 the protocol ("SMTP", "IMAP")
    {"auth-basic-disabled", "",
     QT_TRANSLATE_NOOP("Diagnosis", "Password login is turned off for this account"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The provider does not accept passwords for %2 on this account or for "
                       "the whole organisation (basic authentication is disabled), whatever the "
                       "password. Microsoft 365 answers this way. The server said: "
                       "\u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The organisation's administrator must enable authenticated %2 for this "
                       "mailbox (Microsoft 365: SMTP AUTH or IMAP/POP in the mailbox's mail "
                       "settings), or set the mail app's authentication to OAuth2.")},

    // %1 the server's words
    {"auth-encryption-required", "",
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server only accepts passwords over an encrypted connection"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server refused the login because the connection is not encrypted. "
                       "The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Set the mail app's security to STARTTLS, or to SSL/TLS on the "
                       "provider's SSL/TLS port.")},

    // %1 the server's words
    {"auth-temporary", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server could not check the login right now"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server's login service has a problem of its own and could not check "
                       "the password; the password is probably not the problem. The server "
                       "said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Try again in a few minutes. If it persists, tell the provider or the "
                       "server's administrator.")},
    // %1 the server's words
    {"auth-temporary", "server-error",
     QT_TRANSLATE_NOOP("Diagnosis", "The server failed while checking the login"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server reports a permanent failure of its own while checking the "
                       "login, not a wrong password. The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Tell the provider or the server's administrator, with this report.")},

    // %1 the server's words
    {"auth-account-problem", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The account cannot log in right now"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server refused the login because of the account, not the password. "
                       "The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis", "Contact the provider about this account.")},
    // %1 the server's words
    {"auth-account-problem", "expired",
     QT_TRANSLATE_NOOP("Diagnosis", "The password or the account has expired"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server says the password (or the account) has expired. The server "
                       "said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Change the password in the provider's web mail or account page, then "
                       "type the new one into the mail app.")},
    // %1 the server's words
    {"auth-account-problem", "contact-admin",
     QT_TRANSLATE_NOOP("Diagnosis", "The account is disabled"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server says the account cannot be used and the administrator must "
                       "be contacted. The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Contact the provider or the administrator: the account is locked or "
                       "disabled on their side.")},
    // %1 the server's words
    {"auth-account-problem", "login-delay",
     QT_TRANSLATE_NOOP("Diagnosis", "The account logs in too often"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server refuses logins that come sooner than it allows after the "
                       "previous one. The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Set the mail app to check for new mail less often, and make sure only "
                       "one device or app polls this account.")},
    // %1 the server's words
    {"auth-account-problem", "in-use",
     QT_TRANSLATE_NOOP("Diagnosis", "Another session holds the mailbox"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The mailbox is locked by another session, usually another mail app or "
                       "device connected to the same account. The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Close the other mail apps or devices using this account, wait a few "
                       "minutes, and try again.")},
    // %1 the server's words
    {"auth-account-problem", "limit",
     QT_TRANSLATE_NOOP("Diagnosis", "The account has too many connections"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server allows only a certain number of connections per account "
                       "and this one is over it. The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Close other mail apps and devices using this account, or reduce how "
                       "many connections the mail app opens.")},
    // %1 the server's words
    {"auth-account-problem", "authorization",
     QT_TRANSLATE_NOOP("Diagnosis", "The login may not act for that user"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The password was accepted, but this login may not use the mailbox it "
                       "asked for. The server said: \u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Log in with the mailbox's own user name, or ask the administrator to "
                       "grant access.")},
    // %1 the server's words
    {"auth-account-problem", "transition",
     QT_TRANSLATE_NOOP("Diagnosis", "The server must convert the stored password first"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server needs one login with a plain password over an encrypted "
                       "connection before it accepts this method. The server said: "
                       "\u201c%1\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Log in once with the \u201cnormal password\u201d method over STARTTLS or "
                       "SSL/TLS, then the chosen method works.")},

    // %1 the mechanisms the server offers, %2 what to pick in the mail app
    {"auth-mechanism-unsupported", "",
     QT_TRANSLATE_NOOP("Diagnosis", "No login method fits the given credentials"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server offers these login methods: %1. None of them works with "
                       "what was given (a password or a token), so no login was tried."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "In the mail app, set authentication to a method the server offers: %2. "
                       "A server that only offers OAuth2 needs a token, not a password.")},
    // %1 the mechanism chosen, %2 the mechanisms the server offers, %3 what to pick
    {"auth-mechanism-unsupported", "not-offered",
     QT_TRANSLATE_NOOP("Diagnosis", "The chosen login method is not offered by the server"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "%1 was chosen, but the server offers only: %2. No login was tried."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "In the mail app, set authentication to a method the server offers: %3.")},

    // %1 the protocol ("SMTP"), %2 port
    {"auth-not-offered", "", QT_TRANSLATE_NOOP("Diagnosis", "The server accepts no login here"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server offers no way to log in on port %2 in this state (no AUTH, "
                       "or login disabled), so no login was tried."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Use the port and security the provider gives for mail apps (for %1 "
                       "sending: 587 with STARTTLS or 465 with SSL/TLS); a server often offers "
                       "login only after STARTTLS.")},

    // %1 the mechanism ("SCRAM-SHA-256")
    {"auth-server-proof-invalid", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server could not prove it knows the password"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "With %1 the server must prove that it knows the password too. Its proof "
                       "was wrong: this is not the server the account belongs to, or something "
                       "in between is pretending to be it."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Do not use this server with this password until the server's "
                       "administrator has checked it. If the password may have reached a "
                       "wrong server, change it.")},

    // %1 the token's status ("invalid_token"), %2 the scope the server wants, %3 the server's words
    {"auth-oauth-token-rejected", "", QT_TRANSLATE_NOOP("Diagnosis", "The OAuth token was refused"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server refused the access token (status \u201c%1\u201d, scope it "
                       "wants: \u201c%2\u201d). Usually the token has expired, was issued for "
                       "another account, or lacks the mail permission. The server said: "
                       "\u201c%3\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again in the mail app to get a new token, with the same account "
                       "as the user name, and allow mail access when asked.")},
    // %1 the token's status, %2 the scope the server wants, %3 the server's words
    {"auth-oauth-token-rejected", "invalid-token",
     QT_TRANSLATE_NOOP("Diagnosis", "The OAuth token is expired or not valid"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The server says the access token is not valid (\u201c%1\u201d): it has "
                       "expired, was revoked, or belongs to another account than the user name. "
                       "The server said: \u201c%3\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again in the mail app to get a fresh token, using the same "
                       "account as the user name.")},
    // %1 the token's status, %2 the scope the server wants, %3 the server's words
    {"auth-oauth-token-rejected", "insufficient-scope",
     QT_TRANSLATE_NOOP("Diagnosis", "The OAuth token lacks the mail permission"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The token is valid, but it was not granted access to mail (the server "
                       "wants the scope \u201c%2\u201d). The server said: \u201c%3\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and allow mail access when the provider asks; an "
                       "administrator may have to approve the mail app for the organisation.")},

    // %1 percent, %2 amount ("950 MiB of 1000 MiB")
    {"mailbox-nearly-full", "", QT_TRANSLATE_NOOP("Diagnosis", "The mailbox is nearly full"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The mailbox uses %1 % of its quota (%2). When it is full, new mail is "
                       "refused and senders get it back."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Delete or archive old mail (empty the trash and large attachments), or "
                       "ask the provider for more space.")},
    // %1 percent, %2 amount
    {"mailbox-full", "", QT_TRANSLATE_NOOP("Diagnosis", "The mailbox is full"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The mailbox uses %1 % of its quota (%2). New mail is refused and "
                       "senders get it back; sending may fail too when sent mail is saved."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Delete or archive mail now (empty the trash and large attachments), or "
                       "ask the provider for more space.")},
    // %1 what went wrong
    {"mailbox-check-failed", "", QT_TRANSLATE_NOOP("Diagnosis", "The inbox could not be checked"),
     QT_TRANSLATE_NOOP("Diagnosis", "The login worked, but looking at the inbox did not: %1."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If the mail app shows no mail or errors when opening the inbox, give "
                       "this report to the provider.")},

    // %1 the sender address, %2 the server's words
    {"sender-not-permitted", "", QT_TRANSLATE_NOOP("Diagnosis", "This account may not send as %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The login worked, but the server refuses mail from %1 for this login: "
                       "the address is not one the account owns. The server said: "
                       "\u201c%2\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "In the mail app, use the account's own address as the sender, or ask "
                       "the administrator to allow this login to send as %1 (Microsoft 365: "
                       "Send As permission).")},
    // %1 the sender address, %2 the server's words
    {"sender-not-permitted", "refused",
     QT_TRANSLATE_NOOP("Diagnosis", "The server refuses the sender %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The login worked, but the server refused mail from %1. The server said: "
                       "\u201c%2\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the sender address in the mail app; use the account's own "
                       "address.")},
    // %1 the recipient address, %2 the server's words
    {"recipient-rejected", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The server refuses the recipient %1"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The login worked and the sender was accepted, but the server refused "
                       "the recipient %1. The server said: \u201c%2\u201d."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the recipient address for typing mistakes. If it is right, the "
                       "server's words say why it refuses (unknown user, relay not allowed, "
                       "a full mailbox).")},
};

#undef T

const FindingKind *kindOf(const char *id)
{
    for (const FindingKind &k : kinds) {
        if (std::strcmp(k.id, id) == 0)
            return &k;
    }
    return nullptr;
}

const FindingText *textOf(const char *id, const char *variant)
{
    for (const FindingText &t : texts) {
        if (std::strcmp(t.id, id) == 0 && std::strcmp(t.variant, variant) == 0)
            return &t;
    }
    return nullptr;
}

// One pass over the text, so an argument that itself contains "%2" (a
// server's words can) is never substituted again.
QString fill(const char *source, const QStringList &args)
{
    const QString text = QCoreApplication::translate("Diagnosis", source);
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1) >= QLatin1Char('1')
            && text.at(i + 1) <= QLatin1Char('9')) {
            const int n = text.at(i + 1).digitValue();
            out += n <= args.size() ? args.at(n - 1) : QString();
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QList<FindingKind> findingKinds()
{
    return QList<FindingKind>(std::begin(kinds), std::end(kinds));
}

bool hasFindingText(const char *id, const char *variant)
{
    return kindOf(id) && textOf(id, variant);
}

Finding makeFinding(const char *id, const char *variant, const QStringList &args,
                    std::optional<StepId> step)
{
    const FindingKind *kind = kindOf(id);
    const FindingText *text = textOf(id, variant);
    Q_ASSERT_X(kind && text, "makeFinding", id);
    if (!kind || !text)
        return Finding {QString::fromLatin1(id), Severity::Error, StepId::Connect, {}, {}, {}, {}};
    return Finding {QString::fromLatin1(id),
                    kind->severity,
                    step.value_or(kind->step),
                    fill(text->title, args),
                    fill(text->explanation, args),
                    fill(text->fix, args),
                    kind->topic};
}

} // namespace MailInspect::Diagnosis

namespace MailInspect::Diagnosis::Words {

namespace {
// tr() in context "Diagnosis", in a form lupdate reads (it cannot see through a free helper).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};
} // namespace

QString protocolShortName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
    case Protocol::Submission:
        return QStringLiteral("SMTP");
    case Protocol::Lmtp:
        return QStringLiteral("LMTP");
    case Protocol::Imap:
        return QStringLiteral("IMAP");
    case Protocol::Pop3:
        return QStringLiteral("POP3");
    case Protocol::Sieve:
        return QStringLiteral("ManageSieve");
    }
    return {};
}

QString usualPorts(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
    case Protocol::Submission:
        return Tr::tr(
            "587 with STARTTLS or 465 with SSL/TLS (port 25 is for mail between servers)");
    case Protocol::Lmtp:
        return Tr::tr("%1 with STARTTLS").arg(plainPort(protocol));
    case Protocol::Imap:
    case Protocol::Pop3:
        return Tr::tr("%1 with STARTTLS or %2 with SSL/TLS")
            .arg(plainPort(protocol))
            .arg(implicitTlsPort(protocol));
    case Protocol::Sieve:
        return Tr::tr("%1 with STARTTLS").arg(plainPort(protocol));
    }
    return {};
}

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 1);
}

QString date(const QDateTime &utc)
{
    if (!utc.isValid())
        return Tr::tr("an unknown date");
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString noReason()
{
    return Tr::tr("no reason given");
}

QString noAnswer()
{
    return Tr::tr("no answer");
}

QString otherModeWorked(Security mode)
{
    return Tr::tr("the server answered correctly with %1").arg(securityDisplayName(mode));
}

QString lineLimit()
{
    return Tr::tr("64 KiB");
}

QString nothingElse()
{
    return Tr::tr("no name at all");
}

QString addressBehaviour(const QString &address, const QStringList &items)
{
    return Tr::tr("%1 gives %2").arg(address, items.join(QStringLiteral(", ")));
}

QString verdictItem(const QString &verdictName)
{
    return Tr::tr("verdict \u201c%1\u201d").arg(verdictName);
}

QString starttlsItem(bool offered)
{
    return offered ? Tr::tr("STARTTLS offered") : Tr::tr("STARTTLS not offered");
}

QString tlsItem(const QString &protocol)
{
    return protocol.isEmpty() ? Tr::tr("no TLS") : protocol;
}

QString mechanismList(const QStringList &mechanisms)
{
    return mechanisms.isEmpty() ? Tr::tr("none") : mechanisms.join(QStringLiteral(", "));
}

QString mechanismAdvice(const QStringList &mechanisms)
{
    // Strongest first, in the words mail apps use for their authentication setting.
    struct Choice
    {
        const char *mechanism;
        const char *setting;
    };
    static const Choice choices[] = {
        {"SCRAM-SHA-256", QT_TRANSLATE_NOOP("Diagnosis", "Encrypted password (%1)")},
        {"SCRAM-SHA-1", QT_TRANSLATE_NOOP("Diagnosis", "Encrypted password (%1)")},
        {"CRAM-MD5", QT_TRANSLATE_NOOP("Diagnosis", "Encrypted password (%1)")},
        {"XOAUTH2", QT_TRANSLATE_NOOP("Diagnosis", "OAuth2 (%1)")},
        {"OAUTHBEARER", QT_TRANSLATE_NOOP("Diagnosis", "OAuth2 (%1)")},
        {"PLAIN", QT_TRANSLATE_NOOP("Diagnosis", "Normal password (%1)")},
        {"LOGIN", QT_TRANSLATE_NOOP("Diagnosis", "Normal password (%1)")},
        {"GSSAPI", QT_TRANSLATE_NOOP("Diagnosis", "Kerberos / GSSAPI (%1)")},
        {"NTLM", QT_TRANSLATE_NOOP("Diagnosis", "NTLM (%1)")},
    };
    for (const Choice &c : choices) {
        const QString name = QString::fromLatin1(c.mechanism);
        if (mechanisms.contains(name, Qt::CaseInsensitive))
            return QCoreApplication::translate("Diagnosis", c.setting).arg(name);
    }
    return mechanismList(mechanisms);
}

QString quotaAmount(const QString &resource, qint64 usage, qint64 limit)
{
    // RFC 9208: STORAGE counts units of 1024 octets.
    if (resource.compare(QLatin1String("STORAGE"), Qt::CaseInsensitive) == 0) {
        return Tr::tr("%1 MiB of %2 MiB")
            .arg(QString::number(usage / 1024.0, 'f', 1), QString::number(limit / 1024.0, 'f', 1));
    }
    if (resource.compare(QLatin1String("MESSAGE"), Qt::CaseInsensitive) == 0)
        return Tr::tr("%1 of %2 messages").arg(usage).arg(limit);
    return Tr::tr("%1 of %2 (%3)").arg(usage).arg(limit).arg(resource);
}

QString certificateItem(const QString &sha256)
{
    if (sha256.isEmpty())
        return Tr::tr("no certificate");
    return Tr::tr("certificate %1\u2026").arg(sha256.left(23));
}

} // namespace MailInspect::Diagnosis::Words
