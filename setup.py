"""Compile the Qt translations while building, so an installed wheel is translated.

Everything else is declared in pyproject.toml; this only extends ``build_py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        for ts in sorted(Path("resources/translations").glob("*.ts")):
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
                subprocess.run(
                    [sys.executable, "-c", _LRELEASE, str(ts), "-qm", str(qm)], check=True
                )
        super().run()


# pyside6-lrelease as a module call: the console script may not be on PATH in a build env.
_LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv[0] = 'pyside6-lrelease'; sys.argv.insert(1, '-silent'); sys.exit(lrelease())"
)

setup(cmdclass={"build_py": BuildPyWithTranslations})
