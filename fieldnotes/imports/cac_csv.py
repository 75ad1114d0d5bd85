"""CAC questionnaire answers from a CSV file: ``respondent,item,score``, header required.

The whole file is checked first; every bad row is reported by its line number and, if
there is any, nothing is imported. A respondent is a participant's id or pseudonym; an
empty score is a missing answer.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.models import CacResponse, Participant
from fieldnotes.errors import FieldnotesError

HEADER = ("respondent", "item", "score")
MAX_REPORTED = 20


class CacCsvError(FieldnotesError):
    """The CSV file has bad rows; ``problems`` lists them as (line, message)."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        shown = "; ".join(
            f"line {line}: {text}" if line else text for line, text in problems[:MAX_REPORTED]
        )
        more = f" (and {len(problems) - MAX_REPORTED} more)" if len(problems) > MAX_REPORTED else ""
        super().__init__(f"Nothing was imported. {shown}{more}")


def read_cac_csv(path: Path, participants: list[Participant]) -> list[CacResponse]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FieldnotesError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CacCsvError([(1, "the file is not UTF-8 text")]) from None
    return parse_cac_csv(text, participants)


def parse_cac_csv(text: str, participants: list[Participant]) -> list[CacResponse]:
    by_key = {p.id: p.id for p in participants} | {
        p.pseudonym.casefold(): p.id for p in participants
    }
    rows = csv_rows(text)
    if not rows or tuple(cell.strip().casefold() for cell in rows[0]) != HEADER:
        raise CacCsvError([(1, "the first line must be the header respondent,item,score")])
    framework = load_framework()
    problems: list[tuple[int, str]] = []
    responses: dict[str, dict[int, float]] = {}
    seen: dict[tuple[str, int], int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 3:
            problems.append((line, f"expected 3 values, found {len(row)}"))
            continue
        who, item_text, score_text = (cell.strip() for cell in row)
        respondent = by_key.get(who) or by_key.get(who.casefold())
        if respondent is None:
            problems.append(
                (line, f"unknown respondent {who!r} (use a participant's id or pseudonym)")
            )
        if not item_text.isdigit() or not framework.has_item(int(item_text)):
            problems.append(
                (
                    line,
                    f"item {item_text!r} is not a CAC item number from 1 to {framework.item_count}",
                )
            )
            continue
        item = int(item_text)
        score: float | None = None
        if score_text:
            try:
                score = float(score_text)
            except ValueError:
                problems.append((line, f"score {score_text!r} is not a number"))
                continue
            if not 0 <= score <= 100:
                problems.append((line, f"score {score_text} is outside 0-100"))
                continue
            if score.is_integer():
                score = int(score)
        if respondent is None:
            continue
        if (respondent, item) in seen:
            problems.append(
                (
                    line,
                    f"item {item} for {who} was already given on line {seen[(respondent, item)]}",
                )
            )
            continue
        seen[(respondent, item)] = line
        answers = responses.setdefault(respondent, {})
        if score is not None:
            answers[item] = score
    if problems:
        raise CacCsvError(problems)
    return [CacResponse(pid, dict(sorted(scores.items()))) for pid, scores in responses.items()]


def csv_rows(text: str) -> list[list[str]]:
    """The rows of a CSV text, comma, semicolon or tab separated as its header line shows."""
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count) if any(d in header for d in ",;\t") else ","
    try:
        return list(
            csv.reader(io.StringIO(text.replace("\0", ""), newline=""), delimiter=delimiter)
        )
    except csv.Error as exc:
        raise CacCsvError([(0, f"the file is not readable as CSV ({exc})")]) from None


def merge_responses(existing: list[CacResponse], incoming: list[CacResponse]) -> list[CacResponse]:
    """Incoming respondents replace their earlier answers; everyone else stays as they were."""
    replaced = {r.respondent for r in incoming}
    return [r for r in existing if r.respondent not in replaced] + incoming
