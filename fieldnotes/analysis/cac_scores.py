"""Scoring a CAC questionnaire round, exactly as the checklist prescribes.

Item score = mean over the respondents who answered that item; dimension score = mean of
its item scores; overall = mean of all item scores. Means are kept as exact fractions
so that rounding half up (69.5 -> 70) never falls prey to binary floating point. A
dimension, or the overall, with no answered item has no score (None), never 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from fieldnotes.domain.cac import CacFramework
from fieldnotes.domain.models import CacRound


@dataclass(frozen=True)
class RoundScores:
    round_id: str
    label: str
    date: str | None
    items: dict[int, Fraction | None]
    dimensions: dict[str, Fraction | None]
    overall: Fraction | None
    respondents: int

    def rounded_dimensions(self) -> dict[str, int | None]:
        return {key: round_half_up(value) for key, value in self.dimensions.items()}

    def rounded_overall(self) -> int | None:
        return round_half_up(self.overall)

    def to_report(self) -> dict[str, object]:
        """The ``fieldnotes cac report --json`` document."""
        return {
            "round": self.round_id,
            "items": {str(n): None if v is None else float(v) for n, v in self.items.items()},
            "dimensions": self.rounded_dimensions(),
            "overall": self.rounded_overall(),
        }


def round_half_up(value: Fraction | None) -> int | None:
    if value is None:
        return None
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _mean(values: list[Fraction]) -> Fraction | None:
    return sum(values, Fraction(0)) / len(values) if values else None


def score_round(cac_round: CacRound, framework: CacFramework) -> RoundScores:
    items: dict[int, Fraction | None] = {}
    for item in framework.items:
        answers = [
            Fraction(str(response.scores[item.number]))
            for response in cac_round.responses
            if response.scores.get(item.number) is not None
        ]
        items[item.number] = _mean(answers)
    dimensions = {
        dimension.key: _mean([s for n in dimension.items if (s := items[n]) is not None])
        for dimension in framework.dimensions
    }
    overall = _mean([s for s in items.values() if s is not None])
    return RoundScores(
        round_id=cac_round.id,
        label=cac_round.label,
        date=cac_round.date,
        items=items,
        dimensions=dimensions,
        overall=overall,
        respondents=len(cac_round.responses),
    )


def latest_round(rounds: list[CacRound]) -> CacRound | None:
    """The most recent round by date (undated rounds count as oldest; ties: the last made)."""
    if not rounds:
        return None
    return max(enumerate(rounds), key=lambda pair: (pair[1].date or "", pair[0]))[1]
