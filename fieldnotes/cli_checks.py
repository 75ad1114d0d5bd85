"""Checking command-line options against the project: one clear error for a bad id or date."""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from fieldnotes.display import shorten
from fieldnotes.domain.dates import is_iso_date
from fieldnotes.domain.search import SearchFilters
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError
from fieldnotes.store import Project


def check_dates(**options: str | None) -> None:
    """Each given ``date_from=``/``date_to=`` value must be a real ``YYYY-MM-DD`` day."""
    for option, value in options.items():
        if value is not None and not is_iso_date(value):
            raise FieldnotesError(
                QT_TRANSLATE_NOOP("Errors", "{flag} {value} is not a date of the form YYYY-MM-DD."),
                flag="--" + option.removeprefix("date_"),
                value=repr(shorten(value)),
            )


def check_codes(project: Project, codes: Iterable[str]) -> None:
    known = project.ids("codes")
    for code in codes:
        if code not in known:
            raise FieldnotesError(
                f"--code {shorten(code)!r} is neither a CAC code nor a theme in this project."
            )


def check_meetings(project: Project, meetings: Iterable[str]) -> None:
    known = project.ids("meetings")
    for meeting in meetings:
        if meeting not in known:
            raise FieldnotesError(
                f"--meeting {shorten(meeting)!r} is not a meeting in this project."
            )


def check_search_arguments(project: Project, args: argparse.Namespace) -> SearchFilters:
    check_dates(date_from=args.date_from, date_to=args.date_to)
    check_codes(project, args.code)
    check_meetings(project, [args.meeting] if args.meeting else [])
    if args.speaker and project.participants.get(args.speaker) is None:
        raise FieldnotesError(
            f"--speaker {shorten(args.speaker)!r} is not a participant in this project."
        )
    return SearchFilters(
        codes=list(args.code),
        meeting=args.meeting,
        date_from=args.date_from,
        date_to=args.date_to,
        speaker=args.speaker,
        action=args.action,
    )
