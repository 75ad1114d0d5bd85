"""The Dutch interface: complete translation files, and no English left on screen."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import install_translators, remove_translators, translations_dir
from fieldnotes.ui.main_window import MainWindow
from tests.ui.visible_text import plain, visible_texts

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "fieldnotes_nl.ts"
# Names and symbols that read the same in Dutch.
ALLOWED = {"fieldnotes", "CAC", "OK", "Ctrl", "PNG", "CSV"}
SHORTCUT = re.compile(r"(?:(?:Ctrl|Shift|Alt|Meta)\+)+.+|F\d+")  # key names Qt itself words


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _translation(message: ET.Element) -> str:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return (forms[-1].text if forms else node.text) or ""


def test_the_dutch_translation_has_no_unfinished_entries() -> None:
    unfinished = [
        message.findtext("source")
        for message in _messages(TS_FILE)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not _translation(message).strip()
    ]
    assert unfinished == []


def test_every_string_in_the_source_is_in_the_dutch_translation(tmp_path: Path) -> None:
    """Extract again with the project's script: nothing new, nothing left over."""
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "update_translations.sh")],
        check=True,
        capture_output=True,
        env={**_env(), "FIELDNOTES_TS_DIR": str(tmp_path)},
    )
    before = {(m.findtext("source"), m.findtext("comment")) for m in _messages(TS_FILE)}
    after = {(m.findtext("source"), m.findtext("comment")) for m in _messages(copy)}
    assert sorted(after - before, key=str) == [], "run packaging/update_translations.sh"
    assert sorted(before - after, key=str) == [], "run packaging/update_translations.sh"


def test_the_compiled_translation_is_installed_and_current() -> None:
    compiled = translations_dir() / "fieldnotes_nl.qm"
    assert compiled.is_file(), "run packaging/build_translations.sh"
    assert compiled.stat().st_mtime >= TS_FILE.stat().st_mtime, "run build_translations.sh"


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


# -- the Dutch interface ------------------------------------------------------------------


class EnglishDetector:
    """Knows every English text of the interface, and spots it on a Dutch screen."""

    def __init__(self, typed: set[str]) -> None:
        self.typed = typed  # what the user typed (names, titles) is shown as typed
        self.exact: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        same_in_dutch = set(ALLOWED)
        for message in _messages(TS_FILE):
            source = plain(message.findtext("source") or "")
            if source == plain(_translation(message)) or source in ALLOWED:
                same_in_dutch.add(source)
                continue
            if re.search(r"\{\w*\}|%n|%\d", source):
                parts = re.split(r"\{\w*\}|%n|%\d", source)
                self.patterns.append(re.compile(".+?".join(re.escape(p) for p in parts)))
            else:
                self.exact.add(source)
        self.exact |= _interface_literals()
        self.exact -= same_in_dutch

    def english(self, text: str) -> bool:
        text = plain(text)
        pieces = {text, *text.splitlines(), *re.split(r"\s+·\s+|\n", text)}
        for piece in (p.strip() for p in pieces):
            if not re.search(r"[^\W\d_]", piece) or piece in self.typed:
                continue  # numbers, symbols and the user's own words stay as they are
            if piece in self.exact or any(p.fullmatch(piece) for p in self.patterns):
                return True
        return False


