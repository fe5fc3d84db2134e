<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCheck</name>
    <message>
        <source>The inbox could not be opened: %1</source>
        <translation>Der Posteingang konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Unreadable answer: %1</source>
        <translation>Unlesbare Antwort: %1</translation>
    </message>
    <message>
        <source>Inbox opened read-only</source>
        <translation>Posteingang schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1 messages in the inbox</source>
        <translation>%1 Nachrichten im Posteingang</translation>
    </message>
    <message>
        <source>No quota: %1</source>
        <translation>Kontingent nicht abrufbar: %1</translation>
    </message>
    <message>
        <source>No quota limit for the inbox</source>
        <translation>Kein Kontingent für den Posteingang festgelegt</translation>
    </message>
    <message>
        <source>%1 % of the quota used (%2: %3 of %4)</source>
        <translation>%1 % des Kontingents belegt (%2: %3 von %4)</translation>
    </message>
    <message>
        <source>Sender %1 refused: %2</source>
        <translation>Absender %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Sender %1 accepted</source>
        <translation>Absender %1 angenommen</translation>
    </message>
    <message>
        <source>Sender accepted with itself as the recipient</source>
        <translation>Absender angenommen, mit sich selbst als Empfänger</translation>
    </message>
    <message>
        <source>Refused with the sender as the recipient: %1</source>
        <translation>Abgelehnt mit dem Absender als Empfänger: %1</translation>
    </message>
    <message>
        <source>Recipient %1 accepted</source>
        <translation>Empfänger %1 angenommen</translation>
    </message>
    <message>
        <source>Recipient %1 refused: %2</source>
        <translation>Empfänger %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Test envelope dropped; no message was sent: %1</source>
        <translation>Testumschlag verworfen; es wurde keine Nachricht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>the server offers no login (no AUTH in EHLO)</source>
        <translation>der Server bietet keine Anmeldung an (kein AUTH in EHLO)</translation>
    </message>
    <message>
        <source>the user name or password contains a line break (CR or LF) or a NUL character</source>
        <translation>der Benutzername oder das Passwort enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the server does not offer %1 (it offers %2)</source>
        <translation>der Server bietet %1 nicht an (er bietet %2 an)</translation>
    </message>
    <message>
        <source>%1 would reveal the secret on this connection</source>
        <translation>%1 würde auf dieser Verbindung die Zugangsdaten preisgeben</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>ausdrücklich gewählt</translation>
    </message>
    <message>
        <source>the strongest the server offers for an access token</source>
        <translation>das stärkste Verfahren, das der Server für ein Zugangstoken anbietet</translation>
    </message>
    <message>
        <source>the strongest the server offers for a password</source>
        <translation>das stärkste Verfahren, das der Server für ein Passwort anbietet</translation>
    </message>
    <message>
        <source>the server disabled LOGIN and offers no AUTHENTICATE mechanism</source>
        <translation>der Server hat LOGIN abgeschaltet und bietet kein AUTHENTICATE-Verfahren an</translation>
    </message>
    <message>
        <source>the server offers no SASL mechanism</source>
        <translation>der Server bietet kein SASL-Verfahren an</translation>
    </message>
    <message>
        <source>every mechanism that fits would reveal the secret on this connection</source>
        <translation>jedes passende Verfahren würde auf dieser Verbindung die Zugangsdaten preisgeben</translation>
    </message>
    <message>
        <source>no mechanism the server offers (%1) works with a password</source>
        <translation>keines der Verfahren, die der Server anbietet (%1), funktioniert mit einem Passwort</translation>
    </message>
    <message>
        <source>no mechanism the server offers (%1) works with an access token</source>
        <translation>keines der Verfahren, die der Server anbietet (%1), funktioniert mit einem Zugangstoken</translation>
    </message>
    <message>
        <source>the server sent a challenge of %1 bytes, more than %2</source>
        <translation>der Server hat eine Challenge mit %1 Bytes gesendet, mehr als %2</translation>
    </message>
    <message>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>die Challenge des Servers ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the server asked for more than the LOGIN command has</source>
        <translation>der Server hat nach mehr gefragt, als der LOGIN-Befehl enthält</translation>
    </message>
    <message>
        <source>the server sent a challenge to a command that takes none</source>
        <translation>der Server hat eine Challenge zu einem Befehl gesendet, der keine erwartet</translation>
    </message>
    <message>
        <source>%1; the server kept asking after the client cancelled</source>
        <translation>%1; der Server hat weiter gefragt, nachdem der Client abgebrochen hatte</translation>
    </message>
    <message>
        <source>the server sent more than %1 challenges</source>
        <translation>der Server hat mehr als %1 Challenges gesendet</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Inspects a mail server connection step by step: DNS, TCP, greeting, capabilities,
STARTTLS or implicit TLS, the certificate, and goodbye.</source>
        <translation>Prüft eine Verbindung zu einem Mailserver Schritt für Schritt: DNS, TCP, Begrüßung, Fähigkeiten,
