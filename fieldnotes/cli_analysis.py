"""The analysis commands: ``voice`` (who is heard) and ``actions`` (what was agreed).

Both read the project read-only and count with the pure functions of ``analysis/``; the
readable output shows pseudonyms only, and text from the project is made inert before it
reaches a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldnotes.analysis.voice import ShareOfVoice
    from fieldnotes.domain.models import ActionEntry
    from fieldnotes.store import Project

EXIT_OK = 0
ACTION_STATUSES = ("open", "done", "dropped")  # as domain.models, without importing it here
TEXT_WIDTH = 60  # a name in a column
MIN_TEXT_WIDTH = 20  # an action's text, however narrow the terminal


def add_commands(commands: argparse._SubParsersAction) -> None:
    from fieldnotes.cli_filters import add_filter_options

    voice = commands.add_parser(
        "voice",
        help="who is heard: observations and quotes per participant and per role",
        description="Count, per participant and per kind of participant, the observations "
        "that name them as speaker (once for each speaker named) and the quotes by them. "
        "Attendees who were not heard are listed with 0 in the table.",
    )
    add_filter_options(voice, meetings="one", codes=False)
    voice.add_argument("--json", action="store_true", help="print the counts as JSON")
    voice.set_defaults(handler=cmd_voice)

    actions = commands.add_parser(
        "actions",
        help="agreements and actions, oldest meeting first",
        description="List the observations marked as an agreement or action: meeting, "
        "status, owner, due date and text, oldest meeting first.",
    )
    actions.add_argument("--status", choices=ACTION_STATUSES, help="only actions with this status")
    actions.add_argument("--json", action="store_true", help="print a JSON list of actions")
    actions.set_defaults(handler=cmd_actions)


def _shown(stream: object) -> Callable[[str], str]:
    """On a terminal, text from the project shows its control characters instead of
    obeying them."""
    from fieldnotes.display import for_terminal

    return for_terminal if getattr(stream, "isatty", lambda: False)() else str


def _open_for_reading(args: argparse.Namespace) -> Project:
    """The project, read-only; a file written by an older version is first brought up to
    date (as any command does), unless it cannot be written either."""
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.errors import ReadOnlyError

    try:
        return open_existing(args, read_only=True)
    except ReadOnlyError:
        return open_existing(args)  # read-only when not writable: then the same error


def _write(text: str) -> None:
    try:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        pass


def cmd_voice(args: argparse.Namespace) -> int:
    from fieldnotes.analysis.voice import share_of_voice
    from fieldnotes.cli_filters import check_filter_dates, read_filters
    from fieldnotes.store.analysis_queries import Scope

    check_filter_dates(args)
    with _open_for_reading(args) as project:
        chosen = read_filters(project, args)
        scope = Scope(chosen.meeting, chosen.date_from, chosen.date_to)
        roles = project.analysis.roles()
        named = project.analysis.speaker_counts(scope)  # counted in SQL: no row per pair
        voice = share_of_voice(
            (pid for pid, times in named.items() for _ in range(times)),
            (pid for _, pid in project.analysis.quote_rows(scope)),
            roles,
            present=project.analysis.attendees(scope),
        )
        names = {p.id: p.pseudonym for p in project.participants.all()} if not args.json else {}
    if args.json:
        _write(json.dumps(voice.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        _write(voice_table(voice, names, roles))
    return EXIT_OK


def voice_table(voice: ShareOfVoice, names: dict[str, str], roles: dict[str, str]) -> str:
    """The readable ``voice`` table: heard participants, then silent attendees with 0."""
    from fieldnotes.analysis.voice import VoiceCount, role_group

    shown = _shown(sys.stdout)
    rows = [
        (
            shown(_one_line(names.get(pid, pid))),
            role_group(roles.get(pid)),
            str(count.observations),
            str(count.quotes),
            f"{voice.share(pid) * 100:.0f}%",
        )
        for pid, count in [
            *voice.by_participant.items(),
            *((pid, VoiceCount()) for pid in voice.silent),
        ]
    ]
    groups = [
        (f"[{role}]", "", str(c.observations), str(c.quotes), _group_share(voice, c.total))
        for role, c in voice.by_role.items()
    ]
    header = ("participant", "role", "observations", "quotes", "share")
    return _columns([header, *rows, *groups], right_from=2)


def _group_share(voice: ShareOfVoice, total: int) -> str:
    everything = sum(c.total for c in voice.by_participant.values())
    return f"{total / everything * 100:.0f}%" if everything else "0%"


def cmd_actions(args: argparse.Namespace) -> int:
    with _open_for_reading(args) as project:
        entries = project.analysis.actions(args.status)
        names = {p.id: p.pseudonym for p in project.participants.all()} if not args.json else {}
    if args.json:
        payload = [entry.to_json() for entry in entries]
        _write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        _write(actions_list(entries, names))
        print(f"{len(entries)} action(s)", file=sys.stderr)
    return EXIT_OK


def actions_list(
    entries: Sequence[ActionEntry], names: dict[str, str], width: int | None = None
) -> str:
    """The readable ``actions`` list: meeting date, status, owner, due date, text; the
    text fills what the terminal (``width``) leaves, cut at a word."""
    from fieldnotes.display import elide, terminal_width

    shown = _shown(sys.stdout)
    rows = [
        (
            entry.meeting_date or "-",
            entry.action.status,
            shown(_one_line(names.get(entry.action.owner, entry.action.owner)))
            if entry.action.owner
            else "-",
            entry.action.due or "-",
        )
        for entry in entries
    ]
    if not rows:
        return ""
    header = ("meeting", "status", "owner", "due")
    used = sum(max(len(row[i]) for row in [header, *rows]) + 2 for i in range(len(header)))
    room = max(MIN_TEXT_WIDTH, (width or terminal_width()) - used)
    texts = [shown(elide(entry.text, room)) for entry in entries]
    return _columns(
        [(*header, "text"), *((*row, text) for row, text in zip(rows, texts, strict=True))]
    )


def _one_line(text: str) -> str:
    """Whitespace runs (newlines too) as one space, cut at a word to the column's width."""
    from fieldnotes.display import elide

    return elide(text, TEXT_WIDTH)


def _columns(rows: Sequence[Sequence[str]], right_from: int | None = None) -> str:
    """Rows as aligned columns (two spaces apart); columns from ``right_from`` on are
    right-aligned numbers. The last column is never padded."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            last = i == len(row) - 1
            if right_from is not None and i >= right_from:
                cells.append(cell.rjust(widths[i]))
            else:
                cells.append(cell if last else cell.ljust(widths[i]))
        lines.append("  ".join(cells).rstrip())
    return "".join(f"{line}\n" for line in lines)
