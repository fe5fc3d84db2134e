#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch throughput: N STARTTLS inspections (full TLS handshake and certificate
# check) with `--batch --jobs J` against one `--serve healthy-smtp-starttls` on
# loopback. Prints inspections per second, the CPU time per inspection of the
# batch and of the practice server, and the peak memory of both;
# then, as the ceiling on this machine, how many bare TLS handshakes per
# second OpenSSL's own s_time gets from its s_server with the same
# certificate. Fails only when a tool fails, never on timing.
#   bench_batch.sh path/to/mailinspect-cli [TARGETS=1000] [JOBS=32]
set -euo pipefail
cli=${1:?mailinspect-cli}
targets=${2:-1000}
jobs=${3:-32}
pki=$(cd "$(dirname "$0")/../../core/simulator/practice-pki" && pwd)
work=$(mktemp -d)
server=
sserver=
trap 'kill $server $sserver 2>/dev/null || true; rm -rf "$work"' EXIT

"$cli" --serve healthy-smtp-starttls >"$work/serve.out" 2>/dev/null &
server=$!
for _ in $(seq 50); do
    grep -q '^Try: ' "$work/serve.out" 2>/dev/null && break
    sleep 0.1
done
port=$(grep -o '127\.0\.0\.1:[0-9]*' "$work/serve.out" | head -n 1 | cut -d: -f2)
ca=$(sed -n 's/^Trust this CA file: //p' "$work/serve.out")
[ -n "$port" ] && [ -n "$ca" ] || { echo "the practice server did not start" >&2; exit 1; }

# CPU time of a process so far, in clock ticks.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

for ((i = 0; i < targets; i++)); do echo "mail.test:$port -P submission"; done >"$work/targets"
server_before=$(ticks "$server")
start=$(date +%s%N)
/usr/bin/time -f '%U %S %M' -o "$work/time" \
    "$cli" --batch "$work/targets" --jobs "$jobs" --connect-address 127.0.0.1 --ca-file "$ca" \
    -f json -o "$work/out.jsonl"
end=$(date +%s%N)
server_after=$(ticks "$server")
server_peak=$(awk '/^VmHWM:/ {print $2}' "/proc/$server/status")
read -r user sys peak <"$work/time"
secure=$(grep -c '"verdict":"secure"' "$work/out.jsonl" || true)
awk -v n="$targets" -v ok="$secure" -v ms="$(((end - start) / 1000000))" -v u="$user" -v s="$sys" \
    -v kb="$peak" -v j="$jobs" -v st="$((server_after - server_before))" -v hz="$(getconf CLK_TCK)" -v skb="$server_peak" '
    BEGIN {
        printf "batch: %d targets, %d jobs, %d secure\n", n, j, ok
        printf "wall: %.2f s, %.0f inspections/s\n", ms / 1000, n / (ms / 1000)
        printf "client CPU: %.2f ms per inspection (user %.2f s, sys %.2f s)\n", (u + s) * 1000 / n, u, s
        printf "practice server CPU: %.2f ms per inspection\n", st * 1000 / hz / n
        printf "client peak memory: %.1f MiB, practice server peak memory: %.1f MiB\n", kb / 1024, skb / 1024
    }'
[ "$secure" -eq "$targets" ] || { echo "not every inspection was secure" >&2; exit 1; }

# The ceiling: bare TLS handshakes (no mail dialogue, no report) between
# OpenSSL's own client and server, same certificate, same loopback, 3 seconds.
# s_server's standard input stays open (it would stop at its end): a FIFO
# this script holds open.
mkfifo "$work/s_server.in"
exec 3<>"$work/s_server.in"
openssl s_server -accept 127.0.0.1:0 -cert "$pki/good.pem" -key "$pki/good.key" \
    -naccept 1000000 <"$work/s_server.in" >"$work/s_server.out" 2>&1 &
sserver=$!
for _ in $(seq 50); do
    grep -q '^ACCEPT' "$work/s_server.out" 2>/dev/null && break
    sleep 0.1
done
sport=$(sed -n 's/^ACCEPT 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/s_server.out")
[ -n "$sport" ] || { echo "openssl s_server did not start" >&2; exit 1; }
start=$(date +%s%N)
openssl s_time -connect "127.0.0.1:$sport" -new -time 3 -CAfile "$pki/ca.pem" >"$work/s_time.out" 2>&1 ||
    { cat "$work/s_time.out" >&2; exit 1; }
end=$(date +%s%N)
awk -v ms="$(((end - start) / 1000000))" '/connections in [0-9.]+s;/ {
        printf "ceiling: openssl s_time against s_server, bare TLS handshakes: %.0f/s\n", $1 / (ms / 1000)
    }' "$work/s_time.out"