STARTTLS oder implizites TLS, das Zertifikat und die Verabschiedung.</translation>
    </message>
    <message>
        <source>smtp|submission|imap|pop3|sieve|lmtp</source>
        <translation>smtp|submission|imap|pop3|sieve|lmtp</translation>
    </message>
    <message>
        <source>Port number.</source>
        <translation>Portnummer.</translation>
    </message>
    <message>
        <source>auto|starttls|tls|none (default auto: by port)</source>
        <translation>auto|starttls|tls|none (Standard: auto, nach Port)</translation>
    </message>
    <message>
        <source>Connect to ADDR; TARGET&apos;s host is still the name sent as SNI and checked in the certificate.</source>
        <translation>Mit ADDR verbinden; der Host aus TARGET wird weiterhin als SNI gesendet und im Zertifikat geprüft.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM).</translation>
    </message>
    <message>
        <source>Per-step timeout in seconds (default 10).</source>
        <translation>Zeitlimit je Schritt in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <source>Time for the whole inspection in seconds, the follow-up in the other security mode included; with --all-addresses, for each address (default: none).</source>
        <translation>Zeit für die gesamte Prüfung in Sekunden, einschließlich des Folgeversuchs im anderen Verschlüsselungsmodus; mit --all-addresses für jede Adresse (Standard: keine).</translation>
    </message>
    <message>
        <source>Try to log in as NAME (password from --password-file or MAILINSPECT_PASSWORD); never over plain text unless --allow-plaintext-auth is given.</source>
        <translation>Versuchen, sich als NAME anzumelden (Passwort aus --password-file oder MAILINSPECT_PASSWORD); nie im Klartext, außer --allow-plaintext-auth ist angegeben.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (ending at LF or CRLF). A user name or password with CR, LF or NUL is refused before connecting.</source>
        <translation>Das Passwort aus der ersten Zeile von FILE lesen (endet bei LF oder CRLF). Ein Benutzername oder Passwort mit CR, LF oder NUL wird vor dem Verbinden abgelehnt.</translation>
    </message>
    <message>
        <source>Allow sending the password without TLS.</source>
        <translation>Senden des Passworts ohne TLS erlauben.</translation>
    </message>
    <message>
        <source>Write the report to FILE (&quot;-&quot;: standard output). A regular file is replaced whole; a FIFO, device or /dev/fd/N is written to as it is.</source>
        <translation>Den Bericht in FILE schreiben („-“: Standardausgabe). Eine normale Datei wird vollständig ersetzt; in ein FIFO, ein Gerät oder /dev/fd/N wird direkt geschrieben.</translation>
    </message>
    <message>
        <source>Inspect every A/AAAA address of the host.</source>
        <translation>Jede A/AAAA-Adresse des Hosts prüfen.</translation>
    </message>
    <message>
        <source>Also test the server for STARTTLS command injection (sends one extra pipelined command).</source>
        <translation>Den Server auch auf STARTTLS-Befehlsinjektion testen (sendet einen zusätzlichen Befehl per Pipelining).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>no target given (try --help)</source>
        <translation>kein Ziel angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>more than one target given (%1 words outside the options)</source>
        <translation>mehr als ein Ziel angegeben (%1 Wörter außerhalb der Optionen)</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (use smtp, submission, imap, pop3, sieve or lmtp)</source>
        <translation>unbekanntes Protokoll „%1“ (verwenden Sie smtp, submission, imap, pop3, sieve oder lmtp)</translation>
    </message>
    <message>
        <source>unknown security mode &quot;%1&quot; (use auto, starttls, tls or none)</source>
        <translation>unbekannter Verschlüsselungsmodus „%1“ (verwenden Sie auto, starttls, tls oder none)</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (use 1-65535)</source>
        <translation>ungültiger Port „%1“ (1–65535 verwenden)</translation>
    </message>
    <message>
        <source>%1 has no implicit-TLS port; give one with --port</source>
        <translation>%1 hat keinen Port für implizites TLS; geben Sie einen mit --port an</translation>
    </message>
    <message>
        <source>--connect-address needs an IP address, not &quot;%1&quot;</source>
        <translation>--connect-address braucht eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot read CA file &quot;%1&quot;</source>
        <translation>CA-Datei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no PEM certificates in CA file &quot;%1&quot;</source>
        <translation>keine PEM-Zertifikate in der CA-Datei „%1“</translation>
    </message>
    <message>
        <source>invalid timeout &quot;%1&quot; (seconds, more than 0)</source>
        <translation>ungültiges Zeitlimit „%1“ (Sekunden, mehr als 0)</translation>
    </message>
    <message>
        <source>invalid deadline &quot;%1&quot; (seconds, more than 0, at most 86400)</source>
        <translation>ungültiges Gesamtzeitlimit „%1“ (Sekunden, mehr als 0, höchstens 86400)</translation>
    </message>
    <message>
        <source>--output needs a file name (&quot;-&quot; for standard output)</source>
        <translation>--output braucht einen Dateinamen („-“ für die Standardausgabe)</translation>
    </message>
    <message>
        <source>--format %1 does not match the output file name: .%2 means %3 (drop --format or rename the file)</source>
        <translation>--format %1 passt nicht zum Namen der Ausgabedatei: .%2 bedeutet %3 (--format weglassen oder die Datei umbenennen)</translation>
    </message>
    <message>
        <source>cannot read password file &quot;%1&quot;</source>
        <translation>Passwortdatei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--password-file needs --user</source>
        <translation>--password-file braucht --user</translation>
    </message>
    <message>
        <source>Address %1 of %2: %3</source>
        <translation>Adresse %1 von %2: %3</translation>
    </message>
    <message>
        <source>a PDF is not for a terminal; give --output FILE.pdf or pipe it on</source>
        <translation>ein PDF gehört nicht ins Terminal; geben Sie --output DATEI.pdf an oder leiten Sie die Ausgabe weiter</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write the report to standard output: %1</source>
        <translation>der Bericht kann nicht auf die Standardausgabe geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (default: by the --output file&apos;s extension (%2), else text)</source>
        <translation>%1 (Standard: nach der Endung der --output-Datei (%2), sonst Text)</translation>
    </message>
    <message>
        <source>Show the saved JSON report FILE (written with -f json) in the format asked for, instead of inspecting: no TARGET, nothing is connected to; the exit status follows the report&apos;s findings.</source>
        <translation>Den gespeicherten JSON-Bericht FILE (mit -f json geschrieben) im gewünschten Format anzeigen, statt zu prüfen: kein TARGET, es wird keine Verbindung aufgebaut; der Exit-Status folgt den Befunden des Berichts.</translation>
    </message>
    <message>
        <source>host, host:port, or a URL: smtp:// smtps:// submission:// imap:// imaps:// pop3:// pop3s:// sieve:// lmtp:// (none with --input)</source>
        <translation>Host, Host:Port oder eine URL: smtp:// smtps:// submission:// imap:// imaps:// pop3:// pop3s:// sieve:// lmtp:// (keines bei --input)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>unbekanntes Format „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>--input shows a saved report: give no TARGET with it</source>
        <translation>--input zeigt einen gespeicherten Bericht: Geben Sie dabei kein TARGET an</translation>
    </message>
    <message>
        <source>--%1 is for an inspection; --input shows a saved report as it was recorded</source>
        <translation>--%1 ist für eine Prüfung; --input zeigt einen gespeicherten Bericht so, wie er aufgezeichnet wurde</translation>
    </message>
    <message>
        <source>--input needs the file name of a saved JSON report</source>
        <translation>--input braucht den Dateinamen eines gespeicherten JSON-Berichts</translation>
    </message>
    <message>
        <source>Log in with this mechanism: %1 (any case; default: the strongest the server offers that the credentials allow).</source>
        <translation>Mit diesem Verfahren anmelden: %1 (Groß-/Kleinschreibung egal; Standard: das stärkste Verfahren, das der Server anbietet und die Zugangsdaten erlauben).</translation>
    </message>
    <message>
        <source>Read an OAuth 2 access token for XOAUTH2 or OAUTHBEARER from FILE (trailing line ends removed; also MAILINSPECT_OAUTH_TOKEN).</source>
        <translation>Ein OAuth-2-Zugangstoken für XOAUTH2 oder OAUTHBEARER aus FILE lesen (Zeilenenden am Schluss werden entfernt; auch MAILINSPECT_OAUTH_TOKEN).</translation>
    </message>
    <message>
        <source>unknown login mechanism &quot;%1&quot; (use auto, %2)</source>
        <translation>unbekanntes Anmeldeverfahren „%1“ (verwenden Sie auto, %2)</translation>
    </message>
    <message>
        <source>--auth-mechanism needs --user</source>
        <translation>--auth-mechanism braucht --user</translation>
    </message>
    <message>
        <source>cannot read token file &quot;%1&quot;</source>
        <translation>Token-Datei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>token file &quot;%1&quot; is larger than %2 KiB</source>
        <translation>Token-Datei „%1“ ist größer als %2 KiB</translation>
    </message>
    <message>
        <source>token file &quot;%1&quot; is empty</source>
        <translation>Token-Datei „%1“ ist leer</translation>
    </message>
    <message>
        <source>--user needs a password: --password-file FILE or MAILINSPECT_PASSWORD (or an access token: --oauth-token-file FILE or MAILINSPECT_OAUTH_TOKEN)</source>
        <translation>--user braucht ein Passwort: --password-file FILE oder MAILINSPECT_PASSWORD (oder ein Zugangstoken: --oauth-token-file FILE oder MAILINSPECT_OAUTH_TOKEN)</translation>
    </message>
    <message>
        <source>--auth-mechanism %1 needs an access token: --oauth-token-file FILE or MAILINSPECT_OAUTH_TOKEN</source>
        <translation>--auth-mechanism %1 braucht ein Zugangstoken: --oauth-token-file FILE oder MAILINSPECT_OAUTH_TOKEN</translation>
    </message>
    <message>
        <source>--auth-mechanism %1 needs a password: --password-file FILE or MAILINSPECT_PASSWORD</source>
        <translation>--auth-mechanism %1 braucht ein Passwort: --password-file FILE oder MAILINSPECT_PASSWORD</translation>
    </message>
    <message>
        <source>--oauth-token-file needs --user</source>
        <translation>--oauth-token-file braucht --user</translation>
    </message>
    <message>
        <source>After the login, do not open the inbox (IMAP: EXAMINE and quota; POP3: STAT).</source>
        <translation>Nach der Anmeldung den Posteingang nicht öffnen (IMAP: EXAMINE und Kontingent; POP3: STAT).</translation>
    </message>
    <message>
        <source>SMTP: after the login, ask whether it may send as ADDR (MAIL FROM, then RSET; no message is sent).</source>
        <translation>SMTP: Nach der Anmeldung fragen, ob als ADDR gesendet werden darf (MAIL FROM, dann RSET; es wird keine Nachricht gesendet).</translation>
    </message>
    <message>
        <source>SMTP: with --mail-from, also ask whether the server takes mail for ADDR (RCPT TO).</source>
        <translation>SMTP: Mit --mail-from auch fragen, ob der Server E-Mails für ADDR annimmt (RCPT TO).</translation>
    </message>
    <message>
        <source>--rcpt-to needs --mail-from</source>
        <translation>--rcpt-to braucht --mail-from</translation>
    </message>
    <message>
        <source>--mail-from checks the account after a login: it needs --user</source>
        <translation>--mail-from prüft das Konto nach einer Anmeldung: Es braucht --user</translation>
    </message>
    <message>
        <source>Ask the DNS server ADDR[:PORT] for every name instead of the system&apos;s resolver.</source>
        <translation>Alle Namen beim DNS-Server ADDR[:PORT] statt über den Resolver des Systems auflösen.</translation>
    </message>
    <message>
        <source>Find and test the settings for ADDRESS (an email address or a domain): autoconfig, ISPDB, MX, SRV, Autodiscover and guesses, each inspected. A TARGET, --protocol, --port or --security given too are what the customer has now, compared with what works.</source>
        <translation>Die Einstellungen für ADDRESS (eine E-Mail-Adresse oder eine Domain) finden und testen: Autoconfig, ISPDB, MX, SRV, Autodiscover und Vermutungen, jeweils geprüft. Zusätzlich angegebene TARGET, --protocol, --port oder --security gelten als die aktuellen Einstellungen des Kunden und werden mit dem verglichen, was funktioniert.</translation>
    </message>
    <message>
        <source>Where the ISPDB lives (default https://autoconfig.thunderbird.net/v1.1/); the domain is appended.</source>
        <translation>Adresse der ISPDB (Standard: https://autoconfig.thunderbird.net/v1.1/); die Domain wird angehängt.</translation>
    </message>
    <message>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation>--ispdb-url braucht eine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--ispdb-url is for --find-settings</source>
        <translation>--ispdb-url gilt nur für --find-settings</translation>
    </message>
    <message>
        <source>--find-settings needs an email address or a domain</source>
        <translation>--find-settings braucht eine E-Mail-Adresse oder eine Domain</translation>
    </message>
    <message>
        <source>--%1 is for an inspection, not for --find-settings</source>
        <translation>--%1 ist für eine Prüfung, nicht für --find-settings</translation>
    </message>
    <message>
        <source>--find-settings writes text or json, not %1</source>
        <translation>--find-settings schreibt text oder json, nicht %1</translation>
    </message>
    <message>
        <source>Run the practice scenario SCENARIO (an id such as healthy-smtp-starttls) or a replay script file as a server for any number of connections until interrupted; prints how to connect and which CA file to trust.</source>
        <translation>Das Übungsszenario SCENARIO (eine Kennung wie healthy-smtp-starttls) oder eine Wiedergabe-Skriptdatei als Server für beliebig viele Verbindungen ausführen, bis er unterbrochen wird; zeigt, wie man sich verbindet und welcher CA-Datei zu vertrauen ist.</translation>
    </message>
    <message>
        <source>With --serve: listen on ADDR:PORT (default 127.0.0.1 and a free port; another address than loopback only when given here).</source>
        <translation>Mit --serve: auf ADDR:PORT lauschen (Standard 127.0.0.1 und ein freier Port; eine andere Adresse als Loopback nur, wenn sie hier angegeben ist).</translation>
    </message>
    <message>
        <source>--listen is for --serve</source>
        <translation>--listen gehört zu --serve</translation>
    </message>
    <message>
        <source>--serve needs a practice scenario id or a script file</source>
        <translation>--serve braucht die Kennung eines Übungsszenarios oder eine Skriptdatei</translation>
    </message>
    <message>
        <source>--serve runs a server: give no TARGET with it</source>
        <translation>--serve startet einen Server: Geben Sie kein TARGET dazu an</translation>
    </message>
    <message>
        <source>--listen needs ADDR:PORT with an IP address (127.0.0.1:2525, [::1]:2525; port 0 for a free one)</source>
        <translation>--listen braucht ADDR:PORT mit einer IP-Adresse (127.0.0.1:2525, [::1]:2525; Port 0 für einen freien)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a practice scenario nor a readable script file (scenarios: %2)</source>
        <translation>„%1“ ist weder ein Übungsszenario noch eine lesbare Skriptdatei (Szenarien: %2)</translation>
    </message>
    <message>
        <source>the script does not parse: %1</source>
        <translation>das Skript lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>cannot write the CA file</source>
        <translation>die CA-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; on %2:%3 (Ctrl+C stops it).</source>
        <translation>„%1“ läuft auf %2:%3 (Strg+C beendet es).</translation>
    </message>
    <message>
        <source>Trust this CA file: %1</source>
        <translation>Dieser CA-Datei vertrauen: %1</translation>
    </message>
    <message>
        <source>Server name: %1 (point it at %2)</source>
        <translation>Servername: %1 (auf %2 zeigen lassen)</translation>
    </message>
    <message>
        <source>Try: mailinspect-cli --connect-address %1 --ca-file %2 -P %3 -s %4 %5:%6</source>
        <translation>Zum Beispiel: mailinspect-cli --connect-address %1 --ca-file %2 -P %3 -s %4 %5:%6</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n connection(s).</source>
        <translation>
            <numerusform>Beendet nach %n Verbindung.</numerusform>
            <numerusform>Beendet nach %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect every target in FILE (&quot;-&quot; for standard input): one per line, with optional --protocol, --security or --port of its own; # comments and blank lines are skipped. Writes JSON Lines (-f json) or one text row per target.</source>
        <translation>Jedes Ziel aus FILE prüfen („-“ für die Standardeingabe): eines je Zeile, wahlweise mit eigenem --protocol, --security oder --port; #-Kommentare und Leerzeilen werden übersprungen. Schreibt JSON Lines (-f json) oder eine Textzeile je Ziel.</translation>
    </message>
    <message>
        <source>With --batch: inspect N targets at a time (default 16, at most 256).</source>
        <translation>Mit --batch: N Ziele gleichzeitig prüfen (Standard 16, höchstens 256).</translation>
    </message>
    <message>
        <source>--jobs is for --batch</source>
        <translation>--jobs gehört zu --batch</translation>
    </message>
    <message>
        <source>--batch needs a file name (&quot;-&quot; for standard input)</source>
        <translation>--batch braucht einen Dateinamen („-“ für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--batch reads its targets from the file: give no TARGET with it</source>
        <translation>--batch liest seine Ziele aus der Datei: Geben Sie kein TARGET dazu an</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --batch</source>
        <translation>--%1 lässt sich nicht mit --batch kombinieren</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs braucht eine Zahl von 1 bis 256</translation>
    </message>
    <message>
        <source>--batch writes JSON Lines (-f json) or text</source>
        <translation>--batch schreibt JSON Lines (-f json) oder Text</translation>
    </message>
    <message>
        <source>only --protocol, --security and --port may be given on a line</source>
        <translation>in einer Zeile sind nur --protocol, --security und --port erlaubt</translation>
    </message>
    <message>
        <source>not a target line</source>
        <translation>keine Zielzeile</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read batch file &quot;%1&quot;</source>
        <translation>die Stapeldatei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no PDF writer is installed with this program (mailinspect-pdf)</source>
        <translation>zu diesem Programm ist kein PDF-Schreiber installiert (mailinspect-pdf)</translation>
    </message>
    <message>
        <source>the PDF writer did not finish</source>
        <translation>der PDF-Schreiber ist nicht fertig geworden</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>der PDF-Schreiber ist gescheitert</translation>
    </message>
    <message>
        <source>reads a report in JSON on standard input; takes no arguments</source>
        <translation>liest einen Bericht als JSON von der Standardeingabe; nimmt keine Argumente</translation>
    </message>
    <message>
        <source>the report is too large</source>
        <translation>der Bericht ist zu groß</translation>
    </message>
    <message>
        <source>no PDF could be made</source>
        <translation>es konnte kein PDF erstellt werden</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The server name %1 does not exist</source>
        <translation>Den Servernamen %1 gibt es nicht</translation>
    </message>
    <message>
        <source>The name %1 could not be found in DNS, so there is no address to connect to. Either the name is misspelled, or the provider has no server under that name.</source>
        <translation>Der Name %1 wurde im DNS nicht gefunden, es gibt also keine Adresse, zu der verbunden werden kann. Entweder ist der Name falsch geschrieben, oder der Anbieter hat keinen Server unter diesem Namen.</translation>
    </message>
    <message>
        <source>Check the server name letter by letter against the provider&apos;s instructions. Mail servers usually have names like mail.example.com or imap.example.com, not just example.com.</source>
        <translation>Vergleichen Sie den Servernamen Buchstabe für Buchstabe mit der Anleitung des Anbieters. Mailserver heißen meist z. B. mail.example.com oder imap.example.com, nicht nur example.com.</translation>
    </message>
    <message>
        <source>Nothing answers on port %1 of %2</source>
        <translation>Auf Port %1 von %2 antwortet nichts</translation>
    </message>
    <message>
        <source>Check the port number against the provider&apos;s instructions. Usual ports for this service: %4.</source>
        <translation>Vergleichen Sie die Portnummer mit der Anleitung des Anbieters. Übliche Ports für diesen Dienst: %4.</translation>
    </message>
    <message>
        <source>No answer from %2 on port %1</source>
        <translation>Keine Antwort von %2 auf Port %1</translation>
    </message>
    <message>
        <source>Try again from another network, for example a phone&apos;s hotspot. If it works there, the local network or internet provider blocks the port: ask them to open it, or use another port the mail provider offers (usual ports: %4).</source>
        <translation>Versuchen Sie es aus einem anderen Netzwerk, zum Beispiel über den Hotspot eines Handys. Klappt es dort, sperrt das lokale Netzwerk oder der Internetanbieter den Port: Bitten Sie darum, ihn freizugeben, oder verwenden Sie einen anderen Port, den der Mailanbieter anbietet (übliche Ports: %4).</translation>
    </message>
    <message>
        <source>%2 cannot be reached</source>
        <translation>%2 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection and try from another network. If only this server is affected, its provider may have a network problem.</source>
        <translation>Prüfen Sie die Netzwerkverbindung dieses Computers und versuchen Sie es aus einem anderen Netzwerk. Ist nur dieser Server betroffen, hat vielleicht sein Anbieter ein Netzwerkproblem.</translation>
    </message>
    <message>
        <source>The server accepted the connection but said nothing</source>
        <translation>Der Server hat die Verbindung angenommen, aber nichts gesagt</translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted, but the server did not send its greeting within %2 seconds. A mail server always speaks first, so the service is stuck or overloaded, or something in between holds the connection open without passing anything on.</source>
        <translation>Die Verbindung zu Port %1 wurde angenommen, aber der Server hat seine Begrüßung nicht innerhalb von %2 Sekunden gesendet. Ein Mailserver spricht immer zuerst; der Dienst hängt also oder ist überlastet, oder etwas dazwischen hält die Verbindung offen, ohne etwas weiterzugeben.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, the server&apos;s administrator should check the mail service on that port.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut. Passiert es immer wieder, sollte der Serveradministrator den Maildienst auf diesem Port prüfen.</translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted, but the server did not send a greeting within %2 seconds. Port %1 normally uses SSL/TLS, where the mail app must start encryption before the server says anything; a check with SSL/TLS did not succeed either.</source>
        <translation>Die Verbindung zu Port %1 wurde angenommen, aber der Server hat keine Begrüßung innerhalb von %2 Sekunden gesendet. Port %1 verwendet normalerweise SSL/TLS; dabei muss das Mailprogramm die Verschlüsselung starten, bevor der Server etwas sagt. Ein Versuch mit SSL/TLS war aber auch nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Set security to SSL/TLS for this port. If that fails too, the server&apos;s administrator should check the mail service on port %1.</source>
        <translation>Stellen Sie die Verschlüsselung für diesen Port auf SSL/TLS. Schlägt auch das fehl, sollte der Serveradministrator den Maildienst auf Port %1 prüfen.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting</source>
        <translation>Der Server hat die Verbindung ohne Begrüßung geschlossen</translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted and then closed before the server said anything. Servers do this when they turn a client away outright (a block list, a limit on connections), or when the service behind the port is broken.</source>
        <translation>Die Verbindung zu Port %1 wurde angenommen und dann geschlossen, bevor der Server etwas gesagt hat. Das tun Server, wenn sie einen Client sofort abweisen (Sperrliste, Verbindungslimit) oder wenn der Dienst hinter dem Port defekt ist.</translation>
    </message>
    <message>
        <source>Try again later and from another network. If it persists, the server&apos;s administrator should look for this connection in the mail server&apos;s log.</source>
        <translation>Versuchen Sie es später und aus einem anderen Netzwerk erneut. Bleibt der Fehler, sollte der Serveradministrator diese Verbindung im Log des Mailservers suchen.</translation>
    </message>
    <message>
        <source>Port %2 uses SSL/TLS, not %1</source>
        <translation>Port %2 verwendet SSL/TLS, nicht %1</translation>
    </message>
    <message>
        <source>Security is set to %1, but the server on port %2 expects encryption from the very first byte (SSL/TLS): it waits silently for the mail app to start encryption instead of sending a greeting. A second attempt with SSL/TLS on the same port worked (%3).</source>
        <translation>Die Verschlüsselung ist auf %1 gestellt, aber der Server auf Port %2 erwartet Verschlüsselung ab dem ersten Byte (SSL/TLS): Er wartet still darauf, dass das Mailprogramm die Verschlüsselung startet, statt eine Begrüßung zu senden. Ein zweiter Versuch mit SSL/TLS auf demselben Port hat funktioniert (%3).</translation>
    </message>
    <message>
        <source>This port uses SSL/TLS. Set security to SSL/TLS, or use port %4 with STARTTLS.</source>
        <translation>Dieser Port verwendet SSL/TLS. Stellen Sie die Verschlüsselung auf SSL/TLS oder verwenden Sie Port %4 mit STARTTLS.</translation>
    </message>
    <message>
        <source>This port uses SSL/TLS. Set security to SSL/TLS.</source>
        <translation>Dieser Port verwendet SSL/TLS. Stellen Sie die Verschlüsselung auf SSL/TLS.</translation>
    </message>
    <message>
        <source>Port %2 uses STARTTLS, not %1</source>
        <translation>Port %2 verwendet STARTTLS, nicht %1</translation>
    </message>
    <message>
        <source>Security is set to %1, but the server on port %2 starts in plain text and expects the mail app to switch to encryption with STARTTLS. The encryption attempt got a plain-text greeting back instead. A second attempt with STARTTLS on the same port worked (%3).</source>
        <translation>Die Verschlüsselung ist auf %1 gestellt, aber der Server auf Port %2 beginnt im Klartext und erwartet, dass das Mailprogramm mit STARTTLS auf Verschlüsselung umschaltet. Auf den Verschlüsselungsversuch kam stattdessen eine Begrüßung im Klartext zurück. Ein zweiter Versuch mit STARTTLS auf demselben Port hat funktioniert (%3).</translation>
    </message>
    <message>
        <source>This port uses STARTTLS. Set security to STARTTLS, or use port %4 with SSL/TLS.</source>
        <translation>Dieser Port verwendet STARTTLS. Stellen Sie die Verschlüsselung auf STARTTLS oder verwenden Sie Port %4 mit SSL/TLS.</translation>
    </message>
    <message>
        <source>This port uses STARTTLS. Set security to STARTTLS.</source>
        <translation>Dieser Port verwendet STARTTLS. Stellen Sie die Verschlüsselung auf STARTTLS.</translation>
    </message>
    <message>
        <source>The server refuses service</source>
        <translation>Der Server verweigert den Dienst</translation>
    </message>
    <message>
        <source>The server turned the connection away: “%1”. It does not accept mail connections from this address right now. Typical reasons are maintenance, overload, too many connections, or this address being on a block list; the server&apos;s words usually say which.</source>
        <translation>Der Server hat die Verbindung abgewiesen: „%1“. Er nimmt derzeit keine Mailverbindungen von dieser Adresse an. Typische Gründe sind Wartung, Überlastung, zu viele Verbindungen oder eine Sperrliste, auf der diese Adresse steht; meist sagt die Meldung des Servers, welcher Grund es ist.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, give the server&apos;s message above to the mail provider; if it mentions a block list, the customer&apos;s internet address must be removed from it.</source>
        <translation>Versuchen Sie es später erneut. Bleibt der Fehler, geben Sie die obige Meldung des Servers an den Mailanbieter weiter; erwähnt sie eine Sperrliste, muss die Internetadresse des Kunden dort entfernt werden.</translation>
    </message>
    <message>
        <source>The server took %1 seconds to greet</source>
        <translation>Der Server hat %1 Sekunden für die Begrüßung gebraucht</translation>
    </message>
    <message>
        <source>The server accepted the connection but only sent its greeting after %1 seconds. Mail apps with a short timeout give up before that and report that the server does not answer. A slow greeting usually means the server looks up the caller&apos;s address (reverse DNS, reputation lists) and those lookups are slow, or it delays unknown clients on purpose.</source>
        <translation>Der Server hat die Verbindung angenommen, seine Begrüßung aber erst nach %1 Sekunden gesendet. Mailprogramme mit kurzem Zeitlimit geben vorher auf und melden, dass der Server nicht antwortet. Eine langsame Begrüßung bedeutet meist, dass der Server die Adresse des Anrufers nachschlägt (Reverse-DNS, Reputationslisten) und diese Abfragen langsam sind, oder dass er unbekannte Clients absichtlich verzögert.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the server&apos;s DNS resolver and its reverse-DNS and reputation lookups. Meanwhile, raise the mail app&apos;s server timeout if it has one.</source>
        <translation>Der Serveradministrator sollte den DNS-Resolver des Servers sowie dessen Reverse-DNS- und Reputationsabfragen prüfen. Erhöhen Sie bis dahin das Server-Zeitlimit im Mailprogramm, falls es eines hat.</translation>
    </message>
    <message>
        <source>The server took %1 seconds to finish its greeting</source>
        <translation>Der Server hat %1 Sekunden gebraucht, um seine Begrüßung abzuschließen</translation>
    </message>
    <message>
        <source>The server sent the first line of its greeting after %2 seconds, then waited until %1 seconds before the last line. This is a deliberate test of the client (Postfix postscreen does it): a program that speaks before the greeting is complete is rejected. Mail apps that wait correctly get through, but the pause counts against their timeout.</source>
        <translation>Der Server hat die erste Zeile seiner Begrüßung nach %2 Sekunden gesendet und dann bis %1 Sekunden vor der letzten Zeile gewartet. Das ist ein absichtlicher Test des Clients (Postfix postscreen macht das): Ein Programm, das spricht, bevor die Begrüßung vollständig ist, wird abgewiesen. Mailprogramme, die richtig warten, kommen durch, aber die Pause zählt gegen ihr Zeitlimit.</translation>
    </message>
    <message>
        <source>Usually nothing to change for the user. If mail apps time out, the server&apos;s administrator can shorten the pause (postscreen_greet_wait) or exempt the networks that mail apps connect from.</source>
        <translation>Für den Benutzer gibt es meist nichts zu ändern. Laufen Mailprogramme in ein Zeitlimit, kann der Serveradministrator die Pause verkürzen (postscreen_greet_wait) oder die Netzwerke ausnehmen, aus denen sich Mailprogramme verbinden.</translation>
    </message>
    <message>
        <source>A firewall is rewriting the mail session</source>
        <translation>Eine Firewall schreibt die Mailsitzung um</translation>
    </message>
    <message>
        <source>The server&apos;s greeting arrived as a row of asterisks (“%1”). A firewall with mail inspection does this (for example Cisco ASA/PIX “inspect esmtp”): it sits between the mail app and the server, hides the server&apos;s name, rewrites commands, and often removes encryption as well.</source>
        <translation>Die Begrüßung des Servers kam als Reihe von Sternchen an („%1“). Das macht eine Firewall mit Mail-Inspektion (zum Beispiel Cisco ASA/PIX „inspect esmtp“): Sie sitzt zwischen Mailprogramm und Server, verbirgt den Namen des Servers, schreibt Befehle um und entfernt oft auch die Verschlüsselung.</translation>
    </message>
    <message>
        <source>Ask the administrator of the firewall in front of the server (or of the customer&apos;s network) to turn off ESMTP inspection for this traffic, or at least to stop masking the banner and to allow TLS.</source>
        <translation>Bitten Sie den Administrator der Firewall vor dem Server (oder im Netzwerk des Kunden), die ESMTP-Inspektion für diesen Verkehr abzuschalten oder zumindest das Banner nicht mehr zu maskieren und TLS zuzulassen.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (%1)</source>
        <translation>Der Server bietet keine Verschlüsselung an (%1)</translation>
    </message>
    <message>
        <source>The server listed what it supports, and %1 was not among it. Without %1 this connection cannot be encrypted: passwords and mail would travel in plain text, and mail apps set to STARTTLS stop here.</source>
        <translation>Der Server hat aufgezählt, was er unterstützt, und %1 war nicht dabei. Ohne %1 lässt sich diese Verbindung nicht verschlüsseln: Passwörter und E-Mails würden im Klartext übertragen, und Mailprogramme, die auf STARTTLS eingestellt sind, brechen hier ab.</translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %2 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable TLS for this service.</source>
        <translation>Bietet der Anbieter SSL/TLS an, verwenden Sie Port %2 mit der Verschlüsselung SSL/TLS. Andernfalls muss der Serveradministrator TLS für diesen Dienst aktivieren.</translation>
    </message>
    <message>
        <source>The server listed what it supports, and %1 was not among it. Without %1 this connection cannot be encrypted: passwords and data would travel in plain text, and clients set to STARTTLS stop here.</source>
        <translation>Der Server hat aufgezählt, was er unterstützt, und %1 war nicht dabei. Ohne %1 lässt sich diese Verbindung nicht verschlüsseln: Passwörter und Daten würden im Klartext übertragen, und Clients, die auf STARTTLS eingestellt sind, brechen hier ab.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable STARTTLS for this service.</source>
        <translation>Der Serveradministrator muss STARTTLS für diesen Dienst aktivieren.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS)</source>
        <translation>Der Server bietet keine Verschlüsselung an (STARTTLS)</translation>
    </message>
    <message>
        <source>The server refused the modern greeting command (EHLO) and only accepted the old one (HELO). The old form has no extensions at all, so STARTTLS is not available and the connection cannot be encrypted.</source>
        <translation>Der Server hat den modernen Begrüßungsbefehl (EHLO) abgelehnt und nur den alten (HELO) angenommen. Die alte Form kennt keinerlei Erweiterungen, daher ist STARTTLS nicht verfügbar und die Verbindung kann nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %1 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable EHLO and TLS (or remove whatever filters EHLO between you and the server).</source>
        <translation>Bietet der Anbieter SSL/TLS an, verwenden Sie Port %1 mit der Verschlüsselung SSL/TLS. Andernfalls muss der Serveradministrator EHLO und TLS aktivieren (oder entfernen, was zwischen Ihnen und dem Server EHLO herausfiltert).</translation>
    </message>
    <message>
        <source>The server did not announce %1, and when asked to start encryption anyway it answered “%2”. This connection cannot be encrypted: passwords and mail would travel in plain text.</source>
        <translation>Der Server hat %1 nicht angekündigt und auf die Aufforderung, trotzdem die Verschlüsselung zu starten, mit „%2“ geantwortet. Diese Verbindung lässt sich nicht verschlüsseln: Passwörter und E-Mails würden im Klartext übertragen.</translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %3 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable TLS for this service.</source>
        <translation>Bietet der Anbieter SSL/TLS an, verwenden Sie Port %3 mit der Verschlüsselung SSL/TLS. Andernfalls muss der Serveradministrator TLS für diesen Dienst aktivieren.</translation>
    </message>
    <message>
        <source>A firewall removes STARTTLS from the session</source>
        <translation>Eine Firewall entfernt STARTTLS aus der Sitzung</translation>
    </message>
    <message>
        <source>The server&apos;s list of extensions shows “%1” where STARTTLS belongs. A firewall with mail inspection (for example Cisco ASA/PIX “inspect esmtp”) overwrites STARTTLS so that client and server never encrypt.</source>
        <translation>Die Liste der Erweiterungen des Servers zeigt „%1“ an der Stelle, an der STARTTLS stehen sollte. Eine Firewall mit Mail-Inspektion (zum Beispiel Cisco ASA/PIX „inspect esmtp“) überschreibt STARTTLS, sodass Client und Server nie verschlüsseln.</translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation>Der Server hat den Start der Verschlüsselung abgelehnt</translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but answered the request to start encryption with “%1”. The connection stays unencrypted, so mail apps set to STARTTLS stop here.</source>
        <translation>Der Server hat STARTTLS angekündigt, die Aufforderung zum Start der Verschlüsselung aber mit „%1“ beantwortet. Die Verbindung bleibt unverschlüsselt, daher brechen Mailprogramme, die auf STARTTLS eingestellt sind, hier ab.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s TLS settings and its log for this moment. Meanwhile, try SSL/TLS on port %2 if the provider offers it.</source>
        <translation>Der Serveradministrator sollte die TLS-Einstellungen des Mailservers und dessen Log zu diesem Zeitpunkt prüfen. Versuchen Sie bis dahin SSL/TLS auf Port %2, falls der Anbieter das anbietet.</translation>
    </message>
    <message>
        <source>The server cannot start encryption (local problem)</source>
        <translation>Der Server kann die Verschlüsselung nicht starten (lokales Problem)</translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but answered “%1”: it cannot start TLS because of a problem on its own side. Most often it cannot read its certificate or private key (missing file, wrong permissions, renewed certificate not matching the key).</source>
        <translation>Der Server hat STARTTLS angekündigt, aber „%1“ geantwortet: Er kann TLS wegen eines Problems auf seiner eigenen Seite nicht starten. Meist kann er sein Zertifikat oder seinen privaten Schlüssel nicht lesen (fehlende Datei, falsche Berechtigungen, erneuertes Zertifikat passt nicht zum Schlüssel).</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must fix the server&apos;s certificate and key files; the mail server&apos;s log names the file it could not load (Postfix: smtpd_tls_chain_files or smtpd_tls_cert_file/smtpd_tls_key_file).</source>
        <translation>Der Serveradministrator muss die Zertifikats- und Schlüsseldateien des Servers reparieren; das Log des Mailservers nennt die Datei, die er nicht laden konnte (Postfix: smtpd_tls_chain_files oder smtpd_tls_cert_file/smtpd_tls_key_file).</translation>
    </message>
    <message>
        <source>The server did not answer the request to start encryption</source>
        <translation>Der Server hat auf die Aufforderung zum Start der Verschlüsselung nicht geantwortet</translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but never answered the request to start encryption. The connection cannot be secured.</source>
        <translation>Der Server hat STARTTLS angekündigt, aber nie auf die Aufforderung zum Start der Verschlüsselung geantwortet. Die Verbindung kann nicht abgesichert werden.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s TLS settings and its log; a filter between client and server may also swallow the command.</source>
        <translation>Der Serveradministrator sollte die TLS-Einstellungen des Mailservers und dessen Log prüfen; auch ein Filter zwischen Client und Server kann den Befehl verschlucken.</translation>
    </message>
    <message>
        <source>Unexpected plain text arrived right after STARTTLS</source>
        <translation>Unerwarteter Klartext direkt nach STARTTLS</translation>
    </message>
    <message>
        <source>After the server agreed to start encryption, %1 more bytes of plain text arrived before the encrypted session began (“%2”). A correct server sends nothing at that point. This is how an attacker on the network slips fake replies into the encrypted session; mailinspect threw them away, but some mail apps would not.</source>
        <translation>Nachdem der Server dem Start der Verschlüsselung zugestimmt hatte, kamen noch %1 Bytes Klartext an, bevor die verschlüsselte Sitzung begann („%2“). Ein korrekter Server sendet an dieser Stelle nichts. Auf diese Weise schmuggelt ein Angreifer im Netzwerk gefälschte Antworten in die verschlüsselte Sitzung; mailinspect hat sie verworfen, manche Mailprogramme aber nicht.</translation>
    </message>
    <message>
        <source>Something between the mail app and the server tampers with the connection, or the server software is faulty. Inspect from another network to tell which, and report it to that network&apos;s or the server&apos;s administrator.</source>
        <translation>Etwas zwischen Mailprogramm und Server manipuliert die Verbindung, oder die Serversoftware ist fehlerhaft. Prüfen Sie aus einem anderen Netzwerk, um das zu unterscheiden, und melden Sie es dem Administrator dieses Netzwerks bzw. des Servers.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <translation>Die verschlüsselte Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>The TLS handshake, where client and server agree on encryption, did not complete: %1.</source>
        <translation>Der TLS-Handshake, bei dem sich Client und Server auf die Verschlüsselung einigen, wurde nicht abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the server&apos;s TLS settings (certificate, key, enabled TLS versions and ciphers). If other networks work, a firewall may interfere.</source>
        <translation>Der Serveradministrator sollte die TLS-Einstellungen des Servers prüfen (Zertifikat, Schlüssel, aktivierte TLS-Versionen und Cipher). Funktionieren andere Netzwerke, stört vielleicht eine Firewall.</translation>
    </message>
    <message>
        <source>The server hung up while starting encryption</source>
        <translation>Der Server hat beim Start der Verschlüsselung aufgelegt</translation>
    </message>
    <message>
        <source>The server agreed to start encryption and then closed the connection before the TLS handshake completed. Usually the server cannot load its certificate or private key, or a firewall cuts encrypted traffic.</source>
        <translation>Der Server hat dem Start der Verschlüsselung zugestimmt und dann die Verbindung geschlossen, bevor der TLS-Handshake abgeschlossen war. Meist kann der Server sein Zertifikat oder seinen privaten Schlüssel nicht laden, oder eine Firewall unterbricht verschlüsselten Verkehr.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s log at this moment: it names the certificate or key it could not use.</source>
        <translation>Der Serveradministrator sollte das Log des Mailservers zu diesem Zeitpunkt prüfen: Es nennt das Zertifikat oder den Schlüssel, den der Server nicht verwenden konnte.</translation>
    </message>
    <message>
        <source>The server rejected the encrypted connection</source>
        <translation>Der Server hat die verschlüsselte Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the message “%1”. Most often server and client have no TLS version or cipher in common, or the server wants a client certificate.</source>
        <translation>Der Server hat den TLS-Handshake mit der Meldung „%1“ beendet. Meist haben Server und Client keine gemeinsame TLS-Version oder keinen gemeinsamen Cipher, oder der Server verlangt ein Client-Zertifikat.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should enable current TLS versions (1.2 and 1.3) and ciphers. If the server requires client certificates, the mail app needs one.</source>
        <translation>Der Serveradministrator sollte aktuelle TLS-Versionen (1.2 und 1.3) und Cipher aktivieren. Verlangt der Server Client-Zertifikate, braucht das Mailprogramm eines.</translation>
    </message>
    <message>
        <source>The server only speaks an outdated TLS version</source>
        <translation>Der Server spricht nur eine veraltete TLS-Version</translation>
    </message>
    <message>
        <source>The handshake failed because the server only offers TLS 1.0 or 1.1, which current mail apps refuse (%1).</source>
        <translation>Der Handshake ist fehlgeschlagen, weil der Server nur TLS 1.0 oder 1.1 anbietet, was aktuelle Mailprogramme ablehnen (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable TLS 1.2 and TLS 1.3.</source>
        <translation>Der Serveradministrator muss TLS 1.2 und TLS 1.3 aktivieren.</translation>
    </message>
    <message>
        <source>The server answered in plain text instead of TLS</source>
        <translation>Der Server hat im Klartext statt mit TLS geantwortet</translation>
    </message>
    <message>
        <source>Security is set to SSL/TLS, but the server answered in plain text (%1), so this port starts unencrypted. A follow-up attempt with STARTTLS did not succeed either.</source>
        <translation>Die Verschlüsselung ist auf SSL/TLS gestellt, aber der Server hat im Klartext geantwortet (%1); dieser Port beginnt also unverschlüsselt. Ein Folgeversuch mit STARTTLS war aber auch nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Check the port and security setting against the provider&apos;s instructions: plain-text ports are used with STARTTLS.</source>
        <translation>Vergleichen Sie Port und Verschlüsselung mit der Anleitung des Anbieters: Ports, die im Klartext beginnen, werden mit STARTTLS verwendet.</translation>
    </message>
    <message>
        <source>The server sent plain text instead of starting encryption</source>
        <translation>Der Server hat Klartext gesendet, statt die Verschlüsselung zu starten</translation>
    </message>
    <message>
        <source>The server agreed to STARTTLS but then kept talking in plain text instead of starting the TLS handshake (%1). Either the server is broken or something between you and the server injects text into the session.</source>
        <translation>Der Server hat STARTTLS zugestimmt, dann aber im Klartext weitergesprochen, statt den TLS-Handshake zu beginnen (%1). Entweder ist der Server defekt, oder etwas zwischen Ihnen und dem Server schleust Text in die Sitzung ein.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to check the STARTTLS support; if it works from another network, a firewall or proxy on this network is tampering with the session.</source>
        <translation>Bitten Sie den Serveradministrator, die STARTTLS-Unterstützung zu prüfen; funktioniert es aus einem anderen Netzwerk, manipuliert eine Firewall oder ein Proxy in diesem Netzwerk die Sitzung.</translation>
    </message>
    <message>
        <source>The server did not complete the encrypted connection</source>
        <translation>Der Server hat die verschlüsselte Verbindung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the TLS handshake.</source>
        <translation>Der Server hat mitten im TLS-Handshake aufgehört zu antworten.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, the server&apos;s administrator should check the TLS settings, and whether a firewall interferes with encrypted traffic.</source>
        <translation>Versuchen Sie es später erneut. Bleibt der Fehler, sollte der Serveradministrator die TLS-Einstellungen prüfen und ob eine Firewall verschlüsselten Verkehr stört.</translation>
    </message>
    <message>
        <source>The server uses an outdated TLS version (%1)</source>
        <translation>Der Server verwendet eine veraltete TLS-Version (%1)</translation>
    </message>
    <message>
        <source>The connection was encrypted with %1, which is retired (RFC 8996) because of known weaknesses. Current mail apps refuse it, so users see connection errors after updates.</source>
        <translation>Die Verbindung wurde mit %1 verschlüsselt, das wegen bekannter Schwächen ausgemustert ist (RFC 8996). Aktuelle Mailprogramme lehnen es ab, daher sehen Benutzer nach Updates Verbindungsfehler.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable TLS 1.2 and TLS 1.3 (and can then turn off TLS 1.0 and 1.1).</source>
        <translation>Der Serveradministrator muss TLS 1.2 und TLS 1.3 aktivieren (und kann dann TLS 1.0 und 1.1 abschalten).</translation>
    </message>
    <message>
        <source>The server only offers outdated TLS versions</source>
        <translation>Der Server bietet nur veraltete TLS-Versionen an</translation>
    </message>
    <message>
        <source>The server only speaks TLS 1.0 or 1.1, which are retired (RFC 8996) because of known weaknesses. Current mail apps refuse them, so no modern app can connect securely.</source>
        <translation>Der Server spricht nur TLS 1.0 oder 1.1, die wegen bekannter Schwächen ausgemustert sind (RFC 8996). Aktuelle Mailprogramme lehnen sie ab, daher kann sich kein modernes Programm sicher verbinden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>The certificate the server presents (%2) was valid until %1. Mail apps warn about an expired certificate or refuse to connect; users should not click such warnings away.</source>
        <translation>Das Zertifikat, das der Server vorlegt (%2), war bis %1 gültig. Mailprogramme warnen vor einem abgelaufenen Zertifikat oder verweigern die Verbindung; Benutzer sollten solche Warnungen nicht einfach wegklicken.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must renew the certificate, install it and reload the mail service. With automatic renewal (Let&apos;s Encrypt), check that the renewal also restarts the mail server.</source>
        <translation>Der Serveradministrator muss das Zertifikat erneuern, installieren und den Maildienst neu laden. Bei automatischer Erneuerung (Let&apos;s Encrypt) prüfen, ob die Erneuerung auch den Mailserver neu startet.</translation>
    </message>
    <message>
        <source>A certificate in the server&apos;s chain expired on %1</source>
        <translation>Ein Zertifikat in der Kette des Servers ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>The server&apos;s own certificate is fine, but a certificate it sends along (%2) was valid until %1. Mail apps then reject the whole chain.</source>
        <translation>Das eigene Zertifikat des Servers ist in Ordnung, aber ein mitgeschicktes Zertifikat (%2) war bis %1 gültig. Mailprogramme lehnen dann die ganze Kette ab.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must replace the outdated intermediate certificate with the current one from the certificate authority and reload the mail service.</source>
        <translation>Der Serveradministrator muss das veraltete Zwischenzertifikat durch das aktuelle der Zertifizierungsstelle ersetzen und den Maildienst neu laden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is only valid from %1</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>The certificate the server presents (%2) only becomes valid on %1. Either it was installed too early, or the clock of this computer or of the certificate&apos;s issuer is wrong.</source>
        <translation>Das Zertifikat, das der Server vorlegt (%2), wird erst am %1 gültig. Entweder wurde es zu früh installiert, oder die Uhr dieses Computers oder des Ausstellers des Zertifikats geht falsch.</translation>
    </message>
    <message>
        <source>Check the date and time on this computer. If they are right, the server&apos;s administrator must install a certificate that is valid now.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers. Stimmen sie, muss der Serveradministrator ein Zertifikat installieren, das jetzt gültig ist.</translation>
    </message>
    <message>
        <source>The certificate does not match the name %1</source>
        <translation>Das Zertifikat passt nicht zum Namen %1</translation>
    </message>
    <message>
        <source>The mail app connects to %1, but the server&apos;s certificate is made out to %2. A certificate for another name proves nothing about this server, so mail apps warn or refuse to connect.</source>
        <translation>Das Mailprogramm verbindet sich mit %1, aber das Zertifikat des Servers ist auf %2 ausgestellt. Ein Zertifikat für einen anderen Namen beweist nichts über diesen Server, daher warnen Mailprogramme oder verweigern die Verbindung.</translation>
    </message>
    <message>
        <source>If the provider confirms it is the same server, enter a name the certificate covers (%2) as the server name in the mail app. Otherwise the server&apos;s administrator must install a certificate that includes %1.</source>
        <translation>Bestätigt der Anbieter, dass es derselbe Server ist, tragen Sie im Mailprogramm einen Namen, den das Zertifikat abdeckt (%2), als Servernamen ein. Andernfalls muss der Serveradministrator ein Zertifikat installieren, das %1 enthält.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation>Das Zertifikat des Servers ist selbst signiert</translation>
    </message>
    <message>
        <source>The certificate (%1) was signed by the server itself, not by a certificate authority that computers trust. Nobody can tell it apart from an attacker&apos;s certificate, so mail apps warn or refuse to connect.</source>
        <translation>Das Zertifikat (%1) wurde vom Server selbst signiert, nicht von einer Zertifizierungsstelle, der Computer vertrauen. Niemand kann es vom Zertifikat eines Angreifers unterscheiden, daher warnen Mailprogramme oder verweigern die Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should install a certificate from a recognised authority (Let&apos;s Encrypt is free). For a private server, the certificate can be trusted on each device deliberately, after checking its fingerprint with the administrator: %2.</source>
        <translation>Der Serveradministrator sollte ein Zertifikat einer anerkannten Zertifizierungsstelle installieren (Let&apos;s Encrypt ist kostenlos). Bei einem privaten Server kann das Zertifikat auf jedem Gerät bewusst als vertrauenswürdig eingestuft werden, nachdem sein Fingerabdruck mit dem Administrator abgeglichen wurde: %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not from a trusted authority</source>
        <translation>Das Zertifikat des Servers stammt nicht von einer vertrauenswürdigen Stelle</translation>
    </message>
    <message>
        <source>The certificate (%1) was issued by “%2”, which this computer does not trust (%3). Mail apps warn or refuse to connect.</source>
        <translation>Das Zertifikat (%1) wurde von „%2“ ausgestellt, dem dieser Computer nicht vertraut (%3). Mailprogramme warnen oder verweigern die Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should use a certificate from a recognised authority (Let&apos;s Encrypt is free) and send the complete chain. If the authority is a company&apos;s own, its root certificate must be installed on each device.</source>
        <translation>Der Serveradministrator sollte ein Zertifikat einer anerkannten Zertifizierungsstelle verwenden (Let&apos;s Encrypt ist kostenlos) und die vollständige Kette senden. Ist es die eigene Zertifizierungsstelle einer Firma, muss deren Stammzertifikat auf jedem Gerät installiert werden.</translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificate</source>
        <translation>Der Server sendet sein Zwischenzertifikat nicht mit</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must configure the full chain: the server certificate followed by the intermediate certificate (with Let&apos;s Encrypt: fullchain.pem, not cert.pem).</source>
        <translation>Der Serveradministrator muss die vollständige Kette einrichten: das Serverzertifikat, gefolgt vom Zwischenzertifikat (bei Let&apos;s Encrypt: fullchain.pem, nicht cert.pem).</translation>
    </message>
    <message>
        <source>Login is offered before encryption</source>
        <translation>Die Anmeldung wird vor der Verschlüsselung angeboten</translation>
    </message>
    <message>
        <source>Before encryption starts, the server already offers to log in (“%1”). A mail app that is set up without encryption, or fooled by an attacker who removes STARTTLS, would send the password in plain text.</source>
        <translation>Schon bevor die Verschlüsselung beginnt, bietet der Server die Anmeldung an („%1“). Ein Mailprogramm, das ohne Verschlüsselung eingerichtet ist oder von einem Angreifer getäuscht wird, der STARTTLS entfernt, würde das Passwort im Klartext senden.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should offer login only after STARTTLS (Postfix: smtpd_tls_auth_only = yes; Dovecot: disable_plaintext_auth = yes). Users should keep security set to STARTTLS or SSL/TLS.</source>
        <translation>Der Serveradministrator sollte die Anmeldung erst nach STARTTLS anbieten (Postfix: smtpd_tls_auth_only = yes; Dovecot: disable_plaintext_auth = yes). Benutzer sollten die Verschlüsselung auf STARTTLS oder SSL/TLS lassen.</translation>
    </message>
    <message>
        <source>Before encryption starts, the server does not announce LOGINDISABLED, so it accepts a password in plain text (capabilities: “%1”). A mail app that is set up without encryption, or fooled by an attacker who removes STARTTLS, would send the password unprotected.</source>
        <translation>Bevor die Verschlüsselung beginnt, kündigt der Server kein LOGINDISABLED an, nimmt also ein Passwort im Klartext an (Fähigkeiten: „%1“). Ein Mailprogramm, das ohne Verschlüsselung eingerichtet ist oder von einem Angreifer getäuscht wird, der STARTTLS entfernt, würde das Passwort ungeschützt senden.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should refuse login before STARTTLS (Dovecot: disable_plaintext_auth = yes). Users should keep security set to STARTTLS or SSL/TLS.</source>
        <translation>Der Serveradministrator sollte die Anmeldung vor STARTTLS verweigern (Dovecot: disable_plaintext_auth = yes). Benutzer sollten die Verschlüsselung auf STARTTLS oder SSL/TLS lassen.</translation>
    </message>
    <message>
        <source>The IMAP server logs in without encryption (PREAUTH)</source>
        <translation>Der IMAP-Server meldet die Sitzung ohne Verschlüsselung an (PREAUTH)</translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH (“%1”): the session counts as logged in before anything is encrypted. In that state STARTTLS is not allowed, so the connection can never be secured, and an attacker can use this to keep a mail app from encrypting.</source>
        <translation>Der Server hat mit PREAUTH begrüßt („%1“): Die Sitzung gilt als angemeldet, bevor irgendetwas verschlüsselt ist. In diesem Zustand ist STARTTLS nicht erlaubt, die Verbindung kann also nie abgesichert werden, und ein Angreifer kann so ein Mailprogramm am Verschlüsseln hindern.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must not pre-authenticate connections on this port (PREAUTH is only for local, trusted connections). Use port 993 with SSL/TLS.</source>
        <translation>Der Serveradministrator darf Verbindungen auf diesem Port nicht vorab anmelden (PREAUTH ist nur für lokale, vertrauenswürdige Verbindungen gedacht). Verwenden Sie Port 993 mit SSL/TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not follow the %1 protocol</source>
        <translation>Die Antwort des Servers entspricht nicht dem Protokoll %1</translation>
    </message>
    <message>
        <source>During “%2” the server sent something the %1 protocol does not allow: %3. Mail apps fail or behave unpredictably with such a server.</source>
        <translation>Während „%2“ hat der Server etwas gesendet, das das Protokoll %1 nicht erlaubt: %3. Mailprogramme scheitern an einem solchen Server oder verhalten sich unvorhersehbar.</translation>
    </message>
    <message>
        <source>Check that the port really belongs to a mail server speaking %1, not to another service. If it does, the server software is faulty or something in between garbles the connection.</source>
        <translation>Prüfen Sie, ob der Port wirklich zu einem Mailserver gehört, der %1 spricht, und nicht zu einem anderen Dienst. Falls ja, ist die Serversoftware fehlerhaft oder etwas dazwischen verstümmelt die Verbindung.</translation>
    </message>
    <message>
        <source>The server sent a reply no command asked for</source>
        <translation>Der Server hat eine Antwort gesendet, nach der kein Befehl gefragt hat</translation>
    </message>
    <message>
        <source>During “%2” the server sent a reply out of turn: %3. A server speaking %1 answers each command once, in order. A mail app would take such a reply for the answer to its next command and act on the wrong answer.</source>
        <translation>Während „%2“ hat der Server außer der Reihe geantwortet: %3. Ein Server, der %1 spricht, beantwortet jeden Befehl genau einmal und in der richtigen Reihenfolge. Ein Mailprogramm würde eine solche Antwort für die Antwort auf seinen nächsten Befehl halten und nach der falschen Antwort handeln.</translation>
    </message>
    <message>
        <source>Check whether something between the mail app and the server (a proxy, a firewall with mail inspection, a load balancer) adds or replays replies; inspect from another network to tell. Otherwise the server software is faulty and its administrator should fix or update it.</source>
        <translation>Prüfen Sie, ob etwas zwischen Mailprogramm und Server (ein Proxy, eine Firewall mit Mail-Inspektion, ein Load Balancer) Antworten hinzufügt oder wiederholt; eine Prüfung aus einem anderen Netzwerk zeigt es. Andernfalls ist die Serversoftware fehlerhaft und ihr Administrator sollte sie reparieren oder aktualisieren.</translation>
    </message>
    <message>
        <source>The server broke off the conversation</source>
        <translation>Der Server hat das Gespräch abgebrochen</translation>
    </message>
    <message>
        <source>During “%2” the server closed the connection without an answer. A server speaking %1 answers every command before it hangs up.</source>
        <translation>Während „%2“ hat der Server die Verbindung ohne Antwort geschlossen. Ein Server, der %1 spricht, beantwortet jeden Befehl, bevor er auflegt.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should look for this connection in the mail server&apos;s log; a server under too much load, or a filter in between, can cause this.</source>
        <translation>Der Serveradministrator sollte diese Verbindung im Log des Mailservers suchen; ein überlasteter Server oder ein Filter dazwischen kann das verursachen.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>During “%2” the server did not answer the command in time. A server speaking %1 answers every command promptly.</source>
        <translation>Während „%2“ hat der Server nicht rechtzeitig auf den Befehl geantwortet. Ein Server, der %1 spricht, beantwortet jeden Befehl umgehend.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, the server&apos;s administrator should check the mail service; a filter in between can also swallow commands.</source>
        <translation>Versuchen Sie es später erneut. Bleibt der Fehler, sollte der Serveradministrator den Maildienst prüfen; auch ein Filter dazwischen kann Befehle verschlucken.</translation>
    </message>
    <message>
        <source>The server sent an endless line</source>
        <translation>Der Server hat eine endlose Zeile gesendet</translation>
    </message>
    <message>
        <source>During “%1” the server sent more than %2 without ending the line. A mail server never does this; mailinspect stopped reading to protect itself.</source>
        <translation>Während „%1“ hat der Server mehr als %2 gesendet, ohne die Zeile zu beenden. Das tut ein Mailserver nie; mailinspect hat zum eigenen Schutz aufgehört zu lesen.</translation>
    </message>
    <message>
        <source>Check that the port really belongs to a mail server. If it does, the server software is faulty or something in between garbles the connection.</source>
        <translation>Prüfen Sie, ob der Port wirklich zu einem Mailserver gehört. Falls ja, ist die Serversoftware fehlerhaft oder etwas dazwischen verstümmelt die Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s reply never ended</source>
        <translation>Die Antwort des Servers hat nie geendet</translation>
    </message>
    <message>
        <source>During “%1” the server sent %2 bytes (“%3”) but never ended the line with CR LF, the line end every mail protocol requires, and then sent nothing more. Mail apps wait for the line end until they give up and report that the server does not answer, although it did say something.</source>
        <translation>Während „%1“ hat der Server %2 Bytes gesendet („%3“), die Zeile aber nie mit CR LF beendet, dem Zeilenende, das jedes Mailprotokoll verlangt, und dann nichts mehr gesendet. Mailprogramme warten auf das Zeilenende, bis sie aufgeben und melden, dass der Server nicht antwortet, obwohl er etwas gesagt hat.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail service, and anything in front of it (a proxy, load balancer or firewall) that could cut replies short. Also check that the port belongs to a mail server and not to another service.</source>
        <translation>Der Serveradministrator sollte den Maildienst prüfen und alles davor (Proxy, Load Balancer oder Firewall), was Antworten abschneiden könnte. Prüfen Sie auch, ob der Port zu einem Mailserver gehört und nicht zu einem anderen Dienst.</translation>
    </message>
    <message>
        <source>The server hung up in the middle of a reply</source>
        <translation>Der Server hat mitten in einer Antwort aufgelegt</translation>
    </message>
    <message>
        <source>During “%1” the server sent %2 bytes (“%3”) and then closed the connection without ending the line (CR LF). Mail apps throw such an incomplete reply away and report a broken connection.</source>
        <translation>Während „%1“ hat der Server %2 Bytes gesendet („%3“) und dann die Verbindung geschlossen, ohne die Zeile zu beenden (CR LF). Mailprogramme verwerfen eine solche unvollständige Antwort und melden eine unterbrochene Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should look for this connection in the mail server&apos;s log; a crashing service, or a proxy or firewall that cuts connections, causes this.</source>
        <translation>Der Serveradministrator sollte diese Verbindung im Log des Mailservers suchen; ein abstürzender Dienst oder ein Proxy oder eine Firewall, die Verbindungen kappt, verursacht das.</translation>
    </message>
    <message>
        <source>The server sent less data than it announced</source>
        <translation>Der Server hat weniger Daten gesendet als angekündigt</translation>
    </message>
    <message>
        <source>During “%1” the server announced a block of data of a given size (the number in braces, {…}) and then sent fewer bytes than it announced (%2 bytes in all: “%3”). Mail apps wait for the rest until they give up.</source>
        <translation>Während „%1“ hat der Server einen Datenblock einer bestimmten Größe angekündigt (die Zahl in geschweiften Klammern, {…}) und dann weniger Bytes gesendet als angekündigt (insgesamt %2 Bytes: „%3“). Mailprogramme warten auf den Rest, bis sie aufgeben.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail service; a proxy or firewall in between that cuts or rewrites data can also cause this.</source>
        <translation>Der Serveradministrator sollte den Maildienst prüfen; auch ein Proxy oder eine Firewall dazwischen, die Daten abschneidet oder umschreibt, kann das verursachen.</translation>
    </message>
    <message>
        <source>The inspection ran out of time</source>
        <translation>Die Zeit für die Prüfung ist abgelaufen</translation>
    </message>
    <message>
        <source>The whole inspection was limited to %1 seconds, and that time ran out during “%2”. The steps after it were not tried, so this report does not show everything about the server. A server this slow also makes mail apps give up.</source>
        <translation>Die gesamte Prüfung war auf %1 Sekunden begrenzt, und diese Zeit lief während „%2“ ab. Die Schritte danach wurden nicht versucht, dieser Bericht zeigt also nicht alles über den Server. Ein so langsamer Server bringt auch Mailprogramme zum Aufgeben.</translation>
    </message>
    <message>
        <source>Inspect again with a longer deadline, or none, to see the remaining steps. If the server is this slow every time, its administrator should find out why it answers so slowly (overload, slow DNS lookups, deliberate delays).</source>
        <translation>Prüfen Sie erneut mit einem längeren Gesamtzeitlimit oder ohne, um die übrigen Schritte zu sehen. Ist der Server jedes Mal so langsam, sollte sein Administrator herausfinden, warum er so langsam antwortet (Überlastung, langsame DNS-Abfragen, absichtliche Verzögerungen).</translation>
    </message>
    <message>
        <source>The server asks to try again later</source>
        <translation>Der Server bittet, es später erneut zu versuchen</translation>
    </message>
    <message>
        <source>The server answered with a temporary refusal: “%1”. This is normal for greylisting, rate limits or anti-spam checks of new clients, and says nothing about encryption. Retrying after a few minutes is expected to work.</source>
        <translation>Der Server hat mit einer vorübergehenden Ablehnung geantwortet: „%1“. Das ist normal bei Greylisting, Ratenbegrenzungen oder Anti-Spam-Prüfungen neuer Clients und sagt nichts über die Verschlüsselung. Ein erneuter Versuch nach ein paar Minuten sollte funktionieren.</translation>
    </message>
    <message>
        <source>Wait a few minutes and inspect again. If the refusal persists, give the server&apos;s words to its administrator: this address may be rate-limited or listed.</source>
        <translation>Warten Sie ein paar Minuten und prüfen Sie erneut. Bleibt die Ablehnung bestehen, geben Sie die Meldung des Servers an dessen Administrator weiter: Diese Adresse ist vielleicht ratenbegrenzt oder gelistet.</translation>
    </message>
    <message>
        <source>The server is open to STARTTLS command injection</source>
        <translation>Der Server ist anfällig für STARTTLS-Befehlsinjektion</translation>
    </message>
    <message>
        <source>mailinspect sent the request to start encryption together with a second command in one packet. The server answered that second command inside the encrypted session (“%1”): it carries unencrypted input over into the secure session (CVE-2011-0411). An attacker on the network can use this to inject commands, for example to steal a user&apos;s mail or password.</source>
        <translation>mailinspect hat die Aufforderung zum Start der Verschlüsselung zusammen mit einem zweiten Befehl in einem Paket gesendet. Der Server hat diesen zweiten Befehl innerhalb der verschlüsselten Sitzung beantwortet („%1“): Er übernimmt unverschlüsselte Eingaben in die gesicherte Sitzung (CVE-2011-0411). Ein Angreifer im Netzwerk kann so Befehle einschleusen, zum Beispiel um E-Mails oder das Passwort eines Benutzers zu stehlen.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must update the mail server software; maintained versions of common servers have fixed this.</source>
        <translation>Der Serveradministrator muss die Mailserver-Software aktualisieren; gepflegte Versionen gängiger Server haben das behoben.</translation>
    </message>
    <message>
        <source>The addresses of %1 behave differently</source>
        <translation>Die Adressen von %1 verhalten sich unterschiedlich</translation>
    </message>
    <message>
        <source>%1 has %2 addresses, and they do not answer alike: %3. Whether a mail app works depends on which address it happens to reach, which explains problems that come and go. Typical causes: a load balancer with one misconfigured server, or a firewall on one path.</source>
        <translation>%1 hat %2 Adressen, und sie antworten nicht gleich: %3. Ob ein Mailprogramm funktioniert, hängt davon ab, welche Adresse es zufällig erreicht; das erklärt Probleme, die kommen und gehen. Typische Ursachen: ein Load Balancer mit einem falsch eingerichteten Server oder eine Firewall auf einem Weg.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should compare the servers behind these addresses and make them consistent (same TLS settings and certificate). Meanwhile, a misbehaving address can be taken out of DNS.</source>
        <translation>Der Serveradministrator sollte die Server hinter diesen Adressen vergleichen und angleichen (gleiche TLS-Einstellungen und gleiches Zertifikat). Bis dahin kann eine fehlerhafte Adresse aus dem DNS genommen werden.</translation>
    </message>
    <message>
        <source>The login was refused</source>
        <translation>Die Anmeldung wurde abgelehnt</translation>
    </message>
    <message>
        <source>Check the user name (often the full email address) and the password. If two-factor authentication is on, the provider may require an app password.</source>
        <translation>Prüfen Sie den Benutzernamen (oft die vollständige E-Mail-Adresse) und das Passwort. Ist die Zwei-Faktor-Authentifizierung aktiv, verlangt der Anbieter vielleicht ein App-Passwort.</translation>
    </message>
    <message>
        <source>The user name or password is wrong</source>
        <translation>Benutzername oder Passwort ist falsch</translation>
    </message>
    <message>
        <source>The server wants a stronger login method or an app password</source>
        <translation>Der Server verlangt ein stärkeres Anmeldeverfahren oder ein App-Passwort</translation>
    </message>
    <message>
        <source>The server only accepts passwords over an encrypted connection</source>
        <translation>Der Server nimmt Passwörter nur über eine verschlüsselte Verbindung an</translation>
    </message>
    <message>
        <source>Password login is turned off for this account</source>
        <translation>Die Anmeldung mit Passwort ist für dieses Konto abgeschaltet</translation>
    </message>
    <message>
        <source>The server could not check the login right now</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen</translation>
    </message>
    <message>
        <source>587 with STARTTLS or 465 with SSL/TLS (port 25 is for mail between servers)</source>
        <translation>587 mit STARTTLS oder 465 mit SSL/TLS (Port 25 ist für Mail zwischen Servern)</translation>
    </message>
    <message>
        <source>%1 with STARTTLS</source>
        <translation>%1 mit STARTTLS</translation>
    </message>
    <message>
        <source>%1 with STARTTLS or %2 with SSL/TLS</source>
        <translation>%1 mit STARTTLS oder %2 mit SSL/TLS</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>(Datum unbekannt)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the server answered correctly with %1</source>
        <translation>der Server hat mit %1 korrekt geantwortet</translation>
    </message>
    <message>
        <source>64 KiB</source>
        <translation>64 KiB</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>keinen Namen</translation>
    </message>
    <message>
        <source>%1 gives %2</source>
        <translation>%1 ergibt %2</translation>
    </message>
    <message>
        <source>verdict “%1”</source>
        <translation>Ergebnis „%1“</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS angeboten</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS nicht angeboten</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>certificate %1…</source>
        <translation>Zertifikat %1…</translation>
    </message>
    <message>
        <source>The server&apos;s list of extensions shows “%1” where STARTTLS belongs. A firewall with mail inspection (for example Cisco ASA/PIX “inspect esmtp”) overwrites STARTTLS so that mail app and server never encrypt. Mail apps set to STARTTLS fail; apps set to “encrypt if possible” silently send in plain text.</source>
        <translation>Die Liste der Erweiterungen des Servers zeigt „%1“ an der Stelle, an der STARTTLS stehen sollte. Eine Firewall mit Mail-Inspektion (zum Beispiel Cisco ASA/PIX „inspect esmtp“) überschreibt STARTTLS, sodass Mailprogramm und Server nie verschlüsseln. Mailprogramme, die auf STARTTLS eingestellt sind, scheitern; Programme mit „verschlüsseln, wenn möglich“ senden stillschweigend im Klartext.</translation>
    </message>
    <message>
        <source>The firewall&apos;s administrator must turn off ESMTP inspection for this traffic or let TLS through (Cisco: no “inspect esmtp”, or “allow-tls” in the ESMTP policy). Until then, SSL/TLS on port %2 usually passes such a firewall untouched.</source>
        <translation>Der Administrator der Firewall muss die ESMTP-Inspektion für diesen Verkehr abschalten oder TLS durchlassen (Cisco: kein „inspect esmtp“ oder „allow-tls“ in der ESMTP-Policy). Bis dahin kommt SSL/TLS auf Port %2 meist unverändert durch eine solche Firewall.</translation>
    </message>
    <message>
        <source>The firewall&apos;s administrator must turn off ESMTP inspection for this traffic or let TLS through (Cisco: no “inspect esmtp”, or “allow-tls” in the ESMTP policy).</source>
        <translation>Der Administrator der Firewall muss die ESMTP-Inspektion für diesen Verkehr abschalten oder TLS durchlassen (Cisco: kein „inspect esmtp“ oder „allow-tls“ in der ESMTP-Policy).</translation>
    </message>
    <message>
        <source>The server sends only its own certificate (%1), issued by “%2”, but not the intermediate certificate that links it to a trusted authority. Web browsers often hide this because they remember intermediates; mail apps usually fail with “certificate not trusted”.</source>
        <translation>Der Server sendet nur sein eigenes Zertifikat (%1), ausgestellt von „%2“, aber nicht das Zwischenzertifikat, das es mit einer vertrauenswürdigen Stelle verbindet. Webbrowser verbergen das oft, weil sie sich Zwischenzertifikate merken; Mailprogramme scheitern meist mit „Zertifikat nicht vertrauenswürdig“.</translation>
    </message>
    <message>
        <source>The server %5 exists, but it refused the connection on port %1 at once: no mail service listens on that port, or a firewall actively rejects it.</source>
        <translation>Der Server %5 existiert, hat die Verbindung auf Port %1 aber sofort abgelehnt: Auf diesem Port lauscht kein Maildienst, oder eine Firewall weist die Verbindung aktiv ab.</translation>
    </message>
    <message>
        <source>The connection attempt to %5 on port %1 got no answer at all. Usually a firewall silently drops it: on the customer&apos;s network, at their internet provider (many block port 25 for home connections), or in front of the server.</source>
        <translation>Der Verbindungsversuch zu %5 auf Port %1 blieb völlig unbeantwortet. Meist verwirft eine Firewall ihn stillschweigend: im Netz des Kunden, bei seinem Internetanbieter (viele sperren Port 25 für Privatanschlüsse) oder vor dem Server.</translation>
    </message>
    <message>
        <source>The connection to %5 on port %1 could not be made: %4. The network between this computer and the server has no way through.</source>
        <translation>Die Verbindung zu %5 auf Port %1 kam nicht zustande: %4. Das Netz zwischen diesem Computer und dem Server lässt keinen Weg durch.</translation>
    </message>
    <message>
        <source>The server sent the first line of its greeting at once, then waited until %1 seconds before the last line. This is a deliberate test of the client (Postfix postscreen does it): a program that speaks before the greeting is complete is rejected. Mail apps that wait correctly get through, but the pause counts against their timeout.</source>
        <translation>Der Server hat die erste Zeile seiner Begrüßung sofort gesendet und dann bis %1 Sekunden mit der letzten Zeile gewartet. Das ist ein absichtlicher Test des Clients (Postfix postscreen macht das): Ein Programm, das spricht, bevor die Begrüßung vollständig ist, wird abgewiesen. Mailprogramme, die richtig warten, kommen durch, aber die Pause zählt gegen ihr Zeitlimit.</translation>
    </message>
    <message>
        <source>The server refused the login without saying why. The server said: “%1”.</source>
        <translation>Der Server hat die Anmeldung ohne Angabe von Gründen abgelehnt. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>The server checked the user name and password and did not accept them. The server said: “%1”.</source>
        <translation>Der Server hat Benutzername und Passwort geprüft und nicht akzeptiert. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Check the user name: most providers want the full email address. Then retype the password (caps lock, keyboard layout). If it still fails, reset the password in the provider&apos;s web mail.</source>
        <translation>Prüfen Sie den Benutzernamen: Die meisten Anbieter verlangen die vollständige E-Mail-Adresse. Geben Sie dann das Passwort neu ein (Feststelltaste, Tastaturlayout). Klappt es immer noch nicht, setzen Sie das Passwort im Webmail des Anbieters zurück.</translation>
    </message>
    <message>
        <source>The account needs an app password</source>
        <translation>Das Konto braucht ein App-Passwort</translation>
    </message>
    <message>
        <source>The account has two-step sign-in turned on, so the provider does not accept the normal password from a mail app. The server said: “%1”.</source>
        <translation>Für das Konto ist die Zwei-Faktor-Authentifizierung aktiv, daher nimmt der Anbieter das normale Passwort von einem Mailprogramm nicht an. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Create an app password in the provider&apos;s account security settings and type it into the mail app instead of the normal password, or set the mail app&apos;s authentication to OAuth2.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen des Kontos beim Anbieter ein App-Passwort und geben Sie es im Mailprogramm statt des normalen Passworts ein, oder stellen Sie die Authentifizierung im Mailprogramm auf OAuth2.</translation>
    </message>
    <message>
        <source>The provider wants a sign-in on its web page first</source>
        <translation>Der Anbieter verlangt zuerst eine Anmeldung auf seiner Webseite</translation>
    </message>
    <message>
        <source>The provider blocked this sign-in as unusual and wants the account holder to sign in on its web page first. The server said: “%1”.</source>
        <translation>Der Anbieter hat diese Anmeldung als ungewöhnlich blockiert und verlangt, dass sich der Kontoinhaber zuerst auf seiner Webseite anmeldet. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s web mail from the same computer and confirm the security prompt, then try again. If the account has two-step sign-in, use an app password, or set the mail app&apos;s authentication to OAuth2.</source>
        <translation>Melden Sie sich vom selben Computer aus im Webmail des Anbieters an, bestätigen Sie die Sicherheitsabfrage und versuchen Sie es dann erneut. Ist für das Konto die Zwei-Faktor-Authentifizierung aktiv, verwenden Sie ein App-Passwort oder stellen Sie die Authentifizierung im Mailprogramm auf OAuth2.</translation>
    </message>
    <message>
        <source>The server refused this way of logging in as too weak. Providers say this when the account needs an app password or a modern sign-in (OAuth2). The server said: “%1”.</source>
        <translation>Der Server hat dieses Anmeldeverfahren als zu schwach abgelehnt. Anbieter melden das, wenn das Konto ein App-Passwort oder eine moderne Anmeldung (OAuth2) braucht. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Create an app password in the provider&apos;s account settings, or set the mail app&apos;s authentication to OAuth2 or to an encrypted password method the server offers.</source>
        <translation>Erstellen Sie in den Kontoeinstellungen beim Anbieter ein App-Passwort, oder stellen Sie die Authentifizierung im Mailprogramm auf OAuth2 oder auf ein Verfahren mit verschlüsseltem Passwort, das der Server anbietet.</translation>
    </message>
    <message>
        <source>The provider does not accept passwords for %2 on this account or for the whole organisation (basic authentication is disabled), whatever the password. Microsoft 365 answers this way. The server said: “%1”.</source>
        <translation>Der Anbieter nimmt für %2 bei diesem Konto oder in der ganzen Organisation keine Passwörter an (die Standardauthentifizierung ist deaktiviert), egal welches Passwort. So antwortet Microsoft 365. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>The organisation&apos;s administrator must enable authenticated %2 for this mailbox (Microsoft 365: SMTP AUTH or IMAP/POP in the mailbox&apos;s mail settings), or set the mail app&apos;s authentication to OAuth2.</source>
        <translation>Der Administrator der Organisation muss authentifiziertes %2 für dieses Postfach aktivieren (Microsoft 365: SMTP AUTH bzw. IMAP/POP in den E-Mail-Einstellungen des Postfachs), oder stellen Sie die Authentifizierung im Mailprogramm auf OAuth2.</translation>
    </message>
    <message>
        <source>The server refused the login because the connection is not encrypted. The server said: “%1”.</source>
        <translation>Der Server hat die Anmeldung abgelehnt, weil die Verbindung nicht verschlüsselt ist. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Set the mail app&apos;s security to STARTTLS, or to SSL/TLS on the provider&apos;s SSL/TLS port.</source>
        <translation>Stellen Sie die Verschlüsselung im Mailprogramm auf STARTTLS oder auf SSL/TLS mit dem SSL/TLS-Port des Anbieters.</translation>
    </message>
    <message>
        <source>The server&apos;s login service has a problem of its own and could not check the password; the password is probably not the problem. The server said: “%1”.</source>
        <translation>Der Anmeldedienst des Servers hat ein eigenes Problem und konnte das Passwort nicht prüfen; am Passwort liegt es wahrscheinlich nicht. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it persists, tell the provider or the server&apos;s administrator.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut. Bleibt der Fehler, informieren Sie den Anbieter oder den Serveradministrator.</translation>
    </message>
    <message>
        <source>The server failed while checking the login</source>
        <translation>Beim Prüfen der Anmeldung ist auf dem Server ein Fehler aufgetreten</translation>
    </message>
    <message>
        <source>The server reports a permanent failure of its own while checking the login, not a wrong password. The server said: “%1”.</source>
        <translation>Der Server meldet beim Prüfen der Anmeldung einen dauerhaften eigenen Fehler, kein falsches Passwort. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Tell the provider or the server&apos;s administrator, with this report.</source>
        <translation>Informieren Sie den Anbieter oder den Serveradministrator und geben Sie diesen Bericht mit.</translation>
    </message>
    <message>
        <source>The account cannot log in right now</source>
        <translation>Das Konto kann sich gerade nicht anmelden</translation>
    </message>
    <message>
        <source>The server refused the login because of the account, not the password. The server said: “%1”.</source>
        <translation>Der Server hat die Anmeldung wegen des Kontos abgelehnt, nicht wegen des Passworts. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Contact the provider about this account.</source>
        <translation>Wenden Sie sich wegen dieses Kontos an den Anbieter.</translation>
    </message>
    <message>
        <source>The password or the account has expired</source>
        <translation>Das Passwort oder das Konto ist abgelaufen</translation>
    </message>
    <message>
        <source>The server says the password (or the account) has expired. The server said: “%1”.</source>
        <translation>Laut Server ist das Passwort (oder das Konto) abgelaufen. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Change the password in the provider&apos;s web mail or account page, then type the new one into the mail app.</source>
        <translation>Ändern Sie das Passwort im Webmail oder auf der Kontoseite des Anbieters und geben Sie dann das neue im Mailprogramm ein.</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>The server says the account cannot be used and the administrator must be contacted. The server said: “%1”.</source>
        <translation>Laut Server kann das Konto nicht verwendet werden, und der Administrator muss kontaktiert werden. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Contact the provider or the administrator: the account is locked or disabled on their side.</source>
        <translation>Wenden Sie sich an den Anbieter oder den Administrator: Das Konto ist auf deren Seite gesperrt oder deaktiviert.</translation>
    </message>
    <message>
        <source>The account logs in too often</source>
        <translation>Das Konto meldet sich zu oft an</translation>
    </message>
    <message>
        <source>The server refuses logins that come sooner than it allows after the previous one. The server said: “%1”.</source>
        <translation>Der Server lehnt Anmeldungen ab, die schneller auf die vorherige folgen, als er erlaubt. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Set the mail app to check for new mail less often, and make sure only one device or app polls this account.</source>
        <translation>Stellen Sie das Mailprogramm so ein, dass es seltener nach neuen E-Mails sieht, und sorgen Sie dafür, dass nur ein Gerät oder Programm dieses Konto abruft.</translation>
    </message>
    <message>
        <source>Another session holds the mailbox</source>
        <translation>Eine andere Sitzung belegt das Postfach</translation>
    </message>
    <message>
        <source>The mailbox is locked by another session, usually another mail app or device connected to the same account. The server said: “%1”.</source>
        <translation>Das Postfach ist durch eine andere Sitzung gesperrt, meist durch ein anderes Mailprogramm oder Gerät, das mit demselben Konto verbunden ist. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Close the other mail apps or devices using this account, wait a few minutes, and try again.</source>
        <translation>Schließen Sie die anderen Mailprogramme bzw. trennen Sie die anderen Geräte, die dieses Konto verwenden, warten Sie ein paar Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account has too many connections</source>
        <translation>Das Konto hat zu viele Verbindungen</translation>
    </message>
    <message>
        <source>The server allows only a certain number of connections per account and this one is over it. The server said: “%1”.</source>
        <translation>Der Server erlaubt nur eine bestimmte Anzahl von Verbindungen je Konto, und dieses Konto liegt darüber. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Close other mail apps and devices using this account, or reduce how many connections the mail app opens.</source>
        <translation>Schließen Sie andere Mailprogramme und Geräte, die dieses Konto verwenden, oder verringern Sie die Zahl der Verbindungen, die das Mailprogramm öffnet.</translation>
    </message>
    <message>
        <source>The login may not act for that user</source>
        <translation>Diese Anmeldung darf nicht im Namen dieses Benutzers handeln</translation>
    </message>
    <message>
        <source>The password was accepted, but this login may not use the mailbox it asked for. The server said: “%1”.</source>
        <translation>Das Passwort wurde angenommen, aber diese Anmeldung darf das angefragte Postfach nicht verwenden. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Log in with the mailbox&apos;s own user name, or ask the administrator to grant access.</source>
        <translation>Melden Sie sich mit dem eigenen Benutzernamen des Postfachs an, oder bitten Sie den Administrator, den Zugriff freizugeben.</translation>
    </message>
    <message>
        <source>The server must convert the stored password first</source>
        <translation>Der Server muss das gespeicherte Passwort erst umwandeln</translation>
    </message>
    <message>
        <source>The server needs one login with a plain password over an encrypted connection before it accepts this method. The server said: “%1”.</source>
        <translation>Der Server braucht eine Anmeldung mit normalem Passwort über eine verschlüsselte Verbindung, bevor er dieses Verfahren annimmt. Meldung des Servers: „%1“.</translation>
    </message>
    <message>
        <source>Log in once with the “normal password” method over STARTTLS or SSL/TLS, then the chosen method works.</source>
        <translation>Melden Sie sich einmal mit dem Verfahren „Passwort, normal“ über STARTTLS oder SSL/TLS an; danach funktioniert das gewählte Verfahren.</translation>
    </message>
    <message>
        <source>No login method fits the given credentials</source>
        <translation>Kein Anmeldeverfahren passt zu den angegebenen Zugangsdaten</translation>
    </message>
    <message>
        <source>The server offers these login methods: %1. None of them works with what was given (a password or a token), so no login was tried.</source>
        <translation>Der Server bietet diese Anmeldeverfahren an: %1. Keines davon funktioniert mit dem, was angegeben wurde (ein Passwort oder ein Token), daher wurde keine Anmeldung versucht.</translation>
    </message>
    <message>
        <source>In the mail app, set authentication to a method the server offers: %2. A server that only offers OAuth2 needs a token, not a password.</source>
        <translation>Stellen Sie die Authentifizierung im Mailprogramm auf ein Verfahren, das der Server anbietet: %2. Ein Server, der nur OAuth2 anbietet, braucht ein Token, kein Passwort.</translation>
    </message>
    <message>
        <source>The chosen login method is not offered by the server</source>
        <translation>Der Server bietet das gewählte Anmeldeverfahren nicht an</translation>
    </message>
    <message>
        <source>%1 was chosen, but the server offers only: %2. No login was tried.</source>
        <translation>%1 wurde gewählt, aber der Server bietet nur an: %2. Es wurde keine Anmeldung versucht.</translation>
    </message>
    <message>
        <source>In the mail app, set authentication to a method the server offers: %3.</source>
        <translation>Stellen Sie die Authentifizierung im Mailprogramm auf ein Verfahren, das der Server anbietet: %3.</translation>
    </message>
    <message>
        <source>The server accepts no login here</source>
        <translation>Der Server nimmt hier keine Anmeldung an</translation>
    </message>
    <message>
        <source>The server offers no way to log in on port %2 in this state (no AUTH, or login disabled), so no login was tried.</source>
        <translation>Der Server bietet auf Port %2 in diesem Zustand keine Möglichkeit zur Anmeldung (kein AUTH oder Anmeldung abgeschaltet), daher wurde keine Anmeldung versucht.</translation>
    </message>
    <message>
        <source>Use the port and security the provider gives for mail apps (for %1 sending: 587 with STARTTLS or 465 with SSL/TLS); a server often offers login only after STARTTLS.</source>
        <translation>Verwenden Sie Port und Verschlüsselung, die der Anbieter für Mailprogramme angibt (zum Senden per %1: 587 mit STARTTLS oder 465 mit SSL/TLS); oft bietet ein Server die Anmeldung erst nach STARTTLS an.</translation>
    </message>
    <message>
        <source>The server could not prove it knows the password</source>
        <translation>Der Server konnte nicht beweisen, dass er das Passwort kennt</translation>
    </message>
    <message>
        <source>With %1 the server must prove that it knows the password too. Its proof was wrong: this is not the server the account belongs to, or something in between is pretending to be it.</source>
        <translation>Bei %1 muss auch der Server beweisen, dass er das Passwort kennt. Sein Beweis war falsch: Das ist nicht der Server, zu dem das Konto gehört, oder etwas dazwischen gibt sich als dieser Server aus.</translation>
    </message>
    <message>
        <source>Do not use this server with this password until the server&apos;s administrator has checked it. If the password may have reached a wrong server, change it.</source>
        <translation>Verwenden Sie diesen Server mit diesem Passwort erst wieder, wenn der Serveradministrator ihn geprüft hat. Kann das Passwort an einen falschen Server gelangt sein, ändern Sie es.</translation>
    </message>
    <message>
        <source>The OAuth token was refused</source>
        <translation>Das OAuth-Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the access token (status “%1”, scope it wants: “%2”). Usually the token has expired, was issued for another account, or lacks the mail permission. The server said: “%3”.</source>
        <translation>Der Server hat das Zugangstoken abgelehnt (Status „%1“, verlangter Scope: „%2“). Meist ist das Token abgelaufen, wurde für ein anderes Konto ausgestellt oder hat keine Berechtigung für E-Mail. Meldung des Servers: „%3“.</translation>
    </message>
    <message>
        <source>Sign in again in the mail app to get a new token, with the same account as the user name, and allow mail access when asked.</source>
        <translation>Melden Sie sich im Mailprogramm erneut an, um ein neues Token zu erhalten, und zwar mit demselben Konto wie beim Benutzernamen; erlauben Sie den Zugriff auf E-Mails, wenn danach gefragt wird.</translation>
    </message>
    <message>
        <source>The OAuth token is expired or not valid</source>
        <translation>Das OAuth-Token ist abgelaufen oder ungültig</translation>
    </message>
    <message>
        <source>The server says the access token is not valid (“%1”): it has expired, was revoked, or belongs to another account than the user name. The server said: “%3”.</source>
        <translation>Laut Server ist das Zugangstoken ungültig („%1“): Es ist abgelaufen, wurde widerrufen oder gehört zu einem anderen Konto als dem des Benutzernamens. Meldung des Servers: „%3“.</translation>
    </message>
    <message>
        <source>Sign in again in the mail app to get a fresh token, using the same account as the user name.</source>
        <translation>Melden Sie sich im Mailprogramm erneut an, um ein neues Token zu erhalten, und zwar mit demselben Konto wie beim Benutzernamen.</translation>
    </message>
    <message>
        <source>The OAuth token lacks the mail permission</source>
        <translation>Dem OAuth-Token fehlt die Berechtigung für E-Mail</translation>
    </message>
    <message>
        <source>The token is valid, but it was not granted access to mail (the server wants the scope “%2”). The server said: “%3”.</source>
        <translation>Das Token ist gültig, hat aber keinen Zugriff auf E-Mails erhalten (der Server verlangt den Scope „%2“). Meldung des Servers: „%3“.</translation>
    </message>
    <message>
        <source>Sign in again and allow mail access when the provider asks; an administrator may have to approve the mail app for the organisation.</source>
        <translation>Melden Sie sich erneut an und erlauben Sie den Zugriff auf E-Mails, wenn der Anbieter danach fragt; eventuell muss ein Administrator das Mailprogramm für die Organisation freigeben.</translation>
    </message>
    <message>
        <source>The mailbox is nearly full</source>
        <translation>Das Postfach ist fast voll</translation>
    </message>
    <message>
        <source>The mailbox uses %1 % of its quota (%2). When it is full, new mail is refused and senders get it back.</source>
        <translation>Das Postfach belegt %1 % seines Kontingents (%2). Ist es voll, werden neue E-Mails abgelehnt und gehen an die Absender zurück.</translation>
    </message>
    <message>
        <source>Delete or archive old mail (empty the trash and large attachments), or ask the provider for more space.</source>
        <translation>Löschen oder archivieren Sie alte E-Mails (Papierkorb leeren, große Anhänge entfernen), oder bitten Sie den Anbieter um mehr Speicherplatz.</translation>
    </message>
    <message>
        <source>The mailbox is full</source>
        <translation>Das Postfach ist voll</translation>
    </message>
    <message>
        <source>The mailbox uses %1 % of its quota (%2). New mail is refused and senders get it back; sending may fail too when sent mail is saved.</source>
        <translation>Das Postfach belegt %1 % seines Kontingents (%2). Neue E-Mails werden abgelehnt und gehen an die Absender zurück; auch das Senden kann scheitern, wenn gesendete E-Mails gespeichert werden.</translation>
    </message>
    <message>
        <source>Delete or archive mail now (empty the trash and large attachments), or ask the provider for more space.</source>
        <translation>Löschen oder archivieren Sie jetzt E-Mails (Papierkorb leeren, große Anhänge entfernen), oder bitten Sie den Anbieter um mehr Speicherplatz.</translation>
    </message>
    <message>
        <source>The inbox could not be checked</source>
        <translation>Der Posteingang konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The login worked, but looking at the inbox did not: %1.</source>
        <translation>Die Anmeldung hat funktioniert, der Blick in den Posteingang aber nicht: %1.</translation>
    </message>
    <message>
        <source>If the mail app shows no mail or errors when opening the inbox, give this report to the provider.</source>
        <translation>Zeigt das Mailprogramm beim Öffnen des Posteingangs keine E-Mails oder Fehler an, geben Sie diesen Bericht an den Anbieter weiter.</translation>
    </message>
    <message>
        <source>This account may not send as %1</source>
        <translation>Dieses Konto darf nicht als %1 senden</translation>
    </message>
    <message>
        <source>The login worked, but the server refuses mail from %1 for this login: the address is not one the account owns. The server said: “%2”.</source>
        <translation>Die Anmeldung hat funktioniert, aber der Server lehnt für diese Anmeldung E-Mails von %1 ab: Die Adresse gehört nicht zu diesem Konto. Meldung des Servers: „%2“.</translation>
    </message>
    <message>
        <source>In the mail app, use the account&apos;s own address as the sender, or ask the administrator to allow this login to send as %1 (Microsoft 365: Send As permission).</source>
        <translation>Verwenden Sie im Mailprogramm die eigene Adresse des Kontos als Absender, oder bitten Sie den Administrator, dieser Anmeldung das Senden als %1 zu erlauben (Microsoft 365: Berechtigung „Senden als“).</translation>
    </message>
    <message>
        <source>The server refuses the sender %1</source>
        <translation>Der Server lehnt den Absender %1 ab</translation>
    </message>
    <message>
        <source>The login worked, but the server refused mail from %1. The server said: “%2”.</source>
        <translation>Die Anmeldung hat funktioniert, aber der Server hat E-Mails von %1 abgelehnt. Meldung des Servers: „%2“.</translation>
    </message>
    <message>
        <source>Check the sender address in the mail app; use the account&apos;s own address.</source>
        <translation>Prüfen Sie die Absenderadresse im Mailprogramm; verwenden Sie die eigene Adresse des Kontos.</translation>
    </message>
    <message>
        <source>The server refuses the recipient %1</source>
        <translation>Der Server lehnt den Empfänger %1 ab</translation>
    </message>
    <message>
        <source>The login worked and the sender was accepted, but the server refused the recipient %1. The server said: “%2”.</source>
        <translation>Die Anmeldung hat funktioniert und der Absender wurde angenommen, aber der Server hat den Empfänger %1 abgelehnt. Meldung des Servers: „%2“.</translation>
    </message>
    <message>
        <source>Check the recipient address for typing mistakes. If it is right, the server&apos;s words say why it refuses (unknown user, relay not allowed, a full mailbox).</source>
        <translation>Prüfen Sie die Empfängeradresse auf Tippfehler. Stimmt sie, sagt die Meldung des Servers, warum er ablehnt (unbekannter Benutzer, Relaying nicht erlaubt, volles Postfach).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Encrypted password (%1)</source>
        <translation>Verschlüsseltes Passwort (%1)</translation>
    </message>
    <message>
        <source>OAuth2 (%1)</source>
        <translation>OAuth2 (%1)</translation>
    </message>
    <message>
        <source>Normal password (%1)</source>
        <translation>Passwort, normal (%1)</translation>
    </message>
    <message>
        <source>Kerberos / GSSAPI (%1)</source>
        <translation>Kerberos / GSSAPI (%1)</translation>
    </message>
    <message>
        <source>NTLM (%1)</source>
        <translation>NTLM (%1)</translation>
    </message>
    <message>
        <source>%1 MiB of %2 MiB</source>
        <translation>%1 MiB von %2 MiB</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is a mail domain, not the name of a mail server</source>
        <translation>%1 ist eine Maildomain, nicht der Name eines Mailservers</translation>
    </message>
    <message>
        <source>The name %1 exists, but it has no address to connect to: it is the domain of the email address, not the name of a server. Its DNS records name these mail hosts: %2.</source>
        <translation>Den Namen %1 gibt es, aber er hat keine Adresse, zu der verbunden werden kann: Er ist die Domain der E-Mail-Adresse, nicht der Name eines Servers. Seine DNS-Einträge nennen diese Mailserver: %2.</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name instead of the domain, as the provider&apos;s instructions give it (often imap.%1 or mail.%1), or use Find Settings to find and test the right one.</source>
        <translation>Geben Sie statt der Domain den Namen des Mailservers ein, wie ihn die Anleitung des Anbieters nennt (oft imap.%1 oder mail.%1), oder verwenden Sie „Einstellungen finden“, um den richtigen zu finden und zu testen.</translation>
    </message>
    <message>
        <source>%1 exists but has no address</source>
        <translation>%1 existiert, hat aber keine Adresse</translation>
    </message>
    <message>
        <source>The name %1 exists in DNS, but it has no address (no A or AAAA record), so there is nothing to connect to. Usually this is the domain of the email address typed where the mail server&apos;s name belongs.</source>
        <translation>Den Namen %1 gibt es im DNS, aber er hat keine Adresse (keinen A- oder AAAA-Eintrag), es gibt also nichts, zu dem verbunden werden kann. Meist ist das die Domain der E-Mail-Adresse, eingegeben an der Stelle, an die der Name des Mailservers gehört.</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name as the provider&apos;s instructions give it (for example imap.%1 or mail.%1), or use Find Settings to find and test the right one.</source>
        <translation>Geben Sie den Namen des Mailservers ein, wie ihn die Anleitung des Anbieters nennt (zum Beispiel imap.%1 oder mail.%1), oder verwenden Sie „Einstellungen finden“, um den richtigen zu finden und zu testen.</translation>
    </message>
    <message>
        <source>This computer cannot look up names</source>
        <translation>Dieser Computer kann keine Namen auflösen</translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2. The name may well be right; the DNS lookup itself did not work, because no DNS server answered, it timed out, or it reported a failure.</source>
        <translation>Die Auflösung von %1 ist fehlgeschlagen: %2. Der Name kann durchaus richtig sein; die DNS-Abfrage selbst hat nicht funktioniert, weil kein DNS-Server geantwortet hat, die Zeit abgelaufen ist oder ein Fehler gemeldet wurde.</translation>
    </message>
    <message>
        <source>Check the network connection and the VPN (open a web page), then inspect again. There is no need to change the server name.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und das VPN (öffnen Sie eine Webseite) und prüfen Sie dann erneut. Der Servername muss nicht geändert werden.</translation>
    </message>
    <message>
        <source>The DNS server %3 cannot look up names</source>
        <translation>Der DNS-Server %3 kann keine Namen auflösen</translation>
    </message>
    <message>
        <source>Looking up %1 at the DNS server %3 failed: %2. The name may well be right; the DNS server did not answer, or it reported a failure.</source>
        <translation>Die Auflösung von %1 beim DNS-Server %3 ist fehlgeschlagen: %2. Der Name kann durchaus richtig sein; der DNS-Server hat nicht geantwortet oder einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Check that %3 is the right DNS server and that it can be reached from this network (VPN, firewall), then inspect again. There is no need to change the server name.</source>
        <translation>Prüfen Sie, ob %3 der richtige DNS-Server ist und ob er aus diesem Netzwerk erreichbar ist (VPN, Firewall), und prüfen Sie dann erneut. Der Servername muss nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>kein gültiger DNS-Name</translation>
    </message>
    <message>
        <source>no DNS server answers at %1</source>
        <translation>unter %1 antwortet kein DNS-Server</translation>
    </message>
    <message>
        <source>too many replies that do not match the question</source>
        <translation>zu viele Antworten, die nicht zur Anfrage passen</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>den Namen gibt es nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>der DNS-Server konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused to answer (REFUSED)</source>
        <translation>der DNS-Server hat die Antwort verweigert (REFUSED)</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>der DNS-Server hat mit Fehlercode %1 geantwortet</translation>
    </message>
    <message>
        <source>the reply was truncated and TCP is not tried</source>
        <translation>die Antwort wurde gekürzt, und TCP wird nicht versucht</translation>
    </message>
    <message>
        <source>a name runs past the end of the message</source>
        <translation>ein Name reicht über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>a compression pointer is cut short</source>
        <translation>ein Kompressionszeiger ist abgeschnitten</translation>
    </message>
    <message>
        <source>compression pointers loop</source>
        <translation>Kompressionszeiger bilden eine Schleife</translation>
    </message>
    <message>
        <source>a compression pointer does not point backwards</source>
        <translation>ein Kompressionszeiger zeigt nicht rückwärts</translation>
    </message>
    <message>
        <source>a label has an unknown type</source>
        <translation>ein Label hat einen unbekannten Typ</translation>
    </message>
    <message>
        <source>a label runs past the end of the message</source>
        <translation>ein Label reicht über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>a name is longer than 255 octets</source>
        <translation>ein Name ist länger als 255 Oktette</translation>
    </message>
    <message>
        <source>the message is larger than 65535 octets</source>
        <translation>die Nachricht ist größer als 65535 Oktette</translation>
    </message>
    <message>
        <source>the message is shorter than a DNS header</source>
        <translation>die Nachricht ist kürzer als ein DNS-Header</translation>
    </message>
    <message>
        <source>a question is cut short</source>
        <translation>eine Anfrage ist abgeschnitten</translation>
    </message>
    <message>
        <source>a record is cut short</source>
        <translation>ein Eintrag ist abgeschnitten</translation>
    </message>
    <message>
        <source>a record&apos;s data runs past the end of the message</source>
        <translation>die Daten eines Eintrags reichen über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>den Namen gibt es nicht</translation>
    </message>
    <message>
        <source>the name exists but has no address (no A or AAAA record)</source>
        <translation>den Namen gibt es, aber er hat keine Adresse (kein A- oder AAAA-Eintrag)</translation>
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
        <translation>Grenze von %1 KiB für den Mitschnitt erreicht: weitere Zeilen werden gezählt, nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Not inspected: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>Not looked up: connecting to %1 as asked; %2 is still the name checked in the certificate</source>
        <translation>Nicht aufgelöst: Verbindung wie gewünscht zu %1; %2 bleibt der Name, der im Zertifikat geprüft wird</translation>
    </message>
    <message>
        <source>%1 is an IP address</source>
        <translation>%1 ist eine IP-Adresse</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Löse %1 auf</translation>
    </message>
    <message>
        <source>Name lookup failed: %1</source>
        <translation>Namensauflösung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>%1 has address %2</source>
        <translation>%1 hat die Adresse %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2); trying the next address, %3</source>
        <translation>Verbindung zu %1 (%2) nicht möglich; versuche die nächste Adresse, %3</translation>
    </message>
    <message>
        <source>TLS alert sent: %1</source>
        <translation>TLS-Alert gesendet: %1</translation>
    </message>
    <message>
        <source>TLS alert received: %1</source>
        <translation>TLS-Alert empfangen: %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Connected from %1:%2</source>
        <translation>Verbunden von %1:%2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Verbunden mit %1, Port %2</translation>
    </message>
    <message>
        <source>Injection check: sending NOOP in the same packet as %1</source>
        <translation>Injektionsprüfung: sende NOOP im selben Paket wie %1</translation>
    </message>
    <message>
        <source>TLS handshake started (no SNI: the target is an address)</source>
        <translation>TLS-Handshake gestartet (kein SNI: das Ziel ist eine Adresse)</translation>
    </message>
    <message>
        <source>TLS handshake started (SNI %1)</source>
        <translation>TLS-Handshake gestartet (SNI %1)</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS aufgebaut: %1, %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Trusted certificate for %1 (%2)</source>
        <translation>Vertrauenswürdiges Zertifikat für %1 (%2)</translation>
    </message>
    <message>
        <source>Certificate not valid for %1: %2</source>
        <translation>Zertifikat nicht gültig für %1: %2</translation>
    </message>
    <message>
        <source>The chain is trusted through the system&apos;s certificate authorities</source>
        <translation>Die Kette ist über die Zertifizierungsstellen des Systems vertrauenswürdig</translation>
    </message>
    <message>
        <source>Injection check: waiting for an answer to the NOOP inside TLS</source>
        <translation>Injektionsprüfung: warte innerhalb von TLS auf eine Antwort auf das NOOP</translation>
    </message>
    <message>
        <source>Password not sent: the connection is not encrypted</source>
        <translation>Passwort nicht gesendet: Die Verbindung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Password not sent: the server&apos;s certificate could not be verified</source>
        <translation>Passwort nicht gesendet: Das Zertifikat des Servers konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>No login possible: %1</source>
        <translation>Keine Anmeldung möglich: %1</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation>Angemeldet mit %1</translation>
    </message>
    <message>
        <source>Login refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Password not sent: the session did not reach a secure state</source>
        <translation>Passwort nicht gesendet: Die Sitzung hat keinen sicheren Zustand erreicht</translation>
    </message>
    <message>
        <source>The server answered the NOOP inside TLS: it kept plain text sent before the handshake (CVE-2011-0411)</source>
        <translation>Der Server hat das NOOP innerhalb von TLS beantwortet: Er hat Klartext behalten, der vor dem Handshake gesendet wurde (CVE-2011-0411)</translation>
    </message>
    <message>
        <source>The answer to the pipelined NOOP; not taken for the next reply</source>
        <translation>Die Antwort auf das per Pipelining gesendete NOOP; nicht als nächste Antwort gewertet</translation>
    </message>
    <message>
        <source>A line grew past %1 bytes without ending; stopped reading</source>
        <translation>Eine Zeile wurde länger als %1 Bytes, ohne zu enden; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes</source>
        <translation>Der Server hat eine Zeile mit mehr als %1 Bytes gesendet</translation>
    </message>
    <message>
        <source>more than %1 bytes in one step</source>
        <translation>mehr als %1 Bytes in einem Schritt</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes in one step</source>
        <translation>Der Server hat in einem Schritt mehr als %1 Bytes gesendet</translation>
    </message>
    <message>
        <source>Not a valid %1 reply: %2</source>
        <translation>Keine gültige %1-Antwort: %2</translation>
    </message>
    <message>
        <source>Unexpected reply ignored</source>
        <translation>Unerwartete Antwort ignoriert</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>Der Server hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Greeting after %1 s: %2</source>
        <translation>Begrüßung nach %1 s: %2</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>EHLO refused (%1); trying HELO</source>
        <translation>EHLO abgelehnt (%1); versuche HELO</translation>
    </message>
    <message>
        <source>The capability list was refused: %1</source>
        <translation>Die Liste der Fähigkeiten wurde verweigert: %1</translation>
    </message>
    <message>
        <source>No capabilities listed</source>
        <translation>Keine Fähigkeiten aufgeführt</translation>
    </message>
    <message>
        <source>Security is set to None: no upgrade to TLS</source>
        <translation>Verschlüsselung ist auf „Keine“ gestellt: kein Wechsel zu TLS</translation>
    </message>
    <message>
        <source>PREAUTH: the server logged us in before TLS, so STARTTLS is impossible</source>
        <translation>PREAUTH: Der Server hat uns vor TLS angemeldet, daher ist STARTTLS unmöglich</translation>
    </message>
    <message>
        <source>The server does not offer %1</source>
        <translation>Der Server bietet %1 nicht an</translation>
    </message>
    <message>
        <source>HELO refused too: %1</source>
        <translation>HELO ebenfalls abgelehnt: %1</translation>
    </message>
    <message>
        <source>Only HELO works: the server lists no extensions</source>
        <translation>Nur HELO funktioniert: Der Server führt keine Erweiterungen auf</translation>
    </message>
    <message>
        <source>No STARTTLS without EHLO</source>
        <translation>Kein STARTTLS ohne EHLO</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server answered the pipelined NOOP before TLS; discarded</source>
        <translation>Der Server hat das per Pipelining gesendete NOOP vor TLS beantwortet; verworfen</translation>
    </message>
    <message>
        <source>%1 bytes of plain text arrived after the upgrade reply; discarded</source>
        <translation>%1 Bytes Klartext kamen nach der Antwort auf den Wechsel zu TLS an; verworfen</translation>
    </message>
    <message>
        <source>Plain text arrived after the upgrade reply (%1 bytes)</source>
        <translation>Klartext kam nach der Antwort auf den Wechsel zu TLS an (%1 Bytes)</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on port %1</source>
        <translation>Verbindung abgelehnt: Auf Port %1 lauscht nichts</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation>Verbindungsfehler: %1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of a line</source>
        <translation>Der Server hat die Verbindung mitten in einer Zeile geschlossen</translation>
    </message>
    <message>
        <source>Injection check: no answer to the NOOP inside TLS (good)</source>
        <translation>Injektionsprüfung: keine Antwort auf das NOOP innerhalb von TLS (gut)</translation>
    </message>
    <message>
        <source>No answer from DNS within %1 s</source>
        <translation>Keine Antwort vom DNS innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>No answer to the connection attempt within %1 s</source>
        <translation>Keine Antwort auf den Verbindungsversuch innerhalb von %1 s</translation>
    </message>
    <message>
        <source>No answer within %1 s: the port is probably filtered by a firewall</source>
        <translation>Keine Antwort innerhalb von %1 s: Der Port wird wahrscheinlich von einer Firewall gefiltert</translation>
    </message>
    <message>
        <source>The greeting never ended: no line end within %1 s</source>
        <translation>Die Begrüßung hat nie geendet: kein Zeilenende innerhalb von %1 s</translation>
    </message>
    <message>
        <source>No greeting within %1 s</source>
        <translation>Keine Begrüßung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Connected, but the server said nothing for %1 s</source>
        <translation>Verbunden, aber der Server hat %1 s lang nichts gesagt</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>keine Begrüßung</translation>
    </message>
    <message>
        <source>TLS handshake timed out</source>
        <translation>Zeitüberschreitung beim TLS-Handshake</translation>
    </message>
    <message>
        <source>TLS handshake timed out after %1 s</source>
        <translation>Zeitüberschreitung beim TLS-Handshake nach %1 s</translation>
    </message>
    <message>
        <source>handshake timed out</source>
        <translation>Zeitüberschreitung beim Handshake</translation>
    </message>
    <message>
        <source>The answer to the goodbye never ended: no line end within %1 s</source>
        <translation>Die Antwort auf die Verabschiedung hat nie geendet: kein Zeilenende innerhalb von %1 s</translation>
    </message>
    <message>
        <source>No answer to the goodbye within %1 s</source>
        <translation>Keine Antwort auf die Verabschiedung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The reply never ended: no line end within %1 s</source>
        <translation>Die Antwort hat nie geendet: kein Zeilenende innerhalb von %1 s</translation>
    </message>
    <message>
        <source>No reply within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The line above never ended: the server announced a literal and sent fewer bytes than it announced (%1 bytes in all)</source>
        <translation>Die Zeile oben hat nie geendet: Der Server hat ein Literal angekündigt und weniger Bytes gesendet als angekündigt (insgesamt %1 Bytes)</translation>
    </message>
    <message>
        <source>The line above never ended: %1 bytes arrived without a line end</source>
        <translation>Die Zeile oben hat nie geendet: %1 Bytes kamen ohne Zeilenende an</translation>
    </message>
    <message>
        <source>A reply no command asked for: %1</source>
        <translation>Eine Antwort, nach der kein Befehl gefragt hat: %1</translation>
    </message>
    <message>
        <source>the next login command</source>
        <translation>der nächste Anmeldebefehl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; arrived before mailinspect sent %2, so it cannot be the answer to it</source>
        <translation>„%1“ kam an, bevor mailinspect %2 gesendet hat, kann also nicht die Antwort darauf sein</translation>
    </message>
    <message>
        <source>The server answered before it was asked: &quot;%1&quot; arrived before %2 was sent</source>
        <translation>Der Server hat geantwortet, bevor er gefragt wurde: „%1“ kam an, bevor %2 gesendet wurde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; arrived after the server had already answered %2; no command was waiting for it</source>
        <translation>„%1“ kam an, nachdem der Server %2 schon beantwortet hatte; kein Befehl hat darauf gewartet</translation>
    </message>
    <message>
        <source>More replies than commands: &quot;%1&quot; arrived after the answer to %2</source>
        <translation>Mehr Antworten als Befehle: „%1“ kam nach der Antwort auf %2 an</translation>
    </message>
    <message>
        <source>The deadline of %1 s for the whole inspection was reached; stopping</source>
        <translation>Das Gesamtzeitlimit von %1 s für die Prüfung wurde erreicht; Abbruch</translation>
    </message>
    <message>
        <source>Stopped: the deadline of %1 s for the whole inspection was reached</source>
        <translation>Abgebrochen: Das Gesamtzeitlimit von %1 s für die Prüfung wurde erreicht</translation>
    </message>
    <message>
        <source>Trying %1 on the same port to confirm (%2)</source>
        <translation>Versuche %1 auf demselben Port zur Bestätigung (%2)</translation>
    </message>
    <message>
        <source>%1 works on this port: %2</source>
        <translation>%1 funktioniert auf diesem Port: %2</translation>
    </message>
    <message>
        <source>%1 does not work either: %2</source>
        <translation>%1 funktioniert auch nicht: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Transcript limit reached: %n more line(s) not kept</source>
        <translation>
            <numerusform>Grenze für den Mitschnitt erreicht: %n weitere Zeile nicht aufbewahrt</numerusform>
            <numerusform>Grenze für den Mitschnitt erreicht: %n weitere Zeilen nicht aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 KiB of text)</source>
        <translation>(%1 KiB Text)</translation>
    </message>
    <message>
        <source>Injection check skipped: not available for %1</source>
        <translation>Injektionsprüfung übersprungen: für %1 nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) not shown</source>
        <translation>
            <numerusform>%n weitere Zeile nicht angezeigt</numerusform>
            <numerusform>%n weitere Zeilen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Logging in as the given user with %1 (%2)</source>
        <translation>Anmeldung als angegebener Benutzer mit %1 (%2)</translation>
    </message>
    <message>
        <source>Login not trusted: %1</source>
        <translation>Anmeldung nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>Looking up %1 at the DNS server %2</source>
        <translation>Löse %1 beim DNS-Server %2 auf</translation>
    </message>
    <message>
        <source>%1 exists but has no address</source>
        <translation>%1 existiert, hat aber keine Adresse</translation>
    </message>
    <message>
        <source>Mail hosts of %1: %2</source>
        <translation>Mailserver von %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 konnte nicht aufgelöst werden: %2</translation>
    </message>
