"""The welcome on a first start: start a study of your own, or explore the example.

Shown when there is no study to open (no ``--db``, no last study, no project of an
earlier version). The two choices are kept apart on purpose: the example is a separate
file, so a researcher's first real meeting never lands among its made-up ones. The
window only asks; the app controller does the opening and closes the welcome once a
project window is up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget


class WelcomeWindow(QDialog):
    new_study_requested = Signal()
    example_requested = Signal()
    open_requested = Signal()

    def __init__(self, missing: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeWindow")
        self.setWindowTitle(self.tr("Welcome to fieldnotes"))
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("Welcome to fieldnotes"), self)
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Take notes during meetings, tag them with the Coordinated Action Checklist "
                "and your own themes, and give participants a summary to check."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.missing_note = QLabel(self)
        self.missing_note.setObjectName("welcomeMissing")
        self.missing_note.setWordWrap(True)
        self.missing_note.setTextFormat(Qt.TextFormat.PlainText)
        if missing is not None:
            self.missing_note.setText(
                self.tr(
                    "Your last study is no longer at {path}. If it was moved, open it "
                    "where it is now."
                ).format(path=missing)
            )
        self.missing_note.setVisible(missing is not None)

        self.new_study = QCommandLinkButton(
            self.tr("&Start a new study"),
            self.tr(
                "Your own project file for your notes: give it a title, your name and a "
                "place to keep it."
            ),
            self,
        )
        self.new_study.setObjectName("startNewStudy")
        self.example = QCommandLinkButton(
            self.tr("&Explore the example"),
            self.tr(
                "The Connectors, a made-up study with meetings, quotes and CAC rounds to try "
                "everything out. It is kept apart from your notes and starts afresh each "
                "time you open it."
            ),
            self,
        )
        self.example.setObjectName("exploreExample")
        self.open_existing = QCommandLinkButton(
            self.tr("&Open a study…"),
            self.tr("A project file you already have, from a colleague or a backup."),
            self,
        )
        self.open_existing.setObjectName("openStudy")
        for button, signal in (
            (self.new_study, self.new_study_requested),
            (self.example, self.example_requested),
            (self.open_existing, self.open_requested),
        ):
            button.setAutoDefault(True)  # Enter activates the one with the focus
            button.clicked.connect(signal.emit)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.missing_note)
        layout.addWidget(self.new_study)
        layout.addWidget(self.example)
        layout.addSpacing(6)
        layout.addWidget(self.open_existing)
        layout.addStretch(1)
        self.new_study.setDefault(True)
        self.new_study.setFocus()
