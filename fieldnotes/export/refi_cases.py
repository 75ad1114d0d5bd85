"""Variables and cases of a REFI-QDA project: facts about meetings and participants.

Meetings (sources) and participants (cases) get separate variables: QualCoder files a
variable under either sources or cases, never both. Each variable's GUID is
``guid_for("variable", key)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fieldnotes.domain.models import Participant
from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.refi_text import attributes, escape_text, one_line


@dataclass(frozen=True)
class Variable:
    key: str  # its GUID is guid_for("variable", key)
    name: str
    type: str  # typeOfVariable
    description: str

    @property
    def guid(self) -> str:
        return guid_for("variable", self.key)


MEETING_DATE = Variable("meeting date", "Meeting date", "Date", "The meeting's date (sources).")
MEETING_KIND = Variable("meeting kind", "Meeting kind", "Text", "The kind of meeting (sources).")
ATTENDEES = Variable(
    "attendees", "Attendees", "Text", "Pseudonyms of those who attended (sources)."
)
ROLE = Variable("role", "Role", "Text", "The participant's role (cases).")
SECTOR = Variable("sector", "Sector", "Text", "The participant's organisation or sector (cases).")
VARIABLES = (MEETING_DATE, MEETING_KIND, ATTENDEES, ROLE, SECTOR)


def variables_element() -> str:
    return (
        "<Variables>"
        + "".join(
            "<Variable"
            + attributes(guid=v.guid, name=v.name, typeOfVariable=v.type)
            + f"><Description>{escape_text(v.description)}</Description></Variable>"
            for v in VARIABLES
        )
        + "</Variables>"
    )


def variable_value(variable: Variable, value: str, element: str = "TextValue") -> str:
    """A ``<VariableValue>``; ``value`` must already be clean (see ``refi_text``)."""
    return (
        f'<VariableValue><VariableRef targetGUID="{variable.guid}"/>'
        f"<{element}>{escape_text(value)}</{element}></VariableValue>"
    )


def case_element(
    person: Participant,
    name: str,
    guard: NameGuard,
    sources: Iterable[str],
    selections: Iterable[str],
) -> str:
    """The participant as a case under ``name`` (their pseudonym): role and sector, the
    sources they attend or speak in and the selections they are quoted in."""
    parts = ["<Case" + attributes(guid=guid_for("case", person.id), name=name) + ">"]
    role = one_line(person.role, guard, "")
    if role:
        parts.append(variable_value(ROLE, role))
    sector = one_line(person.organisation, guard, "")
    if sector:
        parts.append(variable_value(SECTOR, sector))
    parts += [f'<SourceRef targetGUID="{guid}"/>' for guid in sources]
    parts += [f'<SelectionRef targetGUID="{guid}"/>' for guid in selections]
    parts.append("</Case>")
    return "".join(parts)