</context>
<context>
    <name>InspectionRequest</name>
    <message>
        <source>the user name contains a line break (CR or LF) or a NUL character, which would cut the login command short</source>
        <translation>der Benutzername enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen, das den Anmeldebefehl abschneiden würde</translation>
    </message>
    <message>
        <source>the password contains a line break (CR or LF) or a NUL character, which would cut the login command short</source>
        <translation>das Passwort enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen, das den Anmeldebefehl abschneiden würde</translation>
    </message>
    <message>
        <source>the client name contains a line break (CR or LF) or a NUL character, which would cut the greeting command short</source>
        <translation>der Client-Name enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen, das den Begrüßungsbefehl abschneiden würde</translation>
    </message>
    <message>
        <source>the access token contains a line break (CR or LF) or a NUL character, which would cut the login command short</source>
        <translation>das Zugangstoken enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen, das den Anmeldebefehl abschneiden würde</translation>
    </message>
    <message>
        <source>the sender address contains a space, an angle bracket, a line break (CR or LF) or a NUL character</source>
        <translation>die Absenderadresse enthält ein Leerzeichen, eine spitze Klammer, einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the recipient address contains a space, an angle bracket, a line break (CR or LF) or a NUL character</source>
        <translation>die Empfängeradresse enthält ein Leerzeichen, eine spitze Klammer, einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the DNS server &quot;%1&quot; is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)</source>
        <translation>der DNS-Server „%1“ ist keine IP-Adresse mit optionalem Port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)</translation>
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
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>SMTP (server to server)</source>
        <translation>SMTP (zwischen Servern)</translation>
    </message>
    <message>
        <source>SMTP submission (sending mail)</source>
        <translation>SMTP Submission (Mail senden)</translation>
    </message>
    <message>
        <source>LMTP</source>
        <translation>LMTP</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>ManageSieve</source>
        <translation>ManageSieve</translation>
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
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Sender check</source>
        <translation>Absenderprüfung</translation>
    </message>
    <message>
        <source>Recipient check</source>
        <translation>Empfängerprüfung</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>MailInspect::CertificateModel</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n day(s)</source>
        <translation>
            <numerusform>noch nicht gültig: beginnt in %n Tag</numerusform>
            <numerusform>noch nicht gültig: beginnt in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown validity</source>
        <translation>Gültigkeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>not valid yet: starts later today</source>
        <translation>noch nicht gültig: beginnt später am heutigen Tag</translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n month(s)</source>
        <translation>
            <numerusform>noch nicht gültig: beginnt in %n Monat</numerusform>
            <numerusform>noch nicht gültig: beginnt in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n year(s)</source>
        <translation>
            <numerusform>noch nicht gültig: beginnt in %n Jahr</numerusform>
            <numerusform>noch nicht gültig: beginnt in %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>heute abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expired %n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat abgelaufen</numerusform>
            <numerusform>vor %n Monaten abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr abgelaufen</numerusform>
            <numerusform>vor %n Jahren abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n month(s)</source>
        <translation>
            <numerusform>läuft in %n Monat ab</numerusform>
            <numerusform>läuft in %n Monaten ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n year(s)</source>
        <translation>
            <numerusform>läuft in %n Jahr ab</numerusform>
            <numerusform>läuft in %n Jahren ab</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>Das Zertifikat ist noch nicht gültig (oder die Uhr dieses Computers geht falsch).</translation>
    </message>
    <message>
        <source>The certificate was signed by the server itself: no authority vouches for it.</source>
        <translation>Der Server hat das Zertifikat selbst signiert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <source>It was issued by an authority this computer does not trust.</source>
        <translation>Es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The server did not send the intermediate certificate that links it to a trusted authority.</source>
        <translation>Der Server hat das Zwischenzertifikat nicht mitgesendet, das ihn mit einer vertrauenswürdigen Zertifizierungsstelle verbindet.</translation>
    </message>
    <message>
        <source>The certificate was revoked by its authority.</source>
        <translation>Das Zertifikat wurde von seiner Zertifizierungsstelle widerrufen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not check out.</source>
        <translation>Die Signatur des Zertifikats ist nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate is not meant for a server.</source>
        <translation>Das Zertifikat ist nicht für einen Server bestimmt.</translation>
    </message>
    <message>
        <source>An authority in the chain is not allowed to issue certificates.</source>
        <translation>Eine Stelle in der Kette darf keine Zertifikate ausstellen.</translation>
    </message>
    <message>
        <source>The certificate was rejected for this use.</source>
        <translation>Das Zertifikat wurde für diesen Zweck abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate does not name this server.</source>
        <translation>Das Zertifikat nennt diesen Server nicht.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Das Zertifikat konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>MailInspect::CertificatePanel</name>
    <message>
        <source>Trust result</source>
        <translation>Vertrauensergebnis</translation>
    </message>
    <message>
        <source>Name result</source>
        <translation>Namensergebnis</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>No TLS in this inspection: no certificate to check.</source>
        <translation>Kein TLS bei dieser Prüfung: kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation>Kein Zertifikat: %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>The chain leads to a trusted certificate authority.</source>
        <translation>Die Kette führt zu einer vertrauenswürdigen Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The chain could not be verified.</source>
        <translation>Die Kette konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Name passt</translation>
    </message>
    <message>
        <source>Checked name &quot;%1&quot; is in the certificate.</source>
        <translation>Der geprüfte Name „%1“ steht im Zertifikat.</translation>
    </message>
    <message>
        <source>Name does not match</source>
        <translation>Name passt nicht</translation>
    </message>
    <message>
        <source>Checked name &quot;%1&quot; is not in the certificate; it names: %2.</source>
        <translation>Der geprüfte Name „%1“ steht nicht im Zertifikat; es nennt: %2.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (selbst signiert)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Namen (SAN)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Copy &amp;Fingerprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copies the selected certificate&apos;s whole SHA-256 fingerprint</source>
        <translation>Kopiert den vollständigen SHA-256-Fingerabdruck des gewählten Zertifikats</translation>
    </message>
    <message>
        <source>Save Certificate &amp;Chain…</source>
        <translation>Zertifikats&amp;kette speichern…</translation>
    </message>
    <message>
        <source>Writes every certificate the server sent to a PEM file</source>
        <translation>Schreibt alle Zertifikate, die der Server gesendet hat, in eine PEM-Datei</translation>
    </message>
    <message>
        <source>Save Certificate Chain</source>
        <translation>Zertifikatskette speichern</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>There is no certificate to save.</source>
        <translation>Es gibt kein Zertifikat zum Speichern.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>TLS library says</source>
        <translation>Die TLS-Bibliothek meldet</translation>
    </message>
