"""An edit the project file refuses is dropped from the undo stack and reported to the hub,
never raised out of ``QUndoCommand.redo`` as an "unexpected error"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from fieldnotes.domain.models import Meeting
from fieldnotes.errors import DiskFullError, ReadOnlyError, StoreError
from fieldnotes.store import Project
from fieldnotes.ui.commands.observations import EditObservationText, SetObservationCodes
from fieldnotes.ui.commands.project_items import AddMeeting
from fieldnotes.ui.hub import ProjectHub

pytestmark = pytest.mark.gui


@pytest.fixture
def read_only_hub(example_project: Project, qapp: object) -> Iterator[ProjectHub]:
    path = example_project.path
    example_project.close()
    with Project.open(path, create=False, read_only=True) as project:
        yield ProjectHub(project)


def _failures(hub: ProjectHub) -> list[StoreError]:
    seen: list[StoreError] = []
    hub.write_failed.connect(seen.append)
    return seen


def fill_the_disk(project: Project, spare: int = 0) -> None:
    """SQLite's own "database or disk is full": the file may not grow by more than
    ``spare`` pages (pages already free inside it can still be used)."""
    (pages,) = project.conn.execute("PRAGMA page_count").fetchone()
    project.conn.execute(f"PRAGMA max_page_count = {pages + spare}")


def free_the_disk(project: Project) -> None:
    project.conn.execute("PRAGMA max_page_count = 1073741823")


def test_a_refused_edit_is_not_on_the_undo_stack(read_only_hub: ProjectHub) -> None:
    hub = read_only_hub
    failures = _failures(hub)
    observation = hub.project.observations.all_grouped()["m1"][0]
    stack = QUndoStack()
    stack.push(SetObservationCodes(hub, observation.id, observation.codes, [], "Remove all tags"))
    assert stack.count() == 0 and not stack.canUndo()
    assert len(failures) == 1 and isinstance(failures[0], ReadOnlyError)
    assert hub.project.observations.get(observation.id) == observation


def test_a_refused_new_meeting_is_reported_once(read_only_hub: ProjectHub) -> None:
    failures = _failures(read_only_hub)
    stack = QUndoStack()
    stack.push(AddMeeting(read_only_hub, Meeting("m9", "Extra", date="2024-02-02")))
    assert stack.count() == 0
    assert [type(f) for f in failures] == [ReadOnlyError]
    assert read_only_hub.project.meetings.get("m9") is None


def test_a_refused_undo_drops_the_step_and_keeps_the_file_as_it_is(hub: ProjectHub) -> None:
    failures = _failures(hub)
    observation = hub.project.observations.all_grouped()["m1"][0]
    stack = QUndoStack()
    longer = observation.text + " and much more." * 400
    stack.push(EditObservationText(hub, observation.id, longer, observation.text))
    stack.push(EditObservationText(hub, observation.id, observation.text, longer))
    assert stack.count() == 1  # merged into one typing step
    shorter = "short"
    stack.push(EditObservationText(hub, observation.id, longer, shorter))
    # Without the pages earlier edits freed (how many depends on what a write keeps
    # for a moment: the merge tracking keeps an item's previous content until commit).
    hub.project.conn.execute("VACUUM")
    fill_the_disk(hub.project, spare=2)
    hub.project.observations.update_text(observation.id, shorter)  # shrinking still fits
    stack.undo()  # back to the long text: the file would have to grow
    assert failures and isinstance(failures[-1], DiskFullError)
    assert hub.project.observations.get(observation.id).text == shorter  # type: ignore[union-attr]
    assert not stack.canRedo()  # nothing pretends to be undone


def test_typing_does_not_merge_into_a_failed_step(hub: ProjectHub) -> None:
    observation = hub.project.observations.all_grouped()["m1"][0]
    stack = QUndoStack()
    first = observation.text + " first"
    stack.push(EditObservationText(hub, observation.id, observation.text, first))
    fill_the_disk(hub.project)
    lost = first + " second" * 2000
    stack.push(EditObservationText(hub, observation.id, first, lost))
    free_the_disk(hub.project)
    stack.undo()
    assert hub.project.observations.get(observation.id).text == observation.text  # type: ignore[union-attr]
    stack.redo()
    assert hub.project.observations.get(observation.id).text == first  # type: ignore[union-attr]


def test_nothing_reaches_the_exception_hook(read_only_hub: ProjectHub, qtbot: Any) -> None:
    """pytest-qt fails a test when an exception escapes a Qt virtual; none may."""
    observation = read_only_hub.project.observations.all_grouped()["m1"][0]
    stack = QUndoStack()
    with qtbot.captureExceptions() as exceptions:
        stack.push(EditObservationText(read_only_hub, observation.id, observation.text, "x"))
        stack.push(EditObservationText(read_only_hub, observation.id, observation.text, "y"))
    assert exceptions == []


def test_the_hub_says_when_the_project_is_read_only(read_only_hub: ProjectHub) -> None:
    assert read_only_hub.read_only


def test_the_hub_says_when_the_project_can_be_written(hub: ProjectHub) -> None:
    assert not hub.read_only
