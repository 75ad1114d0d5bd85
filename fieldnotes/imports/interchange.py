"""Reading the ``fieldnotes/1`` JSON interchange format into validated :class:`ProjectData`.

Validation is complete before anything is written: every key is known, every value has
the right type and form, and every reference resolves to something in the file or in
the project. The first problem found is raised with its place in the file.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldnotes.domain.cac import CAC_PREFIX, load_framework
from fieldnotes.domain.document import INTERCHANGE_FORMAT, ProjectData
from fieldnotes.domain.models import (
    ACTION_STATUSES,
    VERDICTS,
    Action,
    CacResponse,
    CacRound,
    Code,
    Consent,
    Feedback,
    Meeting,
    Memo,
    Observation,
    Participant,
    Quote,
    StatusChange,
    Study,
    new_id,
)
from fieldnotes.errors import InterchangeError
from fieldnotes.imports import checks as c

MB = 1024 * 1024
# Parsing takes about six times the file's size in memory; 200 MB is some 500,000
# observations, far beyond a study, and still fits an ordinary laptop.
MAX_FILE_BYTES = 200 * MB
_TOP = frozenset(
    {"format", "study", "participants", "codes", "meetings", "memos", "cac_rounds", "conflicts"}
)
_STUDY = frozenset({"title", "description"})
_PARTICIPANT = frozenset({"id", "pseudonym", "role", "organisation", "real_name", "consent"})
_CONSENT = frozenset({"status", "date", "note"})
_CODE = frozenset({"id", "name", "parent", "description", "color"})
_MEETING = frozenset(
    {
        "id",
        "title",
        "kind",
        "date",
        "start",
        "end",
        "location",
        "attendees",
        "notes",
        "observations",
    }
)
_OBSERVATION = frozenset(
    {"id", "time", "text", "codes", "quotes", "feedback", "speakers", "action"}
)
_ACTION = frozenset({"owner", "due", "status", "history"})
_STATUS_CHANGE = frozenset({"status", "date"})
_QUOTE = frozenset({"id", "speaker", "text", "original_text", "language"})
_FEEDBACK = frozenset({"participant", "verdict", "comment", "received", "verdict_text"})
_MEMO = frozenset({"id", "about", "text"})
_ROUND = frozenset({"id", "label", "date", "responses"})
_RESPONSE = frozenset({"respondent", "scores"})
_REQUIRES_TEXT = frozenset({"text"})
_ITEM_KEYS = frozenset(str(item.number) for item in load_framework().items)


@dataclass
class ProjectIndex:
    """What the target project already holds, so the file may refer to it."""

    participants: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    theme_parents: dict[str, str | None] = field(default_factory=dict)
    meetings: set[str] = field(default_factory=set)
    observations: set[str] = field(default_factory=set)
    # Children with ids of their own, and the parent each belongs to in the project:
    # the file may update them there, but never take them to another parent.
    observation_meetings: dict[str, str] = field(default_factory=dict)
    quote_observations: dict[str, str] = field(default_factory=dict)


def read_interchange_file(path: Path, known: ProjectIndex) -> ProjectData:
    """Read and validate ``path``; a file over ``MAX_FILE_BYTES`` is refused unread."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(str(path))
            raw = handle.read(MAX_FILE_BYTES + 1)  # a pipe or device has no size to check
    except FileNotFoundError:
        raise InterchangeError("", f"No such file: {path}") from None
    except IsADirectoryError:
        raise InterchangeError("", f"{path} is a folder, not a JSON file") from None
    except OSError as exc:
        raise InterchangeError("", f"Cannot read {path}: {exc.strerror}") from None
    return parse_interchange(raw, known, source=str(path))


def parse_interchange(raw: bytes | str, known: ProjectIndex, source: str = "") -> ProjectData:
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(source)
    # Parsing builds millions of small containers, none of them cyclic; the cyclic garbage
    # collector would rescan the growing tree again and again (half the import time).
    with _gc_paused():
        return _parse(raw, known, source)


@contextmanager
def _gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(raw: bytes | str, known: ProjectIndex, source: str) -> ProjectData:
    prefix = f"{source}: " if source else ""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise InterchangeError("", f"{prefix}not UTF-8 text (byte {exc.start})") from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise InterchangeError("", f"{prefix}nested too deeply to be a fieldnotes file") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            "", f"{prefix}malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except ValueError as exc:
        raise InterchangeError("", f"{prefix}{exc}") from None
    c.check_no_unpaired_surrogates(text, document)
    return _Reader(known).read(document)


def _too_large(source: str) -> InterchangeError:
    name = source or "the file"
    return InterchangeError(
        "", f"{name} is larger than {MAX_FILE_BYTES // MB} MB, the most an import reads"
    )


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


