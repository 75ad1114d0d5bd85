"""Checking command-line dates: one clear error for anything but a real YYYY-MM-DD day.

Ids and names are resolved by :mod:`fieldnotes.cli_filters` and :mod:`fieldnotes.cli_names`.
"""

from __future__ import annotations

from fieldnotes.display import shorten
from fieldnotes.domain.dates import is_iso_date
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError


def check_dates(**options: str | None) -> None:
    """Each given ``date_from=``/``date_to=`` value must be a real ``YYYY-MM-DD`` day."""
    for option, value in options.items():
        if value is not None and not is_iso_date(value):
            raise FieldnotesError(
                QT_TRANSLATE_NOOP("Errors", "{flag} {value} is not a date of the form YYYY-MM-DD."),
                flag="--" + option.removeprefix("date_"),
                value=repr(shorten(value)),
            )
