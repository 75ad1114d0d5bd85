"""docs/architecture.md is the map read before the code: it must name only what exists,
and every module must be on it.

Paths in backticks are read the way the page writes them: relative to ``fieldnotes/``
(``store/search.py``), or from the repository root (``fieldnotes/…``, ``tests/…``,
``benchmarks/…``, ``packaging/…``); a bare file name (``refs.py``) lives in the folder of
the path named just before it on the same line; a folder of two or more parts
(``ui/commands/``) stands for every module in it, and ``*`` for any name. A folder of one
part (``sources/`` inside an archive) is not taken for a place in the repository.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fieldnotes.store.schema_version import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "fieldnotes"
DOC = ROOT / "docs" / "architecture.md"
FROM_ROOT = ("fieldnotes/", "tests/", "benchmarks/", "packaging/", "docs/", "resources/")
CODE_TOKEN = re.compile(r"`([^`\s]+)`")
MIGRATION = re.compile(r"\b[Mm]igrations? (\d+(?:(?:, | and |–)\d+)*)")


def _mentions() -> list[tuple[int, str, Path]]:
    """(line number, token as written, where it points) for every path the page names."""
    found = []
    for number, line in enumerate(DOC.read_text(encoding="utf-8").splitlines(), start=1):
        folder = PACKAGE
        for token in CODE_TOKEN.findall(line):
            if not (token.endswith(".py") or token.endswith("/")) or "://" in token:
                continue
            if token.startswith(FROM_ROOT):
                path = ROOT / token
            elif "/" in token.rstrip("/"):
                path = PACKAGE / token
            elif token.endswith("/"):
                continue  # one folder name (`sources/` in an archive) is not a place here
            else:
                path = folder / token
            if token.endswith(".py"):
                folder = path.parent
            found.append((number, token, path))
    return found


def _exists(path: Path) -> bool:
    if "*" in str(path):
        return any(path.parent.glob(path.name))
    return path.exists()


def test_every_path_the_page_names_exists() -> None:
    missing = [f"line {n}: {token}" for n, token, path in _mentions() if not _exists(path)]
    assert missing == []


def test_every_migration_the_page_names_exists() -> None:
    named = set()
    for match in MIGRATION.finditer(DOC.read_text(encoding="utf-8")):
        named |= {int(n) for n in re.findall(r"\d+", match.group(1))}
    assert named, "the page names the migrations that made each table"
    assert sorted(n for n in named if not 1 <= n <= SCHEMA_VERSION) == []


def _covered() -> set[Path]:
    covered: set[Path] = set()
    for _n, _token, path in _mentions():
        if path.is_dir():
            if path.parent != PACKAGE and path != PACKAGE:  # not all of `fieldnotes/ui/`
                covered |= set(path.rglob("*.py"))
        elif "*" in str(path):
            covered |= set(path.parent.glob(path.name))
        else:
            covered.add(path)
    return covered


def test_every_module_is_on_the_map() -> None:
    covered = _covered()
    modules = [
        path
        for path in PACKAGE.rglob("*.py")
        if path.name not in ("__init__.py", "__main__.py") and path not in covered
    ]
    assert sorted(str(p.relative_to(PACKAGE)) for p in modules) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("`store/search.py`", [PACKAGE / "store" / "search.py"]),
        (
            "`store/sync/plan.py`, `refs.py`",
            [PACKAGE / "store/sync/plan.py", PACKAGE / "store/sync/refs.py"],
        ),
        ("`fieldnotes/cli.py`", [PACKAGE / "cli.py"]),
        ("`tests/store/sync_helpers.py`", [ROOT / "tests/store/sync_helpers.py"]),
        ("`ui/commands/`", [PACKAGE / "ui/commands/"]),
    ],
)
def test_paths_are_read_as_the_page_writes_them(
    line: str, expected: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = tmp_path / "architecture.md"
    page.write_text(line, encoding="utf-8")
    monkeypatch.setitem(globals(), "DOC", page)
    assert [path for _n, _t, path in _mentions()] == expected
