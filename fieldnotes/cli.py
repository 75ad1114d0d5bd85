"""The ``fieldnotes`` command: the GUI by default, and headless subcommands.

Only launching the GUI imports Qt; every other command imports just what it needs, so
it starts fast and runs on a machine without a display. Errors a user can cause print
one line on stderr and exit non-zero; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fieldnotes import __version__
from fieldnotes.cli_db import accept_db_everywhere, add_db_option, project_argument, settle_db
from fieldnotes.cli_filters import add_filter_options
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError

EXIT_OK = 0
EXIT_ERROR = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldnotes",
        description="Field notes for participatory action research. "
        "Without a command, opens the app; `fieldnotes PROJECT.fieldnotes` opens that project "
        "in it. --db may also come after the command.",
    )
    parser.add_argument("--version", action="version", version=f"fieldnotes {__version__}")
    add_db_option(parser)
    parser.add_argument(
        "--example",
        action="store_true",
        help="open the app on a fresh copy of the fictional example study, kept apart from "
        "your own studies",
    )
    parser.add_argument("--debug", action="store_true", help="log verbosely and show tracebacks")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", help="what to do (without one: open the app)"
    )

    importer = commands.add_parser(
        "import",
        usage="fieldnotes import FILE.json | qdpx FILE.qdpx | qdc FILE.qdc",
        help="merge a fieldnotes/1 JSON file, a REFI-QDA project or a codebook into the project",
        description="Validate FILE completely, then merge it into the project in one step. "
        "Entities are matched by id; nothing changes if the file has any problem.",
    )
    importer.add_argument(
        "what",
        metavar="[qdpx|qdc] FILE",
        nargs="+",
        help="a fieldnotes/1 JSON file; or qdpx FILE.qdpx (a REFI-QDA project from QualCoder, "
        "ATLAS.ti, MAXQDA, NVivo); or qdc FILE.qdc (a shared codebook)",
    )
    importer.set_defaults(handler=_cmd_import)

    exporter = commands.add_parser(
        "export", help="write the project out", description="Write the project out."
    )
    formats = exporter.add_subparsers(
        dest="format", metavar="FORMAT", required=True, help="what to write"
    )
    as_json = formats.add_parser(
        "json",
        help="full-fidelity fieldnotes/1 JSON (includes real names)",
        description="Write the whole project as fieldnotes/1 JSON, real names included.",
    )
    as_json.add_argument(
        "--out", metavar="FILE", type=Path, help="output file (default: standard output)"
    )
    as_json.set_defaults(handler=_cmd_export_json)
    as_docx = formats.add_parser(
        "docx",
        help="member-check summary for participants (pseudonyms only)",
        description="Write a Word summary that participants read and answer: each "
        "observation with a reference (O-12), its tags and quotes, and room for a verdict "
        "and a comment. Real names are replaced by pseudonyms everywhere.",
    )
    as_docx.add_argument(
        "--out", metavar="FILE", type=Path, required=True, help="the .docx to write"
    )
    add_filter_options(as_docx)
    as_docx.add_argument(
        "--lang",
        metavar="nl|en",
        help="the document's language (default: the project's document language, else en)",
    )
    as_docx.add_argument(
        "--glossary",
        action="store_true",
        help="add an appendix saying in plain words what each tag used means",
    )
    as_docx.add_argument(
        "--no-agreements",
        action="store_true",
        help="leave out the table of agreements and actions (shown when the chosen "
        "observations have any)",
    )
    as_docx.set_defaults(handler=_cmd_export_docx)

    from fieldnotes.cli_exchange import add_export_formats, add_merge_command

    add_export_formats(formats, add_filter_options)
    add_merge_command(commands)

    feedback = commands.add_parser(
        "import-feedback",
        help="read a returned member-check document",
        description="Attach the verdicts, comments and Word comments in a returned member-check "
        "document to the observations they are about (matched by reference, O-12). Verdicts "
        "are read in Dutch or English; anything else is kept word for word to classify. "
        "Importing the same document again adds nothing.",
    )
    feedback.add_argument("file", metavar="FILE.docx", type=Path, help="the returned document")
    feedback.add_argument(
        "--participant", metavar="PARTICIPANT", help="who returned it: pseudonym or id"
    )
    feedback.set_defaults(handler=_cmd_import_feedback)

    search = commands.add_parser(
        "search",
        usage="fieldnotes search QUERY [--code CODE ...] [--meeting MEETING] "
        "[--speaker PARTICIPANT] [--from DATE] [--to DATE] [--action STATUS] [--limit N] "
        "[--json] [--db PATH]",
        help="find observations by words, tags, meeting, speaker and date",
        description="Full-text search over observations, their quotes (also the original "
        'text), and their meeting\'s title, notes and memos: words, "phrases", prefix*, '
        'AND/OR/NOT, accents ignored, best match first. An empty QUERY ("") lists '
        "everything the filters let through, in meeting date and time order.",
    )
    search.add_argument(
        "query", metavar="QUERY", nargs="?", help='what to look for ("" for everything)'
    )
    add_filter_options(search, meetings="one", speaker=True)
    search.add_argument(
        "--action",
        choices=("any", "open", "done", "dropped"),
        help="marked as an agreement or action (any), or one with this status",
    )
    search.add_argument("--limit", type=_positive_int, metavar="N", help="at most N hits")
    search.add_argument("--json", action="store_true", help="print a JSON list of hits")
    search.set_defaults(handler=_cmd_search)

    cac = commands.add_parser(
        "cac",
        help="CAC questionnaire rounds",
        description="Coordinated Action Checklist questionnaire rounds.",
    )
    cac_commands = cac.add_subparsers(
        dest="cac_command", metavar="ACTION", required=True, help="what to do"
    )
    report = cac_commands.add_parser(
        "report",
        help="item, dimension and overall scores of a round",
        description="Score a round: item score = mean over respondents who answered it; "
        "dimension = mean of its item scores; overall = mean of all item scores; dimensions "
        "and overall rounded half up; null where nothing was answered.",
    )
    report.add_argument("--round", metavar="ID", help="the round (default: the latest by date)")
    report.add_argument("--json", action="store_true", help="print the scores as JSON")
    report.set_defaults(handler=_cmd_cac_report)

    from fieldnotes.cli_analysis import add_commands as add_analysis_commands
    from fieldnotes.cli_protect import add_commands

    add_analysis_commands(commands)
    add_commands(commands)
    accept_db_everywhere(parser)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    try:
        given = project_argument(given, parser)
    except FieldnotesError as exc:
        return _fail(str(exc))
    args = parser.parse_args(given)
    _log_to_stderr(debug=args.debug)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _cmd_gui)
    if args.example and handler is not _cmd_gui:
        return _fail("--example opens the app; it does not go with a command.")
    try:
        settle_db(args)
        return handler(args)
    except FieldnotesError as exc:
        if args.debug:
            raise
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        named = None if args.debug else _named_database_error(exc, args)
        if named is None:
            raise
        return _fail(str(named))


def _named_database_error(exc: Exception, args: argparse.Namespace) -> Exception | None:
    """The cause of a database error in words (locked, read-only, disk full, damaged)."""
    sqlite3 = sys.modules.get("sqlite3")  # imported by whichever command used the database
    if sqlite3 is None or not isinstance(exc, sqlite3.Error):
        return None
    from fieldnotes.store.failures import store_error

    path, _ = _project_path(args)
    return store_error(exc, path) or FieldnotesError(
        "The project file {path} could not be read ({reason}).", path=path, reason=exc
    )


def _log_to_stderr(*, debug: bool) -> None:
    import logging  # here, not at the top: --version and --help never need it

    level = logging.DEBUG if debug else logging.WARNING
    handler = logging.StreamHandler()
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(level, root.level) if root.level else level)


def _fail(message: str) -> int:
    print(f"fieldnotes: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def _project_path(args: argparse.Namespace) -> tuple[Path, bool]:
    from fieldnotes.paths import resolve_project_path

    return resolve_project_path(args.db)


# What the window's start needs from the layers below ``ui`` (and the standard library):
# PySide6 replaces ``__import__`` and reads the source of every module imported after it,
# looking for ``from __feature__`` (~0.2 ms a module); loaded before Qt they skip that.
# A module missing here only costs that; one that imports Qt would defeat it (tested).
GUI_PRELOAD = (
    "fieldnotes.store",
    "fieldnotes.store.sync.tracking",
    "fieldnotes.store.backup",
    "fieldnotes.store.recovery",
    "fieldnotes.store.lock_wait",
    "fieldnotes.store.failures",
    "fieldnotes.analysis.voice",
    "fieldnotes.analysis.actions",
    "fieldnotes.domain.code_search",
    "fieldnotes.display",
    "fieldnotes.paths",
    "platformdirs",
    "hashlib",
    "html",
)


def preload_before_qt() -> None:
    """Import what the GUI start needs below ``ui`` before PySide6 is first imported."""
    from importlib import import_module

    for name in GUI_PRELOAD:
        import_module(name)


def _cmd_gui(args: argparse.Namespace) -> int:
    if args.example and args.db:
        return _fail("--example opens the example study; leave out --db.")
    from fieldnotes.paths import explicit_project_path

    preload_before_qt()
    from fieldnotes.ui.app import run_app

    return run_app(None if args.example else explicit_project_path(args.db), example=args.example)


def _cmd_import(args: argparse.Namespace) -> int:
    what = list(args.what)
    if len(what) == 2 and what[0] in ("qdpx", "qdc"):
        from fieldnotes.cli_exchange import import_refi

        return import_refi(args, what[0], Path(what[1]))
    if len(what) != 1:
        return _fail("import takes FILE.json, or qdpx FILE.qdpx, or qdc FILE.qdc.")
    args.file = Path(what[0])
    return _import_json(args)


def _import_json(args: argparse.Namespace) -> int:
    from fieldnotes.cli_passphrase import passphrase_for
    from fieldnotes.imports.json_import import import_file
    from fieldnotes.store import Project
    from fieldnotes.store.backup import make_backup
    from fieldnotes.store.connection import (
        missing_folders,
        remove_empty_folders,
        remove_project_files,
    )

    path, _ = _project_path(args)
    existed = path.exists()
    was_empty = existed and path.is_file() and path.stat().st_size == 0
    folders = missing_folders(path)
    try:
        project = Project.open(path, create=True, passphrase=passphrase_for(path))
    except BaseException:
        remove_empty_folders(folders)
        raise
    try:
        if not project.is_new:  # an import can change much: keep the state before it
            make_backup(path, project.passphrase)
        summary = import_file(project, args.file)
    except BaseException:
        project.close()
        if not existed:
            remove_project_files(path)
            remove_empty_folders(folders)
        elif was_empty:  # give the empty file back as it was
            remove_project_files(path)
            path.touch(mode=0o600)
        raise
    project.close()
    print(summary.sentence(args.file, path), file=sys.stderr)
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    import json

    from fieldnotes.cli_filters import check_filter_dates, query_after_values, read_filters
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.domain.search import SearchFilters

    if args.query is None:
        args.query = query_after_values(args)
        if args.query is None:
            raise FieldnotesError(
                QT_TRANSLATE_NOOP("Errors", 'search needs a QUERY ("" for everything).')
            )
    check_filter_dates(args)
    with open_existing(args) as project:
        chosen = read_filters(project, args)
        filters = SearchFilters(
            codes=list(chosen.codes),
            meeting=chosen.meeting,
            date_from=chosen.date_from,
            date_to=chosen.date_to,
            speaker=chosen.speaker,
            action=args.action,
        )
        hits = project.search.search(args.query, filters, limit=args.limit)
    if args.json:
        payload = [
            {"observation": h.observation, "meeting": h.meeting, "snippet": h.snippet} for h in hits
        ]
        _write_stdout(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        from fieldnotes.display import for_terminal

        shown = for_terminal if sys.stdout.isatty() else str  # escape sequences stay inert
        lines = [
            "\t".join(
                shown(field)
                for field in (
                    h.observation,
                    f"{h.meeting_date or ''} {h.time or ''}",
                    h.meeting_title,
                    h.snippet,
                )
            )
            for h in hits
        ]
        _write_stdout("".join(f"{line}\n" for line in lines))
        print(f"{len(hits)} hit(s)", file=sys.stderr)
    return EXIT_OK


def _cmd_cac_report(args: argparse.Namespace) -> int:
    import json

    from fieldnotes.analysis.cac_report import format_report, select_round
    from fieldnotes.analysis.cac_scores import score_round
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.domain.cac import load_framework

    with open_existing(args) as project:
        rounds = project.cac_rounds.all()
    scores = score_round(select_round(rounds, args.round), load_framework())
    if args.json:
        _write_stdout(json.dumps(scores.to_report(), indent=2) + "\n")
    else:
        from fieldnotes.display import terminal_width

        _write_stdout(format_report(scores, load_framework(), terminal_width()))
    return EXIT_OK


def _cmd_export_docx(args: argparse.Namespace) -> int:
    from fieldnotes.cli_member_check import export_docx

    return export_docx(args)


def _cmd_import_feedback(args: argparse.Namespace) -> int:
    from fieldnotes.cli_member_check import import_feedback

    return import_feedback(args)


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        pass


def _cmd_export_json(args: argparse.Namespace) -> int:
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.export.json_dump import export_json_bytes

    with open_existing(args) as project:
        payload = export_json_bytes(project)
        if project.encrypted:
            print(
                "fieldnotes: warning: the project is encrypted, but this JSON copy is not "
                "encrypted (and it carries real names); keep it safe or delete it after use.",
                file=sys.stderr,
            )
    if args.out is None:
        _write_stdout(payload.decode("utf-8"))
        return EXIT_OK
    from fieldnotes.export.atomic import write_atomic

    write_atomic(args.out, lambda handle: handle.write(payload))
    return EXIT_OK