</context>
<context>
    <name>MailInspect::CompareDialog</name>
    <message>
        <source>%1, port %2, %3, %4</source>
        <translation>%1, Port %2, %3, %4</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Chain trusted</source>
        <translation>Kette vertrauenswürdig</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Name passt</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>Compare Results</source>
        <translation>Ergebnisse vergleichen</translation>
    </message>
    <message>
        <source>Rows that changed are marked.</source>
        <translation>Geänderte Zeilen sind markiert.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation>Vorher (%1)</translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation>Nachher (%1)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>MailInspect::ConnectionForm</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>mail.example.com, host:port or imaps://host</source>
        <translation>mail.example.com, Host:Port oder imaps://host</translation>
    </message>
    <message>
        <source>The server name as the customer typed it. A URL such as imaps://mail.example.com or host:port fills in the rest.</source>
        <translation>Der Servername, wie der Kunde ihn eingegeben hat. Eine URL wie imaps://mail.example.com oder Host:Port füllt den Rest aus.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Follows protocol and security until you type a port.</source>
        <translation>Folgt Protokoll und Verschlüsselung, bis Sie einen Port eingeben.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
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
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Eingabeproblem</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Connect to address</source>
        <translation>Mit Adresse verbinden</translation>
    </message>
    <message>
        <source>resolve the server name</source>
        <translation>Servernamen auflösen</translation>
    </message>
    <message>
        <source>Connect to this IP address instead; the server name is still the one sent and checked in the certificate.</source>
        <translation>Stattdessen mit dieser IP-Adresse verbinden; der Servername wird weiterhin gesendet und im Zertifikat geprüft.</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>system trust only</source>
        <translation>nur System-CAs</translation>
    </message>
    <message>
        <source>PEM file with extra certificate authorities to trust (e.g. a company CA).</source>
        <translation>PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifizierungsstellen (z. B. einer Firmen-CA).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>Zeitlimit je Schritt in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>Ve&amp;rbinden mit:</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Erweiterte Einstellungen ausblenden</translation>
    </message>
    <message>
        <source>Trusting: %1</source>
        <translation>Vertraut: %1</translation>
    </message>
    <message>
        <source>Port %1 normally means %2 with SSL/TLS. &lt;a href=&quot;%3&quot;&gt;Use that&lt;/a&gt;</source>
        <translation>Port %1 bedeutet normalerweise %2 mit SSL/TLS. &lt;a href=&quot;%3&quot;&gt;Übernehmen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read the CA file &quot;%1&quot;.</source>
        <translation>Die CA-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Enter the server name, for example mail.example.com.</source>
        <translation>Geben Sie den Servernamen ein, zum Beispiel mail.example.com.</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Server: %1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;Connect to&quot; must be an IP address, such as 192.0.2.10.</source>
        <translation>„Verbinden mit“ muss eine IP-Adresse sein, zum Beispiel 192.0.2.10.</translation>
    </message>
    <message>
        <source>Protoco&amp;l:</source>
        <translation>Protoko&amp;ll:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Deadline for the whole inspection in seconds</source>
        <translation>Gesamtzeitlimit für die Prüfung in Sekunden</translation>
    </message>
    <message>
        <source>Stop the whole inspection after this many seconds, however far it got. None: only the time per step applies.</source>
        <translation>Die gesamte Prüfung nach so vielen Sekunden beenden, egal wie weit sie gekommen ist. Keins: Es gilt nur das Zeitlimit je Schritt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Timeo&amp;ut per step:</source>
        <translation>Zeitlimit &amp;je Schritt:</translation>
    </message>
    <message>
        <source>O&amp;verall deadline:</source>
        <translation>&amp;Gesamtzeitlimit:</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Show the login fields</source>
        <translation>Anmeldefelder anzeigen</translation>
    </message>
    <message>
        <source>Also check that the customer&apos;s user name and password are accepted.</source>
        <translation>Auch prüfen, ob Benutzername und Passwort des Kunden angenommen werden.</translation>
    </message>
    <message>
        <source>Hide the login fields</source>
        <translation>Anmeldefelder ausblenden</translation>
    </message>
    <message>
        <source>Find Settings…</source>
        <translation>Einstellungen finden…</translation>
    </message>
    <message>
        <source>Find and test the right settings for an email address</source>
        <translation>Die richtigen Einstellungen für eine E-Mail-Adresse finden und testen</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>Resolver dieses Computers</translation>
    </message>
    <message>
        <source>Ask this DNS server (address, optionally :port) for every name instead of this computer&apos;s resolver.</source>
        <translation>Alle Namen bei diesem DNS-Server (Adresse, optional mit :Port) statt über den Resolver dieses Computers auflösen.</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>DNS server: %1.</source>
        <translation>DNS-Server: %1.</translation>
    </message>
