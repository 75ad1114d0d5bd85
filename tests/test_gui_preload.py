"""The GUI launch imports the layers below ``ui`` before Qt; none of them may pull Qt in."""

from __future__ import annotations

import subprocess
import sys

from fieldnotes.cli import GUI_PRELOAD


def test_preloading_imports_every_listed_module_and_no_qt() -> None:
    code = (
        "import sys\n"
        "from fieldnotes.cli import GUI_PRELOAD, preload_before_qt\n"
        "preload_before_qt()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
        "print(all(name in sys.modules for name in GUI_PRELOAD))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:2] == ["[]", "True"]
    assert not any(name.startswith("fieldnotes.ui") for name in GUI_PRELOAD)
