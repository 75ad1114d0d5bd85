"""The window's shortcuts work while the cursor is in the search box or another field.

On Linux a line edit claims Ctrl+E (end of line), Ctrl+K and Ctrl+U before the window's
shortcuts see them. The offscreen platform of the test run has no such bindings, so
``platform_bindings`` gives the fields what Linux gives them: a filter that claims those
keys as the line edit itself does. Run under X11 (``QT_QPA_PLATFORM=xcb`` with Xvfb),
the real bindings are there as well.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.member_check.export_dialog import MemberCheckDialog

pytestmark = pytest.mark.gui

_LINUX_LINE_KEYS = {Qt.Key.Key_E, Qt.Key.Key_K, Qt.Key.Key_U}


class LinuxLineBindings(QObject):
    """Claims Ctrl+E/K/U in a field, as QLineEdit does with the X11 key bindings."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in _LINUX_LINE_KEYS
        ):
            event.accept()
        return False


@pytest.fixture
def platform_bindings(qapp: QApplication) -> LinuxLineBindings:
    return LinuxLineBindings()


def _focus_search(window: MainWindow, qtbot: Any, bindings: LinuxLineBindings) -> QLineEdit:
    window.open_search()
    query = window.search_panel.query
    qtbot.waitUntil(query.hasFocus)
    query.installEventFilter(bindings)  # after the window's: runs first, as the field would
    return query


def _member_check_dialogs(window: MainWindow) -> list[QDialog]:
    return [d for d in window.findChildren(MemberCheckDialog) if d.isVisible()]


def test_ctrl_e_in_the_search_box_opens_the_member_check_export(
    window: MainWindow, qtbot: Any, platform_bindings: LinuxLineBindings
) -> None:
    query = _focus_search(window, qtbot, platform_bindings)
    qtbot.keyClicks(query, "trust")
    qtbot.keyClick(query, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_member_check_dialogs(window)))
    for dialog in _member_check_dialogs(window):
        dialog.close()
    assert query.text() == "trust"


def test_typing_and_editing_keys_stay_with_the_search_box(
    window: MainWindow, qtbot: Any, platform_bindings: LinuxLineBindings
) -> None:
    query = _focus_search(window, qtbot, platform_bindings)
    qtbot.keyClicks(query, "open meeting")
    qtbot.keyClick(query, Qt.Key.Key_Home)
    qtbot.keyClick(query, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(query, "E")
    qtbot.keyClick(query, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    qtbot.keyClick(query, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(query, Qt.Key.Key_End)
    qtbot.keyClick(query, Qt.Key.Key_Backspace)
    assert query.text() in {"openE meetin", "open Emeetin"}  # the word move is the style's
    assert QApplication.clipboard().text().startswith("open")
    qtbot.keyClick(query, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # no shortcut
    assert not _member_check_dialogs(window)


def test_window_shortcuts_work_from_every_field_of_the_search_panel(
    window: MainWindow, qtbot: Any
) -> None:
    """Ctrl+F from a date or a combo in the filters comes back to the search box."""
    from fieldnotes.ui.widgets.date_range import DateRange

    window.open_search()
    panel = window.search_panel
    panel.filters_button.setChecked(True)
    dates = panel.findChild(DateRange)
    assert dates is not None
    dates.from_edit.setFocus()
    qtbot.waitUntil(dates.from_edit.hasFocus)
    qtbot.keyClick(dates.from_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.query.hasFocus)
