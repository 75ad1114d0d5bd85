"""What goes into a member-check summary, decided (and made safe) before anything is written.

The plan holds only cleaned text: real names already replaced by pseudonyms and
characters Word cannot hold removed. The dialog shows its replacements and consent
warnings; the writer then turns it into a document without seeing the project again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fieldnotes.analysis.cac_report import appendix_rows
from fieldnotes.analysis.cac_scores import latest_round, score_round
from fieldnotes.domain.cac import CacWording, load_framework
from fieldnotes.domain.code_search import code_label, tag_label
from fieldnotes.domain.models import (
    Code,
    Meeting,
    MemberCheckSent,
    Observation,
    Participant,
    new_id,
)
from fieldnotes.export.document_strings import (
    DEFAULT_LANGUAGE,
    DOCUMENT_LANGUAGES,
    DocumentStrings,
    check_language,
    load_strings,
    reading_minutes,
)
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.selection import chosen_meetings, matching_observations
from fieldnotes.store import Project

__all__ = [
    "DOCUMENT_LANGUAGES",
    "MemberCheckOptions",
    "MemberCheckPlan",
    "PlannedAgreement",
    "plan_member_check",
    "sent_record",
]

# Empty instructions mean the default text in the document's language, with a time
# estimate for the chosen observations; see default_instructions().
DEFAULT_INSTRUCTIONS = ""
QUOTE_MODES = ("translation", "original", "both")
CONSENT_GIVEN = ("written", "oral", "given", "yes")
# "meeting": each meeting's observations in its own order (easiest to read);
# "dimension": within each meeting, grouped by CAC dimension, then theme;
# "theme": by theme across meetings.
GROUPINGS = ("meeting", "dimension", "theme")


@dataclass
class MemberCheckOptions:
    meetings: list[str] = field(default_factory=list)  # empty: all (within the dates)
    date_from: str | None = None
    date_to: str | None = None
    codes: list[str] = field(default_factory=list)  # observations must carry all of them
    grouping: str = "meeting"
    quotes: str = "both"
    cac_appendix: bool = True
    codebook_appendix: bool = False
    glossary: bool = False  # an appendix saying what each tag used means, in plain words
    title: str = ""
    instructions: str = DEFAULT_INSTRUCTIONS
    language: str = DEFAULT_LANGUAGE  # one of DOCUMENT_LANGUAGES
    # The agreements and actions among the chosen observations, as a table after them
    # (only when there are any).
    agreements: bool = True


@dataclass
class PlannedQuote:
    text: str | None
    original: str | None
    language: str | None
    attribution: str
    original_note: str = ""  # "(original, Dutch)" in the document's language


@dataclass
class PlannedObservation:
    reference: str
    heading: str  # "O-12 · 10:05 · Relation dimension, Trust"
    text: str
    quotes: list[PlannedQuote]
    ref: int | None = None  # the number behind the reference: the answer's marker


@dataclass(frozen=True)
class PlannedAgreement:
    """One row of the agreements table, every cell already in the document's words."""

    reference: str
    text: str
    owner: str  # a pseudonym, or "not decided yet"
    due: str  # the date in words, or a dash
    status: str  # open / done / dropped in the document's language


@dataclass
class PlannedSection:
    level: int
    title: str
    observations: list[PlannedObservation] = field(default_factory=list)


@dataclass
class MemberCheckPlan:
    title: str
    subtitle: str
    instructions: str  # one paragraph per line
    sections: list[PlannedSection]
    cac_table: list[tuple[str, str, int | None]] | None
    cac_caption: str
    codebook: list[tuple[str, str, str]] | None
    replacements: list[str]
    consent_warnings: list[str]
    language: str = DEFAULT_LANGUAGE
    cac_note: str = ""  # how to read the 0-100 scores, in plain words
    glossary: list[tuple[str, str]] | None = None  # (label as shown, what it means)
    agreements: list[PlannedAgreement] | None = None  # None: no section

    @property
    def observation_count(self) -> int:
        return sum(len(s.observations) for s in self.sections)

    @property
    def strings(self) -> DocumentStrings:
        return load_strings(self.language)


def sent_record(plan: MemberCheckPlan, path: Path, on: str | None = None) -> MemberCheckSent:
    """The log entry for a document written from ``plan`` (the study's timeline shows it):
    the file's name only, never its folder."""
    return MemberCheckSent(
        new_id(), on or date.today().isoformat(), path.name, plan.observation_count, plan.language
    )


