#!/usr/bin/env bash
# Add fieldnotes to your desktop's menu, and let *.fieldnotes files open with it, for you
# alone (nothing outside your home folder changes; no administrator rights needed).
#
#   ./install-desktop.sh                 use the fieldnotes next to this script (an unpacked
#                                        bundle), else the one on PATH (pipx install)
#   ./install-desktop.sh --exec PATH     use that fieldnotes program
#   ./install-desktop.sh --uninstall     remove what an install added
#
# Files go under ${XDG_DATA_HOME:-~/.local/share}: applications/, metainfo/,
# icons/hicolor/scalable/apps/ and mime/packages/.
set -euo pipefail

APP_ID="org.fieldnotes.Fieldnotes"
MIME_TYPE="application/x-fieldnotes"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"

say() { echo "fieldnotes: $*" >&2; }
fail() { say "$*"; exit 1; }

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# The freedesktop files sit in linux/ beside this script: packaging/linux/ in the source
# tree, linux/ in the unpacked bundle. The icon lives in the package's resources in the
# source tree (the app loads it as its window icon) and is copied into linux/ in the bundle.
source_file() {
  local name="$1"
  for candidate in "$HERE/linux/$name" "$HERE/../resources/icons/$name"; do
    [ -f "$candidate" ] && { echo "$candidate"; return 0; }
  done
  fail "cannot find $name next to $HERE"
}

# The Desktop Entry Specification's quoting: an argument with anything but plain characters
# goes in double quotes, with \ " ` $ escaped inside; then the whole value is a string, in
# which a backslash is written twice; a literal % is %%.
exec_value() {
  local path="$1"
  if [[ "$path" =~ ^[A-Za-z0-9_./+-]+$ ]]; then
    printf '%s' "$path"
    return
  fi
  local quoted="${path//\\/\\\\}"
  quoted="${quoted//\"/\\\"}"
  quoted="${quoted//\`/\\\`}"
  quoted="${quoted//\$/\\\$}"
  quoted="${quoted//\\/\\\\}"
  quoted="${quoted//%/%%}"
  printf '"%s"' "$quoted"
}

find_program() {
  local given="$1"
  if [ -n "$given" ]; then
    [ -x "$given" ] && [ ! -d "$given" ] || fail "$given is not a program that can be run"
    (cd "$(dirname "$given")" && echo "$(pwd)/$(basename "$given")")
    return
  fi
  if [ -x "$HERE/fieldnotes" ] && [ ! -d "$HERE/fieldnotes" ]; then
    echo "$HERE/fieldnotes"
    return
  fi
  if command -v fieldnotes >/dev/null 2>&1; then
    command -v fieldnotes
    return
  fi
  fail "no fieldnotes program next to this script or on PATH; name it: $0 --exec /path/to/fieldnotes"
}

refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || say "update-mime-database failed"
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null \
      || say "update-desktop-database failed"
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA_HOME/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
  fi
}

install_files() {
  local program="$1"
  local desktop="$DATA_HOME/applications/$APP_ID.desktop"
  local desktop_source metainfo_source icon_source mime_source
  desktop_source="$(source_file "$APP_ID.desktop")" || exit 1
  metainfo_source="$(source_file "$APP_ID.metainfo.xml")" || exit 1
  icon_source="$(source_file "$APP_ID.svg")" || exit 1
  mime_source="$(source_file "$APP_ID.xml")" || exit 1
  mkdir -p "$DATA_HOME/applications" "$DATA_HOME/metainfo" \
    "$DATA_HOME/icons/hicolor/scalable/apps" "$DATA_HOME/mime/packages"
  # Exec and TryExec name the program found; everything else is the file as shipped.
  local exec_line
  exec_line="$(exec_value "$program")"
  local line
  : > "$desktop.part"
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      Exec=*) printf 'Exec=%s %%f\n' "$exec_line" >> "$desktop.part" ;;
      *) printf '%s\n' "$line" >> "$desktop.part" ;;
    esac
  done < "$desktop_source"
  # TryExec is a plain path (no quoting), a string in which only a backslash is escaped.
  printf 'TryExec=%s\n' "${program//\\/\\\\}" >> "$desktop.part"
  chmod 0644 "$desktop.part"
  mv "$desktop.part" "$desktop"
  install -m 0644 "$metainfo_source" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
  install -m 0644 "$icon_source" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
  install -m 0644 "$mime_source" "$DATA_HOME/mime/packages/$APP_ID.xml"
  refresh_caches
  if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" 2>/dev/null || say "xdg-mime could not make fieldnotes the default for $MIME_TYPE"
  fi
  say "installed for $(id -un): the menu entry runs $program"
}

uninstall_files() {
  rm -f "$DATA_HOME/applications/$APP_ID.desktop" \
    "$DATA_HOME/metainfo/$APP_ID.metainfo.xml" \
    "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "$DATA_HOME/mime/packages/$APP_ID.xml"
  # The default-application line xdg-mime wrote, if any.
  local mimeapps="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
  if [ -f "$mimeapps" ] && grep -q "^$MIME_TYPE=$APP_ID.desktop;*$" "$mimeapps"; then
    sed -i "\\|^$MIME_TYPE=$APP_ID.desktop;*\$|d" "$mimeapps"
  fi
  refresh_caches
  say "removed the menu entry and the file type"
}

main() {
  local program="" uninstall=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --uninstall) uninstall=1 ;;
      --exec) [ $# -ge 2 ] || fail "--exec needs the path of the fieldnotes program"; program="$2"; shift ;;
      --exec=*) program="${1#--exec=}" ;;
      -h|--help) usage; exit 0 ;;
      *) fail "unknown option $1 (see --help)" ;;
    esac
    shift
  done
  if [ "$uninstall" -eq 1 ]; then
    uninstall_files
  else
    # Found before anything is written: a program that cannot run installs nothing.
    local found
    found="$(find_program "$program")" || exit 1
    install_files "$found"
  fi
}

main "$@"
