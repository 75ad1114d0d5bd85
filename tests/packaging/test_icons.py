"""The Windows and macOS icons are drawn from the one SVG (packaging/make_icons.py)."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

from tests.packaging.conftest import ROOT


def test_make_icons_writes_an_ico_and_an_icns(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    ico = (tmp_path / "fieldnotes.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 1)
    assert ico[6] == 0 and ico[7] == 0  # 0 means 256 px wide and high
    icns = (tmp_path / "fieldnotes.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
