"""The member-check document's "Agreements" section and the log of documents written."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from fieldnotes.domain.models import Action
from fieldnotes.export.member_check_docx import write_member_check
from fieldnotes.export.member_check_plan import (
    MemberCheckOptions,
    PlannedAgreement,
    plan_member_check,
    sent_record,
)
from fieldnotes.imports.feedback_docx import import_feedback
from fieldnotes.store import Project
from tests.cli_run import run
from tests.conftest import without_voice_and_actions


@pytest.fixture
def agreed(example_project: Project) -> Project:
    """Three actions in the example study: one naming a participant by real name."""
    project = without_voice_and_actions(example_project)
    project.observations.update_text("o3", "Annelies Verbruggen will ring the GP practice.")
    project.observations.set_action("o3", Action.opened("2022-09-14", owner="p1", due="2022-10-01"))
    project.observations.set_action(
        "o8", Action.opened("2022-11-09", owner="p3").with_status("done", "2022-12-01")
    )
    project.observations.set_action(
        "o14", Action.opened("2023-01-11").with_status("dropped", "2023-02-15")
    )
    return project


def export(project: Project, path: Path, **options: Any) -> Any:
    plan = plan_member_check(project, MemberCheckOptions(**options))
    write_member_check(plan, path)
    return plan


def agreements_table(path: Path) -> list[list[str]]:
    document = Document(str(path))
    for table in document.tables:
        header = [c.text for c in table.rows[0].cells]
        if header[0] in ("Agreement", "Afspraak"):
            return [[c.text for c in row.cells] for row in table.rows]
    return []


def all_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def test_plan_lists_the_actions_of_the_chosen_observations(agreed: Project) -> None:
    plan = plan_member_check(agreed, MemberCheckOptions())
    ref = {o: agreed.observations.get(o).reference for o in ("o3", "o8", "o14")}  # type: ignore[union-attr]
    assert plan.agreements == [
        PlannedAgreement(
            ref["o3"],
            "Social worker A will ring the GP practice.",
            "Social worker A",
            "1 October 2022",
            "open",
        ),
        PlannedAgreement(
            ref["o8"],
            agreed.observations.get("o8").text,  # type: ignore[union-attr]
            "Coproducer C",
            "—",
            "done",
        ),
        PlannedAgreement(
            ref["o14"],
            agreed.observations.get("o14").text,  # type: ignore[union-attr]
            "not decided yet",
            "—",
            "dropped",
        ),
    ]
    only_m2 = plan_member_check(agreed, MemberCheckOptions(meetings=["m2"]))
    assert [a.reference for a in only_m2.agreements or []] == [ref["o8"]]
    assert plan_member_check(agreed, MemberCheckOptions(meetings=["m4"])).agreements is None
    off = plan_member_check(agreed, MemberCheckOptions(agreements=False))
    assert off.agreements is None


def test_section_in_the_document_with_the_right_rows(agreed: Project, tmp_path: Path) -> None:
    path = tmp_path / "summary.docx"
    export(agreed, path)
    rows = agreements_table(path)
    assert rows[0] == ["Agreement", "Who", "Due", "Status"]
    assert [row[1:] for row in rows[1:]] == [
        ["Social worker A", "1 October 2022", "open"],
        ["Coproducer C", "—", "done"],
        ["not decided yet", "—", "dropped"],
    ]
    assert rows[1][0].startswith("Social worker A will ring the GP practice.")
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    assert headings.index("Agreements") < headings.index("Appendix: CAC scores")
    assert "Verbruggen" not in all_xml(path) and "Annelies" not in all_xml(path)


def test_no_section_without_actions_or_when_left_out(agreed: Project, tmp_path: Path) -> None:
    export(agreed, tmp_path / "off.docx", agreements=False)
    assert agreements_table(tmp_path / "off.docx") == []
    export(agreed, tmp_path / "m4.docx", meetings=["m4"])
    assert agreements_table(tmp_path / "m4.docx") == []
    words = "\n".join(p.text for p in Document(str(tmp_path / "m4.docx")).paragraphs)
    assert "Agreements" not in words


def test_dutch_agreements(agreed: Project, tmp_path: Path) -> None:
    path = tmp_path / "nl.docx"
    export(agreed, path, language="nl")
    rows = agreements_table(path)
    assert rows[0] == ["Afspraak", "Wie", "Wanneer klaar", "Stand"]
    assert [row[1:] for row in rows[1:]] == [
        ["Social worker A", "1 oktober 2022", "open"],
        ["Coproducer C", "—", "gedaan"],
        ["nog niet bepaald", "—", "vervallen"],
    ]
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    assert "Afspraken" in headings


def test_feedback_reading_ignores_the_agreements_table(agreed: Project, tmp_path: Path) -> None:
    path = tmp_path / "summary.docx"
    plan = export(agreed, path, meetings=["m1"])
    document = Document(str(path))
    answers = [t for t in document.tables if "verdict" in t.cell(0, 0).text.lower()]
    for table in answers:
        table.cell(0, 1).text = "agree"
    document.save(str(path))
    summary = import_feedback(agreed, path, "p2")
    assert summary.added == plan.observation_count
    assert summary.unplaced_texts() == []


def test_sent_record_names_the_file_only(agreed: Project, tmp_path: Path) -> None:
    plan = plan_member_check(agreed, MemberCheckOptions(meetings=["m1"], language="nl"))
    record = sent_record(plan, tmp_path / "sub" / "check.docx", on="2024-03-01")
    assert (record.date, record.file_name, record.observations, record.language) == (
        "2024-03-01",
        "check.docx",
        plan.observation_count,
        "nl",
    )
    assert record.id


def test_cli_export_docx_agreements_and_the_log(agreed: Project, tmp_path: Path) -> None:
    db = agreed.path
    agreed.close()
    out = tmp_path / "with.docx"
    result = run("--db", str(db), "export", "docx", "--out", str(out), "--meeting", "m1", "m2")
    assert result.returncode == 0, result.stderr
    assert len(agreements_table(out)) == 3
    without = tmp_path / "without.docx"
    result = run("--db", str(db), "export", "docx", "--out", str(without), "--no-agreements")
    assert result.returncode == 0, result.stderr
    assert agreements_table(without) == []
    nl = tmp_path / "nl.docx"
    assert run("--db", str(db), "export", "docx", "--out", str(nl), "--lang", "nl").returncode == 0
    with Project.open(db) as project:
        log = project.analysis.member_checks()
    assert [(s.file_name, s.language) for s in log] == [
        ("with.docx", "en"),
        ("without.docx", "en"),
        ("nl.docx", "nl"),
    ]
    assert log[0].observations == len(
        [p for p in Document(str(out)).paragraphs if p.style.name == "Observation Reference"]
    )
    refused = run(
        "--db", str(db), "export", "docx", "--out", str(tmp_path / "x.docx"), "--meeting", "m9"
    )
    assert refused.returncode != 0
    with Project.open(db) as project:
        assert len(project.analysis.member_checks()) == 3  # bad input logs nothing


def test_cli_export_docx_from_a_read_only_project_still_writes(
    agreed: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """What a non-root user meets (tests run as root): ``os.access`` says read-only."""
    import os

    from fieldnotes.cli import main

    db = agreed.path
    agreed.close()
    real_access = os.access

    def access(target: object, mode: int, **kwargs: object) -> bool:
        if Path(str(target)) == db and mode & os.W_OK:
            return False
        return real_access(target, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    out = tmp_path / "ro.docx"
    assert main(["--db", str(db), "export", "docx", "--out", str(out)]) == 0
    assert out.exists()
    assert "not noted in the project's log" in capsys.readouterr().err
    monkeypatch.undo()
    with Project.open(db) as project:
        assert project.analysis.member_checks() == []
