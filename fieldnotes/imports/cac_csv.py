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
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError, Message, Translate, os_reason

HEADER = ("respondent", "item", "score")
MAX_REPORTED = 20


class CacCsvError(FieldnotesError):
    """The CSV file has bad rows; ``problems`` lists them as (line, message)."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        super().__init__(self.describe())

    def describe(self, translate: Translate | None = None) -> str:
        def say(text: str) -> str:
            return translate(text) if translate else text

        shown = "; ".join(
            say(QT_TRANSLATE_NOOP("Errors", "line {line}: {problem}")).format(
                line=line, problem=_say(text, translate)
            )
            if line
            else _say(text, translate)
            for line, text in self.problems[:MAX_REPORTED]
        )
        hidden = len(self.problems) - MAX_REPORTED
        more = say(QT_TRANSLATE_NOOP("Errors", " (and {count} more)")).format(count=hidden)
        return (
            say(QT_TRANSLATE_NOOP("Errors", "Nothing was imported."))
            + " "
            + shown
            + (more if hidden > 0 else "")
        )


def _say(text: str, translate: Translate | None) -> str:
    if translate is None:
        return text
    return text.translated(translate) if isinstance(text, Message) else translate(text)


def read_cac_csv(path: Path, participants: list[Participant]) -> list[CacResponse]:
    return parse_cac_csv(read_csv_text(path), participants)


def read_csv_text(path: Path, max_bytes: int = 50_000_000) -> str:
    """The file's text (UTF-8, with or without a byte-order mark), refused when too large."""
    try:
        if path.stat().st_size > max_bytes:
            raise CacCsvError(
                [
                    (
                        1,
                        Message(
                            QT_TRANSLATE_NOOP("Errors", "the file is larger than {size} kB"),
                            size=max_bytes // 1000,
                        ),
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CacCsvError(
            [(1, Message(QT_TRANSLATE_NOOP("Errors", "the file is not UTF-8 text")))]
        ) from None


def parse_cac_csv(text: str, participants: list[Participant]) -> list[CacResponse]:
    by_key = {p.id: p.id for p in participants} | {
        p.pseudonym.casefold(): p.id for p in participants
    }
    rows = csv_rows(text)
    if not rows or tuple(cell.strip().casefold() for cell in rows[0]) != HEADER:
        raise CacCsvError(
            [
                (
                    1,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "the first line must be the header respondent,item,score"
                        )
                    ),
                )
            ]
        )
    framework = load_framework()
    problems: list[tuple[int, str]] = []
    responses: dict[str, dict[int, float]] = {}
    seen: dict[tuple[str, int], int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 3:
            problems.append(
                (
                    line,
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "expected 3 values, found {count}"),
                        count=len(row),
                    ),
                )
            )
            continue
        who, item_text, score_text = (cell.strip() for cell in row)
        respondent = by_key.get(who) or by_key.get(who.casefold())
        if respondent is None:
            problems.append(
                (
                    line,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "unknown respondent '{who}' (use a participant's id or pseudonym)",
                        ),
                        who=who,
                    ),
                )
            )
        if not item_text.isdigit() or not framework.has_item(int(item_text)):
            problems.append(
                (
                    line,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "item '{item}' is not a CAC item number from 1 to {last}"
                        ),
                        item=item_text,
                        last=framework.item_count,
                    ),
                )
            )
            continue
        item = int(item_text)
        score: float | None = None
        if score_text:
            try:
                score = float(score_text)
            except ValueError:
                problems.append(
                    (
                        line,
                        Message(
                            QT_TRANSLATE_NOOP("Errors", "score '{score}' is not a number"),
                            score=score_text,
                        ),
                    )
                )
                continue
            if not 0 <= score <= 100:
                problems.append(
                    (
                        line,
                        Message(
                            QT_TRANSLATE_NOOP("Errors", "score {score} is outside 0-100"),
                            score=score_text,
                        ),
                    )
                )
                continue
            if score.is_integer():
                score = int(score)
        if respondent is None:
            continue
        if (respondent, item) in seen:
            problems.append(
                (
                    line,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "item {item} for {who} was already given on line {first}"
                        ),
                        item=item,
                        who=who,
                        first=seen[(respondent, item)],
                    ),
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
        raise CacCsvError(
            [
                (
                    0,
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "the file is not readable as CSV ({reason})"),
                        reason=str(exc),
                    ),
                )
            ]
        ) from None


def merge_responses(existing: list[CacResponse], incoming: list[CacResponse]) -> list[CacResponse]:
    """Incoming respondents replace their earlier answers; everyone else stays as they were."""
    replaced = {r.respondent for r in incoming}
    return [r for r in existing if r.respondent not in replaced] + incoming
