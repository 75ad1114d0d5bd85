"""Every save and open dialog starts in Documents or the folder last used, never in the
working directory (which, for a program started from its source folder, is its code)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from fieldnotes.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


class Dialogs:
    """Stands in for the file dialogs: records where each one started, then cancels."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[Path] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._ask)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._ask)

    def _ask(self, _parent: object, _title: str, start: str = "", *_a: Any, **_k: Any) -> Any:
        self.started.append(Path(start))
        return self.answer, ""

    def folder(self) -> Path:
        """The folder the last dialog showed (a suggested name's folder, or the folder)."""
        last = self.started[-1]
        return last if last.is_dir() else last.parent


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A Documents folder in the test's home, and a working directory that is not it."""
    folder = Path(os.environ["HOME"]) / "Documents"
    folder.mkdir(exist_ok=True)
    source = tmp_path / "source-folder"
    source.mkdir()
    monkeypatch.chdir(source)
    return folder


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def _click(parent: QWidget, text: str) -> None:
    button = next(b for b in parent.findChildren(QPushButton) if b.text() == text)
    button.click()


def _openers(window: MainWindow, qtbot: Any) -> dict[str, Callable[[], object]]:
    def member_check() -> None:
        dialog = window.member_check.export_member_check()
        qtbot.addWidget(dialog)
        dialog.start()  # type: ignore[attr-defined]

    def codebook(text: str) -> Callable[[], None]:
        def run() -> None:
            dialog = window.codebook.open_codebook()
            qtbot.addWidget(dialog)
            _click(dialog, text)

        return run

    def cac_csv() -> None:
        dialog = window.analysis.open_cac_rounds()
        qtbot.addWidget(dialog)
        _click(dialog, dialog.tr("Import CSV…"))

    def qdpx() -> None:
        dialog = window.exchange.export_qdpx()
        qtbot.addWidget(dialog)  # type: ignore[arg-type]
        dialog.start()  # type: ignore[attr-defined]

    def chart_picture() -> None:
        dialog = window.analysis.open_cac_rounds()
        qtbot.addWidget(dialog)
        dialog.saving.ask_picture()  # type: ignore[attr-defined]

    return {
        "member-check summary": member_check,
        "feedback import": window.member_check.import_feedback,
        "codebook CSV": codebook("Export &CSV…"),
        "CAC wording CSV": codebook("CAC &wording…"),
        "CAC answers CSV": cac_csv,
        "REFI-QDA export": qdpx,
        "codebook export": window.exchange.export_qdc,
        "REFI-QDA import": window.exchange.import_qdpx,
        "codebook import": window.exchange.import_qdc,
        "merge": window.exchange.merge_project,
        "chart picture": chart_picture,
        "save a copy": window.copies.save_copy,
    }


def test_no_file_dialog_starts_in_the_working_directory(
    window: MainWindow, qtbot: Any, dialogs: Dialogs, documents: Path
) -> None:
    started: dict[str, Path] = {}
    for name, open_dialog in _openers(window, qtbot).items():
        open_dialog()
        assert dialogs.started, f"{name}: no file dialog was shown"
        started[name] = dialogs.folder()
        dialogs.started.clear()
    assert started == dict.fromkeys(started, documents)


def test_the_folder_chosen_last_is_where_the_next_dialog_of_its_kind_starts(
    window: MainWindow, qtbot: Any, dialogs: Dialogs, documents: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "member checks"
    elsewhere.mkdir()
    dialogs.answer = str(elsewhere / "kick-off")
    dialog = window.member_check.export_member_check()
    qtbot.addWidget(dialog)
    dialog.start()  # type: ignore[attr-defined]
    assert dialog.target == elsewhere / "kick-off.docx"  # type: ignore[attr-defined]
    dialog.exporter.wait()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)  # type: ignore[attr-defined]
    dialog.close()
    dialogs.answer = ""
    again = window.member_check.export_member_check()
    qtbot.addWidget(again)
    again.start()  # type: ignore[attr-defined]
    assert dialogs.folder() == elsewhere
    window.exchange.export_qdc()  # another kind of file keeps its own folder
    assert dialogs.folder() == documents


def test_a_new_or_opened_project_starts_in_documents(
    dialogs: Dialogs, documents: Path, tmp_path: Path, qtbot: Any
) -> None:
    from fieldnotes.ui.app import AppController

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings)
    assert controller.open(tmp_path / "first.fieldnotes")
    window = controller.window
    assert window is not None
    try:
        window.new_project_requested.emit()
        form = controller.new_study_dialog
        assert form is not None
        form.title.setText("Buurtteam Noord")
        assert form.target().parent == documents / "fieldnotes"
        form.choose_location()  # Change…
        assert dialogs.folder() == documents / "fieldnotes"
        form.reject()
        window.choose_project_requested.emit()
        assert dialogs.folder() == documents
    finally:
        controller.close()


def test_without_documents_the_dialogs_start_at_home(
    window: MainWindow, dialogs: Dialogs, documents: Path
) -> None:
    documents.rmdir()
    window.exchange.export_qdc()
    assert dialogs.folder() == Path(os.environ["HOME"])
    assert not isinstance(window.findChild(QDialog, "exportNotice"), QDialog)
