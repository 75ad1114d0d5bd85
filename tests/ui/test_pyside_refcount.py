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


def test_void_qt_calls_do_not_leak_references_to_none(qapp: object) -> None:
    label = QLabel()
    combo = QComboBox()
    before = sys.getrefcount(None)
    for i in range(CALLS // 2):
        label.setText(str(i))
        combo.addItem("x")
    combo.clear()
    after = sys.getrefcount(None)
    # A leak of one per call would lower it by ~20,000; allow ordinary churn.
    assert after >= before - 100, f"None lost {before - after} references in {CALLS} calls"
