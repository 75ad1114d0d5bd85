"""``fieldnotes export qdpx`` and ``export qdc``, run as a user runs them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fieldnotes.domain.refi_ids import guid_for
from tests.cli_run import run
from tests.export.refi_helpers import NS, read_qdc, read_qdpx


def assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fieldnotes: error:") and needle in lines[0], lines[0]


def test_export_qdpx_end_to_end(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "study.qdpx"
    result = run("--db", str(db), "export", "qdpx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("Wrote 4 sources (25 observations, ")
    assert f"to {out}." in result.stderr
    qdpx = read_qdpx(out)
    assert len(qdpx.xpath("//q:TextSource")) == 4
    assert out.stat().st_mode & 0o777 == 0o600  # research data: the owner's only


def test_export_qdpx_with_the_docx_filters(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "part.qdpx"
    result = run(
        "--db",
        str(db),
        "export",
        "qdpx",
        "--out",
        str(out),
        "--meeting",
        "m1",
        "m2",
        "m3",
        "--from",
        "2022-10-01",
        "--to",
        "2023-12-31",
        "--code",
        "cac:relation",
    )
    assert result.returncode == 0, result.stderr
    qdpx = read_qdpx(out)
    sources = qdpx.xpath("//q:TextSource/@guid")
    assert sources and set(sources) <= {guid_for("source", m) for m in ("m2", "m3")}
    relation = {guid_for("code", "cac:relation")} | {
        guid_for("code", f"cac:{n}") for n in range(14, 19)
    }
    for selection in qdpx.xpath("//q:PlainTextSelection"):
        refs = set(selection.xpath("q:Coding/q:CodeRef/@targetGUID", namespaces=NS))
        assert refs & relation


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        (["--from", "14-09-2022"], "--from '14-09-2022' is not a date"),
        (["--to", "2023-02-30"], "--to '2023-02-30' is not a date"),
        (["--code", "nope"], "--code 'nope' is neither a CAC code nor a theme"),
        (["--meeting", "m9"], "--meeting 'm9' is not a meeting"),
    ],
)
def test_bad_selection_changes_nothing(
    db: Path, tmp_path: Path, options: list[str], needle: str
) -> None:
    out = tmp_path / "keep.qdpx"
    out.write_bytes(b"previous")
    before = db.read_bytes()
    assert_one_line_error(
        run("--db", str(db), "export", "qdpx", "--out", str(out), *options), needle
    )
    assert out.read_bytes() == b"previous"
    assert db.read_bytes() == before


def test_unwritable_or_dangerous_outputs(db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "x.qdpx"
    assert_one_line_error(
        run("--db", str(db), "export", "qdpx", "--out", str(missing)), "does not exist"
    )
    assert not missing.parent.exists()
    assert_one_line_error(run("--db", str(db), "export", "qdpx", "--out", str(tmp_path)), "folder")
    before = db.read_bytes()
    for kind in ("qdpx", "qdc"):
        assert_one_line_error(
            run("--db", str(db), "export", kind, "--out", str(db)), "the project file itself"
        )
    assert db.read_bytes() == before
    assert run("--db", str(db), "export", "json").returncode == 0  # still a project


def test_missing_project_is_refused(tmp_path: Path) -> None:
    gone = tmp_path / "gone.fieldnotes"
    out = tmp_path / "x.qdpx"
    result = run("--db", str(gone), "export", "qdpx", "--out", str(out))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert not gone.exists() and not out.exists()


def test_export_qdc(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    result = run("--db", str(db), "export", "qdc", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"Wrote 37 codes to {out}."
    assert len(read_qdc(out).xpath("//c:Code", namespaces=NS)) == 37


def test_exports_never_import_qt(db: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from fieldnotes.cli import main\n"
        f"main(['--db', {str(db)!r}, 'export', 'qdpx', '--out', {str(tmp_path / 'x.qdpx')!r}])\n"
        f"main(['--db', {str(db)!r}, 'export', 'qdc', '--out', {str(tmp_path / 'x.qdc')!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    with zipfile.ZipFile(tmp_path / "x.qdpx") as archive:
        assert "project.qde" in archive.namelist()
