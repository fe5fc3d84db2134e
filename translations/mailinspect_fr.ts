<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountCheck</name>
    <message>
        <source>The inbox could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la boîte de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unreadable answer: %1</source>
        <translation>Réponse illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inbox opened read-only</source>
        <translation>Boîte de réception ouverte en lecture seule</translation>
    </message>
    <message>
        <source>%1 messages in the inbox</source>
        <translation>%1 messages dans la boîte de réception</translation>
    </message>
    <message>
        <source>No quota: %1</source>
        <translation>Pas de quota&#xa0;: %1</translation>
    </message>
    <message>
        <source>No quota limit for the inbox</source>
        <translation>Aucune limite de quota pour la boîte de réception</translation>
    </message>
    <message>
        <source>%1 % of the quota used (%2: %3 of %4)</source>
        <translation>%1&#xa0;% du quota utilisé (%2&#xa0;: %3 sur %4)</translation>
    </message>
    <message>
        <source>Sender %1 refused: %2</source>
        <translation>Expéditeur %1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sender %1 accepted</source>
        <translation>Expéditeur %1 accepté</translation>
    </message>
    <message>
        <source>Sender accepted with itself as the recipient</source>
        <translation>Expéditeur accepté avec lui-même comme destinataire</translation>
    </message>
    <message>
        <source>Refused with the sender as the recipient: %1</source>
        <translation>Refusé avec l&apos;expéditeur comme destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recipient %1 accepted</source>
        <translation>Destinataire %1 accepté</translation>
    </message>
    <message>
        <source>Recipient %1 refused: %2</source>
        <translation>Destinataire %1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test envelope dropped; no message was sent: %1</source>
        <translation>Enveloppe de test abandonnée&#xa0;; aucun message n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>the server offers no login (no AUTH in EHLO)</source>
        <translation>le serveur ne propose pas d&apos;authentification (pas d&apos;AUTH dans la réponse EHLO)</translation>
    </message>
    <message>
        <source>the user name or password contains a line break (CR or LF) or a NUL character</source>
        <translation>l&apos;identifiant ou le mot de passe contient un saut de ligne (CR ou LF) ou un caractère NUL</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the server does not offer %1 (it offers %2)</source>
        <translation>le serveur ne propose pas %1 (mécanismes proposés&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 would reveal the secret on this connection</source>
        <translation>%1 révélerait le secret sur cette connexion</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>the strongest the server offers for an access token</source>
        <translation>le plus fort que le serveur propose pour un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>the strongest the server offers for a password</source>
        <translation>le plus fort que le serveur propose pour un mot de passe</translation>
    </message>
    <message>
        <source>the server disabled LOGIN and offers no AUTHENTICATE mechanism</source>
        <translation>le serveur a désactivé LOGIN et ne propose aucun mécanisme AUTHENTICATE</translation>
    </message>
    <message>
        <source>the server offers no SASL mechanism</source>
        <translation>le serveur ne propose aucun mécanisme SASL</translation>
    </message>
    <message>
        <source>every mechanism that fits would reveal the secret on this connection</source>
        <translation>tous les mécanismes adaptés révéleraient le secret sur cette connexion</translation>
    </message>
    <message>
        <source>no mechanism the server offers (%1) works with a password</source>
        <translation>aucun mécanisme proposé par le serveur (%1) ne fonctionne avec un mot de passe</translation>
    </message>
    <message>
        <source>no mechanism the server offers (%1) works with an access token</source>
        <translation>aucun mécanisme proposé par le serveur (%1) ne fonctionne avec un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>the server sent a challenge of %1 bytes, more than %2</source>
        <translation>le serveur a envoyé un défi de %1 octets, plus de %2</translation>
    </message>
    <message>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>le défi du serveur n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>the server asked for more than the LOGIN command has</source>
        <translation>le serveur a demandé plus que ce que la commande LOGIN contient</translation>
    </message>
    <message>
        <source>the server sent a challenge to a command that takes none</source>
        <translation>le serveur a envoyé un défi à une commande qui n&apos;en attend aucun</translation>
    </message>
    <message>
        <source>%1; the server kept asking after the client cancelled</source>
        <translation>%1&#xa0;; le serveur a continué à demander après l&apos;annulation par le client</translation>
    </message>
    <message>
        <source>the server sent more than %1 challenges</source>
        <translation>le serveur a envoyé plus de %1 défis</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Inspects a mail server connection step by step: DNS, TCP, greeting, capabilities,
STARTTLS or implicit TLS, the certificate, and goodbye.</source>
        <translation>Inspecte pas à pas la connexion à un serveur de messagerie&#xa0;: DNS, TCP, accueil, capacités,
STARTTLS ou TLS implicite, le certificat et la fin de session.</translation>
    </message>
    <message>
        <source>smtp|submission|imap|pop3|sieve|lmtp</source>
        <translation>smtp|submission|imap|pop3|sieve|lmtp</translation>
    </message>
    <message>
        <source>Port number.</source>
        <translation>Numéro de port.</translation>
    </message>
    <message>
        <source>auto|starttls|tls|none (default auto: by port)</source>
        <translation>auto|starttls|tls|none (par défaut auto&#xa0;: selon le port)</translation>
    </message>
    <message>
        <source>Connect to ADDR; TARGET&apos;s host is still the name sent as SNI and checked in the certificate.</source>
        <translation>Se connecter à ADDR&#xa0;; le nom d&apos;hôte de TARGET reste le nom envoyé en SNI et vérifié dans le certificat.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Certificats d&apos;autorité (CA) supplémentaires considérés comme fiables (PEM).</translation>
    </message>
    <message>
        <source>Per-step timeout in seconds (default 10).</source>
        <translation>Délai d&apos;attente par étape, en secondes (par défaut 10).</translation>
    </message>
    <message>
        <source>Time for the whole inspection in seconds, the follow-up in the other security mode included; with --all-addresses, for each address (default: none).</source>
        <translation>Durée maximale de toute l&apos;inspection en secondes, tentative dans l&apos;autre mode de sécurité comprise&#xa0;; avec --all-addresses, pour chaque adresse (par défaut&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Try to log in as NAME (password from --password-file or MAILINSPECT_PASSWORD); never over plain text unless --allow-plaintext-auth is given.</source>
        <translation>Tenter de s&apos;authentifier avec l&apos;identifiant NAME (mot de passe lu dans --password-file ou MAILINSPECT_PASSWORD)&#xa0;; jamais en clair sauf si --allow-plaintext-auth est indiqué.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (ending at LF or CRLF). A user name or password with CR, LF or NUL is refused before connecting.</source>
        <translation>Lire le mot de passe dans la première ligne de FILE (terminée par LF ou CRLF). Un identifiant ou un mot de passe contenant CR, LF ou NUL est refusé avant la connexion.</translation>
    </message>
    <message>
        <source>Allow sending the password without TLS.</source>
        <translation>Autoriser l&apos;envoi du mot de passe sans TLS.</translation>
    </message>
    <message>
        <source>%1 (default: by the --output file&apos;s extension (%2), else text)</source>
        <translation>%1 (par défaut&#xa0;: selon l&apos;extension du fichier --output (%2), sinon text)</translation>
    </message>
    <message>
        <source>Write the report to FILE (&quot;-&quot;: standard output). A regular file is replaced whole; a FIFO, device or /dev/fd/N is written to as it is.</source>
        <translation>Écrire le rapport dans FILE («&#xa0;-&#xa0;»&#xa0;: sortie standard). Un fichier ordinaire est remplacé entièrement&#xa0;; un FIFO, un périphérique ou /dev/fd/N est écrit tel quel.</translation>
    </message>
    <message>
        <source>Show the saved JSON report FILE (written with -f json) in the format asked for, instead of inspecting: no TARGET, nothing is connected to; the exit status follows the report&apos;s findings.</source>
        <translation>Afficher le rapport JSON enregistré FILE (écrit avec -f json) dans le format demandé, au lieu d&apos;inspecter&#xa0;: pas de TARGET, aucune connexion n&apos;est établie&#xa0;; le code de sortie suit les constats du rapport.</translation>
    </message>
    <message>
        <source>Inspect every A/AAAA address of the host.</source>
        <translation>Inspecter chaque adresse A/AAAA de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Also test the server for STARTTLS command injection (sends one extra pipelined command).</source>
        <translation>Tester aussi l&apos;injection de commandes STARTTLS sur le serveur (envoie une commande supplémentaire en pipeline).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>host, host:port, or a URL: smtp:// smtps:// submission:// imap:// imaps:// pop3:// pop3s:// sieve:// lmtp:// (none with --input)</source>
        <translation>hôte, hôte:port ou une URL&#xa0;: smtp:// smtps:// submission:// imap:// imaps:// pop3:// pop3s:// sieve:// lmtp:// (aucune avec --input)</translation>
    </message>
    <message>
        <source>--output needs a file name (&quot;-&quot; for standard output)</source>
        <translation>--output attend un nom de fichier («&#xa0;-&#xa0;» pour la sortie standard)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
    <message>
        <source>--format %1 does not match the output file name: .%2 means %3 (drop --format or rename the file)</source>
        <translation>--format %1 ne correspond pas au nom du fichier de sortie&#xa0;: .%2 signifie %3 (retirez --format ou renommez le fichier)</translation>
    </message>
    <message>
        <source>--input shows a saved report: give no TARGET with it</source>
        <translation>--input affiche un rapport enregistré&#xa0;: n&apos;indiquez pas de TARGET avec cette option</translation>
    </message>
    <message>
        <source>--%1 is for an inspection; --input shows a saved report as it was recorded</source>
        <translation>--%1 sert à une inspection&#xa0;; --input affiche un rapport enregistré tel qu&apos;il a été enregistré</translation>
    </message>
    <message>
        <source>--input needs the file name of a saved JSON report</source>
        <translation>--input attend le nom de fichier d&apos;un rapport JSON enregistré</translation>
    </message>
    <message>
        <source>no target given (try --help)</source>
        <translation>aucune cible indiquée (essayez --help)</translation>
    </message>
    <message>
        <source>more than one target given (%1 words outside the options)</source>
        <translation>plus d&apos;une cible indiquée (%1 mots en dehors des options)</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (use smtp, submission, imap, pop3, sieve or lmtp)</source>
        <translation>protocole inconnu «&#xa0;%1&#xa0;» (utilisez smtp, submission, imap, pop3, sieve ou lmtp)</translation>
    </message>
    <message>
        <source>unknown security mode &quot;%1&quot; (use auto, starttls, tls or none)</source>
        <translation>mode de sécurité inconnu «&#xa0;%1&#xa0;» (utilisez auto, starttls, tls ou none)</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (use 1-65535)</source>
        <translation>port non valide «&#xa0;%1&#xa0;» (utilisez 1-65535)</translation>
    </message>
    <message>
        <source>%1 has no implicit-TLS port; give one with --port</source>
        <translation>%1 n&apos;a pas de port TLS implicite&#xa0;; indiquez-en un avec --port</translation>
    </message>
    <message>
        <source>--connect-address needs an IP address, not &quot;%1&quot;</source>
        <translation>--connect-address attend une adresse IP, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read CA file &quot;%1&quot;</source>
        <translation>impossible de lire le fichier CA «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no PEM certificates in CA file &quot;%1&quot;</source>
        <translation>aucun certificat PEM dans le fichier CA «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid timeout &quot;%1&quot; (seconds, more than 0)</source>
        <translation>délai d&apos;attente non valide «&#xa0;%1&#xa0;» (en secondes, plus de 0)</translation>
    </message>
    <message>
        <source>invalid deadline &quot;%1&quot; (seconds, more than 0, at most 86400)</source>
        <translation>durée maximale non valide «&#xa0;%1&#xa0;» (en secondes, plus de 0, au plus 86400)</translation>
    </message>
    <message>
        <source>cannot read password file &quot;%1&quot;</source>
        <translation>impossible de lire le fichier de mot de passe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--password-file needs --user</source>
        <translation>--password-file nécessite --user</translation>
    </message>
    <message>
        <source>Address %1 of %2: %3</source>
        <translation>Adresse %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>a PDF is not for a terminal; give --output FILE.pdf or pipe it on</source>
        <translation>un PDF ne s&apos;affiche pas dans un terminal&#xa0;; indiquez --output FICHIER.pdf ou redirigez la sortie</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write the report to standard output: %1</source>
        <translation>impossible d&apos;écrire le rapport sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Log in with this mechanism: %1 (any case; default: the strongest the server offers that the credentials allow).</source>
        <translation>S&apos;authentifier avec ce mécanisme&#xa0;: %1 (majuscules ou minuscules&#xa0;; par défaut&#xa0;: le plus fort que le serveur propose et que les identifiants permettent).</translation>
    </message>
    <message>
        <source>Read an OAuth 2 access token for XOAUTH2 or OAUTHBEARER from FILE (trailing line ends removed; also MAILINSPECT_OAUTH_TOKEN).</source>
        <translation>Lire un jeton d&apos;accès OAuth 2 pour XOAUTH2 ou OAUTHBEARER dans FILE (fins de ligne finales retirées&#xa0;; aussi MAILINSPECT_OAUTH_TOKEN).</translation>
    </message>
    <message>
        <source>unknown login mechanism &quot;%1&quot; (use auto, %2)</source>
        <translation>mécanisme d&apos;authentification inconnu «&#xa0;%1&#xa0;» (utilisez auto, %2)</translation>
    </message>
    <message>
        <source>--auth-mechanism needs --user</source>
        <translation>--auth-mechanism nécessite --user</translation>
    </message>
    <message>
        <source>cannot read token file &quot;%1&quot;</source>
        <translation>impossible de lire le fichier de jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>token file &quot;%1&quot; is larger than %2 KiB</source>
        <translation>le fichier de jeton «&#xa0;%1&#xa0;» dépasse %2 Kio</translation>
    </message>
    <message>
        <source>token file &quot;%1&quot; is empty</source>
        <translation>le fichier de jeton «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>--user needs a password: --password-file FILE or MAILINSPECT_PASSWORD (or an access token: --oauth-token-file FILE or MAILINSPECT_OAUTH_TOKEN)</source>
        <translation>--user nécessite un mot de passe&#xa0;: --password-file FILE ou MAILINSPECT_PASSWORD (ou un jeton d&apos;accès&#xa0;: --oauth-token-file FILE ou MAILINSPECT_OAUTH_TOKEN)</translation>
    </message>
    <message>
        <source>--auth-mechanism %1 needs an access token: --oauth-token-file FILE or MAILINSPECT_OAUTH_TOKEN</source>
        <translation>--auth-mechanism %1 nécessite un jeton d&apos;accès&#xa0;: --oauth-token-file FILE ou MAILINSPECT_OAUTH_TOKEN</translation>
    </message>
    <message>
        <source>--auth-mechanism %1 needs a password: --password-file FILE or MAILINSPECT_PASSWORD</source>
        <translation>--auth-mechanism %1 nécessite un mot de passe&#xa0;: --password-file FILE ou MAILINSPECT_PASSWORD</translation>
    </message>
    <message>
        <source>--oauth-token-file needs --user</source>
        <translation>--oauth-token-file nécessite --user</translation>
    </message>
    <message>
        <source>After the login, do not open the inbox (IMAP: EXAMINE and quota; POP3: STAT).</source>
        <translation>Après l&apos;authentification, ne pas ouvrir la boîte de réception (IMAP&#xa0;: EXAMINE et quota&#xa0;; POP3&#xa0;: STAT).</translation>
    </message>
    <message>
        <source>SMTP: after the login, ask whether it may send as ADDR (MAIL FROM, then RSET; no message is sent).</source>
        <translation>SMTP&#xa0;: après l&apos;authentification, demander si le compte peut envoyer en tant que ADDR (MAIL FROM, puis RSET&#xa0;; aucun message n&apos;est envoyé).</translation>
    </message>
    <message>
        <source>SMTP: with --mail-from, also ask whether the server takes mail for ADDR (RCPT TO).</source>
        <translation>SMTP&#xa0;: avec --mail-from, demander aussi si le serveur accepte le courrier pour ADDR (RCPT TO).</translation>
    </message>
    <message>
        <source>--rcpt-to needs --mail-from</source>
        <translation>--rcpt-to nécessite --mail-from</translation>
    </message>
    <message>
        <source>--mail-from checks the account after a login: it needs --user</source>
        <translation>--mail-from vérifie le compte après une authentification&#xa0;: il nécessite --user</translation>
    </message>
    <message>
        <source>Ask the DNS server ADDR[:PORT] for every name instead of the system&apos;s resolver.</source>
        <translation>Interroger le serveur DNS ADDR[:PORT] pour chaque nom au lieu du résolveur du système.</translation>
    </message>
    <message>
        <source>Find and test the settings for ADDRESS (an email address or a domain): autoconfig, ISPDB, MX, SRV, Autodiscover and guesses, each inspected. A TARGET, --protocol, --port or --security given too are what the customer has now, compared with what works.</source>
        <translation>Trouver et tester les paramètres pour ADDRESS (une adresse e-mail ou un domaine)&#xa0;: autoconfig, ISPDB, MX, SRV, Autodiscover et suppositions, chacun inspecté. Un TARGET, --protocol, --port ou --security indiqués en plus décrivent ce que l&apos;utilisateur a actuellement, comparé à ce qui fonctionne.</translation>
    </message>
    <message>
        <source>Where the ISPDB lives (default https://autoconfig.thunderbird.net/v1.1/); the domain is appended.</source>
        <translation>Emplacement de l&apos;ISPDB (par défaut https://autoconfig.thunderbird.net/v1.1/)&#xa0;; le domaine est ajouté à la fin.</translation>
    </message>
    <message>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation>--ispdb-url attend une URL http:// ou https://</translation>
    </message>
    <message>
        <source>--ispdb-url is for --find-settings</source>
        <translation>--ispdb-url sert à --find-settings</translation>
    </message>
    <message>
        <source>--find-settings needs an email address or a domain</source>
        <translation>--find-settings attend une adresse e-mail ou un domaine</translation>
    </message>
    <message>
        <source>--%1 is for an inspection, not for --find-settings</source>
        <translation>--%1 sert à une inspection, pas à --find-settings</translation>
    </message>
    <message>
        <source>--find-settings writes text or json, not %1</source>
        <translation>--find-settings écrit du text ou du json, pas %1</translation>
    </message>
    <message>
        <source>Run the practice scenario SCENARIO (an id such as healthy-smtp-starttls) or a replay script file as a server for any number of connections until interrupted; prints how to connect and which CA file to trust.</source>
        <translation>Exécuter le scénario d’exercice SCENARIO (un identifiant comme healthy-smtp-starttls) ou un fichier de script de relecture comme serveur, pour autant de connexions que voulu, jusqu’à interruption ; affiche comment se connecter et à quel fichier de CA faire confiance.</translation>
    </message>
    <message>
        <source>With --serve: listen on ADDR:PORT (default 127.0.0.1 and a free port; another address than loopback only when given here).</source>
        <translation>Avec --serve : écouter sur ADDR:PORT (par défaut 127.0.0.1 et un port libre ; une autre adresse que la boucle locale seulement si elle est indiquée ici).</translation>
    </message>
    <message>
        <source>--listen is for --serve</source>
        <translation>--listen s’utilise avec --serve</translation>
    </message>
    <message>
        <source>--serve needs a practice scenario id or a script file</source>
        <translation>--serve nécessite un identifiant de scénario d’exercice ou un fichier de script</translation>
    </message>
    <message>
        <source>--serve runs a server: give no TARGET with it</source>
        <translation>--serve lance un serveur : n’indiquez pas de TARGET avec</translation>
    </message>
    <message>
        <source>--listen needs ADDR:PORT with an IP address (127.0.0.1:2525, [::1]:2525; port 0 for a free one)</source>
        <translation>--listen nécessite ADDR:PORT avec une adresse IP (127.0.0.1:2525, [::1]:2525 ; port 0 pour un port libre)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a practice scenario nor a readable script file (scenarios: %2)</source>
        <translation>« %1 » n’est ni un scénario d’exercice ni un fichier de script lisible (scénarios : %2)</translation>
    </message>
    <message>
        <source>the script does not parse: %1</source>
        <translation>le script est illisible : %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d’écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>cannot write the CA file</source>
        <translation>impossible d’écrire le fichier de CA</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; on %2:%3 (Ctrl+C stops it).</source>
        <translation>« %1 » est servi sur %2:%3 (Ctrl+C l’arrête).</translation>
    </message>
    <message>
        <source>Trust this CA file: %1</source>
        <translation>Faire confiance à ce fichier de CA : %1</translation>
    </message>
    <message>
        <source>Server name: %1 (point it at %2)</source>
        <translation>Nom du serveur : %1 (à faire pointer vers %2)</translation>
    </message>
    <message>
        <source>Try: mailinspect-cli --connect-address %1 --ca-file %2 -P %3 -s %4 %5:%6</source>
        <translation>Essayez : mailinspect-cli --connect-address %1 --ca-file %2 -P %3 -s %4 %5:%6</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n connection(s).</source>
        <translation>
            <numerusform>Arrêté après %n connexion.</numerusform>
            <numerusform>Arrêté après %n connexions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect every target in FILE (&quot;-&quot; for standard input): one per line, with optional --protocol, --security or --port of its own; # comments and blank lines are skipped. Writes JSON Lines (-f json) or one text row per target.</source>
        <translation>Inspecter chaque cible de FILE (« - » pour l’entrée standard) : une par ligne, avec éventuellement ses propres --protocol, --security ou --port ; les commentaires # et les lignes vides sont ignorés. Écrit des JSON Lines (-f json) ou une ligne de texte par cible.</translation>
    </message>
    <message>
        <source>With --batch: inspect N targets at a time (default 16, at most 256).</source>
        <translation>Avec --batch : inspecter N cibles à la fois (16 par défaut, 256 au plus).</translation>
    </message>
    <message>
        <source>--jobs is for --batch</source>
        <translation>--jobs s’utilise avec --batch</translation>
    </message>
    <message>
        <source>--batch needs a file name (&quot;-&quot; for standard input)</source>
        <translation>--batch nécessite un nom de fichier (« - » pour l’entrée standard)</translation>
    </message>
    <message>
        <source>--batch reads its targets from the file: give no TARGET with it</source>
        <translation>--batch lit ses cibles dans le fichier : n’indiquez pas de TARGET avec</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --batch</source>
        <translation>--%1 ne peut pas être combiné avec --batch</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs nécessite un nombre de 1 à 256</translation>
    </message>
    <message>
        <source>--batch writes JSON Lines (-f json) or text</source>
        <translation>--batch écrit des JSON Lines (-f json) ou du texte</translation>
    </message>
    <message>
        <source>only --protocol, --security and --port may be given on a line</source>
        <translation>seuls --protocol, --security et --port sont permis sur une ligne</translation>
    </message>
    <message>
        <source>not a target line</source>
        <translation>pas une ligne de cible</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>cannot read batch file &quot;%1&quot;</source>
        <translation>impossible de lire le fichier de lot « %1 »</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;</source>
        <translation>impossible d’écrire « %1 »</translation>
    </message>
    <message>
        <source>no PDF writer is installed with this program (mailinspect-pdf)</source>
        <translation>aucun générateur de PDF n’est installé avec ce programme (mailinspect-pdf)</translation>
    </message>
    <message>
        <source>the PDF writer did not finish</source>
        <translation>le générateur de PDF n’a pas terminé</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>le générateur de PDF a échoué</translation>
    </message>
    <message>
        <source>reads a report in JSON on standard input; takes no arguments</source>
        <translation>lit un rapport en JSON sur l’entrée standard ; ne prend aucun argument</translation>
    </message>
    <message>
        <source>the report is too large</source>
        <translation>le rapport est trop volumineux</translation>
    </message>
    <message>
        <source>no PDF could be made</source>
        <translation>aucun PDF n’a pu être créé</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The server name %1 does not exist</source>
        <translation>Le nom de serveur %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The name %1 could not be found in DNS, so there is no address to connect to. Either the name is misspelled, or the provider has no server under that name.</source>
        <translation>Le nom %1 est introuvable dans le DNS&#xa0;: il n&apos;y a donc aucune adresse à laquelle se connecter. Soit le nom est mal orthographié, soit le fournisseur n&apos;a pas de serveur sous ce nom.</translation>
    </message>
    <message>
        <source>Check the server name letter by letter against the provider&apos;s instructions. Mail servers usually have names like mail.example.com or imap.example.com, not just example.com.</source>
        <translation>Comparez le nom du serveur lettre par lettre avec les instructions du fournisseur. Les serveurs de messagerie ont généralement des noms comme mail.example.com ou imap.example.com, pas simplement example.com.</translation>
    </message>
    <message>
        <source>Nothing answers on port %1 of %2</source>
        <translation>Rien ne répond sur le port %1 de %2</translation>
    </message>
    <message>
        <source>Check the port number against the provider&apos;s instructions. Usual ports for this service: %4.</source>
        <translation>Comparez le numéro de port avec les instructions du fournisseur. Ports habituels pour ce service&#xa0;: %4.</translation>
    </message>
    <message>
        <source>No answer from %2 on port %1</source>
        <translation>Aucune réponse de %2 sur le port %1</translation>
    </message>
    <message>
        <source>Try again from another network, for example a phone&apos;s hotspot. If it works there, the local network or internet provider blocks the port: ask them to open it, or use another port the mail provider offers (usual ports: %4).</source>
        <translation>Réessayez depuis un autre réseau, par exemple le partage de connexion d&apos;un téléphone. Si cela fonctionne, le réseau local ou le fournisseur d&apos;accès bloque le port&#xa0;: demandez-lui de l&apos;ouvrir, ou utilisez un autre port proposé par le fournisseur de messagerie (ports habituels&#xa0;: %4).</translation>
    </message>
    <message>
        <source>%2 cannot be reached</source>
        <translation>%2 est injoignable</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection and try from another network. If only this server is affected, its provider may have a network problem.</source>
        <translation>Vérifiez la connexion réseau de cet ordinateur et essayez depuis un autre réseau. Si seul ce serveur est concerné, son fournisseur a peut-être un problème de réseau.</translation>
    </message>
    <message>
        <source>The server accepted the connection but said nothing</source>
        <translation>Le serveur a accepté la connexion mais n&apos;a rien dit</translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted, but the server did not send its greeting within %2 seconds. A mail server always speaks first, so the service is stuck or overloaded, or something in between holds the connection open without passing anything on.</source>
        <translation>La connexion au port %1 a été acceptée, mais le serveur n&apos;a pas envoyé son message d&apos;accueil dans les %2 secondes. Un serveur de messagerie parle toujours en premier&#xa0;: le service est donc bloqué ou surchargé, ou un équipement intermédiaire garde la connexion ouverte sans rien transmettre.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, the server&apos;s administrator should check the mail service on that port.</source>
        <translation>Réessayez dans quelques minutes. Si le problème persiste, l&apos;administrateur du serveur doit vérifier le service de messagerie sur ce port.</translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted, but the server did not send a greeting within %2 seconds. Port %1 normally uses SSL/TLS, where the mail app must start encryption before the server says anything; a check with SSL/TLS did not succeed either.</source>
        <translation>La connexion au port %1 a été acceptée, mais le serveur n&apos;a pas envoyé de message d&apos;accueil dans les %2 secondes. Le port %1 utilise normalement SSL/TLS&#xa0;: le logiciel de messagerie doit lancer le chiffrement avant que le serveur ne dise quoi que ce soit&#xa0;; un essai avec SSL/TLS n&apos;a pas réussi non plus.</translation>
    </message>
    <message>
        <source>Set security to SSL/TLS for this port. If that fails too, the server&apos;s administrator should check the mail service on port %1.</source>
        <translation>Réglez la sécurité sur SSL/TLS pour ce port. Si cela échoue aussi, l&apos;administrateur du serveur doit vérifier le service de messagerie sur le port %1.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting</source>
        <translation>Le serveur a fermé la connexion sans message d&apos;accueil</translation>
    </message>
    <message>
        <source>The connection to port %1 was accepted and then closed before the server said anything. Servers do this when they turn a client away outright (a block list, a limit on connections), or when the service behind the port is broken.</source>
        <translation>La connexion au port %1 a été acceptée puis fermée avant que le serveur ne dise quoi que ce soit. Les serveurs font cela lorsqu&apos;ils refusent d&apos;emblée un client (liste de blocage, limite de connexions) ou lorsque le service derrière ce port est en panne.</translation>
    </message>
    <message>
        <source>Try again later and from another network. If it persists, the server&apos;s administrator should look for this connection in the mail server&apos;s log.</source>
        <translation>Réessayez plus tard et depuis un autre réseau. Si le problème persiste, l&apos;administrateur du serveur doit rechercher cette connexion dans le journal du serveur de messagerie.</translation>
    </message>
    <message>
        <source>Port %2 uses SSL/TLS, not %1</source>
        <translation>Le port %2 utilise SSL/TLS, pas %1</translation>
    </message>
    <message>
        <source>Security is set to %1, but the server on port %2 expects encryption from the very first byte (SSL/TLS): it waits silently for the mail app to start encryption instead of sending a greeting. A second attempt with SSL/TLS on the same port worked (%3).</source>
        <translation>La sécurité est réglée sur %1, mais le serveur sur le port %2 attend le chiffrement dès le premier octet (SSL/TLS)&#xa0;: il attend en silence que le logiciel de messagerie lance le chiffrement au lieu d&apos;envoyer un message d&apos;accueil. Un second essai avec SSL/TLS sur le même port a fonctionné (%3).</translation>
    </message>
    <message>
        <source>This port uses SSL/TLS. Set security to SSL/TLS, or use port %4 with STARTTLS.</source>
        <translation>Ce port utilise SSL/TLS. Réglez la sécurité sur SSL/TLS, ou utilisez le port %4 avec STARTTLS.</translation>
    </message>
    <message>
        <source>This port uses SSL/TLS. Set security to SSL/TLS.</source>
        <translation>Ce port utilise SSL/TLS. Réglez la sécurité sur SSL/TLS.</translation>
    </message>
    <message>
        <source>Port %2 uses STARTTLS, not %1</source>
        <translation>Le port %2 utilise STARTTLS, pas %1</translation>
    </message>
    <message>
        <source>Security is set to %1, but the server on port %2 starts in plain text and expects the mail app to switch to encryption with STARTTLS. The encryption attempt got a plain-text greeting back instead. A second attempt with STARTTLS on the same port worked (%3).</source>
        <translation>La sécurité est réglée sur %1, mais le serveur sur le port %2 commence en clair et attend que le logiciel de messagerie passe au chiffrement avec STARTTLS. La tentative de chiffrement a reçu à la place un message d&apos;accueil en clair. Un second essai avec STARTTLS sur le même port a fonctionné (%3).</translation>
    </message>
    <message>
        <source>This port uses STARTTLS. Set security to STARTTLS, or use port %4 with SSL/TLS.</source>
        <translation>Ce port utilise STARTTLS. Réglez la sécurité sur STARTTLS, ou utilisez le port %4 avec SSL/TLS.</translation>
    </message>
    <message>
        <source>This port uses STARTTLS. Set security to STARTTLS.</source>
        <translation>Ce port utilise STARTTLS. Réglez la sécurité sur STARTTLS.</translation>
    </message>
    <message>
        <source>The server refuses service</source>
        <translation>Le serveur refuse le service</translation>
    </message>
    <message>
        <source>The server turned the connection away: “%1”. It does not accept mail connections from this address right now. Typical reasons are maintenance, overload, too many connections, or this address being on a block list; the server&apos;s words usually say which.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: «&#xa0;%1&#xa0;». Il n&apos;accepte pas de connexion de messagerie depuis cette adresse pour le moment. Raisons habituelles&#xa0;: maintenance, surcharge, trop de connexions, ou cette adresse figure sur une liste de blocage&#xa0;; le message du serveur indique généralement laquelle.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, give the server&apos;s message above to the mail provider; if it mentions a block list, the customer&apos;s internet address must be removed from it.</source>
        <translation>Réessayez plus tard. Si le problème persiste, transmettez le message du serveur ci-dessus au fournisseur de messagerie&#xa0;; s&apos;il mentionne une liste de blocage, l&apos;adresse Internet de l&apos;utilisateur doit en être retirée.</translation>
    </message>
    <message>
        <source>The server took %1 seconds to greet</source>
        <translation>Le serveur a mis %1 secondes à envoyer son message d&apos;accueil</translation>
    </message>
    <message>
        <source>The server accepted the connection but only sent its greeting after %1 seconds. Mail apps with a short timeout give up before that and report that the server does not answer. A slow greeting usually means the server looks up the caller&apos;s address (reverse DNS, reputation lists) and those lookups are slow, or it delays unknown clients on purpose.</source>
        <translation>Le serveur a accepté la connexion mais n&apos;a envoyé son message d&apos;accueil qu&apos;après %1 secondes. Les logiciels de messagerie dont le délai d&apos;attente est court abandonnent avant et signalent que le serveur ne répond pas. Un accueil lent signifie généralement que le serveur vérifie l&apos;adresse de l&apos;appelant (DNS inverse, listes de réputation) et que ces recherches sont lentes, ou qu&apos;il fait attendre volontairement les clients inconnus.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the server&apos;s DNS resolver and its reverse-DNS and reputation lookups. Meanwhile, raise the mail app&apos;s server timeout if it has one.</source>
        <translation>L&apos;administrateur du serveur doit vérifier le résolveur DNS du serveur ainsi que ses recherches DNS inverses et de réputation. En attendant, augmentez le délai d&apos;attente du serveur dans le logiciel de messagerie s&apos;il en a un.</translation>
    </message>
    <message>
        <source>The server took %1 seconds to finish its greeting</source>
        <translation>Le serveur a mis %1 secondes à terminer son message d&apos;accueil</translation>
    </message>
    <message>
        <source>The server sent the first line of its greeting after %2 seconds, then waited until %1 seconds before the last line. This is a deliberate test of the client (Postfix postscreen does it): a program that speaks before the greeting is complete is rejected. Mail apps that wait correctly get through, but the pause counts against their timeout.</source>
        <translation>Le serveur a envoyé la première ligne de son message d&apos;accueil après %2 secondes, puis a attendu jusqu&apos;à %1 secondes avant la dernière ligne. C&apos;est un test volontaire du client (Postfix postscreen le fait)&#xa0;: un programme qui parle avant la fin de l&apos;accueil est rejeté. Les logiciels de messagerie qui attendent correctement passent, mais la pause compte dans leur délai d&apos;attente.</translation>
    </message>
    <message>
        <source>Usually nothing to change for the user. If mail apps time out, the server&apos;s administrator can shorten the pause (postscreen_greet_wait) or exempt the networks that mail apps connect from.</source>
        <translation>En général, rien à changer côté utilisateur. Si les logiciels de messagerie dépassent leur délai d&apos;attente, l&apos;administrateur du serveur peut raccourcir la pause (postscreen_greet_wait) ou exempter les réseaux depuis lesquels ils se connectent.</translation>
    </message>
    <message>
        <source>A firewall is rewriting the mail session</source>
        <translation>Un pare-feu réécrit la session de messagerie</translation>
    </message>
    <message>
        <source>The server&apos;s greeting arrived as a row of asterisks (“%1”). A firewall with mail inspection does this (for example Cisco ASA/PIX “inspect esmtp”): it sits between the mail app and the server, hides the server&apos;s name, rewrites commands, and often removes encryption as well.</source>
        <translation>Le message d&apos;accueil du serveur est arrivé sous forme d&apos;une suite d&apos;astérisques («&#xa0;%1&#xa0;»). C&apos;est le fait d&apos;un pare-feu avec inspection de la messagerie (par exemple Cisco ASA/PIX «&#xa0;inspect esmtp&#xa0;»)&#xa0;: il se place entre le logiciel de messagerie et le serveur, masque le nom du serveur, réécrit les commandes et supprime souvent aussi le chiffrement.</translation>
    </message>
    <message>
        <source>Ask the administrator of the firewall in front of the server (or of the customer&apos;s network) to turn off ESMTP inspection for this traffic, or at least to stop masking the banner and to allow TLS.</source>
        <translation>Demandez à l&apos;administrateur du pare-feu situé devant le serveur (ou de celui du réseau de l&apos;utilisateur) de désactiver l&apos;inspection ESMTP pour ce trafic, ou au moins de ne plus masquer la bannière et d&apos;autoriser TLS.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (%1)</source>
        <translation>Le serveur ne propose pas de chiffrement (%1)</translation>
    </message>
    <message>
        <source>The server listed what it supports, and %1 was not among it. Without %1 this connection cannot be encrypted: passwords and mail would travel in plain text, and mail apps set to STARTTLS stop here.</source>
        <translation>Le serveur a indiqué ce qu&apos;il prend en charge, et %1 n&apos;y figurait pas. Sans %1, cette connexion ne peut pas être chiffrée&#xa0;: les mots de passe et les messages circuleraient en clair, et les logiciels de messagerie réglés sur STARTTLS s&apos;arrêtent ici.</translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %2 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable TLS for this service.</source>
        <translation>Si le fournisseur propose SSL/TLS, utilisez le port %2 avec la sécurité réglée sur SSL/TLS. Sinon, l&apos;administrateur du serveur doit activer TLS pour ce service.</translation>
    </message>
    <message>
        <source>The server listed what it supports, and %1 was not among it. Without %1 this connection cannot be encrypted: passwords and data would travel in plain text, and clients set to STARTTLS stop here.</source>
        <translation>Le serveur a indiqué ce qu&apos;il prend en charge, et %1 n&apos;y figurait pas. Sans %1, cette connexion ne peut pas être chiffrée&#xa0;: les mots de passe et les données circuleraient en clair, et les clients réglés sur STARTTLS s&apos;arrêtent ici.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable STARTTLS for this service.</source>
        <translation>L&apos;administrateur du serveur doit activer STARTTLS pour ce service.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS)</source>
        <translation>Le serveur ne propose pas de chiffrement (STARTTLS)</translation>
    </message>
    <message>
        <source>The server refused the modern greeting command (EHLO) and only accepted the old one (HELO). The old form has no extensions at all, so STARTTLS is not available and the connection cannot be encrypted.</source>
        <translation>Le serveur a refusé la commande d&apos;accueil moderne (EHLO) et n&apos;a accepté que l&apos;ancienne (HELO). L&apos;ancienne forme n&apos;a aucune extension&#xa0;: STARTTLS n&apos;est donc pas disponible et la connexion ne peut pas être chiffrée.</translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %1 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable EHLO and TLS (or remove whatever filters EHLO between you and the server).</source>
        <translation>Si le fournisseur propose SSL/TLS, utilisez le port %1 avec la sécurité réglée sur SSL/TLS. Sinon, l&apos;administrateur du serveur doit activer EHLO et TLS (ou supprimer ce qui filtre EHLO entre vous et le serveur).</translation>
    </message>
    <message>
        <source>The server did not announce %1, and when asked to start encryption anyway it answered “%2”. This connection cannot be encrypted: passwords and mail would travel in plain text.</source>
        <translation>Le serveur n&apos;a pas annoncé %1 et, quand on lui a quand même demandé de lancer le chiffrement, il a répondu «&#xa0;%2&#xa0;». Cette connexion ne peut pas être chiffrée&#xa0;: les mots de passe et les messages circuleraient en clair.</translation>
    </message>
    <message>
        <source>If the provider offers SSL/TLS, use port %3 with security set to SSL/TLS. Otherwise the server&apos;s administrator must enable TLS for this service.</source>
        <translation>Si le fournisseur propose SSL/TLS, utilisez le port %3 avec la sécurité réglée sur SSL/TLS. Sinon, l&apos;administrateur du serveur doit activer TLS pour ce service.</translation>
    </message>
    <message>
        <source>A firewall removes STARTTLS from the session</source>
        <translation>Un pare-feu supprime STARTTLS de la session</translation>
    </message>
    <message>
        <source>The server&apos;s list of extensions shows “%1” where STARTTLS belongs. A firewall with mail inspection (for example Cisco ASA/PIX “inspect esmtp”) overwrites STARTTLS so that mail app and server never encrypt. Mail apps set to STARTTLS fail; apps set to “encrypt if possible” silently send in plain text.</source>
        <translation>La liste des extensions du serveur affiche «&#xa0;%1&#xa0;» à la place de STARTTLS. Un pare-feu avec inspection de la messagerie (par exemple Cisco ASA/PIX «&#xa0;inspect esmtp&#xa0;») écrase STARTTLS pour que le logiciel de messagerie et le serveur ne chiffrent jamais. Les logiciels réglés sur STARTTLS échouent&#xa0;; ceux réglés sur «&#xa0;chiffrer si possible&#xa0;» envoient en clair sans rien dire.</translation>
    </message>
    <message>
        <source>The firewall&apos;s administrator must turn off ESMTP inspection for this traffic or let TLS through (Cisco: no “inspect esmtp”, or “allow-tls” in the ESMTP policy). Until then, SSL/TLS on port %2 usually passes such a firewall untouched.</source>
        <translation>L&apos;administrateur du pare-feu doit désactiver l&apos;inspection ESMTP pour ce trafic ou laisser passer TLS (Cisco&#xa0;: no «&#xa0;inspect esmtp&#xa0;», ou «&#xa0;allow-tls&#xa0;» dans la politique ESMTP). En attendant, SSL/TLS sur le port %2 traverse généralement ce type de pare-feu sans modification.</translation>
    </message>
    <message>
        <source>The server&apos;s list of extensions shows “%1” where STARTTLS belongs. A firewall with mail inspection (for example Cisco ASA/PIX “inspect esmtp”) overwrites STARTTLS so that client and server never encrypt.</source>
        <translation>La liste des extensions du serveur affiche «&#xa0;%1&#xa0;» à la place de STARTTLS. Un pare-feu avec inspection de la messagerie (par exemple Cisco ASA/PIX «&#xa0;inspect esmtp&#xa0;») écrase STARTTLS pour que le client et le serveur ne chiffrent jamais.</translation>
    </message>
    <message>
        <source>The firewall&apos;s administrator must turn off ESMTP inspection for this traffic or let TLS through (Cisco: no “inspect esmtp”, or “allow-tls” in the ESMTP policy).</source>
        <translation>L&apos;administrateur du pare-feu doit désactiver l&apos;inspection ESMTP pour ce trafic ou laisser passer TLS (Cisco&#xa0;: no «&#xa0;inspect esmtp&#xa0;», ou «&#xa0;allow-tls&#xa0;» dans la politique ESMTP).</translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation>Le serveur a refusé de lancer le chiffrement</translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but answered the request to start encryption with “%1”. The connection stays unencrypted, so mail apps set to STARTTLS stop here.</source>
        <translation>Le serveur a annoncé STARTTLS, mais a répondu «&#xa0;%1&#xa0;» à la demande de lancer le chiffrement. La connexion reste non chiffrée&#xa0;: les logiciels de messagerie réglés sur STARTTLS s&apos;arrêtent ici.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s TLS settings and its log for this moment. Meanwhile, try SSL/TLS on port %2 if the provider offers it.</source>
        <translation>L&apos;administrateur du serveur doit vérifier les réglages TLS du serveur de messagerie et son journal à ce moment-là. En attendant, essayez SSL/TLS sur le port %2 si le fournisseur le propose.</translation>
    </message>
    <message>
        <source>The server cannot start encryption (local problem)</source>
        <translation>Le serveur ne peut pas lancer le chiffrement (problème local)</translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but answered “%1”: it cannot start TLS because of a problem on its own side. Most often it cannot read its certificate or private key (missing file, wrong permissions, renewed certificate not matching the key).</source>
        <translation>Le serveur a annoncé STARTTLS, mais a répondu «&#xa0;%1&#xa0;»&#xa0;: il ne peut pas démarrer TLS à cause d&apos;un problème de son côté. Le plus souvent, il ne peut pas lire son certificat ou sa clé privée (fichier absent, mauvaises permissions, certificat renouvelé qui ne correspond pas à la clé).</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must fix the server&apos;s certificate and key files; the mail server&apos;s log names the file it could not load (Postfix: smtpd_tls_chain_files or smtpd_tls_cert_file/smtpd_tls_key_file).</source>
        <translation>L&apos;administrateur du serveur doit corriger les fichiers de certificat et de clé du serveur&#xa0;; le journal du serveur de messagerie indique le fichier qu&apos;il n&apos;a pas pu charger (Postfix&#xa0;: smtpd_tls_chain_files ou smtpd_tls_cert_file/smtpd_tls_key_file).</translation>
    </message>
    <message>
        <source>The server did not answer the request to start encryption</source>
        <translation>Le serveur n&apos;a pas répondu à la demande de lancer le chiffrement</translation>
    </message>
    <message>
        <source>The server announced STARTTLS, but never answered the request to start encryption. The connection cannot be secured.</source>
        <translation>Le serveur a annoncé STARTTLS, mais n&apos;a jamais répondu à la demande de lancer le chiffrement. La connexion ne peut pas être sécurisée.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s TLS settings and its log; a filter between client and server may also swallow the command.</source>
        <translation>L&apos;administrateur du serveur doit vérifier les réglages TLS du serveur de messagerie et son journal&#xa0;; un filtre entre le client et le serveur peut aussi avaler la commande.</translation>
    </message>
    <message>
        <source>Unexpected plain text arrived right after STARTTLS</source>
        <translation>Du texte en clair inattendu est arrivé juste après STARTTLS</translation>
    </message>
    <message>
        <source>After the server agreed to start encryption, %1 more bytes of plain text arrived before the encrypted session began (“%2”). A correct server sends nothing at that point. This is how an attacker on the network slips fake replies into the encrypted session; mailinspect threw them away, but some mail apps would not.</source>
        <translation>Après que le serveur a accepté de lancer le chiffrement, %1 octets de texte en clair supplémentaires sont arrivés avant le début de la session chiffrée («&#xa0;%2&#xa0;»). Un serveur correct n&apos;envoie rien à ce moment-là. C&apos;est ainsi qu&apos;un attaquant sur le réseau glisse de fausses réponses dans la session chiffrée&#xa0;; mailinspect les a ignorées, mais certains logiciels de messagerie ne le feraient pas.</translation>
    </message>
    <message>
        <source>Something between the mail app and the server tampers with the connection, or the server software is faulty. Inspect from another network to tell which, and report it to that network&apos;s or the server&apos;s administrator.</source>
        <translation>Quelque chose entre le logiciel de messagerie et le serveur altère la connexion, ou le logiciel du serveur est défaillant. Inspectez depuis un autre réseau pour savoir lequel, et signalez-le à l&apos;administrateur de ce réseau ou du serveur.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <translation>La connexion chiffrée n&apos;a pas pu être établie</translation>
    </message>
    <message>
        <source>The TLS handshake, where client and server agree on encryption, did not complete: %1.</source>
        <translation>La négociation TLS, où le client et le serveur s&apos;accordent sur le chiffrement, n&apos;a pas abouti&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the server&apos;s TLS settings (certificate, key, enabled TLS versions and ciphers). If other networks work, a firewall may interfere.</source>
        <translation>L&apos;administrateur du serveur doit vérifier les réglages TLS du serveur (certificat, clé, versions de TLS et algorithmes de chiffrement activés). Si cela fonctionne depuis d&apos;autres réseaux, un pare-feu interfère peut-être.</translation>
    </message>
    <message>
        <source>The server hung up while starting encryption</source>
        <translation>Le serveur a raccroché pendant le lancement du chiffrement</translation>
    </message>
    <message>
        <source>The server agreed to start encryption and then closed the connection before the TLS handshake completed. Usually the server cannot load its certificate or private key, or a firewall cuts encrypted traffic.</source>
        <translation>Le serveur a accepté de lancer le chiffrement puis a fermé la connexion avant la fin de la négociation TLS. En général, le serveur ne peut pas charger son certificat ou sa clé privée, ou un pare-feu coupe le trafic chiffré.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail server&apos;s log at this moment: it names the certificate or key it could not use.</source>
        <translation>L&apos;administrateur du serveur doit consulter le journal du serveur de messagerie à ce moment-là&#xa0;: il indique le certificat ou la clé qu&apos;il n&apos;a pas pu utiliser.</translation>
    </message>
    <message>
        <source>The server rejected the encrypted connection</source>
        <translation>Le serveur a rejeté la connexion chiffrée</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the message “%1”. Most often server and client have no TLS version or cipher in common, or the server wants a client certificate.</source>
        <translation>Le serveur a mis fin à la négociation TLS avec le message «&#xa0;%1&#xa0;». Le plus souvent, le serveur et le client n&apos;ont aucune version de TLS ni aucun algorithme de chiffrement en commun, ou le serveur exige un certificat client.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should enable current TLS versions (1.2 and 1.3) and ciphers. If the server requires client certificates, the mail app needs one.</source>
        <translation>L&apos;administrateur du serveur doit activer les versions actuelles de TLS (1.2 et 1.3) et des algorithmes de chiffrement actuels. Si le serveur exige des certificats clients, le logiciel de messagerie en a besoin d&apos;un.</translation>
    </message>
    <message>
        <source>The server only speaks an outdated TLS version</source>
        <translation>Le serveur ne parle qu&apos;une version obsolète de TLS</translation>
    </message>
    <message>
        <source>The handshake failed because the server only offers TLS 1.0 or 1.1, which current mail apps refuse (%1).</source>
        <translation>La négociation a échoué car le serveur ne propose que TLS 1.0 ou 1.1, que les logiciels de messagerie actuels refusent (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable TLS 1.2 and TLS 1.3.</source>
        <translation>L&apos;administrateur du serveur doit activer TLS 1.2 et TLS 1.3.</translation>
    </message>
    <message>
        <source>The server answered in plain text instead of TLS</source>
        <translation>Le serveur a répondu en clair au lieu de TLS</translation>
    </message>
    <message>
        <source>Security is set to SSL/TLS, but the server answered in plain text (%1), so this port starts unencrypted. A follow-up attempt with STARTTLS did not succeed either.</source>
        <translation>La sécurité est réglée sur SSL/TLS, mais le serveur a répondu en clair (%1)&#xa0;: ce port commence donc sans chiffrement. Un essai complémentaire avec STARTTLS n&apos;a pas réussi non plus.</translation>
    </message>
    <message>
        <source>Check the port and security setting against the provider&apos;s instructions: plain-text ports are used with STARTTLS.</source>
        <translation>Vérifiez le port et le réglage de sécurité par rapport aux instructions du fournisseur&#xa0;: les ports en clair s&apos;utilisent avec STARTTLS.</translation>
    </message>
    <message>
        <source>The server sent plain text instead of starting encryption</source>
        <translation>Le serveur a envoyé du texte en clair au lieu de lancer le chiffrement</translation>
    </message>
    <message>
        <source>The server agreed to STARTTLS but then kept talking in plain text instead of starting the TLS handshake (%1). Either the server is broken or something between you and the server injects text into the session.</source>
        <translation>Le serveur a accepté STARTTLS mais a continué à parler en clair au lieu de commencer la négociation TLS (%1). Soit le serveur est défaillant, soit quelque chose entre vous et le serveur injecte du texte dans la session.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to check the STARTTLS support; if it works from another network, a firewall or proxy on this network is tampering with the session.</source>
        <translation>Demandez à l&apos;administrateur du serveur de vérifier la prise en charge de STARTTLS&#xa0;; si cela fonctionne depuis un autre réseau, un pare-feu ou un proxy de ce réseau altère la session.</translation>
    </message>
    <message>
        <source>The server did not complete the encrypted connection</source>
        <translation>Le serveur n&apos;a pas terminé l&apos;établissement de la connexion chiffrée</translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the TLS handshake.</source>
        <translation>Le serveur a cessé de répondre au milieu de la négociation TLS.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, the server&apos;s administrator should check the TLS settings, and whether a firewall interferes with encrypted traffic.</source>
        <translation>Réessayez plus tard. Si le problème persiste, l&apos;administrateur du serveur doit vérifier les réglages TLS et si un pare-feu interfère avec le trafic chiffré.</translation>
    </message>
    <message>
        <source>The server uses an outdated TLS version (%1)</source>
        <translation>Le serveur utilise une version obsolète de TLS (%1)</translation>
    </message>
    <message>
        <source>The connection was encrypted with %1, which is retired (RFC 8996) because of known weaknesses. Current mail apps refuse it, so users see connection errors after updates.</source>
        <translation>La connexion a été chiffrée avec %1, une version retirée (RFC 8996) en raison de failles connues. Les logiciels de messagerie actuels la refusent&#xa0;: les utilisateurs voient donc des erreurs de connexion après les mises à jour.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must enable TLS 1.2 and TLS 1.3 (and can then turn off TLS 1.0 and 1.1).</source>
        <translation>L&apos;administrateur du serveur doit activer TLS 1.2 et TLS 1.3 (et peut ensuite désactiver TLS 1.0 et 1.1).</translation>
    </message>
    <message>
        <source>The server only offers outdated TLS versions</source>
        <translation>Le serveur ne propose que des versions obsolètes de TLS</translation>
    </message>
    <message>
        <source>The server only speaks TLS 1.0 or 1.1, which are retired (RFC 8996) because of known weaknesses. Current mail apps refuse them, so no modern app can connect securely.</source>
        <translation>Le serveur ne parle que TLS 1.0 ou 1.1, des versions retirées (RFC 8996) en raison de failles connues. Les logiciels de messagerie actuels les refusent&#xa0;: aucun logiciel récent ne peut donc se connecter de façon sécurisée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1</source>
        <translation>Le certificat du serveur a expiré le %1</translation>
    </message>
    <message>
        <source>The certificate the server presents (%2) was valid until %1. Mail apps warn about an expired certificate or refuse to connect; users should not click such warnings away.</source>
        <translation>Le certificat présenté par le serveur (%2) était valable jusqu&apos;au %1. Les logiciels de messagerie signalent un certificat expiré ou refusent de se connecter&#xa0;; les utilisateurs ne doivent pas ignorer ces avertissements.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must renew the certificate, install it and reload the mail service. With automatic renewal (Let&apos;s Encrypt), check that the renewal also restarts the mail server.</source>
        <translation>L&apos;administrateur du serveur doit renouveler le certificat, l&apos;installer et recharger le service de messagerie. Avec un renouvellement automatique (Let&apos;s Encrypt), vérifiez que le renouvellement redémarre aussi le serveur de messagerie.</translation>
    </message>
    <message>
        <source>A certificate in the server&apos;s chain expired on %1</source>
        <translation>Un certificat de la chaîne du serveur a expiré le %1</translation>
    </message>
    <message>
        <source>The server&apos;s own certificate is fine, but a certificate it sends along (%2) was valid until %1. Mail apps then reject the whole chain.</source>
        <translation>Le certificat du serveur lui-même est correct, mais un certificat qu&apos;il envoie avec (%2) était valable jusqu&apos;au %1. Les logiciels de messagerie rejettent alors toute la chaîne.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must replace the outdated intermediate certificate with the current one from the certificate authority and reload the mail service.</source>
        <translation>L&apos;administrateur du serveur doit remplacer le certificat intermédiaire périmé par le certificat actuel de l&apos;autorité de certification et recharger le service de messagerie.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is only valid from %1</source>
        <translation>Le certificat du serveur n&apos;est valable qu&apos;à partir du %1</translation>
    </message>
    <message>
        <source>The certificate the server presents (%2) only becomes valid on %1. Either it was installed too early, or the clock of this computer or of the certificate&apos;s issuer is wrong.</source>
        <translation>Le certificat présenté par le serveur (%2) ne devient valable que le %1. Soit il a été installé trop tôt, soit l&apos;horloge de cet ordinateur ou de l&apos;émetteur du certificat est fausse.</translation>
    </message>
    <message>
        <source>Check the date and time on this computer. If they are right, the server&apos;s administrator must install a certificate that is valid now.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur. Si elles sont justes, l&apos;administrateur du serveur doit installer un certificat valable dès maintenant.</translation>
    </message>
    <message>
        <source>The certificate does not match the name %1</source>
        <translation>Le certificat ne correspond pas au nom %1</translation>
    </message>
    <message>
        <source>The mail app connects to %1, but the server&apos;s certificate is made out to %2. A certificate for another name proves nothing about this server, so mail apps warn or refuse to connect.</source>
        <translation>Le logiciel de messagerie se connecte à %1, mais le certificat du serveur est établi au nom de %2. Un certificat établi pour un autre nom ne prouve rien sur ce serveur&#xa0;: les logiciels de messagerie affichent un avertissement ou refusent de se connecter.</translation>
    </message>
    <message>
        <source>If the provider confirms it is the same server, enter a name the certificate covers (%2) as the server name in the mail app. Otherwise the server&apos;s administrator must install a certificate that includes %1.</source>
        <translation>Si le fournisseur confirme qu&apos;il s&apos;agit du même serveur, saisissez comme nom de serveur dans le logiciel de messagerie un nom couvert par le certificat (%2). Sinon, l&apos;administrateur du serveur doit installer un certificat qui inclut %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation>Le certificat du serveur est auto-signé</translation>
    </message>
    <message>
        <source>The certificate (%1) was signed by the server itself, not by a certificate authority that computers trust. Nobody can tell it apart from an attacker&apos;s certificate, so mail apps warn or refuse to connect.</source>
        <translation>Le certificat (%1) a été signé par le serveur lui-même, et non par une autorité de certification reconnue par les ordinateurs. Personne ne peut le distinguer du certificat d&apos;un attaquant&#xa0;: les logiciels de messagerie affichent un avertissement ou refusent de se connecter.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should install a certificate from a recognised authority (Let&apos;s Encrypt is free). For a private server, the certificate can be trusted on each device deliberately, after checking its fingerprint with the administrator: %2.</source>
        <translation>L&apos;administrateur du serveur doit installer un certificat d&apos;une autorité reconnue (Let&apos;s Encrypt est gratuit). Pour un serveur privé, le certificat peut être approuvé volontairement sur chaque appareil, après avoir vérifié son empreinte avec l&apos;administrateur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not from a trusted authority</source>
        <translation>Le certificat du serveur ne provient pas d&apos;une autorité de confiance</translation>
    </message>
    <message>
        <source>The certificate (%1) was issued by “%2”, which this computer does not trust (%3). Mail apps warn or refuse to connect.</source>
        <translation>Le certificat (%1) a été émis par «&#xa0;%2&#xa0;», que cet ordinateur ne reconnaît pas comme fiable (%3). Les logiciels de messagerie affichent un avertissement ou refusent de se connecter.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should use a certificate from a recognised authority (Let&apos;s Encrypt is free) and send the complete chain. If the authority is a company&apos;s own, its root certificate must be installed on each device.</source>
        <translation>L&apos;administrateur du serveur doit utiliser un certificat d&apos;une autorité reconnue (Let&apos;s Encrypt est gratuit) et envoyer la chaîne complète. Si l&apos;autorité est celle d&apos;une entreprise, son certificat racine doit être installé sur chaque appareil.</translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificate</source>
        <translation>Le serveur n&apos;envoie pas son certificat intermédiaire</translation>
    </message>
    <message>
        <source>The server sends only its own certificate (%1), issued by “%2”, but not the intermediate certificate that links it to a trusted authority. Web browsers often hide this because they remember intermediates; mail apps usually fail with “certificate not trusted”.</source>
        <translation>Le serveur n&apos;envoie que son propre certificat (%1), émis par «&#xa0;%2&#xa0;», mais pas le certificat intermédiaire qui le relie à une autorité de confiance. Les navigateurs web masquent souvent ce problème car ils mémorisent les certificats intermédiaires&#xa0;; les logiciels de messagerie échouent généralement avec «&#xa0;certificat non approuvé&#xa0;».</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must configure the full chain: the server certificate followed by the intermediate certificate (with Let&apos;s Encrypt: fullchain.pem, not cert.pem).</source>
        <translation>L&apos;administrateur du serveur doit configurer la chaîne complète&#xa0;: le certificat du serveur suivi du certificat intermédiaire (avec Let&apos;s Encrypt&#xa0;: fullchain.pem, pas cert.pem).</translation>
    </message>
    <message>
        <source>Login is offered before encryption</source>
        <translation>L&apos;authentification est proposée avant le chiffrement</translation>
    </message>
    <message>
        <source>Before encryption starts, the server already offers to log in (“%1”). A mail app that is set up without encryption, or fooled by an attacker who removes STARTTLS, would send the password in plain text.</source>
        <translation>Avant le début du chiffrement, le serveur propose déjà l&apos;authentification («&#xa0;%1&#xa0;»). Un logiciel de messagerie configuré sans chiffrement, ou trompé par un attaquant qui supprime STARTTLS, enverrait le mot de passe en clair.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should offer login only after STARTTLS (Postfix: smtpd_tls_auth_only = yes; Dovecot: disable_plaintext_auth = yes). Users should keep security set to STARTTLS or SSL/TLS.</source>
        <translation>L&apos;administrateur du serveur doit proposer l&apos;authentification uniquement après STARTTLS (Postfix&#xa0;: smtpd_tls_auth_only = yes&#xa0;; Dovecot&#xa0;: disable_plaintext_auth = yes). Les utilisateurs doivent garder la sécurité réglée sur STARTTLS ou SSL/TLS.</translation>
    </message>
    <message>
        <source>Before encryption starts, the server does not announce LOGINDISABLED, so it accepts a password in plain text (capabilities: “%1”). A mail app that is set up without encryption, or fooled by an attacker who removes STARTTLS, would send the password unprotected.</source>
        <translation>Avant le début du chiffrement, le serveur n&apos;annonce pas LOGINDISABLED&#xa0;: il accepte donc un mot de passe en clair (capacités&#xa0;: «&#xa0;%1&#xa0;»). Un logiciel de messagerie configuré sans chiffrement, ou trompé par un attaquant qui supprime STARTTLS, enverrait le mot de passe sans protection.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should refuse login before STARTTLS (Dovecot: disable_plaintext_auth = yes). Users should keep security set to STARTTLS or SSL/TLS.</source>
        <translation>L&apos;administrateur du serveur doit refuser l&apos;authentification avant STARTTLS (Dovecot&#xa0;: disable_plaintext_auth = yes). Les utilisateurs doivent garder la sécurité réglée sur STARTTLS ou SSL/TLS.</translation>
    </message>
    <message>
        <source>The IMAP server logs in without encryption (PREAUTH)</source>
        <translation>Le serveur IMAP authentifie la session sans chiffrement (PREAUTH)</translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH (“%1”): the session counts as logged in before anything is encrypted. In that state STARTTLS is not allowed, so the connection can never be secured, and an attacker can use this to keep a mail app from encrypting.</source>
        <translation>Le serveur a envoyé un accueil PREAUTH («&#xa0;%1&#xa0;»)&#xa0;: la session compte comme authentifiée avant que quoi que ce soit ne soit chiffré. Dans cet état, STARTTLS n&apos;est pas autorisé&#xa0;: la connexion ne peut donc jamais être sécurisée, et un attaquant peut s&apos;en servir pour empêcher un logiciel de messagerie de chiffrer.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must not pre-authenticate connections on this port (PREAUTH is only for local, trusted connections). Use port 993 with SSL/TLS.</source>
        <translation>L&apos;administrateur du serveur ne doit pas pré-authentifier les connexions sur ce port (PREAUTH est réservé aux connexions locales de confiance). Utilisez le port 993 avec SSL/TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not follow the %1 protocol</source>
        <translation>La réponse du serveur ne respecte pas le protocole %1</translation>
    </message>
    <message>
        <source>During “%2” the server sent something the %1 protocol does not allow: %3. Mail apps fail or behave unpredictably with such a server.</source>
        <translation>Pendant «&#xa0;%2&#xa0;», le serveur a envoyé quelque chose que le protocole %1 n&apos;autorise pas&#xa0;: %3. Avec un tel serveur, les logiciels de messagerie échouent ou se comportent de façon imprévisible.</translation>
    </message>
    <message>
        <source>Check that the port really belongs to a mail server speaking %1, not to another service. If it does, the server software is faulty or something in between garbles the connection.</source>
        <translation>Vérifiez que le port appartient bien à un serveur de messagerie qui parle %1, et non à un autre service. Si c&apos;est le cas, le logiciel du serveur est défaillant ou un équipement intermédiaire brouille la connexion.</translation>
    </message>
    <message>
        <source>The server sent a reply no command asked for</source>
        <translation>Le serveur a envoyé une réponse qu&apos;aucune commande n&apos;a demandée</translation>
    </message>
    <message>
        <source>During “%2” the server sent a reply out of turn: %3. A server speaking %1 answers each command once, in order. A mail app would take such a reply for the answer to its next command and act on the wrong answer.</source>
        <translation>Pendant «&#xa0;%2&#xa0;», le serveur a envoyé une réponse hors de son tour&#xa0;: %3. Un serveur qui parle %1 répond une seule fois à chaque commande, dans l&apos;ordre. Un logiciel de messagerie prendrait une telle réponse pour la réponse à sa commande suivante et agirait selon la mauvaise réponse.</translation>
    </message>
    <message>
        <source>Check whether something between the mail app and the server (a proxy, a firewall with mail inspection, a load balancer) adds or replays replies; inspect from another network to tell. Otherwise the server software is faulty and its administrator should fix or update it.</source>
        <translation>Vérifiez si quelque chose entre le logiciel de messagerie et le serveur (un proxy, un pare-feu avec inspection de la messagerie, un répartiteur de charge) ajoute ou rejoue des réponses&#xa0;; inspectez depuis un autre réseau pour le savoir. Sinon, le logiciel du serveur est défaillant et son administrateur doit le corriger ou le mettre à jour.</translation>
    </message>
    <message>
        <source>The server broke off the conversation</source>
        <translation>Le serveur a interrompu l&apos;échange</translation>
    </message>
    <message>
        <source>During “%2” the server closed the connection without an answer. A server speaking %1 answers every command before it hangs up.</source>
        <translation>Pendant «&#xa0;%2&#xa0;», le serveur a fermé la connexion sans répondre. Un serveur qui parle %1 répond à chaque commande avant de raccrocher.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should look for this connection in the mail server&apos;s log; a server under too much load, or a filter in between, can cause this.</source>
        <translation>L&apos;administrateur du serveur doit rechercher cette connexion dans le journal du serveur de messagerie&#xa0;; un serveur trop chargé ou un filtre intermédiaire peut en être la cause.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Le serveur a cessé de répondre</translation>
    </message>
    <message>
        <source>During “%2” the server did not answer the command in time. A server speaking %1 answers every command promptly.</source>
        <translation>Pendant «&#xa0;%2&#xa0;», le serveur n&apos;a pas répondu à temps à la commande. Un serveur qui parle %1 répond rapidement à chaque commande.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, the server&apos;s administrator should check the mail service; a filter in between can also swallow commands.</source>
        <translation>Réessayez plus tard. Si le problème persiste, l&apos;administrateur du serveur doit vérifier le service de messagerie&#xa0;; un filtre intermédiaire peut aussi avaler des commandes.</translation>
    </message>
    <message>
        <source>The server sent an endless line</source>
        <translation>Le serveur a envoyé une ligne sans fin</translation>
    </message>
    <message>
        <source>During “%1” the server sent more than %2 without ending the line. A mail server never does this; mailinspect stopped reading to protect itself.</source>
        <translation>Pendant «&#xa0;%1&#xa0;», le serveur a envoyé plus de %2 sans terminer la ligne. Un serveur de messagerie ne fait jamais cela&#xa0;; mailinspect a arrêté la lecture pour se protéger.</translation>
    </message>
    <message>
        <source>Check that the port really belongs to a mail server. If it does, the server software is faulty or something in between garbles the connection.</source>
        <translation>Vérifiez que le port appartient bien à un serveur de messagerie. Si c&apos;est le cas, le logiciel du serveur est défaillant ou un équipement intermédiaire brouille la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s reply never ended</source>
        <translation>La réponse du serveur ne s&apos;est jamais terminée</translation>
    </message>
    <message>
        <source>During “%1” the server sent %2 bytes (“%3”) but never ended the line with CR LF, the line end every mail protocol requires, and then sent nothing more. Mail apps wait for the line end until they give up and report that the server does not answer, although it did say something.</source>
        <translation>Pendant «&#xa0;%1&#xa0;», le serveur a envoyé %2 octets («&#xa0;%3&#xa0;») mais n&apos;a jamais terminé la ligne par CR LF, la fin de ligne exigée par tous les protocoles de messagerie, puis n&apos;a plus rien envoyé. Les logiciels de messagerie attendent la fin de ligne jusqu&apos;à abandonner et signalent que le serveur ne répond pas, alors qu&apos;il a bien dit quelque chose.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail service, and anything in front of it (a proxy, load balancer or firewall) that could cut replies short. Also check that the port belongs to a mail server and not to another service.</source>
        <translation>L&apos;administrateur du serveur doit vérifier le service de messagerie et tout ce qui se trouve devant lui (un proxy, un répartiteur de charge ou un pare-feu) et qui pourrait couper les réponses. Vérifiez aussi que le port appartient à un serveur de messagerie et non à un autre service.</translation>
    </message>
    <message>
        <source>The server hung up in the middle of a reply</source>
        <translation>Le serveur a raccroché au milieu d&apos;une réponse</translation>
    </message>
    <message>
        <source>During “%1” the server sent %2 bytes (“%3”) and then closed the connection without ending the line (CR LF). Mail apps throw such an incomplete reply away and report a broken connection.</source>
        <translation>Pendant «&#xa0;%1&#xa0;», le serveur a envoyé %2 octets («&#xa0;%3&#xa0;») puis a fermé la connexion sans terminer la ligne (CR LF). Les logiciels de messagerie rejettent une telle réponse incomplète et signalent une connexion interrompue.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should look for this connection in the mail server&apos;s log; a crashing service, or a proxy or firewall that cuts connections, causes this.</source>
        <translation>L&apos;administrateur du serveur doit rechercher cette connexion dans le journal du serveur de messagerie&#xa0;; un service qui plante, ou un proxy ou un pare-feu qui coupe les connexions, en est la cause.</translation>
    </message>
    <message>
        <source>The server sent less data than it announced</source>
        <translation>Le serveur a envoyé moins de données qu&apos;annoncé</translation>
    </message>
    <message>
        <source>During “%1” the server announced a block of data of a given size (the number in braces, {…}) and then sent fewer bytes than it announced (%2 bytes in all: “%3”). Mail apps wait for the rest until they give up.</source>
        <translation>Pendant «&#xa0;%1&#xa0;», le serveur a annoncé un bloc de données d&apos;une taille donnée (le nombre entre accolades, {…}) puis a envoyé moins d&apos;octets qu&apos;annoncé (%2 octets au total&#xa0;: «&#xa0;%3&#xa0;»). Les logiciels de messagerie attendent la suite jusqu&apos;à abandonner.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should check the mail service; a proxy or firewall in between that cuts or rewrites data can also cause this.</source>
        <translation>L&apos;administrateur du serveur doit vérifier le service de messagerie&#xa0;; un proxy ou un pare-feu intermédiaire qui coupe ou réécrit les données peut aussi en être la cause.</translation>
    </message>
    <message>
        <source>The inspection ran out of time</source>
        <translation>L&apos;inspection a manqué de temps</translation>
    </message>
    <message>
        <source>The whole inspection was limited to %1 seconds, and that time ran out during “%2”. The steps after it were not tried, so this report does not show everything about the server. A server this slow also makes mail apps give up.</source>
        <translation>L&apos;inspection complète était limitée à %1 secondes, et ce temps s&apos;est écoulé pendant «&#xa0;%2&#xa0;». Les étapes suivantes n&apos;ont pas été essayées&#xa0;: ce rapport ne montre donc pas tout du serveur. Un serveur aussi lent fait aussi abandonner les logiciels de messagerie.</translation>
    </message>
    <message>
        <source>Inspect again with a longer deadline, or none, to see the remaining steps. If the server is this slow every time, its administrator should find out why it answers so slowly (overload, slow DNS lookups, deliberate delays).</source>
        <translation>Relancez l&apos;inspection avec une durée maximale plus longue, ou sans limite, pour voir les étapes restantes. Si le serveur est toujours aussi lent, son administrateur doit trouver pourquoi il répond si lentement (surcharge, recherches DNS lentes, délais volontaires).</translation>
    </message>
    <message>
        <source>The server asks to try again later</source>
        <translation>Le serveur demande de réessayer plus tard</translation>
    </message>
    <message>
        <source>The server answered with a temporary refusal: “%1”. This is normal for greylisting, rate limits or anti-spam checks of new clients, and says nothing about encryption. Retrying after a few minutes is expected to work.</source>
        <translation>Le serveur a répondu par un refus temporaire&#xa0;: «&#xa0;%1&#xa0;». C&apos;est normal en cas de liste grise (greylisting), de limites de débit ou de contrôles anti-spam des nouveaux clients, et cela ne dit rien du chiffrement. Un nouvel essai après quelques minutes devrait fonctionner.</translation>
    </message>
    <message>
        <source>Wait a few minutes and inspect again. If the refusal persists, give the server&apos;s words to its administrator: this address may be rate-limited or listed.</source>
        <translation>Attendez quelques minutes et relancez l&apos;inspection. Si le refus persiste, transmettez le message du serveur à son administrateur&#xa0;: cette adresse est peut-être limitée ou sur liste.</translation>
    </message>
    <message>
        <source>The server is open to STARTTLS command injection</source>
        <translation>Le serveur est vulnérable à l&apos;injection de commandes STARTTLS</translation>
    </message>
    <message>
        <source>mailinspect sent the request to start encryption together with a second command in one packet. The server answered that second command inside the encrypted session (“%1”): it carries unencrypted input over into the secure session (CVE-2011-0411). An attacker on the network can use this to inject commands, for example to steal a user&apos;s mail or password.</source>
        <translation>mailinspect a envoyé la demande de lancer le chiffrement avec une seconde commande dans le même paquet. Le serveur a répondu à cette seconde commande à l&apos;intérieur de la session chiffrée («&#xa0;%1&#xa0;»)&#xa0;: il reporte des données non chiffrées dans la session sécurisée (CVE-2011-0411). Un attaquant sur le réseau peut s&apos;en servir pour injecter des commandes, par exemple pour voler les messages ou le mot de passe d&apos;un utilisateur.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must update the mail server software; maintained versions of common servers have fixed this.</source>
        <translation>L&apos;administrateur du serveur doit mettre à jour le logiciel du serveur de messagerie&#xa0;; les versions maintenues des serveurs courants ont corrigé ce problème.</translation>
    </message>
    <message>
        <source>The addresses of %1 behave differently</source>
        <translation>Les adresses de %1 se comportent différemment</translation>
    </message>
    <message>
        <source>%1 has %2 addresses, and they do not answer alike: %3. Whether a mail app works depends on which address it happens to reach, which explains problems that come and go. Typical causes: a load balancer with one misconfigured server, or a firewall on one path.</source>
        <translation>%1 a %2 adresses, et elles ne répondent pas de la même façon&#xa0;: %3. Le bon fonctionnement d&apos;un logiciel de messagerie dépend de l&apos;adresse qu&apos;il atteint, ce qui explique des problèmes intermittents. Causes typiques&#xa0;: un répartiteur de charge avec un serveur mal configuré, ou un pare-feu sur un des chemins.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator should compare the servers behind these addresses and make them consistent (same TLS settings and certificate). Meanwhile, a misbehaving address can be taken out of DNS.</source>
        <translation>L&apos;administrateur du serveur doit comparer les serveurs derrière ces adresses et les harmoniser (mêmes réglages TLS et même certificat). En attendant, une adresse défaillante peut être retirée du DNS.</translation>
    </message>
    <message>
        <source>The login was refused</source>
        <translation>L&apos;authentification a été refusée</translation>
    </message>
    <message>
        <source>Check the user name (often the full email address) and the password. If two-factor authentication is on, the provider may require an app password.</source>
        <translation>Vérifiez l&apos;identifiant (souvent l&apos;adresse e-mail complète) et le mot de passe. Si la double authentification est activée, le fournisseur exige peut-être un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>The user name or password is wrong</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect</translation>
    </message>
    <message>
        <source>The server wants a stronger login method or an app password</source>
        <translation>Le serveur exige une méthode d&apos;authentification plus forte ou un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>The server only accepts passwords over an encrypted connection</source>
        <translation>Le serveur n&apos;accepte les mots de passe que sur une connexion chiffrée</translation>
    </message>
    <message>
        <source>Password login is turned off for this account</source>
        <translation>L&apos;authentification par mot de passe est désactivée pour ce compte</translation>
    </message>
    <message>
        <source>The server could not check the login right now</source>
        <translation>Le serveur n&apos;a pas pu vérifier les identifiants pour le moment</translation>
    </message>
    <message>
        <source>587 with STARTTLS or 465 with SSL/TLS (port 25 is for mail between servers)</source>
        <translation>587 avec STARTTLS ou 465 avec SSL/TLS (le port 25 sert aux échanges entre serveurs)</translation>
    </message>
    <message>
        <source>%1 with STARTTLS</source>
        <translation>%1 avec STARTTLS</translation>
    </message>
    <message>
        <source>%1 with STARTTLS or %2 with SSL/TLS</source>
        <translation>%1 avec STARTTLS ou %2 avec SSL/TLS</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>(date inconnue)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>the server answered correctly with %1</source>
        <translation>le serveur a répondu correctement avec %1</translation>
    </message>
    <message>
        <source>64 KiB</source>
        <translation>64 Kio</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>(aucun nom)</translation>
    </message>
    <message>
        <source>%1 gives %2</source>
        <translation>%1 donne %2</translation>
    </message>
    <message>
        <source>verdict “%1”</source>
        <translation>verdict «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS proposé</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS non proposé</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>certificate %1…</source>
        <translation>certificat %1…</translation>
    </message>
    <message>
        <source>The server %5 exists, but it refused the connection on port %1 at once: no mail service listens on that port, or a firewall actively rejects it.</source>
        <translation>Le serveur %5 existe, mais il a refusé immédiatement la connexion sur le port %1 : aucun service de messagerie n’écoute sur ce port, ou un pare-feu la rejette activement.</translation>
    </message>
    <message>
        <source>The connection attempt to %5 on port %1 got no answer at all. Usually a firewall silently drops it: on the customer&apos;s network, at their internet provider (many block port 25 for home connections), or in front of the server.</source>
        <translation>La tentative de connexion à %5 sur le port %1 n’a reçu aucune réponse. En général, un pare-feu l’ignore silencieusement : sur le réseau du client, chez son fournisseur d’accès (beaucoup bloquent le port 25 pour les connexions domestiques) ou devant le serveur.</translation>
    </message>
    <message>
        <source>The connection to %5 on port %1 could not be made: %4. The network between this computer and the server has no way through.</source>
        <translation>La connexion à %5 sur le port %1 n’a pas pu être établie : %4. Le réseau entre cet ordinateur et le serveur ne laisse aucun chemin.</translation>
    </message>
    <message>
        <source>The server sent the first line of its greeting at once, then waited until %1 seconds before the last line. This is a deliberate test of the client (Postfix postscreen does it): a program that speaks before the greeting is complete is rejected. Mail apps that wait correctly get through, but the pause counts against their timeout.</source>
        <translation>Le serveur a envoyé la première ligne de son message d’accueil immédiatement, puis a attendu %1 secondes avant la dernière ligne. C’est un test délibéré du client (Postfix postscreen le fait) : un programme qui parle avant la fin de l’accueil est rejeté. Les logiciels de messagerie qui attendent correctement passent, mais la pause compte dans leur délai d’attente.</translation>
    </message>
    <message>
        <source>The server refused the login without saying why. The server said: “%1”.</source>
        <translation>Le serveur a refusé l&apos;authentification sans en donner la raison. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server checked the user name and password and did not accept them. The server said: “%1”.</source>
        <translation>Le serveur a vérifié l&apos;identifiant et le mot de passe et ne les a pas acceptés. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the user name: most providers want the full email address. Then retype the password (caps lock, keyboard layout). If it still fails, reset the password in the provider&apos;s web mail.</source>
        <translation>Vérifiez l&apos;identifiant&#xa0;: la plupart des fournisseurs demandent l&apos;adresse e-mail complète. Ressaisissez ensuite le mot de passe (verrouillage des majuscules, disposition du clavier). Si l&apos;échec persiste, réinitialisez le mot de passe dans le webmail du fournisseur.</translation>
    </message>
    <message>
        <source>The account needs an app password</source>
        <translation>Le compte nécessite un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>The account has two-step sign-in turned on, so the provider does not accept the normal password from a mail app. The server said: “%1”.</source>
        <translation>La double authentification est activée sur ce compte&#xa0;: le fournisseur n&apos;accepte donc pas le mot de passe habituel depuis un logiciel de messagerie. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Create an app password in the provider&apos;s account security settings and type it into the mail app instead of the normal password, or set the mail app&apos;s authentication to OAuth2.</source>
        <translation>Créez un mot de passe d&apos;application dans les paramètres de sécurité du compte chez le fournisseur et saisissez-le dans le logiciel de messagerie à la place du mot de passe habituel, ou réglez l&apos;authentification du logiciel de messagerie sur OAuth2.</translation>
    </message>
    <message>
        <source>The provider wants a sign-in on its web page first</source>
        <translation>Le fournisseur demande d&apos;abord une connexion sur son site web</translation>
    </message>
    <message>
        <source>The provider blocked this sign-in as unusual and wants the account holder to sign in on its web page first. The server said: “%1”.</source>
        <translation>Le fournisseur a bloqué cette tentative, qu&apos;il juge inhabituelle, et demande au titulaire du compte de se connecter d&apos;abord sur son site web. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s web mail from the same computer and confirm the security prompt, then try again. If the account has two-step sign-in, use an app password, or set the mail app&apos;s authentication to OAuth2.</source>
        <translation>Connectez-vous au webmail du fournisseur depuis le même ordinateur et confirmez l&apos;alerte de sécurité, puis réessayez. Si la double authentification est activée sur le compte, utilisez un mot de passe d&apos;application, ou réglez l&apos;authentification du logiciel de messagerie sur OAuth2.</translation>
    </message>
    <message>
        <source>The server refused this way of logging in as too weak. Providers say this when the account needs an app password or a modern sign-in (OAuth2). The server said: “%1”.</source>
        <translation>Le serveur a refusé cette méthode d&apos;authentification, qu&apos;il juge trop faible. Les fournisseurs répondent ainsi lorsque le compte nécessite un mot de passe d&apos;application ou une authentification moderne (OAuth2). Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Create an app password in the provider&apos;s account settings, or set the mail app&apos;s authentication to OAuth2 or to an encrypted password method the server offers.</source>
        <translation>Créez un mot de passe d&apos;application dans les paramètres du compte chez le fournisseur, ou réglez l&apos;authentification du logiciel de messagerie sur OAuth2 ou sur une méthode à mot de passe chiffré que le serveur propose.</translation>
    </message>
    <message>
        <source>The provider does not accept passwords for %2 on this account or for the whole organisation (basic authentication is disabled), whatever the password. Microsoft 365 answers this way. The server said: “%1”.</source>
        <translation>Le fournisseur n&apos;accepte pas de mot de passe pour %2 sur ce compte ou pour toute l&apos;organisation (l&apos;authentification de base est désactivée), quel que soit le mot de passe. Microsoft 365 répond de cette façon. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The organisation&apos;s administrator must enable authenticated %2 for this mailbox (Microsoft 365: SMTP AUTH or IMAP/POP in the mailbox&apos;s mail settings), or set the mail app&apos;s authentication to OAuth2.</source>
        <translation>L&apos;administrateur de l&apos;organisation doit activer %2 avec authentification pour cette boîte aux lettres (Microsoft 365&#xa0;: SMTP AUTH ou IMAP/POP dans les paramètres de messagerie de la boîte aux lettres)&#xa0;; sinon, réglez l&apos;authentification du logiciel de messagerie sur OAuth2.</translation>
    </message>
    <message>
        <source>The server refused the login because the connection is not encrypted. The server said: “%1”.</source>
        <translation>Le serveur a refusé l&apos;authentification car la connexion n&apos;est pas chiffrée. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Set the mail app&apos;s security to STARTTLS, or to SSL/TLS on the provider&apos;s SSL/TLS port.</source>
        <translation>Réglez la sécurité du logiciel de messagerie sur STARTTLS, ou sur SSL/TLS avec le port SSL/TLS du fournisseur.</translation>
    </message>
    <message>
        <source>The server&apos;s login service has a problem of its own and could not check the password; the password is probably not the problem. The server said: “%1”.</source>
        <translation>Le service d&apos;authentification du serveur a un problème interne et n&apos;a pas pu vérifier le mot de passe&#xa0;; le mot de passe n&apos;est probablement pas en cause. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it persists, tell the provider or the server&apos;s administrator.</source>
        <translation>Réessayez dans quelques minutes. Si le problème persiste, prévenez le fournisseur ou l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server failed while checking the login</source>
        <translation>Le serveur a échoué lors de la vérification de l&apos;authentification</translation>
    </message>
    <message>
        <source>The server reports a permanent failure of its own while checking the login, not a wrong password. The server said: “%1”.</source>
        <translation>Le serveur signale une défaillance permanente de son côté lors de la vérification de l&apos;authentification, et non un mot de passe incorrect. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Tell the provider or the server&apos;s administrator, with this report.</source>
        <translation>Prévenez le fournisseur ou l&apos;administrateur du serveur en lui transmettant ce rapport.</translation>
    </message>
    <message>
        <source>The account cannot log in right now</source>
        <translation>Le compte ne peut pas s&apos;authentifier pour le moment</translation>
    </message>
    <message>
        <source>The server refused the login because of the account, not the password. The server said: “%1”.</source>
        <translation>Le serveur a refusé l&apos;authentification à cause du compte, pas du mot de passe. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Contact the provider about this account.</source>
        <translation>Contactez le fournisseur au sujet de ce compte.</translation>
    </message>
    <message>
        <source>The password or the account has expired</source>
        <translation>Le mot de passe ou le compte a expiré</translation>
    </message>
    <message>
        <source>The server says the password (or the account) has expired. The server said: “%1”.</source>
        <translation>Le serveur indique que le mot de passe (ou le compte) a expiré. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Change the password in the provider&apos;s web mail or account page, then type the new one into the mail app.</source>
        <translation>Changez le mot de passe dans le webmail ou l&apos;espace client du fournisseur, puis saisissez le nouveau dans le logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Le compte est désactivé</translation>
    </message>
    <message>
        <source>The server says the account cannot be used and the administrator must be contacted. The server said: “%1”.</source>
        <translation>Le serveur indique que le compte est inutilisable et qu&apos;il faut contacter l&apos;administrateur. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Contact the provider or the administrator: the account is locked or disabled on their side.</source>
        <translation>Contactez le fournisseur ou l&apos;administrateur&#xa0;: le compte est verrouillé ou désactivé de leur côté.</translation>
    </message>
    <message>
        <source>The account logs in too often</source>
        <translation>Le compte s&apos;authentifie trop souvent</translation>
    </message>
    <message>
        <source>The server refuses logins that come sooner than it allows after the previous one. The server said: “%1”.</source>
        <translation>Le serveur refuse les authentifications qui arrivent trop tôt après la précédente. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Set the mail app to check for new mail less often, and make sure only one device or app polls this account.</source>
        <translation>Réglez le logiciel de messagerie pour qu&apos;il relève le courrier moins souvent, et assurez-vous qu&apos;un seul appareil ou logiciel interroge ce compte.</translation>
    </message>
    <message>
        <source>Another session holds the mailbox</source>
        <translation>Une autre session occupe la boîte aux lettres</translation>
    </message>
    <message>
        <source>The mailbox is locked by another session, usually another mail app or device connected to the same account. The server said: “%1”.</source>
        <translation>La boîte aux lettres est verrouillée par une autre session, généralement un autre logiciel de messagerie ou un autre appareil connecté au même compte. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Close the other mail apps or devices using this account, wait a few minutes, and try again.</source>
        <translation>Fermez les autres logiciels de messagerie ou appareils qui utilisent ce compte, attendez quelques minutes et réessayez.</translation>
    </message>
    <message>
        <source>The account has too many connections</source>
        <translation>Le compte a trop de connexions</translation>
    </message>
    <message>
        <source>The server allows only a certain number of connections per account and this one is over it. The server said: “%1”.</source>
        <translation>Le serveur n&apos;autorise qu&apos;un certain nombre de connexions par compte et ce compte le dépasse. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Close other mail apps and devices using this account, or reduce how many connections the mail app opens.</source>
        <translation>Fermez les autres logiciels de messagerie et appareils qui utilisent ce compte, ou réduisez le nombre de connexions ouvertes par le logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The login may not act for that user</source>
        <translation>Cet identifiant n&apos;a pas le droit d&apos;agir au nom de cet utilisateur</translation>
    </message>
    <message>
        <source>The password was accepted, but this login may not use the mailbox it asked for. The server said: “%1”.</source>
        <translation>Le mot de passe a été accepté, mais cet identifiant n&apos;a pas le droit d&apos;utiliser la boîte aux lettres demandée. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Log in with the mailbox&apos;s own user name, or ask the administrator to grant access.</source>
        <translation>Authentifiez-vous avec l&apos;identifiant propre à la boîte aux lettres, ou demandez à l&apos;administrateur de vous en accorder l&apos;accès.</translation>
    </message>
    <message>
        <source>The server must convert the stored password first</source>
        <translation>Le serveur doit d&apos;abord convertir le mot de passe enregistré</translation>
    </message>
    <message>
        <source>The server needs one login with a plain password over an encrypted connection before it accepts this method. The server said: “%1”.</source>
        <translation>Le serveur a besoin d&apos;une authentification avec le mot de passe normal sur une connexion chiffrée avant d&apos;accepter cette méthode. Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Log in once with the “normal password” method over STARTTLS or SSL/TLS, then the chosen method works.</source>
        <translation>Authentifiez-vous une fois avec la méthode «&#xa0;Mot de passe normal&#xa0;» via STARTTLS ou SSL/TLS&#xa0;; la méthode choisie fonctionnera ensuite.</translation>
    </message>
    <message>
        <source>No login method fits the given credentials</source>
        <translation>Aucune méthode d&apos;authentification ne correspond aux identifiants fournis</translation>
    </message>
    <message>
        <source>The server offers these login methods: %1. None of them works with what was given (a password or a token), so no login was tried.</source>
        <translation>Le serveur propose ces méthodes d&apos;authentification&#xa0;: %1. Aucune ne fonctionne avec ce qui a été fourni (un mot de passe ou un jeton)&#xa0;: aucune authentification n&apos;a donc été tentée.</translation>
    </message>
    <message>
        <source>In the mail app, set authentication to a method the server offers: %2. A server that only offers OAuth2 needs a token, not a password.</source>
        <translation>Dans le logiciel de messagerie, réglez l&apos;authentification sur une méthode que le serveur propose&#xa0;: %2. Un serveur qui ne propose qu&apos;OAuth2 nécessite un jeton, pas un mot de passe.</translation>
    </message>
    <message>
        <source>The chosen login method is not offered by the server</source>
        <translation>La méthode d&apos;authentification choisie n&apos;est pas proposée par le serveur</translation>
    </message>
    <message>
        <source>%1 was chosen, but the server offers only: %2. No login was tried.</source>
        <translation>%1 a été choisi, mais le serveur ne propose que&#xa0;: %2. Aucune authentification n&apos;a été tentée.</translation>
    </message>
    <message>
        <source>In the mail app, set authentication to a method the server offers: %3.</source>
        <translation>Dans le logiciel de messagerie, réglez l&apos;authentification sur une méthode que le serveur propose&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server accepts no login here</source>
        <translation>Le serveur n&apos;accepte aucune authentification ici</translation>
    </message>
    <message>
        <source>The server offers no way to log in on port %2 in this state (no AUTH, or login disabled), so no login was tried.</source>
        <translation>Le serveur ne propose aucun moyen de s&apos;authentifier sur le port %2 dans cet état (pas d&apos;AUTH, ou authentification désactivée)&#xa0;: aucune authentification n&apos;a donc été tentée.</translation>
    </message>
    <message>
        <source>Use the port and security the provider gives for mail apps (for %1 sending: 587 with STARTTLS or 465 with SSL/TLS); a server often offers login only after STARTTLS.</source>
        <translation>Utilisez le port et la sécurité que le fournisseur indique pour les logiciels de messagerie (pour l&apos;envoi en %1&#xa0;: 587 avec STARTTLS ou 465 avec SSL/TLS)&#xa0;; souvent, un serveur ne propose l&apos;authentification qu&apos;après STARTTLS.</translation>
    </message>
    <message>
        <source>The server could not prove it knows the password</source>
        <translation>Le serveur n&apos;a pas pu prouver qu&apos;il connaît le mot de passe</translation>
    </message>
    <message>
        <source>With %1 the server must prove that it knows the password too. Its proof was wrong: this is not the server the account belongs to, or something in between is pretending to be it.</source>
        <translation>Avec %1, le serveur doit lui aussi prouver qu&apos;il connaît le mot de passe. Sa preuve était fausse&#xa0;: ce n&apos;est pas le serveur auquel appartient le compte, ou quelque chose entre les deux se fait passer pour lui.</translation>
    </message>
    <message>
        <source>Do not use this server with this password until the server&apos;s administrator has checked it. If the password may have reached a wrong server, change it.</source>
        <translation>N&apos;utilisez pas ce serveur avec ce mot de passe tant que l&apos;administrateur du serveur ne l&apos;a pas vérifié. Si le mot de passe a pu parvenir à un mauvais serveur, changez-le.</translation>
    </message>
    <message>
        <source>The OAuth token was refused</source>
        <translation>Le jeton OAuth a été refusé</translation>
    </message>
    <message>
        <source>The server refused the access token (status “%1”, scope it wants: “%2”). Usually the token has expired, was issued for another account, or lacks the mail permission. The server said: “%3”.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès (statut «&#xa0;%1&#xa0;», portée demandée&#xa0;: «&#xa0;%2&#xa0;»). En général, le jeton a expiré, a été émis pour un autre compte ou n&apos;a pas l&apos;autorisation d&apos;accéder à la messagerie. Le serveur a répondu&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in again in the mail app to get a new token, with the same account as the user name, and allow mail access when asked.</source>
        <translation>Identifiez-vous de nouveau dans le logiciel de messagerie pour obtenir un nouveau jeton, avec le même compte que l&apos;identifiant, et autorisez l&apos;accès à la messagerie lorsque c&apos;est demandé.</translation>
    </message>
    <message>
        <source>The OAuth token is expired or not valid</source>
        <translation>Le jeton OAuth a expiré ou n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The server says the access token is not valid (“%1”): it has expired, was revoked, or belongs to another account than the user name. The server said: “%3”.</source>
        <translation>Le serveur indique que le jeton d&apos;accès n&apos;est pas valide («&#xa0;%1&#xa0;»)&#xa0;: il a expiré, a été révoqué ou appartient à un autre compte que celui de l&apos;identifiant. Le serveur a répondu&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in again in the mail app to get a fresh token, using the same account as the user name.</source>
        <translation>Identifiez-vous de nouveau dans le logiciel de messagerie pour obtenir un nouveau jeton, avec le même compte que l&apos;identifiant.</translation>
    </message>
    <message>
        <source>The OAuth token lacks the mail permission</source>
        <translation>Le jeton OAuth n&apos;a pas l&apos;autorisation d&apos;accéder à la messagerie</translation>
    </message>
    <message>
        <source>The token is valid, but it was not granted access to mail (the server wants the scope “%2”). The server said: “%3”.</source>
        <translation>Le jeton est valide, mais il n&apos;a pas reçu l&apos;accès à la messagerie (le serveur demande la portée «&#xa0;%2&#xa0;»). Le serveur a répondu&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in again and allow mail access when the provider asks; an administrator may have to approve the mail app for the organisation.</source>
        <translation>Identifiez-vous de nouveau et autorisez l&apos;accès à la messagerie lorsque le fournisseur le demande&#xa0;; un administrateur devra peut-être approuver le logiciel de messagerie pour l&apos;organisation.</translation>
    </message>
    <message>
        <source>The mailbox is nearly full</source>
        <translation>La boîte aux lettres est presque pleine</translation>
    </message>
    <message>
        <source>The mailbox uses %1 % of its quota (%2). When it is full, new mail is refused and senders get it back.</source>
        <translation>La boîte aux lettres utilise %1&#xa0;% de son quota (%2). Lorsqu&apos;elle sera pleine, les nouveaux messages seront refusés et renvoyés à leurs expéditeurs.</translation>
    </message>
    <message>
        <source>Delete or archive old mail (empty the trash and large attachments), or ask the provider for more space.</source>
        <translation>Supprimez ou archivez les anciens messages (videz la corbeille, supprimez les pièces jointes volumineuses), ou demandez davantage d&apos;espace au fournisseur.</translation>
    </message>
    <message>
        <source>The mailbox is full</source>
        <translation>La boîte aux lettres est pleine</translation>
    </message>
    <message>
        <source>The mailbox uses %1 % of its quota (%2). New mail is refused and senders get it back; sending may fail too when sent mail is saved.</source>
        <translation>La boîte aux lettres utilise %1&#xa0;% de son quota (%2). Les nouveaux messages sont refusés et renvoyés à leurs expéditeurs&#xa0;; l&apos;envoi peut aussi échouer lorsque les messages envoyés sont enregistrés.</translation>
    </message>
    <message>
        <source>Delete or archive mail now (empty the trash and large attachments), or ask the provider for more space.</source>
        <translation>Supprimez ou archivez des messages dès maintenant (videz la corbeille, supprimez les pièces jointes volumineuses), ou demandez davantage d&apos;espace au fournisseur.</translation>
    </message>
    <message>
        <source>The inbox could not be checked</source>
        <translation>La boîte de réception n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>The login worked, but looking at the inbox did not: %1.</source>
        <translation>L&apos;authentification a réussi, mais pas la consultation de la boîte de réception&#xa0;: %1.</translation>
    </message>
    <message>
        <source>If the mail app shows no mail or errors when opening the inbox, give this report to the provider.</source>
        <translation>Si le logiciel de messagerie n&apos;affiche aucun message ou des erreurs à l&apos;ouverture de la boîte de réception, transmettez ce rapport au fournisseur.</translation>
    </message>
    <message>
        <source>This account may not send as %1</source>
        <translation>Ce compte ne peut pas envoyer en tant que %1</translation>
    </message>
    <message>
        <source>The login worked, but the server refuses mail from %1 for this login: the address is not one the account owns. The server said: “%2”.</source>
        <translation>L&apos;authentification a réussi, mais le serveur refuse les messages de %1 pour cet identifiant&#xa0;: cette adresse n&apos;appartient pas au compte. Le serveur a répondu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>In the mail app, use the account&apos;s own address as the sender, or ask the administrator to allow this login to send as %1 (Microsoft 365: Send As permission).</source>
        <translation>Dans le logiciel de messagerie, utilisez l&apos;adresse propre au compte comme expéditeur, ou demandez à l&apos;administrateur d&apos;autoriser cet identifiant à envoyer en tant que %1 (Microsoft 365&#xa0;: autorisation «&#xa0;Envoyer en tant que&#xa0;»).</translation>
    </message>
    <message>
        <source>The server refuses the sender %1</source>
        <translation>Le serveur refuse l&apos;expéditeur %1</translation>
    </message>
    <message>
        <source>The login worked, but the server refused mail from %1. The server said: “%2”.</source>
        <translation>L&apos;authentification a réussi, mais le serveur a refusé les messages de %1. Le serveur a répondu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Check the sender address in the mail app; use the account&apos;s own address.</source>
        <translation>Vérifiez l&apos;adresse d&apos;expéditeur dans le logiciel de messagerie&#xa0;; utilisez l&apos;adresse propre au compte.</translation>
    </message>
    <message>
        <source>The server refuses the recipient %1</source>
        <translation>Le serveur refuse le destinataire %1</translation>
    </message>
    <message>
        <source>The login worked and the sender was accepted, but the server refused the recipient %1. The server said: “%2”.</source>
        <translation>L&apos;authentification a réussi et l&apos;expéditeur a été accepté, mais le serveur a refusé le destinataire %1. Le serveur a répondu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Check the recipient address for typing mistakes. If it is right, the server&apos;s words say why it refuses (unknown user, relay not allowed, a full mailbox).</source>
        <translation>Vérifiez que l&apos;adresse du destinataire ne contient pas de faute de frappe. Si elle est correcte, le message du serveur indique pourquoi il la refuse (utilisateur inconnu, relais non autorisé, boîte aux lettres pleine).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Encrypted password (%1)</source>
        <translation>Mot de passe chiffré (%1)</translation>
    </message>
    <message>
        <source>OAuth2 (%1)</source>
        <translation>OAuth2 (%1)</translation>
    </message>
    <message>
        <source>Normal password (%1)</source>
        <translation>Mot de passe normal (%1)</translation>
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
        <translation>%1 Mio sur %2 Mio</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 messages sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is a mail domain, not the name of a mail server</source>
        <translation>%1 est un domaine de messagerie, pas le nom d&apos;un serveur de messagerie</translation>
    </message>
    <message>
        <source>The name %1 exists, but it has no address to connect to: it is the domain of the email address, not the name of a server. Its DNS records name these mail hosts: %2.</source>
        <translation>Le nom %1 existe, mais il n&apos;a aucune adresse à laquelle se connecter&#xa0;: c&apos;est le domaine de l&apos;adresse e-mail, pas le nom d&apos;un serveur. Ses enregistrements DNS indiquent ces serveurs de messagerie&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name instead of the domain, as the provider&apos;s instructions give it (often imap.%1 or mail.%1), or use Find Settings to find and test the right one.</source>
        <translation>Saisissez le nom du serveur de messagerie au lieu du domaine, tel qu&apos;il figure dans les instructions du fournisseur (souvent imap.%1 ou mail.%1), ou utilisez Trouver les paramètres pour trouver et tester le bon.</translation>
    </message>
    <message>
        <source>%1 exists but has no address</source>
        <translation>%1 existe mais n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>The name %1 exists in DNS, but it has no address (no A or AAAA record), so there is nothing to connect to. Usually this is the domain of the email address typed where the mail server&apos;s name belongs.</source>
        <translation>Le nom %1 existe dans le DNS, mais il n&apos;a pas d&apos;adresse (aucun enregistrement A ou AAAA)&#xa0;: il n&apos;y a donc rien à quoi se connecter. En général, c&apos;est le domaine de l&apos;adresse e-mail qui a été saisi à la place du nom du serveur de messagerie.</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name as the provider&apos;s instructions give it (for example imap.%1 or mail.%1), or use Find Settings to find and test the right one.</source>
        <translation>Saisissez le nom du serveur de messagerie tel qu&apos;il figure dans les instructions du fournisseur (par exemple imap.%1 ou mail.%1), ou utilisez Trouver les paramètres pour trouver et tester le bon.</translation>
    </message>
    <message>
        <source>This computer cannot look up names</source>
        <translation>Cet ordinateur ne parvient pas à résoudre les noms</translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2. The name may well be right; the DNS lookup itself did not work, because no DNS server answered, it timed out, or it reported a failure.</source>
        <translation>La recherche de %1 a échoué&#xa0;: %2. Le nom est peut-être tout à fait correct&#xa0;; c&apos;est la recherche DNS elle-même qui n&apos;a pas fonctionné&#xa0;: aucun serveur DNS n&apos;a répondu, le délai a expiré ou un échec a été signalé.</translation>
    </message>
    <message>
        <source>Check the network connection and the VPN (open a web page), then inspect again. There is no need to change the server name.</source>
        <translation>Vérifiez la connexion réseau et le VPN (ouvrez une page web), puis relancez l&apos;inspection. Inutile de modifier le nom du serveur.</translation>
    </message>
    <message>
        <source>The DNS server %3 cannot look up names</source>
        <translation>Le serveur DNS %3 ne parvient pas à résoudre les noms</translation>
    </message>
    <message>
        <source>Looking up %1 at the DNS server %3 failed: %2. The name may well be right; the DNS server did not answer, or it reported a failure.</source>
        <translation>La recherche de %1 auprès du serveur DNS %3 a échoué&#xa0;: %2. Le nom est peut-être tout à fait correct&#xa0;; le serveur DNS n&apos;a pas répondu ou a signalé un échec.</translation>
    </message>
    <message>
        <source>Check that %3 is the right DNS server and that it can be reached from this network (VPN, firewall), then inspect again. There is no need to change the server name.</source>
        <translation>Vérifiez que %3 est le bon serveur DNS et qu&apos;il est joignable depuis ce réseau (VPN, pare-feu), puis relancez l&apos;inspection. Inutile de modifier le nom du serveur.</translation>
    </message>
</context>
<context>
    <name>Dns</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>nom DNS non valide</translation>
    </message>
    <message>
        <source>no DNS server answers at %1</source>
        <translation>aucun serveur DNS ne répond à %1</translation>
    </message>
    <message>
        <source>too many replies that do not match the question</source>
        <translation>trop de réponses qui ne correspondent pas à la question</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>le nom n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>le serveur DNS n&apos;a pas pu répondre (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused to answer (REFUSED)</source>
        <translation>le serveur DNS a refusé de répondre (REFUSED)</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>le serveur DNS a répondu avec le code d&apos;erreur %1</translation>
    </message>
    <message>
        <source>the reply was truncated and TCP is not tried</source>
        <translation>la réponse a été tronquée et TCP n&apos;est pas essayé</translation>
    </message>
    <message>
        <source>a name runs past the end of the message</source>
        <translation>un nom dépasse la fin du message</translation>
    </message>
    <message>
        <source>a compression pointer is cut short</source>
        <translation>un pointeur de compression est tronqué</translation>
    </message>
    <message>
        <source>compression pointers loop</source>
        <translation>les pointeurs de compression forment une boucle</translation>
    </message>
    <message>
        <source>a compression pointer does not point backwards</source>
        <translation>un pointeur de compression ne pointe pas vers l&apos;arrière</translation>
    </message>
    <message>
        <source>a label has an unknown type</source>
        <translation>une étiquette a un type inconnu</translation>
    </message>
    <message>
        <source>a label runs past the end of the message</source>
        <translation>une étiquette dépasse la fin du message</translation>
    </message>
    <message>
        <source>a name is longer than 255 octets</source>
        <translation>un nom dépasse 255 octets</translation>
    </message>
    <message>
        <source>the message is larger than 65535 octets</source>
        <translation>le message dépasse 65535 octets</translation>
    </message>
    <message>
        <source>the message is shorter than a DNS header</source>
        <translation>le message est plus court qu&apos;un en-tête DNS</translation>
    </message>
    <message>
        <source>a question is cut short</source>
        <translation>une question est tronquée</translation>
    </message>
    <message>
        <source>a record is cut short</source>
        <translation>un enregistrement est tronqué</translation>
    </message>
    <message>
        <source>a record&apos;s data runs past the end of the message</source>
        <translation>les données d&apos;un enregistrement dépassent la fin du message</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>le nom n&apos;existe pas</translation>
    </message>
    <message>
        <source>the name exists but has no address (no A or AAAA record)</source>
        <translation>le nom existe mais n&apos;a pas d&apos;adresse (aucun enregistrement A ou AAAA)</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Transcript limit of %1 KiB reached: later lines are counted, not kept</source>
        <translation>Limite de la transcription de %1 Kio atteinte&#xa0;: les lignes suivantes sont comptées, pas conservées</translation>
    </message>
    <message>
        <source>the next login command</source>
        <translation>la commande d&apos;authentification suivante</translation>
    </message>
    <message>
        <source>Not inspected: %1</source>
        <translation>Non inspecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>Not looked up: connecting to %1 as asked; %2 is still the name checked in the certificate</source>
        <translation>Pas de recherche DNS&#xa0;: connexion à %1 comme demandé&#xa0;; %2 reste le nom vérifié dans le certificat</translation>
    </message>
    <message>
        <source>%1 is an IP address</source>
        <translation>%1 est une adresse IP</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <source>Name lookup failed: %1</source>
        <translation>Échec de la recherche du nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 ne se résout pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has address %2</source>
        <translation>%1 a l&apos;adresse %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2); trying the next address, %3</source>
        <translation>Connexion impossible à %1 (%2)&#xa0;; essai de l&apos;adresse suivante, %3</translation>
    </message>
    <message>
        <source>TLS alert sent: %1</source>
        <translation>Alerte TLS envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS alert received: %1</source>
        <translation>Alerte TLS reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Connected from %1:%2</source>
        <translation>Connecté depuis %1:%2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Connecté à %1 port %2</translation>
    </message>
    <message>
        <source>Injection check skipped: not available for %1</source>
        <translation>Test d&apos;injection ignoré&#xa0;: non disponible pour %1</translation>
    </message>
    <message>
        <source>Injection check: sending NOOP in the same packet as %1</source>
        <translation>Test d&apos;injection&#xa0;: envoi de NOOP dans le même paquet que %1</translation>
    </message>
    <message>
        <source>TLS handshake started (no SNI: the target is an address)</source>
        <translation>Négociation TLS commencée (pas de SNI&#xa0;: la cible est une adresse)</translation>
    </message>
    <message>
        <source>TLS handshake started (SNI %1)</source>
        <translation>Négociation TLS commencée (SNI %1)</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>The chain is trusted through the system&apos;s certificate authorities</source>
        <translation>La chaîne est approuvée par les autorités de certification du système</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS établi&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Trusted certificate for %1 (%2)</source>
        <translation>Certificat approuvé pour %1 (%2)</translation>
    </message>
    <message>
        <source>Certificate not valid for %1: %2</source>
        <translation>Certificat non valable pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Injection check: waiting for an answer to the NOOP inside TLS</source>
        <translation>Test d&apos;injection&#xa0;: attente d&apos;une réponse au NOOP à l&apos;intérieur de TLS</translation>
    </message>
    <message>
        <source>Password not sent: the connection is not encrypted</source>
        <translation>Mot de passe non envoyé&#xa0;: la connexion n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>Password not sent: the server&apos;s certificate could not be verified</source>
        <translation>Mot de passe non envoyé&#xa0;: le certificat du serveur n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>No login possible: %1</source>
        <translation>Aucune authentification possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation>Authentifié avec %1</translation>
    </message>
    <message>
        <source>Login refused: %1</source>
        <translation>Authentification refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password not sent: the session did not reach a secure state</source>
        <translation>Mot de passe non envoyé&#xa0;: la session n&apos;a pas atteint un état sécurisé</translation>
    </message>
    <message>
        <source>The server answered the NOOP inside TLS: it kept plain text sent before the handshake (CVE-2011-0411)</source>
        <translation>Le serveur a répondu au NOOP à l&apos;intérieur de TLS&#xa0;: il a conservé du texte en clair envoyé avant la négociation (CVE-2011-0411)</translation>
    </message>
    <message>
        <source>The answer to the pipelined NOOP; not taken for the next reply</source>
        <translation>La réponse au NOOP envoyé en pipeline&#xa0;; non prise pour la réponse suivante</translation>
    </message>
    <message>
        <source>A line grew past %1 bytes without ending; stopped reading</source>
        <translation>Une ligne a dépassé %1 octets sans se terminer&#xa0;; lecture arrêtée</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes</source>
        <translation>Le serveur a envoyé une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>more than %1 bytes in one step</source>
        <translation>plus de %1 octets en une étape</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes in one step</source>
        <translation>Le serveur a envoyé plus de %1 octets en une étape</translation>
    </message>
    <message>
        <source>Not a valid %1 reply: %2</source>
        <translation>Réponse %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unexpected reply ignored</source>
        <translation>Réponse inattendue ignorée</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>Le serveur a refusé la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Greeting after %1 s: %2</source>
        <translation>Message d&apos;accueil après %1 s&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>EHLO refused (%1); trying HELO</source>
        <translation>EHLO refusé (%1)&#xa0;; essai avec HELO</translation>
    </message>
    <message>
        <source>The capability list was refused: %1</source>
        <translation>La liste des capacités a été refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No capabilities listed</source>
        <translation>Aucune capacité annoncée</translation>
    </message>
    <message>
        <source>Security is set to None: no upgrade to TLS</source>
        <translation>La sécurité est réglée sur Aucune&#xa0;: pas de passage à TLS</translation>
    </message>
    <message>
        <source>PREAUTH: the server logged us in before TLS, so STARTTLS is impossible</source>
        <translation>PREAUTH&#xa0;: le serveur nous a authentifiés avant TLS, STARTTLS est donc impossible</translation>
    </message>
    <message>
        <source>The server does not offer %1</source>
        <translation>Le serveur ne propose pas %1</translation>
    </message>
    <message>
        <source>HELO refused too: %1</source>
        <translation>HELO refusé aussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only HELO works: the server lists no extensions</source>
        <translation>Seul HELO fonctionne&#xa0;: le serveur n&apos;annonce aucune extension</translation>
    </message>
    <message>
        <source>No STARTTLS without EHLO</source>
        <translation>Pas de STARTTLS sans EHLO</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server answered the pipelined NOOP before TLS; discarded</source>
        <translation>Le serveur a répondu au NOOP envoyé en pipeline avant TLS&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 bytes of plain text arrived after the upgrade reply; discarded</source>
        <translation>%1 octets de texte en clair sont arrivés après la réponse au passage à TLS&#xa0;; ignorés</translation>
    </message>
    <message>
        <source>Plain text arrived after the upgrade reply (%1 bytes)</source>
        <translation>Du texte en clair est arrivé après la réponse au passage à TLS (%1 octets)</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on port %1</source>
        <translation>Connexion refusée&#xa0;: rien n&apos;écoute sur le port %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Échec de la négociation TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation>Erreur de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Fin de session</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of a line</source>
        <translation>Le serveur a fermé la connexion au milieu d&apos;une ligne</translation>
    </message>
    <message>
        <source>Injection check: no answer to the NOOP inside TLS (good)</source>
        <translation>Test d&apos;injection&#xa0;: aucune réponse au NOOP à l&apos;intérieur de TLS (bon signe)</translation>
    </message>
    <message>
        <source>No answer from DNS within %1 s</source>
        <translation>Aucune réponse du DNS en %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>No answer to the connection attempt within %1 s</source>
        <translation>Aucune réponse à la tentative de connexion en %1 s</translation>
    </message>
    <message>
        <source>No answer within %1 s: the port is probably filtered by a firewall</source>
        <translation>Aucune réponse en %1 s&#xa0;: le port est probablement filtré par un pare-feu</translation>
    </message>
    <message>
        <source>The greeting never ended: no line end within %1 s</source>
        <translation>Le message d&apos;accueil ne s&apos;est jamais terminé&#xa0;: aucune fin de ligne en %1 s</translation>
    </message>
    <message>
        <source>No greeting within %1 s</source>
        <translation>Aucun message d&apos;accueil en %1 s</translation>
    </message>
    <message>
        <source>Connected, but the server said nothing for %1 s</source>
        <translation>Connecté, mais le serveur n&apos;a rien dit pendant %1 s</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>aucun message d&apos;accueil</translation>
    </message>
    <message>
        <source>TLS handshake timed out</source>
        <translation>Délai dépassé pour la négociation TLS</translation>
    </message>
    <message>
        <source>TLS handshake timed out after %1 s</source>
        <translation>Délai dépassé pour la négociation TLS après %1 s</translation>
    </message>
    <message>
        <source>handshake timed out</source>
        <translation>délai de négociation dépassé</translation>
    </message>
    <message>
        <source>The answer to the goodbye never ended: no line end within %1 s</source>
        <translation>La réponse à la fin de session ne s&apos;est jamais terminée&#xa0;: aucune fin de ligne en %1 s</translation>
    </message>
    <message>
        <source>No answer to the goodbye within %1 s</source>
        <translation>Aucune réponse à la fin de session en %1 s</translation>
    </message>
    <message>
        <source>The reply never ended: no line end within %1 s</source>
        <translation>La réponse ne s&apos;est jamais terminée&#xa0;: aucune fin de ligne en %1 s</translation>
    </message>
    <message>
        <source>No reply within %1 s</source>
        <translation>Aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>The line above never ended: the server announced a literal and sent fewer bytes than it announced (%1 bytes in all)</source>
        <translation>La ligne ci-dessus ne s&apos;est jamais terminée&#xa0;: le serveur a annoncé un littéral et a envoyé moins d&apos;octets qu&apos;annoncé (%1 octets au total)</translation>
    </message>
    <message>
        <source>The line above never ended: %1 bytes arrived without a line end</source>
        <translation>La ligne ci-dessus ne s&apos;est jamais terminée&#xa0;: %1 octets sont arrivés sans fin de ligne</translation>
    </message>
    <message>
        <source>A reply no command asked for: %1</source>
        <translation>Une réponse qu&apos;aucune commande n&apos;a demandée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; arrived before mailinspect sent %2, so it cannot be the answer to it</source>
        <translation>«&#xa0;%1&#xa0;» est arrivé avant que mailinspect n&apos;envoie %2&#xa0;: ce ne peut donc pas être la réponse</translation>
    </message>
    <message>
        <source>The server answered before it was asked: &quot;%1&quot; arrived before %2 was sent</source>
        <translation>Le serveur a répondu avant qu&apos;on ne lui demande&#xa0;: «&#xa0;%1&#xa0;» est arrivé avant l&apos;envoi de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; arrived after the server had already answered %2; no command was waiting for it</source>
        <translation>«&#xa0;%1&#xa0;» est arrivé après que le serveur a déjà répondu à %2&#xa0;; aucune commande ne l&apos;attendait</translation>
    </message>
    <message>
        <source>More replies than commands: &quot;%1&quot; arrived after the answer to %2</source>
        <translation>Plus de réponses que de commandes&#xa0;: «&#xa0;%1&#xa0;» est arrivé après la réponse à %2</translation>
    </message>
    <message>
        <source>The deadline of %1 s for the whole inspection was reached; stopping</source>
        <translation>La durée maximale de %1 s pour toute l&apos;inspection est atteinte&#xa0;; arrêt</translation>
    </message>
    <message>
        <source>Stopped: the deadline of %1 s for the whole inspection was reached</source>
        <translation>Arrêté&#xa0;: la durée maximale de %1 s pour toute l&apos;inspection a été atteinte</translation>
    </message>
    <message>
        <source>Trying %1 on the same port to confirm (%2)</source>
        <translation>Essai de %1 sur le même port pour confirmer (%2)</translation>
    </message>
    <message>
        <source>%1 works on this port: %2</source>
        <translation>%1 fonctionne sur ce port&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not work either: %2</source>
        <translation>%1 ne fonctionne pas non plus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>Transcript limit reached: %n more line(s) not kept</source>
        <translation>
            <numerusform>Limite de la transcription atteinte&#xa0;: %n ligne de plus non conservée</numerusform>
            <numerusform>Limite de la transcription atteinte&#xa0;: %n lignes de plus non conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 KiB of text)</source>
        <translation>(%1 Kio de texte)</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) not shown</source>
        <translation>
            <numerusform>%n ligne de plus non affichée</numerusform>
            <numerusform>%n lignes de plus non affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Logging in as the given user with %1 (%2)</source>
        <translation>Authentification avec l&apos;identifiant indiqué via %1 (%2)</translation>
    </message>
    <message>
        <source>Login not trusted: %1</source>
        <translation>Authentification non fiable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking up %1 at the DNS server %2</source>
        <translation>Recherche de %1 auprès du serveur DNS %2</translation>
    </message>
    <message>
        <source>%1 exists but has no address</source>
        <translation>%1 existe mais n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>Mail hosts of %1: %2</source>
        <translation>Serveurs de messagerie de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>Impossible de rechercher %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InspectionRequest</name>
    <message>
        <source>the user name contains a line break (CR or LF) or a NUL character, which would cut the login command short</source>
        <translation>l&apos;identifiant contient un saut de ligne (CR ou LF) ou un caractère NUL, ce qui couperait la commande d&apos;authentification</translation>
    </message>
    <message>
        <source>the password contains a line break (CR or LF) or a NUL character, which would cut the login command short</source>
        <translation>le mot de passe contient un saut de ligne (CR ou LF) ou un caractère NUL, ce qui couperait la commande d&apos;authentification</translation>
    </message>
    <message>
        <source>the client name contains a line break (CR or LF) or a NUL character, which would cut the greeting command short</source>
        <translation>le nom du client contient un saut de ligne (CR ou LF) ou un caractère NUL, ce qui couperait la commande d&apos;accueil</translation>
    </message>
    <message>
        <source>the access token contains a line break (CR or LF) or a NUL character, which would cut the login command short</source>
        <translation>le jeton d&apos;accès contient un saut de ligne (CR ou LF) ou un caractère NUL, ce qui couperait la commande d&apos;authentification</translation>
    </message>
    <message>
        <source>the sender address contains a space, an angle bracket, a line break (CR or LF) or a NUL character</source>
        <translation>l&apos;adresse d&apos;expéditeur contient une espace, un chevron, un saut de ligne (CR ou LF) ou un caractère NUL</translation>
    </message>
    <message>
        <source>the recipient address contains a space, an angle bracket, a line break (CR or LF) or a NUL character</source>
        <translation>l&apos;adresse de destinataire contient une espace, un chevron, un saut de ligne (CR ou LF) ou un caractère NUL</translation>
    </message>
    <message>
        <source>the DNS server &quot;%1&quot; is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)</source>
        <translation>le serveur DNS «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP suivie éventuellement d&apos;un port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)</translation>
    </message>
</context>
<context>
    <name>MailInspect</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>Aucune</translation>
    </message>
    <message>
        <source>SMTP (server to server)</source>
        <translation>SMTP (entre serveurs)</translation>
    </message>
    <message>
        <source>SMTP submission (sending mail)</source>
        <translation>SMTP submission (envoi de messages)</translation>
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
        <source>Name lookup</source>
        <translation>Recherche du nom</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Message d&apos;accueil</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Contrôle du certificat</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Capacités après TLS</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Fin de session</translation>
    </message>
    <message>
        <source>Other security mode</source>
        <translation>Autre mode de sécurité</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Sender check</source>
        <translation>Vérification de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Recipient check</source>
        <translation>Vérification du destinataire</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisation</translation>
    </message>
</context>
<context>
    <name>MailInspect::CertificateModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n day(s)</source>
        <translation>
            <numerusform>pas encore valable&#xa0;: commence dans %n jour</numerusform>
            <numerusform>pas encore valable&#xa0;: commence dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown validity</source>
        <translation>validité inconnue</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>a expiré il y a %n jour</numerusform>
            <numerusform>a expiré il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expire dans %n jour</numerusform>
            <numerusform>expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>not valid yet: starts later today</source>
        <translation>pas encore valide : commence plus tard aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n month(s)</source>
        <translation>
            <numerusform>pas encore valide : commence dans %n mois</numerusform>
            <numerusform>pas encore valide : commence dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n year(s)</source>
        <translation>
            <numerusform>pas encore valide : commence dans %n an</numerusform>
            <numerusform>pas encore valide : commence dans %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>expiré aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>expired %n month(s) ago</source>
        <translation>
            <numerusform>expiré il y a %n mois</numerusform>
            <numerusform>expiré il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n year(s) ago</source>
        <translation>
            <numerusform>expiré il y a %n an</numerusform>
            <numerusform>expiré il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expire aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n month(s)</source>
        <translation>
            <numerusform>expire dans %n mois</numerusform>
            <numerusform>expire dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n year(s)</source>
        <translation>
            <numerusform>expire dans %n an</numerusform>
            <numerusform>expire dans %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Le certificat a expiré.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>Le certificat n’est pas encore valide (ou l’horloge de cet ordinateur est fausse).</translation>
    </message>
    <message>
        <source>The certificate was signed by the server itself: no authority vouches for it.</source>
        <translation>Le certificat a été signé par le serveur lui-même : aucune autorité ne s’en porte garante.</translation>
    </message>
    <message>
        <source>It was issued by an authority this computer does not trust.</source>
        <translation>Il a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The server did not send the intermediate certificate that links it to a trusted authority.</source>
        <translation>Le serveur n’a pas envoyé le certificat intermédiaire qui le relie à une autorité de confiance.</translation>
    </message>
    <message>
        <source>The certificate was revoked by its authority.</source>
        <translation>Le certificat a été révoqué par son autorité.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not check out.</source>
        <translation>La signature du certificat n’est pas valable.</translation>
    </message>
    <message>
        <source>The certificate is not meant for a server.</source>
        <translation>Le certificat n’est pas destiné à un serveur.</translation>
    </message>
    <message>
        <source>An authority in the chain is not allowed to issue certificates.</source>
        <translation>Une autorité de la chaîne n’a pas le droit d’émettre des certificats.</translation>
    </message>
    <message>
        <source>The certificate was rejected for this use.</source>
        <translation>Le certificat a été refusé pour cet usage.</translation>
    </message>
    <message>
        <source>The certificate does not name this server.</source>
        <translation>Le certificat ne nomme pas ce serveur.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n’a envoyé aucun certificat.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Le certificat n’a pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>MailInspect::CertificatePanel</name>
    <message>
        <source>Trust result</source>
        <translation>Résultat de confiance</translation>
    </message>
    <message>
        <source>Name result</source>
        <translation>Résultat du nom</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>No TLS in this inspection: no certificate to check.</source>
        <translation>Pas de TLS dans cette inspection&#xa0;: aucun certificat à vérifier.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n&apos;a envoyé aucun certificat.</translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation>Aucun certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>The chain leads to a trusted certificate authority.</source>
        <translation>La chaîne mène à une autorité de certification de confiance.</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>The chain could not be verified.</source>
        <translation>La chaîne n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Le nom correspond</translation>
    </message>
    <message>
        <source>Checked name &quot;%1&quot; is in the certificate.</source>
        <translation>Le nom vérifié «&#xa0;%1&#xa0;» figure dans le certificat.</translation>
    </message>
    <message>
        <source>Name does not match</source>
        <translation>Le nom ne correspond pas</translation>
    </message>
    <message>
        <source>Checked name &quot;%1&quot; is not in the certificate; it names: %2.</source>
        <translation>Le nom vérifié «&#xa0;%1&#xa0;» ne figure pas dans le certificat&#xa0;; celui-ci indique&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (auto-signé)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Copy &amp;Fingerprint</source>
        <translation>Copier l’&amp;empreinte</translation>
    </message>
    <message>
        <source>Copies the selected certificate&apos;s whole SHA-256 fingerprint</source>
        <translation>Copie l’empreinte SHA-256 complète du certificat sélectionné</translation>
    </message>
    <message>
        <source>Save Certificate &amp;Chain…</source>
        <translation>Enregistrer la &amp;chaîne de certificats…</translation>
    </message>
    <message>
        <source>Writes every certificate the server sent to a PEM file</source>
        <translation>Écrit tous les certificats envoyés par le serveur dans un fichier PEM</translation>
    </message>
    <message>
        <source>Save Certificate Chain</source>
        <translation>Enregistrer la chaîne de certificats</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>There is no certificate to save.</source>
        <translation>Il n’y a aucun certificat à enregistrer.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>TLS library says</source>
        <translation>La bibliothèque TLS indique</translation>
    </message>
</context>
<context>
    <name>MailInspect::CompareDialog</name>
    <message>
        <source>%1, port %2, %3, %4</source>
        <translation>%1, port %2, %3, %4</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspecté</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Chain trusted</source>
        <translation>Chaîne de confiance</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Nom correspondant</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Constat : %1</translation>
    </message>
    <message>
        <source>Compare Results</source>
        <translation>Comparer des résultats</translation>
    </message>
    <message>
        <source>Rows that changed are marked.</source>
        <translation>Les lignes qui ont changé sont marquées.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation>Avant (%1)</translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation>Après (%1)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>MailInspect::ConnectionForm</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>mail.example.com, host:port or imaps://host</source>
        <translation>mail.example.com, hôte:port ou imaps://hôte</translation>
    </message>
    <message>
        <source>The server name as the customer typed it. A URL such as imaps://mail.example.com or host:port fills in the rest.</source>
        <translation>Le nom du serveur tel que l&apos;utilisateur l&apos;a saisi. Une URL comme imaps://mail.example.com ou hôte:port renseigne le reste.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Follows protocol and security until you type a port.</source>
        <translation>Suit le protocole et la sécurité tant que vous ne saisissez pas de port.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Protoco&amp;l:</source>
        <translation>P&amp;rotocole&#xa0;:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Options a&amp;vancées</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les options avancées</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Conne&amp;xion</translation>
    </message>
    <message>
        <source>Show the login fields</source>
        <translation>Afficher les champs d&apos;authentification</translation>
    </message>
    <message>
        <source>Also check that the customer&apos;s user name and password are accepted.</source>
        <translation>Vérifier aussi que l&apos;identifiant et le mot de passe de l&apos;utilisateur sont acceptés.</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Problème de saisie</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Connect to address</source>
        <translation>Adresse IP cible</translation>
    </message>
    <message>
        <source>resolve the server name</source>
        <translation>résoudre le nom du serveur</translation>
    </message>
    <message>
        <source>Connect to this IP address instead; the server name is still the one sent and checked in the certificate.</source>
        <translation>Se connecter plutôt à cette adresse IP&#xa0;; le nom du serveur reste celui qui est envoyé et vérifié dans le certificat.</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Fichier CA supplémentaire</translation>
    </message>
    <message>
        <source>system trust only</source>
        <translation>confiance système seule</translation>
    </message>
    <message>
        <source>PEM file with extra certificate authorities to trust (e.g. a company CA).</source>
        <translation>Fichier PEM contenant des autorités de certification supplémentaires à approuver (par exemple la CA d&apos;une entreprise).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier CA</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>Délai d&apos;attente par étape, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Deadline for the whole inspection in seconds</source>
        <translation>Durée maximale de toute l&apos;inspection, en secondes</translation>
    </message>
    <message>
        <source>Stop the whole inspection after this many seconds, however far it got. None: only the time per step applies.</source>
        <translation>Arrêter toute l&apos;inspection après ce nombre de secondes, où qu&apos;elle en soit. Aucune&#xa0;: seul le délai par étape s&apos;applique.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>IP ci&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>Fic&amp;hier CA&#xa0;:</translation>
    </message>
    <message>
        <source>Timeo&amp;ut per step:</source>
        <translation>Délai &amp;max. par étape&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;verall deadline:</source>
        <translation>Limite &amp;globale&#xa0;:</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Masquer les options avancées</translation>
    </message>
    <message>
        <source>Hide the login fields</source>
        <translation>Masquer les champs d&apos;authentification</translation>
    </message>
    <message>
        <source>Trusting: %1</source>
        <translation>Confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Port %1 normally means %2 with SSL/TLS. &lt;a href=&quot;%3&quot;&gt;Use that&lt;/a&gt;</source>
        <translation>Le port %1 signifie normalement %2 avec SSL/TLS. &lt;a href=&quot;%3&quot;&gt;Utiliser ce réglage&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats CA supplémentaires</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read the CA file &quot;%1&quot;.</source>
        <translation>Impossible de lire le fichier CA «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Le fichier CA «&#xa0;%1&#xa0;» ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Enter the server name, for example mail.example.com.</source>
        <translation>Saisissez le nom du serveur, par exemple mail.example.com.</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;Connect to&quot; must be an IP address, such as 192.0.2.10.</source>
        <translation>«&#xa0;IP cible&#xa0;» doit être une adresse IP, par exemple 192.0.2.10.</translation>
    </message>
    <message>
        <source>Find Settings…</source>
        <translation>Trouver les paramètres…</translation>
    </message>
    <message>
        <source>Find and test the right settings for an email address</source>
        <translation>Trouver et tester les bons paramètres pour une adresse e-mail</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>résolveur de cet ordinateur</translation>
    </message>
    <message>
        <source>Ask this DNS server (address, optionally :port) for every name instead of this computer&apos;s resolver.</source>
        <translation>Interroger ce serveur DNS (adresse, éventuellement suivie de&#xa0;:port) pour chaque nom au lieu du résolveur de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Serveur &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <source>DNS server: %1.</source>
        <translation>Serveur DNS&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>MailInspect::FindSettingsDialog</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>test en cours…</translation>
    </message>
    <message>
        <source>Find Settings</source>
        <translation>Trouver les paramètres</translation>
    </message>
    <message>
        <source>Finds the right settings for an email address: asks the provider&apos;s configuration, the ISPDB, DNS (MX, SRV), Autodiscover and the usual server names, then proves each suggestion with a live inspection.</source>
        <translation>Trouve les bons paramètres pour une adresse e-mail&#xa0;: interroge la configuration du fournisseur, l&apos;ISPDB, le DNS (MX, SRV), Autodiscover et les noms de serveur habituels, puis vérifie chaque proposition par une inspection réelle.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>customer@example.com or example.com</source>
        <translation>utilisateur@example.com ou example.com</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trouver</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Type the customer&apos;s email address and press Find.</source>
        <translation>Saisissez l&apos;adresse e-mail de l&apos;utilisateur et appuyez sur Trouver.</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>&amp;Utiliser ces paramètres</translation>
    </message>
    <message>
        <source>C&amp;opy for the customer</source>
        <translation>C&amp;opier pour l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Asking the sources and testing what they suggest…</source>
        <translation>Interrogation des sources et test de leurs propositions…</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>lower: %1</source>
        <translation>moindre&#xa0;: %1</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>%1 of %2 servers tested (%3 suggestions), %4 questions asked</source>
        <translation>%1 serveurs testés sur %2 (%3 propositions), %4 questions posées</translation>
    </message>
    <message>
        <source>recommended: %1</source>
        <translation>recommandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s settings are right.</source>
        <translation>Les paramètres de l&apos;utilisateur sont corrects.</translation>
    </message>
    <message>
        <source>Customer has → should be:
%1</source>
        <translation>Paramètres de l&apos;utilisateur → à remplacer par&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Found nothing that works for %1: %2 servers were suggested, none answered with verified encryption. Every question asked is in the table and the tooltips.</source>
        <translation>Rien trouvé qui fonctionne pour %1&#xa0;: %2 serveurs ont été proposés, aucun n&apos;a répondu avec un chiffrement vérifié. Toutes les questions posées figurent dans le tableau et les info-bulles.</translation>
    </message>
</context>
<context>
    <name>MailInspect::FindingDelegate</name>
    <message>
        <source>Fix:</source>
        <translation>Solution&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MailInspect::FindingsModel</name>
    <message>
        <source>%1: %2. %3 Fix: %4</source>
        <translation>%1&#xa0;: %2. %3 Solution&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>MailInspect::LoginFields</name>
    <message>
        <source>User name for a login</source>
        <translation>Identifiant de connexion</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>pas d&apos;authentification</translation>
    </message>
    <message>
        <source>Also log in as this user (often the full email address). The password goes out only inside TLS with a verified certificate, unless you allow a login without encryption.</source>
        <translation>S&apos;authentifier aussi avec cet identifiant (souvent l&apos;adresse e-mail complète). Le mot de passe n&apos;est envoyé qu&apos;à l&apos;intérieur de TLS avec un certificat vérifié, sauf si vous autorisez l&apos;authentification sans chiffrement.</translation>
    </message>
    <message>
        <source>Used for this inspection only: never saved, never in a report, cleared when the window closes.</source>
        <translation>Utilisé pour cette inspection uniquement&#xa0;: jamais enregistré, jamais dans un rapport, effacé à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <source>Authentication mechanism</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Automatic picks the strongest mechanism the server offers for the password; the report says which and why.</source>
        <translation>Automatique choisit la méthode la plus forte que le serveur propose pour le mot de passe&#xa0;; le rapport indique laquelle et pourquoi.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>OAuth 2 (access token)</source>
        <translation>OAuth 2 (jeton d&apos;accès)</translation>
    </message>
    <message>
        <source>OAuth 2: XOAUTH2</source>
        <translation>OAuth 2&#xa0;: XOAUTH2</translation>
    </message>
    <message>
        <source>OAuth 2: OAUTHBEARER</source>
        <translation>OAuth 2&#xa0;: OAUTHBEARER</translation>
    </message>
    <message>
        <source>Lo&amp;gin as:</source>
        <translation>Ide&amp;ntifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Aut&amp;hentification&#xa0;:</translation>
    </message>
    <message>
        <source>Allow login without &amp;encryption</source>
        <translation>Autoriser l&apos;envoi du mot de &amp;passe sans chiffrement</translation>
    </message>
    <message>
        <source>Send the password even where the connection is not encrypted or the certificate did not verify.</source>
        <translation>Envoyer le mot de passe même si la connexion n&apos;est pas chiffrée ou si le certificat n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Anyone on the network path can read the password: use a test account.</source>
        <translation>Toute personne sur le chemin réseau peut lire le mot de passe&#xa0;: utilisez un compte de test.</translation>
    </message>
    <message>
        <source>Sender address to test</source>
        <translation>Adresse d&apos;expéditeur à tester</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>After the login, ask the server whether this account may send as this address (MAIL FROM, then RSET: no message is sent).</source>
        <translation>Après l&apos;authentification, demander au serveur si ce compte peut envoyer avec cette adresse (MAIL FROM, puis RSET&#xa0;: aucun message n&apos;est envoyé).</translation>
    </message>
    <message>
        <source>Recipient address to test</source>
        <translation>Adresse de destinataire à tester</translation>
    </message>
    <message>
        <source>Also ask whether the server accepts this recipient (RCPT TO, then RSET: no message is sent).</source>
        <translation>Demander aussi si le serveur accepte ce destinataire (RCPT TO, puis RSET&#xa0;: aucun message n&apos;est envoyé).</translation>
    </message>
    <message>
        <source>Send &amp;as:</source>
        <translation>Envo&amp;yer en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>To &amp;recipient:</source>
        <translation>Destina&amp;taire&#xa0;:</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problème d&apos;authentification</translation>
    </message>
    <message>
        <source>Check the &amp;inbox after login</source>
        <translation>Vérifier la &amp;boîte de réception après l&apos;authentification</translation>
    </message>
    <message>
        <source>Open INBOX read-only: message count, and how full the mailbox is when the server reports its quota.</source>
        <translation>Ouvrir INBOX en lecture seule&#xa0;: nombre de messages et taux de remplissage de la boîte aux lettres si le serveur indique son quota.</translation>
    </message>
    <message>
        <source>Ask for the number of messages waiting (STAT).</source>
        <translation>Demander le nombre de messages en attente (STAT).</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth 2 access token</source>
        <translation>Jeton d&apos;accès OAuth 2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>paste the access token</source>
        <translation>collez le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Hide the %1</source>
        <translation>Masquer le %1</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>Afficher le %1</translation>
    </message>
    <message>
        <source>type the password</source>
        <translation>saisissez le mot de passe</translation>
    </message>
    <message>
        <source>type the user name to log in as</source>
        <translation>saisissez l&apos;identifiant à utiliser</translation>
    </message>
    <message>
        <source>Login: %1.</source>
        <translation>Authentification&#xa0;: %1.</translation>
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
        <translation>&amp;Inspecter</translation>
    </message>
    <message>
        <source>Inspect the connection (Ctrl+Return)</source>
        <translation>Inspecter la connexion (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the inspection (Esc)</source>
        <translation>Arrêter l&apos;inspection (Échap)</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>&amp;Ouvrir un rapport…</translation>
    </message>
    <message>
        <source>Show a saved JSON report as it was recorded (Ctrl+O)</source>
        <translation>Afficher un rapport JSON enregistré tel qu&apos;il a été enregistré (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>Copier le &amp;résumé</translation>
    </message>
    <message>
        <source>A few lines for a ticket: target, verdict, findings with fixes, TLS facts</source>
        <translation>Quelques lignes pour un ticket&#xa0;: cible, verdict, constats avec solutions, informations TLS</translation>
    </message>
    <message>
        <source>Copy &amp;Full Report</source>
        <translation>Copier le rapport co&amp;mplet</translation>
    </message>
    <message>
        <source>&amp;Find in Transcript…</source>
        <translation>&amp;Rechercher dans la transcription…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent Targets</source>
        <translation>&amp;Cibles récentes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy Transcript Lines</source>
        <translation>&amp;Copier les lignes de la transcription</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>&amp;Inspection</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Mail Connection Inspector</source>
        <translation>À &amp;propos de Mail Connection Inspector</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Findings appear here when an inspection has finished.</source>
        <translation>Les constats s&apos;affichent ici à la fin d&apos;une inspection.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Step &amp;details</source>
        <translation>&amp;Détails de l&apos;étape</translation>
    </message>
    <message>
        <source>Cer&amp;tificate</source>
        <translation>&amp;Certificat</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Chrono&amp;logie</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>Co&amp;nstats</translation>
    </message>
    <message>
        <source>T&amp;ranscript</source>
        <translation>&amp;Transcription</translation>
    </message>
    <message>
        <source>Inspecting… findings appear when it has finished.</source>
        <translation>Inspection en cours… les constats s&apos;afficheront à la fin.</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Inspection en cours…</translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>Inspection de %1…</translation>
    </message>
    <message>
        <source>Inspecting %1… %2</source>
        <translation>Inspection de %1… %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sécurisé</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Non sécurisé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The inspection was cancelled: no diagnosis.</source>
        <translation>L&apos;inspection a été annulée&#xa0;: pas de diagnostic.</translation>
    </message>
    <message>
        <source>No problems found: nothing to fix.</source>
        <translation>Aucun problème détecté&#xa0;: rien à corriger.</translation>
    </message>
    <message>
        <source>No separate findings — see the verdict above.</source>
        <translation>Pas de constat séparé — voir le verdict ci-dessus.</translation>
    </message>
    <message>
        <source>A saved report opens when the inspection has finished or is cancelled.</source>
        <translation>Un rapport enregistré s&apos;ouvre une fois l&apos;inspection terminée ou annulée.</translation>
    </message>
    <message>
        <source>This file could not be opened as a report.</source>
        <translation>Ce fichier n&apos;a pas pu être ouvert comme rapport.</translation>
    </message>
    <message>
        <source>%1 — Mail Connection Inspector</source>
        <translation>%1 — Mail Connection Inspector</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Ouvrir un rapport</translation>
    </message>
    <message>
        <source>Saved reports (*.%1)</source>
        <translation>Rapports enregistrés (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n practice server(s) ready on 127.0.0.1 — see the Practice menu</source>
        <translation>
            <numerusform>%n serveur d&apos;entraînement prêt sur 127.0.0.1 — voir le menu Entraînement</numerusform>
            <numerusform>%n serveurs d&apos;entraînement prêts sur 127.0.0.1 — voir le menu Entraînement</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice server</source>
        <translation>Serveur d&apos;entraînement</translation>
    </message>
    <message>
        <source>the practice CA</source>
        <translation>la CA d&apos;entraînement</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Press Inspect (Ctrl+Return).</source>
        <translation>Appuyez sur Inspecter (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>%1:%2 — %3, %4</source>
        <translation>%1:%2 — %3, %4</translation>
    </message>
    <message>
        <source>There is no finished inspection to export.</source>
        <translation>Aucune inspection terminée à exporter.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Summary copied: paste it into the ticket.</source>
        <translation>Résumé copié&#xa0;: collez-le dans le ticket.</translation>
    </message>
    <message>
        <source>Full report copied.</source>
        <translation>Rapport complet copié.</translation>
    </message>
    <message>
        <source>About Mail Connection Inspector</source>
        <translation>À propos de Mail Connection Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mail Connection Inspector %1&lt;/h3&gt;&lt;p&gt;Inspects mail connections (SMTP, submission, IMAP, POP3, ManageSieve, LMTP) step by step: the connection, the greeting, STARTTLS or SSL/TLS, the certificate, and what to change when something is wrong.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mail Connection Inspector %1&lt;/h3&gt;&lt;p&gt;Inspecte pas à pas les connexions de messagerie (SMTP, submission, IMAP, POP3, ManageSieve, LMTP)&#xa0;: la connexion, le message d&apos;accueil, STARTTLS ou SSL/TLS, le certificat, et ce qu&apos;il faut changer en cas de problème.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript line(s)</source>
        <translation>
            <numerusform>%n ligne de transcription</numerusform>
            <numerusform>%n lignes de transcription</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3, finished in %4</source>
        <translation>%1 — %2, %3, terminé en %4</translation>
    </message>
    <message>
        <source>Saved report — %1, %2; nothing was connected to</source>
        <translation>Rapport enregistré — %1, %2&#xa0;; aucune connexion n&apos;a été établie</translation>
    </message>
    <message>
        <source>The form has changed: the result below is for %1, port %2, %3. Press Inspect to check the new settings.</source>
        <translation>Le formulaire a changé : le résultat ci-dessous concerne %1, port %2, %3. Appuyez sur « Inspecter » pour vérifier les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>Recent Res&amp;ults</source>
        <translation>Résultats réce&amp;nts</translation>
    </message>
    <message>
        <source>Co&amp;mpare Results…</source>
        <translation>Com&amp;parer des résultats…</translation>
    </message>
    <message>
        <source>%1:%2 %3 — %4 — %5</source>
        <translation>%1:%2 %3 — %4 — %5</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Aucun résultat pour l’instant</translation>
    </message>
    <message>
        <source>Compare Results</source>
        <translation>Comparer des résultats</translation>
    </message>
    <message>
        <source>Choose two results to see side by side:</source>
        <translation>Choisissez deux résultats à afficher côte à côte :</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Find &amp;Settings…</source>
        <translation>&amp;Trouver les paramètres…</translation>
    </message>
    <message>
        <source>Find and test the right settings for a customer&apos;s email address</source>
        <translation>Trouver et tester les bons paramètres pour l&apos;adresse e-mail d&apos;un utilisateur</translation>
    </message>
</context>
<context>
    <name>MailInspect::ModeProbe</name>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>pas de négociation TLS en %1 s</translation>
    </message>
    <message>
        <source>no plain-text greeting within %1 s</source>
        <translation>pas de message d&apos;accueil en clair en %1 s</translation>
    </message>
    <message>
        <source>Connected again to try %1</source>
        <translation>Nouvelle connexion pour essayer %1</translation>
    </message>
    <message>
        <source>TLS handshake started</source>
        <translation>Négociation TLS commencée</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS établi&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>the reply was not %1: %2</source>
        <translation>la réponse n&apos;était pas %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS handshake completed (%1) and the server greeted: %2</source>
        <translation>Négociation TLS terminée (%1) et accueil du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server sent a plain-text greeting: %1</source>
        <translation>le serveur a envoyé un message d&apos;accueil en clair&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server sent no line ends</source>
        <translation>le serveur n&apos;a envoyé aucune fin de ligne</translation>
    </message>
</context>
<context>
    <name>MailInspect::PracticeServers</name>
    <message>
        <source>There is no practice server &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de serveur d&apos;entraînement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The practice script &quot;%1&quot; is broken: %2</source>
        <translation>Le script d&apos;entraînement «&#xa0;%1&#xa0;» est défectueux&#xa0;: %2</translation>
    </message>
    <message>
        <source>The practice server &quot;%1&quot; could not start: %2</source>
        <translation>Le serveur d&apos;entraînement «&#xa0;%1&#xa0;» n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MailInspect::ReportExporter</name>
    <message>
        <source>Unknown file type: name the file with one of %1.</source>
        <translation>Type de fichier inconnu&#xa0;: nommez le fichier avec l&apos;une des extensions %1.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This format cannot be written.</source>
        <translation>Ce format ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MailInspect::ResultsHistory</name>
    <message>
        <source>Could not create the folder for recent results, %1.</source>
        <translation>Impossible de créer le dossier des résultats récents, %1.</translation>
    </message>
    <message>
        <source>Could not keep the result in %1: %2</source>
        <translation>Impossible de conserver le résultat dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>MailInspect::SavedReportBar</name>
    <message>
        <source>Saved report</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>Saved report opened from a file: %1</source>
        <translation>Rapport enregistré ouvert depuis un fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>an unknown version of mailinspect</source>
        <translation>une version inconnue de mailinspect</translation>
    </message>
    <message>
        <source>mailinspect %1</source>
        <translation>mailinspect %1</translation>
    </message>
    <message>
        <source>Inspected %1 by %2.</source>
        <translation>Inspecté&#xa0;: %1, par %2.</translation>
    </message>
    <message>
        <source>This is version %1: it shows the report as saved, it does not inspect again.</source>
        <translation>Cette version (%1) affiche le rapport tel qu&apos;il a été enregistré&#xa0;; elle n&apos;inspecte pas à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was connected to; press Inspect to check the server as it is now.</source>
        <translation>Aucune connexion n&apos;a été établie&#xa0;; appuyez sur Inspecter pour vérifier le serveur dans son état actuel.</translation>
    </message>
</context>
<context>
    <name>MailInspect::ScenarioCatalog</name>
    <message>
        <source>Healthy mail server (SMTP with STARTTLS)</source>
        <translation>Serveur de messagerie sain (SMTP avec STARTTLS)</translation>
    </message>
    <message>
        <source>A well-configured sending server: it offers STARTTLS, presents a valid certificate and offers login only after encryption is on.</source>
        <translation>Un serveur d&apos;envoi bien configuré&#xa0;: il propose STARTTLS, présente un certificat valable et ne propose l&apos;authentification qu&apos;une fois le chiffrement actif.</translation>
    </message>
    <message>
        <source>Healthy mailbox server (IMAP with SSL/TLS)</source>
        <translation>Serveur de boîtes aux lettres sain (IMAP avec SSL/TLS)</translation>
    </message>
    <message>
        <source>An IMAP server that speaks TLS from the first byte, as on port 993, with a valid certificate.</source>
        <translation>Un serveur IMAP qui parle TLS dès le premier octet, comme sur le port 993, avec un certificat valable.</translation>
    </message>
    <message>
        <source>Healthy mailbox server (POP3 with STARTTLS)</source>
        <translation>Serveur de boîtes aux lettres sain (POP3 avec STARTTLS)</translation>
    </message>
    <message>
        <source>A POP3 server that offers STLS, presents a valid certificate and offers login only after encryption is on.</source>
        <translation>Un serveur POP3 qui propose STLS, présente un certificat valable et ne propose l&apos;authentification qu&apos;une fois le chiffrement actif.</translation>
    </message>
    <message>
        <source>SSL/TLS chosen, but the server expects STARTTLS</source>
        <translation>SSL/TLS choisi, mais le serveur attend STARTTLS</translation>
    </message>
    <message>
        <source>The user picked SSL/TLS, but this port starts in plain text and upgrades with STARTTLS. The TLS attempt fails at once on the plain greeting; STARTTLS on the same port works.</source>
        <translation>L&apos;utilisateur a choisi SSL/TLS, mais ce port commence en clair et passe au chiffrement avec STARTTLS. L&apos;essai TLS échoue immédiatement sur l&apos;accueil en clair&#xa0;; STARTTLS sur le même port fonctionne.</translation>
    </message>
    <message>
        <source>STARTTLS chosen, but the server expects SSL/TLS</source>
        <translation>STARTTLS choisi, mais le serveur attend SSL/TLS</translation>
    </message>
    <message>
        <source>The user picked STARTTLS, but this port speaks TLS from the first byte (like 465). The server waits silently for a TLS handshake; SSL/TLS on the same port works.</source>
        <translation>L&apos;utilisateur a choisi STARTTLS, mais ce port parle TLS dès le premier octet (comme le 465). Le serveur attend en silence une négociation TLS&#xa0;; SSL/TLS sur le même port fonctionne.</translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation>Certificat expiré</translation>
    </message>
    <message>
        <source>STARTTLS works, but the server&apos;s certificate expired long ago.</source>
        <translation>STARTTLS fonctionne, mais le certificat du serveur a expiré depuis longtemps.</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Certificat pas encore valable</translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate only becomes valid in 2100 (often a wrong clock on the server or the client).</source>
        <translation>STARTTLS fonctionne, mais le certificat ne devient valable qu&apos;en 2100 (souvent une horloge fausse sur le serveur ou le client).</translation>
    </message>
    <message>
        <source>Certificate for another name</source>
        <translation>Certificat établi pour un autre nom</translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate is issued for other.invalid, not for the name the user typed.</source>
        <translation>STARTTLS fonctionne, mais le certificat est émis pour other.invalid, pas pour le nom saisi par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificat auto-signé</translation>
    </message>
    <message>
        <source>STARTTLS works, but the certificate is signed by itself, so no mail app trusts it.</source>
        <translation>STARTTLS fonctionne, mais le certificat est signé par lui-même&#xa0;: aucun logiciel de messagerie ne lui fait confiance.</translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation>Certificat intermédiaire manquant</translation>
    </message>
    <message>
        <source>STARTTLS works, but the server sends only its own certificate, without the intermediate that links it to the trusted root.</source>
        <translation>STARTTLS fonctionne, mais le serveur n&apos;envoie que son propre certificat, sans le certificat intermédiaire qui le relie à la racine de confiance.</translation>
    </message>
    <message>
        <source>Firewall removes STARTTLS (Cisco ESMTP inspection)</source>
        <translation>Un pare-feu supprime STARTTLS (inspection ESMTP Cisco)</translation>
    </message>
    <message>
        <source>A firewall between client and server rewrites the session: the banner is masked with asterisks, STARTTLS is overwritten with XXXXXXXA, and the STARTTLS command is refused.</source>
        <translation>Un pare-feu entre le client et le serveur réécrit la session&#xa0;: la bannière est masquée par des astérisques, STARTTLS est remplacé par XXXXXXXA et la commande STARTTLS est refusée.</translation>
    </message>
    <message>
        <source>Slow greeting</source>
        <translation>Message d&apos;accueil lent</translation>
    </message>
    <message>
        <source>The server sends the first line of its greeting, then waits 6 seconds before the last one (like Postfix postscreen or a reverse-DNS lookup timing out). Clients with short timeouts give up.</source>
        <translation>Le serveur envoie la première ligne de son message d&apos;accueil, puis attend 6 secondes avant la dernière (comme Postfix postscreen ou une recherche DNS inverse qui expire). Les clients dont le délai d&apos;attente est court abandonnent.</translation>
    </message>
    <message>
        <source>STARTTLS offered but refused</source>
        <translation>STARTTLS proposé mais refusé</translation>
    </message>
    <message>
        <source>The server lists STARTTLS but refuses it with 454, typically because it cannot read its own certificate or key.</source>
        <translation>Le serveur annonce STARTTLS mais le refuse avec 454, généralement parce qu&apos;il ne peut pas lire son propre certificat ou sa clé.</translation>
    </message>
    <message>
        <source>IMAP server logs in before STARTTLS</source>
        <translation>Serveur IMAP qui authentifie la session avant STARTTLS</translation>
    </message>
    <message>
        <source>The IMAP greeting is PREAUTH: the session is logged in at once, in plain text, and STARTTLS is no longer possible.</source>
        <translation>L&apos;accueil IMAP est PREAUTH&#xa0;: la session est authentifiée immédiatement, en clair, et STARTTLS n&apos;est plus possible.</translation>
    </message>
    <message>
        <source>Server never greets</source>
        <translation>Le serveur n&apos;envoie jamais d&apos;accueil</translation>
    </message>
    <message>
        <source>The connection is accepted, but the server never says anything.</source>
        <translation>La connexion est acceptée, mais le serveur ne dit jamais rien.</translation>
    </message>
    <message>
        <source>Login accepted (SMTP with STARTTLS)</source>
        <translation>Authentification acceptée (SMTP avec STARTTLS)</translation>
    </message>
    <message>
        <source>A healthy sending server that accepts the user&apos;s password inside TLS. The login is a step on the timeline; its exchange is in the transcript with the password hidden.</source>
        <translation>Un serveur d’envoi sain qui accepte le mot de passe de l’utilisateur à l’intérieur de TLS. L’authentification est une étape de la chronologie ; son échange figure dans la transcription, mot de passe masqué.</translation>
    </message>
    <message>
        <source>Login refused: the account needs an app password</source>
        <translation>Authentification refusée : le compte exige un mot de passe d’application</translation>
    </message>
    <message>
        <source>The connection is secure, but the provider refuses the normal password because the account has two-step sign-in (as Gmail answers). The verdict stays secure; the finding says what the customer must do.</source>
        <translation>La connexion est sécurisée, mais le fournisseur refuse le mot de passe normal parce que le compte utilise la double authentification (comme le répond Gmail). Le verdict reste « sécurisé » ; le constat indique ce que l’utilisateur doit faire.</translation>
    </message>
</context>
<context>
    <name>MailInspect::StepDetailsView</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Waited for the greeting</source>
        <translation>Attente du message d&apos;accueil</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Inside TLS</source>
        <translation>Dans TLS</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments constatés</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation>Certificats envoyés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No capabilities recorded.</source>
        <translation>Aucune capacité enregistrée.</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Avant TLS</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Après TLS</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>apparue</translation>
    </message>
    <message>
        <source>disappeared</source>
        <translation>disparue</translation>
    </message>
    <message>
        <source>Handshake and verification</source>
        <translation>Négociation et vérification</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Algorithme de chiffrement</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Échange de clés</translation>
    </message>
    <message>
        <source>Server name sent (SNI)</source>
        <translation>Nom de serveur envoyé (SNI)</translation>
    </message>
    <message>
        <source>Name verified</source>
        <translation>Nom vérifié</translation>
    </message>
    <message>
        <source>Handshake completed</source>
        <translation>Négociation terminée</translation>
    </message>
    <message>
        <source>Chain trusted</source>
        <translation>Chaîne approuvée</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Le nom correspond</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certificat vérifié</translation>
    </message>
    <message>
        <source>TLS alerts sent</source>
        <translation>Alertes TLS envoyées</translation>
    </message>
    <message>
        <source>TLS alerts received</source>
        <translation>Alertes TLS reçues</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Détails de l&apos;étape</translation>
    </message>
    <message>
        <source>Select a step on the timeline to see its details.</source>
        <translation>Sélectionnez une étape dans la chronologie pour en voir les détails.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solution&#xa0;:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>Mail servers of the domain</source>
        <translation>Serveurs de messagerie du domaine</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Time line (0 – %1)</source>
        <translation>Chronologie (0 – %1)</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Did not run.</source>
        <translation>Non exécutée.</translation>
    </message>
    <message>
        <source>Started at %1, ended at %2: took %3.</source>
        <translation>Commencée à %1, terminée à %2 : durée %3.</translation>
    </message>
    <message>
        <source>Cancelled while it ran.</source>
        <translation>Annulée pendant son exécution.</translation>
    </message>
    <message>
        <source>%1, cancelled</source>
        <translation>%1, annulée</translation>
    </message>
    <message>
        <source>%1, not confirmed</source>
        <translation>%1, non confirmé</translation>
    </message>
</context>
<context>
    <name>MailInspect::TranscriptDelegate</name>
    <message>
        <source>pause %1</source>
        <translation>pause %1</translation>
    </message>
</context>
<context>
    <name>MailInspect::TranscriptModel</name>
    <message>
        <source>Inside TLS</source>
        <translation>Dans TLS</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>En clair</translation>
    </message>
    <message>
        <source>Sent by mailinspect</source>
        <translation>Envoyé par mailinspect</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Envoyé par le serveur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>After a pause of %1</source>
        <translation>Après une pause de %1</translation>
    </message>
</context>
<context>
    <name>MailInspect::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;all lines</source>
        <translation>Copier &amp;toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Rechercher dans la transcription</translation>
    </message>
    <message>
        <source>text in the transcript</source>
        <translation>texte dans la transcription</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>MailInspect::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Type the server your customer uses, then press Inspect.</source>
        <translation>Saisissez le serveur utilisé par votre interlocuteur, puis appuyez sur Inspecter.</translation>
    </message>
    <message>
        <source>Try %1 on port %2</source>
        <translation>Essayer %1 sur le port %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>Mail connection report: %1</source>
        <translation>Rapport de connexion de messagerie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>durée %1</translation>
    </message>
    <message>
        <source>Target as typed</source>
        <translation>Cible telle que saisie</translation>
    </message>
    <message>
        <source>Target as connected</source>
        <translation>Cible effectivement jointe</translation>
    </message>
    <message>
        <source>Connect address given</source>
        <translation>Adresse de connexion indiquée</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solution&#xa0;:</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>C: sent by mailinspect, S: sent by the server, * event, [tls] inside TLS; times from the start.</source>
        <translation>C&#xa0;: envoyé par mailinspect, S&#xa0;: envoyé par le serveur, * événement, [tls] dans TLS&#xa0;; temps depuis le début.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>TLS and certificate</source>
        <translation>TLS et certificat</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Alert sent</source>
        <translation>Alerte envoyée</translation>
    </message>
    <message>
        <source>Alert received</source>
        <translation>Alerte reçue</translation>
    </message>
    <message>
        <source>Capabilities before TLS</source>
        <translation>Capacités avant TLS</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Capacités après TLS</translation>
    </message>
    <message>
        <source>Certificate chain (as the server sent it)</source>
        <translation>Chaîne de certificats (telle que le serveur l&apos;a envoyée)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Appendix: certificate chain (PEM)</source>
        <translation>Annexe&#xa0;: chaîne de certificats (PEM)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>une liste de nombres entiers</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>une heure</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2</source>
        <translation>«&#xa0;%1&#xa0;» devrait être %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: %2</source>
        <translation>«&#xa0;%1&#xa0;» est hors limites&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure valable&#xa0;: %2</translation>
    </message>
    <message>
        <source>step id</source>
        <translation>identifiant d&apos;étape</translation>
    </message>
    <message>
        <source>step status</source>
        <translation>état d&apos;étape</translation>
    </message>
    <message>
        <source>transcript direction</source>
        <translation>sens de transcription</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>security mode</source>
        <translation>mode de sécurité</translation>
    </message>
    <message>
        <source>connection outcome</source>
        <translation>résultat de connexion</translation>
    </message>
    <message>
        <source>login result</source>
        <translation>résultat d&apos;authentification</translation>
    </message>
    <message>
        <source>login obstacle</source>
        <translation>obstacle à l&apos;authentification</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be an object</source>
        <translation>«&#xa0;%1&#xa0;» devrait être un objet</translation>
    </message>
    <message>
        <source>unknown reply status &quot;%1&quot;</source>
        <translation>état de réponse inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;état étendu</translation>
    </message>
    <message>
        <source>unknown response code kind &quot;%1&quot;</source>
        <translation>type de code de réponse inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a transcript line refers to step %1, which does not exist</source>
        <translation>une ligne de transcription renvoie à l&apos;étape %1, qui n&apos;existe pas</translation>
    </message>
    <message numerus="yes">
        <source>Transcript limit reached: %n more line(s) of the file not kept</source>
        <translation>
            <numerusform>Limite de la transcription atteinte&#xa0;: %n ligne de plus du fichier non conservée</numerusform>
            <numerusform>Limite de la transcription atteinte&#xa0;: %n lignes de plus du fichier non conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is not valid JSON (%1 at offset %2).</source>
        <translation>Le rapport n&apos;est pas du JSON valable (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The report is not a JSON object.</source>
        <translation>Le rapport n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This is not a mailinspect report (schema &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation>Ce n&apos;est pas un rapport mailinspect (schéma «&#xa0;%1&#xa0;», attendu «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The report could not be read: %1.</source>
        <translation>Le rapport n&apos;a pas pu être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a saved report.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un rapport enregistré.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB: too large for a saved report, so it is not read.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mio&#xa0;: trop grand pour un rapport enregistré, il n&apos;est donc pas lu.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report this program can open. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rapport que ce programme peut ouvrir. %2</translation>
    </message>
    <message>
        <source>`C:` sent by mailinspect, `S:` sent by the server, `*` event, `[tls]` inside TLS; times from the start.</source>
        <translation>`C:` envoyé par mailinspect, `S:` envoyé par le serveur, `*` événement, `[tls]` dans TLS&#xa0;; temps depuis le début.</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Validité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not kept)</source>
        <translation>
            <numerusform>(%n de plus non conservé)</numerusform>
            <numerusform>(%n de plus non conservés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters not kept)</source>
        <translation>
            <numerusform>(%n caractère de plus non conservé)</numerusform>
            <numerusform>(%n caractères de plus non conservés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
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
        <translation>Script de serveur de test</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the inspection was cancelled</source>
        <translation>l&apos;inspection a été annulée</translation>
    </message>
    <message>
        <source>no connection was attempted</source>
        <translation>aucune connexion n&apos;a été tentée</translation>
    </message>
    <message>
        <source>the server name does not resolve</source>
        <translation>le nom du serveur ne se résout pas</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <source>the server did not greet</source>
        <translation>le serveur n&apos;a pas envoyé de message d&apos;accueil</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete</source>
        <translation>la négociation TLS n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>the session did not reach TLS</source>
        <translation>la session n&apos;a pas atteint TLS</translation>
    </message>
    <message>
        <source>SECURE</source>
        <translation>SÉCURISÉ</translation>
    </message>
    <message>
        <source>INSECURE</source>
        <translation>NON SÉCURISÉ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>%1 (%2), trusted certificate for %3</source>
        <translation>%1 (%2), certificat approuvé pour %3</translation>
    </message>
    <message>
        <source>plain text only, the connection is not encrypted</source>
        <translation>en clair uniquement, la connexion n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>le certificat n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>see the findings</source>
        <translation>voir les constats</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(et 1 autre problème)</translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation>(et %1 autres problèmes)</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>mailinspect %1, TLS backend %2</source>
        <translation>mailinspect %1, moteur TLS %2</translation>
    </message>
    <message>
        <source>%1 on %2 port %3, %4</source>
        <translation>%1 sur %2 port %3, %4</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
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
        <translation>[att.]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[KO]</translation>
    </message>
    <message>
        <source>[skip]</source>
        <translation>[ign.]</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>not valid yet, starts in 1 day</source>
        <translation>pas encore valable, commence dans 1 jour</translation>
    </message>
    <message>
        <source>not valid yet, starts in %1 days</source>
        <translation>pas encore valable, commence dans %1 jours</translation>
    </message>
    <message>
        <source>EXPIRED 1 day ago</source>
        <translation>EXPIRÉ depuis 1 jour</translation>
    </message>
    <message>
        <source>EXPIRED %1 days ago</source>
        <translation>EXPIRÉ depuis %1 jours</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 jour restant</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>not checked: no certificate was received</source>
        <translation>non vérifié&#xa0;: aucun certificat n&apos;a été reçu</translation>
    </message>
    <message>
        <source>trusted: the chain leads to a trusted certificate authority</source>
        <translation>approuvé&#xa0;: la chaîne mène à une autorité de certification de confiance</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>non approuvé</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>non approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is in the certificate</source>
        <translation>%1 figure dans le certificat</translation>
    </message>
    <message>
        <source>%1 is NOT in the certificate</source>
        <translation>%1 ne figure PAS dans le certificat</translation>
    </message>
    <message>
        <source>it names %1</source>
        <translation>il indique %1</translation>
    </message>
    <message>
        <source>TLS was not used: the security mode is &quot;None&quot; (plain text).</source>
        <translation>TLS n&apos;a pas été utilisé&#xa0;: le mode de sécurité est «&#xa0;Aucune&#xa0;» (en clair).</translation>
    </message>
    <message>
        <source>TLS was not reached.</source>
        <translation>TLS n&apos;a pas été atteint.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>La négociation TLS n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>key exchange %1</source>
        <translation>échange de clés %1</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>Cible&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solution&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate: %1, valid %2</source>
        <translation>Certificat&#xa0;: %1, valable %2</translation>
    </message>
    <message>
        <source>Trust: %1; name: %2</source>
        <translation>Confiance&#xa0;: %1&#xa0;; nom&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checked: %1 with %2</source>
        <translation>Vérifié&#xa0;: %1 avec %2</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>--connect-address %1</source>
        <translation>--connect-address %1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>step: %1</source>
        <translation>étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>C: sent by mailinspect, S: sent by the server, * event, [tls] inside TLS; times from the start</source>
        <translation>C&#xa0;: envoyé par mailinspect, S&#xa0;: envoyé par le serveur, * événement, [tls] dans TLS&#xa0;; temps depuis le début</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans sujet)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Après TLS</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>- ... and %n more finding(s) in the full report</source>
        <translation>
            <numerusform>- ... et %n autre constat dans le rapport complet</numerusform>
            <numerusform>- ... et %n autres constats dans le rapport complet</numerusform>
        </translation>
    </message>
    <message>
        <source>finding topic</source>
        <translation>sujet du constat</translation>
    </message>
    <message>
        <source>ok (%1)</source>
        <translation>ok (%1)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>refused — %1</source>
        <translation>refusé — %1</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non tenté</translation>
    </message>
    <message>
        <source>not tried — %1</source>
        <translation>non tenté — %1</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 message in the inbox</source>
        <translation>1 message dans la boîte de réception</translation>
    </message>
    <message>
        <source>%1 messages in the inbox</source>
        <translation>%1 messages dans la boîte de réception</translation>
    </message>
    <message>
        <source>%1 % of the quota used</source>
        <translation>%1&#xa0;% du quota utilisé</translation>
    </message>
    <message>
        <source>sender %1 accepted</source>
        <translation>expéditeur %1 accepté</translation>
    </message>
    <message>
        <source>sender %1 refused</source>
        <translation>expéditeur %1 refusé</translation>
    </message>
    <message>
        <source>recipient %1 accepted</source>
        <translation>destinataire %1 accepté</translation>
    </message>
    <message>
        <source>recipient %1 refused</source>
        <translation>destinataire %1 refusé</translation>
    </message>
    <message>
        <source>After login: %1</source>
        <translation>Après l&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>name lookup outcome</source>
        <translation>résultat de la recherche du nom</translation>
    </message>
</context>
<context>
    <name>SaslClient</name>
    <message>
        <source>%1 needs an OAuth 2 access token</source>
        <translation>%1 nécessite un jeton d&apos;accès OAuth 2</translation>
    </message>
    <message>
        <source>%1 cannot send a user name or token with control characters</source>
        <translation>%1 ne peut pas envoyer un identifiant ou un jeton contenant des caractères de contrôle</translation>
    </message>
    <message>
        <source>%1 needs a password</source>
        <translation>%1 nécessite un mot de passe</translation>
    </message>
    <message>
        <source>%1 cannot send a user name or password with control characters</source>
        <translation>%1 ne peut pas envoyer un identifiant ou un mot de passe contenant des caractères de contrôle</translation>
    </message>
    <message>
        <source>the server asked for more than PLAIN has to say</source>
        <translation>le serveur a demandé plus que ce que PLAIN a à dire</translation>
    </message>
    <message>
        <source>the server asked for more than a user name and a password</source>
        <translation>le serveur a demandé plus qu&apos;un identifiant et un mot de passe</translation>
    </message>
    <message>
        <source>the server sent a second CRAM-MD5 challenge</source>
        <translation>le serveur a envoyé un second défi CRAM-MD5</translation>
    </message>
    <message>
        <source>the server sent an empty CRAM-MD5 challenge</source>
        <translation>le serveur a envoyé un défi CRAM-MD5 vide</translation>
    </message>
    <message>
        <source>the server sent a SCRAM challenge before the client spoke</source>
        <translation>le serveur a envoyé un défi SCRAM avant que le client ne parle</translation>
    </message>
    <message>
        <source>the server sent another challenge after proving itself</source>
        <translation>le serveur a envoyé un autre défi après avoir fourni sa preuve</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM signature is wrong</source>
        <translation>la signature SCRAM du serveur est fausse</translation>
    </message>
    <message>
        <source>the server reported a SCRAM error: %1</source>
        <translation>le serveur a signalé une erreur SCRAM&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server sent a challenge before the client spoke</source>
        <translation>le serveur a envoyé un défi avant que le client ne parle</translation>
    </message>
    <message>
        <source>the server sent more than one error challenge</source>
        <translation>le serveur a envoyé plus d&apos;un défi d&apos;erreur</translation>
    </message>
    <message>
        <source>the mechanism takes no challenges</source>
        <translation>le mécanisme n&apos;accepte aucun défi</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM challenge is too long</source>
        <translation>le défi SCRAM du serveur est trop long</translation>
    </message>
    <message>
        <source>the server asks for a SCRAM extension this client does not know</source>
        <translation>le serveur demande une extension SCRAM que ce client ne connaît pas</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM challenge lacks its nonce, salt or count</source>
        <translation>il manque au défi SCRAM du serveur son nonce, son sel ou son nombre d&apos;itérations</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM nonce does not extend the client&apos;s</source>
        <translation>le nonce SCRAM du serveur ne prolonge pas celui du client</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM salt is not valid base64</source>
        <translation>le sel SCRAM du serveur n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>the server&apos;s SCRAM iteration count is not a number</source>
        <translation>le nombre d&apos;itérations SCRAM du serveur n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the server asks for %1 SCRAM iterations, more than %2</source>
        <translation>le serveur demande %1 itérations SCRAM, plus de %2</translation>
    </message>
    <message>
        <source>the server accepted the login without proving it knows the password (SCRAM signature missing or wrong)</source>
        <translation>le serveur a accepté l&apos;authentification sans prouver qu&apos;il connaît le mot de passe (signature SCRAM absente ou fausse)</translation>
    </message>
    <message>
        <source>(an error challenge of %1 bytes, not read)</source>
        <translation>(un défi d&apos;erreur de %1 octets, non lu)</translation>
    </message>
    <message>
        <source>(an error challenge that is not JSON)</source>
        <translation>(un défi d&apos;erreur qui n&apos;est pas du JSON)</translation>
    </message>
</context>
<context>
    <name>SettingsFinder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the answer is larger than 256 KiB</source>
        <translation>la réponse dépasse 256 Kio</translation>
    </message>
    <message>
        <source>HTTP %1: a redirect to %2 (not followed)</source>
        <translation>HTTP %1&#xa0;: une redirection vers %2 (non suivie)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>HTTP 200, %n bytes</source>
        <translation>
            <numerusform>HTTP 200, %n octet</numerusform>
            <numerusform>HTTP 200, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>the document has a DTD, which a mail configuration never needs</source>
        <translation>le document contient une DTD, ce dont une configuration de messagerie n&apos;a jamais besoin</translation>
    </message>
    <message>
        <source>the document has too many elements</source>
        <translation>le document contient trop d&apos;éléments</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>le document est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the document is larger than 256 KiB</source>
        <translation>le document dépasse 256 Kio</translation>
    </message>
    <message>
        <source>the root element is not clientConfig</source>
        <translation>l&apos;élément racine n&apos;est pas clientConfig</translation>
    </message>
    <message>
        <source>the document has no emailProvider</source>
        <translation>le document ne contient pas d&apos;emailProvider</translation>
    </message>
    <message>
        <source>the root element is not Autodiscover</source>
        <translation>l&apos;élément racine n&apos;est pas Autodiscover</translation>
    </message>
    <message>
        <source>the response has no Account</source>
        <translation>la réponse ne contient pas d&apos;Account</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address or a domain</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une adresse e-mail ni un domaine</translation>
    </message>
    <message>
        <source>the DNS server &quot;%1&quot; is not an IP address with an optional port</source>
        <translation>le serveur DNS «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP suivie éventuellement d&apos;un port</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>HTTP en clair</translation>
    </message>
    <message>
        <source>not tried: cancelled</source>
        <translation>non tenté&#xa0;: annulé</translation>
    </message>
    <message>
        <source>%1, but not a usable document: %2</source>
        <translation>%1, mais pas un document utilisable&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n serveur</numerusform>
            <numerusform>%1&#xa0;: %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source> (redirected to %1)</source>
        <translation> (redirigé vers %1)</translation>
    </message>
    <message>
        <source>; redirects to the address %1 (not followed)</source>
        <translation>&#xa0;; redirige vers l&apos;adresse %1 (non suivie)</translation>
    </message>
    <message>
        <source>redirected to another host</source>
        <translation>redirigé vers un autre hôte</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>aucun enregistrement MX</translation>
    </message>
    <message>
        <source>derived from the MX host %1</source>
        <translation>déduit du serveur MX %1</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>aucun enregistrement SRV</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>not offered (target &quot;.&quot;)</source>
        <translation>non proposé (cible «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <source>DNS record (not signed)</source>
        <translation>enregistrement DNS (non signé)</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>supposé&#xa0;: %1</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>supposé</translation>
    </message>
    <message>
        <source>host in another domain (%1)</source>
        <translation>hôte dans un autre domaine (%1)</translation>
    </message>
    <message>
        <source>not tried: no encryption (a password would travel in plain text)</source>
        <translation>non tenté&#xa0;: pas de chiffrement (un mot de passe circulerait en clair)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>works: %1, certificate verified</source>
        <translation>fonctionne&#xa0;: %1, certificat vérifié</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>aucun nom</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate is for %1, not for %2</source>
        <translation>le certificat est établi pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>the name in the certificate of %1</source>
        <translation>le nom figurant dans le certificat de %1</translation>
    </message>
    <message>
        <source>name taken from a certificate</source>
        <translation>nom tiré d&apos;un certificat</translation>
    </message>
    <message>
        <source>%1, server %2, port %3, %4</source>
        <translation>%1, serveur %2, port %3, %4</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>Serveur&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Protocol: %1 → %2</source>
        <translation>Protocole&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Port: %1 → %2</source>
        <translation>Port&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Security: %1 → %2</source>
        <translation>Sécurité&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outgoing: %1</source>
        <translation>Envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>User name: your full email address, unless your provider says otherwise.</source>
        <translation>Identifiant&#xa0;: votre adresse e-mail complète, sauf indication contraire de votre fournisseur.</translation>
    </message>
    <message>
        <source>Settings for %1</source>
        <translation>Paramètres pour %1</translation>
    </message>
    <message>
        <source>Found nothing that works: no source suggested a server that answered with verified encryption. Everything that was asked is listed below.</source>
        <translation>Rien trouvé qui fonctionne&#xa0;: aucune source n&apos;a proposé de serveur ayant répondu avec un chiffrement vérifié. Tout ce qui a été demandé figure ci-dessous.</translation>
    </message>
    <message>
        <source>Incoming: nothing found that works</source>
        <translation>Réception&#xa0;: rien trouvé qui fonctionne</translation>
    </message>
    <message>
        <source>Outgoing: nothing found that works</source>
        <translation>Envoi&#xa0;: rien trouvé qui fonctionne</translation>
    </message>
    <message>
        <source>Customer has: nothing proven to compare with</source>
        <translation>Paramètres de l&apos;utilisateur&#xa0;: aucune référence vérifiée pour comparer</translation>
    </message>
    <message>
        <source>Customer has → should be:</source>
        <translation>Paramètres de l&apos;utilisateur → à remplacer par&#xa0;:</translation>
    </message>
    <message>
        <source>  nothing to change</source>
        <translation>  rien à changer</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Candidats&#xa0;:</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Requêtes effectuées&#xa0;:</translation>
    </message>
    <message>
        <source>Took %1 s (slowest probe %2 s).</source>
        <translation>Durée&#xa0;: %1 s (sonde la plus lente&#xa0;: %2 s).</translation>
    </message>
    <message>
        <source>high trust</source>
        <translation>confiance élevée</translation>
    </message>
    <message>
        <source>lower trust</source>
        <translation>confiance moindre</translation>
    </message>
    <message>
        <source>  %1 from %2 (%3%4)</source>
        <translation>  %1 depuis %2 (%3%4)</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>no server given</source>
        <translation>aucun serveur indiqué</translation>
    </message>
    <message>
        <source>unknown scheme (use smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve or lmtp)</source>
        <translation>schéma inconnu (utilisez smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve ou lmtp)</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot; (use smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve or lmtp)</source>
        <translation>schéma inconnu «&#xa0;%1&#xa0;» (utilisez smtp, smtps, submission, imap, imaps, pop3, pop3s, sieve ou lmtp)</translation>
    </message>
    <message>
        <source>&quot;@&quot; in the server: give the server name only, such as mail.example.com, not a mail address or user name</source>
        <translation>«&#xa0;@&#xa0;» dans le serveur&#xa0;: indiquez uniquement le nom du serveur, par exemple mail.example.com, pas une adresse e-mail ni un identifiant</translation>
    </message>
    <message>
        <source>missing &quot;]&quot; after the IPv6 address</source>
        <translation>«&#xa0;]&#xa0;» manquant après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>texte inattendu après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>the text in [ ] is not an IPv6 address</source>
        <translation>le texte entre [ ] n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>not a valid address (more than one &quot;:&quot;)</source>
        <translation>adresse non valable (plus d&apos;un «&#xa0;:&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valable</translation>
    </message>
    <message>
        <source>invalid port (use 1-65535)</source>
        <translation>port non valable (utilisez 1-65535)</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (use 1-65535)</source>
        <translation>port non valable «&#xa0;%1&#xa0;» (utilisez 1-65535)</translation>
    </message>
    <message>
        <source>not a valid server name</source>
        <translation>nom de serveur non valable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur valable</translation>
    </message>
</context>
<context>
    <name>VerdictSummary</name>
    <message>
        <source>Found at the step “%1”. What to change is in the finding below.</source>
        <translation>Détecté à l&apos;étape «&#xa0;%1&#xa0;». Ce qu&apos;il faut changer figure dans le constat ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>Found at the step “%1”. What to change is in the findings below (%n more).</source>
        <translation>
            <numerusform>Détecté à l&apos;étape «&#xa0;%1&#xa0;». Ce qu&apos;il faut changer figure dans les constats ci-dessous (%n autre).</numerusform>
            <numerusform>Détecté à l&apos;étape «&#xa0;%1&#xa0;». Ce qu&apos;il faut changer figure dans les constats ci-dessous (%n autres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the inspection was stopped before it finished</source>
        <translation>Annulé&#xa0;: l&apos;inspection a été arrêtée avant la fin</translation>
    </message>
    <message>
        <source>What happened until then is shown below.</source>
        <translation>Ce qui s&apos;est passé jusque-là est affiché ci-dessous.</translation>
    </message>
    <message>
        <source>%1, trusted certificate for %2</source>
        <translation>%1, certificat approuvé pour %2</translation>
    </message>
    <message>
        <source>Secure, but: %1</source>
        <translation>Sécurisé, mais&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Secure: %1</source>
        <translation>Sécurisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on port %2 with %3, finished in %4.</source>
        <translation>%1 sur le port %2 avec %3, terminé en %4.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not secure: the connection was not encrypted</source>
        <translation>Non sécurisé&#xa0;: la connexion n&apos;était pas chiffrée</translation>
    </message>
    <message>
        <source>Security is set to None: passwords and mail would travel as plain text. Choose STARTTLS or SSL/TLS.</source>
        <translation>La sécurité est réglée sur Aucune&#xa0;: les mots de passe et les messages circuleraient en clair. Choisissez STARTTLS ou SSL/TLS.</translation>
    </message>
    <message>
        <source>Not secure: the certificate could not be verified</source>
        <translation>Non sécurisé&#xa0;: le certificat n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Failed: the inspection did not get through</source>
        <translation>Échec&#xa0;: l&apos;inspection n&apos;a pas pu aboutir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Secure connection — logged in, but: %1</source>
        <translation>Connexion sécurisée — authentifié, mais : %1</translation>
    </message>
    <message>
        <source>Secure connection — no login: %1</source>
        <translation>Connexion sécurisée — pas d’authentification : %1</translation>
    </message>
    <message>
        <source>Secure connection — login refused: %1</source>
        <translation>Connexion sécurisée — authentification refusée : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspects mail connections step by step and says what to fix.</source>
        <translation>Inspecte pas à pas les connexions de messagerie et indique ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>Start the built-in practice servers on 127.0.0.1 and fill the form with the first one.</source>
        <translation>Démarrer les serveurs d&apos;entraînement intégrés sur 127.0.0.1 et remplir le formulaire avec le premier.</translation>
    </message>
    <message>
        <source>Start inspecting the target in the form right away.</source>
        <translation>Lancer immédiatement l&apos;inspection de la cible du formulaire.</translation>
    </message>
    <message>
        <source>Start the practice server SCENARIO (see the Practice menu) and fill the form for it.</source>
        <translation>Démarrer le serveur d&apos;entraînement SCENARIO (voir le menu Entraînement) et remplir le formulaire pour lui.</translation>
    </message>
    <message>
        <source>Optional: a saved report (.json) to open, or host, host:port or a URL such as imaps://mail.example.com</source>
        <translation>Facultatif&#xa0;: un rapport enregistré (.json) à ouvrir, ou hôte, hôte:port ou une URL comme imaps://mail.example.com</translation>
    </message>
</context>
</TS>
