"""The window's shortcuts keep working while the cursor is in a text field.

A line edit asks for some Ctrl keys before the window's shortcuts see them (Qt's
``ShortcutOverride``): on Linux, Ctrl+E moves to the end of the line, Ctrl+K deletes to
it, Ctrl+U clears it. Typing "trust" in the search box and pressing Ctrl+E then silently
did nothing. ``ShortcutsFirst`` lets a window shortcut win over such bindings, while the
keys people really edit with (typing, arrows, Home/End, Backspace/Delete, copy, cut,
paste, undo, redo, select all) stay with the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_EDITING_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Insert,
    }
)
_EDITING_SEQUENCES = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
)
FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox)  # what may take the window's Ctrl keys


def keeps_for_editing(event: QKeyEvent) -> bool:
    """True for the keys a text field must keep: typing, moving, deleting, clipboard."""
    if not event.modifiers() & _COMMAND_MODIFIERS:
        return True
    if event.key() in _EDITING_KEYS:
        return True
    return any(event.matches(standard) for standard in _EDITING_SEQUENCES)


class ShortcutsFirst(QObject):
    """Watches the focus in ``window``; each text field that gets it gets this filter."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, FIELDS) and new.window() is self._window:
            new.installEventFilter(self)  # a second install only moves it to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if keeps_for_editing(event) or not self._is_window_shortcut(event):
            return False
        event.ignore()  # not the field's: the shortcut map goes on to the window's action
        return True

    def _is_window_shortcut(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        for action in self._window.findChildren(QAction):
            if action.isEnabled() and any(
                keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                for keys in action.shortcuts()
            ):
                return True
        return False
