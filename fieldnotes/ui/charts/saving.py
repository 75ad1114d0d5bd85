"""Saving a chart as a picture (PNG or SVG) and its numbers as CSV, from any view.

Every analysis view offers the same two commands with the same keys, so a researcher
learns them once: Ctrl+S saves the picture, Ctrl+Shift+S the numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError, os_reason
from fieldnotes.export.atomic import write_atomic
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.file_places import ask_save_path, remember_folder
from fieldnotes.ui.widgets.export_notice import announce_export

FOLDER_KIND = "charts"
Table = tuple[Sequence[str], Sequence[Sequence[object]]]  # header, rows

CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be written ({reason}).")


def picture_bytes(widget: QWidget, svg: bool) -> bytes:
    """``widget`` drawn as SVG (vector), or as PNG at twice the screen size so that it
    stays sharp in a report.

    ``QWidget.render`` is called unbound because a ``QChartView`` (a ``QGraphicsView``)
    hides it behind a scene-rendering overload with another signature."""
    size = widget.size()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if svg:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(widget.accessibleName() or widget.windowTitle())
        painter = QPainter(generator)
        QWidget.render(widget, painter, QPoint())  # QGraphicsView (a chart) overloads render
        painter.end()
    else:
        image = QImage(size * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QWidget.render(widget, painter, QPoint())  # QGraphicsView (a chart) overloads render
        painter.end()
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; PySide takes str only
    return bytes(buffer.data().data())


def save_picture(widget: QWidget, path: Path) -> None:
    """Write the picture atomically: PNG, or SVG for a ``.svg`` name."""
    data = picture_bytes(widget, svg=path.suffix.lower() == ".svg")
    write_atomic(path, lambda handle: handle.write(data))


class ChartSaving(QObject):
    """The two save commands for one view: ``picture()`` gives the widget to draw,
    ``numbers()`` the table behind it; ``name`` starts the suggested file names."""

    def __init__(
        self,
        view: QWidget,
        settings: QSettings,
        name: str,
        picture: Callable[[], QWidget],
        numbers: Callable[[], Table],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        self._name = name
        self._picture = picture
        self._numbers = numbers
        self.save_picture_action = self._action(
            self.tr("Save chart as &picture…"), QKeySequence.StandardKey.Save, self.ask_picture
        )
        self.save_numbers_action = self._action(
            self.tr("Save &numbers as CSV…"), QKeySequence("Ctrl+Shift+S"), self.ask_numbers
        )

    def _action(
        self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self._view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._view.addAction(action)
        return action

    def _suggested(self, suffix: str) -> str:
        return f"{self._name}-{date.today().isoformat()}{suffix}"

    def ask_picture(self) -> Path | None:
        path = ask_save_path(
            self._view,
            self._settings,
            FOLDER_KIND,
            self.tr("Save chart"),
            self._suggested(".png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
            [".png", ".svg"],
        )
        if path is None or not self.write_picture(path):
            return None
        announce_export(self._view, path, self.tr("The chart as a picture."))
        return path

    def ask_numbers(self) -> Path | None:
        path = ask_save_path(
            self._view,
            self._settings,
            FOLDER_KIND,
            self.tr("Save numbers"),
            self._suggested(".csv"),
            self.tr("CSV (*.csv)"),
            [".csv"],
        )
        if path is None or not self.write_numbers(path):
            return None
        announce_export(self._view, path, self.tr("The numbers behind the chart (CSV)."))
        return path

    def write_picture(self, path: Path) -> bool:
        return self._write(path, lambda: save_picture(self._picture(), path))

    def write_numbers(self, path: Path) -> bool:
        from fieldnotes.export.table_csv import write_table_csv

        header, rows = self._numbers()
        return self._write(path, lambda: write_table_csv(path, header, rows))

    def _write(self, path: Path, write: Callable[[], None]) -> bool:
        try:
            write()
        except FieldnotesError as exc:
            QMessageBox.critical(self._view, self.tr("Save"), error_text(exc))
            return False
        except OSError as exc:
            message = FieldnotesError(CANNOT_WRITE, path=path, reason=os_reason(exc))
            QMessageBox.critical(self._view, self.tr("Save"), error_text(message))
            return False
        remember_folder(self._settings, FOLDER_KIND, path)
        return True
