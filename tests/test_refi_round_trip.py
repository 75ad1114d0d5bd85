"""fieldnotes → .qdpx → a new fieldnotes project keeps meetings, observation texts and codes."""

from __future__ import annotations

from pathlib import Path

from fieldnotes.export.refi_codebook import write_qdc
from fieldnotes.export.refi_options import RefiSelection
from fieldnotes.export.refi_project import write_qdpx
from fieldnotes.imports.refi_codebook import import_qdc
from fieldnotes.imports.refi_project import import_qdpx
from fieldnotes.store import Project


def _texts_and_codes(project: Project) -> dict[str, set[str]]:
    names = {c.id: c.name for c in project.codes.all()}
    return {
        o.text: {names[c] if not c.startswith("cac:") else c for c in o.codes}
        for items in project.snapshot().observations.values()
        for o in items
        if o.text
    }


def test_a_project_comes_back_through_qdpx(example_project: Project, tmp_path: Path) -> None:
    archive = tmp_path / "study.qdpx"
    write_qdpx(example_project, RefiSelection(), archive)
    with Project.open(tmp_path / "again.fieldnotes") as again:
        import_qdpx(again, archive)
        assert len(again.meetings.all()) == len(example_project.meetings.all())
        assert _texts_and_codes(again) == _texts_and_codes(example_project)
        assert {c.name for c in again.codes.themes()} >= {
            c.name for c in example_project.codes.themes()
        }
        subjects = _memo_subjects(again)
        for text, subject in _memo_subjects(example_project).items():
            (imported,) = (s for t, s in subjects.items() if t.endswith(text))
            assert (imported or "").endswith(subject or "")
            assert (imported is None) == (subject is None)


def _memo_subjects(project: Project) -> dict[str, str | None]:
    """Each memo's text, with the name of the code or title of the meeting it is about."""
    names = {c.id: c.name for c in project.codes.all()}
    names |= {m.id: m.title for m in project.meetings.all()}
    return {m.text.strip(): names.get(m.about or "") for m in project.memos.all()}


def test_importing_our_own_export_changes_nothing(example_project: Project, tmp_path: Path) -> None:
    archive = tmp_path / "study.qdpx"
    write_qdpx(example_project, RefiSelection(), archive)
    before = example_project.snapshot()
    summary = import_qdpx(example_project, archive)
    assert "nothing changed" in summary.describe().lower()
    assert example_project.snapshot() == before


def test_a_codebook_comes_back_through_qdc(example_project: Project, tmp_path: Path) -> None:
    codebook = tmp_path / "team.qdc"
    write_qdc(example_project, codebook)
    with Project.open(tmp_path / "colleague.fieldnotes") as colleague:
        import_qdc(colleague, codebook)
        parents = {c.name: c.parent for c in colleague.codes.themes()}
        ours = {c.id: c.name for c in example_project.codes.themes()}
        assert set(parents) == set(ours.values())
        theirs_by_id = {c.id: c.name for c in colleague.codes.themes()}
        for code in example_project.codes.themes():
            parent = parents[code.name]
            assert (theirs_by_id.get(parent) if parent else None) == (
                ours.get(code.parent) if code.parent else None
            )
