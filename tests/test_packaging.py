"""The installed package must contain every module the source tree has."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_every_package_is_listed_for_installation() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "fieldnotes").rglob("__init__.py")
    }
    assert on_disk <= listed, f"missing from pyproject.toml: {sorted(on_disk - listed)}"
    assert "fieldnotes.resources" in listed


def test_nothing_below_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "fieldnotes").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "fieldnotes").parts[:1]
        and any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in path.read_text().splitlines()
        )
    ]
    assert offenders == []
