#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the DEB with CPack from a built tree and checks it with lintian: no errors, and no
# warnings except those the package's lintian-overrides explain.
#   checkdeb.sh BUILD_DIR WORK_DIR LINTIAN
set -euo pipefail
build=$1
work=$2
lintian=${3:-}
[ -n "$lintian" ] && [ -x "$lintian" ] || { echo "lintian is not installed (run .ci/bootstrap)" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    exit 1
}
deb=$(find "$work" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || { echo "CPack made no .deb" >&2; cat "$work/cpack.log" >&2; exit 1; }
echo "package: $(basename "$deb")"
# lintian refuses to run as root unless told; the package is only read.
set +e
"$lintian" --allow-root --fail-on error,warning --display-level ">=warning" "$deb"
rc=$?
set -e
exit $rc