class _Reader:
    def __init__(self, known: ProjectIndex) -> None:
        self.known = known
        self.seen: dict[str, dict[str, str]] = {}
        self.memo_targets: set[str] = set()
        self.unlisted: dict[str, frozenset[str]] = {}

    def read(self, document: Any) -> ProjectData:
        top = c.check_object(document, "(top level)", _TOP, frozenset({"format"}))
        if top["format"] != INTERCHANGE_FORMAT:
            raise InterchangeError(
                "format", f'is {c.describe(top["format"])}, expected "{INTERCHANGE_FORMAT}"'
            )
        data = ProjectData()
        if top.get("study") is not None:
            data.study = self._study(top["study"])
        data.participants = [
            self._participant(v, f"participants[{i}]")
            for i, v in enumerate(c.check_list(top.get("participants"), "participants"))
        ]
        raw_codes = c.check_list(top.get("codes"), "codes")
        data.codes = [self._code(v, f"codes[{i}]") for i, v in enumerate(raw_codes)]
        self._check_code_tree(data.codes)
        for i, v in enumerate(c.check_list(top.get("meetings"), "meetings")):
            meeting, observations = self._meeting(v, f"meetings[{i}]")
            data.meetings.append(meeting)
            data.observations[meeting.id] = observations
        self._resolve_references(data)
        self.memo_targets = (
            self.known.meetings | self.known.codes | self._file_ids("meeting", "code")
        )
        data.memos = [
            self._memo(v, f"memos[{i}]")
            for i, v in enumerate(c.check_list(top.get("memos"), "memos"))
        ]
        data.cac_rounds = [
            self._round(v, f"cac_rounds[{i}]")
            for i, v in enumerate(c.check_list(top.get("cac_rounds"), "cac_rounds"))
        ]
        if top.get("conflicts") is not None:
            from fieldnotes.imports.conflict_records import read_conflicts

            data.conflicts = read_conflicts(self, c.check_list(top["conflicts"], "conflicts"))
        self._check_owners(data)
        data.unlisted = self.unlisted
        return data

    # -- entities --------------------------------------------------------------------

    def _id(self, obj: dict[str, Any], kind: str, where: str) -> str:
        value = obj.get("id")
        if value is None:
            return new_id()
        if type(value) is not str:
            c.check_text(value, f"{where}.id")
        if not value.strip():
            raise InterchangeError(f"{where}.id", "must not be empty")
        seen = self.seen.setdefault(kind, {})
        if value in seen:
            raise InterchangeError(
                f"{where}.id", f"{c.quoted(value)} is used twice (also at {seen[value]})"
            )
        seen[value] = where
        return value

    def _study(self, value: Any) -> Study:
        obj = c.check_object(value, "study", _STUDY)
        return Study(
            c.text(obj, "title", "study", "Untitled study"), c.text(obj, "description", "study")
        )

    def _participant(self, value: Any, where: str) -> Participant:
        obj = c.check_object(value, where, _PARTICIPANT, frozenset({"pseudonym"}))
        consent = Consent()
        if obj.get("consent") is not None:
            raw = c.check_object(obj["consent"], f"{where}.consent", _CONSENT)
            consent = Consent(
                c.text(raw, "status", f"{where}.consent"),
                c.optional_date(raw, "date", f"{where}.consent"),
                c.text(raw, "note", f"{where}.consent"),
            )
        return Participant(
            id=self._id(obj, "participant", where),
            pseudonym=c.required_text(obj, "pseudonym", where),
            role=c.text(obj, "role", where),
            organisation=c.text(obj, "organisation", where),
            real_name=c.optional_text(obj, "real_name", where),
            consent=consent,
        )

    def _code(self, value: Any, where: str) -> Code:
        obj = c.check_object(value, where, _CODE, frozenset({"name"}))
        code_id = self._id(obj, "code", where)
        if code_id.startswith(CAC_PREFIX):
            raise InterchangeError(
                f"{where}.id",
                f'{c.quoted(code_id)} starts with "{CAC_PREFIX}", which is kept for the built-in '
                "CAC framework; list only your own themes",
            )
        return Code(
            id=code_id,
            name=c.required_text(obj, "name", where),
            parent=c.optional_text(obj, "parent", where),
            description=c.text(obj, "description", where),
            color=c.optional_color(obj, "color", where),
        )

    def _check_code_tree(self, codes: list[Code]) -> None:
        parents = dict(self.known.theme_parents)
        parents.update({code.id: code.parent for code in codes})
        for i, code in enumerate(codes):
            if code.parent is not None and code.parent not in parents:
                raise InterchangeError(
                    f"codes[{i}].parent",
                    f"refers to theme {c.quoted(code.parent)}, which is neither in the file nor in "
                    "the project (CAC codes cannot have sub-themes)",
                )
            visited = {code.id}
            node = code.parent
            while node is not None:
                if node in visited:
                    raise InterchangeError(
                        f"codes[{i}].parent",
                        f"makes a loop: {c.quoted(code.id)} ends up inside itself",
                    )
                visited.add(node)
                node = parents.get(node)

    def _meeting(self, value: Any, where: str) -> tuple[Meeting, list[Observation]]:
        obj = c.check_object(value, where, _MEETING, frozenset({"title"}))
        meeting = Meeting(
            id=self._id(obj, "meeting", where),
            title=c.required_text(obj, "title", where),
            kind=c.text(obj, "kind", where, "team meeting"),
            date=c.optional_date(obj, "date", where),
            start=c.optional_time(obj, "start", where),
            end=c.optional_time(obj, "end", where),
            location=c.text(obj, "location", where),
            attendees=self._id_list(obj, "attendees", where),
            notes=c.text(obj, "notes", where),
        )
        self._note_unlisted(meeting.id, obj, ("attendees",))
        observations = [
            self._observation(v, meeting.id, f"{where}.observations[{i}]")
            for i, v in enumerate(c.check_list(obj.get("observations"), f"{where}.observations"))
        ]
        return meeting, observations

    def _id_list(self, obj: dict[str, Any], key: str, where: str) -> list[str]:
        values = c.check_list(obj.get(key), f"{where}.{key}")
        for i, value in enumerate(values):
            if type(value) is not str:
                c.check_text(value, f"{where}.{key}[{i}]")
        if len(set(values)) != len(values):
            twice = next(v for v in values if values.count(v) > 1)
            raise InterchangeError(f"{where}.{key}", f"lists {c.quoted(twice)} twice")
        return values

    def _observation(self, value: Any, meeting_id: str, where: str) -> Observation:
        obj = c.check_object(value, where, _OBSERVATION, _REQUIRES_TEXT)
        quotes = obj.get("quotes")
        feedback = obj.get("feedback")
        observation = Observation(
            id=self._id(obj, "observation", where),
            meeting=meeting_id,
            text=c.required_text(obj, "text", where),
            time=c.optional_time(obj, "time", where),
            codes=self._id_list(obj, "codes", where),
            quotes=[
                self._quote(v, f"{where}.quotes[{i}]")
                for i, v in enumerate(c.check_list(quotes, f"{where}.quotes"))
            ],
            feedback=[
                self._feedback(v, f"{where}.feedback[{i}]")
                for i, v in enumerate(c.check_list(feedback, f"{where}.feedback"))
            ],
        )
        observation.speakers = self._id_list(obj, "speakers", where)
        if obj.get("action") is not None:
            observation.action = self._action(obj["action"], f"{where}.action")
        self._note_unlisted(
            observation.id, obj, ("codes", "quotes", "feedback", "speakers", "action")
        )
        return observation

    def _action(self, value: Any, where: str) -> Action:
        obj = c.check_object(value, where, _ACTION)
        history = []
        for i, raw in enumerate(c.check_list(obj.get("history"), f"{where}.history")):
            at = f"{where}.history[{i}]"
            change = c.check_object(raw, at, _STATUS_CHANGE, frozenset({"status", "date"}))
            status = c.choice(change, "status", at, ACTION_STATUSES)
            date = c.optional_date(change, "date", at)
            if status is None or date is None:
                raise InterchangeError(at, "needs both a status and a date")
            history.append(StatusChange(status, date))
        return Action(
            status=c.choice(obj, "status", where, ACTION_STATUSES) or "open",
            owner=c.optional_text(obj, "owner", where),
            due=c.optional_date(obj, "due", where),
            history=tuple(history),
        )

    def _note_unlisted(self, owner: str, obj: dict[str, Any], keys: tuple[str, ...]) -> None:
        absent = frozenset(key for key in keys if key not in obj)
        if absent:
            self.unlisted[owner] = absent

    def _quote(self, value: Any, where: str) -> Quote:
        obj = c.check_object(value, where, _QUOTE, frozenset({"text"}))
        return Quote(
            id=self._id(obj, "quote", where),
            text=c.required_text(obj, "text", where),
            speaker=c.optional_text(obj, "speaker", where),
            original_text=c.optional_text(obj, "original_text", where),
            language=c.optional_text(obj, "language", where),
        )

    def _feedback(self, value: Any, where: str) -> Feedback:
        obj = c.check_object(value, where, _FEEDBACK)
        return Feedback(
            participant=c.optional_text(obj, "participant", where),
            verdict=c.choice(obj, "verdict", where, VERDICTS),
            comment=c.text(obj, "comment", where),
            received=c.optional_date(obj, "received", where),
            verdict_text=c.optional_text(obj, "verdict_text", where),
        )

    def _memo(self, value: Any, where: str) -> Memo:
        obj = c.check_object(value, where, _MEMO, frozenset({"text"}))
        memo = Memo(
            id=self._id(obj, "memo", where),
            text=c.required_text(obj, "text", where),
            about=c.optional_text(obj, "about", where),
        )
        if memo.about is not None and memo.about not in self.memo_targets:
            raise InterchangeError(
                f"{where}.about",
                f"refers to {c.quoted(memo.about)}, which is no meeting or code in the file or the "
                "project",
            )
        return memo

    def _round(self, value: Any, where: str) -> CacRound:
        obj = c.check_object(value, where, _ROUND, frozenset({"label"}))
        return CacRound(
            id=self._id(obj, "cac_round", where),
            label=c.required_text(obj, "label", where),
            date=c.optional_date(obj, "date", where),
            responses=[
                self._response(v, f"{where}.responses[{i}]")
                for i, v in enumerate(c.check_list(obj.get("responses"), f"{where}.responses"))
            ],
        )

    def _response(self, value: Any, where: str) -> CacResponse:
        obj = c.check_object(value, where, _RESPONSE, frozenset({"scores"}))
        respondent = c.optional_text(obj, "respondent", where)
        self._require_participant(respondent, f"{where}.respondent")
        scores_obj = obj["scores"]
        if not isinstance(scores_obj, dict):
            raise InterchangeError(
                f"{where}.scores", f"must be an object, not {c.json_type(scores_obj)}"
            )
        scores: dict[int, float] = {}
        for key, raw in scores_obj.items():
            if key not in _ITEM_KEYS:
                raise InterchangeError(
                    f"{where}.scores",
                    f'unknown CAC item {c.quoted(key)} (items are "1" to "{len(_ITEM_KEYS)}")',
                )
            value_ = c.score(raw, f"{where}.scores.{key}")
            if value_ is not None:
                scores[int(key)] = value_
        return CacResponse(respondent, dict(sorted(scores.items())))

    # -- references ------------------------------------------------------------------

    def _file_ids(self, *kinds: str) -> set[str]:
        return {i for kind in kinds for i in self.seen.get(kind, {})}

    def _require_participant(self, pid: str | None, where: str) -> None:
        if (
            pid is not None
            and pid not in self.known.participants
            and pid not in self.seen.get("participant", {})
        ):
            raise InterchangeError(
                where,
                f"refers to participant {c.quoted(pid)}, who is neither in the file nor in the "
                "project",
            )

    def _check_owners(self, data: ProjectData) -> None:
        """A child id already in the project stays with its parent: no silent moves.

        Checked last, so a file with other mistakes is told about those first.
        """
        meetings, quotes = self.known.observation_meetings, self.known.quote_observations
        if not meetings and not quotes:
            return
        for i, meeting in enumerate(data.meetings):
            for k, obs in enumerate(data.observations[meeting.id]):
                at = f"meetings[{i}].observations[{k}]"
                _require_owner(meetings.get(obs.id), meeting.id, obs.id, "meeting", f"{at}.id")
                for j, quote in enumerate(obs.quotes):
                    where = f"{at}.quotes[{j}].id"
                    _require_owner(quotes.get(quote.id), obs.id, quote.id, "observation", where)

    def _resolve_references(self, data: ProjectData) -> None:
        codes = self.known.codes | self._file_ids("code")
        for i, meeting in enumerate(data.meetings):
            where = f"meetings[{i}]"
            for j, pid in enumerate(meeting.attendees):
                self._require_participant(pid, f"{where}.attendees[{j}]")
            for k, obs in enumerate(data.observations[meeting.id]):
                at = f"{where}.observations[{k}]"
                for j, code in enumerate(obs.codes):
                    if code not in codes:
                        raise InterchangeError(
                            f"{at}.codes[{j}]",
                            f"refers to code {c.quoted(code)}, which is neither a CAC code nor "
                            "a theme in the file or the project",
                        )
                for j, quote in enumerate(obs.quotes):
                    self._require_participant(quote.speaker, f"{at}.quotes[{j}].speaker")
                for j, pid in enumerate(obs.speakers):
                    self._require_participant(pid, f"{at}.speakers[{j}]")
                if obs.action is not None:
                    self._require_participant(obs.action.owner, f"{at}.action.owner")
                for j, item in enumerate(obs.feedback):
                    self._require_participant(item.participant, f"{at}.feedback[{j}].participant")


def _require_owner(owner: str | None, parent: str, child: str, kind: str, where: str) -> None:
    if owner is not None and owner != parent:
        raise InterchangeError(
            where,
            f"{c.quoted(child)} already belongs to {kind} {c.quoted(owner)} in the project; "
            "an import does not move it (give it an id of its own)",
        )
