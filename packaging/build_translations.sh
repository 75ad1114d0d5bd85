#!/usr/bin/env bash
# Compile the Qt Linguist files into the .qm files the app loads (shipped in the package).
# packaging/setup.sh runs this; the wheel build (setup.py) does the same.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FIELDNOTES_VENV:-$ROOT/.venv}"
for ts in "$ROOT"/resources/translations/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
