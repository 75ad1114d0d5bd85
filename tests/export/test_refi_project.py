"""The REFI-QDA project export: schema-valid, the agreed shape, privacy, the importer
pitfalls that break QualCoder, selection, progress and cancel."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldnotes import __version__
from fieldnotes.domain.models import Quote, Study
from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.errors import Cancelled, OutputError
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.refi_options import RefiExportCancelled
from fieldnotes.export.refi_project import QdpxSummary, RefiSelection, write_qdpx
from fieldnotes.export.refi_text import plain
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document
from tests.export.refi_helpers import Qdpx, read_qdpx

ALL = RefiSelection()
NS = {"q": "urn:QDA-XML:project:1.0"}


def export(project: Project, path: Path, selection: RefiSelection = ALL, **kw: Any) -> Qdpx:
    write_qdpx(project, selection, path, **kw)
    return read_qdpx(path)


def observations_of(project: Project) -> list[Any]:
    return [o for items in project.observations.all_grouped().values() for o in items]


# -- shape ---------------------------------------------------------------------------


def test_example_study_is_valid_and_complete(example_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "example.qdpx"
    summary = write_qdpx(example_project, ALL, path)
    qdpx = read_qdpx(path)
    observations = observations_of(example_project)
    assert summary == QdpxSummary(
        sources=4,
        selections=len(observations),
        codings=sum(len(o.codes) for o in observations),
        codes=6 + 26 + 5,
        notes=3,
        cases=7,
    )
    assert summary.describe() == (
        f"4 sources ({len(observations)} observations, {summary.codings} codings), "
        "37 codes, 3 notes and 7 cases"
    )
    assert len(qdpx.xpath("//q:TextSource")) == 4
    assert len(qdpx.xpath("//q:PlainTextSelection")) == len(observations)
    assert len(qdpx.xpath("//q:Coding")) == summary.codings
    assert len(qdpx.xpath("//q:Note")) == 3 and len(qdpx.xpath("//q:Case")) == 7


def test_every_observation_is_its_selection_over_its_own_text(
    example_project: Project, tmp_path: Path
) -> None:
    qdpx = export(example_project, tmp_path / "e.qdpx")
    codes = qdpx.code_names()
    guard = NameGuard(example_project.participants.all())
    for observation in observations_of(example_project):
        source = qdpx.xpath(f"//q:TextSource[@guid='{guid_for('source', observation.meeting)}']")
        (selection,) = qdpx.xpath(
            f"//q:PlainTextSelection[@guid='{guid_for('selection', observation.id)}']"
        )
        text = qdpx.text_of(source[0])
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        assert text[start:end] == plain(observation.text, guard)
        assert selection.get("name") == observation.reference
        refs = [r.get("targetGUID") for r in selection.xpath("q:Coding/q:CodeRef", namespaces=NS)]
        assert refs == [guid_for("code", c) for c in observation.codes]
        assert all(ref in codes for ref in refs)


def test_an_item_is_coded_as_the_item_only(project: Project, tmp_path: Path) -> None:
    document = minimal_document()
    document["meetings"][0]["observations"][0]["codes"] = ["cac:14"]
    import_text(project, json.dumps(document))
    qdpx = export(project, tmp_path / "item.qdpx")
    refs = [r.get("targetGUID") for r in qdpx.xpath("//q:Coding/q:CodeRef")]
    assert refs == [guid_for("code", "cac:14")]


def test_code_tree_follows_the_naming_convention(example_project: Project, tmp_path: Path) -> None:
    qdpx = export(example_project, tmp_path / "codes.qdpx")
    top = qdpx.xpath("/q:Project/q:CodeBook/q:Codes/q:Code")
    dimensions = top[:6]
    assert [d.get("name") for d in dimensions] == [
        "CAC General",
        "CAC Suitability of the partners",
        "CAC Task dimension",
        "CAC Relation dimension",
        "CAC Growth dimension",
        "CAC Visibility dimension",
    ]
    relation = dimensions[3]
    assert relation.get("guid") == guid_for("code", "cac:relation")
    items = relation.xpath("q:Code", namespaces=NS)
    assert [i.get("guid") for i in items] == [guid_for("code", f"cac:{n}") for n in range(14, 19)]
    assert items[0].get("name").startswith("CAC 14: ")
    assert {i.get("color") for i in items} == {relation.get("color")}
    themes = top[6:]
    assert [t.get("name") for t in themes] == [
        "Learning network",
        "Professional-coproducer collaboration",
        "Experiences in practice",
        "Trust",
    ]
    (nested,) = themes[1].xpath("q:Code", namespaces=NS)
    assert nested.get("name") == "Shared language"
    assert nested.get("color") == "#c0392b"
    assert "jargon" in nested.xpath("string(q:Description)", namespaces=NS)
    names = [c.get("name").casefold() for c in qdpx.xpath("//q:Code")]
    assert len(names) == len(set(names))
    assert all(c.get("isCodable") == "true" for c in qdpx.xpath("//q:Code"))


def test_colliding_theme_names_get_a_number(project: Project, tmp_path: Path) -> None:
    codes = [
        {"id": "t1", "name": "Trust", "parent": None},
        {"id": "t2", "name": "trust", "parent": "t1"},
        {"id": "t3", "name": "CAC Relation dimension", "parent": None},
        {"id": "t4", "name": " \n", "parent": None},
    ]
    import_text(project, json.dumps(minimal_document(codes=codes)))
    odd = project.codes.get("t4")
    assert odd is not None
    odd.color = "not a colour"  # the app's colour picker never does this; a merge might
    project.codes.update_theme(odd)
    names = {c.get("guid"): c for c in export(project, tmp_path / "n.qdpx").xpath("//q:Code")}
    assert names[guid_for("code", "t1")].get("name") == "Trust"
    assert names[guid_for("code", "t2")].get("name") == "trust (2)"
    assert names[guid_for("code", "t3")].get("name") == "CAC Relation dimension (2)"
    assert names[guid_for("code", "t4")].get("name") == "Theme"
    assert names[guid_for("code", "t4")].get("color") is None


def test_sources_carry_meeting_facts_and_variables(
    example_project: Project, tmp_path: Path
) -> None:
    qdpx = export(example_project, tmp_path / "v.qdpx")
    variables = {v.get("name"): v for v in qdpx.xpath("//q:Variables/q:Variable")}
    assert {n: v.get("typeOfVariable") for n, v in variables.items()} == {
        "Meeting date": "Date",
        "Meeting kind": "Text",
        "Attendees": "Text",
        "Role": "Text",
        "Sector": "Text",
    }
    (source,) = qdpx.xpath(f"//q:TextSource[@guid='{guid_for('source', 'm1')}']")
    assert source.get("name") == "2022-09-14 Kick-off of The Connectors"
    description = source.xpath("string(q:Description)", namespaces=NS)
    assert "Date: 2022-09-14" in description and "Kind: team meeting" in description
    values = {
        value.xpath("string(q:VariableRef/@targetGUID)", namespaces=NS): value[1].text
        for value in source.xpath("q:VariableValue", namespaces=NS)
    }
    assert values[variables["Meeting date"].get("guid")] == "2022-09-14"
    assert values[variables["Meeting kind"].get("guid")] == "team meeting"
    assert "Coproducer C" in values[variables["Attendees"].get("guid")]


def test_cases_are_pseudonyms_with_role_sector_and_where_they_appear(
    example_project: Project, tmp_path: Path
) -> None:
    qdpx = export(example_project, tmp_path / "c.qdpx")
    (case,) = qdpx.xpath(f"//q:Case[@guid='{guid_for('case', 'p3')}']")
    assert case.get("name") == "Coproducer C"
    values = [v[1].text for v in case.xpath("q:VariableValue", namespaces=NS)]
    assert values == ["coproducer", "community centre"]
    sources = {r.get("targetGUID") for r in case.xpath("q:SourceRef", namespaces=NS)}
    attended = {m.id for m in example_project.meetings.all() if "p3" in m.attendees}
    quoted = {
        o.id: o.meeting
        for o in observations_of(example_project)
        if any(q.speaker == "p3" for q in o.quotes)
    }
    assert sources == {guid_for("source", m) for m in attended | set(quoted.values())}
    selections = [r.get("targetGUID") for r in case.xpath("q:SelectionRef", namespaces=NS)]
    assert selections == [guid_for("selection", o) for o in quoted]
    assert selections  # the example quotes Coproducer C


def test_notes_are_linked_to_their_code_meeting_or_the_project(
    example_project: Project, tmp_path: Path
) -> None:
    qdpx = export(example_project, tmp_path / "notes.qdpx")
    note = {n.get("guid"): n for n in qdpx.xpath("//q:Notes/q:Note")}
    about_meeting, about_code, about_study = (guid_for("note", i) for i in ("n1", "n2", "n3"))
    assert set(note) == {about_meeting, about_code, about_study}
    assert qdpx.text_of(note[about_code]).startswith("'Learning network' seems")
    links = {(link.get("originGUID"), link.get("targetGUID")) for link in qdpx.xpath("//q:Link")}
    assert links == {
        (about_meeting, guid_for("source", "m1")),
        (about_code, guid_for("code", "t1")),
    }
    assert [r.get("targetGUID") for r in qdpx.xpath("/q:Project/q:NoteRef")] == [about_study]
    # A note referred to from a source is taken for a text annotation by QualCoder, and
    # older QualCoder releases drop a code holding both a description and a note reference.
    assert not qdpx.xpath("//q:TextSource/q:NoteRef")
    assert not qdpx.xpath("//q:Code/q:NoteRef")
    assert qdpx.xpath("string(/q:Project/@name)") == "The Connectors (example)"
    assert "fictional example" in qdpx.xpath("string(/q:Project/q:Description)")


def test_the_researcher_is_the_user_of_everything(example_project: Project, tmp_path: Path) -> None:
    example_project.settings.researcher = "Dr. Jansen"
    qdpx = export(example_project, tmp_path / "user.qdpx")
    (user,) = qdpx.xpath("//q:Users/q:User")
    assert user.get("name") == "Dr. Jansen"
    assert user.get("guid") == guid_for("user", "Dr. Jansen")
    users = {
        value
        for attribute in ("creatingUser", "modifyingUser", "creatingUserGUID")
        for value in qdpx.xpath(f"//@{attribute}")
    }
    assert users == {user.get("guid")}
    assert len(qdpx.xpath("//q:Coding[@creatingUser]")) == len(qdpx.xpath("//q:Coding"))


def test_without_a_researcher_the_user_is_researcher(project: Project, tmp_path: Path) -> None:
    (user,) = export(project, tmp_path / "u.qdpx").xpath("//q:Users/q:User")
    assert (user.get("name"), user.get("guid")) == ("Researcher", guid_for("user", "researcher"))


def test_guids_and_names_are_the_same_in_a_second_export(
    example_project: Project, tmp_path: Path
) -> None:
    first = export(example_project, tmp_path / "1.qdpx")
    second = export(example_project, tmp_path / "2.qdpx")
    assert first.xpath("//@guid") == second.xpath("//@guid")
    assert first.xpath("//@name") == second.xpath("//@name")
    assert sorted(first.raw) == sorted(second.raw)
    guids = first.xpath("//@guid")
    assert len(guids) == len(set(guids))
    assert all(re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", g) for g in guids)


def test_an_empty_project_is_valid(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "empty.qdpx"
    summary = write_qdpx(project, ALL, path)
    qdpx = read_qdpx(path)
    assert (
        summary.describe() == "0 sources (0 observations, 0 codings), 32 codes, 0 notes and 0 cases"
    )
    assert sorted(qdpx.raw) == ["project.qde"]


# -- privacy ---------------------------------------------------------------------------

REAL_NAMES = ("Annelies Verbruggen", "Joost de Wit", "Fatima El Idrissi")


def test_no_real_name_anywhere_in_the_archive(example_project: Project, tmp_path: Path) -> None:
    """Put the example's real names in every free-text place, then search every part."""
    project = example_project
    project.settings.researcher = "Joost de Wit"
    project.study.update(Study("Study of Annelies", "By Fatima El Idrissi"))
    meeting = project.meetings.get("m1")
    assert meeting is not None
    meeting.title, meeting.location = "Meeting at Verbruggen's", "Home of Joost"
    meeting.notes = "Fatima could not come."
    project.meetings.update(meeting)
    first = observations_of(project)[0]
    project.observations.update_text(first.id, "Annelies Verbruggen told JOOST about Idrissi.")
    quote = Quote("q-private", "Ask Joost.", "p1", "Vraag het aan Fatima.", "nl")
    project.observations.add_quote(first.id, quote)
    person = project.participants.get("p2")
    assert person is not None
    person.organisation = "Verbruggen & partners"
    project.participants.update(person)
    theme = project.codes.get("t1")
    assert theme is not None
    theme.name, theme.description = "Annelies' ideas", "As Fatima put it"
    project.codes.update_theme(theme)
    project.memos.set_about("t3", "Joost de Wit disagreed.")
    project.memos.set_about("m2", "Fatima El Idrissi came late.")
    path = tmp_path / "private.qdpx"
    summary = write_qdpx(project, ALL, path)
    qdpx = read_qdpx(path)
    assert summary.replacements  # there was something to replace
    parts = {name: data.decode("utf-8") for name, data in qdpx.raw.items()}
    for real in REAL_NAMES:
        for word in [real, *(w for w in real.split() if len(w) >= 3)]:
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            for name, text in parts.items():
                assert not pattern.search(text), f"{word!r} in {name}"
    assert "Coproducer C" in parts["project.qde"]  # the researcher's name became a pseudonym


