"""The codebook window: drag to nest, edit, merge, delete, undo; counts and the matrix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from fieldnotes.ui.codebook.dialog import CodebookDialog
from fieldnotes.ui.codebook.matrix import CodeMeetingMatrixModel
from fieldnotes.ui.codebook.model import CodebookModel
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.models.roles import ID_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def codebook(window: MainWindow, qtbot: Any) -> CodebookDialog:
    dialog = window.codebook.open_codebook()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CodebookDialog)
    return dialog


def test_models_pass_the_model_tester(qtmodeltester: Any, hub: ProjectHub) -> None:
    qtmodeltester.check(CodebookModel(hub))
    qtmodeltester.check(CodeMeetingMatrixModel(hub))


def test_counts_include_children_once(hub: ProjectHub) -> None:
    model = CodebookModel(hub)
    grouped = hub.project.observations.all_grouped().values()
    relation = {f"cac:{n}" for n in range(14, 19)} | {"cac:relation"}
    expected = sum(1 for items in grouped for o in items if relation & set(o.codes))
    assert model.index_of("cac:relation", 1).data() == expected


def test_drag_a_theme_onto_another_nests_it_with_undo(
    codebook: CodebookDialog, window: MainWindow
) -> None:
    model = codebook.model
    mime = model.mimeData([model.index_of("t4")])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of("t1"))
    assert not model.canDropMimeData(
        mime, Qt.DropAction.MoveAction, -1, -1, model.index_of("cac:relation")
    )
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of("t1"))
    assert window.hub.project.codes.get("t4").parent == "t1"  # type: ignore[union-attr]
    assert model.index_of("t4").parent().data(ID_ROLE) == "t1"
    model.dropMimeData(
        model.mimeData([model.index_of("t4")]), Qt.DropAction.MoveAction, -1, -1, QModelIndex()
    )
    assert window.hub.project.codes.get("t4").parent is None  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert window.hub.project.codes.get("t4").parent == "t1"  # type: ignore[union-attr]


def test_nesting_a_theme_inside_its_own_child_is_refused(
    codebook: CodebookDialog, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert not codebook.move_theme("t2", "t5")  # t5 is t2's sub-theme
    assert warnings and window.hub.project.codes.get("t2").parent is None  # type: ignore[union-attr]


def test_edit_form_renames_describes_and_keeps_a_memo(
    codebook: CodebookDialog, window: MainWindow
) -> None:
    codebook.select("t3")
    codebook.name.setText("Practice stories")
    codebook.description.setPlainText("What members tell about their daily work")
    codebook.origin.setCurrentIndex(codebook.origin.findData("emergent"))
    codebook.memo.setPlainText("Often told after the formal agenda.")
    codebook.apply_form()
    code = window.hub.project.codes.get("t3")
    assert code is not None
    assert (code.name, code.origin) == ("Practice stories", "emergent")
    assert window.hub.project.memos.about("t3").text == "Often told after the formal agenda."  # type: ignore[union-attr]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.hub.project.codes.get("t3").name == "Experiences in practice"  # type: ignore[union-attr]
    assert window.hub.project.memos.about("t3") is None


def test_merge_and_delete_with_undo(codebook: CodebookDialog, window: MainWindow) -> None:
    project = window.hub.project
    tagged = {
        o.id
        for items in project.observations.all_grouped().values()
        for o in items
        if "t4" in o.codes
    }
    assert codebook.merge("t4", "t1")
    assert project.codes.get("t4") is None
    now_t1 = {
        o.id
        for items in project.observations.all_grouped().values()
        for o in items
        if "t1" in o.codes
    }
    assert tagged <= now_t1
    codebook.delete("t1")
    assert all(
        "t1" not in o.codes for items in project.observations.all_grouped().values() for o in items
    )
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert project.codes.get("t4") is not None
    assert {
        o.id
        for items in project.observations.all_grouped().values()
        for o in items
        if "t4" in o.codes
    } == tagged


def test_new_theme_and_sub_theme(codebook: CodebookDialog, window: MainWindow) -> None:
    theme = codebook.new_theme(None, "Neighbourhood pride")
    sub = codebook.new_theme(theme, "Street parties")
    assert window.hub.project.codes.get(sub).parent == theme  # type: ignore[arg-type, union-attr]


def test_csv_export(hub: ProjectHub, tmp_path: Path) -> None:
    import csv

    from fieldnotes.export.codebook_csv import export_codebook_csv

    path = tmp_path / "codebook.csv"
    export_codebook_csv(hub.project, path)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 32 + 5
    relation = next(r for r in rows if r["id"] == "cac:relation")
    assert relation["kind"] == "CAC dimension" and int(relation["observations"]) > 0
    assert next(r for r in rows if r["id"] == "t5")["parent"] == "t2"


def test_matrix_cell_lists_its_observations(window: MainWindow, qtbot: Any) -> None:
    dialog = window.codebook.open_matrix()
    qtbot.addWidget(dialog)
    model = dialog.model  # type: ignore[attr-defined]
    row = next(
        r
        for r in range(model.rowCount())
        if model.headerData(r, Qt.Orientation.Vertical).strip() == "Trust"
    )
    column = next(c for c in range(model.columnCount()) if model.count(row, c))
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=3000):
        dialog.table.clicked.emit(model.index(row, column))  # type: ignore[attr-defined]
    panel = window.search_panel
    assert panel.model.rowCount() == model.count(row, column)
    assert panel.filter_box.filters().codes == ["t4"]


def test_counts_follow_tagging_once_edits_pause(hub: ProjectHub, qtbot: Any) -> None:
    model = CodebookModel(hub)
    before = model.index_of("t3", 1).data()
    observation = next(o for o in hub.project.observations.for_meeting("m1") if "t3" not in o.codes)
    hub.project.observations.set_codes(observation.id, [*observation.codes, "t3"])
    hub.observation_changed.emit(observation.id)
    assert model.index_of("t3", 1).data() == before  # not on every autosave ...
    qtbot.waitUntil(
        lambda: model.index_of("t3", 1).data() == before + 1, timeout=3000
    )  # ... but soon


def test_the_teams_cac_wording_is_loaded_from_csv_and_undone(
    codebook: CodebookDialog, window: MainWindow, tmp_path: Path
) -> None:
    hub = window.hub
    path = tmp_path / "wording.csv"
    path.write_text("item,text\n14,De partners werken echt samen\n", encoding="utf-8")
    shipped = hub.code_lookup()["cac:14"].name

    assert codebook.load_wording(path, hub.language)
    assert hub.code_lookup()["cac:14"].name == "De partners werken echt samen"
    assert hub.framework().item(14).text == "De partners werken echt samen"

    window.undo_stack.undo()
    assert hub.code_lookup()["cac:14"].name == shipped


def test_bad_cac_wording_names_the_line_and_changes_nothing(
    codebook: CodebookDialog, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "wording.csv"
    path.write_text("item,text\n14,Goed\n27,Bestaat niet\n", encoding="utf-8")
    before = window.undo_stack.count()

    assert not codebook.load_wording(path, "en")
    assert "line 3" in shown[0]
    assert window.undo_stack.count() == before
    assert window.hub.project.cac_wording.get("en") == {}
