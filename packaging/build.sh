#!/usr/bin/env bash
# Build the standalone Linux application: PyInstaller one-folder bundle, packed as
# fieldnotes-<version>-linux-x86_64.tar.gz in dist/ (or in $FIELDNOTES_DIST).
# The tarball holds one folder, fieldnotes-<version>/, with the program (fieldnotes), its
# libraries (_internal/), install-desktop.sh and the freedesktop files it installs (linux/).
# Needs the environment packaging/setup.sh makes (PyInstaller is among the test tools).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FIELDNOTES_VENV:-$ROOT/.venv}"
DIST="${FIELDNOTES_DIST:-$ROOT/dist}"
PYTHON="$VENV/bin/python"

[ -x "$PYTHON" ] || { echo "fieldnotes build: no $VENV; run packaging/setup.sh first" >&2; exit 1; }
VERSION="$("$PYTHON" -c 'import fieldnotes; print(fieldnotes.__version__)')"
MACHINE="$(uname -m)"
NAME="fieldnotes-$VERSION"
TARBALL="$DIST/$NAME-linux-$MACHINE.tar.gz"

bash "$ROOT/packaging/build_translations.sh"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fieldnotes-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
echo "fieldnotes build: PyInstaller (one folder) into $WORK" >&2
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/build" "$ROOT/packaging/fieldnotes.spec"

STAGE="$WORK/stage/$NAME"
mkdir -p "$STAGE"
cp -a "$WORK/dist/fieldnotes/." "$STAGE/"
install -m 0755 "$ROOT/packaging/install-desktop.sh" "$STAGE/install-desktop.sh"
mkdir -p "$STAGE/linux"
cp "$ROOT"/packaging/linux/org.fieldnotes.Fieldnotes.* "$STAGE/linux/"
cp "$ROOT/resources/icons/org.fieldnotes.Fieldnotes.svg" "$STAGE/linux/"
cat > "$STAGE/README.txt" <<TEXT
fieldnotes $VERSION for Linux ($MACHINE)

Run it from here:         ./fieldnotes
Add it to your menu:      ./install-desktop.sh     (remove again: ./install-desktop.sh --uninstall)

The menu entry points to this folder: move the folder first, then run install-desktop.sh.
TEXT

mkdir -p "$DIST"
# A fixed order, owner and time in the archive, so two builds of one commit pack alike.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" \
  -C "$WORK/stage" -czf "$TARBALL.part" "$NAME"
mv "$TARBALL.part" "$TARBALL"
echo "$TARBALL"