# -- importer pitfalls (each breaks QualCoder) -----------------------------------------


@pytest.fixture
def hostile_project(project: Project) -> Project:
    document = minimal_document()
    meeting = document["meetings"][0]
    meeting["title"] = "\ufeffBOM title\r\nsecond line"
    observation = meeting["observations"][0]
    observation["text"] = "\ufeffStarts with a BOM\r\nthen CRLF\rthen CR\x00nul\x1besc\ufffe end"
    observation["quotes"][0]["text"] = "quote\r\nwith CRLF\x07"
    meeting["notes"] = "notes\r\n\x0bmore"
    document["memos"] = [
        {"id": "n1", "about": "m1", "text": "one\r\nmemo"},
        {"id": "n2", "about": "m1", "text": "two"},
        {"id": "n3", "about": None, "text": "study\x00"},
        {"id": "n4", "about": None, "text": ""},
    ]
    import_text(project, json.dumps(document))
    return project


def test_no_byte_order_mark_anywhere(hostile_project: Project, tmp_path: Path) -> None:
    qdpx = export(hostile_project, tmp_path / "bom.qdpx")
    for name, data in qdpx.raw.items():
        assert not data.startswith(b"\xef\xbb\xbf"), name
        assert "\ufeff" not in data.decode("utf-8"), name


