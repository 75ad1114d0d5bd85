"""The codebook window: browse the CAC tree and themes, edit, nest, merge, delete, export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.domain.models import THEME_ORIGINS, Code, new_id
from fieldnotes.errors import FieldnotesError
from fieldnotes.store.codes_repo import CodeTreeError
from fieldnotes.ui.codebook.model import CodebookModel
from fieldnotes.ui.commands.codebook import (
    DeleteTheme,
    MergeTheme,
    ReplaceCacWording,
    SetMemo,
    UpdateTheme,
)
from fieldnotes.ui.commands.project_items import AddTheme
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.file_places import ask_open_path, ask_save_path
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import language_names
from fieldnotes.ui.labels import label
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.widgets.code_text import install_code_text
from fieldnotes.ui.widgets.export_notice import announce_export


class CodebookDialog(QDialog):
    show_code_requested = Signal(str)
    matrix_requested = Signal()

    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        parent: QWidget | None,
        settings: QSettings,  # never the user's global settings by default (tests, copies)
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Codebook"))
        self._hub = hub
        self._stack = stack
        self._settings = settings
        self.model = CodebookModel(hub, self)
        self.model.move_requested.connect(self.move_theme)
        self.tree = QTreeView(self)
        self.tree.setObjectName("codebookTree")
        self.tree.setAccessibleName(self.tr("Codebook"))
        self.tree.setModel(self.model)
        install_code_text(self.tree, max_lines=3)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self.tree.doubleClicked.connect(self._show_observations)
        self.model.modelReset.connect(self._after_reset)

        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.origin = QComboBox(self)
        self.origin.addItem(self.tr("not set"), None)
        for origin in THEME_ORIGINS:
            self.origin.addItem(label(origin), origin)
        self.color = QPushButton(self.tr("Colour…"), self)
        self.color.clicked.connect(self._choose_color)
        self.memo = QPlainTextEdit(self)
        self.memo.setObjectName("codeMemo")
        self.memo.setAccessibleName(self.tr("Memo about this code"))
        self.memo.setTabChangesFocus(True)
        self.memo.setPlaceholderText(self.tr("Analytic memo about this code"))
        apply = QPushButton(self.tr("&Apply changes"), self)
        apply.clicked.connect(self.apply_form)
        self.locked_note = QLabel(
            self.tr("The CAC framework is built in and cannot be changed."), self
        )
        self.locked_note.setWordWrap(True)
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Origin:"), self.origin)
        form.addRow(self.tr("Colour:"), self.color)
        form.addRow(self.tr("&Memo:"), self.memo)
        form.addRow("", apply)
        form.addRow("", self.locked_note)
        self._form_fields = (self.name, self.description, self.origin, self.color)

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("New &theme"), lambda: self.new_theme(None)),
            (self.tr("New &sub-theme"), self._new_sub_theme),
            (self.tr("&Merge into…"), self._merge_current),
            (self.tr("De&lete"), self._delete_current),
            (self.tr("Export &CSV…"), self._export_csv),
            (self.tr("CAC &wording…"), self._load_wording),
            (self.tr("Code × meeting &matrix"), self.matrix_requested.emit),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(form_widget)
        splitter.setSizes([560, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "Drag a theme onto another to nest it, or onto empty space to make it "
                "top-level. Double-click a code to list its observations."
            ),
            self,
        )
        hint.setEnabled(False)
        layout.addWidget(hint)
        self.resize(1000, 640)
        self._after_reset()

    # -- current code ----------------------------------------------------------------

    def current_code(self) -> Code | None:
        return self.tree.currentIndex().data(OBJECT_ROLE)

    def select(self, code_id: str) -> None:
        index = self.model.index_of(code_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _after_reset(self) -> None:
        self.tree.expandToDepth(0)
        self._show_current(self.tree.currentIndex(), QModelIndex())

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code: Code | None = current.data(OBJECT_ROLE) if current.isValid() else None
        editable = code is not None and not code.locked
        for widget in self._form_fields:
            widget.setEnabled(editable)
        self.memo.setEnabled(code is not None)
        self.locked_note.setVisible(code is not None and code.locked)
        self.name.setText(code.name if code else "")
        self.description.setPlainText(code.description if code else "")
        self.origin.setCurrentIndex(
            max(0, self.origin.findData(code.origin)) if code and code.origin else 0
        )
        memo = self._hub.project.memos.about(code.id) if code else None
        self.memo.setPlainText(memo.text if memo else "")
        self._pending_color = code.color if code else None

    def _show_observations(self, index: QModelIndex) -> None:
        code_id = index.data(ID_ROLE)
        if code_id:
            self.show_code_requested.emit(code_id)

    # -- edits -------------------------------------------------------------------------

    def _choose_color(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self._pending_color or "#6a6f9a"), self, self.tr("Theme colour")
        )
        if chosen.isValid():
            self._pending_color = chosen.name()
            self.apply_form()

    def apply_form(self) -> None:
        code = self.current_code()
        if code is None:
            return
        memo = self._hub.project.memos.about(code.id)
        old_memo = memo.text if memo else ""
        if self.memo.toPlainText() != old_memo:
            self._stack.push(SetMemo(self._hub, code.id, old_memo, self.memo.toPlainText()))
        if code.locked:
            return
        new = replace(
            code,
            name=self.name.text().strip() or code.name,
            description=self.description.toPlainText().strip(),
            origin=self.origin.currentData(),
            color=self._pending_color,
        )
        if new != code:
            self._stack.push(UpdateTheme(self._hub, code, new))
            self.select(code.id)

    def new_theme(self, parent: str | None, name: str | None = None) -> str | None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Name:"))
            if not ok:
                return None
        if not name.strip():
            return None
        code = Code(new_id(), name.strip(), parent, "", None, False, "top-down")
        self._stack.push(AddTheme(self._hub, code))
        self.select(code.id)
        return code.id

    def _new_sub_theme(self) -> None:
        code = self.current_code()
        if code is not None and not code.locked:
            self.new_theme(code.id)

    def move_theme(self, code_id: str, new_parent: str | None) -> bool:
        code = self._hub.project.codes.get(code_id)
        if code is None or code.locked or code.parent == new_parent:
            return False
        try:
            self._stack.push(
                UpdateTheme(
                    self._hub, code, replace(code, parent=new_parent), self.tr("Nest theme")
                )
            )
        except CodeTreeError as exc:
            QMessageBox.warning(self, self.tr("Codebook"), error_text(exc))
            return False
        self.select(code_id)
        return True

    def merge(self, source: str, target: str) -> bool:
        try:
            self._hub.project.codes.check_merge(source, target)
        except CodeTreeError as exc:
            QMessageBox.warning(self, self.tr("Codebook"), error_text(exc))
            return False
        self._stack.push(MergeTheme(self._hub, source, target))
        self.select(target)
        return True

    def _merge_current(self) -> None:
        code = self.current_code()
        if code is None or code.locked:
            return
        others = [c for c in self._hub.project.codes.themes() if c.id != code.id]
        if not others:
            return
        names = [c.name for c in others]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Merge theme"),
            self.tr("Merge “{name}” into (its observations are retagged):").format(name=code.name),
            names,
            0,
            False,
        )
        if ok:
            self.merge(code.id, others[names.index(chosen)].id)

    def delete(self, code_id: str) -> None:
        self._stack.push(DeleteTheme(self._hub, code_id))

    def _delete_current(self) -> None:
        code = self.current_code()
        if code is None or code.locked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete theme"),
            self.tr(
                "Delete “{name}”? Observations keep their other tags; sub-themes move up. "
                "You can undo this with Ctrl+Z."
            ).format(name=code.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(code.id)

    def load_wording(self, path: Path, language: str) -> bool:
        """Use the team's own CAC wording from ``path`` for ``language`` (undoable)."""
        from fieldnotes.imports.cac_wording_csv import read_wording_csv

        try:
            wording = read_wording_csv(path)
        except FieldnotesError as exc:
            QMessageBox.critical(self, self.tr("CAC wording"), error_text(exc))
            return False
        self._stack.push(ReplaceCacWording(self._hub, language, wording))
        return True

    def _load_wording(self) -> None:
        path = ask_open_path(
            self,
            self._settings,
            "codebook",
            self.tr("Load the team's CAC wording (columns item, text)"),
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        languages = language_names()
        current = self._hub.project.settings.document_language or self._hub.language
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("CAC wording"),
            self.tr("This wording is in:"),
            list(languages.values()),
            list(languages).index(current) if current in languages else 0,
            False,
        )
        if ok:
            language = next(code for code, text in languages.items() if text == chosen)
            self.load_wording(path, language)

    def _export_csv(self) -> None:
        path = ask_save_path(
            self,
            self._settings,
            "codebook",
            self.tr("Export codebook"),
            "codebook.csv",
            self.tr("CSV files (*.csv)"),
            [".csv"],
        )
        if path is None:
            return
        from fieldnotes.export.codebook_csv import export_codebook_csv

        try:
            export_codebook_csv(self._hub.project, path)
        except FieldnotesError as exc:
            QMessageBox.critical(self, self.tr("Export codebook"), error_text(exc))
            return
        announce_export(self, path, self.tr("The codebook as a table (CSV)."))
