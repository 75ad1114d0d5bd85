"""The wheel a researcher installs with pipx carries everything the app loads.

It is built from a clean copy of the sources (so its ``.qm`` files come from the build
hook in setup.py), installed with pipx into a temporary PIPX_HOME without the network
(dependencies from ``wheelhouse.py``), and run from a folder outside the source tree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fieldnotes import __version__
from fieldnotes.imports.example import example_json
from tests.packaging.conftest import ROOT, run_program, scrubbed_env, tool
from tests.packaging.wheelhouse import dependency_wheels

pytestmark = pytest.mark.slow


def test_the_wheel_holds_the_resources_translations_and_example(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "fieldnotes/resources/__init__.py",
        "fieldnotes/resources/cac_framework.json",
        "fieldnotes/resources/example_study.json",
        "fieldnotes/resources/document_strings/en.json",
        "fieldnotes/resources/document_strings/nl.json",
        "fieldnotes/resources/translations/fieldnotes_nl.qm",
        "fieldnotes/resources/icons/org.fieldnotes.Fieldnotes.svg",
        "fieldnotes/imports/example.py",
        "fieldnotes/ui/app.py",
    ):
        assert name in names, name
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "fieldnotes = fieldnotes.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``pipx install`` of the wheel, offline; returns the ``fieldnotes`` it put on PIPX_BIN_DIR."""
    work = tmp_path_factory.mktemp("pipx")
    wheelhouse = work / "wheelhouse"
    dependency_wheels("fieldnotes", wheelhouse)
    env = {
        **os.environ,
        "PIPX_HOME": str(work / "pipx"),
        "PIPX_BIN_DIR": str(work / "bin"),
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(wheelhouse),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env.pop("VIRTUAL_ENV", None)
    # The interpreter this environment was made from: pipx makes its own venv with it.
    python = getattr(sys, "_base_executable", sys.executable)
    result = subprocess.run(
        [tool("pipx"), "install", "--python", python, str(wheel)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "bin" / "fieldnotes"


run = run_program


def test_the_installed_command_works_outside_the_source_tree(installed: Path, home: Path) -> None:
    version = run(installed, home, "--version")
    assert version.stdout.strip() == f"fieldnotes {__version__}", version.stderr
    example = home / "example.json"
    example.write_bytes(example_json())
    project = home / "study.fieldnotes"
    imported = run(installed, home, "--db", str(project), "import", str(example))
    assert imported.returncode == 0, imported.stderr
    report = run(installed, home, "--db", str(project), "cac", "report", "--json")
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["round"] == json.loads(example_json())["cac_rounds"][0]["id"]


def test_the_installed_package_is_the_install_not_the_source_tree(
    installed: Path, home: Path
) -> None:
    python = installed.resolve().parent / "python"
    probe = (
        "import json, fieldnotes, fieldnotes.domain.cac as cac, fieldnotes.ui.i18n as i18n\n"
        "from importlib import resources\n"
        "print(json.dumps({'file': fieldnotes.__file__,\n"
        " 'qm': sorted(p.name for p in i18n.translations_dir().glob('*.qm')),\n"
        " 'items': cac.load_framework().item_count}))\n"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        env=scrubbed_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    location = Path(found["file"]).resolve()
    assert location.is_relative_to(installed.resolve().parents[1])
    assert not location.is_relative_to(ROOT)
    assert found["qm"] == ["fieldnotes_nl.qm"]
    assert found["items"] == 26
