"""Every item model passes Qt's model tester and shows the project's content."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.code_tree import CodeTreeModel
from fieldnotes.ui.models.meetings import MeetingListModel
from fieldnotes.ui.models.observations import ObservationListModel
from fieldnotes.ui.models.participants import AttendeeListModel, ParticipantTableModel
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.widgets.tag_picker import CodeMatchModel

pytestmark = pytest.mark.gui


def test_meeting_model(qtmodeltester: Any, hub: ProjectHub) -> None:
    model = MeetingListModel(hub)
    qtmodeltester.check(model)
    dates = [model.index(row, 0).data(OBJECT_ROLE).date for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True) and len(dates) == 4


def test_observation_model(qtmodeltester: Any, hub: ProjectHub) -> None:
    model = ObservationListModel(hub)
    model.set_meeting("m1")
    qtmodeltester.check(model)
    observations = hub.project.observations.for_meeting("m1")
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == [
        o.id for o in observations
    ]


def test_observation_model_follows_one_changed_observation(qtbot: Any, hub: ProjectHub) -> None:
    model = ObservationListModel(hub)
    model.set_meeting("m1")
    hub.project.observations.update_text("o1", "changed elsewhere")
    with qtbot.waitSignal(model.dataChanged):
        hub.observation_changed.emit("o1")
    assert model.index(0, 0).data() == "changed elsewhere"


def test_participant_models(qtmodeltester: Any, hub: ProjectHub) -> None:
    table = ParticipantTableModel(hub)
    qtmodeltester.check(table)
    assert table.rowCount() == 7
    attendees = AttendeeListModel(hub, ["p2"])
    qtmodeltester.check(attendees)
    assert attendees.setData(
        attendees.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert attendees.checked_ids() == ["p1", "p2"]


def test_code_tree_model(qtmodeltester: Any, hub: ProjectHub, qtbot: Any) -> None:
    model = CodeTreeModel(hub)
    model.set_current_codes(["cac:14", "t1"])
    qtmodeltester.check(model)
    top = [model.index(r, 0, QModelIndex()).data(ID_ROLE) for r in range(model.rowCount())]
    assert top[:6] == [
        "cac:general",
        "cac:suitability",
        "cac:task",
        "cac:relation",
        "cac:growth",
        "cac:visibility",
    ]
    item = model.index_of("cac:14")
    assert item.parent().data(ID_ROLE) == "cac:relation"
    assert item.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert item.parent().data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert model.index_of("t5").parent().data(ID_ROLE) == "t2"
    with qtbot.waitSignal(model.toggle_requested) as signal:
        model.setData(item, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args == ["cac:14"]


def test_code_match_model(qtmodeltester: Any, hub: ProjectHub) -> None:
    model = CodeMatchModel(hub.project.codes.all())
    model.set_query("14")
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ID_ROLE) == "cac:14"
    model.set_query("Brand new theme")
    assert model.create_name == "Brand new theme"
    assert "Create theme" in model.index(model.rowCount() - 1, 0).data()