def test_text_files_have_lf_line_ends_only(hostile_project: Project, tmp_path: Path) -> None:
    qdpx = export(hostile_project, tmp_path / "crlf.qdpx")
    texts = [data for name, data in qdpx.raw.items() if name.endswith(".txt")]
    assert len(texts) == 1 + 4  # one meeting, four memos
    assert all(b"\r" not in data for data in texts)
    (source,) = qdpx.xpath("//q:TextSource")
    (selection,) = qdpx.xpath("//q:PlainTextSelection")
    text = qdpx.text_of(source)
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert text[start:end] == "Starts with a BOM\nthen CRLF\nthen CRnulesc end"


def test_origin_names_fieldnotes_and_its_version(project: Project, tmp_path: Path) -> None:
    qdpx = export(project, tmp_path / "o.qdpx")
    assert qdpx.root.get("origin") == f"fieldnotes {__version__}"


def test_text_sources_and_notes_point_to_files_never_inline_text(
    hostile_project: Project, tmp_path: Path
) -> None:
    qdpx = export(hostile_project, tmp_path / "inline.qdpx")
    assert not qdpx.xpath("//q:PlainTextContent")
    for element in qdpx.xpath("//q:TextSource | //q:Note"):
        guid = element.get("guid")
        assert element.get("plainTextPath") == f"internal://{guid}.txt"
        assert f"sources/{guid}.txt" in qdpx.raw


