#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch throughput: N STARTTLS inspections (full TLS handshake and certificate
# check) with `--batch --jobs J` against one `--serve healthy-smtp-starttls` on
# loopback. Prints inspections per second, CPU time per inspection and the
# peak memory of the batch process; fails only when a tool fails, never on
# timing.
#   bench_batch.sh path/to/mailinspect-cli [TARGETS=1000] [JOBS=32]
set -euo pipefail
cli=${1:?mailinspect-cli}
targets=${2:-1000}
jobs=${3:-32}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$cli" --serve healthy-smtp-starttls >"$work/serve.out" 2>/dev/null &
server=$!
for _ in $(seq 50); do
    grep -q '^Try: ' "$work/serve.out" 2>/dev/null && break
    sleep 0.1
done
port=$(grep -o '127\.0\.0\.1:[0-9]*' "$work/serve.out" | head -n 1 | cut -d: -f2)
ca=$(sed -n 's/^Trust this CA file: //p' "$work/serve.out")
[ -n "$port" ] && [ -n "$ca" ] || { echo "the practice server did not start" >&2; exit 1; }

for ((i = 0; i < targets; i++)); do echo "mail.test:$port -P submission"; done >"$work/targets"
start=$(date +%s%N)
/usr/bin/time -f '%U %S %M' -o "$work/time" \
    "$cli" --batch "$work/targets" --jobs "$jobs" --connect-address 127.0.0.1 --ca-file "$ca" \
    -f json -o "$work/out.jsonl"
end=$(date +%s%N)
read -r user sys peak <"$work/time"
secure=$(grep -c '"verdict":"secure"' "$work/out.jsonl" || true)
awk -v n="$targets" -v ok="$secure" -v ms="$(((end - start) / 1000000))" -v u="$user" -v s="$sys" \
    -v kb="$peak" -v j="$jobs" 'BEGIN {
        printf "batch: %d targets, %d jobs, %d secure\n", n, j, ok
        printf "wall: %.2f s, %.0f inspections/s\n", ms / 1000, n / (ms / 1000)
        printf "client CPU: %.2f ms per inspection (user %.2f s, sys %.2f s)\n", (u + s) * 1000 / n, u, s
        printf "client peak memory: %.1f MiB\n", kb / 1024
    }'
[ "$secure" -eq "$targets" ] || { echo "not every inspection was secure" >&2; exit 1; }
