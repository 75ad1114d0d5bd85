"""Readable command-line tables never cut a word: text is wrapped or elided at a word
boundary with "…" to the terminal's width (80 when the output is no terminal)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldnotes.display import elide, wrap
from fieldnotes.domain.cac import load_framework
from tests.cli_run import run

WORDS = st.lists(
    st.text(st.characters(blacklist_categories=("Zs", "Cc", "Zl", "Zp")), min_size=1, max_size=12),
    max_size=30,
).map(" ".join)


@given(WORDS, st.integers(min_value=1, max_value=100))
def test_elide_cuts_only_between_words(text: str, width: int) -> None:
    shown = elide(text, width)
    assert len(shown) <= width
    if shown == text:
        return
    assert shown.endswith("…")
    kept = shown.removesuffix("…")
    words = text.split(" ")
    if kept and " " not in kept and len(words[0]) > width - 1:
        return  # one word longer than the width: the only mid-word cut
    prefix = " ".join(words[: len(kept.split(" "))])
    assert prefix.rstrip(" ,;:") == kept or not kept


@given(WORDS, st.integers(min_value=12, max_value=100))
def test_wrap_keeps_every_word_whole(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(len(line) <= width for line in lines)
    if all(len(word) <= width for word in text.split()):
        assert " ".join(lines).split() == text.split()


def test_elide_examples() -> None:
    text = "The partnership evaluates progress at regular intervals and makes adjustments"
    assert elide(text, 40) == "The partnership evaluates progress at…"
    assert elide("a  b\n c", 10) == "a b c"
    assert elide("Supercalifragilistic", 8) == "Superca…"


def _words_of_the_framework() -> set[str]:
    framework = load_framework()
    texts = [item.text for item in framework.items] + [d.name for d in framework.dimensions]
    return {word for text in texts for word in text.split()}


@pytest.mark.parametrize("columns", ["80", "50", "120"])
def test_cac_report_wraps_at_words_to_the_terminal_width(db: Path, columns: str) -> None:
    result = run("--db", str(db), "cac", "report", env={"COLUMNS": columns})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= int(columns) for line in lines), lines
    known = _words_of_the_framework() | {"OVERALL"}
    for line in lines[1:]:
        for word in re.sub(r"^\s*\d+\.\s|\s+(\d+|–)$", " ", line).split():
            assert word in known, word  # a whole word of the framework: nothing cut
    joined = " ".join(re.sub(r"\s+(\d+|–)$", "", line) for line in lines)
    item_12 = load_framework().item(12).text
    assert " ".join(item_12.split()) in " ".join(joined.split())  # whole, not cut


def test_cac_report_without_a_terminal_is_80_wide_and_json_unchanged(db: Path) -> None:
    result = run("--db", str(db), "cac", "report", env={"COLUMNS": ""})
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "neces " not in result.stdout and not result.stdout.rstrip().endswith("neces")
    as_json = json.loads(run("--db", str(db), "cac", "report", "--json").stdout)
    assert set(as_json) == {"round", "items", "dimensions", "overall"}


def test_actions_text_is_cut_at_a_word(db: Path) -> None:
    result = run("--db", str(db), "actions", env={"COLUMNS": "90"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(len(line) <= 90 for line in lines)
    exported = json.loads(run("--db", str(db), "actions", "--json").stdout)
    for line, action in zip(lines[1:], exported, strict=True):
        text = line.split("  ")[-1].strip()
        shown = text.removesuffix("…")
        assert " ".join(action["text"].split()).startswith(shown)
        if text.endswith("…"):
            rest = " ".join(action["text"].split())[len(shown) :]
            assert rest[:1] in (" ", ",", ";", ":"), (shown, rest[:10])
