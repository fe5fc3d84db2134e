#!/bin/sh
# Runs a test program inside a private network namespace of its own: only a
# loopback interface, so the test can serve DNS on port 53, HTTPS on 443 and
# mail on 993 without touching the machine's network, and nothing leaks out.
#
#   netns-run.sh PROGRAM [ARGS...]
#
# Without the rights to make a namespace the test is skipped (exit 77), unless
# MAILINSPECT_REQUIRE_REAL_SERVERS=1 (CI): then that is a failure.
set -u
inner='ip link set lo up || exit 1; exec "$@"'
if unshare -n true 2>/dev/null; then
    exec unshare -n -- sh -c "$inner" netns "$@"
elif unshare -rn true 2>/dev/null; then
    exec unshare -rn -- sh -c "$inner" netns "$@"
fi
echo "netns-run.sh: cannot create a network namespace (needs root or user namespaces)" >&2
if [ "${MAILINSPECT_REQUIRE_REAL_SERVERS:-}" = 1 ]; then
    exit 1
fi
exit 77
