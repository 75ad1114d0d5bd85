"""The application's icon and desktop identity, so the window manager, the taskbar and the
desktop file (``org.fieldnotes.Fieldnotes.desktop``) agree on what this window is.

The icon is an SVG: drawing it loads Qt's SVG icon engine, so it is set just after the
window's first paint rather than before it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon

from fieldnotes.paths import resource_folder

APP_ID = "org.fieldnotes.Fieldnotes"


def icon_path() -> Path:
    return resource_folder() / "icons" / f"{APP_ID}.svg"


def app_icon() -> QIcon:
    return QIcon(str(icon_path()))


def set_desktop_identity(app: QGuiApplication) -> None:
    """Cheap at start: the desktop file name only (Wayland matches windows to it)."""
    app.setDesktopFileName(APP_ID)


def set_app_icon(app: QGuiApplication) -> None:
    app.setWindowIcon(app_icon())
