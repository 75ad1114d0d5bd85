"""The member-check commands: ``export docx`` writes the document participants answer
(and notes it in the project's log), ``import-feedback`` reads their answers back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldnotes.export.member_check_plan import MemberCheckPlan
    from fieldnotes.store import Project

EXIT_OK = 0


def export_docx(args: argparse.Namespace) -> int:
    from fieldnotes.cli_filters import check_filter_dates, read_filters
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.export.document_strings import DEFAULT_LANGUAGE, check_language
    from fieldnotes.export.member_check_docx import write_member_check
    from fieldnotes.export.member_check_plan import MemberCheckOptions, plan_member_check

    if args.lang is not None:
        check_language(args.lang)
    check_filter_dates(args)
    with open_existing(args) as project:
        chosen = read_filters(project, args)
        language = args.lang or project.settings.document_language or DEFAULT_LANGUAGE
        options = MemberCheckOptions(
            meetings=list(chosen.meetings),
            date_from=chosen.date_from,
            date_to=chosen.date_to,
            codes=list(chosen.codes),
            glossary=args.glossary,
            language=check_language(language),
            agreements=not args.no_agreements,
        )
        plan = plan_member_check(project, options)
        write_member_check(plan, args.out)
        count = plan.observation_count
        noun = "observation" if count == 1 else "observations"
        print(f"Wrote {count} {noun} to {args.out}.", file=sys.stderr)
        _log_member_check(project, plan, args.out)
    for line in plan.replacements:
        print(f"Replaced real name {line}", file=sys.stderr)
    if plan.consent_warnings:
        print(
            f"Quoted without recorded consent: {', '.join(plan.consent_warnings)}", file=sys.stderr
        )
    return EXIT_OK


def _log_member_check(project: Project, plan: MemberCheckPlan, out: Path) -> None:
    """Note the document in the project's member-check log; the document stands even
    when the project cannot take the note."""
    from fieldnotes.errors import ReadOnlyError, StoreError
    from fieldnotes.export.member_check_plan import sent_record

    try:
        if project.read_only:
            raise ReadOnlyError("the project is read-only")
        project.analysis.record_member_check(sent_record(plan, out))
    except StoreError as exc:
        print(f"fieldnotes: warning: not noted in the project's log ({exc}).", file=sys.stderr)


def import_feedback(args: argparse.Namespace) -> int:
    from fieldnotes.cli_filters import participant_option
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.imports.feedback_docx import import_feedback as add_feedback

    with open_existing(args) as project:
        participant = participant_option(project, "--participant", args.participant)
        summary = add_feedback(project, args.file, participant)
    print(summary.describe() + ".", file=sys.stderr)
    from fieldnotes.display import for_terminal

    shown = for_terminal if sys.stderr.isatty() else str  # a participant's words, not commands
    for text in summary.unplaced_texts():
        print(f"Not imported, no observation reference: {shown(text)}", file=sys.stderr)
    return EXIT_OK