def default_instructions(language: str, observations: int) -> str:
    """The plain-language instructions, one paragraph per line, with a time estimate."""
    strings = load_strings(check_language(language))
    return "\n".join(strings.lines("instructions", minutes=reading_minutes(observations)))


def plan_member_check(project: Project, options: MemberCheckOptions) -> MemberCheckPlan:
    strings = load_strings(check_language(options.language))
    wording = project.wording(options.language)
    participants = project.participants.all()
    guard = NameGuard(participants)
    codes = {c.id: wording.localize(c) for c in project.codes.all()}
    meetings = chosen_meetings(project, options)
    wanted = matching_observations(project, options)
    people = {p.id: p for p in participants}
    quoted_without_consent: set[str] = set()
    used_codes: dict[str, None] = {}
    agreements: list[PlannedAgreement] = []

    def planned(o: Observation) -> PlannedObservation:
        labels: dict[str, None] = {}
        for c in o.codes:
            if c in codes:
                used_codes[c] = None
                labels[tag_label(codes[c], wording=wording)] = None
        heading = " · ".join(x for x in (o.reference, o.time or "", ", ".join(labels)) if x)
        quotes = []
        for q in o.quotes:
            person = people.get(q.speaker or "")
            if person and person.consent.status.strip().casefold() not in CONSENT_GIVEN:
                quoted_without_consent.add(person.pseudonym)
            original = (
                guard.clean(q.original_text)
                if q.original_text and options.quotes in ("original", "both")
                else None
            )
            quotes.append(
                PlannedQuote(
                    guard.clean(q.text)
                    if options.quotes in ("translation", "both") or not q.original_text
                    else None,
                    original,
                    q.language,
                    guard.clean(_attribution(person, strings)),
                    strings.text(
                        "quote_original", language=strings.lookup("language_names", q.language)
                    )
                    if original and q.language
                    else "",
                )
            )
        if o.action is not None:
            agreements.append(_agreement(o, people, strings, guard))
        return PlannedObservation(
            o.reference, guard.clean(heading), guard.clean(o.text), quotes, o.ref
        )

    def meeting_title(meeting: Meeting) -> str:
        if not meeting.date:
            return guard.clean(meeting.title)
        return guard.clean(
            strings.text("meeting_heading", date=strings.date(meeting.date), title=meeting.title)
        )

    other = strings.text("other_observations")
    sections: list[PlannedSection] = []
    chosen = [
        (m, [o for o in project.observations.for_meeting(m.id) if wanted is None or o.id in wanted])
        for m in meetings
    ]
    if options.grouping == "theme":
        sections = _by_theme(chosen, codes, planned, guard, meeting_title, other)
    else:
        for meeting, observations in chosen:
            if not observations:
                continue
            if options.grouping == "dimension":
                sections.append(PlannedSection(1, meeting_title(meeting)))
                for group, items in _by_dimension(observations, codes, other):
                    sections.append(
                        PlannedSection(2, guard.clean(group), [planned(o) for o in items])
                    )
            else:
                sections.append(
                    PlannedSection(1, meeting_title(meeting), [planned(o) for o in observations])
                )

    observation_count = sum(len(s.observations) for s in sections)
    cac_table, caption, cac_note = None, "", ""
    if options.cac_appendix:
        framework = wording.framework_in_words()
        chosen_round = latest_round(project.cac_rounds.all())
        if chosen_round is not None:
            cac_table = appendix_rows(
                score_round(chosen_round, framework), framework, strings.text("cac_overall")
            )
            caption = guard.clean(
                strings.text(
                    "cac_caption",
                    round=chosen_round.label,
                    date=strings.date(chosen_round.date) or strings.text("no_date"),
                    respondents=len(chosen_round.responses),
                )
            )
            cac_note = f"{strings.text('cac_explain')} {wording.scale_note}"
    codebook = None
    if options.codebook_appendix:
        codebook = [
            (c.id, guard.clean(code_label(c)), guard.clean(c.description)) for c in codes.values()
        ]
    glossary = None
    if options.glossary:
        glossary = _glossary([codes[c] for c in used_codes], wording, strings, guard)
    study = project.study.get()
    dates = sorted(m.date for m in meetings if m.date)
    period = (
        strings.text("period", start=strings.date(dates[0]), end=strings.date(dates[-1]))
        if dates
        else ""
    )
    version = strings.text("subtitle_version", date=strings.date(date.today().isoformat()))
    instructions = options.instructions.strip() or default_instructions(
        options.language, observation_count
    )
    return MemberCheckPlan(
        title=guard.clean(options.title or strings.text("title", study=study.title)),
        subtitle=guard.clean(" · ".join(x for x in (study.title, period, version) if x)),
        instructions=guard.clean(instructions),
        sections=sections,
        cac_table=cac_table,
        cac_caption=caption,
        codebook=codebook,
        replacements=guard.report(),
        consent_warnings=sorted(quoted_without_consent),
        language=options.language,
        cac_note=cac_note,
        glossary=glossary,
        agreements=agreements if options.agreements and agreements else None,
    )


