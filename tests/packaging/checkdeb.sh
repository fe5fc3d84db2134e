#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the DEB with CPack from a built tree and checks it with lintian: no errors, and no
# warnings except those the package's lintian-overrides explain. Then, unpacked, the installed
# mailinspect-cli finds its PDF writer in libexec and writes a PDF of a saved report.
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
unpacked=$work/unpacked
dpkg-deb -x "$deb" "$unpacked"
[ -x "$unpacked/usr/libexec/mailinspect/mailinspect-pdf" ] || {
    echo "the package has no usr/libexec/mailinspect/mailinspect-pdf" >&2
    exit 1
}
report=$(cd "$(dirname "$0")/../report/golden" && pwd)/problem.json
# Exit status 1 is the saved report's error finding; 2 would be a failure to write.
set +e
QT_QPA_PLATFORM=offscreen "$unpacked/usr/bin/mailinspect-cli" --input "$report" -o "$work/report.pdf"
rc=$?
set -e
[ "$rc" -le 1 ] && [ "$(head -c 5 "$work/report.pdf" 2>/dev/null)" = "%PDF-" ] || {
    echo "the installed mailinspect-cli wrote no PDF (exit status $rc)" >&2
    exit 1
}
echo "installed PDF writer: ok"
# lintian refuses to run as root unless told; the package is only read.
set +e
"$lintian" --allow-root --fail-on error,warning --display-level ">=warning" "$deb"
rc=$?
set -e
exit $rc
