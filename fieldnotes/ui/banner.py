"""A bar across the top of the window that states a condition for as long as it lasts.

Message boxes interrupt and are gone once dismissed; a project that is read-only, or
text that is waiting to be saved, is a state, not an event. The banner says it in one
line, stays until the state ends, and offers the one useful act (a button) without
taking the keyboard away from the text being typed.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)


class Tone(Enum):
    """How serious the condition is: the banner's colour and icon."""

    INFO = ("#e8f1fb", "#2b6cb0", QStyle.StandardPixmap.SP_MessageBoxInformation)
    WARNING = ("#fff4d6", "#b7791f", QStyle.StandardPixmap.SP_MessageBoxWarning)
    ERROR = ("#fde8e8", "#c53030", QStyle.StandardPixmap.SP_MessageBoxCritical)


class Banner(QFrame):
    """Hidden until :meth:`show_message`; buttons are added once and stay."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName(f"{name}Text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self._layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self.text, 1)
        self.close_button: QToolButton | None = None
        self.setVisible(False)

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click never takes the typing focus
        button.clicked.connect(lambda _checked=False: slot())
        self._layout.insertWidget(self._layout.count() - (1 if self.close_button else 0), button)
        return button

    def add_close_button(self, accessible_name: str) -> QToolButton:
        """A small ✕ for conditions the user may acknowledge and put away."""
        button = QToolButton(self)
        button.setText("✕")
        button.setAutoRaise(True)
        button.setAccessibleName(accessible_name)
        button.setToolTip(accessible_name)
        button.clicked.connect(self.hide)
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button = button
        return button

    def show_message(self, text: str, tone: Tone = Tone.WARNING) -> None:
        background, border, icon = tone.value
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            " border-radius: 3px; }"
            f" #{self.objectName()} QLabel {{ color: #1a1a1a; background: transparent; }}"
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)

    def message(self) -> str:
        """The text shown, or "" while hidden."""
        return self.text.text() if not self.isHidden() else ""
