"""Coalescing bursts of change signals into one refresh after they stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# Typing autosaves about twice a second; recounting a large project each time would stall it.
REFRESH_AFTER_MS = 800


def debounced(
    owner: QObject, slot: Callable[[], None], interval_ms: int = REFRESH_AFTER_MS
) -> Callable[..., None]:
    """A callable (taking any signal arguments) that runs ``slot`` once changes pause."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return lambda *_args: timer.start()