</context>
<context>
    <name>MailInspect::FindSettingsDialog</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet…</translation>
    </message>
    <message>
        <source>Find Settings</source>
        <translation>Einstellungen finden</translation>
    </message>
    <message>
        <source>Finds the right settings for an email address: asks the provider&apos;s configuration, the ISPDB, DNS (MX, SRV), Autodiscover and the usual server names, then proves each suggestion with a live inspection.</source>
        <translation>Findet die richtigen Einstellungen für eine E-Mail-Adresse: Fragt die Konfiguration des Anbieters, die ISPDB, das DNS (MX, SRV), Autodiscover und die üblichen Servernamen ab und bestätigt dann jeden Vorschlag durch eine echte Prüfung.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>customer@example.com or example.com</source>
        <translation>kunde@example.com oder example.com</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Type the customer&apos;s email address and press Find.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden ein und klicken Sie auf „Suchen“.</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>Diese Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>C&amp;opy for the customer</source>
        <translation>Für den Kunden &amp;kopieren</translation>
    </message>
    <message>
        <source>Asking the sources and testing what they suggest…</source>
        <translation>Frage die Quellen ab und teste ihre Vorschläge…</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>lower: %1</source>
        <translation>niedriger: %1</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>%1 of %2 servers tested (%3 suggestions), %4 questions asked</source>
        <translation>%1 von %2 Servern getestet (%3 Vorschläge), %4 Anfragen gestellt</translation>
    </message>
    <message>
        <source>recommended: %1</source>
        <translation>empfohlen: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s settings are right.</source>
        <translation>Die Einstellungen des Kunden stimmen.</translation>
    </message>
    <message>
        <source>Customer has → should be:
