"""Item models over the project behave as Qt expects and show the project's content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.meetings import MeetingListModel
from fieldnotes.ui.models.observations import QUOTES, TAGS, TIME, ObservationTableModel
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE

pytestmark = pytest.mark.gui


def test_meeting_model_passes_modeltester(qtmodeltester: object, hub: ProjectHub) -> None:
    qtmodeltester.check(MeetingListModel(hub))  # type: ignore[attr-defined]


def test_meetings_are_newest_first(hub: ProjectHub) -> None:
    model = MeetingListModel(hub)
    dates = [model.index(row, 0).data(OBJECT_ROLE).date for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) == 4


def test_observation_model_passes_modeltester(qtmodeltester: object, hub: ProjectHub) -> None:
    model = ObservationTableModel(hub)
    model.set_meeting("m1")
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_observation_rows_show_time_tags_and_quotes(hub: ProjectHub) -> None:
    model = ObservationTableModel(hub)
    model.set_meeting("m1")
    observations = hub.project.observations.for_meeting("m1")
    assert model.rowCount() == len(observations)
    for row, observation in enumerate(observations):
        assert model.index(row, 0).data(ID_ROLE) == observation.id
        assert model.index(row, TIME).data() == observation.time
    quoted = next(row for row, o in enumerate(observations) if o.quotes)
    speaker = hub.pseudonyms()[observations[quoted].quotes[0].speaker]
    assert speaker in model.index(quoted, QUOTES).data()
    tags = model.index(0, TAGS).data(Qt.ItemDataRole.DisplayRole)
    assert "CAC" in tags or tags


def test_changing_meetings_signal_reloads(hub: ProjectHub, qtbot: object) -> None:
    model = MeetingListModel(hub)
    with qtbot.waitSignal(model.modelReset):  # type: ignore[attr-defined]
        hub.meetings_changed.emit()
    assert model.rowCount(QModelIndex()) == 4
