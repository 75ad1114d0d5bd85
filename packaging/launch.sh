#!/usr/bin/env bash
# Set up (first run only) and open fieldnotes. With no arguments it opens the fictional
# example study (a fresh copy, kept apart from your own studies), for a first look; any
# fieldnotes arguments pass through (no --example then: e.g. `launch.sh --db my.fieldnotes`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=packaging/setup.sh
source "$ROOT/packaging/setup.sh"
if [ $# -eq 0 ]; then
  set -- --example
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "fieldnotes: no display found; opening on a virtual screen (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$VENV/bin/fieldnotes" "$@"
  fi
fi
exec "$VENV/bin/fieldnotes" "$@"
