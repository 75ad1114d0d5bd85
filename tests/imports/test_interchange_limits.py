"""Interchange files that are too big, too deep or too wordy get one short line."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldnotes.cli import main
from fieldnotes.errors import InterchangeError
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.imports.json_import import import_file, import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document

MB = 1024 * 1024
LONG = "ünknown-" * 1_250_000  # 10 MB


def test_a_file_over_200_mb_is_refused_before_it_is_read(project: Project, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(200 * MB + 1)  # sparse: no disk space, no time
    before = export_json_bytes(project)
    started = time.perf_counter()
    tracemalloc.start()
    try:
        with pytest.raises(InterchangeError, match="larger than 200 MB") as caught:
            import_file(project, huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2 and peak < 8 * MB
    assert "\n" not in str(caught.value)
    assert export_json_bytes(project) == before


def test_a_file_at_the_limit_is_read(tmp_path: Path, project: Project) -> None:
    document = json.dumps(minimal_document()).encode()
    padded = tmp_path / "padded.json"
    padded.write_bytes(document + b" " * (3 * MB))
    assert import_file(project, padded).observations == 1


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_deep_nesting_is_one_line(
    project: Project, tmp_path: Path, depth: int, capfd: pytest.CaptureFixture[str]
) -> None:
    deep = "[" * depth + "]" * depth
    with pytest.raises(InterchangeError, match="nested too deeply"):
        import_text(project, deep)
    path = tmp_path / "deep.json"
    path.write_text('{"format": "fieldnotes/1", "study": ' + "[" * depth + "]" * depth + "}")
    capfd.readouterr()
    assert main(["--db", str(project.path), "import", str(path)]) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "nested too deeply" in err


def _with(path: list[Any], value: Any) -> dict[str, Any]:
    document = minimal_document()
    node: Any = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return document


BAD_VALUES = {
    "format": _with(["format"], LONG),
    "id used twice": _with(["participants"], [{"id": LONG, "pseudonym": "A"}] * 2),
    "reserved theme id": _with(["codes", 0, "id"], "cac:" + LONG),
    "theme parent": _with(["codes", 0, "parent"], LONG),
    "colour": _with(["codes", 0, "color"], LONG),
    "date": _with(["meetings", 0, "date"], LONG),
    "time": _with(["meetings", 0, "start"], LONG),
    "attendee": _with(["meetings", 0, "attendees", 0], LONG),
    "attendee twice": _with(["meetings", 0, "attendees"], [LONG, LONG]),
    "code": _with(["meetings", 0, "observations", 0, "codes", 0], LONG),
    "speaker": _with(["meetings", 0, "observations", 0, "quotes", 0, "speaker"], LONG),
    "verdict": _with(["meetings", 0, "observations", 0, "feedback"], [{"verdict": LONG}]),
    "memo about": _with(["memos"], [{"id": "n1", "about": LONG, "text": "x"}]),
    "score item": _with(
        ["cac_rounds"], [{"id": "r1", "label": "R", "responses": [{"scores": {LONG: 1}}]}]
    ),
    "score": _with(
        ["cac_rounds"], [{"id": "r1", "label": "R", "responses": [{"scores": {"1": 10**300}}]}]
    ),
}


@pytest.mark.parametrize("case", BAD_VALUES)
def test_long_values_are_shortened_in_the_message(project: Project, case: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        import_text(project, json.dumps(BAD_VALUES[case]))
    assert len(str(caught.value)) < 400
    assert "…" in str(caught.value)


def test_a_10_mb_unknown_key_is_named_short(project: Project) -> None:
    document = minimal_document()
    document[LONG] = 1
    with pytest.raises(InterchangeError, match='unknown key "ünknown-ünknown-') as caught:
        import_text(project, json.dumps(document))
    assert len(str(caught.value)) < 200


@settings(max_examples=50, deadline=None)
@given(
    key=st.text(min_size=61, max_size=5_000),
    where=st.sampled_from([[], ["study"], ["meetings", 0], ["meetings", 0, "observations", 0]]),
)
def test_every_unknown_key_message_stays_short(
    tmp_path_factory: Any, key: str, where: list[Any]
) -> None:
    document = minimal_document()
    node: Any = document
    for step in where:
        node = node[step]
    node[key] = None
    path = tmp_path_factory.mktemp("p") / "p.fieldnotes"
    with Project.open(path) as project, pytest.raises(InterchangeError) as caught:
        import_text(project, json.dumps(document))
    assert len(str(caught.value)) < 200


def test_a_key_with_escape_sequences_is_shown_inert(project: Project) -> None:
    document = minimal_document()
    document["\x1b]0;owned\x07\x1b[2J"] = 1
    with pytest.raises(InterchangeError) as caught:
        import_text(project, json.dumps(document))
    assert 'unknown key "␛]0;owned␇␛[2J"' in str(caught.value)


def test_a_key_with_a_line_break_keeps_the_message_on_one_line(project: Project) -> None:
    document = minimal_document()
    document["study"]["first line\nsecond line"] = 1
    with pytest.raises(InterchangeError) as caught:
        import_text(project, json.dumps(document))
    assert "\n" not in str(caught.value) and "first line␊second line" in str(caught.value)
