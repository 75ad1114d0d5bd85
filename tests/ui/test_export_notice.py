"""A finished export says so: a status-bar line and a note that opens the file or its folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.widgets.export_notice import ExportNotice

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the desktop was asked to open, instead of opening it."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def _notice(qtbot: Any) -> ExportNotice:
    found: list[ExportNotice] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportNotice)]
        return any(w.isVisible() for w in found)

    qtbot.waitUntil(shown, timeout=20_000)
    notice = next(w for w in found if w.isVisible())
    assert not notice.isModal()
    return notice


def test_a_member_check_export_is_confirmed_with_open_and_show_in_folder(
    window: MainWindow, qtbot: Any, tmp_path: Path, opened: list[str]
) -> None:
    target = tmp_path / "summaries" / "kick-off.docx"
    target.parent.mkdir()
    dialog = window.member_check.export_member_check()
    qtbot.addWidget(dialog)
    dialog.start(target)  # type: ignore[attr-defined]
    notice = _notice(qtbot)
    assert target.exists()
    assert "kick-off.docx" in notice.message.text()
    assert str(target.parent) in notice.message.text()
    assert str(target) in window.statusBar().currentMessage()
    notice.open_button.click()
    assert opened == [str(target)]
    assert not notice.isVisible()


def test_show_in_folder_opens_the_folder(
    window: MainWindow, qtbot: Any, tmp_path: Path, opened: list[str]
) -> None:
    target = tmp_path / "team.qdc"
    window.exchange.export_qdc(target)
    notice = _notice(qtbot)
    assert target.exists() and "team.qdc" in notice.message.text()
    assert str(target) in window.statusBar().currentMessage()
    notice.folder_button.click()
    assert opened == [str(tmp_path)]


def test_the_other_exports_are_confirmed_too(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen[-1]), ""))

    def confirmed(export: Any, target: Path) -> None:
        chosen.append(target)
        export()
        notice = _notice(qtbot)
        assert target.exists() and target.name in notice.message.text(), target
        notice.close()

    qdpx = window.exchange.export_qdpx()
    qtbot.addWidget(qdpx)  # type: ignore[arg-type]
    confirmed(qdpx.start, tmp_path / "study.qdpx")  # type: ignore[attr-defined]
    codebook = window.codebook.open_codebook()
    qtbot.addWidget(codebook)
    confirmed(codebook._export_csv, tmp_path / "codebook.csv")  # type: ignore[attr-defined]
    rounds = window.analysis.open_cac_rounds()
    qtbot.addWidget(rounds)
    rounds.chart.resize(600, 300)  # type: ignore[attr-defined]
    confirmed(rounds.saving.ask_picture, tmp_path / "chart.png")  # type: ignore[attr-defined]
    confirmed(rounds.saving.ask_numbers, tmp_path / "chart.csv")  # type: ignore[attr-defined]
