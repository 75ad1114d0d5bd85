"""Running one step on a pool thread so that every failure is reported, never lost.

A ``QRunnable`` whose ``run`` raises just ends: the dialog waiting for its signal waits
for ever. :class:`Job` catches everything the step raises and hands it to ``on_error``
(which emits the worker's ``failed`` signal); only then does an interrupt or an exit
request go on its way. Workers never touch widgets: they emit, the GUI thread shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QRunnable

from fieldnotes.errors import FieldnotesError
from fieldnotes.ui.crash_handler import user_message

logger = logging.getLogger(__name__)


class Job(QRunnable):
    def __init__(
        self,
        step: Callable[..., object],
        *args: object,
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._step = step
        self._args = args
        self._on_error = on_error

    def run(self) -> None:
        try:
            self._step(*self._args)
        except BaseException as exc:  # reported first; an exit then goes on
            self._on_error(exc)
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise


def failure_message(exc: BaseException, what: str) -> str:
    """The user's line for a failed background step; unexpected ones are logged first.

    ``what`` names the step for the log ("member-check plan"): a kind of work, never
    anything from the project.
    """
    if not isinstance(exc, FieldnotesError):
        logger.error("%s failed", what, exc_info=(type(exc), exc, exc.__traceback__))
    return user_message(exc)
