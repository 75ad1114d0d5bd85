"""Random edits on two copies, then a merge: nothing either side wrote is lost."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fieldnotes.domain.models import Code, Meeting, Observation, Participant, Quote
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.store import Project
from fieldnotes.store.backup import check_file
from fieldnotes.store.sync import merge_projects

BASE = {"o0": "note 0", "o1": "note 1", "o2": "note 2", "o3": "note 3", "o4": "walk 4"}
MEETING_OF = {"o0": "m1", "o1": "m1", "o2": "m1", "o3": "m2", "o4": "m2"}
IDS = sorted(BASE)
texts = st.text(max_size=30)
edits = st.one_of(
    st.tuples(st.just("text"), st.sampled_from(IDS), texts),
    st.tuples(st.just("delete"), st.sampled_from(IDS), st.just("")),
    st.tuples(st.just("add"), st.sampled_from(["m1", "m2"]), texts),
    st.tuples(st.just("tag"), st.sampled_from(IDS), st.sampled_from(["cac:1", "t1", "t2"])),
    st.tuples(st.just("quote"), st.sampled_from(IDS), texts),
    st.tuples(st.just("delete meeting"), st.just("m2"), st.just("")),
    st.tuples(st.just("delete theme"), st.sampled_from(["t1", "t2"]), st.just("")),
    st.tuples(st.just("delete participant"), st.just("p1"), st.just("")),
    st.tuples(st.just("nest"), st.sampled_from(["t1", "t2"]), st.sampled_from(["t1", "t2"])),
    st.tuples(st.just("retitle"), st.sampled_from(["m1", "m2"]), texts),
)
scripts = st.lists(edits, max_size=8)


def apply(project: Project, script: list[tuple[str, str, str]], who: str) -> None:
    for step, (action, item, value) in enumerate(script):
        if action == "add":
            if project.meetings.get(item) is not None:
                project.observations.add(Observation(f"{who}-{step}", item, value))
            continue
        if action in ("delete meeting", "retitle"):
            meeting = project.meetings.get(item)
            if meeting is None:
                continue
            if action == "retitle":
                meeting.title = value
                project.meetings.update(meeting)
            else:
                project.meetings.delete(item)
            continue
        if action in ("delete theme", "nest"):
            theme = project.codes.get(item)
            if theme is None:
                continue
            if action == "delete theme":
                project.codes.delete_theme(item)
            elif (
                value != item
                and project.codes.get(value) is not None
                and item not in project.codes.ancestors(value)
            ):
                project.codes.update_theme(Code(item, theme.name, parent=value))
            continue
        if action == "delete participant":
            if project.participants.get(item) is not None:
                project.participants.delete(item)
            continue
        observation = project.observations.get(item)
        if observation is None:
            continue
        if action == "text":
            project.observations.update_text(item, value)
        elif action == "delete":
            project.observations.delete(item)
        elif action == "tag" and project.codes.get(value) is not None:
            project.observations.set_codes(item, [value])
        elif action == "quote":
            speaker = "p1" if project.participants.get("p1") is not None else None
            project.observations.add_quote(item, Quote(f"q-{who}-{step}", value, speaker))


def written_texts(path: Path) -> set[str]:
    """Texts this copy ended with that it wrote itself (an item it never touched may
    rightly take the other copy's edit, or go with the other copy's delete)."""
    with Project.open(path) as project:
        return {
            o.text
            for items in project.observations.all_grouped().values()
            for o in items
            if BASE.get(o.id) != o.text
        }


def kept_texts(project: Project) -> set[str]:
    texts = {o.text for items in project.observations.all_grouped().values() for o in items}
    for record in project.conflicts.all():
        if record.theirs is not None and record.kind == "observation":
            texts.add(record.theirs["text"])
    return texts


def start(folder: Path) -> tuple[Path, Path]:
    ours = folder / "ours.fieldnotes"
    with Project.open(ours) as project:
        project.participants.add(Participant("p1", "Coproducer A"))
        project.codes.add_theme(Code("t1", "Trust"))
        project.codes.add_theme(Code("t2", "Keys"))
        for meeting in ("m1", "m2"):
            project.meetings.add(Meeting(meeting, f"Meeting {meeting}", attendees=["p1"]))
        for oid, text in BASE.items():
            project.observations.add(Observation(oid, MEETING_OF[oid], text, codes=["t1"]))
        project.observations.add_quote("o0", Quote("q0", "Said.", "p1"))
    theirs = folder / "theirs.fieldnotes"
    shutil.copy(ours, theirs)
    return ours, theirs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ours_script=scripts, theirs_script=scripts)
@example([("text", "o0", "Ann")], [("text", "o0", "Bob")])
@example([("delete meeting", "m2", "")], [("text", "o3", "Bob"), ("add", "m2", "Bob's new")])
@example([("text", "o3", "Ann")], [("delete meeting", "m2", "")])
@example([("tag", "o1", "t2"), ("quote", "o2", "Ann")], [("delete theme", "t2", "")])
@example([("quote", "o1", "Ann")], [("delete participant", "p1", ""), ("text", "o1", "Bob")])
@example([("nest", "t1", "t2")], [("nest", "t2", "t1")])
def test_nothing_is_lost_references_hold_and_merging_again_changes_nothing(
    ours_script: list[tuple[str, str, str]], theirs_script: list[tuple[str, str, str]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = start(Path(tmp))
        with Project.open(ours) as project:
            apply(project, ours_script, "ann")
        with Project.open(theirs) as project:
            apply(project, theirs_script, "bob")
        expected = written_texts(ours) | written_texts(theirs)
        with Project.open(ours) as project:
            merge_projects(project, theirs)
            assert expected <= kept_texts(project)
            once = export_json_bytes(project)
            again = merge_projects(project, theirs)
            assert export_json_bytes(project) == once
            assert again.totals["added"] == again.totals["updated"] == 0
            assert again.totals["deleted"] == again.totals["conflicts"] == 0
        assert check_file(ours) == []
        # And the other way round: the colleague merging our result loses nothing either.
        with Project.open(theirs) as project:
            merge_projects(project, ours)
            assert expected <= kept_texts(project)
        assert check_file(theirs) == []
