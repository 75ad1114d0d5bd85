"""What the interface shows for values the project stores in English.

Meeting kinds, roles, consent statuses and verdicts are stored as fixed English words so
that files and the command line mean the same in every language; the screen shows them
through these labels. A value the user typed that is not in a table is shown as typed.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldnotes.domain.models import Feedback

_CONTEXT = "Labels"

# QT_TRANSLATE_NOOP returns its text; its stub says object.
_LABELS = cast(
    dict[str, str],
    {
        # meeting kinds
        "team meeting": QT_TRANSLATE_NOOP("Labels", "team meeting"),
        "focus group": QT_TRANSLATE_NOOP("Labels", "focus group"),
        "interview": QT_TRANSLATE_NOOP("Labels", "interview"),
        "observation": QT_TRANSLATE_NOOP("Labels", "observation"),
        "walk-along": QT_TRANSLATE_NOOP("Labels", "walk-along"),
        "reflection session": QT_TRANSLATE_NOOP("Labels", "reflection session"),
        "board meeting": QT_TRANSLATE_NOOP("Labels", "board meeting"),
        "other": QT_TRANSLATE_NOOP("Labels", "other"),
        # participant roles
        "professional": QT_TRANSLATE_NOOP("Labels", "professional"),
        "coproducer": QT_TRANSLATE_NOOP("Labels", "coproducer"),
        "service user": QT_TRANSLATE_NOOP("Labels", "service user"),
        "researcher": QT_TRANSLATE_NOOP("Labels", "researcher"),
        "manager": QT_TRANSLATE_NOOP("Labels", "manager"),
        # consent
        "written": QT_TRANSLATE_NOOP("Labels", "written"),
        "oral": QT_TRANSLATE_NOOP("Labels", "oral"),
        "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
        "declined": QT_TRANSLATE_NOOP("Labels", "declined"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "withdrawn"),
        # member-check verdicts
        "agree": QT_TRANSLATE_NOOP("Labels", "agree"),
        "partly": QT_TRANSLATE_NOOP("Labels", "partly"),
        "disagree": QT_TRANSLATE_NOOP("Labels", "disagree"),
        # action statuses
        "open": QT_TRANSLATE_NOOP("Labels", "open"),
        "done": QT_TRANSLATE_NOOP("Labels", "done"),
        "dropped": QT_TRANSLATE_NOOP("Labels", "dropped"),
        # theme origins
        "top-down": QT_TRANSLATE_NOOP("Labels", "top-down"),
        "emergent": QT_TRANSLATE_NOOP("Labels", "emergent"),
    },
)


def label(value: str | None) -> str:
    """The display label of a stored value; unknown values (typed by the user) as they are."""
    if not value:
        return ""
    source = _LABELS.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def verdict_label(item: Feedback) -> str:
    """A member-check answer's verdict as shown: the verdict, the text to classify, or
    "comment" for an answer that is only a comment."""
    if item.verdict:
        return label(item.verdict)
    if item.verdict_text:
        return QCoreApplication.translate("Labels", "to classify: “{text}”").format(
            text=item.verdict_text
        )
    return QCoreApplication.translate("Labels", "comment")


def value_for(text: str) -> str:
    """The stored value for text shown or typed in a combo box (a label or a raw value)."""
    typed = text.strip()
    folded = typed.casefold()
    for value in _LABELS:
        if folded in (value.casefold(), label(value).casefold()):
            return value
    return typed
