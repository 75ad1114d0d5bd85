"""Reading a returned member-check document back into the project.

:mod:`fieldnotes.imports.feedback_reader` finds the answers; this module checks that the
document belongs to this project, attaches each answer to its observation in one
transaction and counts what happened. A verdict that was not understood is kept word
for word (``Feedback.verdict_text``), so no participant's words are lost. Importing the
same document twice adds nothing the second time; the ids of the rows added are returned
so the app can undo exactly this import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fieldnotes.domain.models import Feedback
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError
from fieldnotes.imports.feedback_reader import ReturnedAnswer, UnplacedAnswer, read_document
from fieldnotes.imports.verdicts import parse_verdict, read_verdict
from fieldnotes.store import Project

__all__ = [
    "FeedbackSummary",
    "ReturnedAnswer",
    "UnplacedAnswer",
    "import_feedback",
    "parse_verdict",
    "read_verdict",
]


@dataclass
class FeedbackSummary:
    """What an import did; the CLI prints ``describe()`` and the app shows the numbers."""

    added: int = 0
    already_there: int = 0
    unknown_references: list[str] = field(default_factory=list)  # "O-99": in the file only
    observations: list[str] = field(default_factory=list)  # ids that got new feedback
    agree: int = 0
    partly: int = 0
    disagree: int = 0
    comments: int = 0  # added items with a comment (answer box or Word comment)
    to_classify: int = 0  # verdicts kept as written, for the researcher to classify
    unplaced_comments: int = 0  # Word comments before the first observation: not imported
    # Answer boxes that name no observation and stand in no open block, as written.
    unplaced_answers: list[UnplacedAnswer] = field(default_factory=list)
    feedback_ids: list[int] = field(default_factory=list)  # rows added, for undo
    added_feedback: list[tuple[str, Feedback]] = field(default_factory=list)  # for redo

    def describe(self) -> str:
        text = f"{self.added} feedback item(s) added"
        if self.added:
            details = [f"agree {self.agree}, partly {self.partly}, disagree {self.disagree}"]
            details.append(f"{self.comments} comment(s)")
            if self.to_classify:
                details.append(f"{self.to_classify} verdict(s) to classify")
            text += f" ({'; '.join(details)})"
        if self.already_there:
            text += f", {self.already_there} already in the project"
        if self.unknown_references:
            text += f"; no observation for {', '.join(self.unknown_references)}"
        if self.unplaced_comments:
            text += (
                f"; {self.unplaced_comments} Word comment(s) outside any observation not imported"
            )
        if self.unplaced_answers:
            text += (
                f"; {len(self.unplaced_answers)} answer(s) without an observation reference "
                "not imported"
            )
        return text

    def unplaced_texts(self) -> list[str]:
        """What was written in each answer box that could not be placed, for the researcher."""
        return [
            " · ".join(
                f"{label}: “{text}”"
                for label, text in (("verdict", box.verdict_box), ("comment", box.comment))
                if text
            ).replace("\n", " / ")
            for box in self.unplaced_answers
        ]

    def _count(self, item: Feedback) -> None:
        self.added += 1
        if item.verdict == "agree":
            self.agree += 1
        elif item.verdict == "partly":
            self.partly += 1
        elif item.verdict == "disagree":
            self.disagree += 1
        if item.comment:
            self.comments += 1
        if item.needs_classifying:
            self.to_classify += 1


def import_feedback(project: Project, path: Path, participant: str | None) -> FeedbackSummary:
    """Attach every answer to its observation, all in one transaction."""
    if participant is not None and project.participants.get(participant) is None:
        raise FieldnotesError(
            QT_TRANSLATE_NOOP(
                "Errors", "--participant {participant} is not a participant in this project."
            ),
            participant=repr(participant),
        )
    returned = read_document(path)
    if not returned.blocks and not returned.overlong_references:
        raise FieldnotesError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not a member-check summary: it has no observations (O-12) "
                "with answer boxes.",
            ),
            name=path.name,
        )
    observations = {ref: project.observations.by_ref(ref) for ref in returned.blocks}
    if all(o is None for o in observations.values()):
        raise FieldnotesError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} holds no member-check answers for this project: none of its "
                "observations is in this project.",
            ),
            name=path.name,
        )
    summary = FeedbackSummary(
        unplaced_comments=returned.unplaced_comments,
        unplaced_answers=list(returned.unplaced_answers),
    )
    received = date.today().isoformat()
    with project.transaction():
        for answer in returned.answers:
            observation = observations.get(answer.ref)
            if observation is None:
                label = f"O-{answer.ref}"
                if label not in summary.unknown_references:
                    summary.unknown_references.append(label)
                continue
            item = Feedback(
                participant, answer.verdict, answer.comment, received, answer.verdict_text
            )
            if any(_same(f, item) for f in observation.feedback):
                summary.already_there += 1
                continue
            summary.feedback_ids.append(project.observations.add_feedback(observation.id, item))
            summary.added_feedback.append((observation.id, item))
            observation.feedback.append(item)  # a repeated answer in the file counts once
            summary._count(item)
            if observation.id not in summary.observations:
                summary.observations.append(observation.id)
    summary.unknown_references += returned.overlong_references
    return summary


def _same(a: Feedback, b: Feedback) -> bool:
    return (a.participant, a.verdict, a.comment, a.verdict_text) == (
        b.participant,
        b.verdict,
        b.comment,
        b.verdict_text,
    )
