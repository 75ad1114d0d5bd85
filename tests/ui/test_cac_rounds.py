"""CAC rounds in the app: new round, score grid with validation, CSV import, compare, chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldnotes.ui.cac.dialog import CacRoundsDialog, NewRoundDialog
from fieldnotes.ui.cac.models import AppendixModel, CompareModel, RoundListModel, ScoreGridModel
from fieldnotes.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def rounds(window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> CacRoundsDialog:
    dialog = window.analysis.open_cac_rounds()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CacRoundsDialog)
    return dialog


def test_models_pass_the_model_tester(qtmodeltester: Any, rounds: CacRoundsDialog) -> None:
    for model in (rounds.rounds, rounds.grid, rounds.appendix, rounds.compare):
        qtmodeltester.check(model)
    assert isinstance(rounds.grid, ScoreGridModel)
    assert isinstance(rounds.appendix, AppendixModel) and isinstance(rounds.compare, CompareModel)
    assert isinstance(rounds.rounds, RoundListModel)


def test_scores_table_matches_the_report(rounds: CacRoundsDialog, window: MainWindow) -> None:
    from fieldnotes.analysis.cac_scores import score_round
    from fieldnotes.domain.cac import load_framework

    report = score_round(window.hub.project.cac_rounds.get("r1"), load_framework()).to_report()  # type: ignore[arg-type]
    model = rounds.appendix
    assert model.index(0, 0).data() == "General"
    assert model.index(0, 1).data() == report["dimensions"]["general"]  # type: ignore[index]
    assert model.index(model.rowCount() - 1, 1).data() == report["overall"]


def test_new_round_grid_entry_validation_and_undo(
    rounds: CacRoundsDialog, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NewRoundDialog, "exec", lambda self: 1)
    created = rounds.new_round()
    assert created is not None and rounds.current_round().id == created.id  # type: ignore[union-attr]
    rounds.respondent.setCurrentIndex(rounds.respondent.findData("p3"))
    rounds.add_respondent()
    grid = rounds.grid
    assert grid.columnCount() == 1
    assert grid.setData(grid.index(13, 0), "85", Qt.ItemDataRole.EditRole)  # item 14
    assert not grid.setData(grid.index(0, 0), "120", Qt.ItemDataRole.EditRole)
    assert "outside 0–100" in rounds.message.text()
    assert not grid.setData(grid.index(0, 0), "lots", Qt.ItemDataRole.EditRole)
    saved = window.hub.project.cac_rounds.get(created.id)
    assert saved is not None and saved.responses[0].scores == {14: 85}
    assert rounds.appendix.index(rounds.appendix.rowCount() - 1, 1).data() == 85
    window.undo_stack.undo()
    assert window.hub.project.cac_rounds.get(created.id).responses[0].scores == {}  # type: ignore[union-attr]


def test_csv_import_all_or_nothing(
    rounds: CacRoundsDialog, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("respondent,item,score\np1,1,90\np1,40,90\n")
    before = window.hub.project.cac_rounds.get("r1")
    assert not rounds.import_csv(bad)
    assert "line 3" in rounds.message.text()
    assert window.hub.project.cac_rounds.get("r1") == before
    good = tmp_path / "good.csv"
    good.write_text("respondent,item,score\nResearcher,1,100\nResearcher,2,\n")
    assert rounds.import_csv(good)
    after = window.hub.project.cac_rounds.get("r1")
    assert after is not None and after.responses[-1].respondent == "p7"
    assert after.responses[-1].scores == {1: 100}


def test_compare_rounds_and_save_chart(
    rounds: CacRoundsDialog, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldnotes.domain.models import CacResponse, CacRound

    window.hub.project.cac_rounds.add(
        CacRound("r2", "Round 2", "2023-09-01", [CacResponse("p1", {1: 50})])
    )
    window.hub.rounds_changed.emit()
    compare = rounds.compare
    assert compare.columnCount() == 3  # two rounds and the change
    assert compare.headerData(2, Qt.Orientation.Horizontal) == "Change"
    general_r1 = compare.index(0, 0).data()
    assert compare.index(0, 1).data() == 50
    assert compare.index(0, 2).data() == f"{50 - general_r1:+d}"
    assert compare.index(1, 2).data() == "–"  # no suitability answers in round 2
    rounds.chart.resize(700, 360)
    path = tmp_path / "chart.png"
    assert rounds.save_chart(path)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_chart_saves_svg_and_the_scores_as_csv(
    rounds: CacRoundsDialog, window: MainWindow, tmp_path: Path
) -> None:
    import csv
    import xml.etree.ElementTree as ET

    from PySide6.QtCharts import QBarSeries

    chart = rounds.chart
    assert chart.objectName() == "cacChart"
    (series,) = chart.chart().series()
    assert isinstance(series, QBarSeries)
    assert [s.label() for s in series.barSets()] == ["Round 1"]
    svg = tmp_path / "chart.svg"
    assert rounds.save_chart(svg)
    assert ET.parse(svg).getroot().tag.endswith("svg")
    numbers = tmp_path / "scores.csv"
    assert rounds.saving.write_numbers(numbers)
    with numbers.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Dimension", "Round 1"]
    dimensions, _names, values = rounds.compare.series()
    assert [row[0] for row in rows[1:]] == dimensions
    assert rows[1][1] == ("" if values[0][0] is None else str(values[0][0]))


def test_chart_without_rounds_says_so(qtbot: Any) -> None:
    from fieldnotes.ui.cac.chart import DimensionChart

    chart = DimensionChart()
    qtbot.addWidget(chart)
    assert chart.is_empty() and chart.chart().title() == "No rounds to compare yet"
    assert not chart.chart().series()
    chart.set_data(["General"], ["Round 1"], [[70]])
    assert not chart.is_empty() and chart.chart().series()
    assert chart.numbers() == (["Dimension", "Round 1"], [["General", 70]])
