"""Choosing several codes: a combo to add one, the chosen ones listed with ✕ to remove."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fieldnotes.domain.code_search import code_label
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.widgets.code_text import code_tooltip

POPUP_MAX_WIDTH = 640


class CodeListPicker(QWidget):
    changed = Signal()

    def __init__(self, hub: ProjectHub, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._prefix = prefix
        self._codes: list[str] = []
        self.combo = QComboBox(self)
        self.combo.setObjectName("codePickerAdd")
        self.combo.setAccessibleName(self.tr("Add a code"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(6)
        self.combo.activated.connect(self._on_add)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.chosen.linkActivated.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.chosen)
        # As high as the combo and the chosen codes, never more: no empty band in a form.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.reload()
        hub.codes_changed.connect(self.reload)

    def reload(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("+ add a code…"), None)
        for code in self._hub.project.codes.all():
            self.combo.addItem(code_label(code), code.id)
            self.combo.setItemData(
                self.combo.count() - 1, code_tooltip(code), Qt.ItemDataRole.ToolTipRole
            )
        # The list opens wider than the combo: the words that tell items apart show.
        view = self.combo.view()
        view.setMinimumWidth(min(POPUP_MAX_WIDTH, view.sizeHintForColumn(0) + 24))
        self.combo.blockSignals(False)
        self.set_codes(self._codes, notify=False)

    def codes(self) -> list[str]:
        return list(self._codes)

    def set_codes(self, codes: list[str], *, notify: bool = False) -> None:
        self._codes = [c for c in codes if c in self._hub.code_lookup()]
        self._show()
        if notify:
            self.changed.emit()

    def add(self, code_id: str) -> None:
        if code_id not in self._codes:
            self._codes.append(code_id)
            self._show()
            self.changed.emit()

    def remove(self, code_id: str) -> None:
        if code_id in self._codes:
            self._codes.remove(code_id)
            self._show()
            self.changed.emit()

    def _on_add(self, index: int) -> None:
        code_id = self.combo.itemData(index)
        self.combo.setCurrentIndex(0)
        if code_id:
            self.add(code_id)

    def _show(self) -> None:
        lookup = self._hub.code_lookup()
        parts = [
            f'{escape(code_label(lookup[c]))} <a href="{escape(c)}">✕</a>'
            for c in self._codes
            if c in lookup
        ]
        self.chosen.setText(self._prefix + " · ".join(parts) if parts else "")
        self.chosen.setVisible(bool(parts))
