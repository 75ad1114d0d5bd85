"""Keeping an analysis window up to date without recounting behind a closed window.

The windows are kept for the session (the controller shows the same one again), so
recounting 100,000 observations after every edit while one is hidden would be waste:
a change while hidden only marks it stale, and showing it again reloads it once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from fieldnotes.ui.debounce import REFRESH_AFTER_MS


class FreshWhileShown(QObject):
    def __init__(
        self,
        widget: QWidget,
        reload: Callable[[], None],
        soon: Iterable[SignalInstance] = (),
        now: Iterable[SignalInstance] = (),
    ) -> None:
        """``soon``: signals that come in bursts (typing); reload once they pause.
        ``now``: signals worth reloading for at once (the codebook changed)."""
        super().__init__(widget)
        self._widget = widget
        self._reload = reload
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_AFTER_MS)
        self._timer.timeout.connect(self.changed_now)
        for signal in soon:
            signal.connect(self.changed_soon)
        for signal in now:
            signal.connect(self.changed_now)
        widget.installEventFilter(self)

    def changed_soon(self, *_args: object) -> None:
        self._timer.start()

    def changed_now(self, *_args: object) -> None:
        self._timer.stop()
        if self._widget.isVisible():
            self.stale = False
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False
