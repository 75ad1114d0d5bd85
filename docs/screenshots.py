"""Take the user guide's screenshots: the app on the example project, on a real screen.

Run under Xvfb (``xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots.py nl``);
it writes PNGs into ``docs/images/``: ``main-window.png`` in English, ``main-window-nl.png``
in Dutch. ``--banners`` takes only the two banner shots ("Not saved", read-only);
``--welcome`` only the first start (the welcome and the Start-a-new-study form).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fieldnotes.store import Project
from fieldnotes.ui.app import open_project
from fieldnotes.ui.dialogs.meeting_dialog import MeetingDialog
from fieldnotes.ui.dialogs.quote_dialog import QuoteDialog
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import install_translators
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.widgets.tag_picker import TagPicker

OUT = Path(__file__).parent / "images"
SUFFIX = {"en": ""}
LANGUAGE = "en"


def grab(widget: QWidget, name: str) -> None:
    QTest.qWait(300)
    screen = widget.screen()
    frame = widget.frameGeometry()
    pixmap: QPixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if pixmap.isNull() or pixmap.toImage().allGray():
        pixmap = widget.grab()
    stem, ext = name.rsplit(".", 1)
    pixmap.save(str(OUT / f"{stem}{SUFFIX.get(LANGUAGE, '-' + LANGUAGE)}.{ext}"))


def with_dialog(dialog: QWidget, name: str, prepare: Callable[[], None] = lambda: None) -> None:
    def shoot() -> None:
        prepare()
        grab(dialog, name)
        dialog.close()

    QTimer.singleShot(200, shoot)
    dialog.exec()  # type: ignore[attr-defined]


def shoot_banners(folder: Path) -> None:
    """The banners of the user guide's "When something goes wrong": a disk that filled up
    while typing (SQLite's own limit stands in for the disk), and a read-only project."""
    from fieldnotes.store import Project

    settings = QSettings(str(folder / "banners.ini"), QSettings.Format.IniFormat)
    path = folder / "fieldwork" / "connectors.fieldnotes"
    project = open_project(path, seed_example_if_new=True)
    window = show_window(MainWindow(ProjectHub(project, LANGUAGE), settings))
    window.select_meeting("m4")
    window.show_observation("o21")
    project.conn.execute("VACUUM")  # no free pages left to reuse: any growth fails
    (pages,) = project.conn.execute("PRAGMA page_count").fetchone()
    project.conn.execute(f"PRAGMA max_page_count = {pages}")
    QTest.keyClicks(window.editor.text_edit, TYPED_WHILE_FULL[LANGUAGE])
    window.editor.flush()
    grab(window, "not-saved.png")
    project.conn.execute("PRAGMA max_page_count = 1073741823")
    window.guard.retry()
    window.close()
    project.close()
    with Project.open(path, create=False, read_only=True) as read_only:
        window = show_window(MainWindow(ProjectHub(read_only, LANGUAGE), settings))
        window.select_meeting("m4")
        window.show_observation("o21")
        grab(window, "read-only.png")
        window.close()


def shoot_welcome() -> None:
    """The first start: the welcome, and the form of its first choice filled in."""
    from fieldnotes.ui.welcome.new_study_dialog import NewStudyDialog
    from fieldnotes.ui.welcome.window import WelcomeWindow

    welcome = WelcomeWindow()
    welcome.move(40, 40)
    welcome.show()
    QTest.qWaitForWindowExposed(welcome)
    grab(welcome, "welcome.png")
    shown_folder = Path("/home/anna/Documents/fieldnotes")  # shown only, never made
    form = NewStudyDialog(LANGUAGE, welcome, folder=shown_folder)
    form.resize(640, form.sizeHint().height())
    form.title.setText(STUDY_TITLE[LANGUAGE])
    form.researcher.setText("Anna de Vries")
    form.passphrase.setText("korte zin is lang genoeg")
    form.repeat.setText("korte zin is lang genoeg")
    with_dialog(form, "new-study.png", form.title.deselect)
    welcome.close()


STUDY_TITLE = {"en": "Neighbourhood care team North", "nl": "Buurtzorgteam Noord"}


TYPED_WHILE_FULL = {
    "en": " Afterwards she asks who will bring the coffee next time.",
    "nl": " Na afloop vraagt ze wie de volgende keer koffie meeneemt.",
}


def shoot_exchange(window: MainWindow, project: Project, folder: Path) -> None:
    """The REFI-QDA export, a merge preview of a colleague's copy, and its conflict."""
    import shutil

    exporter = window.exchange.export_qdpx()
    QTest.qWait(200)
    grab(exporter, "qdpx-export.png")  # type: ignore[arg-type]
    exporter.close()  # type: ignore[attr-defined]

    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    colleague = folder / "study-bram.fieldnotes"
    shutil.copy(project.path, colleague)
    observations = project.observations.for_meeting("m3")
    with Project.open(colleague, create=False) as theirs:
        theirs.settings.researcher = "Bram Jansen"
        theirs.observations.update_text(
            observations[0].id, observations[0].text + " (Bram: the alderman agreed to come.)"
        )
        theirs.observations.update_text(observations[1].id, "Reworded by Bram in his copy.")
    project.settings.researcher = "Anna de Vries"
    project.observations.update_text(observations[1].id, "Reworded by Anna in her copy.")
    dialog = window.exchange.merge_project(colleague)
    assert dialog is not None
    while dialog.report is None:  # type: ignore[attr-defined]
        QTest.qWait(50)
    QTest.qWait(200)
    grab(dialog, "merge.png")  # type: ignore[arg-type]
    dialog.merge()  # type: ignore[attr-defined]
    while dialog.isVisible():  # type: ignore[attr-defined]
        QTest.qWait(50)
    conflicts = window.exchange.review_conflicts()
    conflicts.resize(880, 560)  # type: ignore[attr-defined]
    QTest.qWait(200)
    grab(conflicts, "conflicts.png")  # type: ignore[arg-type]
    conflicts.close()  # type: ignore[attr-defined]


def shoot_member_check(window: MainWindow, folder: Path) -> None:
    """The member-check export dialog with a CAC item and a theme chosen, and the note
    that confirms a written export (Open, Show in folder)."""
    from fieldnotes.ui.widgets.export_notice import ExportNotice

    dialog = window.member_check.export_member_check()
    dialog.resize(640, dialog.sizeHint().height())  # type: ignore[attr-defined]
    dialog.codes.set_codes(["cac:15", "t2"])  # type: ignore[attr-defined]
    dialog.move(60, 40)
    QTest.qWait(200)
    grab(dialog, "member-check-dialog.png")
    target = folder / "member-check-kick-off.docx"
    dialog.start(target)  # type: ignore[attr-defined]
    notice = None
    while notice is None:
        QTest.qWait(50)
        notice = next((w for w in window.findChildren(ExportNotice) if w.isVisible()), None)
    notice.move(80, 80)
    grab(notice, "export-done.png")
    notice.close()


def shoot_voice(window: MainWindow, project: Project) -> None:
    """Who spoke, actions agreed earlier and still open, the tally and the two dialogs."""
    from PySide6.QtWidgets import QMessageBox

    from fieldnotes.ui.dialogs.action_dialog import ActionDialog
    from fieldnotes.ui.widgets.speaker_picker import SpeakerPicker

    for box in window.findChildren(QMessageBox):  # the merge's summary, still open
        box.close()
    window.hub.announce_everything()
    window.select_meeting("m4")  # earlier meetings left three actions open
    current = project.observations.get("o23")  # Coproducer D offers to chair: an action
    assert current is not None
    window.show_observation(current.id)
    grab(window, "voice-and-actions.png")
    picker = SpeakerPicker(
        [(p, window.hub.pseudonyms()[p], "professional") for p in ("p1", "p2")]
        + [(p, window.hub.pseudonyms()[p], "coproducer") for p in ("p3", "p4")],
        current.speakers,
        attendees_only=True,
        parent=window,
    )
    with_dialog(picker, "speaker-picker.png")
    action = project.observations.get(current.id)
    assert action is not None
    with_dialog(
        ActionDialog(window.hub, ["p1", "p2", "p3", "p4", "p7"], action.action, window),
        "action-dialog.png",
    )


def shoot_over_time(window: MainWindow, project: Project) -> None:
    """The study timeline (with the example's actions and a member check sent) and code
    co-occurrence."""
    from fieldnotes.domain.models import MemberCheckSent

    project.analysis.record_member_check(
        MemberCheckSent("s1", "2022-09-20", "member-check-kick-off.docx", 9, "nl")
    )
    timeline = window.analysis.open_timeline()
    timeline.resize(1200, 800)
    timeline.event_table.setCurrentIndex(timeline.events.index(4, 0))
    grab(timeline, "timeline.png")
    timeline.close()
    co = window.analysis.open_co_occurrence()
    co.resize(1000, 560)
    co.table.setCurrentIndex(co.model.index(co.model.row_of("cac:relation"), co.model.row_of("t2")))
    grab(co, "co-occurrence.png")
    co.close()


def shoot_analysis(window: MainWindow, project: Project) -> None:
    """Who speaks and Actions, over the example's speakers and agreements."""
    voice = window.analysis.open_voice()
    voice.resize(900, 760)
    voice.move(40, 40)
    QTest.qWait(200)
    grab(voice, "who-speaks.png")
    voice.close()
    actions = window.analysis.open_actions()
    actions.resize(1000, 700)
    actions.move(40, 40)
    QTest.qWait(200)
    grab(actions, "actions.png")
    actions.close()


def show_window(window: MainWindow) -> MainWindow:
    window.resize(1360, 840)
    window.move(20, 20)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window


def main() -> int:
    global LANGUAGE
    banners_only = "--banners" in sys.argv
    welcome_only = "--welcome" in sys.argv
    arguments = [a for a in sys.argv[1:] if a not in ("--banners", "--welcome")]
    LANGUAGE = arguments[0] if arguments else "en"
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    translators = install_translators(app, LANGUAGE)  # noqa: F841 - kept alive
    OUT.mkdir(exist_ok=True)
    if banners_only:
        with tempfile.TemporaryDirectory() as tmp:
            shoot_banners(Path(tmp))
        return 0
    if welcome_only:
        shoot_welcome()
        return 0
    shoot_welcome()
    with tempfile.TemporaryDirectory() as tmp:
        project = open_project(Path(tmp) / "example.fieldnotes", seed_example_if_new=True)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        hub = ProjectHub(project, LANGUAGE)
        window = MainWindow(hub, settings)
        window.resize(1360, 840)
        window.move(20, 20)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.select_meeting("m4")
        window.show_observation("o21")  # a quote and member-check feedback
        grab(window, "main-window.png")
        shoot_member_check(window, Path(tmp))
        window.select_meeting("m3")
        observations = project.observations.for_meeting("m3")
        window.show_observation(observations[2].id)

        window.open_search()
        window.search_panel.filters_button.setChecked(True)
        QTest.keyClicks(window.search_panel.query, "trust OR vertrouwen")
        QTest.qWait(400)
        window.search_panel.results.setCurrentIndex(window.search_panel.model.index(0, 0))
        grab(window, "search.png")
        window.search_panel.filters_button.setChecked(False)
        window.focus_meetings()

        picker = TagPicker(project.codes.all(), observations[2].codes, window)
        with_dialog(picker, "tag-picker.png", lambda: QTest.keyClicks(picker.query, "commun"))
        quote = QuoteDialog(hub, window.undo_stack, ["p1", "p2"], window)
        quote.text.setPlainText("If we do not ask them, nobody will.")
        quote.original.setPlainText("Als wij het ze niet vragen, doet niemand het.")
        quote.language.setText("nl")
        with_dialog(quote, "quote-dialog.png")
        meeting = project.meetings.get("m3")
        assert meeting is not None
        with_dialog(
            MeetingDialog(hub, window.undo_stack, meeting, is_new=False, parent=window),
            "meeting-dialog.png",
        )
        codebook = window.codebook.open_codebook()
        codebook.resize(1000, 640)
        codebook.select("t2")  # type: ignore[attr-defined]
        grab(codebook, "codebook.png")
        codebook.close()
        matrix = window.codebook.open_matrix()
        matrix.resize(900, 520)
        grab(matrix, "matrix.png")
        matrix.close()
        shoot_over_time(window, project)
        from fieldnotes.domain.models import CacResponse, CacRound

        r1 = project.cac_rounds.get("r1")
        assert r1 is not None
        later = [
            CacResponse(r.respondent, {k: min(100, v + (k % 7) - 2) for k, v in r.scores.items()})
            for r in r1.responses
        ]
        project.cac_rounds.add(CacRound("r2", "Round 2", "2023-10-01", later))
        rounds = window.analysis.open_cac_rounds()
        rounds.resize(1080, 700)
        rounds.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        grab(rounds, "cac-scores.png")
        rounds.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
        grab(rounds, "cac-compare.png")
        rounds.close()
        shoot_analysis(window, project)
        shoot_exchange(window, project, Path(tmp))
        shoot_voice(window, project)
        window.close()
        project.close()
        shoot_banners(Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