%1</source>
        <translation>Kunde hat → richtig wäre:
%1</translation>
    </message>
    <message>
        <source>Found nothing that works for %1: %2 servers were suggested, none answered with verified encryption. Every question asked is in the table and the tooltips.</source>
        <translation>Für %1 wurde nichts gefunden, das funktioniert: %2 Server wurden vorgeschlagen, keiner hat mit überprüfter Verschlüsselung geantwortet. Alle gestellten Anfragen stehen in der Tabelle und in den Tooltips.</translation>
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
        <translation>%1: %2. %3 Lösung: %4</translation>
    </message>
</context>
<context>
    <name>MailInspect::LoginFields</name>
    <message>
        <source>User name for a login</source>
        <translation>Benutzername für eine Anmeldung</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>keine Anmeldung</translation>
    </message>
    <message>
        <source>Also log in as this user (often the full email address). The password goes out only inside TLS with a verified certificate, unless you allow a login without encryption.</source>
        <translation>Auch als dieser Benutzer anmelden (oft die vollständige E-Mail-Adresse). Das Passwort wird nur innerhalb von TLS mit überprüftem Zertifikat gesendet, außer Sie erlauben eine Anmeldung ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>Used for this inspection only: never saved, never in a report, cleared when the window closes.</source>
        <translation>Nur für diese Prüfung verwendet: nie gespeichert, nie in einem Bericht, gelöscht, wenn das Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Authentication mechanism</source>
        <translation>Authentifizierungsverfahren</translation>
    </message>
    <message>
        <source>Automatic picks the strongest mechanism the server offers for the password; the report says which and why.</source>
        <translation>„Automatisch“ wählt das stärkste Verfahren, das der Server für das Passwort anbietet; der Bericht nennt, welches und warum.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>OAuth 2 (access token)</source>
        <translation>OAuth 2 (Zugangstoken)</translation>
    </message>
    <message>
        <source>OAuth 2: XOAUTH2</source>
        <translation>OAuth 2: XOAUTH2</translation>
    </message>
    <message>
        <source>OAuth 2: OAUTHBEARER</source>
        <translation>OAuth 2: OAUTHBEARER</translation>
    </message>
    <message>
        <source>Lo&amp;gin as:</source>
        <translation>Anmelden &amp;als:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>Allow login without &amp;encryption</source>
        <translation>Anmeldung ohne Vers&amp;chlüsselung erlauben</translation>
    </message>
    <message>
        <source>Send the password even where the connection is not encrypted or the certificate did not verify.</source>
        <translation>Das Passwort auch senden, wenn die Verbindung nicht verschlüsselt ist oder das Zertifikat nicht überprüft werden konnte.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Anyone on the network path can read the password: use a test account.</source>
        <translation>Jeder auf dem Netzwerkweg kann das Passwort mitlesen: Verwenden Sie ein Testkonto.</translation>
    </message>
    <message>
        <source>Sender address to test</source>
        <translation>Zu testende Absenderadresse</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>After the login, ask the server whether this account may send as this address (MAIL FROM, then RSET: no message is sent).</source>
        <translation>Nach der Anmeldung den Server fragen, ob dieses Konto mit dieser Adresse senden darf (MAIL FROM, dann RSET: Es wird keine Nachricht gesendet).</translation>
    </message>
    <message>
        <source>Recipient address to test</source>
        <translation>Zu testende Empfängeradresse</translation>
    </message>
    <message>
        <source>Also ask whether the server accepts this recipient (RCPT TO, then RSET: no message is sent).</source>
        <translation>Auch fragen, ob der Server diesen Empfänger annimmt (RCPT TO, dann RSET: Es wird keine Nachricht gesendet).</translation>
    </message>
    <message>
        <source>Send &amp;as:</source>
        <translation>Absende&amp;r:</translation>
    </message>
    <message>
        <source>To &amp;recipient:</source>
        <translation>Empf&amp;änger:</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Check the &amp;inbox after login</source>
        <translation>Posteingan&amp;g nach der Anmeldung prüfen</translation>
    </message>
    <message>
        <source>Open INBOX read-only: message count, and how full the mailbox is when the server reports its quota.</source>
        <translation>INBOX schreibgeschützt öffnen: Anzahl der Nachrichten und wie voll das Postfach ist, wenn der Server sein Kontingent meldet.</translation>
    </message>
    <message>
        <source>Ask for the number of messages waiting (STAT).</source>
        <translation>Nach der Anzahl wartender Nachrichten fragen (STAT).</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugangsto&amp;ken:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>OAuth 2 access token</source>
        <translation>OAuth-2-Zugangstoken</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>paste the access token</source>
        <translation>Zugangstoken einfügen</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Hide the %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>type the password</source>
        <translation>Passwort eingeben</translation>
    </message>
    <message>
        <source>type the user name to log in as</source>
        <translation>Benutzernamen für die Anmeldung eingeben</translation>
    </message>
    <message>
        <source>Login: %1.</source>
        <translation>Anmeldung: %1.</translation>
    </message>
