"""The main window as a user sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.models.roles import ID_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def window(hub: ProjectHub, settings: QSettings, qtbot: object) -> MainWindow:
    win = MainWindow(hub, settings)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    return win


def test_title_shows_study(window: MainWindow) -> None:
    assert window.windowTitle().startswith("The Connectors (example)")


def test_most_recent_meeting_is_selected_with_its_observations(window: MainWindow) -> None:
    newest = window.hub.project.meetings.all(newest_first=True)[0]
    assert window.meeting_list.currentIndex().data(ID_ROLE) == newest.id
    assert window.observations_model.rowCount() == len(
        window.hub.project.observations.for_meeting(newest.id)
    )


def test_clicking_another_meeting_shows_its_observations(window: MainWindow, qtbot: object) -> None:
    from PySide6.QtCore import Qt

    list_view = window.meeting_list
    index = window.meetings_model.index(3, 0)
    rect = list_view.visualRect(index)
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]
    meeting_id = index.data(ID_ROLE)
    assert window.observations_model.meeting_id == meeting_id
    texts = {
        window.observations_model.index(r, 1).data()
        for r in range(window.observations_model.rowCount())
    }
    assert texts == {o.text for o in window.hub.project.observations.for_meeting(meeting_id)}


def test_geometry_and_splitter_are_remembered(
    hub: ProjectHub, settings: QSettings, qtbot: object
) -> None:
    first = MainWindow(hub, settings)
    qtbot.addWidget(first)  # type: ignore[attr-defined]
    first.resize(700, 500)
    first.splitter.setSizes([300, 600])
    first.show()
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(hub, settings)
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    second.show()
    assert second.size().width() == 700
    assert second.splitter.sizes() == sizes
