"""``voice`` and ``actions``: the DESIGN.md contract, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fieldnotes.domain.models import Action
from fieldnotes.store import Project
from tests.cli_run import run
from tests.conftest import without_voice_and_actions


@pytest.fixture
def voiced(db: Path) -> Path:
    """The example study with speakers on some observations and three actions."""
    with Project.open(db) as project:
        without_voice_and_actions(project)
        project.observations.set_speakers("o1", ["p1", "p3"])
        project.observations.set_speakers("o2", ["p3"])
        project.observations.set_speakers("o7", ["p4"])
        project.observations.set_action(
            "o3", Action.opened("2022-09-14", owner="p3", due="2022-10-01")
        )
        project.observations.set_action(
            "o8", Action.opened("2022-11-09", owner="p1").with_status("done", "2022-12-01")
        )
        project.observations.set_action(
            "o2", Action.opened("2022-09-14").with_status("dropped", "2022-11-09")
        )
    return db


def _quotes(db: Path, meeting: str | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    document = json.loads(run("--db", str(db), "export", "json").stdout)
    for m in document["meetings"]:
        if meeting and m["id"] != meeting:
            continue
        for o in m["observations"]:
            for q in o.get("quotes", []):
                if q.get("speaker"):
                    counts[q["speaker"]] = counts.get(q["speaker"], 0) + 1
    return counts


def _one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldnotes: error:"), result.stderr
    assert needle in lines[0]


def test_voice_json_contract(voiced: Path) -> None:
    result = run("--db", str(voiced), "voice", "--json")
    assert result.returncode == 0, result.stderr
    voice = json.loads(result.stdout)
    assert set(voice) == {"by_participant", "by_role"}
    quotes = _quotes(voiced)
    assert voice["by_participant"]["p3"] == {"observations": 2, "quotes": quotes.get("p3", 0)}
    assert voice["by_participant"]["p1"]["observations"] == 1
    assert voice["by_participant"]["p4"]["observations"] == 1
    assert sum(c["quotes"] for c in voice["by_participant"].values()) == sum(quotes.values())
    assert voice["by_role"]["coproducer"]["observations"] == 3
    assert voice["by_role"]["professional"]["observations"] == 1
    assert all(set(c) == {"observations", "quotes"} for c in voice["by_role"].values())


def test_voice_scope_by_meeting_and_dates(voiced: Path) -> None:
    one = json.loads(run("--db", str(voiced), "voice", "--meeting", "m1", "--json").stdout)
    assert one["by_participant"]["p3"]["observations"] == 2
    assert "p4" not in one["by_participant"] or one["by_participant"]["p4"]["observations"] == 0
    assert sum(c["quotes"] for c in one["by_participant"].values()) == sum(
        _quotes(voiced, "m1").values()
    )
    later = run(
        "--db", str(voiced), "voice", "--from", "2022-10-01", "--to", "2022-12-31", "--json"
    )
    period = json.loads(later.stdout)
    assert period["by_participant"]["p4"]["observations"] == 1
    assert (
        "p1" not in period["by_participant"] or period["by_participant"]["p1"]["observations"] == 0
    )


def test_voice_table_lists_pseudonyms_and_silent_attendees(voiced: Path) -> None:
    with Project.open(voiced) as project:
        project.observations.set_speakers("o1", [])
        project.observations.set_speakers("o2", ["p3"])
        for quote in [q for o in project.observations.for_meeting("m1") for q in o.quotes]:
            project.observations.delete_quote(quote.id)
    result = run("--db", str(voiced), "voice", "--meeting", "m1")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["participant", "role", "observations", "quotes", "share"]
    coproducer = next(line for line in lines if line.startswith("Coproducer C"))
    assert coproducer.split()[-3:] == ["1", "0", "100%"]
    silent = next(line for line in lines if line.startswith("Social worker A"))
    assert silent.split()[-3:] == ["0", "0", "0%"]
    assert "p1" not in result.stdout.split()  # pseudonyms, not ids


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--meeting", "m99"], "--meeting 'm99'"),
        (["--from", "2022-13-01"], "--from '2022-13-01'"),
        (["--to", "soon"], "--to 'soon'"),
    ],
)
def test_voice_refuses_unknown_meetings_and_bad_dates(
    voiced: Path, args: list[str], needle: str
) -> None:
    _one_line_error(run("--db", str(voiced), "voice", *args, "--json"), needle)


def test_actions_json_contract_oldest_meeting_first(voiced: Path) -> None:
    result = run("--db", str(voiced), "actions", "--json")
    assert result.returncode == 0, result.stderr
    actions = json.loads(result.stdout)
    assert [a["observation"] for a in actions] == ["o2", "o3", "o8"]
    assert all(
        set(a) == {"observation", "meeting", "text", "owner", "due", "status"} for a in actions
    )
    o3 = actions[1]
    assert (o3["meeting"], o3["owner"], o3["due"], o3["status"]) == (
        "m1",
        "p3",
        "2022-10-01",
        "open",
    )
    assert actions[0]["owner"] is None and actions[0]["status"] == "dropped"
    done = json.loads(run("--db", str(voiced), "actions", "--status", "done", "--json").stdout)
    assert [a["observation"] for a in done] == ["o8"]


def test_actions_list_is_readable_and_inert(voiced: Path) -> None:
    with Project.open(voiced) as project:
        project.observations.update_text("o3", "Ring the council\x1b]0;owned\x07 " + "word " * 30)
    result = run("--db", str(voiced), "actions")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["meeting", "status", "owner", "due", "text"]
    row = next(line for line in lines if "Ring the council" in line)
    assert row.startswith("2022-09-14  open")
    assert "Coproducer C" in row and "2022-10-01" in row and row.endswith("…")
    assert "3 action(s)" in result.stderr
    bad = run("--db", str(voiced), "actions", "--status", "late")
    assert bad.returncode != 0 and "late" in bad.stderr


def test_analysis_commands_open_read_only_and_never_import_qt(voiced: Path) -> None:
    before = voiced.stat().st_mtime_ns
    script = (
        "import sys\n"
        "from fieldnotes.cli import main\n"
        f"main(['--db', {str(voiced)!r}, 'voice', '--json'])\n"
        f"main(['--db', {str(voiced)!r}, 'actions'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert voiced.stat().st_mtime_ns == before


def test_search_action_filter(voiced: Path) -> None:
    def found(*args: str) -> list[str]:
        result = run("--db", str(voiced), "search", "", *args, "--json")
        assert result.returncode == 0, result.stderr
        return [hit["observation"] for hit in json.loads(result.stdout)]

    assert found("--action", "any") == ["o2", "o3", "o8"]
    assert found("--action", "open") == ["o3"]
    assert found("--action", "done") == ["o8"]
    assert found("--action", "dropped", "--meeting", "m2") == []
    assert found("--action", "dropped") == ["o2"]
    refused = run("--db", str(voiced), "search", "", "--action", "late")
    assert refused.returncode != 0 and "--action" in refused.stderr


def test_an_older_project_file_is_brought_up_to_date_first(tmp_path: Path) -> None:
    from tests.conftest import minimal_document
    from tests.store.sync_helpers import make_v5_project

    old = tmp_path / "old.fieldnotes"
    make_v5_project(old, minimal_document())
    result = run("--db", str(old), "voice", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["by_participant"]["p1"] == {"observations": 0, "quotes": 1}
    assert json.loads(run("--db", str(old), "actions", "--json").stdout) == []
