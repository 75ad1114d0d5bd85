"""Real names never reach a shared document, whatever Unicode does with letter case."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldnotes.domain.models import Participant
from fieldnotes.export.member_check_docx import write_member_check
from fieldnotes.export.member_check_plan import MemberCheckOptions, plan_member_check
from fieldnotes.export.privacy import NameGuard
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document

# Letters whose upper, lower and folded forms differ in length or are shared oddly:
# sharp s, dotless and dotted i, the Kelvin sign, long s, final sigma, ligatures, Dutch ij.
ODD = "aAiIıİsSßẞſσςΣkKKfﬁﬀĳĲeéÉ\u0301lLnNrR"
CASINGS = (str, str.upper, str.lower, str.casefold, str.title, str.swapcase)
WORD = re.compile(r"[\w\u0300-\u036f]+")  # an accent typed after a letter is part of the word


def _person(number: int, real_name: str) -> Participant:
    return Participant(id=f"p{number}", pseudonym=f"P{number}", real_name=real_name)


def test_a_dotless_i_spelling_of_a_real_name_is_replaced() -> None:
    guard = NameGuard([_person(1, "Iris")])
    assert guard.clean("ıris said IRIS and İRİS would come.") == "P1 said P1 and P1 would come."
    assert sum(guard.replaced.values()) == 3


def test_member_check_with_a_dotless_i_writes_the_pseudonym(
    project: Project, tmp_path: Path
) -> None:
    document = minimal_document()
    document["participants"][0].update(real_name="Iris", pseudonym="Coproducer A")
    document["meetings"][0]["observations"][0]["text"] = "ıris asked for the minutes."
    import_text(project, json.dumps(document))
    plan = plan_member_check(project, MemberCheckOptions())
    write_member_check(plan, tmp_path / "summary.docx")
    text = plan.sections[0].observations[0].text
    assert text == "Coproducer A asked for the minutes."


name_words = st.tuples(
    st.sampled_from(ODD.replace("\u0301", "")), st.text(st.sampled_from(ODD), max_size=6)
).map("".join)
names = st.lists(name_words, min_size=1, max_size=3).map(" ".join)


@st.composite
def texts_about(draw: st.DrawFn, real_names: list[str]) -> str:
    words = [part for name in real_names for part in name.split()]
    pieces = []
    for _ in range(draw(st.integers(1, 12))):
        if words and draw(st.booleans()):
            casing = draw(st.sampled_from(CASINGS))
            pieces.append(casing(draw(st.sampled_from(words))))
        else:
            pieces.append(draw(st.text(st.sampled_from(ODD + "xyz"), max_size=6)))
        pieces.append(draw(st.sampled_from([" ", ", ", ".\n", " (", ") "])))
    return "".join(pieces)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), real_names=st.lists(names, min_size=1, max_size=3))
def test_no_casing_of_a_real_name_survives(data: st.DataObject, real_names: list[str]) -> None:
    guard = NameGuard([_person(i, name) for i, name in enumerate(real_names)])
    text = data.draw(texts_about(real_names))
    cleaned = guard.clean(text)  # never raises, whatever the casing
    for name in real_names:
        parts = [name.strip(), *(p for p in re.findall(r"\w+", name) if len(p) >= 3)]
        for part in filter(None, parts):
            for word in re.findall(WORD, cleaned):
                assert word.casefold() != part.casefold()
                assert not re.fullmatch(re.escape(part), word, re.IGNORECASE)
