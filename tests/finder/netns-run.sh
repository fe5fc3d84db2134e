#!/bin/sh
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program inside a private network namespace of its own: only a
# loopback interface, so the test can serve DNS on port 53, HTTPS on 443 and
# mail on 993 without touching the machine's network, and nothing leaks out.
# In a private mount namespace too, /etc/resolv.conf then names 127.0.0.1, so
# the system's resolver asks the test's dnsmasq (MAILINSPECT_NETNS_RESOLVER=1
# tells the test it does).
#
#   netns-run.sh PROGRAM [ARGS...]
#
# Without the rights to make a namespace the test is skipped (exit 77), unless
# MAILINSPECT_REQUIRE_REAL_SERVERS=1 (CI): then that is a failure.
set -u
resolv=$(mktemp "${TMPDIR:-/tmp}/netns-resolv.XXXXXX") || exit 1
trap 'rm -f "$resolv"' EXIT
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' >"$resolv"
chmod 644 "$resolv"
inner='ip link set lo up || exit 1
if mount --bind "$0" /etc/resolv.conf 2>/dev/null; then
    export MAILINSPECT_NETNS_RESOLVER=1
fi
"$@"'
for flags in -mn -rmn; do
    if unshare $flags true 2>/dev/null; then
        unshare $flags -- sh -c "$inner" "$resolv" "$@"
        exit $?
    fi
done
echo "netns-run.sh: cannot create a network namespace (needs root or user namespaces)" >&2
if [ "${MAILINSPECT_REQUIRE_REAL_SERVERS:-}" = 1 ]; then
    exit 1
fi
exit 77
