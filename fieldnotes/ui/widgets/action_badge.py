"""The words a card and the open-actions panel use for speakers and an action.

Overdue is said in words ("overdue"), not only by colour, so it reaches everyone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from fieldnotes.analysis.actions import is_overdue
from fieldnotes.domain.models import Action
from fieldnotes.ui.labels import label


def _unknown() -> str:
    return QCoreApplication.translate("ActionBadge", "unknown participant")


def speakers_line(speakers: Sequence[str], names: Mapping[str, str]) -> str:
    """ "Spoke: Coproducer A, Nurse B" (pseudonyms only); empty when nobody is named."""
    if not speakers:
        return ""
    who = ", ".join(names.get(pid, _unknown()) for pid in speakers)
    return QCoreApplication.translate("ActionBadge", "Spoke: {names}").format(names=who)


def owner_due(action: Action, names: Mapping[str, str], today: str) -> str:
    """ "owner Nurse B · due 2024-05-01 · overdue", leaving out what is not set."""
    parts = []
    if action.owner:
        owner = names.get(action.owner, _unknown())
        parts.append(QCoreApplication.translate("ActionBadge", "owner {name}").format(name=owner))
    if action.due:
        parts.append(
            QCoreApplication.translate("ActionBadge", "due {date}").format(date=action.due)
        )
    if is_overdue(action, today):
        parts.append(QCoreApplication.translate("ActionBadge", "overdue"))
    return " · ".join(parts)


def action_badge(action: Action, names: Mapping[str, str], today: str) -> str:
    """ "⚑ Action: open · owner Nurse B · due 2024-05-01 · overdue"."""
    head = QCoreApplication.translate("ActionBadge", "⚑ Action: {status}").format(
        status=label(action.status)
    )
    rest = owner_due(action, names, today)
    return f"{head} · {rest}" if rest else head
