"""What a new user sees in the dialogs: no stray "&" of an unrendered mnemonic, and
export dialogs without empty space where nothing has been chosen yet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
from tests.ui.test_translation_nl import _dialogs

pytestmark = pytest.mark.gui

_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_MNEMONIC = re.compile(r"&\w")  # "Budget & news" is text, "&Dates" a mnemonic


def stray_ampersands(top: QWidget) -> Iterator[str]:
    """Texts that show an "&" the user was not meant to see.

    A label draws its "&" as a mnemonic only when it has a buddy (a form row gives it
    one; a row whose field is a layout does not), and a window title or tooltip never
    does. Group boxes, buttons and tabs always draw it as a mnemonic.
    """
    for label in [top, *top.findChildren(QLabel)]:
        if not isinstance(label, QLabel):
            continue
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        )
        shown = _ENTITY.sub("", text) if rich else text.replace("&&", "")
        if "&" in shown and (rich or label.buddy() is None):
            yield f"label {label.objectName() or text!r}: {text!r}"
    for widget in [top, *top.findChildren(QWidget)]:
        for kind, text in (("title", widget.windowTitle()), ("tooltip", widget.toolTip())):
            if _MNEMONIC.search(_ENTITY.sub("", text.replace("&&", ""))):
                yield f"{type(widget).__name__} {kind}: {text!r}"


def test_the_check_finds_a_label_without_its_field(qapp: object) -> None:
    """It would pass for ever if it could not see the one case it exists for."""
    widget = QWidget()
    form = QFormLayout(widget)
    form.addRow(QLabel("&Dates:", widget))  # a label alone: its "&" is drawn as it is
    form.addRow("&Codes:", QWidget(widget))  # a form row ties the label to its field
    assert list(stray_ampersands(widget)) == ["label '&Dates:': '&Dates:'"]


def test_no_window_or_dialog_shows_a_stray_ampersand(
    example_project: Project, settings: QSettings, qtbot: Any
) -> None:
    hub = ProjectHub(example_project)
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    window.show()
    found = {"main window": list(stray_ampersands(window))}
    window.open_search()
    window.search_panel.filters_button.setChecked(True)
    found["search"] = list(stray_ampersands(window))
    stack = QUndoStack()
    for name, make in _dialogs(hub, stack, window, settings).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found[name] = list(stray_ampersands(dialog))
        dialog.close()
    assert {k: v for k, v in found.items() if v} == {}


def _field_heights(dialog: QWidget) -> tuple[int, int, int, int]:
    from fieldnotes.ui.widgets.code_list_picker import CodeListPicker
    from fieldnotes.ui.widgets.date_range import DateRange

    dates = dialog.findChild(DateRange)
    codes = dialog.findChild(CodeListPicker)
    assert dates is not None and codes is not None
    return (
        dates.height(),
        dates.from_edit.sizeHint().height(),
        codes.height(),
        codes.combo.sizeHint().height(),
    )


def _shows_all_chosen(picker: Any) -> bool:
    chosen = picker.chosen
    return bool(chosen.isVisible() and chosen.height() >= chosen.heightForWidth(picker.width()))


def test_export_dialogs_leave_no_empty_space_under_dates_and_codes(
    window: MainWindow, qtbot: Any
) -> None:
    from fieldnotes.ui.widgets.code_list_picker import CodeListPicker

    for dialog in (window.member_check.export_member_check(), window.exchange.export_qdpx()):
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
        dates, date_edit, codes, combo = _field_heights(dialog)  # type: ignore[arg-type]
        assert dates <= date_edit + 4, dialog
        assert codes <= combo + 4, dialog  # nothing chosen yet: only the combo
        picker = dialog.findChild(CodeListPicker)  # type: ignore[attr-defined]
        picker.set_codes(["cac:15", "t1"])
        qtbot.waitUntil(partial(_shows_all_chosen, picker), timeout=1000)
        dialog.close()  # type: ignore[attr-defined]
