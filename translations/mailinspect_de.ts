<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Authenticator</name>
    <message>
        <source>the server offers no login method mailinspect speaks (PLAIN or LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no login (no AUTH in EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server disabled LOGIN and offers no AUTH=PLAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no SASL PLAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password contains a line break (CR or LF) or a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Inspects a mail server connection step by step: DNS, TCP, greeting, capabilities,
STARTTLS or implicit TLS, the certificate, and goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp|submission|imap|pop3|sieve|lmtp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto|starttls|tls|none (default auto: by port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to ADDR; TARGET&apos;s host is still the name sent as SNI and checked in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-step timeout in seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for the whole inspection in seconds, the follow-up in the other security mode included; with --all-addresses, for each address (default: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to log in as NAME (password from --password-file or MAILINSPECT_PASSWORD); never over plain text unless --allow-plaintext-auth is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (ending at LF or CRLF). A user name or password with CR, LF or NUL is refused before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending the password without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE (&quot;-&quot;: standard output). A regular file is replaced whole; a FIFO, device or /dev/fd/N is written to as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect every A/AAAA address of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also test the server for STARTTLS command injection (sends one extra pipelined command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target given (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one target given (%1 words outside the options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (use smtp, submission, imap, pop3, sieve or lmtp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown security mode &quot;%1&quot; (use auto, starttls, tls or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (use 1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no implicit-TLS port; give one with --port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-address needs an IP address, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read CA file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificates in CA file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid timeout &quot;%1&quot; (seconds, more than 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid deadline &quot;%1&quot; (seconds, more than 0, at most 86400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name (&quot;-&quot; for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 does not match the output file name: .%2 means %3 (drop --format or rename the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read password file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a password: --password-file FILE or MAILINSPECT_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file needs --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no PDF support (built without Qt GUI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF is not for a terminal; give --output FILE.pdf or pipe it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the report to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: by the --output file&apos;s extension (%2), else text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved JSON report FILE (written with -f json) in the format asked for, instead of inspecting: no TARGET, nothing is connected to; the exit status follows the report&apos;s findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host, host:port, or a URL: smtp:// smtps:// submission:// imap:// imaps:// pop3:// pop3s:// sieve:// lmtp:// (none with --input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input shows a saved report: give no TARGET with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for an inspection; --input shows a saved report as it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input needs the file name of a saved JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the DNS server ADDR[:PORT] for every name instead of the system&apos;s resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and test the settings for ADDRESS (an email address or a domain): autoconfig, ISPDB, MX, SRV, Autodiscover and guesses, each inspected. A TARGET, --protocol, --port or --security given too are what the customer has now, compared with what works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ISPDB lives (default https://autoconfig.thunderbird.net/v1.1/); the domain is appended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ispdb-url is for --find-settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--find-settings needs an email address or a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for an inspection, not for --find-settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--find-settings writes text or json, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The server name %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be found in DNS, so there is no address to connect to. Either the name is misspelled, or the provider has no server under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name letter by letter against the provider&apos;s instructions. Mail servers usually have names like mail.example.com or imap.example.com, not just example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on port %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %2 (%3) exists, but it refused the connection on port %1 at once: no mail service listens on that port, or a firewall actively rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port number against the provider&apos;s instructions. Usual ports for this service: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %2 on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection attempt to %2 (%3) on port %1 got no answer at all. Usually a firewall silently drops it: on the customer&apos;s network, at their internet provider (many block port 25 for home connections), or in front of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again from another network, for example a phone&apos;s hotspot. If it works there, the local network or internet provider blocks the port: ask them to open it, or use another port the mail provider offers (usual ports: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %2 (%3) on port %1 could not be made: %4. The network between this computer and the server has no way through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection and try from another network. If only this server is affected, its provider may have a network problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the connection but said nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted, but the server did not send its greeting within %2 seconds. A mail server always speaks first, so the service is stuck or overloaded, or something in between holds the connection open without passing anything on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, the server&apos;s administrator should check the mail service on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted, but the server did not send a greeting within %2 seconds. Port %1 normally uses SSL/TLS, where the mail app must start encryption before the server says anything; a check with SSL/TLS did not succeed either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set security to SSL/TLS for this port. If that fails too, the server&apos;s administrator should check the mail service on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted and then closed before the server said anything. Servers do this when they turn a client away outright (a block list, a limit on connections), or when the service behind the port is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later and from another network. If it persists, the server&apos;s administrator should look for this connection in the mail server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %2 uses SSL/TLS, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security is set to %1, but the server on port %2 expects encryption from the very first byte (SSL/TLS): it waits silently for the mail app to start encryption instead of sending a greeting. A second attempt with SSL/TLS on the same port worked (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port uses SSL/TLS. Set security to SSL/TLS, or use port %4 with STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port uses SSL/TLS. Set security to SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %2 uses STARTTLS, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security is set to %1, but the server on port %2 starts in plain text and expects the mail app to switch to encryption with STARTTLS. The encryption attempt got a plain-text greeting back instead. A second attempt with STARTTLS on the same port worked (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port uses STARTTLS. Set security to STARTTLS, or use port %4 with SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port uses STARTTLS. Set security to STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server turned the connection away: “%1”. It does not accept mail connections from this address right now. Typical reasons are maintenance, overload, too many connections, or this address being on a block list; the server&apos;s words usually say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it persists, give the server&apos;s message above to the mail provider; if it mentions a block list, the customer&apos;s internet address must be removed from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took %1 seconds to greet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the connection but only sent its greeting after %1 seconds. Mail apps with a short timeout give up before that and report that the server does not answer. A slow greeting usually means the server looks up the caller&apos;s address (reverse DNS, reputation lists) and those lookups are slow, or it delays unknown clients on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the server&apos;s DNS resolver and its reverse-DNS and reputation lookups. Meanwhile, raise the mail app&apos;s server timeout if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took %1 seconds to finish its greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the first line of its greeting after %2 seconds, then waited until %1 seconds before the last line. This is a deliberate test of the client (Postfix postscreen does it): a program that speaks before the greeting is complete is rejected. Mail apps that wait correctly get through, but the pause counts against their timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually nothing to change for the user. If mail apps time out, the server&apos;s administrator can shorten the pause (postscreen_greet_wait) or exempt the networks that mail apps connect from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall is rewriting the mail session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s greeting arrived as a row of asterisks (“%1”). A firewall with mail inspection does this (for example Cisco ASA/PIX “inspect esmtp”): it sits between the mail app and the server, hides the server&apos;s name, rewrites commands, and often removes encryption as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator of the firewall in front of the server (or of the customer&apos;s network) to turn off ESMTP inspection for this traffic, or at least to stop masking the banner and to allow TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listed what it supports, and %1 was not among it. Without %1 this connection cannot be encrypted: passwords and mail would travel in plain text, and mail apps set to STARTTLS stop here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %2 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable TLS for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listed what it supports, and %1 was not among it. Without %1 this connection cannot be encrypted: passwords and data would travel in plain text, and clients set to STARTTLS stop here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable STARTTLS for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the modern greeting command (EHLO) and only accepted the old one (HELO). The old form has no extensions at all, so STARTTLS is not available and the connection cannot be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %1 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable EHLO and TLS (or remove whatever filters EHLO between you and the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not announce %1, and when asked to start encryption anyway it answered “%2”. This connection cannot be encrypted: passwords and mail would travel in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %3 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable TLS for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall removes STARTTLS from the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of extensions shows “%1” where STARTTLS belongs. A firewall with mail inspection (for example Cisco ASA/PIX “inspect esmtp”) overwrites STARTTLS so that client and server never encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but answered the request to start encryption with “%1”. The connection stays unencrypted, so mail apps set to STARTTLS stop here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s TLS settings and its log for this moment. Meanwhile, try SSL/TLS on port %2 if the provider offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot start encryption (local problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but answered “%1”: it cannot start TLS because of a problem on its own side. Most often it cannot read its certificate or private key (missing file, wrong permissions, renewed certificate not matching the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must fix the server&apos;s certificate and key files; the mail server&apos;s log names the file it could not load (Postfix: smtpd_tls_chain_files or smtpd_tls_cert_file/smtpd_tls_key_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer the request to start encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but never answered the request to start encryption. The connection cannot be secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s TLS settings and its log; a filter between client and server may also swallow the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected plain text arrived right after STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the server agreed to start encryption, %1 more bytes of plain text arrived before the encrypted session began (“%2”). A correct server sends nothing at that point. This is how an attacker on the network slips fake replies into the encrypted session; mailinspect threw them away, but some mail apps would not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something between the mail app and the server tampers with the connection, or the server software is faulty. Inspect from another network to tell which, and report it to that network&apos;s or the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake, where client and server agree on encryption, did not complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the server&apos;s TLS settings (certificate, key, enabled TLS versions and ciphers). If other networks work, a firewall may interfere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hung up while starting encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server agreed to start encryption and then closed the connection before the TLS handshake completed. Usually the server cannot load its certificate or private key, or a firewall cuts encrypted traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s log at this moment: it names the certificate or key it could not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the message “%1”. Most often server and client have no TLS version or cipher in common, or the server wants a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should enable current TLS versions (1.2 and 1.3) and ciphers. If the server requires client certificates, the mail app needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only speaks an outdated TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake failed because the server only offers TLS 1.0 or 1.1, which current mail apps refuse (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable TLS 1.2 and TLS 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in plain text instead of TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security is set to SSL/TLS, but the server answered in plain text (%1), so this port starts unencrypted. A follow-up attempt with STARTTLS did not succeed either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port and security setting against the provider&apos;s instructions: plain-text ports are used with STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent plain text instead of starting encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server agreed to STARTTLS but then kept talking in plain text instead of starting the TLS handshake (%1). Either the server is broken or something between you and the server injects text into the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to check the STARTTLS support; if it works from another network, a firewall or proxy on this network is tampering with the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not complete the encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it persists, the server&apos;s administrator should check the TLS settings, and whether a firewall interferes with encrypted traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses an outdated TLS version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was encrypted with %1, which is retired (RFC 8996) because of known weaknesses. Current mail apps refuse it, so users see connection errors after updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable TLS 1.2 and TLS 1.3 (and can then turn off TLS 1.0 and 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only offers outdated TLS versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only speaks TLS 1.0 or 1.1, which are retired (RFC 8996) because of known weaknesses. Current mail apps refuse them, so no modern app can connect securely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate the server presents (%2) was valid until %1. Mail apps warn about an expired certificate or refuse to connect; users should not click such warnings away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must renew the certificate, install it and reload the mail service. With automatic renewal (Let&apos;s Encrypt), check that the renewal also restarts the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the server&apos;s chain expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own certificate is fine, but a certificate it sends along (%2) was valid until %1. Mail apps then reject the whole chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must replace the outdated intermediate certificate with the current one from the certificate authority and reload the mail service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is only valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate the server presents (%2) only becomes valid on %1. Either it was installed too early, or the clock of this computer or of the certificate&apos;s issuer is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date and time on this computer. If they are right, the server&apos;s administrator must install a certificate that is valid now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not match the name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail app connects to %1, but the server&apos;s certificate is made out to %2. A certificate for another name proves nothing about this server, so mail apps warn or refuse to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the provider confirms it is the same server, enter a name the certificate covers (%2) as the server name in the mail app. Otherwise the server&apos;s administrator must install a certificate that includes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate (%1) was signed by the server itself, not by a certificate authority that computers trust. Nobody can tell it apart from an attacker&apos;s certificate, so mail apps warn or refuse to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should install a certificate from a recognised authority (Let&apos;s Encrypt is free). For a private server, the certificate can be trusted on each device deliberately, after checking its fingerprint with the administrator: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not from a trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate (%1) was issued by “%2”, which this computer does not trust (%3). Mail apps warn or refuse to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should use a certificate from a recognised authority (Let&apos;s Encrypt is free) and send the complete chain. If the authority is a company&apos;s own, its root certificate must be installed on each device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must configure the full chain: the server certificate followed by the intermediate certificate (with Let&apos;s Encrypt: fullchain.pem, not cert.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login is offered before encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before encryption starts, the server already offers to log in (“%1”). A mail app that is set up without encryption, or fooled by an attacker who removes STARTTLS, would send the password in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should offer login only after STARTTLS (Postfix: smtpd_tls_auth_only = yes; Dovecot: disable_plaintext_auth = yes). Users should keep security set to STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before encryption starts, the server does not announce LOGINDISABLED, so it accepts a password in plain text (capabilities: “%1”). A mail app that is set up without encryption, or fooled by an attacker who removes STARTTLS, would send the password unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should refuse login before STARTTLS (Dovecot: disable_plaintext_auth = yes). Users should keep security set to STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server logs in without encryption (PREAUTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH (“%1”): the session counts as logged in before anything is encrypted. In that state STARTTLS is not allowed, so the connection can never be secured, and an attacker can use this to keep a mail app from encrypting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must not pre-authenticate connections on this port (PREAUTH is only for local, trusted connections). Use port 993 with SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply does not follow the %1 protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During “%2” the server sent something the %1 protocol does not allow: %3. Mail apps fail or behave unpredictably with such a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the port really belongs to a mail server speaking %1, not to another service. If it does, the server software is faulty or something in between garbles the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply no command asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During “%2” the server sent a reply out of turn: %3. A server speaking %1 answers each command once, in order. A mail app would take such a reply for the answer to its next command and act on the wrong answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether something between the mail app and the server (a proxy, a firewall with mail inspection, a load balancer) adds or replays replies; inspect from another network to tell. Otherwise the server software is faulty and its administrator should fix or update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server broke off the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During “%2” the server closed the connection without an answer. A server speaking %1 answers every command before it hangs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should look for this connection in the mail server&apos;s log; a server under too much load, or a filter in between, can cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During “%2” the server did not answer the command in time. A server speaking %1 answers every command promptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it persists, the server&apos;s administrator should check the mail service; a filter in between can also swallow commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an endless line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During “%1” the server sent more than %2 without ending the line. A mail server never does this; mailinspect stopped reading to protect itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the port really belongs to a mail server. If it does, the server software is faulty or something in between garbles the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply never ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During “%1” the server sent %2 bytes (“%3”) but never ended the line with CR LF, the line end every mail protocol requires, and then sent nothing more. Mail apps wait for the line end until they give up and report that the server does not answer, although it did say something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail service, and anything in front of it (a proxy, load balancer or firewall) that could cut replies short. Also check that the port belongs to a mail server and not to another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hung up in the middle of a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During “%1” the server sent %2 bytes (“%3”) and then closed the connection without ending the line (CR LF). Mail apps throw such an incomplete reply away and report a broken connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should look for this connection in the mail server&apos;s log; a crashing service, or a proxy or firewall that cuts connections, causes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent less data than it announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During “%1” the server announced a block of data of a given size (the number in braces, {…}) and then sent fewer bytes than it announced (%2 bytes in all: “%3”). Mail apps wait for the rest until they give up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail service; a proxy or firewall in between that cuts or rewrites data can also cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole inspection was limited to %1 seconds, and that time ran out during “%2”. The steps after it were not tried, so this report does not show everything about the server. A server this slow also makes mail apps give up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect again with a longer deadline, or none, to see the remaining steps. If the server is this slow every time, its administrator should find out why it answers so slowly (overload, slow DNS lookups, deliberate delays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a temporary refusal: “%1”. This is normal for greylisting, rate limits or anti-spam checks of new clients, and says nothing about encryption. Retrying after a few minutes is expected to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and inspect again. If the refusal persists, give the server&apos;s words to its administrator: this address may be rate-limited or listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is open to STARTTLS command injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailinspect sent the request to start encryption together with a second command in one packet. The server answered that second command inside the encrypted session (“%1”): it carries unencrypted input over into the secure session (CVE-2011-0411). An attacker on the network can use this to inject commands, for example to steal a user&apos;s mail or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must update the mail server software; maintained versions of common servers have fixed this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses of %1 behave differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 addresses, and they do not answer alike: %3. Whether a mail app works depends on which address it happens to reach, which explains problems that come and go. Typical causes: a load balancer with one misconfigured server, or a firewall on one path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator should compare the servers behind these addresses and make them consistent (same TLS settings and certificate). Meanwhile, a misbehaving address can be taken out of DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name (often the full email address) and the password. If two-factor authentication is on, the provider may require an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name (often the full email address) and retype the password. If two-factor authentication is on, the provider may require an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a stronger login method or an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this way of logging in: “%1”. Providers say this when the account needs an app password or a modern sign-in (OAuth) instead of the normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app password in the provider&apos;s account settings and use it in the mail app, or use a mail app that supports the provider&apos;s modern sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only accepts passwords over an encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login because the connection is not encrypted: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set security to STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password login is turned off for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says password login (basic authentication) is disabled: “%1”. Microsoft 365 answers this way when SMTP AUTH is turned off for the mailbox or the whole organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox&apos;s administrator must enable authenticated SMTP for this mailbox, or the mail app must use the provider&apos;s modern sign-in (OAuth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not check the login right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not check the password because of a problem on its side: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it persists, tell the server&apos;s administrator; the password is probably not the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587 with STARTTLS or 465 with SSL/TLS (port 25 is for mail between servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with STARTTLS or %2 with SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered correctly with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of extensions shows “%1” where STARTTLS belongs. A firewall with mail inspection (for example Cisco ASA/PIX “inspect esmtp”) overwrites STARTTLS so that mail app and server never encrypt. Mail apps set to STARTTLS fail; apps set to “encrypt if possible” silently send in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall&apos;s administrator must turn off ESMTP inspection for this traffic or let TLS through (Cisco: no “inspect esmtp”, or “allow-tls” in the ESMTP policy). Until then, SSL/TLS on port %2 usually passes such a firewall untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall&apos;s administrator must turn off ESMTP inspection for this traffic or let TLS through (Cisco: no “inspect esmtp”, or “allow-tls” in the ESMTP policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends only its own certificate (%1), issued by “%2”, but not the intermediate certificate that links it to a trusted authority. Web browsers often hide this because they remember intermediates; mail apps usually fail with “certificate not trusted”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a mail domain, not the name of a mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 exists, but it has no address to connect to: it is the domain of the email address, not the name of a server. Its DNS records name these mail hosts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name instead of the domain, as the provider&apos;s instructions give it (often imap.%1 or mail.%1), or use Find Settings to find and test the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 exists in DNS, but it has no address (no A or AAAA record), so there is nothing to connect to. Usually this is the domain of the email address typed where the mail server&apos;s name belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name as the provider&apos;s instructions give it (for example imap.%1 or mail.%1), or use Find Settings to find and test the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot look up names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2. The name may well be right; the DNS lookup itself did not work, because no DNS server answered, it timed out, or it reported a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the VPN (open a web page), then inspect again. There is no need to change the server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %3 cannot look up names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 at the DNS server %3 failed: %2. The name may well be right; the DNS server did not answer, or it reported a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %3 is the right DNS server and that it can be reached from this network (VPN, firewall), then inspect again. There is no need to change the server name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS server answers at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many replies that do not match the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server refused to answer (REFUSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was truncated and TCP is not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name runs past the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compression pointer is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression pointers loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compression pointer does not point backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label has an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label runs past the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is longer than 255 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is larger than 65535 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is shorter than a DNS header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record&apos;s data runs past the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name exists but has no address (no A or AAAA record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Goodbye</source>
        <translation>Verabschiedung</translation>
    </message>
    <message>
        <source>Transcript limit of %1 KiB reached: later lines are counted, not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not inspected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked up: connecting to %1 as asked; %2 is still the name checked in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2); trying the next address, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alert sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alert received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected from %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection check: sending NOOP in the same packet as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake started (no SNI: the target is an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake started (SNI %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not valid for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is trusted through the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection check: waiting for an answer to the NOOP inside TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not sent: the connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not sent: the server&apos;s certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as the given user with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not sent: the session did not reach a secure state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the NOOP inside TLS: it kept plain text sent before the handshake (CVE-2011-0411)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the pipelined NOOP; not taken for the next reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line grew past %1 bytes without ending; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid %1 reply: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting after %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO refused (%1); trying HELO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capability list was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capabilities listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security is set to None: no upgrade to TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREAUTH: the server logged us in before TLS, so STARTTLS is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELO refused too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HELO works: the server lists no extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STARTTLS without EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the pipelined NOOP before TLS; discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of plain text arrived after the upgrade reply; discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text arrived after the upgrade reply (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection check: no answer to the NOOP inside TLS (good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from DNS within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the connection attempt within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s: the port is probably filtered by a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting never ended: no line end within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No greeting within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the server said nothing for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the goodbye never ended: no line end within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the goodbye within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply never ended: no line end within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line above never ended: the server announced a literal and sent fewer bytes than it announced (%1 bytes in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line above never ended: %1 bytes arrived without a line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more lines not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply no command asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next login command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; arrived before mailinspect sent %2, so it cannot be the answer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered before it was asked: &quot;%1&quot; arrived before %2 was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; arrived after the server had already answered %2; no command was waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More replies than commands: &quot;%1&quot; arrived after the answer to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of %1 s for the whole inspection was reached; stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the deadline of %1 s for the whole inspection was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 on the same port to confirm (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on this port: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not work either: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transcript limit reached: %n more line(s) not kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 KiB of text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection check skipped: not available for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 at the DNS server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail hosts of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionRequest</name>
    <message>
        <source>the user name contains a line break (CR or LF) or a NUL character, which would cut the login command short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password contains a line break (CR or LF) or a NUL character, which would cut the login command short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client name contains a line break (CR or LF) or a NUL character, which would cut the greeting command short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server &quot;%1&quot; is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>SMTP (server to server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP submission (sending mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ManageSieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Verabschiedung</translation>
    </message>
    <message>
        <source>Other security mode</source>
        <translation>Anderer Verschlüsselungsmodus</translation>
    </message>
</context>
<context>
    <name>MailInspect::CertificateModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
</context>
<context>
    <name>MailInspect::CertificatePanel</name>
    <message>
        <source>Trust result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS in this inspection: no certificate to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>The chain leads to a trusted certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The chain could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Name passt</translation>
    </message>
    <message>
        <source>Checked name &quot;%1&quot; is in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name does not match</source>
        <translation>Name passt nicht</translation>
    </message>
    <message>
        <source>Checked name &quot;%1&quot; is not in the certificate; it names: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::ConnectionForm</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.com, host:port or imaps://host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name as the customer typed it. A URL such as imaps://mail.example.com or host:port fills in the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows protocol and security until you type a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve the server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this IP address instead; the server name is still the one sent and checked in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system trust only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with extra certificate authorities to trust (e.g. a company CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>&amp;Verbinden mit:</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 normally means %2 with SSL/TLS. &lt;a href=&quot;%3&quot;&gt;Use that&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server name, for example mail.example.com.</source>
        <translation>Geben Sie den Servernamen ein, zum Beispiel mail.example.com.</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;Connect to&quot; must be an IP address, such as 192.0.2.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protoco&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for the whole inspection in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the whole inspection after this many seconds, however far it got. None: only the time per step applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeo&amp;ut per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verall deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the login fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check that the customer&apos;s user name and password are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the login fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and test the right settings for an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (address, optionally :port) for every name instead of this computer&apos;s resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::FindSettingsDialog</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the right settings for an email address: asks the provider&apos;s configuration, the ISPDB, DNS (MX, SRV), Autodiscover and the usual server names, then proves each suggestion with a live inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer@example.com or example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s email address and press Find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the sources and testing what they suggest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 servers tested (%3 suggestions), %4 questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s settings are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer has → should be:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found nothing that works for %1: %2 servers were suggested, none answered with verified encryption. Every question asked is in the table and the tooltips.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::FindingDelegate</name>
    <message>
        <source>Fix:</source>
        <translation>Lösung:</translation>
    </message>
</context>
<context>
    <name>MailInspect::FindingsModel</name>
    <message>
        <source>%1: %2. %3 Fix: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::LoginFields</name>
    <message>
        <source>User name for a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also log in as this user (often the full email address). The password goes out only inside TLS with a verified certificate, unless you allow a login without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this inspection only: never saved, never in a report, cleared when the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic picks the strongest mechanism the server offers for the password; the report says which and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished">Automatisch</translation>
    </message>
    <message>
        <source>OAuth 2 (access token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2: XOAUTH2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2: OAUTHBEARER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;gin as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow login without &amp;encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the password even where the connection is not encrypted or the certificate did not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network path can read the password: use a test account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the login, ask the server whether this account may send as this address (MAIL FROM, then RSET: no message is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask whether the server accepts this recipient (RCPT TO, then RSET: no message is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;inbox after login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open INBOX read-only: message count, and how full the mailbox is when the server reports its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the number of messages waiting (STAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the user name to log in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::MainWindow</name>
    <message>
        <source>Mail Connection Inspector</source>
        <translation>Mail-Verbindungsprüfer</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Inspect the connection (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the inspection (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>&amp;Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>A few lines for a ticket: target, verdict, findings with fixes, TLS facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Full Report</source>
        <translation>&amp;Ganzen Bericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in Transcript…</source>
        <translation>Im Protokoll &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent Targets</source>
        <translation>&amp;Zuletzt geprüft</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Transcript Lines</source>
        <translation>Protokollzeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mail Connection Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings appear here when an inspection has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;details</source>
        <translation>Schritt&amp;details</translation>
    </message>
    <message>
        <source>Cer&amp;tificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>T&amp;ranscript</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Inspecting… findings appear when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>Inspecting %1… %2</source>
        <translation>Prüfe %1… %2</translation>
    </message>
    <message>
        <source>The inspection was cancelled: no diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: nothing to fix.</source>
        <translation>Keine Probleme gefunden: nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s), %2 transcript line(s), finished in %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice server(s) ready on 127.0.0.1 — see the Practice menu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Practice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Inspect (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finished inspection to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied: paste it into the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full report copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mail Connection Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mail Connection Inspector %1&lt;/h3&gt;&lt;p&gt;Inspects mail connections (SMTP, submission, IMAP, POP3, ManageSieve, LMTP) step by step: the connection, the greeting, STARTTLS or SSL/TLS, the certificate, and what to change when something is wrong.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No separate findings — see the verdict above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a saved JSON report as it was recorded (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved report opens when the inspection has finished or is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened as a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Mail Connection Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved report — %n step(s), %1 transcript line(s); nothing was connected to</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved reports (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and test the right settings for a customer&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::ModeProbe</name>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plain-text greeting within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again to try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake completed (%1) and the server greeted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a plain-text greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no line ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::PracticeServers</name>
    <message>
        <source>There is no practice server &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice script &quot;%1&quot; is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice server &quot;%1&quot; could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::ReportExporter</name>
    <message>
        <source>Unknown file type: name the file with one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::SavedReportBar</name>
    <message>
        <source>Saved report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved report opened from a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown version of mailinspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailinspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version %1: it shows the report as saved, it does not inspect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was connected to; press Inspect to check the server as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::ScenarioCatalog</name>
    <message>
        <source>Healthy mail server (SMTP with STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A well-configured sending server: it offers STARTTLS, presents a valid certificate and offers login only after encryption is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy mailbox server (IMAP with SSL/TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMAP server that speaks TLS from the first byte, as on port 993, with a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy mailbox server (POP3 with STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POP3 server that offers STLS, presents a valid certificate and offers login only after encryption is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS chosen, but the server expects STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user picked SSL/TLS, but this port starts in plain text and upgrades with STARTTLS. The TLS attempt fails at once on the plain greeting; STARTTLS on the same port works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS chosen, but the server expects SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user picked STARTTLS, but this port speaks TLS from the first byte (like 465). The server waits silently for a TLS handshake; SSL/TLS on the same port works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS works, but the server&apos;s certificate expired long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate only becomes valid in 2100 (often a wrong clock on the server or the client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate is issued for other.invalid, not for the name the user typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate is signed by itself, so no mail app trusts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS works, but the server sends only its own certificate, without the intermediate that links it to the trusted root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall removes STARTTLS (Cisco ESMTP inspection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall between client and server rewrites the session: the banner is masked with asterisks, STARTTLS is overwritten with XXXXXXXA, and the STARTTLS command is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends the first line of its greeting, then waits 6 seconds before the last one (like Postfix postscreen or a reverse-DNS lookup timing out). Clients with short timeouts give up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS offered but refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists STARTTLS but refuses it with 454, typically because it cannot read its own certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server logs in before STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP greeting is PREAUTH: the session is logged in at once, in plain text, and STARTTLS is no longer possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server never greets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is accepted, but the server never says anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::StepDetailsView</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Inside TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No capabilities recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Vor TLS</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Nach TLS</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>disappeared</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>Handshake and verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name sent (SNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Name passt</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alerts sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alerts received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step on the timeline to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::TimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time line (0 – %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>MailInspect::TranscriptModel</name>
    <message>
        <source>Inside TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by mailinspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>MailInspect::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server your customer uses, then press Inspect.</source>
        <translation>Geben Sie den Server des Kunden ein und drücken Sie Prüfen.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Mail connection report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test server script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Nach TLS</translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target as connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect address given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: sent by mailinspect, S: sent by the server, * event, [tls] inside TLS; times from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities before TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain (as the server sent it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: certificate chain (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transcript line refers to step %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transcript limit reached: %n more line(s) of the file not kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a mailinspect report (schema &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**warning**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**error**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`C:` sent by mailinspect, `S:` sent by the server, `*` event, `[tls]` inside TLS; times from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more not kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters not kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the inspection was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection was attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not greet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session did not reach TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSECURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), trusted certificate for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text only, the connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailinspect %1, TLS backend %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 port %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[skip]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet, starts in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet, starts in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED 1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: no certificate was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: the chain leads to a trusted certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is NOT in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS was not used: the security mode is &quot;None&quot; (plain text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS was not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- ... and %1 more findings in the full report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1, valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust: %1; name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: sent by mailinspect, S: sent by the server, * event, [tls] inside TLS; times from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reply status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown response code kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a saved report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB: too large for a saved report, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report this program can open. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name lookup outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFinder</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than 256 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: a redirect to %2 (not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HTTP 200, %n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the document has a DTD, which a mail configuration never needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has too many elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is larger than 256 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is not clientConfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no emailProvider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is not Autodiscover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has no Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address or a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server &quot;%1&quot; is not an IP address with an optional port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but not a usable document: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (redirected to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; redirects to the address %1 (not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the MX host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered (target &quot;.&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record (not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host in another domain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: no encryption (a password would travel in plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works: %1, certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name in the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name taken from a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, server %2, port %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: your full email address, unless your provider says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found nothing that works: no source suggested a server that answered with verified encryption. Everything that was asked is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: nothing found that works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing: nothing found that works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 from %2 (%3 trust%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer has: nothing proven to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer has → should be:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 s (slowest probe %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>no server given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme (use smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve or lmtp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot; (use smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve or lmtp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;@&quot; in the server: give the server name only, such as mail.example.com, not a mail address or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;]&quot; after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text in [ ] is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid address (more than one &quot;:&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port (use 1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (use 1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictSummary</name>
    <message>
        <source>Cancelled: the inspection was stopped before it finished</source>
        <translation>Abgebrochen: die Prüfung wurde vor dem Ende gestoppt</translation>
    </message>
    <message>
        <source>What happened until then is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure: %1, trusted certificate for %2</source>
        <translation>Sicher: %1, vertrauenswürdiges Zertifikat für %2</translation>
    </message>
    <message>
        <source>But note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on port %2 with %3, finished in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Not secure: the connection was not encrypted</source>
        <translation>Nicht sicher: die Verbindung war nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Security is set to None: passwords and mail would travel as plain text. Choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure: the certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the inspection did not get through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspects mail connections step by step and says what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in practice servers on 127.0.0.1 and fill the form with the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start inspecting the target in the form right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the practice server SCENARIO (see the Practice menu) and fill the form for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a saved report (.json) to open, or host, host:port or a URL such as imaps://mail.example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
