"""The banners at the top of the capture window: the example study, a read-only project,
and saving trouble.

Each says a state in one line and stays while it lasts. The example one appears in a
copy of the example study (however it was opened), with the way to a study of one's
own; the read-only one appears when the project was opened read-only; the saving one
follows the window's
:class:`WriteGuard` ("Not saved: the disk is full…", "Waiting for the project file…")
and goes away by itself when a write succeeds again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldnotes.errors import StoreError
from fieldnotes.ui.banner import Banner, Tone
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.write_guard import WriteGuard


class WindowBanners(QWidget):
    def __init__(
        self,
        hub: ProjectHub,
        guard: WriteGuard,
        save_copy: Callable[[], object],
        parent: QWidget | None = None,
        *,
        start_study: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self.example_banner = Banner("exampleBanner", self)
        self.read_only_banner = Banner("readOnlyBanner", self)
        self.read_only_banner.add_button(self.tr("Save a copy as…"), save_copy)
        self.save_banner = Banner("saveBanner", self)
        self._save_copy_button = self.save_banner.add_button(self.tr("Save a copy as…"), save_copy)
        self._close_button = self.save_banner.add_close_button(self.tr("Hide this message"))
        self._close_button.clicked.connect(guard.forget_failure)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.example_banner)
        layout.addWidget(self.read_only_banner)
        if hub.project.settings.is_example:
            if start_study is not None:
                self.example_banner.add_button(self.tr("Start your own study…"), start_study)
            self.example_banner.show_message(
                self.tr(
                    "This is the example study: made-up people and meetings to try fieldnotes "
                    "out. It is not your notes, and it starts afresh each time it is opened."
                ),
                Tone.INFO,
            )
        layout.addWidget(self.save_banner)
        if hub.read_only:
            self.read_only_banner.show_message(
                self.tr(
                    "This project is read-only: its file or folder cannot be written. You can "
                    "read, search and export; to make changes, save a copy and work in that."
                ),
                Tone.INFO,
            )
        guard.changed.connect(self._show_save_state)
        self._show_save_state()

    def _show_save_state(self) -> None:
        message = self._guard.message()
        if not message:
            self.save_banner.hide()
            return
        failure = self._guard.failure
        cannot_retry = isinstance(failure, StoreError) and not failure.retryable
        pending = self._guard.has_pending()
        self._save_copy_button.setVisible(cannot_retry and pending)
        self._close_button.setVisible(not pending)  # unsaved text is not a thing to hide
        tone = Tone.ERROR if pending and self._guard.unkept() else Tone.WARNING
        self.save_banner.show_message(message, tone)
