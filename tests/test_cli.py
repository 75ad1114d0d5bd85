"""The command-line contract of DESIGN.md, run as a user runs it (a separate process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldnotes import __version__
from fieldnotes.cli import build_parser
from tests.cli_run import run
from tests.conftest import minimal_document


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"fieldnotes {__version__}"


def test_export_to_stdout_is_the_json_dump(db: Path) -> None:
    result = run("--db", str(db), "export", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["format"] == "fieldnotes/1"
    assert len(document["meetings"]) == 4


def test_export_out_then_import_elsewhere_round_trips(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dump.json"
    assert run("--db", str(db), "export", "json", "--out", str(out)).returncode == 0
    copy = tmp_path / "copy.fieldnotes"
    assert run("--db", str(copy), "import", str(out)).returncode == 0
    again = run("--db", str(copy), "export", "json")
    assert again.stdout.encode() == out.read_bytes()


def test_fieldnotes_db_environment_variable(db: Path) -> None:
    result = run("export", "json", env={"FIELDNOTES_DB": str(db)})
    assert result.returncode == 0
    assert json.loads(result.stdout)["study"]["title"].startswith("The Connectors")


def _assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fieldnotes: error:")
    assert needle in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_import_changes_nothing_in_the_project(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    document = minimal_document()
    document["meetings"][0]["observations"][0]["codes"] = ["nope"]
    bad.write_text(json.dumps(document))
    before = db.read_bytes()
    _assert_one_line_error(run("--db", str(db), "import", str(bad)), 'code "nope"')
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "malformed JSON at line 1"),
        ('{"format": "other/9"}', "format"),
        ('{"format": "fieldnotes/1", "extra": 1}', 'unknown key "extra"'),
    ],
)
def test_bad_json_into_a_new_project_creates_no_file(
    tmp_path: Path, content: str, needle: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(content)
    target = tmp_path / "new.fieldnotes"
    _assert_one_line_error(run("--db", str(target), "import", str(source)), needle)
    assert not target.exists()


def test_missing_import_file(db: Path, tmp_path: Path) -> None:
    _assert_one_line_error(
        run("--db", str(db), "import", str(tmp_path / "gone.json")), "No such file"
    )


@pytest.mark.parametrize("kind", ["random", "foreign", "missing"])
def test_bad_project_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "p.fieldnotes"
    if kind == "random":
        path.write_bytes(os.urandom(4096))
    elif kind == "foreign":
        import sqlite3

        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    before = path.read_bytes() if path.exists() else None
    result = run("--db", str(path), "export", "json")
    _assert_one_line_error(result, str(path))
    assert (path.read_bytes() if path.exists() else None) == before
    assert result.stdout == ""


def test_unwritable_out_leaves_nothing(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "dump.json"
    _assert_one_line_error(
        run("--db", str(db), "export", "json", "--out", str(target)), "does not exist"
    )
    assert not target.parent.exists()


def test_out_is_replaced_only_on_success(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "dump.json"
    target.write_text("previous")
    bad_db = tmp_path / "noise.fieldnotes"
    bad_db.write_bytes(b"\x00" * 2048)
    _assert_one_line_error(
        run("--db", str(bad_db), "export", "json", "--out", str(target)), "not a"
    )
    assert target.read_text() == "previous"


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    noise = tmp_path / "noise.fieldnotes"
    noise.write_bytes(b"junk" * 100)
    result = run("--debug", "--db", str(noise), "export", "json")
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_headless_commands_never_import_qt(db: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from fieldnotes.cli import main\n"
        f"main(['--db', {str(db)!r}, 'export', 'json', '--out', {str(tmp_path / 'x.json')!r}])\n"
        f"main(['--db', {str(db)!r}, 'import', {str(tmp_path / 'x.json')!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_version_needs_neither_qt_nor_the_database_layer() -> None:
    script = (
        "import sys\n"
        "from fieldnotes.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('PySide6', 'sqlite_utils', 'docx')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_every_command_has_help_text() -> None:
    parser = build_parser()
    pending = [parser]
    while pending:
        current = pending.pop()
        assert current.description, current.prog
        for action in current._actions:
            if action.help is None and action.dest not in ("help",):
                pytest.fail(f"{current.prog}: option {action.dest} has no help")
            choices = getattr(action, "choices", None)
            if isinstance(choices, dict):
                pending.extend(choices.values())


def test_search_json_contract(db: Path) -> None:
    result = run("--db", str(db), "search", "coffee", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and all(set(hit) == {"observation", "meeting", "snippet"} for hit in hits)
    assert "[coffee]" in hits[0]["snippet"].lower()


def test_search_empty_query_lists_filtered_in_date_order(db: Path) -> None:
    result = run("--db", str(db), "search", "", "--code", "cac:relation", "--json")
    hits = json.loads(result.stdout)
    everything = json.loads(run("--db", str(db), "export", "json").stdout)
    order = [
        (m["date"], o["time"], o["id"])
        for m in everything["meetings"]
        for o in m["observations"]
        if any(c in {f"cac:{n}" for n in range(14, 19)} | {"cac:relation"} for c in o["codes"])
    ]
    assert [h["observation"] for h in hits] == [oid for _, _, oid in sorted(order)]


def test_search_filters_and_limit(db: Path) -> None:
    args = ["--db", str(db), "search", "", "--speaker", "p3", "--from", "2022-10-01", "--json"]
    hits = json.loads(run(*args).stdout)
    assert hits and all(h["meeting"] != "m1" for h in hits)
    limited = json.loads(run("--db", str(db), "search", "", "--limit", "2", "--json").stdout)
    assert len(limited) == 2


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "foo:bar", "(("])
def test_search_never_fails_on_bad_fts_syntax(db: Path, query: str) -> None:
    result = run("--db", str(db), "search", query, "--json")
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--code", "t99"], "--code 't99'"),
        (["--meeting", "m99"], "--meeting 'm99'"),
        (["--speaker", "p99"], "--speaker 'p99'"),
        (["--from", "yesterday"], "--from 'yesterday'"),
    ],
)
def test_search_refuses_unknown_ids_and_bad_dates(db: Path, args: list[str], needle: str) -> None:
    _assert_one_line_error(run("--db", str(db), "search", "x", *args), needle)


def test_search_never_imports_qt(db: Path) -> None:
    script = (
        "import sys\n"
        "from fieldnotes.cli import main\n"
        f"main(['--db', {str(db)!r}, 'search', 'trust', '--json'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_cac_report_contract(db: Path) -> None:
    result = run("--db", str(db), "cac", "report", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"round", "items", "dimensions", "overall"}
    assert report["round"] == "r1"
    assert set(report["dimensions"]) == {
        "general",
        "suitability",
        "task",
        "relation",
        "growth",
        "visibility",
    }
    assert all(isinstance(v, int) for v in report["dimensions"].values())
    assert isinstance(report["overall"], int)
    assert isinstance(report["items"]["1"], float)
    assert run("--db", str(db), "cac", "report", "--round", "r1", "--json").stdout == result.stdout


def test_cac_report_unknown_round(db: Path) -> None:
    _assert_one_line_error(
        run("--db", str(db), "cac", "report", "--round", "nope", "--json"), "'nope'"
    )


def test_cac_report_without_rounds(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "fieldnotes/1"}')
    project = tmp_path / "p.fieldnotes"
    assert run("--db", str(project), "import", str(empty)).returncode == 0
    _assert_one_line_error(run("--db", str(project), "cac", "report", "--json"), "no CAC rounds")


def test_export_docx_and_import_feedback_commands(db: Path, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "summary.docx"
    result = run("--db", str(db), "export", "docx", "--out", str(out), "--meeting", "m1", "m2")
    assert result.returncode == 0, result.stderr
    again = tmp_path / "again.docx"
    assert (
        run(
            "--db",
            str(db),
            "export",
            "docx",
            "--out",
            str(again),
            "--meeting",
            "m1",
            "--meeting",
            "m2",
        ).returncode
        == 0
    )
    document = Document(str(out))
    tables = [t for t in document.tables if "verdict" in t.cell(0, 0).text.lower()]
    assert len(tables) == len([p for p in document.paragraphs if p.text.startswith("O-")])
    tables[0].cell(0, 1).text = "disagree"
    document.save(str(out))
    first = run("--db", str(db), "import-feedback", str(out), "--participant", "p2")
    assert first.returncode == 0 and "1 feedback item(s) added" in first.stderr
    second = run("--db", str(db), "import-feedback", str(out), "--participant", "p2")
    assert "0 feedback item(s) added, 1 already in the project" in second.stderr


def test_export_docx_bad_input(db: Path, tmp_path: Path) -> None:
    _assert_one_line_error(
        run("--db", str(db), "export", "docx", "--out", str(tmp_path / "no" / "x.docx")),
        "does not exist",
    )
    _assert_one_line_error(
        run(
            "--db", str(db), "export", "docx", "--out", str(tmp_path / "x.docx"), "--meeting", "m9"
        ),
        "'m9'",
    )
    assert not (tmp_path / "x.docx").exists()
    _assert_one_line_error(
        run("--db", str(db), "import-feedback", str(tmp_path / "gone.docx")), "No such file"
    )


def test_export_docx_in_dutch_by_option_or_project_setting(db: Path, tmp_path: Path) -> None:
    from docx import Document

    from fieldnotes.store import Project

    def words(path: Path) -> str:
        return "\n".join(p.text for p in Document(str(path)).paragraphs)

    dutch = tmp_path / "nl.docx"
    result = run("--db", str(db), "export", "docx", "--out", str(dutch), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert "U mag het oneens zijn." in words(dutch)
    assert "Bijlage: wat betekenen de labels?" not in words(dutch)
    english = tmp_path / "en.docx"
    assert run("--db", str(db), "export", "docx", "--out", str(english)).returncode == 0
    assert "It is fine to disagree." in words(english)
    with Project.open(db) as project:
        project.settings.document_language = "nl"
    by_setting = tmp_path / "setting.docx"
    result = run("--db", str(db), "export", "docx", "--out", str(by_setting), "--glossary")
    assert result.returncode == 0, result.stderr
    assert "Bijlage: wat betekenen de labels?" in words(by_setting)
    again_english = tmp_path / "en-again.docx"
    run("--db", str(db), "export", "docx", "--out", str(again_english), "--lang", "en")
    assert "It is fine to disagree." in words(again_english)
    _assert_one_line_error(
        run("--db", str(db), "export", "docx", "--out", str(tmp_path / "x.docx"), "--lang", "fr"),
        "'fr'",
    )
    assert not (tmp_path / "x.docx").exists()


def test_import_feedback_summary_and_refusals(db: Path, tmp_path: Path) -> None:
    from docx import Document

    from tests.imports.answering import answer_cells, type_into

    out = tmp_path / "nl.docx"
    assert run("--db", str(db), "export", "docx", "--out", str(out), "--lang", "nl").returncode == 0
    document = Document(str(out))
    verdicts = [cells[0] for cells in answer_cells(document).values()]
    for cell, answer in zip(verdicts, ("klopt", "klopt deels", "klopt niet", "tja"), strict=False):
        type_into(cell, answer)
    document.save(str(out))
    result = run("--db", str(db), "import-feedback", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == (
        "4 feedback item(s) added (agree 1, partly 1, disagree 1; 0 comment(s); "
        "1 verdict(s) to classify)."
    )
    plain = tmp_path / "letter.docx"
    letter = Document()
    letter.add_paragraph("Dear researcher, thank you.")
    letter.save(str(plain))
    before = db.read_bytes()
    _assert_one_line_error(
        run("--db", str(db), "import-feedback", str(plain)), "not a member-check summary"
    )
    assert db.read_bytes() == before
