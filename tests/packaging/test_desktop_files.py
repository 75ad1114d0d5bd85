"""The freedesktop files pass their validators, and install-desktop.sh puts them in place."""

from __future__ import annotations

import configparser
import os
import re
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.conftest import APP_ID, ROOT, scrubbed_env, tool

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.xml"
ICON = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
INSTALL = ROOT / "packaging" / "install-desktop.sh"
MIME_TYPE = "application/x-fieldnotes"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def validate_desktop(path: Path) -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout


def test_the_desktop_file_validates_and_opens_project_files() -> None:
    validate_desktop(DESKTOP)
    entry = desktop_entry(DESKTOP)
    assert entry["Exec"] == "fieldnotes %f"
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert {"Office", "Education", "Science"} <= set(entry["Categories"].split(";"))
    assert entry["Name[nl]"] == "fieldnotes"
    assert entry["GenericName[nl]"] != entry["GenericName"]
    assert entry["Comment[nl]"] != entry["Comment"]


def test_the_metainfo_validates_offline_and_names_the_launcher_and_file_type() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/mediatype") == MIME_TYPE
    assert component.find("content_rating") is not None
    assert component.find("description") is not None


def test_the_mime_type_is_the_fieldnotes_extension_in_english_and_dutch() -> None:
    mime_type = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == MIME_TYPE
    globs = [glob.get("pattern") for glob in mime_type.iter(f"{MIME_NS}glob")]
    assert globs == ["*.fieldnotes"]
    comments = {c.get(XML_LANG, "en"): c.text for c in mime_type.iter(f"{MIME_NS}comment")}
    assert set(comments) == {"en", "nl"}


def test_the_icon_is_a_square_scalable_drawing() -> None:
    svg = ET.parse(ICON).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in svg.get("viewBox", "").split())
    assert width == height


def program_in(folder: Path) -> Path:
    """A stand-in for the fieldnotes program: install-desktop.sh only checks it can run."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "fieldnotes"
    program.write_text("#!/bin/sh\necho fieldnotes 0\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def install(
    home: Path, *args: str, path: str = "/usr/bin:/bin"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(INSTALL), *args],
        env=scrubbed_env(home, PATH=path),
        capture_output=True,
        text=True,
        timeout=60,
    )


def installed_files(home: Path) -> dict[str, Path]:
    data = home / ".local" / "share"
    return {
        "desktop": data / "applications" / f"{APP_ID}.desktop",
        "metainfo": data / "metainfo" / f"{APP_ID}.metainfo.xml",
        "icon": data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "mime": data / "mime" / "packages" / f"{APP_ID}.xml",
    }


def test_install_puts_each_file_in_its_place_with_exec_naming_the_program(home: Path) -> None:
    program = program_in(home / "apps" / "my fieldnotes")  # a space: Exec must quote it
    result = install(home, "--exec", str(program))
    assert result.returncode == 0, result.stderr
    files = installed_files(home)
    assert all(path.is_file() for path in files.values()), files
    validate_desktop(files["desktop"])
    entry = desktop_entry(files["desktop"])
    assert entry["Exec"] == f'"{program}" %f'
    assert entry["TryExec"] == str(program)
    assert files["icon"].read_bytes() == ICON.read_bytes()
    # update-mime-database read the new type into the user's database.
    assert MIME_TYPE in (home / ".local/share/mime/types").read_text().split()


def exec_program(value: str) -> str:
    """The program of an Exec value, read back as the Desktop Entry Specification says:
    string escapes first (backslash pairs), then the quoted argument, then ``%%``."""
    assert value.endswith(" %f"), value
    quoted = re.sub(r"\\\\", r"\\", value[: -len(" %f")])
    assert quoted.startswith('"') and quoted.endswith('"'), quoted
    unquoted = re.sub(r'\\(["`$\\])', r"\1", quoted[1:-1])
    return unquoted.replace("%%", "%")


def test_exec_quotes_any_path_so_the_desktop_reads_it_back(home: Path) -> None:
    program = program_in(home / 'odd "name" $HOME `x` back\\slash 100%')
    assert install(home, "--exec", str(program)).returncode == 0
    desktop = installed_files(home)["desktop"]
    validate_desktop(desktop)
    assert exec_program(desktop_entry(desktop)["Exec"]) == str(program)


def test_install_finds_fieldnotes_on_path_as_pipx_leaves_it(home: Path) -> None:
    program = program_in(home / ".local" / "bin")
    result = install(home, path=f"{program.parent}:/usr/bin:/bin")
    assert result.returncode == 0, result.stderr
    assert desktop_entry(installed_files(home)["desktop"])["Exec"] == f"{program} %f"


def test_fieldnotes_becomes_the_default_for_project_files(home: Path) -> None:
    tool("xdg-mime")
    program = program_in(home / "bin")
    assert install(home, "--exec", str(program)).returncode == 0
    query = subprocess.run(
        ["xdg-mime", "query", "default", MIME_TYPE],
        env=scrubbed_env(home),
        capture_output=True,
        text=True,
    )
    assert query.stdout.strip() == f"{APP_ID}.desktop"


def test_uninstall_removes_what_install_added(home: Path) -> None:
    program = program_in(home / "bin")
    assert install(home, "--exec", str(program)).returncode == 0
    result = install(home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in installed_files(home).values())
    mimeapps = home / ".config" / "mimeapps.list"
    assert APP_ID not in (mimeapps.read_text() if mimeapps.exists() else "")


@pytest.mark.parametrize("bad", ["missing", "not-executable", "folder"])
def test_a_program_that_cannot_run_is_refused_and_nothing_is_installed(
    home: Path, bad: str
) -> None:
    target = home / "fieldnotes"
    if bad == "not-executable":
        target.write_text("#!/bin/sh\n")
    elif bad == "folder":
        target.mkdir()
    result = install(home, "--exec", str(target))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (home / ".local").exists()


def test_without_a_program_anywhere_it_says_how_to_name_one(home: Path) -> None:
    assert not any(os.access(Path(d) / "fieldnotes", os.X_OK) for d in ("/usr/bin", "/bin"))
    result = install(home)  # PATH has only the system folders
    assert result.returncode != 0
    assert "--exec" in result.stderr
    assert not (home / ".local").exists()
