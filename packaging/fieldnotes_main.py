"""The frozen application's entry point (PyInstaller runs this file as ``__main__``)."""

from __future__ import annotations

import sys

from fieldnotes.cli import main

if __name__ == "__main__":
    sys.exit(main())
