"""A read-only project opens for reading: a banner says so, nothing offers to edit, and
"Save a copy as…" is the way on. (Tests run as root, who may write any file, so the
project is opened read-only the way the store does for a file it cannot write.)"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.models.roles import ID_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def read_only_window(
    example_project: Project, settings: QSettings, qtbot: Any
) -> Iterator[MainWindow]:
    path = example_project.path
    example_project.close()
    with Project.open(path, create=False, read_only=True) as project:
        window = MainWindow(ProjectHub(project), settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window


def _action(window: MainWindow, text: str) -> Any:
    return next(a for a in window.actions_.all() if a.text().replace("&", "") == text)


def test_a_banner_says_the_project_is_read_only(read_only_window: MainWindow) -> None:
    banner = read_only_window.banners.read_only_banner
    assert banner.isVisible()
    assert "read-only" in banner.message()
    assert read_only_window.banners.save_banner.isHidden()


def test_a_writable_project_has_no_banner(window: MainWindow) -> None:
    assert window.banners.read_only_banner.isHidden()
    assert window.banners.save_banner.isHidden()


def test_editing_is_switched_off_and_reading_is_not(read_only_window: MainWindow) -> None:
    window = read_only_window
    for text in (
        "New observation",
        "Tag…",
        "Add quote…",
        "Delete observation",
        "New meeting…",
        "Edit meeting…",
        "Participants…",
        "Import member-check feedback…",
    ):
        assert not _action(window, text).isEnabled(), text
    for text in ("Search…", "Export member-check summary…", "Save a copy as…", "Codebook…"):
        assert _action(window, text).isEnabled(), text


def test_the_text_can_be_read_and_selected_but_not_changed(
    read_only_window: MainWindow, qtbot: Any
) -> None:
    window = read_only_window
    observation = window.hub.project.observations.for_meeting(window.current_meeting_id())[0]  # type: ignore[arg-type]
    window.show_observation(observation.id)
    editor = window.editor.text_edit
    assert editor.toPlainText() == observation.text and editor.isReadOnly()
    qtbot.keyClicks(editor, "typed anyway")
    assert editor.toPlainText() == observation.text
    assert window.hub.project.observations.get(observation.id) == observation


def test_the_codebook_shows_tags_without_offering_to_change_them(
    read_only_window: MainWindow,
) -> None:
    window = read_only_window
    observation = next(
        o
        for o in window.hub.project.observations.for_meeting(window.current_meeting_id())  # type: ignore[arg-type]
        if o.codes
    )
    window.show_observation(observation.id)
    model = window.code_model
    flags = [model.flags(model.index(row, 0)) for row in range(model.rowCount())]
    assert all(not flag & Qt.ItemFlag.ItemIsUserCheckable for flag in flags)


def test_searching_works(read_only_window: MainWindow, qtbot: Any) -> None:
    panel = read_only_window.search_panel
    read_only_window.open_search()
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        qtbot.keyClicks(panel.query, "coffee")
    assert panel.model.rowCount() > 0
    assert panel.model.index(0, 0).data(ID_ROLE)


def pretend_read_only_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What a non-root user meets; ``os.access`` stands in for the permissions here."""
    real_access = os.access

    def access(target: object, mode: int, **kwargs: object) -> bool:
        if Path(str(target)) == folder and mode & os.W_OK:
            return False
        return real_access(target, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def test_a_project_in_a_read_only_folder_opens_read_only(
    example_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldnotes.ui.app import open_project

    path = example_project.path
    example_project.close()
    pretend_read_only_folder(monkeypatch, path.parent)
    with open_project(path, seed_example_if_new=False) as project:
        assert project.read_only


def test_save_a_copy_from_the_banner_writes_the_whole_project_and_opens_it(
    read_only_window: MainWindow, chosen_file: Path, qtbot: Any
) -> None:
    window = read_only_window
    project = window.hub.project
    button = next(
        b for b in window.banners.read_only_banner.findChildren(QPushButton) if "copy" in b.text()
    )
    with qtbot.waitSignal(window.copy_saved) as saved:
        button.click()
    assert saved.args == [str(chosen_file)]
    with Project.open(chosen_file, create=False) as copy:
        assert not copy.read_only
        assert copy.snapshot() == project.snapshot()


def test_a_copy_never_replaces_a_file(
    read_only_window: MainWindow, chosen_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    chosen_file.write_text("something precious")
    assert read_only_window.copies.save_copy() is None
    assert chosen_file.read_text() == "something precious"
    assert shown and "already exists" in shown[0]


def test_the_saved_copy_opens_for_editing(
    example_project: Project,
    settings: QSettings,
    chosen_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldnotes.ui.app import AppController

    path = example_project.path
    example_project.close()
    pretend_read_only_folder(monkeypatch, path.parent)
    controller = AppController(settings)
    try:
        assert controller.open(path)
        assert controller.project is not None and controller.project.read_only
        assert controller.window is not None
        controller.window.copies.save_copy()
        assert controller.project.path == chosen_file
        assert not controller.project.read_only
    finally:
        controller.close()


def test_preferences_do_not_offer_to_change_the_project_s_document_language(
    read_only_window: MainWindow, qtbot: Any
) -> None:
    dialog = read_only_window.dialogs.open_preferences()
    qtbot.addWidget(dialog)
    assert not dialog.document_language.isEnabled()  # type: ignore[attr-defined]
    dialog.accept()  # and accepting writes nothing to the read-only file
