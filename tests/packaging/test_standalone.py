"""The standalone Linux build runs on a machine with no Python, from its unpacked folder.

Every program here runs with a scrubbed environment (no virtual environment on PATH, no
PYTHON* variables) from a working folder outside the source tree.
"""

from __future__ import annotations

import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from fieldnotes import __version__
from fieldnotes.imports.example import example_json
from tests.packaging.conftest import APP_ID, Bundle, run_program, scrubbed_env, tool
from tests.packaging.x11 import close_window, top_level_windows, virtual_screen, wait_for_window

pytestmark = pytest.mark.slow

EXAMPLE_TITLE = json.loads(example_json())["study"]["title"]


def run(bundle: Bundle, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run_program(bundle.program, home, *args, **env)


@pytest.fixture
def example_project(bundle: Bundle, home: Path) -> Path:
    """The example study imported by the built program itself."""
    source = home / "example.json"
    source.write_bytes(example_json())
    project = home / "example.fieldnotes"
    result = run(bundle, home, "--db", str(project), "import", str(source))
    assert result.returncode == 0, result.stderr
    return project


def test_the_tarball_holds_one_folder_with_the_program_and_its_desktop_files(
    bundle: Bundle,
) -> None:
    assert bundle.tarball.name == f"fieldnotes-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(bundle.tarball) as archive:
        tops = {Path(name).parts[0] for name in archive.getnames()}
    assert tops == {f"fieldnotes-{__version__}"}
    assert os.access(bundle.program, os.X_OK)
    assert os.access(bundle.folder / "install-desktop.sh", os.X_OK)
    for suffix in (".desktop", ".metainfo.xml", ".xml", ".svg"):
        assert (bundle.folder / "linux" / f"{APP_ID}{suffix}").is_file()


def test_version_runs_without_python_or_the_venv(bundle: Bundle, home: Path) -> None:
    result = run(bundle, home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"fieldnotes {__version__}"


def test_commands_without_a_window_load_no_qt(bundle: Bundle, home: Path) -> None:
    """As from source, the command line starts without Qt (the dynamic loader's own log)."""
    for args in (["--version"], ["--help"]):
        result = run(bundle, home, *args, LD_DEBUG="files")
        assert result.returncode == 0
        loaded = [line for line in result.stderr.splitlines() if "file=" in line]
        assert any("libpython3" in line for line in loaded)  # the log does list libraries
        assert not [line for line in loaded if "libQt6" in line or "libpyside6" in line]


def test_the_bundle_carries_its_own_python_and_nothing_points_back_to_the_build(
    bundle: Bundle,
) -> None:
    internal = bundle.folder / "_internal"
    assert list(internal.glob("libpython3*.so*")), "no Python library in the bundle"
    for script in bundle.folder.rglob("*"):
        if script.is_file() and script.suffix in {".py", ".sh", ".desktop", ".txt", ".cfg"}:
            assert ".venv" not in script.read_text(errors="replace"), script
    assert not list(bundle.folder.rglob("pyvenv.cfg"))


def test_every_library_finds_what_it_links_to(bundle: Bundle) -> None:
    """Only the desktop libraries packaging/setup.sh installs may come from the system."""
    internal = bundle.folder / "_internal"
    search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    missing = set()
    for library in [bundle.program, *internal.rglob("*.so*")]:
        if not library.is_file() or library.is_symlink():
            continue
        listing = subprocess.run(
            ["ldd", str(library)],
            env={"LD_LIBRARY_PATH": search, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
        ).stdout
        missing |= {
            f"{library.relative_to(bundle.folder)}: {line.split()[0]}"
            for line in listing.splitlines()
            if "not found" in line
        }
    assert missing == set()


def test_the_translations_resources_and_qt_plugins_are_inside(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    resources = internal / "fieldnotes" / "resources"
    assert (resources / "translations" / "fieldnotes_nl.qm").is_file()
    assert (resources / "cac_framework.json").is_file()
    assert (resources / "example_study.json").is_file()
    assert (resources / "document_strings" / "nl.json").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm").is_file()
    assert list((internal / "docx" / "templates").glob("default-header.xml"))
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    qt_libraries = {path.name for path in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    assert {"libQt6Charts.so.6", "libQt6Svg.so.6"} <= qt_libraries
    unused = {
        name
        for name in qt_libraries
        if name.startswith(("libQt6WebEngine", "libQt63D", "libQt6Multimedia", "libQt6Quick"))
        or name.startswith(("libQt6Qml", "libQt6Pdf"))
    }
    assert unused == set()


def test_the_built_program_imports_reports_and_writes_documents(
    bundle: Bundle, home: Path, example_project: Path
) -> None:
    report = run(bundle, home, "--db", str(example_project), "cac", "report", "--json")
    assert report.returncode == 0, report.stderr
    assert set(json.loads(report.stdout)) >= {"round", "items", "dimensions", "overall"}
    summary = home / "member check.docx"
    written = run(
        bundle,
        home,
        "--db",
        str(example_project),
        "export",
        "docx",
        "--out",
        str(summary),
        "--lang",
        "nl",
    )
    assert written.returncode == 0, written.stderr
    from docx import Document

    assert Document(str(summary)).paragraphs  # python-docx's templates were found
    checked = run(bundle, home, "--db", str(example_project), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_built_app_opens_its_window_on_the_example_and_closes_cleanly(
    bundle: Bundle, home: Path, example_project: Path
) -> None:
    tool("Xvfb")
    tool("xwininfo")
    with virtual_screen() as display:
        app = subprocess.Popen(
            [str(bundle.program), "--db", str(example_project)],
            env=scrubbed_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
            cwd=home,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            window, _ = wait_for_window(display, f"{EXAMPLE_TITLE} — fieldnotes", 60, app)
            assert window.width >= 400 and window.height >= 300
            close_window(display, window.id)
            assert app.wait(timeout=30) == 0, app.stderr.read() if app.stderr else ""
            assert all(w.title != window.title for w in top_level_windows(display))
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
            if app.stderr:
                app.stderr.close()
    checked = run(bundle, home, "--db", str(example_project), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_install_desktop_from_the_unpacked_folder_points_at_its_program(
    bundle: Bundle, home: Path
) -> None:
    env = scrubbed_env(home)
    result = subprocess.run(
        [str(bundle.folder / "install-desktop.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    entry = Path(env["XDG_DATA_HOME"]) / "applications" / f"{APP_ID}.desktop"
    lines = entry.read_text().splitlines()
    assert f"Exec={bundle.program} %f" in lines
    validated = subprocess.run(
        [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stdout
