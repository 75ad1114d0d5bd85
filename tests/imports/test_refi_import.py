"""Importing a REFI-QDA project: what becomes what, and a second import changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldnotes.domain.models import Memo, Observation
from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.imports.json_import import import_text
from fieldnotes.imports.refi_project import ImportCancelled, import_qdpx
from fieldnotes.store import Project
from tests.conftest import minimal_document
from tests.imports.refi_archives import (
    INLINE_TEXT,
    Builder,
    assert_valid,
    guid,
    small_study,
    small_study_file,
    write_qdpx,
)


def _observations(project: Project, meeting_id: str) -> list[Observation]:
    return project.observations.for_meeting(meeting_id)


def _meeting_titled(project: Project, title: str) -> str:
    return next(m.id for m in project.meetings.all() if m.title == title)


def test_the_small_study_fixture_is_valid_against_the_schema() -> None:
    qde, _ = small_study()
    assert_valid(qde)


def test_sources_become_meetings_and_selections_observations(
    project: Project, tmp_path: Path
) -> None:
    summary = import_qdpx(project, small_study_file(tmp_path / "study.qdpx"))
    meetings = {m.title: m for m in project.meetings.all()}
    assert set(meetings) == {"Team meeting 14 September", "Interview manager"}
    team = meetings["Team meeting 14 September"]
    assert team.id == guid("source:meeting").lower()
    assert (team.kind, team.location, team.date) == ("team meeting", "community centre", None)
    first, second = _observations(project, team.id)
    assert first.text == "We agreed to meet every week in the community centre."
    assert first.time == "10:05" and first.codes == ["cac:14"]
    assert first.id == guid("sel:weekly").lower()
    assert second.text == "Trust between the partners grows slowly; émigré café 👩‍👩‍👧 noted."
    assert second.time == "10:12"
    assert second.codes == [guid("code:trust").lower(), "cac:relation"]
    assert summary.meetings == 2 and summary.observations == 5
    assert summary.skipped == {"uncoded": 2}


def test_a_source_nobody_coded_is_read_one_observation_per_paragraph(
    project: Project, tmp_path: Path
) -> None:
    summary = import_qdpx(project, small_study_file(tmp_path / "study.qdpx"))
    interview = _meeting_titled(project, "Interview manager")
    assert [o.text for o in _observations(project, interview)] == INLINE_TEXT.split("\n\n")
    assert summary.paragraph_observations == 3
    assert "one per paragraph" in summary.describe()


def test_codes_become_themes_with_their_tree_colour_and_description(
    project: Project, tmp_path: Path
) -> None:
    summary = import_qdpx(project, small_study_file(tmp_path / "study.qdpx"))
    themes = {c.name: c for c in project.codes.themes()}
    assert set(themes) == {"Relations", "Trust"}
    assert themes["Trust"].parent == themes["Relations"].id
    assert themes["Trust"].color == "#3a7bd5"
    assert themes["Trust"].description == "how trust grows"
    assert themes["Relations"].color == "#aa3300"
    assert (summary.themes, summary.matched_cac) == (2, 2)
    assert len(project.codes.all()) == 32 + 2  # no theme duplicates a CAC code


def test_cases_become_participants_with_role_and_organisation(
    project: Project, tmp_path: Path
) -> None:
    import_qdpx(project, small_study_file(tmp_path / "study.qdpx"))
    people = {p.pseudonym: p for p in project.participants.all()}
    assert (people["Coproducer A"].role, people["Coproducer A"].organisation) == (
        "coproducer",
        "community centre",
    )
    assert people["Manager M"].role == "manager"
    assert all(p.real_name is None for p in people.values())
    team = project.meetings.get(guid("source:meeting").lower())
    assert team is not None and team.attendees == [people["Coproducer A"].id]


def test_notes_become_memos_about_what_refers_to_them(project: Project, tmp_path: Path) -> None:
    import_qdpx(project, small_study_file(tmp_path / "study.qdpx"))
    memos = {m.id: m for m in project.memos.all()}
    about_meeting = memos[guid("note:meeting").lower()]
    assert about_meeting.about == guid("source:meeting").lower()
    assert about_meeting.text == "After the meeting\n\nEnergy was high."
    assert memos[guid("note:study").lower()].about is None


def test_a_new_project_takes_the_files_name_and_description(
    project: Project, tmp_path: Path
) -> None:
    summary = import_qdpx(project, small_study_file(tmp_path / "study.qdpx"))
    study = project.study.get()
    assert (study.title, study.description) == ("Small study", "A small study for tests.")
    assert summary.study_named


def test_importing_the_same_file_again_changes_nothing(project: Project, tmp_path: Path) -> None:
    path = small_study_file(tmp_path / "study.qdpx")
    import_qdpx(project, path)
    before = project.snapshot()
    again = import_qdpx(project, path)
    assert project.snapshot() == before
    assert not again.changed
    assert again.describe().startswith("Nothing changed")
    assert again.already["observations"] == 5


def test_the_summary_is_one_line_naming_what_was_skipped(project: Project, tmp_path: Path) -> None:
    b = Builder()
    text = "One coded line.\nAn uncoded line."
    qde = b.project(
        codes=(b.code(guid("c"), "Theme"),),
        sources=(
            b.text_source(
                guid("s"),
                "Source",
                b.selection(guid("a"), 0, 15, guid("c"), guid("ghost")),
                b.selection(guid("b"), 500, 510, guid("c")),
                content=text,
            ),
            b.E.PictureSource(guid=guid("p"), name="Picture", path="internal://x.png"),
        ),
    )
    summary = import_qdpx(project, write_qdpx(tmp_path / "s.qdpx", qde, {"x.png": b"png"}))
    line = summary.describe()
    assert "\n" not in line
    assert line.startswith("Added 1 meeting, 1 observation and 1 theme")
    assert "Skipped 1 selection outside its source's text" in line
    assert "1 coding of a code missing from the codebook" in line
    assert "1 uncoded passage of a coded source" in line
    assert "1 picture source (not text)" in line


def test_selections_over_the_same_text_are_one_observation(
    project: Project, tmp_path: Path
) -> None:
    """QualCoder writes one selection per code applied."""
    b = Builder()
    qde = b.project(
        codes=(b.code(guid("c1"), "One"), b.code(guid("c2"), "Two")),
        sources=(
            b.text_source(
                guid("s"),
                "Source",
                b.selection(guid("x"), 0, 5, guid("c1")),
                b.selection(guid("y"), 0, 5, guid("c2")),
                b.selection(guid("z"), 0, 5, guid("c1")),
                content="Hello world",
            ),
        ),
    )
    import_qdpx(project, write_qdpx(tmp_path / "q.qdpx", qde))
    (observation,) = _observations(project, guid("s").lower())
    assert observation.text == "Hello"
    assert observation.codes == [guid("c1").lower(), guid("c2").lower()]


def _seeded(project: Project) -> None:
    document = minimal_document(memos=[{"id": "n1", "about": "m1", "text": "A memo"}])
    import_text(project, __import__("json").dumps(document))


def test_fieldnotes_guids_are_the_projects_own_items(project: Project, tmp_path: Path) -> None:
    """A file exported from this project and read back changes nothing in it."""
    _seeded(project)
    before = project.snapshot()
    b = Builder()
    qde = b.project(
        name="Test study",
        codes=(
            b.code(guid_for("code", "cac:14"), "CAC 14: The partnership partners communicate"),
            b.code(guid_for("code", "t1"), "Trust (2)", color="#000000"),
        ),
        cases=(b.case(guid_for("case", "p1"), "Coproducer A (renamed)"),),
        sources=(
            b.text_source(
                guid_for("source", "m1"),
                "Team meeting",
                b.selection(
                    guid_for("selection", "o1"),
                    6,
                    16,
                    guid_for("code", "cac:14"),
                    guid_for("code", "t1"),
                ),
                content="10:05 First note",
                note_refs=(guid_for("note", "n1"),),
            ),
        ),
        notes=(b.note(guid_for("note", "n1"), "A memo", "A memo"),),
    )
    summary = import_qdpx(project, write_qdpx(tmp_path / "back.qdpx", qde))
    assert project.snapshot() == before
    assert summary.describe().startswith("Nothing changed")
    assert project.codes.get("t1").name == "Trust"  # type: ignore[union-attr]


def test_a_new_selection_in_a_known_meeting_goes_after_its_observations(
    project: Project, tmp_path: Path
) -> None:
    _seeded(project)
    b = Builder()
    qde = b.project(
        sources=(
            b.text_source(
                guid_for("source", "m1"),
                "Team meeting",
                b.selection(guid_for("selection", "o1"), 6, 16),
                b.selection(guid("new"), 17, 29),
                content="10:05 First note\nA later line",
            ),
        ),
    )
    summary = import_qdpx(project, write_qdpx(tmp_path / "more.qdpx", qde))
    first, added = _observations(project, "m1")
    assert (first.id, first.codes, [q.id for q in first.quotes]) == ("o1", ["cac:14", "t1"], ["q1"])
    assert added.text == "A later line"
    assert (summary.meetings, summary.observations) == (0, 1)
    assert project.meetings.get("m1").title == "Team meeting"  # type: ignore[union-attr]


def test_themes_and_participants_are_matched_by_name(project: Project, tmp_path: Path) -> None:
    _seeded(project)
    b = Builder()
    qde = b.project(
        codes=(b.code(guid("other trust"), "  TRÛST "),),
        cases=(b.case(guid("other case"), "coproducer a"),),
    )
    summary = import_qdpx(project, write_qdpx(tmp_path / "names.qdpx", qde))
    assert summary.matched_themes == 1 and summary.themes == 0
    assert summary.already["participants"] == 1 and summary.participants == 0
    assert [c.id for c in project.codes.themes()] == ["t1"]


def test_memos_attach_to_codes_selections_and_links(project: Project, tmp_path: Path) -> None:
    b = Builder()
    qde = b.project(
        codes=(b.code(guid("c"), "Theme", note_refs=(guid("n-code"),)),),
        sources=(
            b.text_source(
                guid("s"),
                "Source",
                b.selection(guid("sel"), 0, 5, guid("c"), note_refs=(guid("n-sel"),)),
                b.selection(guid("sel2"), 6, 11, description="why this matters"),
                content="Hello world",
            ),
        ),
        notes=(
            b.note(guid("n-code"), "About the theme", "Theme memo"),
            b.note(guid("n-sel"), None, "Selection memo"),
            b.note(guid("n-link"), "Linked…", "Linked memo"),
            b.note(guid("n-empty"), None, ""),
        ),
        links=(b.E.Link(guid=guid("l"), originGUID=guid("n-link"), targetGUID=guid("sel2")),),
    )
    summary = import_qdpx(project, write_qdpx(tmp_path / "memos.qdpx", qde))
    memos = {m.text: m.about for m in project.memos.all()}
    assert memos["About the theme\n\nTheme memo"] == guid("c").lower()
    assert memos["Selection memo"] == guid("s").lower()
    assert memos["Linked memo"] == guid("s").lower()
    assert memos["“world”: why this matters"] == guid("s").lower()
    assert summary.skipped["empty_note"] == 1


def test_cancelling_changes_nothing(project: Project, tmp_path: Path) -> None:
    before = project.snapshot()
    with pytest.raises(ImportCancelled):
        import_qdpx(project, small_study_file(tmp_path / "s.qdpx"), cancelled=lambda: True)
    assert project.snapshot() == before


def test_progress_is_reported_up_to_the_end(project: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    import_qdpx(
        project, small_study_file(tmp_path / "s.qdpx"), progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(0 <= d <= t for d, t in seen)


def test_a_study_with_its_own_name_keeps_it(project: Project, tmp_path: Path) -> None:
    _seeded(project)
    summary = import_qdpx(project, small_study_file(tmp_path / "s.qdpx"))
    assert project.study.get().title == "Test study"
    assert not summary.study_named
    assert Memo in {type(m) for m in project.memos.all()}
    assert "A small study for tests." in {m.text for m in project.memos.all()}
