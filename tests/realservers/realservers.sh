#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts and stops private Postfix and Dovecot instances for the real-server
# tests (CTest fixture "realservers").
#
#   realservers.sh start RUNDIR PKIDIR   configure from templates/ into RUNDIR,
#                                        pick free loopback ports, start both
#                                        servers, write RUNDIR/ports.env
#   realservers.sh stop RUNDIR           stop exactly what "start" started
#
# Postfix listens on 127.0.0.1, Dovecot on 127.0.0.2 (see dovecot.conf.in for
# why), on ports below the kernel's ephemeral range chosen at run time. The
# system-wide instances, /etc/postfix and /etc/dovecot are never touched.
#
# Exit status of "start": 0 servers running; 77 (CTest SKIP_RETURN_CODE) the
# servers cannot run on this machine (packages missing, not root) and
# MAILINSPECT_REQUIRE_REAL_SERVERS is not 1; 1 anything else, with the reason
# and the server log tails on stderr.
set -uo pipefail

readonly SKIP_CODE=77
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd) || exit 1
readonly HERE
readonly TEMPLATES=$HERE/templates
readonly TEST_USER=alice@mail.test
readonly POSTFIX_ADDRESS=127.0.0.1
readonly DOVECOT_ADDRESS=127.0.0.2
# Listener names, in the order ports are assigned; the tests read NAME_PORT.
readonly LISTENERS=(SMTP SUBMISSION SMTPS SMTP_WRONGNAME SMTP_EXPIRED
                    IMAP IMAPS POP3 POP3S SIEVE AUTH)
readonly POSTFIX_LISTENERS=(SMTP SUBMISSION SMTPS SMTP_WRONGNAME SMTP_EXPIRED)

say() { printf 'realservers: %s\n' "$*" >&2; }

listener_address() {
    if [[ " ${POSTFIX_LISTENERS[*]} " == *" $1 "* ]]; then
        echo "$POSTFIX_ADDRESS"
    else
        echo "$DOVECOT_ADDRESS"
    fi
}

usage() {
    echo "usage: realservers.sh start RUNDIR PKIDIR | stop RUNDIR" >&2
    exit 2
}

# The servers cannot run here: a loud SKIP for developers, a failure in CI.
cannot_run() {
    if [ "${MAILINSPECT_REQUIRE_REAL_SERVERS:-0}" = 1 ]; then
        say "FAILED: $*"
        say "MAILINSPECT_REQUIRE_REAL_SERVERS=1: the real-server tests must run here."
        exit 1
    fi
    # The tests read this marker and report SKIP instead of failing.
    printf '%s\n' "$*" >"$RUN/skipped"
    rm -f "$RUN/ports.env"
    {
        echo "**********************************************************************"
        echo "* SKIPPED: real Postfix/Dovecot tests cannot run on this machine:"
        echo "*   $*"
        echo "* Install them with .ci/bootstrap (Debian 12) and run ctest as root;"
        echo "* CI sets MAILINSPECT_REQUIRE_REAL_SERVERS=1 to make this a failure."
        echo "**********************************************************************"
    } >&2
    exit "$SKIP_CODE"
}

show_logs() {
    local f
    for f in "$RUN/log/postfix.log" "$RUN/log/dovecot.log" "$RUN/log/postfix-start.out" \
             "$RUN/log/dovecot-start.out"; do
        [ -s "$f" ] || continue
        echo "----- last lines of $f -----" >&2
        tail -n 25 "$f" >&2
    done
}

fail() {
    say "FAILED: $*"
    show_logs
    exit 1
}

# --- processes ------------------------------------------------------------

# A zombie counts as gone: the daemons are children of init once they
# detach, and some container inits reap late.
pid_alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

