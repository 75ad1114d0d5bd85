"""The File menu's exchange actions, driven as a user would: export, import, merge, undo."""

from __future__ import annotations

import shutil
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from fieldnotes.errors import Cancelled
from fieldnotes.store import Project
from fieldnotes.ui.exchange.task import BackgroundTask
from fieldnotes.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _idle(window: MainWindow, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not window.exchange.task.running, timeout=20_000)


def test_a_qdpx_export_writes_the_file_and_says_where(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    target = tmp_path / "out" / "study.qdpx"
    target.parent.mkdir()
    dialog = window.exchange.export_qdpx()
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as said:
        dialog.start(target)
    with zipfile.ZipFile(target) as archive:
        assert "project.qde" in archive.namelist()
    assert str(target) in said.args[0]
    assert str(target) in window.statusBar().currentMessage()


def test_a_codebook_export_and_import_come_back_with_undo(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    project = window.hub.project
    target = tmp_path / "team.qdc"
    window.exchange.export_qdc(target)
    _idle(window, qtbot)
    assert target.exists()
    theme = next(c for c in project.codes.themes())
    project.codes.delete_theme(theme.id)
    window.hub.codes_changed.emit()

    window.exchange.import_qdc(target)
    _idle(window, qtbot)
    assert project.codes.get(theme.id) is not None or any(
        c.name == theme.name for c in project.codes.themes()
    )
    names_after = {c.name for c in project.codes.themes()}
    window.undo_stack.undo()
    assert theme.name not in {c.name for c in project.codes.themes()}
    window.undo_stack.redo()
    assert {c.name for c in project.codes.themes()} == names_after


def test_a_bad_archive_is_refused_in_one_line_and_changes_nothing(
    window: MainWindow, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    bad = tmp_path / "not-a-zip.qdpx"
    bad.write_text("hello", encoding="utf-8")
    before = window.hub.project.snapshot()
    window.exchange.import_qdpx(bad)
    _idle(window, qtbot)
    qtbot.waitUntil(lambda: bool(shown))
    assert len(shown) == 1 and "\n" not in shown[0]
    assert window.hub.project.snapshot() == before
    assert not window.undo_stack.canUndo()


def test_merging_a_colleagues_copy_previews_merges_and_undoes(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    project = window.hub.project
    colleague = tmp_path / "colleague.fieldnotes"
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the file to copy
    shutil.copy(project.path, colleague)
    first = next(iter(project.observations.all_grouped().values()))[0]
    with Project.open(colleague, create=False) as theirs:
        theirs.settings.researcher = "Bram"
        theirs.observations.update_text(first.id, "Changed in the colleague's copy")

    dialog = window.exchange.merge_project(colleague)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.counts.rowCount() > 0
    assert dialog.report.totals["updated"] == 1
    assert dialog.report.totals["conflicts"] == 0
    assert project.observations.get(first.id).text == first.text  # a preview changes nothing

    with qtbot.waitSignal(dialog.merged, timeout=20_000):
        dialog.merge()
    assert project.observations.get(first.id).text == "Changed in the colleague's copy"
    window.undo_stack.undo()
    assert project.observations.get(first.id).text == first.text
    window.undo_stack.redo()
    assert project.observations.get(first.id).text == "Changed in the colleague's copy"


def test_a_cancelled_task_says_cancelled_not_failed(project: Project, qtbot: Any) -> None:
    task = BackgroundTask(project, "test")
    started = threading.Event()

    def step(_project: Project, _progress: Any, cancelled: Any) -> None:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled("Cancelled; nothing was written.")

    failed: list[str] = []
    task.failed.connect(failed.append)
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        task.start(step, writes=False)
        started.wait(5)
        task.cancel()
    assert not failed
    task.wait()


def test_file_dialogs_open_in_the_folder_last_used(tmp_path: Path) -> None:
    from fieldnotes.ui.file_places import remember_folder, start_folder

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert start_folder(settings, "refi") != Path.cwd() or Path.cwd() == Path.home()
    remember_folder(settings, "refi", tmp_path / "x.qdpx")
    assert start_folder(settings, "refi") == tmp_path


def test_a_conflict_is_compared_side_by_side_and_resolved_with_undo(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    from fieldnotes.store.sync import merge_projects

    project = window.hub.project
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    colleague = tmp_path / "colleague.fieldnotes"
    shutil.copy(project.path, colleague)
    first = next(iter(project.observations.all_grouped().values()))[0]
    with Project.open(colleague, create=False) as theirs:
        theirs.settings.researcher = "Bram Jansen"
        theirs.observations.update_text(first.id, "Their wording")
    project.observations.update_text(first.id, "Our wording")
    assert merge_projects(project, colleague).totals["conflicts"] == 1

    dialog = window.exchange.review_conflicts()
    assert dialog.model.rowCount() == 1
    assert "Bram Jansen" in dialog.model.index(0, 2).data()
    rows = {field: (ours, theirs) for field, ours, theirs in dialog.comparison.rows}
    assert ("Our wording", "Their wording") in rows.values()

    dialog.resolve("theirs")
    assert project.observations.get(first.id).text == "Their wording"
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    window.undo_stack.undo()
    assert project.observations.get(first.id).text == "Our wording"
    assert len(project.conflicts.all()) == 1


def test_search_can_show_one_researchers_material(window: MainWindow) -> None:
    from fieldnotes.domain.models import Observation, new_id

    project = window.hub.project
    meeting = project.meetings.all()[0]
    project.settings.researcher = "Anna de Vries"
    project.observations.add(Observation(id=new_id(), meeting=meeting.id, text="Anna's note"))
    window.hub.observations_changed.emit(meeting.id)
    assert "Anna de Vries" in window.hub.researchers()
    from fieldnotes.domain.search import SearchFilters

    hits = project.search.search("", SearchFilters(researcher="Anna de Vries"))
    assert [h.observation for h in hits] and all(
        project.observations.get(h.observation).created_by == "Anna de Vries" for h in hits
    )
