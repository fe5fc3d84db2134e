#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots the README and the AppStream metadata show: starts
# mailinspect under Xvfb against a built-in practice server (127.0.0.1 only),
# inspects, and saves the whole screen (the window fills it).
#
#   packaging/screenshot.sh [BUILD_DIR] [OUT_DIR] [SCENARIO...]
#
# Defaults: build/, packaging/screenshots/, and the healthy STARTTLS server
# saved as main-window.png. Other scenarios are saved as SCENARIO.png.
# Needs xvfb-run and ImageMagick's `import`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
out=${2:-$here/screenshots}
shift $(( $# > 2 ? 2 : $# )) || true
scenarios=("$@")
[ ${#scenarios[@]} -eq 0 ] && scenarios=(healthy-smtp-starttls)

app=$build/bin/mailinspect
[ -x "$app" ] || app=$build/app/gui/mailinspect
[ -x "$app" ] || { echo "mailinspect not built in $build" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing" >&2; exit 2; }
command -v import >/dev/null || { echo "ImageMagick import is missing" >&2; exit 2; }
mkdir -p "$out"

width=${SCREENSHOT_WIDTH:-1400}
height=${SCREENSHOT_HEIGHT:-900}
# Seconds to let the inspection finish; the slow-greeting server needs more.
wait_seconds=${SCREENSHOT_WAIT:-4}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() {
    local scenario=$1 file=$2
    cat >"$work/run.sh" <<SCRIPT
#!/usr/bin/env bash
# A private settings folder: no recent targets or window layout leak in.
export XDG_CONFIG_HOME="$work/config"
"$app" -geometry ${width}x${height}+0+0 --practice "$scenario" --inspect &
pid=\$!
sleep $wait_seconds
import -window root "$file"
kill \$pid
wait \$pid 2>/dev/null || true
SCRIPT
    chmod +x "$work/run.sh"
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" "$work/run.sh"
    echo "$file"
}

for scenario in "${scenarios[@]}"; do
    if [ "$scenario" = healthy-smtp-starttls ]; then
        shoot "$scenario" "$out/main-window.png"
    else
        shoot "$scenario" "$out/$scenario.png"
    fi
done
