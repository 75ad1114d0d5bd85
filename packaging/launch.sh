#!/usr/bin/env bash
# Set up (first run only) and open fieldnotes. With no arguments it opens your default
# project, which starts as a ready example study; any fieldnotes arguments pass through.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=packaging/setup.sh
source "$ROOT/packaging/setup.sh"
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "fieldnotes: no display found; opening on a virtual screen (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$VENV/bin/fieldnotes"
fi
exec "$VENV/bin/fieldnotes" "$@"
