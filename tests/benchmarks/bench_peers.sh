#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Median wall time of a full mailinspect inspection (greeting, EHLO, STARTTLS,
# handshake, certificate, EHLO again, QUIT, diagnosis) against
# `openssl s_client -starttls smtp` (greeting, EHLO, STARTTLS, handshake, exit)
# on the same loopback Postfix, in the same run. Prints figures and ratios;
# fails only when a tool fails, never on timing.
set -euo pipefail
cli=${1:?mailinspect-cli}
ports=${2:?ports.env}
runs=${BENCH_RUNS:-25}
# shellcheck disable=SC1090
. "$ports"

now_ms() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

measure() {
    local i start end
    for ((i = 0; i < runs; i++)); do
        start=$(now_ms)
        "$@" >/dev/null 2>&1 </dev/null || { echo "FAILED: $*" >&2; return 1; }
        end=$(now_ms)
        echo $(((end - start) / 1000))
    done
}

ours=$(measure "$cli" --connect-address "$POSTFIX_ADDRESS" --ca-file "$CA_FILE" \
    "smtp://$HOST:$SMTP_PORT" | median)
sclient=$(measure openssl s_client -connect "$POSTFIX_ADDRESS:$SMTP_PORT" -starttls smtp \
    -servername "$HOST" -CAfile "$CA_FILE" | median)
theirs_imap=$(measure openssl s_client -connect "$DOVECOT_ADDRESS:$IMAP_PORT" -starttls imap \
    -servername "$HOST" -CAfile "$CA_FILE" | median)
ours_imap=$(measure "$cli" --connect-address "$DOVECOT_ADDRESS" --ca-file "$CA_FILE" \
    "imap://$HOST:$IMAP_PORT" | median)

printf 'runs per tool: %d (median wall time, process start to exit, microseconds)\n' "$runs"
printf '  smtp  mailinspect-cli full inspection : %8.0f us\n' "$ours"
printf "  smtp  openssl s_client -starttls smtp : %8.0f us\n" "$sclient"
printf '  imap  mailinspect-cli full inspection : %8.0f us\n' "$ours_imap"
printf '  imap  openssl s_client -starttls imap : %8.0f us\n' "$theirs_imap"
awk -v a="$ours" -v b="$sclient" 'BEGIN {printf "  ratio smtp mailinspect/s_client: %.2f\n", a / b}'
awk -v a="$ours_imap" -v b="$theirs_imap" 'BEGIN {printf "  ratio imap mailinspect/s_client: %.2f\n", a / b}'
