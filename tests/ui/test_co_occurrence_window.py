"""Code co-occurrence: a cell's count, Enter listing exactly its observations, CAC items
instead of dimensions, and saving the table and its numbers."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldnotes.ui.analysis.co_occurrence_window import CoOccurrenceWindow
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.models.roles import ID_ROLE

pytestmark = pytest.mark.gui
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def dialog(window: MainWindow, qtbot: Any) -> CoOccurrenceWindow:
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CoOccurrenceWindow)]
    assert len(found) == 1 and found[0].isVisible()
    return found[0]


def carrying_all(window: MainWindow, *codes: str) -> set[str]:
    """Observations tagged with each code or one of its sub-codes, read straight from SQL."""
    conn = window.hub.project.conn
    result: set[str] | None = None
    for code in codes:
        rows = conn.execute(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM codes c "
            "JOIN sub ON c.parent_id = sub.id) "
            "SELECT DISTINCT observation_id FROM observation_codes WHERE code_id IN sub",
            (code,),
        )
        ids = {row[0] for row in rows}
        result = ids if result is None else result & ids
    return result or set()


def result_ids(window: MainWindow) -> list[str]:
    model = window.search_panel.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_a_cell_counts_the_observations_carrying_both(
    window: MainWindow, dialog: CoOccurrenceWindow
) -> None:
    model = dialog.model
    relation, collaboration = model.row_of("cac:relation"), model.row_of("t2")
    expected = carrying_all(window, "cac:relation", "t2")  # t2 includes its sub-theme t5
    assert len(expected) == 6
    assert model.count(relation, collaboration) == model.count(collaboration, relation) == 6
    assert model.count(relation, relation) == len(carrying_all(window, "cac:relation"))
    assert model.index(relation, collaboration).data() == 6


def test_enter_on_a_cell_lists_exactly_those_observations(
    window: MainWindow, dialog: CoOccurrenceWindow, qtbot: Any
) -> None:
    model = dialog.model
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(model.index(model.row_of("cac:relation"), model.row_of("t2")))
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=3000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.left_tabs.currentWidget() is window.search_panel
    assert window.search_panel.filter_box.filters().codes == ["cac:relation", "t2"]
    shown = result_ids(window)
    assert len(shown) == len(set(shown)) == 6
    assert set(shown) == carrying_all(window, "cac:relation", "t2")


def test_the_diagonal_lists_one_code(
    window: MainWindow, dialog: CoOccurrenceWindow, qtbot: Any
) -> None:
    row = dialog.model.row_of("t4")
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=3000):
        dialog.table.clicked.emit(dialog.model.index(row, row))
    assert set(result_ids(window)) == carrying_all(window, "t4")


def test_cac_items_can_replace_the_dimensions(
    window: MainWindow, dialog: CoOccurrenceWindow
) -> None:
    model = dialog.model
    assert model.row_of("cac:relation") >= 0 and model.row_of("cac:14") < 0
    dialog.choice.setCurrentIndex(1)
    assert model.row_of("cac:relation") < 0
    item, theme = model.row_of("cac:14"), model.row_of("t4")
    assert item >= 0 and theme >= 0
    assert model.count(item, theme) == len(carrying_all(window, "cac:14", "t4"))


def test_saving_the_table_and_its_numbers(dialog: CoOccurrenceWindow, tmp_path: Path) -> None:
    assert dialog.saving.write_picture(tmp_path / "c.png")
    assert dialog.saving.write_picture(tmp_path / "c.svg")
    assert dialog.saving.write_numbers(tmp_path / "c.csv")
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "c.svg").read_bytes()
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle))
    model = dialog.model
    assert len(saved) == model.rowCount() + 1 and len(saved[0]) == model.columnCount() + 1
    relation, collaboration = model.row_of("cac:relation"), model.row_of("t2")
    assert saved[relation + 1][0] == "CAC Relation dimension"
    assert saved[relation + 1][collaboration + 1] == "6"


def test_the_count_follows_a_new_tag(window: MainWindow, dialog: CoOccurrenceWindow) -> None:
    model = dialog.model
    before = model.count(model.row_of("cac:general"), model.row_of("t4"))
    observation = next(iter(carrying_all(window, "t4") - carrying_all(window, "cac:general")))
    window.hub.project.observations.set_codes(
        observation, [*window.hub.project.observations.get(observation).codes, "cac:general"]
    )
    window.hub.codes_changed.emit()
    assert model.count(model.row_of("cac:general"), model.row_of("t4")) == before + 1


def test_the_analysis_menu_offers_both_windows_with_their_keys(window: MainWindow) -> None:
    keys = {
        action.text().replace("&", ""): action.shortcut().toString()
        for action in window.actions_.all()
    }
    assert keys["Study timeline…"] == "Ctrl+Shift+Y"
    assert keys["Code co-occurrence…"] == "Ctrl+Shift+O"


def test_a_closed_window_recounts_when_shown_again(
    window: MainWindow, dialog: CoOccurrenceWindow
) -> None:
    model = dialog.model
    before = model.count(model.row_of("cac:general"), model.row_of("t4"))
    dialog.close()
    observation = next(iter(carrying_all(window, "t4") - carrying_all(window, "cac:general")))
    codes = window.hub.project.observations.get(observation).codes
    window.hub.project.observations.set_codes(observation, [*codes, "cac:general"])
    window.hub.observation_changed.emit(observation)
    dialog.freshness.changed_now()  # as the pause after typing would
    assert dialog.freshness.stale  # hidden: not recounted yet
    assert model.count(model.row_of("cac:general"), model.row_of("t4")) == before
    again = window.analysis.open_co_occurrence()
    assert again is dialog and again.isVisible()
    assert model.count(model.row_of("cac:general"), model.row_of("t4")) == before + 1
