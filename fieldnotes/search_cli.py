"""Turning ``fieldnotes search`` options into filters, refusing ids that do not exist."""

from __future__ import annotations

import argparse
from datetime import date

from fieldnotes.domain.search import SearchFilters
from fieldnotes.errors import FieldnotesError
from fieldnotes.store import Project


def check_search_arguments(project: Project, args: argparse.Namespace) -> SearchFilters:
    for option, value in (("--from", args.date_from), ("--to", args.date_to)):
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise FieldnotesError(
                    f"{option} {value!r} is not a date of the form YYYY-MM-DD."
                ) from None
    codes = project.ids("codes")
    for code in args.code:
        if code not in codes:
            raise FieldnotesError(
                f"--code {code!r} is neither a CAC code nor a theme in this project."
            )
    if args.meeting and project.meetings.get(args.meeting) is None:
        raise FieldnotesError(f"--meeting {args.meeting!r} is not a meeting in this project.")
    if args.speaker and project.participants.get(args.speaker) is None:
        raise FieldnotesError(f"--speaker {args.speaker!r} is not a participant in this project.")
    return SearchFilters(
        codes=list(args.code),
        meeting=args.meeting,
        date_from=args.date_from,
        date_to=args.date_to,
        speaker=args.speaker,
    )