def test_every_note_has_both_dates_and_a_name_of_its_own(
    hostile_project: Project, tmp_path: Path
) -> None:
    qdpx = export(hostile_project, tmp_path / "notes.qdpx")
    notes = qdpx.xpath("//q:Note")
    assert len(notes) == 4
    for note in notes:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", note.get("creationDateTime"))
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", note.get("modifiedDateTime"))
    names = [n.get("name") for n in notes]
    assert names == [
        "Memo: 2022-09-14 BOM title second line",
        "Memo: 2022-09-14 BOM title second line (2)",
        "Memo: study",
        "Memo: study (2)",
    ]


def test_control_characters_are_dropped_from_files_and_xml(
    hostile_project: Project, tmp_path: Path
) -> None:
    qdpx = export(hostile_project, tmp_path / "ctl.qdpx")
    for name, data in qdpx.raw.items():
        text = data.decode("utf-8")
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text), name
    (source,) = qdpx.xpath("//q:TextSource")
    assert source.xpath("string(q:Description)", namespaces=NS).endswith("\n\nnotes\nmore")


# -- selection -------------------------------------------------------------------------


def source_guids(qdpx: Qdpx) -> list[str]:
    return [s.get("guid") for s in qdpx.xpath("//q:TextSource")]


def test_selection_by_meeting_and_dates(example_project: Project, tmp_path: Path) -> None:
    one = export(example_project, tmp_path / "m.qdpx", RefiSelection(meetings=["m2"]))
    assert source_guids(one) == [guid_for("source", "m2")]
    period = export(
        example_project,
        tmp_path / "d.qdpx",
        RefiSelection(date_from="2022-11-01", date_to="2023-01-31"),
    )
    assert source_guids(period) == [guid_for("source", "m2"), guid_for("source", "m3")]
    # The memo about m1 goes with m1; memos about codes and the study stay.
    assert [n.get("guid") for n in period.xpath("//q:Note")] == [
        guid_for("note", "n2"),
        guid_for("note", "n3"),
    ]
    assert period.xpath("//q:Link/@targetGUID") == [guid_for("code", "t1")]
    # Every participant is a case; references only point at what was exported.
    assert len(period.xpath("//q:Case")) == 7
    exported = set(period.xpath("//q:TextSource/@guid"))
    assert set(period.xpath("//q:SourceRef/@targetGUID")) <= exported
    selections = set(period.xpath("//q:PlainTextSelection/@guid"))
    assert set(period.xpath("//q:SelectionRef/@targetGUID")) <= selections


