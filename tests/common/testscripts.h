// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dialogues the scripted server plays in the engine and CLI tests: one
// well-behaved server per protocol and security mode.

namespace MailInspect::Test::Scripts {

inline constexpr char smtpStartTls[] = R"(S: 220 mail.test ESMTP
C: EHLO *
S: 250-mail.test
S: 250-PIPELINING
S: 250-SIZE 10240000
S: 250 STARTTLS
C: STARTTLS
S: 220 2.0.0 Ready to start TLS
!tls good
C: EHLO *
S: 250-mail.test
S: 250-PIPELINING
S: 250 AUTH PLAIN LOGIN
C: QUIT
S: 221 2.0.0 Bye
!close
)";

inline constexpr char smtpTls[] = R"(!tls good
S: 220 mail.test ESMTP
C: EHLO *
S: 250-mail.test
S: 250 AUTH PLAIN LOGIN
C: QUIT
S: 221 2.0.0 Bye
!close
)";

inline constexpr char smtpPlain[] = R"(S: 220 mail.test ESMTP
C: EHLO *
S: 250-mail.test
S: 250 STARTTLS
C: QUIT
S: 221 2.0.0 Bye
!close
)";

inline constexpr char imapStartTls[]
    = R"(S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready
C: a1 STARTTLS
S: a1 OK Begin TLS negotiation now
!tls good
C: a2 CAPABILITY
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN
S: a2 OK done
C: a3 LOGOUT
S: * BYE Logging out
S: a3 OK Logout completed
!close
)";

inline constexpr char imapTls[] = R"(!tls good
S: * OK ready
C: * CAPABILITY
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN
S: ${tag} OK done
C: * LOGOUT
S: * BYE Logging out
S: ${tag} OK Logout completed
!close
)";

inline constexpr char imapPlain[] = R"(S: * OK ready
C: a1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED
S: a1 OK done
C: a2 LOGOUT
S: * BYE
S: a2 OK bye
!close
)";

inline constexpr char pop3StartTls[] = R"(S: +OK POP3 ready
C: CAPA
S: +OK Capability list follows
S: TOP
S: UIDL
S: STLS
S: .
C: STLS
S: +OK Begin TLS negotiation
!tls good
C: CAPA
S: +OK Capability list follows
S: TOP
S: UIDL
S: USER
S: SASL PLAIN
S: .
C: QUIT
S: +OK Logging out
!close
)";

inline constexpr char pop3Tls[] = R"(!tls good
S: +OK POP3 ready
C: CAPA
S: +OK
S: USER
S: .
C: QUIT
S: +OK bye
!close
)";

inline constexpr char pop3Plain[] = R"(S: +OK POP3 ready
C: CAPA
S: +OK
S: STLS
S: .
C: QUIT
S: +OK bye
!close
)";

inline constexpr char sieveStartTls[] = R"(S: "IMPLEMENTATION" "Test Sieve"
S: "SIEVE" "fileinto"
S: "STARTTLS"
S: "VERSION" "1.0"
S: OK "ready"
C: STARTTLS
S: OK "Begin TLS"
!tls good
S: "IMPLEMENTATION" "Test Sieve"
S: "SIEVE" "fileinto"
S: "SASL" "PLAIN"
S: "VERSION" "1.0"
S: OK "TLS active"
C: LOGOUT
S: OK "bye"
!close
)";

inline constexpr char sieveTls[] = R"(!tls good
S: "IMPLEMENTATION" "Test Sieve"
S: "SASL" "PLAIN"
S: OK "ready"
C: LOGOUT
S: OK "bye"
!close
)";

inline constexpr char sievePlain[] = R"(S: "IMPLEMENTATION" "Test Sieve"
S: "STARTTLS"
S: OK "ready"
C: LOGOUT
S: OK "bye"
!close
)";

} // namespace MailInspect::Test::Scripts
