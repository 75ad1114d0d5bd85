#!/usr/bin/env bash
# Set up everything fieldnotes needs on a Debian machine: the system libraries Qt loads,
# a Python virtual environment in .venv, and fieldnotes with its test tools.
# Safe to run again: it only installs what is missing. Source it or run it.
set -euo pipefail

FIELDNOTES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FIELDNOTES_VENV:-$FIELDNOTES_ROOT/.venv}"

# Qt offscreen, on X11 (xcb) and on Wayland, fonts, a virtual screen, and LibreOffice for
# rendering and re-saving Word documents in the member-check tests. These system libraries
# are also all the standalone build (packaging/build.sh) expects to find on a desktop.
# The packaging tests use x11-utils (xwininfo), desktop-file-utils, appstream,
# shared-mime-info, xdg-utils (xdg-mime) and pipx.
DEBIAN_PACKAGES=(
  python3 python3-venv
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libglib2.0-0 libdbus-1-3 fonts-dejavu-core
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-cursor0
  libxcb-xkb1 libxcb-sync1 libxcb-shm0 libxcb-util1
  libreoffice-writer-nogui
  x11-utils desktop-file-utils appstream shared-mime-info xdg-utils pipx
)

install_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "fieldnotes setup: please install these Debian packages: ${missing[*]}" >&2
      return 1
    fi
  fi
  echo "fieldnotes setup: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_environment() {
  local python="${PYTHON:-python3}"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "fieldnotes setup: creating $VENV" >&2
    "$python" -m venv "$VENV"
  fi
  # Reinstall only when the dependency list or the pinned versions changed since the last
  # setup. The pins (packaging/constraints.txt) are the versions CI tests with.
  local stamp="$VENV/.fieldnotes-installed"
  local wanted
  wanted="$(cat "$FIELDNOTES_ROOT/pyproject.toml" "$FIELDNOTES_ROOT/packaging/constraints.txt" \
    | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "fieldnotes setup: installing Python packages" >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet \
      -c "$FIELDNOTES_ROOT/packaging/constraints.txt" -e "$FIELDNOTES_ROOT[test]"
    echo "$wanted" > "$stamp"
  fi
}

install_debian_packages
install_python_environment
# The compiled translations (.qm) are build output, never committed: make them here.
bash "$FIELDNOTES_ROOT/packaging/build_translations.sh"
