"""What goes into a member-check summary, decided (and made safe) before anything is written.

The plan holds only cleaned text: real names already replaced by pseudonyms and
characters Word cannot hold removed. The dialog shows its replacements and consent
warnings; the writer then turns it into a document without seeing the project again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fieldnotes.analysis.cac_report import appendix_rows
from fieldnotes.analysis.cac_scores import latest_round, score_round
from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.code_search import code_label, tag_label
from fieldnotes.domain.models import Code, Meeting, Observation
from fieldnotes.domain.search import SearchFilters
from fieldnotes.export.privacy import NameGuard
from fieldnotes.store import Project

DEFAULT_INSTRUCTIONS = (
    "This summary lists what the researcher noted during our meetings. Please read each "
    "observation and tell us whether you recognise it. In the answer box under each one, "
    "type agree, partly or disagree after “Your verdict”, and add anything you want to say "
    "after “Your comment”. You may also use Word's comments anywhere in an observation. "
    "Only pseudonyms are used; please do not add real names. Save the file and send it back."
)
QUOTE_MODES = ("translation", "original", "both")
CONSENT_GIVEN = ("written", "oral", "given", "yes")
GROUPINGS = ("meeting", "theme")


@dataclass
class MemberCheckOptions:
    meetings: list[str] = field(default_factory=list)  # empty: all (within the dates)
    date_from: str | None = None
    date_to: str | None = None
    codes: list[str] = field(default_factory=list)  # observations must carry all of them
    grouping: str = (
        "meeting"  # "meeting": meeting > CAC dimension > theme; "theme": across meetings
    )
    quotes: str = "both"
    cac_appendix: bool = True
    codebook_appendix: bool = False
    title: str = ""
    instructions: str = DEFAULT_INSTRUCTIONS


@dataclass
class PlannedQuote:
    text: str | None
    original: str | None
    language: str | None
    attribution: str


@dataclass
class PlannedObservation:
    reference: str
    heading: str  # "O-12 · 10:05 · CAC 14, Trust"
    text: str
    quotes: list[PlannedQuote]


@dataclass
class PlannedSection:
    level: int
    title: str
    observations: list[PlannedObservation] = field(default_factory=list)


@dataclass
class MemberCheckPlan:
    title: str
    subtitle: str
    instructions: str
    sections: list[PlannedSection]
    cac_table: list[tuple[str, str, int | None]] | None
    cac_caption: str
    codebook: list[tuple[str, str, str]] | None
    replacements: list[str]
    consent_warnings: list[str]

    @property
    def observation_count(self) -> int:
        return sum(len(s.observations) for s in self.sections)


def plan_member_check(project: Project, options: MemberCheckOptions) -> MemberCheckPlan:
    participants = project.participants.all()
    guard = NameGuard(participants)
    codes = {c.id: c for c in project.codes.all()}
    meetings = _chosen_meetings(project, options)
    wanted = _matching_ids(project, options)
    people = {p.id: p for p in participants}
    quoted_without_consent: set[str] = set()

    def planned(o: Observation) -> PlannedObservation:
        tags = ", ".join(tag_label(codes[c]) for c in o.codes if c in codes)
        heading = " · ".join(x for x in (o.reference, o.time or "", tags) if x)
        quotes = []
        for q in o.quotes:
            person = people.get(q.speaker or "")
            if person and person.consent.status.strip().casefold() not in CONSENT_GIVEN:
                quoted_without_consent.add(person.pseudonym)
            who = (
                f"{person.pseudonym} ({person.role})"
                if person and person.role
                else (person.pseudonym if person else "unknown speaker")
            )
            quotes.append(
                PlannedQuote(
                    guard.clean(q.text)
                    if options.quotes in ("translation", "both") or not q.original_text
                    else None,
                    guard.clean(q.original_text)
                    if q.original_text and options.quotes in ("original", "both")
                    else None,
                    q.language,
                    guard.clean(who),
                )
            )
        return PlannedObservation(o.reference, guard.clean(heading), guard.clean(o.text), quotes)

    sections: list[PlannedSection] = []
    chosen = [
        (m, [o for o in project.observations.for_meeting(m.id) if o.id in wanted]) for m in meetings
    ]
    if options.grouping == "theme":
        sections = _by_theme(chosen, codes, planned, guard)
    else:
        for meeting, observations in chosen:
            if not observations:
                continue
            sections.append(PlannedSection(1, guard.clean(_meeting_title(meeting))))
            for group, items in _by_dimension(observations, codes):
                sections.append(PlannedSection(2, guard.clean(group), [planned(o) for o in items]))

    cac_table, caption = None, ""
    if options.cac_appendix:
        framework = load_framework()
        chosen_round = latest_round(project.cac_rounds.all())
        if chosen_round is not None:
            cac_table = appendix_rows(score_round(chosen_round, framework), framework)
            caption = guard.clean(
                f"{chosen_round.label} ({chosen_round.date or 'no date'}), "
                f"{len(chosen_round.responses)} respondents"
            )
    codebook = None
    if options.codebook_appendix:
        codebook = [
            (c.id, guard.clean(code_label(c)), guard.clean(c.description)) for c in codes.values()
        ]
    study = project.study.get()
    dates = sorted(m.date for m in meetings if m.date)
    period = f"{dates[0]} – {dates[-1]}" if dates else ""
    return MemberCheckPlan(
        title=guard.clean(options.title or f"{study.title}: summary for member checking"),
        subtitle=guard.clean(
            " · ".join(x for x in (study.title, period, f"version {date.today()}") if x)
        ),
        instructions=guard.clean(options.instructions),
        sections=sections,
        cac_table=cac_table,
        cac_caption=caption,
        codebook=codebook,
        replacements=guard.report(),
        consent_warnings=sorted(quoted_without_consent),
    )


def _chosen_meetings(project: Project, options: MemberCheckOptions) -> list[Meeting]:
    meetings = sorted(project.meetings.all(), key=lambda m: (m.date or "", m.start or ""))
    if options.meetings:
        meetings = [m for m in meetings if m.id in options.meetings]
    if options.date_from:
        meetings = [m for m in meetings if m.date and m.date >= options.date_from]
    if options.date_to:
        meetings = [m for m in meetings if m.date and m.date <= options.date_to]
    return meetings


def _matching_ids(project: Project, options: MemberCheckOptions) -> set[str]:
    hits = project.search.search("", SearchFilters(codes=list(options.codes)), limit=None)
    return {hit.observation for hit in hits}


def _meeting_title(meeting: Meeting) -> str:
    return " — ".join(x for x in (meeting.date or "", meeting.title) if x)


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
    observations: list[Observation], codes: dict[str, Code]
) -> list[tuple[str, list[Observation]]]:
    """Each observation once: under its first CAC dimension, else its first theme."""
    order = [c.name for c in codes.values() if c.locked and c.parent is None]
    groups: dict[str, list[Observation]] = {}
    for observation in observations:
        key = (
            _dimension_of(observation, codes)
            or _first_theme(observation, codes)
            or "Other observations"
        )
        groups.setdefault(key, []).append(observation)
    return sorted(
        groups.items(),
        key=lambda kv: (kv[0] not in order, order.index(kv[0]) if kv[0] in order else 0),
    )


def _by_theme(chosen, codes, planned, guard) -> list[PlannedSection]:  # type: ignore[no-untyped-def]
    groups: dict[str, list[tuple[Meeting, Observation]]] = {}
    for meeting, observations in chosen:
        for o in observations:
            key = _first_theme(o, codes) or _dimension_of(o, codes) or "Other observations"
            groups.setdefault(key, []).append((meeting, o))
    sections = []
    for theme, pairs in groups.items():
        sections.append(PlannedSection(1, guard.clean(theme)))
        current: str | None = None
        for meeting, o in pairs:
            if meeting.id != current:
                sections.append(PlannedSection(2, guard.clean(_meeting_title(meeting))))
                current = meeting.id
            sections[-1].observations.append(planned(o))
    return sections
