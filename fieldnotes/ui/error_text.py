"""Errors from the layers below, worded in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldnotes.errors import ERRORS_CONTEXT, FieldnotesError


def error_text(exc: FieldnotesError) -> str:
    """The error's one-line message, translated when its wording is in the translation."""
    return exc.describe(lambda text: QCoreApplication.translate(ERRORS_CONTEXT, text))