def _agreement(
    o: Observation, people: dict[str, Participant], strings: DocumentStrings, guard: NameGuard
) -> PlannedAgreement:
    """The observation's action as a row: pseudonyms only, the text cleaned like the rest."""
    assert o.action is not None
    owner = people.get(o.action.owner or "")
    return PlannedAgreement(
        o.reference,
        guard.clean(o.text),
        guard.clean(owner.pseudonym) if owner else strings.text("agreements_nobody"),
        strings.date(o.action.due) or strings.text("agreements_no_date"),
        strings.lookup("action_statuses", o.action.status),
    )


def _attribution(person: Participant | None, strings: DocumentStrings) -> str:
    if person is None:
        return strings.text("quote_by", who=strings.text("unknown_speaker"))
    if not person.role:
        return strings.text("quote_by", who=person.pseudonym)
    role = strings.lookup("roles", person.role)
    return strings.text("quote_by_role", who=person.pseudonym, role=role)


def _glossary(
    used: list[Code], wording: CacWording, strings: DocumentStrings, guard: NameGuard
) -> list[tuple[str, str]]:
    """Each tag used, as it reads in the document, with what it means; CAC ones first."""
    framework = load_framework()
    entries: dict[str, list[str]] = {}
    order = {d.key: i for i, d in enumerate(framework.dimensions)}

    def rank(code: Code) -> tuple[int, int, str]:
        key = code.id.removeprefix(framework.prefix)
        if not code.locked:
            return (1, 0, code.name.casefold())
        if key.isdigit():
            return (0, order[framework.item(int(key)).dimension], f"{int(key):03d}")
        return (0, order.get(key, 0), "")

    for code in sorted(used, key=rank):
        label = tag_label(code, wording=wording)
        lines = entries.setdefault(label, [])
        key = code.id.removeprefix(framework.prefix)
        if code.locked and key.isdigit() and framework.has_item(int(key)):
            lines.append(
                strings.text("glossary_statement", number=key, text=wording.item_text(int(key)))
            )
        elif not code.locked:
            lines.append(code.description.strip() or strings.text("glossary_theme"))
    return [(guard.clean(label), guard.clean("\n".join(lines))) for label, lines in entries.items()]


def _dimension_of(observation: Observation, codes: dict[str, Code]) -> str | None:
    for code_id in observation.codes:
        code = codes.get(code_id)
        if code and code.locked:
            dimension = codes.get(code.parent) if code.parent else code
            return dimension.name if dimension else None
    return None


def _first_theme(observation: Observation, codes: dict[str, Code]) -> str | None:
    return next(
        (codes[c].name for c in observation.codes if c in codes and not codes[c].locked), None
    )


def _by_dimension(
    observations: list[Observation], codes: dict[str, Code], other: str
) -> list[tuple[str, list[Observation]]]:
    """Each observation once: under its first CAC dimension, else its first theme."""
    order = [c.name for c in codes.values() if c.locked and c.parent is None]
    groups: dict[str, list[Observation]] = {}
    for observation in observations:
        key = _dimension_of(observation, codes) or _first_theme(observation, codes) or other
        groups.setdefault(key, []).append(observation)
    return sorted(
        groups.items(),
        key=lambda kv: (kv[0] not in order, order.index(kv[0]) if kv[0] in order else 0),
    )


def _by_theme(chosen, codes, planned, guard, meeting_title, other) -> list[PlannedSection]:
    groups: dict[str, list[tuple[Meeting, Observation]]] = {}
    for meeting, observations in chosen:
        for o in observations:
            key = _first_theme(o, codes) or _dimension_of(o, codes) or other
            groups.setdefault(key, []).append((meeting, o))
    sections = []
    for theme, pairs in groups.items():
        sections.append(PlannedSection(1, guard.clean(theme)))
        current: str | None = None
        for meeting, o in pairs:
            if meeting.id != current:
                sections.append(PlannedSection(2, meeting_title(meeting)))
                current = meeting.id
            sections[-1].observations.append(planned(o))
    return sections
