"""The stream's first layout measures only the cards within reach of the first screen;
the others are measured just after the first paint, and the scroll range is then exact."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStyleOptionViewItem

from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

TEXT = "Residents asked who would keep the keys of the community room on weekdays. "


@pytest.fixture
def long_meeting_hub(project: Project, qapp: object) -> ProjectHub:
    import json

    from fieldnotes.imports.json_import import import_text

    observations = [
        {"id": f"o{i}", "time": f"{10 + i // 60:02d}:{i % 60:02d}", "text": TEXT * (1 + i % 5)}
        for i in range(150)
    ]
    document = {
        "format": "fieldnotes/1",
        "study": {"title": "Keys"},
        "meetings": [
            {"id": "m1", "date": "2024-03-01", "title": "Long", "observations": observations}
        ],
    }
    import_text(project, json.dumps(document))
    return ProjectHub(project)


def test_only_the_cards_in_reach_are_measured_before_the_first_paint(
    long_meeting_hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    window = MainWindow(long_meeting_hub, settings)
    qtbot.addWidget(window)
    delegate = window.stream_delegate
    measured: list[str] = []
    measure = delegate._measure

    def counting(option: QStyleOptionViewItem, observation: Any, width: int) -> int:
        measured.append(observation.id)
        return measure(option, observation, width)

    delegate._measure = counting  # type: ignore[method-assign]
    at_paint: list[int] = []
    window.first_painted.connect(lambda: at_paint.append(len(set(measured))))
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    rows = window.observations_model.rowCount()
    assert rows == 150
    bottom = window.stream.indexAt(window.stream.viewport().rect().bottomLeft()).row()
    assert 0 < bottom < at_paint[0] < rows  # what is in view, and not every card
    assert len(set(measured)) == rows  # all of them once the window is started

    # The scroll range is the measured cards' heights, as a layout from scratch gives it.
    bar = window.stream.verticalScrollBar()
    ready_maximum = bar.maximum()
    option = QStyleOptionViewItem()
    option.initFrom(window.stream)
    option.widget = window.stream
    total = sum(
        delegate.sizeHint(option, window.observations_model.index(row, 0)).height()
        for row in range(rows)
    )
    assert ready_maximum == total - window.stream.viewport().height()
    window.stream.doItemsLayout()
    assert bar.maximum() == ready_maximum


def test_scrolling_to_the_end_shows_the_last_card_whole(
    long_meeting_hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    window = MainWindow(long_meeting_hub, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    last = window.observations_model.index(149, 0)
    window.stream.scrollToBottom()
    rect = window.stream.visualRect(last)
    assert rect.bottom() <= window.stream.viewport().rect().bottom() + 1
    assert window.stream.indexAt(rect.center()) == last
