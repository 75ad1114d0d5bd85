"""The member-check Word summary: structure, privacy, hostile text, and the feedback round trip."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldnotes.errors import FieldnotesError
from fieldnotes.export.member_check_docx import ExportCancelled, write_member_check
from fieldnotes.export.member_check_plan import MemberCheckOptions, plan_member_check
from fieldnotes.export.privacy import xml_safe
from fieldnotes.imports.feedback_docx import import_feedback, parse_verdict
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document


def export(project: Project, path: Path, **options: Any) -> Any:
    plan = plan_member_check(project, MemberCheckOptions(**options))
    write_member_check(plan, path)
    return plan


def all_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def test_structure_headings_references_quotes_and_answer_boxes(
    example_project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "summary.docx"
    plan = export(example_project, path)
    document = Document(str(path))
    styles = [p.style.name for p in document.paragraphs]
    assert styles[0] == "Title"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "How to check this summary" in headings
    assert any(h.startswith("14 September 2022") for h in headings)  # dates in words
    observations = [
        o for items in example_project.observations.all_grouped().values() for o in items
    ]
    texts = "\n".join(p.text for p in document.paragraphs)
    for observation in observations:
        assert observation.reference in texts
        assert observation.text in texts
        for quote in observation.quotes:
            assert quote.text in texts
    answer_tables = [t for t in document.tables if "verdict" in t.cell(0, 0).text.lower()]
    assert len(answer_tables) == len(observations) == plan.observation_count
    assert any(p.style.name == "Quote" and "— " in p.text for p in document.paragraphs)
    assert "Appendix: CAC scores" in headings


def test_only_pseudonyms_in_every_part(project: Project, tmp_path: Path) -> None:
    document = minimal_document()
    document["participants"][0].update(real_name="Annelies Verbruggen", pseudonym="Coproducer A")
    note = document["meetings"][0]["observations"][0]
    note["text"] = "Annelies said Verbruggen family (verbruggen) would join; ANNELIES laughed."
    note["quotes"][0]["text"] = "Ask Annelies Verbruggen."
    document["meetings"][0]["title"] = "Meeting at Verbruggen's"
    import_text(project, json.dumps(document))
    path = tmp_path / "private.docx"
    plan = export(project, path)
    xml = all_xml(path)
    for part in ("Annelies", "Verbruggen"):
        assert re.search(part, xml, re.IGNORECASE) is None
    assert "Coproducer A said Coproducer A family" in xml
    assert plan.replacements and all("Coproducer A" in line for line in plan.replacements)
    assert plan.consent_warnings == ["Coproducer A"]  # quoted, no consent recorded


hostile = st.text(st.characters(codec="utf-8"), max_size=200)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=hostile, quote=hostile)
def test_hostile_text_becomes_a_valid_document(
    tmp_path_factory: Any, text: str, quote: str
) -> None:
    tmp = tmp_path_factory.mktemp("docx")
    with Project.open(tmp / "p.fieldnotes") as project:
        document = minimal_document()
        document["meetings"][0]["observations"][0]["text"] = text
        document["meetings"][0]["observations"][0]["quotes"][0]["text"] = quote
        import_text(project, json.dumps(document))
        export(project, tmp / "out.docx")
    reopened = Document(str(tmp / "out.docx"))
    body = _lines("\n".join(p.text for p in reopened.paragraphs))
    for line in _lines(xml_safe(text)).split("\n"):
        assert line in body


def _lines(text: str) -> str:
    """Line breaks as Word keeps them: any run of CR/LF is one break."""
    return re.sub(r"[\r\n]+", "\n", text)


def test_very_long_note_emoji_and_right_to_left(project: Project, tmp_path: Path) -> None:
    document = minimal_document()
    long_text = ("שלום مرحبا 👩🏽‍⚕️ " * 3000).strip()
    document["meetings"][0]["observations"][0]["text"] = long_text
    import_text(project, json.dumps(document))
    export(project, tmp_path / "long.docx")
    assert long_text in "\n".join(p.text for p in Document(str(tmp_path / "long.docx")).paragraphs)


def test_failure_or_cancel_leaves_the_old_file(example_project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "summary.docx"
    path.write_bytes(b"previous version")
    plan = plan_member_check(example_project, MemberCheckOptions())
    with pytest.raises(ExportCancelled):
        write_member_check(plan, path, cancelled=lambda: True)
    assert path.read_bytes() == b"previous version"
    assert [p.name for p in folder.iterdir()] == ["summary.docx"]
    with pytest.raises(FieldnotesError, match="does not exist"):
        write_member_check(plan, tmp_path / "missing" / "x.docx")


def test_progress_is_reported(example_project: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    plan = plan_member_check(example_project, MemberCheckOptions())
    write_member_check(
        plan, tmp_path / "s.docx", progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (plan.observation_count, plan.observation_count)


def test_filters_and_grouping_by_theme(example_project: Project, tmp_path: Path) -> None:
    plan = export(
        example_project,
        tmp_path / "a.docx",
        meetings=["m2"],
        codes=["cac:relation"],
        grouping="theme",
    )
    refs = {o.reference for s in plan.sections for o in s.observations}
    expected = {
        o.reference
        for o in example_project.observations.for_meeting("m2")
        if set(o.codes) & ({f"cac:{n}" for n in range(14, 19)} | {"cac:relation"})
    }
    assert refs == expected and refs


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("agree", "agree"),
        ("I DISAGREE", "disagree"),
        ("partly", "partly"),
        ("Deels", "partly"),
        ("oneens", "disagree"),
        ("", None),
        ("maybe", None),
    ],
)
def test_verdict_words(text: str, verdict: str | None) -> None:
    assert parse_verdict(text) == verdict


def _answer(path: Path, out: Path) -> None:
    document = Document(str(path))
    tables = [t for t in document.tables if "verdict" in t.cell(0, 0).text.lower()]
    tables[0].cell(0, 1).text = "agree"
    tables[0].cell(1, 1).text = "That is how it went."
    tables[1].cell(0, 1).text = "disagree"
    paragraphs = document.paragraphs
    starts = [i for i, p in enumerate(paragraphs) if p.text.startswith("O-")]
    document.add_comment(
        paragraphs[starts[2] + 1].runs, text="I remember it differently.", author="X"
    )
    document.save(str(out))


def _feedback(project: Project) -> dict[str, list[tuple[str | None, str | None, str]]]:
    return {
        o.reference: [(f.participant, f.verdict, f.comment) for f in o.feedback]
        for items in project.observations.all_grouped().values()
        for o in items
        if o.feedback
    }


def test_feedback_round_trip_and_idempotence(project: Project, tmp_path: Path) -> None:
    document = minimal_document()
    document["meetings"][0]["observations"] += [
        {"id": "o2", "text": "Second."},
        {"id": "o3", "text": "Third."},
    ]
    import_text(project, json.dumps(document))
    export(project, tmp_path / "out.docx")
    _answer(tmp_path / "out.docx", tmp_path / "back.docx")
    summary = import_feedback(project, tmp_path / "back.docx", "p1")
    assert summary.added == 3
    refs = [project.observations.get(i).reference for i in ("o1", "o2", "o3")]  # type: ignore[union-attr]
    assert _feedback(project) == {
        refs[0]: [("p1", "agree", "That is how it went.")],
        refs[1]: [("p1", "disagree", "")],
        refs[2]: [("p1", None, "I remember it differently.")],
    }
    again = import_feedback(project, tmp_path / "back.docx", "p1")
    assert (again.added, again.already_there) == (0, 3)


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_feedback_survives_a_libreoffice_resave(example_project: Project, tmp_path: Path) -> None:
    export(example_project, tmp_path / "out.docx", meetings=["m1"])
    _answer(tmp_path / "out.docx", tmp_path / "answered.docx")
    resaved = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "docx",
            "--outdir",
            str(resaved),
            str(tmp_path / "answered.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    before = _feedback(example_project)
    summary = import_feedback(example_project, resaved / "answered.docx", "p2")
    assert summary.added == 3
    after = _feedback(example_project)
    new = {ref: [f for f in items if f not in before.get(ref, [])] for ref, items in after.items()}
    assert sorted((v for items in new.values() for v in items), key=str) == sorted(
        [
            ("p2", "agree", "That is how it went."),
            ("p2", "disagree", ""),
            ("p2", None, "I remember it differently."),
        ],
        key=str,
    )


def test_bad_feedback_files(project: Project, tmp_path: Path) -> None:
    with pytest.raises(FieldnotesError, match="No such file"):
        import_feedback(project, tmp_path / "none.docx", None)
    not_docx = tmp_path / "notes.docx"
    not_docx.write_text("plain text")
    with pytest.raises(FieldnotesError, match="not a Word document"):
        import_feedback(project, not_docx, None)
    with pytest.raises(FieldnotesError, match="--participant"):
        import_feedback(project, not_docx, "p99")
