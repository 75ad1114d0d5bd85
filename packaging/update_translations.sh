#!/usr/bin/env bash
# Extract every translatable string from the source into the Qt Linguist files
# (resources/translations/fieldnotes_<lang>.ts). Run it after changing interface text,
# then translate the new entries in Qt Linguist (pyside6-linguist) or a text editor.
# A new language: add its code to LANGUAGES below and to fieldnotes/ui/i18n.py.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FIELDNOTES_VENV:-$ROOT/.venv}"
LANGUAGES=(nl)
TS_DIR="${FIELDNOTES_TS_DIR:-$ROOT/resources/translations}"  # the tests extract to a copy
cd "$ROOT"
mapfile -t SOURCES < <(find fieldnotes -name '*.py' | sort)
for lang in "${LANGUAGES[@]}"; do
  "$VENV/bin/pyside6-lupdate" -no-obsolete -locations relative -source-language en \
    -target-language "$lang" "${SOURCES[@]}" -ts "$TS_DIR/fieldnotes_$lang.ts"
done
