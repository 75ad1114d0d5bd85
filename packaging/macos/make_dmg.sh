#!/usr/bin/env bash
# Pack dist/fieldnotes.app (packaging/fieldnotes.spec built on macOS) into a disk image
# with the usual drag-to-Applications link. UNTESTED here: see packaging/README.md.
#     bash packaging/macos/make_dmg.sh [APP] [OUTPUT_FOLDER]
# The app is not signed or notarised: the first start needs right-click > Open.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="${1:-$ROOT/dist/fieldnotes.app}"
OUT="${2:-${FIELDNOTES_DIST:-$ROOT/dist}}"
[ -d "$APP" ] || { echo "make_dmg: no $APP; build it with PyInstaller first" >&2; exit 1; }
VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
MACHINE="$(uname -m)"
DMG="$OUT/fieldnotes-$VERSION-macos-$MACHINE.dmg"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
mkdir -p "$OUT"
rm -f "$DMG"
hdiutil create -volname "fieldnotes $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG" >/dev/null
echo "$DMG"