def test_selection_by_codes_includes_sub_codes_and_skips_empty_meetings(
    example_project: Project, tmp_path: Path
) -> None:
    qdpx = export(example_project, tmp_path / "c.qdpx", RefiSelection(codes=["t2"]))
    below = {"t2", "t5"}
    expected = [o for o in observations_of(example_project) if below & set(o.codes)]
    assert expected
    assert sorted(qdpx.xpath("//q:PlainTextSelection/@guid")) == sorted(
        guid_for("selection", o.id) for o in expected
    )
    assert source_guids(qdpx) == [
        guid_for("source", m) for m in dict.fromkeys(o.meeting for o in expected)
    ]
    both = export(example_project, tmp_path / "both.qdpx", RefiSelection(codes=["t2", "cac:task"]))
    assert len(both.xpath("//q:PlainTextSelection")) < len(expected)


# -- output ----------------------------------------------------------------------------


def test_cancel_writes_nothing_and_keeps_the_old_file(
    example_project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "keep.qdpx"
    path.write_bytes(b"old")
    with pytest.raises(RefiExportCancelled) as raised:
        write_qdpx(example_project, ALL, path, cancelled=lambda: True)
    assert isinstance(raised.value, Cancelled)
    assert path.read_bytes() == b"old"
    others = {p.name for p in tmp_path.iterdir() if not p.name.startswith("study.fieldnotes")}
    assert others == {"keep.qdpx"}  # no temporary left behind


def test_cancel_midway_through_many_observations(project: Project, tmp_path: Path) -> None:
    document = minimal_document()
    template = document["meetings"][0]["observations"][0]
    document["meetings"][0]["observations"] = [
        {**template, "id": f"o{i}", "quotes": []} for i in range(1_200)
    ]
    import_text(project, json.dumps(document))
    seen: list[tuple[int, int]] = []
    path = tmp_path / "never.qdpx"
    with pytest.raises(RefiExportCancelled):
        write_qdpx(
            project,
            ALL,
            path,
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: bool(seen[1:]),
        )
    assert not path.exists()
    assert 0 < seen[-1][0] < 1_200  # it stopped within the meeting


def test_progress_counts_observations_up_to_the_total(
    example_project: Project, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    write_qdpx(example_project, ALL, tmp_path / "p.qdpx", progress=lambda d, t: seen.append((d, t)))
    total = len(observations_of(example_project))
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_refuses_to_write_over_the_project(example_project: Project, tmp_path: Path) -> None:
    before = example_project.path.read_bytes()
    for target in (example_project.path, Path(f"{example_project.path}-wal")):
        with pytest.raises(OutputError, match="project file itself"):
            write_qdpx(example_project, ALL, target)
    assert example_project.path.read_bytes() == before


def test_a_missing_folder_is_one_clear_error(example_project: Project, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_qdpx(example_project, ALL, tmp_path / "nowhere" / "x.qdpx")


def test_runs_on_a_project_opened_in_a_worker_thread(
    example_project: Project, tmp_path: Path
) -> None:
    results: list[object] = []

    def work() -> None:
        with example_project.reopen(read_only=True) as mine:
            results.append(write_qdpx(mine, ALL, tmp_path / "thread.qdpx"))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert isinstance(results[0], QdpxSummary)
    read_qdpx(tmp_path / "thread.qdpx")


# -- any text --------------------------------------------------------------------------

any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=120)
tricky = st.sampled_from(["😀", "e\u0301", "👩\u200d👧", "🇳🇱", "\r\n", "\r", "\x00", "\ufeff"])
text_with_tricks = st.lists(st.one_of(any_text, tricky), max_size=6).map("".join)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(text_with_tricks, min_size=1, max_size=4),
    title=text_with_tricks,
    theme=text_with_tricks,
    memo=text_with_tricks,
    pseudonym=text_with_tricks.filter(lambda s: s.strip() != ""),
)
def test_any_text_gives_a_valid_project_whose_offsets_hold(
    tmp_path_factory: Any, texts: list[str], title: str, theme: str, memo: str, pseudonym: str
) -> None:
    tmp = tmp_path_factory.mktemp("any")
    document = minimal_document(
        codes=[{"id": "t1", "name": theme, "parent": None, "description": theme}],
        memos=[
            {"id": "n1", "about": "t1", "text": memo},
            {"id": "n2", "about": "m1", "text": memo},
        ],
    )
    document["participants"][0]["pseudonym"] = pseudonym
    meeting = document["meetings"][0]
    meeting["title"] = title
    template = meeting["observations"][0]
    meeting["observations"] = [
        {
            **template,
            "id": f"o{i}",
            "text": text,
            "quotes": [{"id": f"q{i}", "speaker": "p1", "text": text}],
        }
        for i, text in enumerate(texts)
    ]
    with Project.open(tmp / "any.fieldnotes") as project:
        import_text(project, json.dumps(document))
        qdpx = export(project, tmp / "any.qdpx")  # validates against Project.xsd
    guard = NameGuard([])
    (source,) = qdpx.xpath("//q:TextSource")
    text = qdpx.text_of(source)
    expected = {guid_for("selection", f"o{i}"): plain(t, guard) for i, t in enumerate(texts)}
    for selection in qdpx.xpath("//q:PlainTextSelection"):
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        assert text[start:end] == expected.pop(selection.get("guid"))
    assert all(not value for value in expected.values())  # only empty texts have no selection
    for data in qdpx.raw.values():
        assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
