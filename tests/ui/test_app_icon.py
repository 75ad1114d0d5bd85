"""The window icon is the same SVG the desktop file names, and it draws."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from fieldnotes.ui.app_icon import APP_ID, app_icon, icon_path, set_app_icon, set_desktop_identity

pytestmark = pytest.mark.gui


def test_the_icon_is_the_packaged_svg_and_draws_at_menu_and_title_bar_sizes(qapp: Any) -> None:
    assert icon_path().name == f"{APP_ID}.svg" and icon_path().is_file()
    icon = app_icon()
    for size in (16, 32, 48, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size))
        assert opaque > size * size // 4  # a drawing, not an empty square


def test_the_app_names_its_desktop_file_and_carries_the_icon(qapp: QApplication) -> None:
    before = qapp.desktopFileName(), qapp.windowIcon()
    try:
        set_desktop_identity(qapp)
        set_app_icon(qapp)
        assert qapp.desktopFileName() == APP_ID
        assert not qapp.windowIcon().isNull()
    finally:
        qapp.setDesktopFileName(before[0])
        qapp.setWindowIcon(before[1])
