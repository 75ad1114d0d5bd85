"""``--db`` anywhere on the command line, and ``fieldnotes PROJECT.fieldnotes`` from a file
manager."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldnotes.cli import main
from tests.cli_run import run


def _err_line(capfd: pytest.CaptureFixture[str]) -> str:
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and err.startswith("fieldnotes: error:"), err
    assert "usage:" not in err
    return err


@pytest.mark.parametrize(
    "words",
    [
        ["search", "coffee", "--json", "{db}"],
        ["search", "{db}", "coffee", "--json"],
        ["{db}", "search", "coffee", "--json"],
    ],
)
def test_db_before_or_after_the_command(
    db: Path, words: list[str], capfd: pytest.CaptureFixture[str]
) -> None:
    expanded: list[str] = []
    for word in words:
        expanded += ["--db", str(db)] if word == "{db}" else [word]
    capfd.readouterr()
    assert main(expanded) == 0
    hits = json.loads(capfd.readouterr().out)
    assert {hit["observation"] for hit in hits} == {"o15", "o21"}


@pytest.mark.parametrize(
    "command",
    [
        ["cac", "report", "--json"],
        ["backup", "list", "--json"],
        ["export", "json"],
        ["voice", "--json"],
        ["actions", "--json"],
        ["check"],
    ],
)
def test_db_inside_nested_commands(
    db: Path, command: list[str], capfd: pytest.CaptureFixture[str]
) -> None:
    capfd.readouterr()
    assert main([*command, "--db", str(db)]) == 0
    after = capfd.readouterr().out
    assert main(["--db", str(db), *command]) == 0
    before = capfd.readouterr().out
    if command[0] != "check":
        assert after == before and after.strip()


def test_db_after_export_docx(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.docx"
    result = run("export", "docx", "--out", str(out), "--db", str(db), "--meeting", "m1")
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_backup_now_takes_db_after_it(db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    capfd.readouterr()
    assert main(["backup", "now", "--db", str(db)]) == 0
    assert Path(capfd.readouterr().out.strip()).exists()


def test_db_given_twice(db: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.fieldnotes"
    capfd.readouterr()
    assert main(["--db", str(db), "search", "x", "--db", str(other)]) == 1
    err = _err_line(capfd)
    assert "--db names two different projects" in err and str(other) in err
    assert not other.exists()
    assert main(["--db", str(db), "search", "x", "--db", str(db)]) == 0  # the same file twice
    same = str(db.parent / "." / db.name)
    assert main(["cac", "report", "--db", same, "--json", "--db", str(db)]) == 0


def test_the_environment_still_stands_in_for_db(db: Path) -> None:
    result = run("search", "coffee", "--json", env={"FIELDNOTES_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2
    given = run("search", "coffee", "--json", "--db", str(db), env={"FIELDNOTES_DB": "/nowhere"})
    assert given.returncode == 0, given.stderr


def test_restore_still_refuses_db_after_it(db: Path, tmp_path: Path) -> None:
    result = run("restore", str(db), "--out", str(tmp_path / "new.fieldnotes"), "--db", str(db))
    assert result.returncode == 2 and "unrecognized arguments: --db" in result.stderr
    assert not (tmp_path / "new.fieldnotes").exists()


def test_a_lone_project_file_opens_in_the_app(
    db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import fieldnotes.ui.app

    opened: list[tuple[Path | None, bool]] = []

    def fake_run_app(path: Path | None, *, example: bool = False) -> int:
        opened.append((path, example))
        return 0

    monkeypatch.setattr(fieldnotes.ui.app, "run_app", fake_run_app)
    assert main([str(db)]) == 0
    assert main(["--debug", str(db)]) == 0
    assert main(["--", str(db)]) == 0
    assert main(["--db", str(db), str(db)]) == 0
    assert opened == [(db, False)] * 4


@pytest.mark.parametrize("name", ["gone.fieldnotes", "serach"])
def test_a_lone_word_that_is_neither_a_command_nor_a_file(
    tmp_path: Path, name: str, capfd: pytest.CaptureFixture[str]
) -> None:
    capfd.readouterr()
    assert main([str(tmp_path / name)]) == 1
    err = _err_line(capfd)
    assert "is neither a command nor an existing project file" in err
    assert "invalid choice" not in err
    assert not (tmp_path / name).exists()


def test_a_lone_folder_is_refused(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    capfd.readouterr()
    assert main([str(tmp_path)]) == 1
    assert "is a folder, not a project file" in _err_line(capfd)


def test_command_names_keep_priority(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "check").write_text("a file named like a command")
    monkeypatch.chdir(tmp_path)
    result = run("check", env={"FIELDNOTES_DB": str(db)}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stderr


def test_a_lone_file_with_another_db_is_two_projects(
    db: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.fieldnotes"
    other.write_bytes(b"")
    capfd.readouterr()
    assert main(["--db", str(other), str(db)]) == 1
    assert "two different projects" in _err_line(capfd)
