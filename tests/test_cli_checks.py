"""Command-line dates are real YYYY-MM-DD dates; text shown on a terminal cannot steer it."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fieldnotes.cli import main
from fieldnotes.cli_checks import check_dates
from fieldnotes.errors import FieldnotesError
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document

NOT_DATES = [
    "20220914",
    "2022-W37-3",
    "2022-W37",
    "2022-258",
    "2022-9-14",
    "2022-02-30",
    "14-09-2022",
]


@pytest.fixture
def db(project: Project) -> Path:
    import_text(project, json.dumps(minimal_document()))
    return project.path


@pytest.mark.parametrize("value", NOT_DATES)
@pytest.mark.parametrize("option", ["--from", "--to"])
def test_every_command_takes_only_yyyy_mm_dd(
    db: Path, tmp_path: Path, option: str, value: str, capfd: pytest.CaptureFixture[str]
) -> None:
    commands = [
        ["search", "note", option, value],
        ["export", "docx", "--out", str(tmp_path / "s.docx"), option, value],
    ]
    for command in commands:
        capfd.readouterr()
        assert main(["--db", str(db), *command]) == 1
        err = capfd.readouterr().err
        assert err.count("\n") == 1
        assert f"{option} '{value}' is not a date of the form YYYY-MM-DD" in err
    assert not (tmp_path / "s.docx").exists()


@given(st.text(max_size=12) | st.dates().map(date.isoformat))
@example("20220914")
@example("2022-W37-3")
@example("２０２２-09-14")
def test_a_date_is_accepted_exactly_when_it_is_a_real_calendar_day(text: str) -> None:
    real = re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) is not None
    if real:
        try:
            date.fromisoformat(text)
        except ValueError:
            real = False
    try:
        check_dates(date_from=text)
    except FieldnotesError as exc:
        assert not real and "\n" not in str(exc)
    else:
        assert real


class Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


HOSTILE = "Evil \x1b[2J\x1b]0;owned\x07 note \u202etxt.exe\u202c \x9b31m red\r over \x7f"


def _search(db: Path, monkeypatch: pytest.MonkeyPatch, *args: str, tty: bool) -> str:
    raw = io.BytesIO()
    stream = (Terminal if tty else io.TextIOWrapper)(raw, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["--db", str(db), "search", "evil", *args]) == 0
    stream.flush()
    return raw.getvalue().decode("utf-8")


def test_search_output_on_a_terminal_has_no_control_characters(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = minimal_document()
    document["meetings"][0]["title"] = "Meeting \x1b[31mred\x1b[0m"
    document["meetings"][0]["observations"][0]["text"] = HOSTILE
    import_text(project, json.dumps(document))
    shown = _search(project.path, monkeypatch, tty=True)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", shown)
    assert "␛[2J" in shown and "Meeting ␛[31mred" in shown  # visible, not obeyed
    assert shown.count("\n") == 1 and shown.count("\t") == 3
    piped = _search(project.path, monkeypatch, tty=False)
    assert "\x1b[2J" in piped  # a pipe gets the text as it is
    as_json = _search(project.path, monkeypatch, "--json", tty=True)
    assert json.loads(as_json)[0]["snippet"].startswith("[Evil] \x1b[2J")
    assert "\x1b" not in as_json  # JSON escapes it


@pytest.mark.parametrize("option", ["--code", "--meeting", "--speaker"])
def test_a_long_unknown_id_is_shortened(
    db: Path, option: str, capfd: pytest.CaptureFixture[str]
) -> None:
    capfd.readouterr()
    assert main(["--db", str(db), "search", "note", option, "x" * 100_000]) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and len(err) < 200 and "…" in err
