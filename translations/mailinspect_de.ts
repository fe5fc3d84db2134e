<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Mail connection report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <source>Fix:</source>
        <translation>Lösung:</translation>
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
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
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
        <source>`C:` sent by mailinspect, `S:` sent by the server, `*` event, `[tls]` inside TLS; times from the start.</source>
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
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <source>Certificate chain (as the server sent it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed</source>
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
        <source>(none)</source>
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
        <source>Appendix: certificate chain (PEM)</source>
        <translation type="unfinished"></translation>
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
        <source>no server given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot; (use smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve or lmtp)</source>
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
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (use 1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailInspect::Authenticator</name>
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
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
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
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>&amp;Zeitlimit pro Schritt:</translation>
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
</context>
<context>
    <name>MailInspect::Diagnosis::Words</name>
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
    <name>MailInspect::HtmlWriter</name>
    <message>
        <source>Mail connection report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <source>Fix:</source>
        <translation>Lösung:</translation>
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
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
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
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
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
</context>
<context>
    <name>MailInspect::InspectionPrivate</name>
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
        <source>Goodbye</source>
        <translation>Verabschiedung</translation>
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
        <source>No answer to the connection attempt within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s: the port is probably filtered by a firewall</source>
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
        <source>no answer within %1 s</source>
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
        <source>No answer to the goodbye within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply within %1 s</source>
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
    <name>MailInspect::Reader</name>
    <message>
        <source>&quot;%1&quot; is not a valid time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transcript line refers to step %1, which does not exist</source>
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
    <name>MailInspect::ReportText</name>
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
        <source>running</source>
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
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
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
    <name>MailInspect::TextWriter</name>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-address %1</source>
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
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
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
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed</source>
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
        <source>Alerts</source>
        <translation type="unfinished"></translation>
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
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
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
        <source>Appendix: certificate chain (PEM)</source>
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
</TS>
