"""The options that choose material, defined once for every command that takes them.

``search``, ``export docx``, ``export qdpx`` and ``voice`` all narrow by meeting, period,
code or speaker. :func:`add_filter_options` gives each the same options with the same
parsing and help, and :func:`read_filters` turns what was typed into ids (names resolved
by :mod:`fieldnotes.cli_names`) and checked dates, so ``--code`` means the same
everywhere: the code or one of its sub-codes, and several ``--code`` values must all
match.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from fieldnotes.store import Project

_MULTI = "_filters_last_multi"  # (dest, how many values) of the last several-valued option


class _Several(argparse.Action):
    """``extend`` that also notes how many values this occurrence took (see
    :func:`query_after_values`)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        given = list(values or [])
        setattr(namespace, self.dest, [*(getattr(namespace, self.dest, None) or []), *given])
        setattr(namespace, _MULTI, (self.dest, len(given)))


def add_filter_options(
    parser: argparse.ArgumentParser,
    *,
    meetings: str = "several",
    codes: bool = True,
    speaker: bool = False,
) -> None:
    """Add ``--meeting`` (``"one"`` or ``"several"``), ``--from``, ``--to``, and
    optionally ``--code`` and ``--speaker`` to ``parser``."""
    if meetings == "several":
        parser.add_argument(
            "--meeting",
            action=_Several,
            nargs="+",
            default=[],
            metavar="MEETING",
            help='only these meetings: title, date (YYYY-MM-DD), "title date" or id '
            "(several values or repeat)",
        )
    else:
        parser.add_argument(
            "--meeting",
            metavar="MEETING",
            help='only this meeting: title, date (YYYY-MM-DD), "title date" or id',
        )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="meetings on or after DATE (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help="meetings on or before DATE (YYYY-MM-DD)"
    )
    if codes:
        parser.add_argument(
            "--code",
            action=_Several,
            nargs="+",
            default=[],
            metavar="CODE",
            help="tagged with CODE or one of its sub-codes (a CAC dimension includes its "
            'items): "CAC 14", cac:14, a dimension ("relation"), a theme\'s name or '
            "parent/child path, or an id; several values or repeat: all must match",
        )
    if speaker:
        parser.add_argument(
            "--speaker",
            metavar="PARTICIPANT",
            help="with a quote by this participant: pseudonym or id",
        )


def query_after_values(args: argparse.Namespace) -> str | None:
    """The QUERY of ``search --code CODE QUERY``: taken by ``--code`` (which accepts several
    values) when nothing else was left for QUERY, so the last value is the query, as
    before ``--code`` took several."""
    last = getattr(args, _MULTI, None)
    if last is None or last[1] < 2:
        return None
    values: list[str] = getattr(args, last[0])
    return values.pop()


class Filters(NamedTuple):
    """What the filter options chose, as ids and checked dates (a NamedTuple, not a
    dataclass: importing ``dataclasses`` would cost ``fieldnotes --help`` ~5 ms)."""

    meetings: tuple[str, ...] = ()  # empty: every meeting
    codes: tuple[str, ...] = ()  # all must match (with sub-codes)
    date_from: str | None = None
    date_to: str | None = None
    speaker: str | None = None

    @property
    def meeting(self) -> str | None:
        """The one meeting of a command that takes one."""
        return self.meetings[0] if self.meetings else None


def check_filter_dates(args: argparse.Namespace) -> None:
    """The dates alone: checked before the project is opened."""
    from fieldnotes.cli_checks import check_dates

    check_dates(date_from=getattr(args, "date_from", None), date_to=getattr(args, "date_to", None))


def read_filters(project: Project, args: argparse.Namespace) -> Filters:
    """The filter options of ``args`` checked and resolved against ``project``."""
    check_filter_dates(args)
    given = getattr(args, "meeting", None)
    meeting_texts = [given] if isinstance(given, str) else list(given or [])
    code_texts = list(getattr(args, "code", None) or [])
    speaker = getattr(args, "speaker", None)
    if not (meeting_texts or code_texts or speaker is not None):
        return Filters(
            date_from=getattr(args, "date_from", None), date_to=getattr(args, "date_to", None)
        )
    from fieldnotes import cli_names

    meetings = project.meetings.all() if meeting_texts else []
    codes = project.codes.all() if code_texts else []
    return Filters(
        meetings=_unique(cli_names.meeting_id("--meeting", t, meetings) for t in meeting_texts),
        codes=_unique(cli_names.code_id("--code", t, codes) for t in code_texts),
        date_from=getattr(args, "date_from", None),
        date_to=getattr(args, "date_to", None),
        speaker=None
        if speaker is None
        else cli_names.participant_id("--speaker", speaker, project.participants.all()),
    )


def participant_option(project: Project, option: str, text: str | None) -> str | None:
    """A ``--participant``-like option's id (``None`` stays ``None``)."""
    from fieldnotes import cli_names

    if text is None:
        return None
    return cli_names.participant_id(option, text, project.participants.all())


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))
