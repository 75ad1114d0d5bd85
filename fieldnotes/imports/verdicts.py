"""Reading what a participant wrote in the verdict box, in Dutch or English.

The whole answer is compared with a list of phrases after light normalising (case,
spaces, punctuation around it), never searched for words: "klopt niet" contains
"klopt" and "oneens" contains "eens". Anything else is not guessed at; the caller keeps
it word for word for the researcher to classify.
"""

from __future__ import annotations

import unicodedata

AGREE = frozenset(
    {
        "agree",
        "yes",
        "i agree",
        "agreed",
        "eens",
        "mee eens",
        "helemaal eens",
        "helemaal mee eens",
        "ik ben het eens",
        "ik ben het ermee eens",
        "klopt",
        "klopt helemaal",
        "ja",
        "ja klopt",
        "akkoord",
    }
)
PARTLY = frozenset(
    {
        "partly",
        "partially",
        "partly agree",
        "i partly agree",
        "deels",
        "gedeeltelijk",
        "een beetje",
        "klopt deels",
        "klopt gedeeltelijk",
        "klopt een beetje",
        "deels eens",
        "deels mee eens",
        "gedeeltelijk eens",
    }
)
DISAGREE = frozenset(
    {
        "disagree",
        "no",
        "i disagree",
        "oneens",
        "mee oneens",
        "helemaal oneens",
        "niet eens",
        "niet mee eens",
        "helemaal niet eens",
        "helemaal niet mee eens",
        "ik ben het oneens",
        "ik ben het niet eens",
        "klopt niet",
        "klopt helemaal niet",
        "nee",
    }
)
_PHRASES = {
    **dict.fromkeys(AGREE, "agree"),
    **dict.fromkeys(PARTLY, "partly"),
    **dict.fromkeys(DISAGREE, "disagree"),
}


def normalise(text: str) -> str:
    """Case folded, inner spaces collapsed, punctuation and spaces around it dropped."""
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    start, end = 0, len(folded)
    while start < end and _is_edge(folded[start]):
        start += 1
    while end > start and _is_edge(folded[end - 1]):
        end -= 1
    return " ".join(folded[start:end].split())


def _is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in "PSZC"


def parse_verdict(text: str) -> str | None:
    """agree, partly or disagree when the whole answer says so; otherwise None."""
    return _PHRASES.get(normalise(text))


def read_verdict(text: str | None) -> tuple[str | None, str | None]:
    """(verdict, verdict_text): a recognised answer, or the answer kept word for word.

    An empty box gives (None, None).
    """
    kept = (text or "").strip()
    if not kept:
        return None, None
    verdict = parse_verdict(kept)
    return (verdict, None) if verdict is not None else (None, kept)
