"""The Actions window: every action across meetings, filters, keyboard status changes, saving."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldnotes.domain.models import Action, StatusChange
from fieldnotes.ui.analysis.actions_window import ActionsWindow
from fieldnotes.ui.commands.actions import ChangeActionStatus
from fieldnotes.ui.main_window import MainWindow
from tests.conftest import without_voice_and_actions

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def actions(window: MainWindow, qtbot: Any) -> Iterator[ActionsWindow]:
    observations = without_voice_and_actions(window.hub.project).observations
    observations.set_action("o5", Action.opened("2022-09-14", owner="p1", due="2022-10-01"))
    observations.set_action("o11", Action.opened("2022-11-09", owner="p3"))
    done = Action.opened("2023-02-15", owner="p1").with_status("done", "2023-03-01")
    observations.set_action("o20", done)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ActionsWindow))
    opened = QApplication.activeWindow()
    assert isinstance(opened, ActionsWindow)
    opened.today = "2023-06-01"
    opened.reload()
    yield opened
    if shiboken6.isValid(opened):  # closing frees it
        opened.close()


def cells(window: ActionsWindow) -> list[list[str]]:
    model = window.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_every_action_with_meeting_owner_due_status_and_last_change(
    actions: ActionsWindow, qtmodeltester: Any
) -> None:
    qtmodeltester.check(actions.model)
    table = cells(actions)
    assert [row[0] for row in table] == ["2022-09-14", "2022-11-09", "2023-02-15"]
    first = table[0]
    assert first[3:] == ["Social worker A", "2022-10-01", "open, overdue", "2022-09-14"]
    assert table[1][3:] == ["Coproducer C", "", "open", "2022-11-09"]
    assert table[2][5:] == ["done", "2023-03-01"]
    assert actions.counts.text() == "Open: 2 · done: 1 · dropped: 0"
    (series,) = actions.chart.chart().series()
    assert isinstance(series, QStackedBarSeries)
    open_set = series.barSets()[0]
    assert [open_set.at(i) for i in range(3)] == [1, 1, 0]


def test_filters_by_status_owner_and_meeting(actions: ActionsWindow) -> None:
    for model in (actions.statuses, actions.owners, actions.meetings):
        assert model.rowCount() > 1
    actions.set_filters(status="open")
    assert [row[0] for row in cells(actions)] == ["2022-09-14", "2022-11-09"]
    actions.set_filters(owner="p1")
    assert [row[5] for row in cells(actions)] == ["open, overdue", "done"]
    assert actions.counts.text() == "Open: 1 · done: 1 · dropped: 0"
    actions.set_filters(status="done", owner="p1", meeting="m4")
    assert [row[0] for row in cells(actions)] == ["2023-02-15"]
    actions.set_filters(meeting="m2")
    assert [row[3] for row in cells(actions)] == ["Coproducer C"]


def test_status_changes_from_the_keyboard_and_undo(actions: ActionsWindow, qtbot: Any) -> None:
    project = actions._hub.project
    actions.table.setFocus()
    actions.table.selectRow(1)  # o11, open
    qtbot.keyClick(actions.table, Qt.Key.Key_D, CTRL)
    saved = project.observations.get("o11").action
    assert saved is not None and saved.status == "done"
    assert saved.history[-1] == StatusChange("done", "2023-06-01")
    assert cells(actions)[1][5:] == ["done", "2023-06-01"]
    assert actions.current_entry().observation == "o11"  # type: ignore[union-attr]
    qtbot.keyClick(actions.table, Qt.Key.Key_D, CTRL_SHIFT)
    assert project.observations.get("o11").action.status == "dropped"  # type: ignore[union-attr]
    qtbot.keyClick(actions.table, Qt.Key.Key_Z, CTRL)
    assert project.observations.get("o11").action == saved
    qtbot.keyClick(actions.table, Qt.Key.Key_Z, CTRL)
    assert project.observations.get("o11").action == Action.opened("2022-11-09", owner="p3")
    assert cells(actions)[1][5] == "open"
    actions.table.selectRow(2)  # o20, done
    qtbot.keyClick(actions.table, Qt.Key.Key_R, CTRL)
    assert project.observations.get("o20").action.status == "open"  # type: ignore[union-attr]
    assert not actions.change_status("open")  # already open: nothing pushed


def test_command_redo_and_undo_against_the_store(actions: ActionsWindow) -> None:
    hub = actions._hub
    old = hub.project.observations.get("o5").action
    assert old is not None
    command = ChangeActionStatus(hub, "o5", old, "dropped", "2023-01-01")
    command.redo()
    assert hub.project.observations.get("o5").action.status == "dropped"  # type: ignore[union-attr]
    command.undo()
    assert hub.project.observations.get("o5").action == old


def test_enter_shows_the_observation_in_the_main_window(
    actions: ActionsWindow, window: MainWindow, qtbot: Any
) -> None:
    actions.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is actions)
    actions.table.setFocus()
    actions.table.selectRow(1)
    qtbot.keyClick(actions.table, Qt.Key.Key_Return)
    assert window.current_observation_id() == "o11"


def test_saves_chart_and_table(actions: ActionsWindow, tmp_path: Path) -> None:
    png, svg, numbers = tmp_path / "a.png", tmp_path / "a.svg", tmp_path / "a.csv"
    assert actions.saving.write_picture(png) and png.read_bytes().startswith(b"\x89PNG")
    assert actions.saving.write_picture(svg)
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert actions.saving.write_numbers(numbers)
    with numbers.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [
        "Meeting date",
        "Meeting",
        "Action",
        "Owner",
        "Due",
        "Status",
        "Last change",
    ]
    assert table[1][3:] == ["Social worker A", "2022-10-01", "open, overdue", "2022-09-14"]
    assert len(table) == 4
