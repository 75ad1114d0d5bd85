"""The capture window opens in two steps: the meetings and the stream first, the tally
just after the first paint, in a place that already has its size."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.voice_tally import VoiceTally

pytestmark = pytest.mark.gui


def _slot(window: MainWindow) -> QWidget:
    widget = window.panels.left_splitter.widget(1)
    assert widget is not None
    return widget


def test_the_tally_is_built_after_the_first_paint_and_shows_its_meeting(
    hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    assert not window.panels.tally_built  # nothing painted yet: only its place
    assert _slot(window).objectName() == "voiceTallyPlace"
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(window.panels.tally_built))
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    assert painted == [False]  # the first paint came before the tally
    tally = _slot(window)
    assert isinstance(tally, VoiceTally) and tally is window.panels.tally
    assert tally.isVisible()
    assert tally.model.meeting_id == window.current_meeting_id() is not None
    assert tally.summary.text()  # counted for the selected meeting
    window.finish_start()  # a second time changes nothing
    assert _slot(window) is tally


def test_the_restored_splitter_sizes_are_kept_when_the_tally_arrives(
    hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    first = MainWindow(hub, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.is_started)
    first.panels.left_splitter.setSizes([200, 400])  # the tally taller than by default
    first.panels.left_splitter.splitterMoved.emit(200, 1)  # as a drag saves it
    first.close()

    again = MainWindow(hub, settings)
    qtbot.addWidget(again)
    sizes: list[list[int]] = []
    again.first_painted.connect(lambda: sizes.append(again.panels.left_splitter.sizes()))
    again.show()
    qtbot.waitUntil(lambda: again.is_started)
    [(tabs, place)] = sizes
    assert place > tabs  # the restored sizes were there at the first paint (3:1 by default)
    assert again.panels.left_splitter.sizes() == [tabs, place]  # the tally took them over


def test_a_hidden_tally_stays_hidden_and_asking_for_it_builds_it_at_once(
    hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    settings.setValue("main_window/voice_tally", "false")
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    assert not _slot(window).isVisibleTo(window)
    tally = window.panels.tally  # before any paint
    assert window.panels.tally_built and _slot(window) is tally
    window.show()
    qtbot.waitUntil(lambda: window.is_started)
    assert not tally.isVisible()
    window.actions_.voice_tally.trigger()
    assert tally.isVisible() and tally.summary.text()


def test_without_saved_sizes_the_tally_gets_a_quarter_of_the_column(
    hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitSignal(window.started, timeout=5000):
        window.show()
    qtbot.wait(100)  # the tally's own size hint is known and laid out by now
    meetings, tally = window.panels.left_splitter.sizes()
    assert 0.2 < tally / (meetings + tally) < 0.3
