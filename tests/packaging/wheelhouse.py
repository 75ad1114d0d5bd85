"""Wheels of fieldnotes' dependencies, packed again from what this environment installed.

Installing the built wheel into a fresh environment needs its dependencies; fetching them
again (PySide6 alone is ~300 MB) would make the test depend on the network and on the
index still serving these versions. The installed files are the wheels' own contents
(``RECORD`` lists them with their hashes), so they are packed back into wheels with the
same names, versions and tags, and pip installs them with ``--no-index``.
"""

from __future__ import annotations

import csv
import re
import zipfile
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def runtime_closure(root: str) -> list[metadata.Distribution]:
    """``root``'s installed dependencies (no extras), transitively, ``root`` excluded."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            key = canonicalize_name(requirement.name)
            if key not in seen:
                seen[key] = metadata.distribution(requirement.name)
                pending.append(requirement.name)
    return list(seen.values())


def _tag(dist: metadata.Distribution) -> str:
    wheel_info = dist.read_text("WHEEL") or ""
    tags = re.findall(r"^Tag: (\S+)$", wheel_info, re.MULTILINE)
    if not tags:
        raise ValueError(f"{dist.metadata['Name']} was not installed from a wheel")
    # A wheel with several tags (py2.py3-none-any) names them joined by dots per part.
    parts = [tag.split("-") for tag in tags]
    return "-".join(".".join(dict.fromkeys(part[i] for part in parts)) for i in range(3))


def repack(dist: metadata.Distribution, folder: Path) -> Path:
    """Write ``dist`` back as a wheel in ``folder``; the scripts pip makes are left out."""
    name = re.sub(r"[-_.]+", "_", dist.metadata["Name"])
    wheel = folder / f"{name}-{dist.version}-{_tag(dist)}.whl"
    site = Path(str(dist.locate_file("")))
    rows = []
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_STORED) as archive:
        for row in csv.reader((dist.read_text("RECORD") or "").splitlines()):
            path = row[0]
            if path.startswith("..") or path.endswith(_NOT_FROM_THE_WHEEL):
                continue
            if "__pycache__" in Path(path).parts:
                continue
            archive.write(site / path, path)
            rows.append(row)
        dist_info = next(
            part for part in (Path(row[0]).parts[0] for row in rows) if part.endswith(".dist-info")
        )
        rows.append([f"{dist_info}/RECORD", "", ""])
        archive.writestr(f"{dist_info}/RECORD", "".join(",".join(row) + "\n" for row in rows))
    return wheel


# What pip adds when it installs (and RECORD itself, written anew).
_NOT_FROM_THE_WHEEL = ("/RECORD", "/INSTALLER", "/REQUESTED", "/direct_url.json")


def dependency_wheels(root: str, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [repack(dist, folder) for dist in runtime_closure(root)]
