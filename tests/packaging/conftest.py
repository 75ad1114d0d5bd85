"""Packages built once per test session: the standalone bundle and the wheel.

Both are built from a copy of the tracked source files in a temporary folder, so the
tests never write into the repository and a build cannot pick up stray local files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldnotes import __version__

ROOT = Path(__file__).parents[2]
VENV = Path(sys.prefix)
APP_ID = "org.fieldnotes.Fieldnotes"


def tool(name: str) -> str:
    """A system program the packaging tests need (packaging/setup.sh installs them all)."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: run packaging/setup.sh")
    return found


def scrubbed_env(home: Path, **extra: str) -> dict[str, str]:
    """What a freshly logged-in user has: no virtual environment, no Python variables."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        **extra,
    }


def run_program(
    program: Path, home: Path, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run an installed or unpacked ``fieldnotes`` as that freshly logged-in user would."""
    return subprocess.run(
        [str(program), *args],
        env=scrubbed_env(home, **env),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty home folder for that user."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def source_copy(target: Path) -> Path:
    """The files of the working tree git would commit (no .qm, no .venv, no build output)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = ROOT / os.fsdecode(name)
        if source.is_file():
            destination = target / os.fsdecode(name)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    return target


@dataclass(frozen=True)
class Bundle:
    tarball: Path
    folder: Path  # the unpacked fieldnotes-<version>/

    @property
    def program(self) -> Path:
        return self.folder / "fieldnotes"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    """``packaging/build.sh`` run once into a temporary ``FIELDNOTES_DIST``, then unpacked."""
    work = tmp_path_factory.mktemp("bundle")
    sources = source_copy(work / "src")
    dist = work / "dist"
    subprocess.run(
        ["bash", str(sources / "packaging" / "build.sh")],
        env={**os.environ, "FIELDNOTES_DIST": str(dist), "FIELDNOTES_VENV": str(VENV)},
        check=True,
        capture_output=True,
        timeout=900,
    )
    tarball = dist / f"fieldnotes-{__version__}-linux-x86_64.tar.gz"
    unpacked = work / "unpacked"
    with tarfile.open(tarball) as archive:
        archive.extractall(unpacked, filter="tar")
    yield Bundle(tarball, unpacked / f"fieldnotes-{__version__}")


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``pip wheel --no-deps`` of a clean copy of the sources (no .qm: the build makes them)."""
    work = tmp_path_factory.mktemp("wheel")
    sources = source_copy(work / "src")
    for compiled in (sources / "resources" / "translations").glob("*.qm"):
        compiled.unlink()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(work / "dist"),
            str(sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = (work / "dist").glob("fieldnotes-*.whl")
    return built
