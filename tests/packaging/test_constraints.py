"""The pinned versions are the ones installed, and PySide6 stays below 6.12."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.packaging.conftest import ROOT

CONSTRAINTS = ROOT / "packaging" / "constraints.txt"
QT_PACKAGES = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}


def pins() -> dict[str, Version]:
    pinned = {}
    for line in CONSTRAINTS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==([A-Za-z0-9.+!_-]+)", line)
        assert match, f"not an exact pin: {line!r}"
        pinned[canonicalize_name(match[1])] = Version(match[2])
    return pinned


def test_pyside6_and_its_parts_are_pinned_exactly_below_6_12() -> None:
    pinned = pins()
    assert set(pinned) >= QT_PACKAGES
    for name in QT_PACKAGES:
        assert pinned[name] < Version("6.12"), name
    assert len({pinned[name] for name in QT_PACKAGES}) == 1  # one Qt release


def test_pyproject_keeps_the_range_below_6_12() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    qt = [Requirement(r) for r in config["project"]["dependencies"]]
    (pyside,) = [r for r in qt if canonicalize_name(r.name) == "pyside6"]
    assert not pyside.specifier.contains("6.12.0")
    assert pyside.specifier.contains(str(pins()["pyside6"]))
    assert "6.12" in (ROOT / "tests" / "ui" / "test_pyside_refcount.py").read_text()


def test_every_dependency_is_pinned_and_installed_at_its_pin() -> None:
    """What runs the tests is what the constraints say (run packaging/setup.sh if not)."""
    pinned = pins()
    installed = {
        canonicalize_name(dist.metadata["Name"]): Version(dist.version)
        for dist in metadata.distributions()
    }
    installed.pop("fieldnotes", None)
    installed.pop("pip", None)
    assert "fieldnotes" not in pinned
    differs = {
        name: (str(pinned.get(name)), str(installed.get(name)))
        for name in set(pinned) | set(installed)
        if pinned.get(name) != installed.get(name)
    }
    assert differs == {}, "pinned vs installed; update with packaging/update_constraints.sh"