def _interface_literals() -> set[str]:
    """Every English string literal in the interface code, passed to ``tr`` or not.

    On the Dutch screen any of them is a miss: a string never marked, one the extraction
    tool could not see (a context held in a variable), or one looked up in the wrong
    context. Strings that read the same in Dutch are taken out by the caller.
    """
    found: set[str] = set()
    for path in (ROOT / "fieldnotes" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.search(r"[A-Za-z]{3}", node.value)
                and plain(node.value) not in ALLOWED
                and not SHORTCUT.fullmatch(node.value)
            ):
                found.add(plain(node.value))
    return found


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nl")
    try:
        assert QCoreApplication.translate("MainWindow", "Meetings") != "Meetings", (
            "the compiled Dutch translation is missing: run packaging/build_translations.sh"
        )
        yield
    finally:
        remove_translators(qapp, translators)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would block offscreen: keep their texts instead."""
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> Any:
        shown.extend([title, text])
        return QMessageBox.StandardButton.Ok

    for name in ("about", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def _english_on(widget: QWidget, detector: EnglishDetector) -> list[str]:
    return sorted(
        {f"{where}: {text!r}" for where, text in visible_texts(widget) if detector.english(text)}
    )


@pytest.mark.gui
def test_the_main_window_and_every_dialog_are_dutch(
    dutch: None,
    example_project: Project,
    settings: QSettings,
    qtbot: Any,
    messages: list[str],
    example_document: dict[str, Any],
) -> None:
    detector = EnglishDetector(_typed_texts(example_document))
    hub = ProjectHub(example_project, "nl")
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found: dict[str, list[str]] = {}

    with_feedback = next(
        o for o in example_project.observations.all_grouped()[_first_meeting(hub)] if o.feedback
    )
    window.show_observation(with_feedback.id)
    for tab in range(window.left_tabs.count()):
        window.left_tabs.setCurrentIndex(tab)
        found[f"main window, tab {tab}"] = _english_on(window, detector)

    stack = QUndoStack()
    for name, make in _dialogs(hub, stack, window, settings).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found[name] = _english_on(dialog, detector)
        dialog.close()

    window.dialogs.show_about()
    window.meetings.delete_meeting()
    found["message boxes"] = [text for text in messages if detector.english(text)]
    assert {k: v for k, v in found.items() if v} == {}


def _typed_texts(document: object) -> set[str]:
    """Every text in the example study: titles, names, labels and notes the user typed."""
    if isinstance(document, str):
        return {document.strip(), *(line.strip() for line in document.splitlines())}
    if isinstance(document, dict):
        document = list(document.values())
    if isinstance(document, list):
        return set().union(*(_typed_texts(item) for item in document))
    return set()


def _first_meeting(hub: ProjectHub) -> str:
    grouped = hub.project.observations.all_grouped()
    return next(m for m, items in grouped.items() if any(o.feedback for o in items))


def _dialogs(
    hub: ProjectHub, stack: QUndoStack, window: MainWindow, settings: QSettings
) -> dict[str, Callable[[], QWidget]]:
    from fieldnotes.store.recovery import UnsavedText
    from fieldnotes.ui.analysis.actions_window import ActionsWindow
    from fieldnotes.ui.analysis.co_occurrence_window import CoOccurrenceWindow
    from fieldnotes.ui.analysis.timeline_window import TimelineWindow
    from fieldnotes.ui.analysis.voice_window import VoiceWindow
    from fieldnotes.ui.cac.dialog import CacRoundsDialog, NewRoundDialog
    from fieldnotes.ui.codebook.dialog import CodebookDialog
    from fieldnotes.ui.codebook.matrix import MatrixDialog
    from fieldnotes.ui.dialogs.action_dialog import ActionDialog
    from fieldnotes.ui.dialogs.meeting_dialog import MeetingDialog, new_meeting_now
    from fieldnotes.ui.dialogs.participant_dialog import ParticipantDialog
    from fieldnotes.ui.dialogs.participants_manager import ParticipantsManager
    from fieldnotes.ui.dialogs.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
    from fieldnotes.ui.dialogs.preferences_dialog import PreferencesDialog
    from fieldnotes.ui.dialogs.quote_dialog import QuoteDialog
    from fieldnotes.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from fieldnotes.ui.exchange.conflicts_dialog import ConflictsDialog
    from fieldnotes.ui.exchange.export_dialogs import QdpxExportDialog
    from fieldnotes.ui.exchange.merge_dialog import MergeDialog
    from fieldnotes.ui.member_check.export_dialog import MemberCheckDialog
    from fieldnotes.ui.protection.restore_dialog import RestoreDialog
    from fieldnotes.ui.recovery_dialog import RecoveryDialog
    from fieldnotes.ui.widgets.speaker_picker import SpeakerPicker
    from fieldnotes.ui.widgets.tag_picker import TagPicker

    project = hub.project
    meeting = project.meetings.all()[0]
    participant = project.participants.all()[0]
    observation = project.observations.for_meeting(meeting.id)[0]
    return {
        "new meeting": lambda: MeetingDialog(hub, stack, new_meeting_now(), is_new=True),
        "edit meeting": lambda: MeetingDialog(hub, stack, meeting, is_new=False),
        "participant": lambda: ParticipantDialog(participant),
        "new participant": lambda: ParticipantDialog(),
        "participants": lambda: ParticipantsManager(hub, stack),
        "quote": lambda: QuoteDialog(hub, stack, meeting.attendees),
        "tags": lambda: TagPicker(project.codes.all(), observation.codes),
        "shortcuts": lambda: ShortcutsDialog(window.actions_.all()),
        "preferences": lambda: PreferencesDialog(hub, settings),
        "codebook": lambda: CodebookDialog(hub, stack, None, settings),
        "codes by meeting": lambda: MatrixDialog(hub),
        "CAC rounds": lambda: CacRoundsDialog(hub, stack, None, settings),
        "new CAC round": lambda: NewRoundDialog(1),
        "member check export": lambda: MemberCheckDialog(hub, None, settings),
        "REFI-QDA export": lambda: QdpxExportDialog(hub, settings),
        "merge": lambda: MergeDialog(hub, project.path.with_name("colleague.fieldnotes")),
        "merge conflicts": lambda: ConflictsDialog(hub, stack),
        "recover unsaved text": lambda: RecoveryDialog(
            hub, [UnsavedText(observation.id, meeting.id, "…", "2024-01-01T10:00:00+00:00")]
        ),
        "saving banner": lambda: _banners_after_a_refused_edit(hub, stack),
        "passphrase": lambda: PassphraseDialog("studie.fieldnotes", "Verkeerde wachtwoordzin."),
        "new passphrase": lambda: _new_passphrase_dialog(NewPassphraseDialog),
        "restore from backup": lambda: RestoreDialog(project.path),
        "who spoke": lambda: SpeakerPicker(
            [(p.id, p.pseudonym, p.role) for p in project.participants.all()],
            observation.speakers,
            attendees_only=True,
        ),
        "agreement or action": lambda: ActionDialog(hub, meeting.attendees, observation.action),
        "who speaks": lambda: VoiceWindow(hub, settings),
        "actions": lambda: ActionsWindow(hub, settings, stack, lambda _meeting, _observation: None),
        "study timeline": lambda: TimelineWindow(hub, settings),
        "code co-occurrence": lambda: CoOccurrenceWindow(hub, settings),
    }


def _banners_after_a_refused_edit(hub: ProjectHub, stack: QUndoStack) -> QWidget:
    """The window's banners as they are after the disk filled up under an edit."""
    import sqlite3

    from fieldnotes.store.failures import SQLITE_FULL, store_error
    from fieldnotes.ui.window_banners import WindowBanners
    from fieldnotes.ui.write_guard import WriteGuard

    guard = WriteGuard(hub, stack, None)
    banners = WindowBanners(hub, guard, lambda: None)
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = SQLITE_FULL  # type: ignore[attr-defined]
    hub.report_failure(store_error(full, hub.project.path))  # type: ignore[arg-type]
    return banners


def _new_passphrase_dialog(kind: type[QWidget]) -> QWidget:
    # Title and introduction come translated from the caller; the dialog adds the rest.
    return kind("Nieuw project", "Versleutel uw aantekeningen.", optional=True)  # type: ignore[call-arg]


@pytest.mark.gui
def test_the_check_sees_english_when_the_translation_is_not_loaded(
    example_project: Project, settings: QSettings, qtbot: Any, example_document: dict[str, Any]
) -> None:
    """The check above would pass vacuously if it could not see English at all."""
    window = MainWindow(ProjectHub(example_project, "en"), settings)
    qtbot.addWidget(window)
    window.show()
    found = _english_on(window, EnglishDetector(_typed_texts(example_document)))
    assert any("Meetings" in line for line in found)
    assert any("New observation" in line for line in found)
