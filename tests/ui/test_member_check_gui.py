"""Member checking from the window: export in the background, cancel, bring feedback back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from fieldnotes.imports.feedback_docx import FeedbackSummary, UnplacedAnswer
from fieldnotes.imports.json_import import import_text
from fieldnotes.ui.commands.feedback import FeedbackSummaryText
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.member_check.export_dialog import MemberCheckDialog
from fieldnotes.ui.models.meetings import MeetingChecklistModel
from fieldnotes.ui.models.roles import ID_ROLE

pytestmark = pytest.mark.gui


def test_checklist_model(qtmodeltester: Any, window: MainWindow) -> None:
    qtmodeltester.check(MeetingChecklistModel(window.hub))


def test_export_runs_in_the_background_with_the_chosen_meetings(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = window.member_check.export_member_check()
    assert isinstance(dialog, MemberCheckDialog)
    qtbot.addWidget(dialog)
    row = next(
        r
        for r in range(dialog.meetings.rowCount())
        if dialog.meetings.index(r, 0).data(ID_ROLE) == "m2"
    )
    dialog.meetings.setData(dialog.meetings.index(row, 0), 2, 10)  # Qt.CheckStateRole, Checked
    target = tmp_path / "m2.docx"
    with qtbot.waitSignal(dialog.exporter.finished, timeout=20_000):
        dialog.start(target)
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    for observation in window.hub.project.observations.for_meeting("m2"):
        assert observation.reference in text
    first_other = window.hub.project.observations.for_meeting("m1")[0]
    assert first_other.text not in text


def _agreement_rows(path: Path) -> list[list[str]]:
    for table in Document(str(path)).tables:
        if table.rows[0].cells[0].text == "Agreement":
            return [[c.text for c in row.cells] for row in table.rows[1:]]
    return []


def test_agreements_checkbox_and_the_member_check_log(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from fieldnotes.domain.models import Action
    from tests.conftest import without_voice_and_actions

    project = without_voice_and_actions(window.hub.project)
    project.observations.set_action("o8", Action.opened("2022-11-09", owner="p3"))
    dialog = window.member_check.export_member_check()
    qtbot.addWidget(dialog)
    assert dialog.agreements.isChecked()
    dialog.meetings.setData(dialog.meetings.index(_row(dialog, "m2"), 0), 2, 10)
    target = tmp_path / "with.docx"
    with qtbot.waitSignals([dialog.exporter.finished, window.hub.saved], timeout=20_000):
        dialog.start(target)
    assert _agreement_rows(target) == [[_text(project, "o8"), "Coproducer C", "—", "open"]]
    [sent] = project.analysis.member_checks()
    assert (sent.file_name, sent.observations, sent.language) == (
        "with.docx",
        len(project.observations.for_meeting("m2")),
        dialog.language.currentData(),
    )
    again = window.member_check.export_member_check()
    qtbot.addWidget(again)
    again.agreements.setFocus()
    qtbot.keyClick(again.agreements, Qt.Key.Key_Space)
    assert not again.agreements.isChecked()
    without = tmp_path / "without.docx"
    with qtbot.waitSignal(again.exporter.finished, timeout=20_000):
        again.start(without)
    assert _agreement_rows(without) == []
    assert [s.file_name for s in project.analysis.member_checks()] == ["with.docx", "without.docx"]


def _row(dialog: MemberCheckDialog, meeting: str) -> int:
    return next(
        r
        for r in range(dialog.meetings.rowCount())
        if dialog.meetings.index(r, 0).data(ID_ROLE) == meeting
    )


def _text(project: Any, oid: str) -> str:
    observation = project.observations.get(oid)
    return f"{observation.text}\n({observation.reference})"


def test_cancel_leaves_no_file(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    document = {
        "format": "fieldnotes/1",
        "meetings": [
            {
                "id": "big",
                "title": "Long meeting",
                "date": "2024-01-01",
                "observations": [{"text": f"note {i} " * 20} for i in range(2500)],
            }
        ],
    }
    import_text(window.hub.project, json.dumps(document))
    dialog = window.member_check.export_member_check()
    qtbot.addWidget(dialog)
    dialog.exporter.progress.connect(lambda done, total: dialog.exporter.cancel())
    target = tmp_path / "big.docx"
    with qtbot.waitSignal(dialog.exporter.cancelled, timeout=60_000):
        dialog.start(target)
    dialog.exporter.wait()
    assert not target.exists()
    assert window.hub.project.analysis.member_checks() == []  # nothing written, nothing noted
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".big*")) == []


def test_feedback_import_shows_on_the_observation(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = window.member_check.export_member_check()
    qtbot.addWidget(dialog)
    target = tmp_path / "all.docx"
    with qtbot.waitSignal(dialog.exporter.finished, timeout=20_000):
        dialog.start(target)
    answered = Document(str(target))
    table = next(t for t in answered.tables if "verdict" in t.cell(0, 0).text.lower())
    reference = table.cell(0, 0).text.split()[3]
    table.cell(0, 1).text = "partly"
    table.cell(1, 1).text = "Only half of it."
    answered.save(str(tmp_path / "back.docx"))
    message = window.member_check.import_feedback(tmp_path / "back.docx", "p2")
    assert message is not None and message.startswith("1 answer(s) added.")
    observation = window.hub.project.observations.by_ref(int(reference.removeprefix("O-")))
    assert observation is not None
    assert (observation.feedback[-1].verdict, observation.feedback[-1].comment) == (
        "partly",
        "Only half of it.",
    )
    window.select_meeting(observation.meeting)
    row = window.observations_model.row_of(observation.id)
    shown = window.observations_model.index(row, 0).data(ID_ROLE + 0)
    assert shown == observation.id


def test_feedback_panel_under_the_editor(window: MainWindow) -> None:
    observation = window.hub.project.observations.get("o21")
    assert observation is not None and observation.feedback
    window.select_meeting(observation.meeting)
    window.show_observation("o21")
    panel = window.editor.feedback
    assert not panel.isHidden()
    assert "disagree" in panel.text() and "Social worker A" in panel.text()
    window.show_observation(window.hub.project.observations.for_meeting(observation.meeting)[0].id)
    assert panel.isHidden()


def test_a_dutch_summary_comes_back_with_a_summary_and_the_import_can_be_undone(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from tests.imports.answering import answer_cells, type_into

    dialog = window.member_check.export_member_check()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert "klopt" in dialog.instructions.placeholderText().casefold()
    target = tmp_path / "nl.docx"
    with qtbot.waitSignal(dialog.exporter.finished, timeout=20_000):
        dialog.start(target)
    answered = Document(str(target))
    cells = answer_cells(answered)
    (first, (verdict, comment)), (second, (unclear, _)) = list(cells.items())[:2]
    type_into(verdict, "Klopt")
    type_into(comment, "Goed opgeschreven.")
    type_into(unclear, "geen idee")
    answered.save(str(tmp_path / "terug.docx"))
    project = window.hub.project
    before = {ref: len(project.observations.by_ref(ref).feedback) for ref in (first, second)}

    message = window.member_check.import_feedback(tmp_path / "terug.docx", "p2")

    assert message is not None
    assert message.splitlines()[:3] == [
        "2 answer(s) added.",
        "Agree: 1 · partly: 0 · disagree: 0",
        "1 comment(s).",
    ]
    assert "1 verdict(s) kept as written, for you to classify." in message
    kept = project.observations.by_ref(second).feedback[-1]
    assert (kept.verdict, kept.verdict_text) == (None, "geen idee")

    window.undo_stack.undo()
    after_undo = {ref: len(project.observations.by_ref(ref).feedback) for ref in (first, second)}
    assert after_undo == before
    window.undo_stack.redo()
    assert project.observations.by_ref(first).feedback[-1].verdict == "agree"
    assert project.observations.by_ref(second).feedback[-1].verdict_text == "geen idee"


def test_the_app_lists_unplaced_answers_with_their_words(qapp: object) -> None:
    summary = FeedbackSummary(unplaced_answers=[UnplacedAnswer("klopt niet", "Zo niet.")])
    lines = FeedbackSummaryText().lines(summary)
    assert lines[-2:] == [
        "1 answer(s) name no observation and were not imported; they read:",
        "“klopt niet” · “Zo niet.”",
    ]
