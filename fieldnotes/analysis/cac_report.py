"""Choosing a round and writing its scores out as the published CAC appendix table."""

from __future__ import annotations

from fieldnotes.analysis.cac_scores import RoundScores, latest_round, round_half_up
from fieldnotes.domain.cac import CacFramework
from fieldnotes.domain.models import CacRound
from fieldnotes.errors import FieldnotesError


def select_round(rounds: list[CacRound], round_id: str | None) -> CacRound:
    if round_id is None:
        chosen = latest_round(rounds)
        if chosen is None:
            raise FieldnotesError("This project has no CAC rounds yet.")
        return chosen
    found = next((r for r in rounds if r.id == round_id), None)
    if found is None:
        known = ", ".join(r.id for r in rounds) or "none"
        raise FieldnotesError(f"No CAC round {round_id!r} in this project (rounds: {known}).")
    return found


def appendix_rows(
    scores: RoundScores, framework: CacFramework, overall: str = "Overall"
) -> list[tuple[str, str, int | None]]:
    """(kind, label, score) rows: each dimension with its score, then its items; overall last.

    The names are the framework's: pass ``CacWording.framework_in_words()`` for another
    language.
    """
    rows: list[tuple[str, str, int | None]] = []
    for dimension in framework.dimensions:
        rows.append(("dimension", dimension.name, round_half_up(scores.dimensions[dimension.key])))
        for number in dimension.items:
            text = framework.item(number).text
            rows.append(("item", f"{number}. {text}", round_half_up(scores.items[number])))
    rows.append(("overall", overall, scores.rounded_overall()))
    return rows


def format_report(scores: RoundScores, framework: CacFramework, width: int = 80) -> str:
    """The round as a readable table ``width`` characters wide: each score right-aligned
    at the edge, text wrapped between words (never cut) with its lines indented."""
    from fieldnotes.display import wrap

    score_width = 5  # " 100" and a space before it
    lines = [f"{scores.label} ({scores.date or 'no date'}), {scores.respondents} respondent(s)"]
    for kind, label, value in appendix_rows(scores, framework):
        shown = "–" if value is None else str(value)
        indent = "    " if kind == "item" else ""
        text = label.upper() if kind == "overall" else label
        if kind == "item":  # "14. The partnership…": continuation lines under the text
            number, _, rest = text.partition(" ")
            hanging = indent + " " * (len(number) + 1)
            room = max(width - score_width - len(hanging), 10)
            parts = wrap(rest, room)
            first = f"{indent}{number} {parts[0]}"
            lines.append(f"{first:<{width - score_width}}{shown:>{score_width}}")
            lines.extend(f"{hanging}{part}" for part in parts[1:])
        else:
            parts = wrap(text, max(width - score_width, 10))
            lines.append(f"{parts[0]:<{width - score_width}}{shown:>{score_width}}")
            lines.extend(parts[1:])
    return "\n".join(line.rstrip() for line in lines) + "\n"
