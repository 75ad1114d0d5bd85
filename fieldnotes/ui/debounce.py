"""Coalescing bursts of change signals into one refresh after they stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# Typing autosaves about twice a second; recounting a large project each time would stall it.
REFRESH_AFTER_MS = 800


class _Debouncer(QObject):
    """Owned by the view it refreshes, so connections to it end when the view is freed
    (a plain lambda connected to the hub would outlive the view and its timer)."""

    def __init__(self, owner: QObject, slot: Callable[[], None], interval_ms: int) -> None:
        super().__init__(owner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(slot)

    def trigger(self, *_args: object) -> None:
        self._timer.start()


def debounced(
    owner: QObject, slot: Callable[[], None], interval_ms: int = REFRESH_AFTER_MS
) -> Callable[..., None]:
    """A callable (taking any signal arguments) that runs ``slot`` once changes pause."""
    return _Debouncer(owner, slot, interval_ms).trigger
