"""The Who speaks window: bars and numbers by attendee, role group and meeting; scopes; saving."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCharts import QHorizontalBarSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldnotes.ui.analysis.voice_window import BY_ROLE, PER_MEETING, VoiceWindow
from fieldnotes.ui.main_window import MainWindow
from tests.conftest import without_voice_and_actions

pytestmark = pytest.mark.gui
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def voice(window: MainWindow, qtbot: Any) -> Iterator[VoiceWindow]:
    observations = without_voice_and_actions(window.hub.project).observations
    observations.set_speakers("o1", ["p1", "p3"])  # m1; quotes there: p2 (o2), p3 (o4)
    observations.set_speakers("o3", ["p1"])
    observations.set_speakers("o7", ["p4"])  # m2
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), VoiceWindow))
    opened = QApplication.activeWindow()
    assert isinstance(opened, VoiceWindow)
    yield opened
    if shiboken6.isValid(opened):  # closing frees it
        opened.close()


def rows(model: Any) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_one_meeting_lists_attendees_with_counts_shares_and_the_silent(
    voice: VoiceWindow, qtmodeltester: Any
) -> None:
    voice.set_scope(meeting="m1")
    qtmodeltester.check(voice.numbers)
    assert rows(voice.numbers) == [
        ["Social worker A", "2", "0", "40%"],
        ["Community nurse B", "0", "1", "20%"],
        ["Coproducer C", "1", "1", "40%"],
        ["Policy officer E", "0", "0", "0%"],
        ["Researcher", "0", "0", "0%"],
    ]
    assert "Policy officer E, Researcher" in voice.summary.text()
    (series,) = voice.attendee_chart.chart().series()
    assert isinstance(series, QHorizontalBarSeries)
    observations, quotes = series.barSets()
    # Qt draws the first category at the bottom, so the bars are stored bottom-up.
    assert [observations.at(i) for i in range(5)] == [0, 0, 1, 0, 2]
    assert [quotes.at(i) for i in range(5)] == [0, 0, 1, 1, 0]


def test_role_groups_and_meetings_over_time(voice: VoiceWindow) -> None:
    voice.tabs.setCurrentIndex(BY_ROLE)
    assert rows(voice.numbers)[:2] == [
        ["professional", "2", "3", "42%"],
        ["coproducer", "2", "5", "58%"],
    ]
    voice.tabs.setCurrentIndex(PER_MEETING)
    table = rows(voice.numbers)
    assert table[0] == ["2022-09-14", "3", "2", "0", "0"]
    assert table[1] == ["2022-11-09", "1", "3", "0", "0"]
    (series,) = voice.meeting_chart.chart().series()
    assert isinstance(series, QStackedBarSeries)
    assert [s.label() for s in series.barSets()] == [
        "professional",
        "coproducer",
        "researcher",
        "other",
    ]


def test_a_period_and_changes_heard_from_the_hub(voice: VoiceWindow, qtbot: Any) -> None:
    voice.set_scope(date_from="2022-10-01", date_to="2022-12-31")  # m2 only
    names = [row[0] for row in rows(voice.numbers)]
    assert names[:3] == ["Coproducer D", "GP assistant F", "Social worker A"]
    assert "Community nurse B" not in names
    voice._hub.project.observations.set_speakers("o10", ["p1"])
    voice._hub.observation_changed.emit("o10")
    qtbot.waitUntil(lambda: rows(voice.numbers)[0] == ["Social worker A", "1", "0", "20%"])


def test_saves_the_chart_as_png_and_svg_and_the_numbers_as_csv(
    voice: VoiceWindow, tmp_path: Path
) -> None:
    voice.set_scope(meeting="m1")
    png, svg, numbers = tmp_path / "v.png", tmp_path / "v.svg", tmp_path / "v.csv"
    assert voice.saving.write_picture(png) and png.read_bytes().startswith(b"\x89PNG")
    assert voice.saving.write_picture(svg)
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert voice.saving.write_numbers(numbers)
    with numbers.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["Attendee", "Observations", "Quotes", "Share"]
    assert table[1] == ["Social worker A", "2", "0", "40.0"]
    assert table[4] == ["Policy officer E", "0", "0", "0.0"]


def test_the_launcher_brings_an_open_window_forward_and_a_closed_one_is_freed(
    voice: VoiceWindow, window: MainWindow, qtbot: Any
) -> None:
    assert window.analysis.open_voice() is voice
    voice.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(voice))
    window.hub.observation_changed.emit("o1")  # nothing left listening for the freed window
    again = window.analysis.open_voice()
    assert isinstance(again, VoiceWindow) and again.isVisible()
    again.close()


def test_count_axes_tick_at_whole_numbers(qtbot: Any) -> None:
    from PySide6.QtCharts import QValueAxis

    from fieldnotes.ui.analysis.bar_charts import horizontal_bars, stacked_bars

    small = horizontal_bars("t", ["a", "b"], [("n", [1, 0], "#000")])
    (axis,) = [a for a in small.axes() if isinstance(a, QValueAxis)]
    assert (axis.min(), axis.max(), axis.tickCount()) == (0, 1, 2)
    large = stacked_bars("t", ["a", "b"], [("n", [30, 4], "#000"), ("m", [7, 0], "#111")])
    (axis,) = [a for a in large.axes() if isinstance(a, QValueAxis)]
    assert axis.max() >= 37 and (axis.max() - axis.min()) / (axis.tickCount() - 1) % 1 == 0
    assert not stacked_bars("t", [], []).series()
