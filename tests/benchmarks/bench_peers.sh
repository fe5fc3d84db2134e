#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# One full mailinspect-cli inspection (greeting, capabilities, STARTTLS,
# handshake, certificate check, capabilities again, goodbye, diagnosis)
# against its peers on the same loopback Postfix and Dovecot, in one run:
#   SMTP  openssl s_client -starttls smtp (greeting, EHLO, STARTTLS, handshake)
#         swaks -tls --quit-after EHLO (greeting, EHLO, STARTTLS, handshake,
#         certificate check, EHLO again, QUIT: the same walk as ours)
#   IMAP  openssl s_client -starttls imap
#   POP3  openssl s_client -starttls pop3
# and the start-up cost on its own: `mailinspect-cli --version` against a
# program that starts Qt Core and exits, and `openssl version`.
# Prints the median wall time (process start to exit) and CPU time of each,
# and our ratio to each peer. Fails only when a tool fails, never on timing.
#   bench_peers.sh path/to/mailinspect-cli path/to/ports.env [path/to/qtcore-start]
set -euo pipefail
cli=${1:?mailinspect-cli}
ports=${2:?ports.env}
qtcore=${3:-}
runs=${BENCH_RUNS:-25}
# shellcheck disable=SC1090
. "$ports"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# measure NAME COMMAND...: RUNS runs; sets wall_NAME and cpu_NAME (medians,
# microseconds; the CPU time, user + system, as the shell's `time` reports it
# with millisecond resolution).
TIMEFORMAT='%3U %3S'
measure() {
    local name=$1 i start end
    shift
    : >"$work/$name.wall"
    : >"$work/$name.cpu"
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        { time "$@" >/dev/null 2>"$work/stderr" </dev/null; } 2>"$work/time" || {
            echo "FAILED: $*" >&2
            cat "$work/stderr" >&2
            return 1
        }
        end=$(date +%s%N)
        echo $(((end - start) / 1000)) >>"$work/$name.wall"
        awk '{printf "%.0f\n", ($1 + $2) * 1000000}' "$work/time" >>"$work/$name.cpu"
    done
    printf -v "wall_$name" '%s' "$(median <"$work/$name.wall")"
    printf -v "cpu_$name" '%s' "$(median <"$work/$name.cpu")"
}

row() { # LABEL NAME
    local w=wall_$2 c=cpu_$2
    printf '  %-48s %8.0f us wall %8.0f us CPU\n' "$1" "${!w}" "${!c}"
}
ratio() { # LABEL OURS THEIRS
    local a=wall_$2 b=wall_$3
    awk -v l="$1" -v a="${!a}" -v b="${!b}" 'BEGIN {printf "  ratio %-42s %.2f\n", l, a / b}'
}

common=(--ca-file "$CA_FILE")
measure smtp "$cli" --connect-address "$POSTFIX_ADDRESS" "${common[@]}" "smtp://$HOST:$SMTP_PORT"
measure smtp_sclient openssl s_client -connect "$POSTFIX_ADDRESS:$SMTP_PORT" -starttls smtp \
    -servername "$HOST" -CAfile "$CA_FILE" -verify_return_error
measure smtp_swaks swaks --server "$POSTFIX_ADDRESS" --port "$SMTP_PORT" --to "user@$HOST" \
    --tls --tls-verify --tls-ca-path "$CA_FILE" --tls-sni "$HOST" --quit-after EHLO
measure imap "$cli" --connect-address "$DOVECOT_ADDRESS" "${common[@]}" "imap://$HOST:$IMAP_PORT"
measure imap_sclient openssl s_client -connect "$DOVECOT_ADDRESS:$IMAP_PORT" -starttls imap \
    -servername "$HOST" -CAfile "$CA_FILE" -verify_return_error
measure pop3 "$cli" --connect-address "$DOVECOT_ADDRESS" "${common[@]}" "pop3://$HOST:$POP3_PORT"
measure pop3_sclient openssl s_client -connect "$DOVECOT_ADDRESS:$POP3_PORT" -starttls pop3 \
    -servername "$HOST" -CAfile "$CA_FILE" -verify_return_error
measure version "$cli" --version
measure openssl_version openssl version
[ -n "$qtcore" ] && measure qtcore "$qtcore"

printf 'runs per tool: %d (medians; wall is process start to exit)\n' "$runs"
echo 'full inspection over STARTTLS:'
row 'smtp  mailinspect-cli' smtp
row 'smtp  openssl s_client -starttls smtp' smtp_sclient
row 'smtp  swaks --tls --quit-after EHLO' smtp_swaks
row 'imap  mailinspect-cli' imap
row 'imap  openssl s_client -starttls imap' imap_sclient
row 'pop3  mailinspect-cli' pop3
row 'pop3  openssl s_client -starttls pop3' pop3_sclient
echo 'start-up on its own:'
row 'mailinspect-cli --version' version
[ -n "$qtcore" ] && row 'a program that starts Qt Core and exits' qtcore
row 'openssl version' openssl_version
echo 'ratios (wall, ours / theirs):'
ratio 'smtp mailinspect/s_client' smtp smtp_sclient
ratio 'smtp mailinspect/swaks' smtp smtp_swaks
ratio 'imap mailinspect/s_client' imap imap_sclient
ratio 'pop3 mailinspect/s_client' pop3 pop3_sclient
[ -n "$qtcore" ] && ratio 'start-up mailinspect --version/Qt Core' version qtcore
ratio 'start-up mailinspect --version/openssl' version openssl_version
