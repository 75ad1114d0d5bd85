"""Collecting every string a user can see (or a screen reader can read) in a widget tree.

Used by the translation tests: whatever this finds in the Dutch interface must not be an
English source text of the app.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROWS_READ = 40  # enough to see every fixed label a model shows (placeholders, "(none)")


def plain(text: str) -> str:
    """Text as read: rich text flattened, mnemonic ampersands removed."""
    if QtGui.Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the window and every widget in it that is shown."""
    yield from _widget_texts(top)
    for widget in top.findChildren(QWidget):
        if widget.isVisibleTo(top) or isinstance(widget, QMenu):
            yield from _widget_texts(widget)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            yield from _action_texts(action)
        yield "status bar", top.statusBar().currentMessage()
    for action in top.actions():
        yield from _action_texts(action)


def _widget_texts(w: QWidget) -> Iterator[tuple[str, str]]:
    name = f"{type(w).__name__}({w.objectName()})"
    if w.isWindow():
        yield f"{name} title", w.windowTitle()
    yield f"{name} tooltip", w.toolTip()
    yield f"{name} accessible name", w.accessibleName()
    yield f"{name} status tip", w.statusTip()
    if isinstance(w, (QLabel, QAbstractButton)):
        yield name, w.text()
    elif isinstance(w, QGroupBox):
        yield name, w.title()
    elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield f"{name} placeholder", w.placeholderText()
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"{name} item", w.itemText(i)
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield f"{name} tab", w.tabText(i)
            yield f"{name} tab tooltip", w.tabToolTip(i)
    elif isinstance(w, QAbstractSpinBox):
        yield f"{name} special value", w.specialValueText()
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        yield from _model_texts(name, w.model())


def _model_texts(name: str, model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for orientation, count in (
        (Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
        (Qt.Orientation.Vertical, min(model.rowCount(QModelIndex()), ROWS_READ)),
    ):
        for section in range(count):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{name} header", value
    yield from _rows(name, model, QModelIndex(), depth=0)


def _rows(
    name: str, model: QAbstractItemModel, parent: QModelIndex, depth: int
) -> Iterator[tuple[str, str]]:
    for row in range(min(model.rowCount(parent), ROWS_READ)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{name} cell", value
        if depth < 2:
            yield from _rows(name, model, model.index(row, 0, parent), depth + 1)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # A list model's columnCount is private in the bindings; it always has one.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    yield "action", action.text()
    yield "action tooltip", action.toolTip() if action.toolTip() != action.text() else ""
    menu = action.menu()
    if isinstance(menu, QMenu):
        menu.aboutToShow.emit()  # menus filled on demand (Open recent)
        for child in menu.actions():
            yield from _action_texts(child)