</context>
<context>
    <name>MailInspect::MainWindow</name>
    <message>
        <source>Mail Connection Inspector</source>
        <translation>Mail Connection Inspector</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Inspect the connection (Ctrl+Return)</source>
        <translation>Verbindung prüfen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the inspection (Esc)</source>
        <translation>Prüfung anhalten (Esc)</translation>
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
        <translation>Ein paar Zeilen für ein Ticket: Ziel, Ergebnis, Befunde mit Lösungen, TLS-Fakten</translation>
    </message>
    <message>
        <source>Copy &amp;Full Report</source>
        <translation>&amp;Ganzen Bericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in Transcript…</source>
        <translation>Im Mitschnitt &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent Targets</source>
        <translation>Zu&amp;letzt geprüft</translation>
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
        <translation>Mitschnitt&amp;zeilen kopieren</translation>
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
        <translation>&amp;Über Mail Connection Inspector</translation>
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
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Findings appear here when an inspection has finished.</source>
        <translation>Befunde erscheinen hier, wenn eine Prüfung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Step &amp;details</source>
        <translation>Schrittde&amp;tails</translation>
    </message>
    <message>
        <source>Cer&amp;tificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Ze&amp;itleiste</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>Be&amp;funde</translation>
    </message>
    <message>
        <source>T&amp;ranscript</source>
        <translation>&amp;Mitschnitt</translation>
    </message>
    <message>
        <source>Inspecting… findings appear when it has finished.</source>
        <translation>Prüfung läuft… Befunde erscheinen, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Prüfung läuft…</translation>
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
        <translation>Die Prüfung wurde abgebrochen: keine Diagnose.</translation>
    </message>
    <message>
        <source>No problems found: nothing to fix.</source>
        <translation>Keine Probleme gefunden: nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <source>%n practice server(s) ready on 127.0.0.1 — see the Practice menu</source>
        <translation>
            <numerusform>%n Übungsserver bereit auf 127.0.0.1 — siehe Menü „Übung“</numerusform>
            <numerusform>%n Übungsserver bereit auf 127.0.0.1 — siehe Menü „Übung“</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice server</source>
        <translation>Übungsserver</translation>
    </message>
    <message>
        <source>the practice CA</source>
        <translation>die Übungs-CA</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>Press Inspect (Ctrl+Return).</source>
        <translation>Drücken Sie „Prüfen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>%1:%2 — %3, %4</source>
        <translation>%1:%2 — %3, %4</translation>
    </message>
    <message>
        <source>There is no finished inspection to export.</source>
        <translation>Es gibt keine abgeschlossene Prüfung zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>Summary copied: paste it into the ticket.</source>
        <translation>Zusammenfassung kopiert: Fügen Sie sie ins Ticket ein.</translation>
    </message>
    <message>
        <source>Full report copied.</source>
        <translation>Ganzer Bericht kopiert.</translation>
    </message>
    <message>
        <source>About Mail Connection Inspector</source>
        <translation>Über Mail Connection Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mail Connection Inspector %1&lt;/h3&gt;&lt;p&gt;Inspects mail connections (SMTP, submission, IMAP, POP3, ManageSieve, LMTP) step by step: the connection, the greeting, STARTTLS or SSL/TLS, the certificate, and what to change when something is wrong.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mail Connection Inspector %1&lt;/h3&gt;&lt;p&gt;Prüft Mailverbindungen (SMTP, Submission, IMAP, POP3, ManageSieve, LMTP) Schritt für Schritt: die Verbindung, die Begrüßung, STARTTLS oder SSL/TLS, das Zertifikat und was zu ändern ist, wenn etwas nicht stimmt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No separate findings — see the verdict above.</source>
        <translation>Keine eigenen Befunde — siehe das Ergebnis oben.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>Bericht ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show a saved JSON report as it was recorded (Ctrl+O)</source>
        <translation>Einen gespeicherten JSON-Bericht so anzeigen, wie er aufgezeichnet wurde (Strg+O)</translation>
    </message>
    <message>
        <source>A saved report opens when the inspection has finished or is cancelled.</source>
        <translation>Ein gespeicherter Bericht lässt sich erst öffnen, wenn die Prüfung abgeschlossen oder abgebrochen ist.</translation>
    </message>
    <message>
        <source>This file could not be opened as a report.</source>
        <translation>Diese Datei konnte nicht als Bericht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 — Mail Connection Inspector</source>
        <translation>%1 — Mail Connection Inspector</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Saved reports (*.%1)</source>
        <translation>Gespeicherte Berichte (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript line(s)</source>
        <translation>
            <numerusform>%n Mitschnittzeile</numerusform>
            <numerusform>%n Mitschnittzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The form has changed: the result below is for %1, port %2, %3. Press Inspect to check the new settings.</source>
        <translation>Das Formular wurde geändert: Das Ergebnis unten gilt für %1, Port %2, %3. Drücken Sie „Prüfen“, um die neuen Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>%1 — %2, %3, finished in %4</source>
        <translation>%1 — %2, %3, fertig nach %4</translation>
    </message>
    <message>
        <source>Saved report — %1, %2; nothing was connected to</source>
        <translation>Gespeicherter Bericht — %1, %2; es wurde keine Verbindung aufgebaut</translation>
    </message>
    <message>
        <source>Recent Res&amp;ults</source>
        <translation>Letzte E&amp;rgebnisse</translation>
    </message>
    <message>
        <source>Co&amp;mpare Results…</source>
        <translation>Ergebnisse &amp;vergleichen…</translation>
    </message>
    <message>
        <source>%1:%2 %3 — %4 — %5</source>
        <translation>%1:%2 %3 — %4 — %5</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>Compare Results</source>
        <translation>Ergebnisse vergleichen</translation>
    </message>
    <message>
        <source>Choose two results to see side by side:</source>
        <translation>Wählen Sie zwei Ergebnisse für die Gegenüberstellung:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Find &amp;Settings…</source>
        <translation>&amp;Einstellungen finden…</translation>
    </message>
    <message>
        <source>Find and test the right settings for a customer&apos;s email address</source>
        <translation>Die richtigen Einstellungen für die E-Mail-Adresse eines Kunden finden und testen</translation>
    </message>
</context>
<context>
    <name>MailInspect::ModeProbe</name>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>kein TLS-Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no plain-text greeting within %1 s</source>
        <translation>keine Klartext-Begrüßung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Connected again to try %1</source>
        <translation>Erneut verbunden, um %1 zu versuchen</translation>
    </message>
    <message>
        <source>TLS handshake started</source>
        <translation>TLS-Handshake gestartet</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS aufgebaut: %1, %2</translation>
    </message>
    <message>
        <source>the reply was not %1: %2</source>
        <translation>die Antwort war nicht %1: %2</translation>
    </message>
    <message>
        <source>TLS handshake completed (%1) and the server greeted: %2</source>
        <translation>TLS-Handshake abgeschlossen (%1) und der Server hat begrüßt: %2</translation>
    </message>
    <message>
        <source>the server sent a plain-text greeting: %1</source>
        <translation>der Server hat eine Klartext-Begrüßung gesendet: %1</translation>
    </message>
    <message>
        <source>the server sent no line ends</source>
        <translation>der Server hat keine Zeilenenden gesendet</translation>
    </message>
</context>
<context>
    <name>MailInspect::PracticeServers</name>
    <message>
        <source>There is no practice server &quot;%1&quot;.</source>
        <translation>Es gibt keinen Übungsserver „%1“.</translation>
    </message>
    <message>
        <source>The practice script &quot;%1&quot; is broken: %2</source>
        <translation>Das Übungsskript „%1“ ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The practice server &quot;%1&quot; could not start: %2</source>
        <translation>Der Übungsserver „%1“ konnte nicht starten: %2</translation>
    </message>
</context>
<context>
    <name>MailInspect::ReportExporter</name>
    <message>
        <source>Unknown file type: name the file with one of %1.</source>
        <translation>Unbekannter Dateityp: Geben Sie der Datei eine dieser Endungen: %1.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This format cannot be written.</source>
        <translation>Dieses Format kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MailInspect::ResultsHistory</name>
    <message>
        <source>Could not create the folder for recent results, %1.</source>
        <translation>Der Ordner für die letzten Ergebnisse, %1, konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not keep the result in %1: %2</source>
        <translation>Das Ergebnis konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>MailInspect::SavedReportBar</name>
    <message>
        <source>Saved report</source>
        <translation>Gespeicherter Bericht</translation>
    </message>
    <message>
        <source>Saved report opened from a file: %1</source>
        <translation>Gespeicherter Bericht, aus einer Datei geöffnet: %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>an unknown version of mailinspect</source>
        <translation>einer unbekannten Version von mailinspect</translation>
    </message>
    <message>
        <source>mailinspect %1</source>
        <translation>mailinspect %1</translation>
    </message>
    <message>
        <source>Inspected %1 by %2.</source>
        <translation>Geprüft: %1, mit %2.</translation>
    </message>
    <message>
        <source>This is version %1: it shows the report as saved, it does not inspect again.</source>
        <translation>Dies ist Version %1: Sie zeigt den Bericht so, wie er gespeichert wurde, und prüft nicht erneut.</translation>
    </message>
    <message>
        <source>Nothing was connected to; press Inspect to check the server as it is now.</source>
        <translation>Es wurde keine Verbindung aufgebaut; drücken Sie „Prüfen“, um den Server in seinem jetzigen Zustand zu prüfen.</translation>
    </message>
</context>
<context>
    <name>MailInspect::ScenarioCatalog</name>
    <message>
        <source>Healthy mail server (SMTP with STARTTLS)</source>
        <translation>Funktionierender Mailserver (SMTP mit STARTTLS)</translation>
    </message>
    <message>
        <source>A well-configured sending server: it offers STARTTLS, presents a valid certificate and offers login only after encryption is on.</source>
        <translation>Ein gut eingerichteter Server zum Senden: Er bietet STARTTLS an, legt ein gültiges Zertifikat vor und bietet die Anmeldung erst nach dem Einschalten der Verschlüsselung an.</translation>
    </message>
    <message>
        <source>Healthy mailbox server (IMAP with SSL/TLS)</source>
        <translation>Funktionierender Postfachserver (IMAP mit SSL/TLS)</translation>
    </message>
    <message>
        <source>An IMAP server that speaks TLS from the first byte, as on port 993, with a valid certificate.</source>
        <translation>Ein IMAP-Server, der ab dem ersten Byte TLS spricht, wie auf Port 993, mit einem gültigen Zertifikat.</translation>
    </message>
    <message>
        <source>Healthy mailbox server (POP3 with STARTTLS)</source>
        <translation>Funktionierender Postfachserver (POP3 mit STARTTLS)</translation>
    </message>
    <message>
        <source>A POP3 server that offers STLS, presents a valid certificate and offers login only after encryption is on.</source>
        <translation>Ein POP3-Server, der STLS anbietet, ein gültiges Zertifikat vorlegt und die Anmeldung erst nach dem Einschalten der Verschlüsselung anbietet.</translation>
    </message>
    <message>
        <source>SSL/TLS chosen, but the server expects STARTTLS</source>
        <translation>SSL/TLS gewählt, aber der Server erwartet STARTTLS</translation>
    </message>
    <message>
        <source>The user picked SSL/TLS, but this port starts in plain text and upgrades with STARTTLS. The TLS attempt fails at once on the plain greeting; STARTTLS on the same port works.</source>
        <translation>Der Benutzer hat SSL/TLS gewählt, aber dieser Port beginnt im Klartext und wechselt mit STARTTLS zur Verschlüsselung. Der TLS-Versuch scheitert sofort an der Klartext-Begrüßung; STARTTLS auf demselben Port funktioniert.</translation>
    </message>
    <message>
        <source>STARTTLS chosen, but the server expects SSL/TLS</source>
        <translation>STARTTLS gewählt, aber der Server erwartet SSL/TLS</translation>
    </message>
    <message>
        <source>The user picked STARTTLS, but this port speaks TLS from the first byte (like 465). The server waits silently for a TLS handshake; SSL/TLS on the same port works.</source>
        <translation>Der Benutzer hat STARTTLS gewählt, aber dieser Port spricht ab dem ersten Byte TLS (wie 465). Der Server wartet still auf einen TLS-Handshake; SSL/TLS auf demselben Port funktioniert.</translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation>Abgelaufenes Zertifikat</translation>
    </message>
    <message>
        <source>STARTTLS works, but the server&apos;s certificate expired long ago.</source>
        <translation>STARTTLS funktioniert, aber das Zertifikat des Servers ist schon lange abgelaufen.</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate only becomes valid in 2100 (often a wrong clock on the server or the client).</source>
        <translation>STARTTLS funktioniert, aber das Zertifikat wird erst im Jahr 2100 gültig (oft eine falsch gehende Uhr auf dem Server oder dem Client).</translation>
    </message>
    <message>
        <source>Certificate for another name</source>
        <translation>Zertifikat für einen anderen Namen</translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate is issued for other.invalid, not for the name the user typed.</source>
        <translation>STARTTLS funktioniert, aber das Zertifikat ist für other.invalid ausgestellt, nicht für den Namen, den der Benutzer eingegeben hat.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbst signiertes Zertifikat</translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate is signed by itself, so no mail app trusts it.</source>
        <translation>STARTTLS funktioniert, aber das Zertifikat ist von sich selbst signiert, daher vertraut ihm kein Mailprogramm.</translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation>Zwischenzertifikat fehlt</translation>
    </message>
    <message>
        <source>STARTTLS works, but the server sends only its own certificate, without the intermediate that links it to the trusted root.</source>
        <translation>STARTTLS funktioniert, aber der Server sendet nur sein eigenes Zertifikat, ohne das Zwischenzertifikat, das es mit dem vertrauenswürdigen Stammzertifikat verbindet.</translation>
    </message>
    <message>
        <source>Firewall removes STARTTLS (Cisco ESMTP inspection)</source>
        <translation>Firewall entfernt STARTTLS (Cisco-ESMTP-Inspektion)</translation>
    </message>
    <message>
        <source>A firewall between client and server rewrites the session: the banner is masked with asterisks, STARTTLS is overwritten with XXXXXXXA, and the STARTTLS command is refused.</source>
        <translation>Eine Firewall zwischen Client und Server schreibt die Sitzung um: Das Banner wird mit Sternchen maskiert, STARTTLS wird mit XXXXXXXA überschrieben und der Befehl STARTTLS wird abgelehnt.</translation>
    </message>
    <message>
        <source>Slow greeting</source>
        <translation>Langsame Begrüßung</translation>
    </message>
    <message>
        <source>The server sends the first line of its greeting, then waits 6 seconds before the last one (like Postfix postscreen or a reverse-DNS lookup timing out). Clients with short timeouts give up.</source>
        <translation>Der Server sendet die erste Zeile seiner Begrüßung und wartet dann 6 Sekunden vor der letzten (wie Postfix postscreen oder eine Reverse-DNS-Abfrage, die ins Zeitlimit läuft). Clients mit kurzem Zeitlimit geben auf.</translation>
    </message>
    <message>
        <source>STARTTLS offered but refused</source>
        <translation>STARTTLS angeboten, aber abgelehnt</translation>
    </message>
    <message>
        <source>The server lists STARTTLS but refuses it with 454, typically because it cannot read its own certificate or key.</source>
        <translation>Der Server führt STARTTLS auf, lehnt es aber mit 454 ab, typischerweise weil er sein eigenes Zertifikat oder seinen Schlüssel nicht lesen kann.</translation>
    </message>
    <message>
        <source>IMAP server logs in before STARTTLS</source>
        <translation>IMAP-Server meldet die Sitzung vor STARTTLS an</translation>
    </message>
    <message>
        <source>The IMAP greeting is PREAUTH: the session is logged in at once, in plain text, and STARTTLS is no longer possible.</source>
        <translation>Die IMAP-Begrüßung ist PREAUTH: Die Sitzung ist sofort angemeldet, im Klartext, und STARTTLS ist nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Server never greets</source>
        <translation>Server begrüßt nie</translation>
    </message>
    <message>
        <source>The connection is accepted, but the server never says anything.</source>
        <translation>Die Verbindung wird angenommen, aber der Server sagt nie etwas.</translation>
    </message>
    <message>
        <source>Login accepted (SMTP with STARTTLS)</source>
        <translation>Anmeldung angenommen (SMTP mit STARTTLS)</translation>
    </message>
    <message>
        <source>A healthy sending server that accepts the user&apos;s password inside TLS. The login is a step on the timeline; its exchange is in the transcript with the password hidden.</source>
        <translation>Ein intakter Postausgangsserver, der das Passwort des Benutzers innerhalb von TLS annimmt. Die Anmeldung ist ein Schritt auf der Zeitleiste; ihr Austausch steht im Mitschnitt, das Passwort verborgen.</translation>
    </message>
    <message>
        <source>Login refused: the account needs an app password</source>
        <translation>Anmeldung abgelehnt: Das Konto braucht ein App-Passwort</translation>
    </message>
    <message>
        <source>The connection is secure, but the provider refuses the normal password because the account has two-step sign-in (as Gmail answers). The verdict stays secure; the finding says what the customer must do.</source>
        <translation>Die Verbindung ist sicher, aber der Anbieter lehnt das normale Passwort ab, weil das Konto die Bestätigung in zwei Schritten nutzt (wie Gmail antwortet). Das Ergebnis bleibt „sicher“; der Befund sagt, was der Kunde tun muss.</translation>
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
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Waited for the greeting</source>
        <translation>Auf die Begrüßung gewartet</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Inside TLS</source>
        <translation>Innerhalb von TLS</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation>Gesendete Zertifikate</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No capabilities recorded.</source>
        <translation>Keine Fähigkeiten aufgezeichnet.</translation>
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
        <translation>Handshake und Überprüfung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <source>Server name sent (SNI)</source>
        <translation>Gesendeter Servername (SNI)</translation>
    </message>
    <message>
        <source>Name verified</source>
        <translation>Name überprüft</translation>
    </message>
    <message>
        <source>Handshake completed</source>
        <translation>Handshake abgeschlossen</translation>
    </message>
    <message>
        <source>Chain trusted</source>
        <translation>Kette vertrauenswürdig</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Name passt</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>Zertifikat überprüft</translation>
    </message>
    <message>
        <source>TLS alerts sent</source>
        <translation>Gesendete TLS-Alerts</translation>
    </message>
    <message>
        <source>TLS alerts received</source>
        <translation>Empfangene TLS-Alerts</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Schrittdetails</translation>
    </message>
    <message>
        <source>Select a step on the timeline to see its details.</source>
        <translation>Wählen Sie einen Schritt in der Zeitleiste, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Mail servers of the domain</source>
        <translation>Mailserver der Domain</translation>
    </message>
</context>
<context>
    <name>MailInspect::TimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
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
        <translation>Zeitachse (0 – %1)</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Did not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Started at %1, ended at %2: took %3.</source>
        <translation>Begonnen bei %1, beendet bei %2: Dauer %3.</translation>
    </message>
    <message>
        <source>Cancelled while it ran.</source>
        <translation>Während der Ausführung abgebrochen.</translation>
    </message>
    <message>
        <source>%1, cancelled</source>
        <translation>%1, abgebrochen</translation>
    </message>
    <message>
        <source>%1, not confirmed</source>
        <translation>%1, nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>MailInspect::TranscriptDelegate</name>
    <message>
        <source>pause %1</source>
        <translation>Pause %1</translation>
    </message>
</context>
<context>
    <name>MailInspect::TranscriptModel</name>
    <message>
        <source>Inside TLS</source>
        <translation>Innerhalb von TLS</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Sent by mailinspect</source>
        <translation>Von mailinspect gesendet</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Vom Server gesendet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>After a pause of %1</source>
        <translation>Nach einer Pause von %1</translation>
    </message>
</context>
<context>
    <name>MailInspect::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all lines</source>
        <translation>&amp;Alle Zeilen kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Im Mitschnitt suchen</translation>
    </message>
    <message>
        <source>text in the transcript</source>
        <translation>Text im Mitschnitt</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>MailInspect::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Type the server your customer uses, then press Inspect.</source>
        <translation>Geben Sie den Server des Kunden ein und drücken Sie Prüfen.</translation>
    </message>
    <message>
        <source>Try %1 on port %2</source>
        <translation>%1 auf Port %2 versuchen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Mail connection report: %1</source>
        <translation>Bericht zur Mailverbindung: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Test server script</source>
        <translation>Testserver-Skript</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
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
        <translation>läuft</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>Target as typed</source>
        <translation>Ziel wie eingegeben</translation>
    </message>
    <message>
        <source>Target as connected</source>
        <translation>Ziel wie verbunden</translation>
    </message>
    <message>
        <source>Connect address given</source>
        <translation>Angegebene Verbindungsadresse</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>C: sent by mailinspect, S: sent by the server, * event, [tls] inside TLS; times from the start.</source>
        <translation>C: von mailinspect gesendet, S: vom Server gesendet, * Ereignis, [tls] innerhalb von TLS; Zeiten ab dem Start.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>TLS and certificate</source>
        <translation>TLS und Zertifikat</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Alert sent</source>
        <translation>Alert gesendet</translation>
    </message>
    <message>
        <source>Alert received</source>
        <translation>Alert empfangen</translation>
    </message>
    <message>
        <source>Capabilities before TLS</source>
        <translation>Fähigkeiten vor TLS</translation>
    </message>
    <message>
        <source>Certificate chain (as the server sent it)</source>
        <translation>Zertifikatskette (wie vom Server gesendet)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbst signiert</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Appendix: certificate chain (PEM)</source>
        <translation>Anhang: Zertifikatskette (PEM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time: %2</source>
        <translation>„%1“ ist keine gültige Zeit: %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>unbekannt: %1 „%2“</translation>
    </message>
    <message>
        <source>a transcript line refers to step %1, which does not exist</source>
        <translation>eine Zeile des Mitschnitts verweist auf Schritt %1, den es nicht gibt</translation>
    </message>
    <message numerus="yes">
        <source>Transcript limit reached: %n more line(s) of the file not kept</source>
        <translation>
            <numerusform>Grenze für den Mitschnitt erreicht: %n weitere Zeile der Datei nicht übernommen</numerusform>
            <numerusform>Grenze für den Mitschnitt erreicht: %n weitere Zeilen der Datei nicht übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is not valid JSON (%1 at offset %2).</source>
        <translation>Der Bericht ist kein gültiges JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <source>The report is not a JSON object.</source>
        <translation>Der Bericht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not a mailinspect report (schema &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation>Dies ist kein mailinspect-Bericht (Schema „%1“, erwartet „%2“).</translation>
    </message>
    <message>
        <source>The report could not be read: %1.</source>
        <translation>Der Bericht konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>`C:` sent by mailinspect, `S:` sent by the server, `*` event, `[tls]` inside TLS; times from the start.</source>
        <translation>`C:` von mailinspect gesendet, `S:` vom Server gesendet, `*` Ereignis, `[tls]` innerhalb von TLS; Zeiten ab dem Start.</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not kept)</source>
        <translation>
            <numerusform>(%n weiterer nicht übernommen)</numerusform>
            <numerusform>(%n weitere nicht übernommen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters not kept)</source>
        <translation>
            <numerusform>(%n weiteres Zeichen nicht übernommen)</numerusform>
            <numerusform>(%n weitere Zeichen nicht übernommen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the inspection was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>no connection was attempted</source>
        <translation>es wurde kein Verbindungsversuch unternommen</translation>
    </message>
    <message>
        <source>the server name does not resolve</source>
        <translation>der Servername lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server did not greet</source>
        <translation>der Server hat nicht begrüßt</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete</source>
        <translation>der TLS-Handshake wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the session did not reach TLS</source>
        <translation>die Sitzung hat TLS nicht erreicht</translation>
    </message>
    <message>
        <source>SECURE</source>
        <translation>SICHER</translation>
    </message>
    <message>
        <source>INSECURE</source>
        <translation>UNSICHER</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 (%2), trusted certificate for %3</source>
        <translation>%1 (%2), vertrauenswürdiges Zertifikat für %3</translation>
    </message>
    <message>
        <source>plain text only, the connection is not encrypted</source>
        <translation>nur Klartext, die Verbindung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>das Zertifikat konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>see the findings</source>
        <translation>siehe die Befunde</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(und 1 weiteres Problem)</translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation>(und %1 weitere Probleme)</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(unbekannte Version)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>mailinspect %1, TLS backend %2</source>
        <translation>mailinspect %1, TLS-Backend %2</translation>
    </message>
    <message>
        <source>%1 on %2 port %3, %4</source>
        <translation>%1 auf %2, Port %3, %4</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation>[ok]</translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation>[Warnung]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[FEHLER]</translation>
    </message>
    <message>
        <source>[skip]</source>
        <translation>[übersp.]</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>not valid yet, starts in 1 day</source>
        <translation>noch nicht gültig, beginnt in 1 Tag</translation>
    </message>
    <message>
        <source>not valid yet, starts in %1 days</source>
        <translation>noch nicht gültig, beginnt in %1 Tagen</translation>
    </message>
    <message>
        <source>EXPIRED 1 day ago</source>
        <translation>vor 1 Tag ABGELAUFEN</translation>
    </message>
    <message>
        <source>EXPIRED %1 days ago</source>
        <translation>vor %1 Tagen ABGELAUFEN</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>not checked: no certificate was received</source>
        <translation>nicht geprüft: Es wurde kein Zertifikat empfangen</translation>
    </message>
    <message>
        <source>trusted: the chain leads to a trusted certificate authority</source>
        <translation>vertrauenswürdig: Die Kette führt zu einer vertrauenswürdigen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>%1 is in the certificate</source>
        <translation>%1 steht im Zertifikat</translation>
    </message>
    <message>
        <source>%1 is NOT in the certificate</source>
        <translation>%1 steht NICHT im Zertifikat</translation>
    </message>
    <message>
        <source>it names %1</source>
        <translation>es nennt %1</translation>
    </message>
    <message>
        <source>TLS was not used: the security mode is &quot;None&quot; (plain text).</source>
        <translation>TLS wurde nicht verwendet: Die Verschlüsselung ist auf „Keine“ gestellt (Klartext).</translation>
    </message>
    <message>
        <source>TLS was not reached.</source>
        <translation>TLS wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>Der TLS-Handshake wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>key exchange %1</source>
        <translation>Schlüsselaustausch %1</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>Ziel: %1 (%2)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Certificate: %1, valid %2</source>
        <translation>Zertifikat: %1, gültig %2</translation>
    </message>
    <message>
        <source>Trust: %1; name: %2</source>
        <translation>Vertrauen: %1; Name: %2</translation>
    </message>
    <message>
        <source>Checked: %1 with %2</source>
        <translation>Geprüft: %1 mit %2</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>--connect-address %1</source>
        <translation>--connect-address %1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>C: sent by mailinspect, S: sent by the server, * event, [tls] inside TLS; times from the start</source>
        <translation>C: von mailinspect gesendet, S: vom Server gesendet, * Ereignis, [tls] innerhalb von TLS; Zeiten ab dem Start</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Inhaber)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>empfangen: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>eine Liste ganzer Zahlen</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>eine Zeitangabe</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2</source>
        <translation>„%1“ sollte %2 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: %2</source>
        <translation>„%1“ liegt außerhalb des gültigen Bereichs: %2</translation>
    </message>
    <message>
        <source>step id</source>
        <translation>Schritt-ID</translation>
    </message>
    <message>
        <source>step status</source>
        <translation>Schrittstatus</translation>
    </message>
    <message>
        <source>transcript direction</source>
        <translation>Richtung im Mitschnitt</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>security mode</source>
        <translation>Verschlüsselungsmodus</translation>
    </message>
    <message>
        <source>connection outcome</source>
        <translation>Verbindungsergebnis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be an object</source>
        <translation>„%1“ sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown reply status &quot;%1&quot;</source>
        <translation>unbekannter Antwortstatus „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code</source>
        <translation>„%1“ ist kein erweiterter Statuscode</translation>
    </message>
    <message>
        <source>unknown response code kind &quot;%1&quot;</source>
        <translation>unbekannte Art von Antwortcode „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a saved report.</source>
        <translation>„%1“ ist ein Ordner, kein gespeicherter Bericht.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB: too large for a saved report, so it is not read.</source>
        <translation>„%1“ ist größer als %2 MiB: zu groß für einen gespeicherten Bericht, daher wird die Datei nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report this program can open. %2</source>
        <translation>„%1“ ist kein Bericht, den dieses Programm öffnen kann. %2</translation>
    </message>
    <message>
        <source>login result</source>
        <translation>Anmeldeergebnis</translation>
    </message>
    <message>
        <source>login obstacle</source>
        <translation>Anmeldehindernis</translation>
    </message>
    <message numerus="yes">
        <source>- ... and %n more finding(s) in the full report</source>
        <translation>
            <numerusform>- ... und %n weiterer Befund im vollständigen Bericht</numerusform>
            <numerusform>- ... und %n weitere Befunde im vollständigen Bericht</numerusform>
        </translation>
    </message>
    <message>
        <source>finding topic</source>
        <translation>Befundthema</translation>
    </message>
    <message>
        <source>ok (%1)</source>
        <translation>ok (%1)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>refused — %1</source>
        <translation>abgelehnt — %1</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>not tried — %1</source>
        <translation>nicht versucht — %1</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>1 message in the inbox</source>
        <translation>1 Nachricht im Posteingang</translation>
    </message>
    <message>
        <source>%1 messages in the inbox</source>
        <translation>%1 Nachrichten im Posteingang</translation>
    </message>
    <message>
        <source>%1 % of the quota used</source>
        <translation>%1 % des Kontingents belegt</translation>
    </message>
    <message>
        <source>sender %1 accepted</source>
        <translation>Absender %1 angenommen</translation>
    </message>
    <message>
        <source>sender %1 refused</source>
        <translation>Absender %1 abgelehnt</translation>
    </message>
    <message>
        <source>recipient %1 accepted</source>
        <translation>Empfänger %1 angenommen</translation>
    </message>
    <message>
        <source>recipient %1 refused</source>
        <translation>Empfänger %1 abgelehnt</translation>
    </message>
    <message>
        <source>After login: %1</source>
        <translation>Nach der Anmeldung: %1</translation>
    </message>
    <message>
        <source>name lookup outcome</source>
        <translation>Ergebnis der Namensauflösung</translation>
    </message>
</context>
<context>
    <name>SaslClient</name>
    <message>
        <source>%1 needs an OAuth 2 access token</source>
        <translation>%1 braucht ein OAuth-2-Zugangstoken</translation>
    </message>
    <message>
        <source>%1 cannot send a user name or token with control characters</source>
        <translation>%1 kann keinen Benutzernamen und kein Token mit Steuerzeichen senden</translation>
    </message>
    <message>
        <source>%1 needs a password</source>
        <translation>%1 braucht ein Passwort</translation>
    </message>
    <message>
        <source>%1 cannot send a user name or password with control characters</source>
        <translation>%1 kann keinen Benutzernamen und kein Passwort mit Steuerzeichen senden</translation>
    </message>
    <message>
        <source>the server asked for more than PLAIN has to say</source>
        <translation>der Server hat nach mehr gefragt, als PLAIN zu sagen hat</translation>
    </message>
    <message>
        <source>the server asked for more than a user name and a password</source>
        <translation>der Server hat nach mehr als Benutzername und Passwort gefragt</translation>
    </message>
    <message>
        <source>the server sent a second CRAM-MD5 challenge</source>
        <translation>der Server hat eine zweite CRAM-MD5-Challenge gesendet</translation>
    </message>
    <message>
        <source>the server sent an empty CRAM-MD5 challenge</source>
        <translation>der Server hat eine leere CRAM-MD5-Challenge gesendet</translation>
    </message>
    <message>
        <source>the server sent a SCRAM challenge before the client spoke</source>
        <translation>der Server hat eine SCRAM-Challenge gesendet, bevor der Client etwas gesagt hat</translation>
    </message>
    <message>
        <source>the server sent another challenge after proving itself</source>
        <translation>der Server hat nach seinem Beweis noch eine Challenge gesendet</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM signature is wrong</source>
        <translation>die SCRAM-Signatur des Servers ist falsch</translation>
    </message>
    <message>
        <source>the server reported a SCRAM error: %1</source>
        <translation>der Server hat einen SCRAM-Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>the server sent a challenge before the client spoke</source>
        <translation>der Server hat eine Challenge gesendet, bevor der Client etwas gesagt hat</translation>
    </message>
    <message>
        <source>the server sent more than one error challenge</source>
        <translation>der Server hat mehr als eine Fehler-Challenge gesendet</translation>
    </message>
    <message>
        <source>the mechanism takes no challenges</source>
        <translation>das Verfahren erwartet keine Challenges</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM challenge is too long</source>
        <translation>die SCRAM-Challenge des Servers ist zu lang</translation>
    </message>
    <message>
        <source>the server asks for a SCRAM extension this client does not know</source>
        <translation>der Server verlangt eine SCRAM-Erweiterung, die dieser Client nicht kennt</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM challenge lacks its nonce, salt or count</source>
        <translation>in der SCRAM-Challenge des Servers fehlt die Nonce, das Salt oder die Iterationszahl</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM nonce does not extend the client&apos;s</source>
        <translation>die SCRAM-Nonce des Servers setzt die des Clients nicht fort</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM salt is not valid base64</source>
        <translation>das SCRAM-Salt des Servers ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM iteration count is not a number</source>
        <translation>die SCRAM-Iterationszahl des Servers ist keine Zahl</translation>
    </message>
    <message>
        <source>the server asks for %1 SCRAM iterations, more than %2</source>
        <translation>der Server verlangt %1 SCRAM-Iterationen, mehr als %2</translation>
    </message>
    <message>
        <source>the server accepted the login without proving it knows the password (SCRAM signature missing or wrong)</source>
        <translation>der Server hat die Anmeldung angenommen, ohne zu beweisen, dass er das Passwort kennt (SCRAM-Signatur fehlt oder ist falsch)</translation>
    </message>
    <message>
        <source>(an error challenge of %1 bytes, not read)</source>
        <translation>(eine Fehler-Challenge mit %1 Bytes, nicht gelesen)</translation>
    </message>
    <message>
        <source>(an error challenge that is not JSON)</source>
        <translation>(eine Fehler-Challenge, die kein JSON ist)</translation>
    </message>
</context>
<context>
    <name>SettingsFinder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the answer is larger than 256 KiB</source>
        <translation>die Antwort ist größer als 256 KiB</translation>
    </message>
    <message>
        <source>HTTP %1: a redirect to %2 (not followed)</source>
        <translation>HTTP %1: eine Weiterleitung zu %2 (nicht gefolgt)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>HTTP 200, %n bytes</source>
        <translation>
            <numerusform>HTTP 200, %n Byte</numerusform>
            <numerusform>HTTP 200, %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the document has a DTD, which a mail configuration never needs</source>
        <translation>das Dokument hat eine DTD, die eine Mailkonfiguration nie braucht</translation>
    </message>
    <message>
        <source>the document has too many elements</source>
        <translation>das Dokument hat zu viele Elemente</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>das Dokument ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>the document is larger than 256 KiB</source>
        <translation>das Dokument ist größer als 256 KiB</translation>
    </message>
    <message>
        <source>the root element is not clientConfig</source>
        <translation>das Wurzelelement ist nicht clientConfig</translation>
    </message>
    <message>
        <source>the document has no emailProvider</source>
        <translation>das Dokument enthält kein Element emailProvider</translation>
    </message>
    <message>
        <source>the root element is not Autodiscover</source>
        <translation>das Wurzelelement ist nicht Autodiscover</translation>
    </message>
    <message>
        <source>the response has no Account</source>
        <translation>die Antwort enthält kein Element Account</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address or a domain</source>
        <translation>„%1“ ist keine E-Mail-Adresse und keine Domain</translation>
    </message>
    <message>
        <source>the DNS server &quot;%1&quot; is not an IP address with an optional port</source>
        <translation>der DNS-Server „%1“ ist keine IP-Adresse mit optionalem Port</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>not tried: cancelled</source>
        <translation>nicht versucht: abgebrochen</translation>
    </message>
    <message>
        <source>%1, but not a usable document: %2</source>
        <translation>%1, aber kein brauchbares Dokument: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <translation>
            <numerusform>%1: %n Server</numerusform>
            <numerusform>%1: %n Server</numerusform>
        </translation>
    </message>
    <message>
        <source> (redirected to %1)</source>
        <translation> (weitergeleitet zu %1)</translation>
    </message>
    <message>
        <source>; redirects to the address %1 (not followed)</source>
        <translation>; leitet an die Adresse %1 weiter (nicht gefolgt)</translation>
    </message>
    <message>
        <source>redirected to another host</source>
        <translation>zu einem anderen Host weitergeleitet</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>keine MX-Einträge</translation>
    </message>
    <message>
        <source>derived from the MX host %1</source>
        <translation>abgeleitet vom MX-Host %1</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>kein SRV-Eintrag</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not offered (target &quot;.&quot;)</source>
        <translation>nicht angeboten (Ziel „.“)</translation>
    </message>
    <message>
        <source>DNS record (not signed)</source>
        <translation>DNS-Eintrag (nicht signiert)</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>geraten: %1</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>geraten</translation>
    </message>
    <message>
        <source>host in another domain (%1)</source>
        <translation>Host in einer anderen Domain (%1)</translation>
    </message>
    <message>
        <source>not tried: no encryption (a password would travel in plain text)</source>
        <translation>nicht versucht: keine Verschlüsselung (ein Passwort würde im Klartext übertragen)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>works: %1, certificate verified</source>
        <translation>funktioniert: %1, Zertifikat überprüft</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate is for %1, not for %2</source>
        <translation>das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>the name in the certificate of %1</source>
        <translation>der Name im Zertifikat von %1</translation>
    </message>
    <message>
        <source>name taken from a certificate</source>
        <translation>Name aus einem Zertifikat übernommen</translation>
    </message>
    <message>
        <source>%1, server %2, port %3, %4</source>
        <translation>%1, Server %2, Port %3, %4</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>Server: %1 → %2</translation>
    </message>
    <message>
        <source>Protocol: %1 → %2</source>
        <translation>Protokoll: %1 → %2</translation>
    </message>
    <message>
        <source>Port: %1 → %2</source>
        <translation>Port: %1 → %2</translation>
    </message>
    <message>
        <source>Security: %1 → %2</source>
        <translation>Verschlüsselung: %1 → %2</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Eingehende E-Mails: %1</translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation>Ausgehende E-Mails: %1</translation>
    </message>
    <message>
        <source>User name: your full email address, unless your provider says otherwise.</source>
        <translation>Benutzername: Ihre vollständige E-Mail-Adresse, sofern Ihr Anbieter nichts anderes angibt.</translation>
    </message>
    <message>
        <source>Settings for %1</source>
        <translation>Einstellungen für %1</translation>
    </message>
    <message>
        <source>Found nothing that works: no source suggested a server that answered with verified encryption. Everything that was asked is listed below.</source>
        <translation>Nichts gefunden, das funktioniert: Keine Quelle hat einen Server vorgeschlagen, der mit überprüfter Verschlüsselung geantwortet hat. Alle Anfragen sind unten aufgeführt.</translation>
    </message>
    <message>
        <source>Incoming: nothing found that works</source>
        <translation>Eingehende E-Mails: nichts gefunden, das funktioniert</translation>
    </message>
    <message>
        <source>Outgoing: nothing found that works</source>
        <translation>Ausgehende E-Mails: nichts gefunden, das funktioniert</translation>
    </message>
    <message>
        <source>Customer has: nothing proven to compare with</source>
        <translation>Kunde hat: nichts Bestätigtes zum Vergleich</translation>
    </message>
    <message>
        <source>Customer has → should be:</source>
        <translation>Kunde hat → richtig wäre:</translation>
    </message>
    <message>
        <source>  nothing to change</source>
        <translation>  nichts zu ändern</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Abgefragt:</translation>
    </message>
    <message>
        <source>Took %1 s (slowest probe %2 s).</source>
        <translation>Dauer: %1 s (langsamste Prüfung %2 s).</translation>
    </message>
    <message>
        <source>high trust</source>
        <translation>hohes Vertrauen</translation>
    </message>
    <message>
        <source>lower trust</source>
        <translation>geringeres Vertrauen</translation>
    </message>
    <message>
        <source>  %1 from %2 (%3%4)</source>
        <translation>  %1 aus %2 (%3%4)</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>no server given</source>
        <translation>kein Server angegeben</translation>
    </message>
    <message>
        <source>unknown scheme (use smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve or lmtp)</source>
        <translation>unbekanntes Schema (verwenden Sie smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve oder lmtp)</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot; (use smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve or lmtp)</source>
        <translation>unbekanntes Schema „%1“ (verwenden Sie smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve oder lmtp)</translation>
    </message>
    <message>
        <source>&quot;@&quot; in the server: give the server name only, such as mail.example.com, not a mail address or user name</source>
        <translation>„@“ im Server: Geben Sie nur den Servernamen an, zum Beispiel mail.example.com, keine E-Mail-Adresse und keinen Benutzernamen</translation>
    </message>
    <message>
        <source>missing &quot;]&quot; after the IPv6 address</source>
        <translation>„]“ fehlt nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>unerwarteter Text nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>the text in [ ] is not an IPv6 address</source>
        <translation>der Text in [ ] ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>not a valid address (more than one &quot;:&quot;)</source>
        <translation>keine gültige Adresse (mehr als ein „:“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation>„%1“ ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>invalid port (use 1-65535)</source>
        <translation>ungültiger Port (1–65535 verwenden)</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (use 1-65535)</source>
        <translation>ungültiger Port „%1“ (1–65535 verwenden)</translation>
    </message>
    <message>
        <source>not a valid server name</source>
        <translation>kein gültiger Servername</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name</source>
        <translation>„%1“ ist kein gültiger Servername</translation>
    </message>
</context>
<context>
    <name>VerdictSummary</name>
    <message>
        <source>Cancelled: the inspection was stopped before it finished</source>
        <translation>Abgebrochen: Die Prüfung wurde vor dem Ende gestoppt</translation>
    </message>
    <message>
        <source>What happened until then is shown below.</source>
        <translation>Was bis dahin geschah, steht unten.</translation>
    </message>
    <message>
        <source>%1 on port %2 with %3, finished in %4.</source>
        <translation>%1 auf Port %2 mit %3, fertig in %4.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Not secure: the connection was not encrypted</source>
        <translation>Nicht sicher: Die Verbindung war nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Security is set to None: passwords and mail would travel as plain text. Choose STARTTLS or SSL/TLS.</source>
        <translation>Die Verschlüsselung ist auf „Keine“ gestellt: Passwörter und E-Mails würden im Klartext übertragen. Wählen Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <source>Not secure: the certificate could not be verified</source>
        <translation>Nicht sicher: Das Zertifikat konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>Failed: the inspection did not get through</source>
        <translation>Fehlgeschlagen: Die Prüfung ist nicht durchgekommen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Found at the step “%1”. What to change is in the finding below.</source>
        <translation>Gefunden beim Schritt „%1“. Was zu ändern ist, steht im Befund unten.</translation>
    </message>
    <message numerus="yes">
        <source>Found at the step “%1”. What to change is in the findings below (%n more).</source>
        <translation>
            <numerusform>Gefunden beim Schritt „%1“. Was zu ändern ist, steht in den Befunden unten (%n weiterer).</numerusform>
            <numerusform>Gefunden beim Schritt „%1“. Was zu ändern ist, steht in den Befunden unten (%n weitere).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, trusted certificate for %2</source>
        <translation>%1, vertrauenswürdiges Zertifikat für %2</translation>
    </message>
    <message>
        <source>Secure, but: %1</source>
        <translation>Sicher, aber: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Secure: %1</source>
        <translation>Sicher: %1</translation>
    </message>
    <message>
        <source>Secure connection — logged in, but: %1</source>
        <translation>Sichere Verbindung — angemeldet, aber: %1</translation>
    </message>
    <message>
        <source>Secure connection — no login: %1</source>
        <translation>Sichere Verbindung — keine Anmeldung: %1</translation>
    </message>
    <message>
        <source>Secure connection — login refused: %1</source>
        <translation>Sichere Verbindung — Anmeldung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspects mail connections step by step and says what to fix.</source>
        <translation>Prüft Mailverbindungen Schritt für Schritt und sagt, was zu beheben ist.</translation>
    </message>
    <message>
        <source>Start the built-in practice servers on 127.0.0.1 and fill the form with the first one.</source>
        <translation>Die eingebauten Übungsserver auf 127.0.0.1 starten und das Formular mit dem ersten ausfüllen.</translation>
    </message>
    <message>
        <source>Start inspecting the target in the form right away.</source>
        <translation>Die Prüfung des Ziels im Formular sofort starten.</translation>
    </message>
    <message>
        <source>Start the practice server SCENARIO (see the Practice menu) and fill the form for it.</source>
        <translation>Den Übungsserver SCENARIO starten (siehe Menü „Übung“) und das Formular dafür ausfüllen.</translation>
    </message>
    <message>
        <source>Optional: a saved report (.json) to open, or host, host:port or a URL such as imaps://mail.example.com</source>
        <translation>Optional: ein gespeicherter Bericht (.json) zum Öffnen, oder Host, Host:Port oder eine URL wie imaps://mail.example.com</translation>
    </message>
</context>
</TS>