# Every descendant of PID (children first found, then theirs).
descendants() {
    local -a queue=("$1") found=()
    local p child
    local table
    table=$(ps -e -o pid=,ppid=) || return 0
    while [ ${#queue[@]} -gt 0 ]; do
        p=${queue[0]}
        queue=("${queue[@]:1}")
        while read -r child; do
            found+=("$child")
            queue+=("$child")
        done < <(awk -v parent="$p" '$2 == parent { print $1 }' <<<"$table")
    done
    echo "${found[@]:-}"
}

# Server processes (Postfix or Dovecot executables) whose working or root
# directory lies inside RUNDIR: only the servers started from RUNDIR do that
# (Postfix daemons work in the queue directory, Dovecot's in base_dir or a
# chroot below it). Anything else there, a developer's shell say, is no
# business of ours.
processes_in_run_dir() {
    local d p link
    for d in /proc/[0-9]*; do
        p=${d#/proc/}
        [ "$p" = "$$" ] && continue
        case "$(readlink "$d/exe" 2>/dev/null)" in
            /usr/lib/postfix/* | /usr/sbin/dovecot | /usr/lib/dovecot/*) ;;
            *) continue ;;
        esac
        for link in cwd root; do
            case "$(readlink "$d/$link" 2>/dev/null)" in
                "$RUN" | "$RUN"/*)
                    echo "$p"
                    break
                    ;;
            esac
        done
    done
}

# wait_gone SECONDS PID...: true once none of the PIDs is alive.
wait_gone() {
    local seconds=$1
    shift
    local deadline=$((SECONDS + seconds)) p alive
    while :; do
        alive=0
        for p in "$@"; do pid_alive "$p" && alive=1 && break; done
        [ "$alive" = 0 ] && return 0
        [ "$SECONDS" -ge "$deadline" ] && return 1
        sleep 0.1
    done
}

# reap NAME MASTERPID [CHILDREN...]: the master was already asked to
# stop; wait for it and its children, and kill only those that linger.
reap() {
    local name=$1
    shift
    wait_gone 15 "$@" && return 0
    say "$name did not stop in time; killing its remaining processes: $*"
    kill -KILL "$@" 2>/dev/null
    wait_gone 5 "$@"
}

postfix_master_pid() {
    local pid
    pid=$(tr -dc '0-9' 2>/dev/null <"$RUN/postfix-queue/pid/master.pid") || return 1
    pid_alive "$pid" || return 1
    # A stale pid file may name an unrelated process by now: only a Postfix
    # master working in this instance's queue directory is ours.
    [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$RUN/postfix-queue" ] || return 1
    echo "$pid"
}

dovecot_master_pid() {
    local pid
    pid=$(tr -dc '0-9' 2>/dev/null <"$RUN/dovecot/base/master.pid") || return 1
    pid_alive "$pid" || return 1
    tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$RUN/dovecot/dovecot.conf" ||
        return 1
    echo "$pid"
}

stop_postfix() {
    local pid children
    pid=$(postfix_master_pid) || return 0
    children=$(descendants "$pid")
    say "stopping Postfix (master pid $pid)"
    /usr/sbin/postfix -c "$RUN/postfix" stop >>"$RUN/log/postfix-stop.out" 2>&1 ||
        kill -TERM "$pid" 2>/dev/null
    # shellcheck disable=SC2086 # word splitting of the pid list is intended
    reap Postfix "$pid" $children
}

stop_dovecot() {
    local pid children
    pid=$(dovecot_master_pid) || return 0
    children=$(descendants "$pid")
    say "stopping Dovecot (master pid $pid)"
    kill -TERM "$pid" 2>/dev/null
    # shellcheck disable=SC2086
    reap Dovecot "$pid" $children
}

stop_all() {
    rm -f "$RUN/ports.env"
    stop_postfix
    stop_dovecot
    local left
    left=$(processes_in_run_dir | tr '\n' ' ')
    if [ -n "${left// /}" ]; then
        say "processes of this instance still running, killing: $left"
        # shellcheck disable=SC2086
        kill -KILL $left 2>/dev/null
        # shellcheck disable=SC2086
        wait_gone 5 $left || return 1
    fi
    return 0
}

# --- ports ----------------------------------------------------------------

# Every local TCP port in use in any state (listening, connected, TIME_WAIT).
used_ports() {
    local f line port
    for f in /proc/net/tcp /proc/net/tcp6; do
        [ -r "$f" ] || continue
        while read -r _ line _; do
            port=${line##*:}
            [[ $port =~ ^[0-9A-Fa-f]{4}$ ]] && echo $((16#$port))
        done <"$f"
    done
}

# Picks one free port per listener, below the kernel's ephemeral range so
# the choice cannot collide with an outgoing connection's source port.
choose_ports() {
    local low=20000 high=32767 ephemeral_low
    ephemeral_low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null)
    if [[ ${ephemeral_low:-} =~ ^[0-9]+$ ]] && [ "$ephemeral_low" -le "$high" ]; then
        high=$((ephemeral_low - 1))
    fi
    [ "$high" -gt $((low + 200)) ] || low=$((high - 1000))
    local -A taken=()
    local p name
    for p in $(used_ports); do taken[$p]=1; done
    for name in "${LISTENERS[@]}"; do
        while :; do
            p=$((low + (RANDOM * 32768 + RANDOM) % (high - low + 1)))
            [ -z "${taken[$p]:-}" ] && break
        done
        taken[$p]=1
        printf -v "PORT_$name" '%s' "$p"
    done
}

# --- configuration --------------------------------------------------------

sed_escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

# render TEMPLATE OUTPUT: replaces every @NAME@ with the value of SUBST[NAME].
render() {
    local script="" key
    for key in "${!SUBST[@]}"; do
        script+="s|@${key}@|$(sed_escape "${SUBST[$key]}")|g;"
    done
    sed -e "$script" "$1" >"$2" || fail "cannot write $2"
    if grep -n '@[A-Z0-9_]*@' "$2" >&2; then
        fail "unfilled placeholders in $2"
    fi
}

need_account() {
    getent "$1" "$2" >/dev/null || cannot_run "the $1 entry '$2' is missing (install the packages)"
}

check_prerequisites() {
    local missing=() f
    for f in /usr/sbin/postfix /usr/sbin/postconf /usr/lib/postfix/sbin/master \
             /usr/lib/postfix/sbin/smtpd /usr/lib/postfix/sbin/postlogd \
             /usr/sbin/dovecot /usr/lib/dovecot/imap-login /usr/lib/dovecot/pop3-login \
             /usr/lib/dovecot/managesieve-login /usr/bin/openssl; do
        [ -x "$f" ] || missing+=("$f")
    done
    [ ${#missing[@]} -eq 0 ] ||
        cannot_run "missing ${missing[*]} (packages postfix dovecot-core dovecot-imapd" \
                   "dovecot-pop3d dovecot-managesieved dovecot-sieve openssl)"
    # The postfix command refuses to run for anybody but root, and Dovecot's
    # privilege separation needs it too.
    [ "$(id -u)" = 0 ] ||
        cannot_run "the servers must be started as root (postfix refuses otherwise)"
    need_account passwd postfix
    need_account group postdrop
    need_account passwd dovecot
    need_account group dovecot
    need_account passwd dovenull
    need_account passwd nobody
    # The daemons run as unprivileged users and must reach the build tree
    # (a build under /root, mode 0700, cannot work).
    chmod 755 "$RUN"
    if ! setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$RUN" 2>/dev/null; then
        fail "unprivileged users cannot reach $RUN (a parent directory is not" \
             "world-searchable); build the project elsewhere or chmod o+x the parents"
    fi
    local pem
    for pem in ca.pem good.pem good.key wrongname.pem wrongname.key expired.pem expired.key; do
        [ -r "$PKI/$pem" ] || fail "test PKI file $PKI/$pem missing (fixture test_pki)"
    done
}

write_config() {
    local attempt=$1
    mkdir -p "$RUN"/{postfix,postfix-queue,dovecot/state,log,mail} || fail "cannot create $RUN"
    chmod 755 "$RUN" "$RUN/postfix" "$RUN/postfix-queue" "$RUN/dovecot" "$RUN/log"

    # The mailbox owner: an unprivileged account Dovecot will accept.
    local mail_uid mail_gid
    mail_uid=$(id -u nobody)
    mail_gid=$(getent group nogroup | cut -d: -f3)
    [ -n "$mail_gid" ] || mail_gid=$(id -g nobody)
    chown "$mail_uid:$mail_gid" "$RUN/mail"
    chmod 700 "$RUN/mail"

    # A fresh password each run; the tests read it from the file.
    # Kept as {PLAIN}: CRAM-MD5 and SCRAM compute from the password itself.
    local password
    password=$(openssl rand -hex 16) || fail "openssl rand failed"
    (umask 077 && printf '%s' "$password" >"$RUN/password")
    printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$TEST_USER" "$password" "$mail_uid" "$mail_gid" \
        "$RUN/mail/alice" >"$RUN/dovecot/users"
    chown root:dovecot "$RUN/dovecot/users"
    chmod 640 "$RUN/dovecot/users"

    # 19 small messages in the inbox against a quota of 20 (dovecot.conf.in):
    # the account check after an IMAP login sees a nearly full mailbox.
    local maildir="$RUN/mail/alice/Maildir" i
    mkdir -p "$maildir"/{cur,new,tmp} || fail "cannot create $maildir"
    for i in $(seq 1 19); do
        printf 'From: alice@mail.test\r\nSubject: test %s\r\n\r\nquota filler\r\n' "$i" \
            >"$maildir/cur/17000000$i.M${i}P1.mail.test:2,S"
    done
    chown -R "$mail_uid:$mail_gid" "$RUN/mail/alice"

    local ssl_dh=""
    [ -r /usr/share/dovecot/dh.pem ] && ssl_dh="ssl_dh = </usr/share/dovecot/dh.pem"

    declare -gA SUBST=(
        [RUN]=$RUN [PKI]=$PKI
        [MAIL_OWNER]=postfix [SETGID_GROUP]=postdrop
        [INTERNAL_USER]=dovecot [INTERNAL_GROUP]=dovecot [LOGIN_USER]=dovenull
        [SSL_DH]=$ssl_dh
        [MAIL_UID]=$mail_uid [MAIL_GID]=$mail_gid
        [INSTANCE_NAME]="mailinspect-test-$$-$attempt"
    )
    local name var
    for name in "${LISTENERS[@]}"; do
        var=PORT_$name
        SUBST[${name}_PORT]=${!var}
    done
    render "$TEMPLATES/main.cf.in" "$RUN/postfix/main.cf"
    render "$TEMPLATES/master.cf.in" "$RUN/postfix/master.cf"
    render "$TEMPLATES/dovecot.conf.in" "$RUN/dovecot/dovecot.conf"
}

# --- start ----------------------------------------------------------------

# True when a start failed only because another process took a port first.
port_was_taken() {
    grep -qs -e 'Address already in use' "$RUN/log/postfix.log" "$RUN/log/dovecot.log" \
        "$RUN/log/postfix-start.out" "$RUN/log/dovecot-start.out"
}

start_dovecot() {
    /usr/sbin/dovecot -c "$RUN/dovecot/dovecot.conf" >"$RUN/log/dovecot-start.out" 2>&1
}

start_postfix() {
    local conf=$RUN/postfix
    /usr/sbin/postfix -c "$conf" check >"$RUN/log/postfix-start.out" 2>&1 || return 1
    /usr/sbin/postfix -c "$conf" start >>"$RUN/log/postfix-start.out" 2>&1
}

# Waits until every listener accepts a TCP connection.
wait_listening() {
    local name var address port deadline=$((SECONDS + 15))
    for name in "${LISTENERS[@]}"; do
        var=PORT_$name
        port=${!var}
        address=$(listener_address "$name")
        until timeout 2 bash -c "exec 3<>/dev/tcp/$address/$port" 2>/dev/null; do
            [ "$SECONDS" -lt "$deadline" ] || {
                say "$name ($address:$port) does not accept connections"
                return 1
            }
            sleep 0.1
        done
    done
}

# Reads the first line the server sends on a plain listener.
greeting() {
    timeout 5 bash -c "exec 3<>/dev/tcp/$1/$2 && IFS= read -r line <&3 && echo \"\$line\"" \
        2>/dev/null | tr -d '\r'
}

check_greetings() {
    local g
    g=$(greeting "$POSTFIX_ADDRESS" "$PORT_SMTP")
    [[ $g == 220* ]] || { say "Postfix SMTP greeting: '$g'"; return 1; }
    g=$(greeting "$DOVECOT_ADDRESS" "$PORT_IMAP")
    [[ $g == "* OK"* ]] || { say "Dovecot IMAP greeting: '$g'"; return 1; }
    g=$(greeting "$DOVECOT_ADDRESS" "$PORT_POP3")
    [[ $g == "+OK"* ]] || { say "Dovecot POP3 greeting: '$g'"; return 1; }
}

# Completes a TLS handshake on every TLS listener: both servers load their
# certificates lazily, so a broken key or chain would otherwise only show
# up as a puzzling test failure.
check_tls() {
    local spec name mode var address out
    for spec in SMTP:smtp SUBMISSION:smtp SMTPS: SMTP_WRONGNAME:smtp SMTP_EXPIRED:smtp \
                IMAP:imap IMAPS: POP3:pop3 POP3S: SIEVE:sieve; do
        name=${spec%%:*}
        mode=${spec#*:}
        var=PORT_$name
        address=$(listener_address "$name")
        out=$(timeout 15 openssl s_client -connect "$address:${!var}" -servername mail.test \
                  ${mode:+-starttls "$mode"} </dev/null 2>&1 | tr -d '\0')
        if ! grep -q '^New, TLSv' <<<"$out"; then
            say "no TLS handshake on $name ($address:${!var}); openssl s_client said:"
            tail -n 8 <<<"$out" >&2
            return 1
        fi
    done
}

write_ports_file() {
    local tmp=$RUN/ports.env.tmp name var
    {
        echo "# Written by tests/realservers/realservers.sh start; removed by stop."
        echo "HOST=mail.test"
        echo "POSTFIX_ADDRESS=$POSTFIX_ADDRESS"
        echo "DOVECOT_ADDRESS=$DOVECOT_ADDRESS"
        for name in "${LISTENERS[@]}"; do
            var=PORT_$name
            echo "${name}_PORT=${!var}"
        done
        echo "USER=$TEST_USER"
        echo "PASSWORD_FILE=$RUN/password"
        echo "PKI_DIR=$PKI"
        echo "CA_FILE=$PKI/ca.pem"
        echo "POSTFIX_PID=$(postfix_master_pid)"
        echo "DOVECOT_PID=$(dovecot_master_pid)"
    } >"$tmp" && mv "$tmp" "$RUN/ports.env"
}

start_all() {
    rm -f "$RUN/skipped"
    check_prerequisites
    stop_all || fail "could not stop an earlier instance in $RUN"
    # Start from a clean state: queue, mailboxes and configuration of an
    # earlier run go (RUN is an absolute path made by this script, never /).
    [ "$RUN" != / ] && rm -rf "${RUN:?}"/{postfix,postfix-queue,postfix-data,dovecot,mail}
    local attempt
    for attempt in 1 2 3; do
        rm -f "$RUN"/log/*
        choose_ports
        write_config "$attempt"
        # Dovecot first: Postfix's submission listener authenticates through it.
        if start_dovecot && start_postfix && wait_listening; then
            check_greetings || { stop_all; fail "a server answers, but not with a greeting"; }
            check_tls || { stop_all; fail "TLS does not work on a listener"; }
            write_ports_file || { stop_all; fail "cannot write $RUN/ports.env"; }
            say "running: Postfix on $POSTFIX_ADDRESS, Dovecot on $DOVECOT_ADDRESS"
            sed -n 's/^\([A-Z0-9_]*_PORT\)=/  \1 = /p' "$RUN/ports.env" >&2
            return 0
        fi
        if port_was_taken && [ "$attempt" -lt 3 ]; then
            say "a chosen port was taken meanwhile; trying other ports"
            stop_all
            continue
        fi
        say "start failed"
        show_logs
        stop_all
        exit 1
    done
}

[ $# -ge 2 ] || usage
COMMAND=$1
RUN=$(mkdir -p "$2" && cd "$2" && pwd) || { say "cannot use run directory $2"; exit 1; }
readonly RUN
PKI=""
if [ "$COMMAND" = start ] && [ $# -eq 3 ]; then
    PKI=$(cd "$3" 2>/dev/null && pwd) || fail "test PKI folder $3 missing (fixture test_pki)"
fi
readonly PKI
# Never work from inside RUNDIR: processes found there count as the servers'.
cd / || exit 1
case $COMMAND in
    start)
        [ $# -eq 3 ] || usage
        start_all
        ;;
    stop)
        stop_all || { say "FAILED: processes of $RUN would not stop"; exit 1; }
        say "stopped; nothing of this instance is running"
        ;;
    *) usage ;;
esac
