"""Guard against the PySide6 6.12.0 bug that drops a reference to None on void calls.

On CPython 3.11 that release decrements None's refcount on every Qt method returning
nothing; a few thousand calls later the interpreter aborts ("none_dealloc"). Short tests
would pass, so this makes ~20,000 such calls in one process and checks the count.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

pytestmark = pytest.mark.gui

CALLS = 20_000
BATCH = 500


def test_void_qt_calls_do_not_leak_references_to_none(qapp: object) -> None:
    label = QLabel()
    combo = QComboBox()
    before = sys.getrefcount(None)
    # Checked batch by batch, so a leaking build fails here with a message instead of
    # aborting the whole test run once None's count reaches zero.
    for start in range(0, CALLS, BATCH):
        for i in range(start, start + BATCH, 2):
            label.setText(str(i))
            combo.addItem("x")
        combo.clear()
        lost = before - sys.getrefcount(None)
        assert lost < 100, f"None lost {lost} references after {start + BATCH} void Qt calls"
