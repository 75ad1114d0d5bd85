"""Render the app's SVG icon into the Windows .ico and macOS .icns the builds need.

Run before PyInstaller on Windows and macOS (the GitHub workflow does):
    python packaging/make_icons.py [OUTPUT_FOLDER]     (default: packaging/build-icons)
Qt draws the SVG and writes both formats, so no other image tool is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "org.fieldnotes.Fieldnotes.svg"
# Windows shows 256 px in Explorer's large views; macOS wants 512 and 1024 for Retina.
OUTPUTS = {"fieldnotes.ico": 256, "fieldnotes.icns": 1024}


def render(size: int) -> object:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication([])  # image plugins need one
    folder = Path(argv[1]) if len(argv) > 1 else ROOT / "packaging" / "build-icons"
    folder.mkdir(parents=True, exist_ok=True)
    for name, size in OUTPUTS.items():
        writer = QImageWriter(str(folder / name), name.rsplit(".", 1)[1].encode())
        if not writer.write(render(size)):
            print(f"make_icons: {name}: {writer.errorString()}", file=sys.stderr)
            return 1
        print(folder / name)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
