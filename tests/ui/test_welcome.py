"""The first start: the welcome, a new study of one's own, and the example kept apart."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from fieldnotes.errors import PassphraseError
from fieldnotes.imports.example import seed_example
from fieldnotes.paths import default_project_path, example_project_path
from fieldnotes.store import Project
from fieldnotes.ui.app import AppController
from fieldnotes.ui.i18n import chosen_language, remove_translators
from fieldnotes.ui.startup import StartChoice, last_project, start_choice
from fieldnotes.ui.welcome.new_study import file_name_for
from fieldnotes.ui.welcome.new_study_dialog import NewStudyDialog

pytestmark = pytest.mark.gui
PASSPHRASE = "lange wachtwoordzin"


@pytest.fixture
def controller(settings: QSettings, qapp: Any) -> Iterator[AppController]:
    app_controller = AppController(settings)
    yield app_controller
    app_controller.close()
    remove_translators(qapp, app_controller.translators)


def first_start(controller: AppController, settings: QSettings) -> None:
    assert controller.start(start_choice(settings, None, example=False))


def new_study_form(controller: AppController) -> NewStudyDialog:
    assert controller.welcome is not None
    controller.welcome.new_study.click()
    form = controller.new_study_dialog
    assert form is not None and form.isVisible()
    return form


def fill(
    form: NewStudyDialog, title: str = "Buurtteam Noord", passphrase: str | None = None
) -> None:
    form.title.setText(title)
    form.researcher.setText("Anna de Vries")
    form.encrypt.setChecked(passphrase is not None)
    form.passphrase.setText(passphrase or "")
    form.repeat.setText(passphrase or "")


def choose_location(monkeypatch: pytest.MonkeyPatch, form: NewStudyDialog, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    form.choose_location()


def files_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*")) if folder.exists() else []


# -- the first start ----------------------------------------------------------------------


def test_the_first_start_shows_the_welcome_and_opens_nothing(
    controller: AppController, settings: QSettings
) -> None:
    assert start_choice(settings, None, example=False).welcome
    first_start(controller, settings)
    assert controller.welcome is not None and controller.welcome.isVisible()
    assert controller.window is None and controller.project is None
    assert not default_project_path().exists()  # no default project made, nor seeded
    assert not example_project_path().exists()


def test_start_a_new_study_creates_it_where_chosen_and_opens_it(
    controller: AppController,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form)
    target = tmp_path / "studies" / "noord"
    choose_location(monkeypatch, form, target)
    assert form.location.text() == str(target.with_name("noord.fieldnotes"))
    form.create_button.click()

    path = target.with_name("noord.fieldnotes")
    assert controller.project is not None and controller.project.path == path
    assert controller.window is not None and controller.window.isVisible()
    assert controller.window.windowTitle() == "Buurtteam Noord — fieldnotes"
    assert "example" not in controller.window.windowTitle()
    assert controller.window.banners.example_banner.message() == ""
    assert controller.welcome is None
    assert controller.project.settings.researcher == "Anna de Vries"
    assert controller.project.settings.document_language == "en"
    assert controller.project.meetings.all() == []  # a study of one's own: empty
    assert last_project(settings) == path.resolve()


def test_the_new_study_goes_to_documents_by_default(
    controller: AppController, settings: QSettings
) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir()
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form, title="Wijk: Oost / West")
    assert form.target() == documents / "fieldnotes" / "Wijk- Oost - West.fieldnotes"
    form.create_button.click()
    assert controller.project is not None and controller.project.path == form.target()
    assert controller.project.study.get().title == "Wijk: Oost / West"


def test_file_names_from_titles_are_safe_everywhere() -> None:
    assert file_name_for("The Connectors") == "The Connectors.fieldnotes"
    assert file_name_for('a/b\\c:d*e?f"g<h>i|j') == "a-b-c-d-e-f-g-h-i-j.fieldnotes"
    assert file_name_for("  ...  ") == "study.fieldnotes"
    assert file_name_for("x" * 300) == "x" * 80 + ".fieldnotes"


def test_a_new_study_with_a_passphrase_is_encrypted(
    controller: AppController,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form, passphrase=PASSPHRASE)
    path = tmp_path / "geheim.fieldnotes"
    choose_location(monkeypatch, form, path)
    form.create_button.click()
    assert controller.project is not None and controller.project.encrypted
    controller.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(PassphraseError):
        Project.open(path, create=False)
    with Project.open(path, create=False, passphrase=PASSPHRASE) as project:
        assert project.study.get().title == "Buurtteam Noord"


def test_the_study_can_be_in_dutch_from_the_start(
    controller: AppController, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form)
    form.language.setCurrentIndex(form.language.findData("nl"))
    choose_location(monkeypatch, form, tmp_path / "nl.fieldnotes")
    form.create_button.click()
    assert controller.project is not None
    assert controller.project.settings.document_language == "nl"
    assert chosen_language(settings) == "nl"
    assert controller.window is not None
    menus = [action.text() for action in controller.window.menuBar().actions()]
    assert "&Bestand" in menus, menus  # the window was built in the chosen language


def test_a_later_study_in_another_language_leaves_the_interface_alone(
    controller: AppController, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert controller.open(tmp_path / "first.fieldnotes")
    assert controller.window is not None
    controller.window.new_project_requested.emit()
    form = controller.new_study_dialog
    assert form is not None
    fill(form)
    form.language.setCurrentIndex(form.language.findData("nl"))
    choose_location(monkeypatch, form, tmp_path / "second.fieldnotes")
    form.create_button.click()
    assert controller.project is not None
    assert controller.project.path == tmp_path / "second.fieldnotes"
    assert controller.project.settings.document_language == "nl"
    assert chosen_language(settings) == "system"
    assert "&File" in [a.text() for a in controller.window.menuBar().actions()]  # type: ignore[union-attr]


# -- bad input: one clear line, nothing created -------------------------------------------


def test_mismatched_passphrases_are_refused(
    controller: AppController,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form, passphrase=PASSPHRASE)
    form.repeat.setText(PASSPHRASE + "!")
    path = tmp_path / "mis.fieldnotes"
    choose_location(monkeypatch, form, path)
    form.create_button.click()
    assert form.problem.text() == "The two passphrases differ."
    assert form.isVisible() and controller.project is None
    assert not path.exists()


def test_a_short_passphrase_is_refused(
    controller: AppController, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form, passphrase="kort")
    path = tmp_path / "kort.fieldnotes"
    choose_location(monkeypatch, form, path)
    form.create_button.click()
    assert "at least 8 characters" in form.problem.text()
    assert not path.exists() and controller.project is None


def test_an_empty_title_is_refused(
    controller: AppController, settings: QSettings, tmp_path: Path
) -> None:
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form, title="   ")
    before = files_under(Path.home())
    form.create_button.click()
    assert form.problem.text() == "Give the study a title."
    assert form.isVisible() and controller.project is None
    assert files_under(Path.home()) == before


def test_an_existing_file_is_refused_and_left_alone(
    controller: AppController,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "taken.fieldnotes"
    path.write_bytes(b"someone's file")
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form)
    choose_location(monkeypatch, form, path)
    form.create_button.click()
    assert form.problem.text() == (
        f"{path} already exists: choose another name or folder for the study."
    )
    assert path.read_bytes() == b"someone's file"
    assert controller.project is None


def test_an_unwritable_folder_is_refused_and_nothing_is_made(
    controller: AppController,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if os.geteuid() == 0:  # root may write anywhere: ask as the folder's mode says
        from fieldnotes.ui.welcome import new_study

        real_access = os.access
        monkeypatch.setattr(
            new_study.os,
            "access",
            lambda path, mode: Path(path) != locked and real_access(path, mode),
        )
    try:
        first_start(controller, settings)
        form = new_study_form(controller)
        fill(form)
        choose_location(monkeypatch, form, locked / "sub" / "study.fieldnotes")
        form.create_button.click()
        assert form.problem.text() == (
            f"Cannot create the study in {locked}: this folder cannot be written."
        )
        assert list(locked.iterdir()) == []
        assert controller.project is None
    finally:
        locked.chmod(0o700)


def test_a_file_where_the_folder_should_be_is_refused(
    controller: AppController, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes").write_text("a file, not a folder")
    first_start(controller, settings)
    form = new_study_form(controller)
    fill(form)
    choose_location(monkeypatch, form, tmp_path / "notes" / "study.fieldnotes")
    form.create_button.click()
    assert form.problem.text() == (
        f"Cannot create the study in {tmp_path / 'notes'}: it is not a folder."
    )
    assert (tmp_path / "notes").read_text() == "a file, not a folder"
    assert controller.project is None


# -- the example, kept apart --------------------------------------------------------------


def test_explore_the_example_opens_its_own_scratch_copy_marked_as_such(
    controller: AppController, settings: QSettings
) -> None:
    first_start(controller, settings)
    assert controller.welcome is not None
    controller.welcome.example.click()
    assert controller.project is not None
    assert controller.project.path == example_project_path()
    assert "cache" in str(controller.project.path)
    assert controller.project.settings.is_example
    assert len(controller.project.meetings.all()) == 4
    window = controller.window
    assert window is not None
    assert window.windowTitle() == (
        "The Connectors (example) — example study, not your notes — fieldnotes"
    )
    assert "not your notes" in window.banners.example_banner.message()
    assert controller.welcome is None
    assert last_project(settings) is None  # never the study to come back to


def test_the_example_banner_leads_to_a_study_of_ones_own(
    controller: AppController, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert controller.open_example()
    assert controller.window is not None
    banner = controller.window.banners.example_banner
    (start,) = banner.findChildren(QPushButton)
    assert start.text() == "Start your own study…"
    start.click()
    form = controller.new_study_dialog
    assert form is not None
    fill(form)
    choose_location(monkeypatch, form, tmp_path / "mine.fieldnotes")
    form.create_button.click()
    assert controller.project is not None and not controller.project.settings.is_example
    assert controller.project.path == tmp_path / "mine.fieldnotes"


def test_after_exploring_the_example_the_next_start_shows_the_welcome_again(
    controller: AppController, settings: QSettings, qapp: Any
) -> None:
    first_start(controller, settings)
    assert controller.welcome is not None
    controller.welcome.example.click()
    controller.close()
    again = AppController(settings)
    try:
        choice = start_choice(settings, None, example=False)
        assert choice == StartChoice()
        assert again.start(choice)
        assert again.welcome is not None and again.project is None
    finally:
        again.close()


def test_after_exploring_the_example_the_next_start_opens_the_last_real_study(
    controller: AppController, settings: QSettings, tmp_path: Path, qapp: Any
) -> None:
    mine = tmp_path / "mine.fieldnotes"
    assert controller.open(mine)
    assert controller.open_example()
    controller.close()
    assert start_choice(settings, None, example=False) == StartChoice(
        path=mine.resolve(), remembered=True
    )


def test_the_example_starts_afresh_each_time(controller: AppController) -> None:
    assert controller.open_example()
    assert controller.project is not None
    controller.project.meetings.delete("m1")
    assert len(controller.project.meetings.all()) == 3
    controller.close()
    assert controller.open_example()
    assert len(controller.project.meetings.all()) == 4  # type: ignore[union-attr]


def test_the_example_opened_any_other_way_still_says_so(
    controller: AppController, settings: QSettings
) -> None:
    assert controller.open_example()
    controller.close()
    assert controller.open(example_project_path())  # e.g. from Open recent, or with --db
    assert controller.window is not None and "example study" in controller.window.windowTitle()
    assert last_project(settings) is None


def test_example_opens_the_example_directly(controller: AppController, settings: QSettings) -> None:
    assert controller.start(start_choice(settings, None, example=True))
    assert controller.welcome is None
    assert controller.project is not None and controller.project.settings.is_example


def test_the_file_menu_offers_a_new_study_and_the_example(
    controller: AppController, tmp_path: Path
) -> None:
    assert controller.open(tmp_path / "mine.fieldnotes")
    assert controller.window is not None
    actions = {a.text(): a for a in controller.window.actions_.all()}
    assert actions["&New study…"].shortcut().toString() == "Ctrl+Alt+N"
    shortcuts = [a.shortcut().toString() for a in actions.values() if not a.shortcut().isEmpty()]
    assert shortcuts.count("Ctrl+Alt+N") == 1
    actions["&New study…"].trigger()
    assert controller.new_study_dialog is not None and controller.new_study_dialog.isVisible()
    controller.new_study_dialog.reject()
    actions["Open the &example study"].trigger()
    assert controller.project is not None and controller.project.settings.is_example


# -- later starts -------------------------------------------------------------------------


def test_a_legacy_default_project_opens_without_the_welcome_and_unchanged(
    controller: AppController, settings: QSettings
) -> None:
    legacy = default_project_path()
    legacy.parent.mkdir(parents=True)
    with Project.open(legacy) as project:
        seed_example(project)  # earlier versions seeded it, and people wrote among it
        project.meetings.delete("m2")
        counts = (len(project.meetings.all()), project.observations.count())
    choice = start_choice(settings, None, example=False)
    assert choice.path == legacy
    assert controller.start(choice)
    assert controller.welcome is None
    assert controller.project is not None and controller.project.path == legacy
    assert not controller.project.settings.is_example
    assert "example study" not in controller.window.windowTitle()  # type: ignore[union-attr]
    assert (len(controller.project.meetings.all()), controller.project.observations.count()) == (
        counts
    )
    controller.close()
    assert legacy.exists()


def test_the_last_study_wins_over_the_legacy_default(
    controller: AppController, settings: QSettings, tmp_path: Path
) -> None:
    default_project_path().parent.mkdir(parents=True)
    Project.open(default_project_path()).close()
    mine = tmp_path / "mine.fieldnotes"
    assert controller.open(mine)
    assert start_choice(settings, None, example=False).path == mine.resolve()


def test_a_last_study_that_is_gone_shows_the_welcome_with_a_note(
    controller: AppController, settings: QSettings, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.fieldnotes"
    assert controller.open(mine)
    controller.close()
    mine.unlink()
    choice = start_choice(settings, None, example=False)
    assert choice.welcome and choice.missing == mine.resolve()
    assert controller.start(choice)
    assert controller.welcome is not None
    assert str(mine.resolve()) in controller.welcome.missing_note.text()
    assert not mine.exists()  # not silently made again, empty


def test_a_named_project_is_opened_as_before(
    controller: AppController, settings: QSettings, tmp_path: Path
) -> None:
    named = tmp_path / "named.fieldnotes"
    assert controller.start(start_choice(settings, named, example=False))
    assert controller.project is not None and controller.project.path == named
    assert controller.project.meetings.all() == []


def test_closing_the_welcome_without_choosing_ends_the_app(
    controller: AppController, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    first_start(controller, settings)
    assert controller.welcome is not None
    controller.welcome.reject()
    assert quits == [True]


# -- the command line ---------------------------------------------------------------------


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, bool]]:
    """What ``fieldnotes`` asks the app to open (the app itself is not run)."""
    from fieldnotes.ui import app

    calls: list[tuple[Path | None, bool]] = []

    def run_app(path: Path | None, *, example: bool = False) -> int:
        calls.append((path, example))
        return 0

    monkeypatch.setattr(app, "run_app", run_app)
    return calls


def test_fieldnotes_example_opens_the_example(launched: list[tuple[Path | None, bool]]) -> None:
    from fieldnotes.cli import main

    assert main(["--example"]) == 0
    assert launched == [(None, True)]


def test_fieldnotes_alone_lets_the_app_choose(
    launched: list[tuple[Path | None, bool]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldnotes.cli import main

    assert main([]) == 0
    monkeypatch.setenv("FIELDNOTES_DB", "/env/study.fieldnotes")
    assert main([]) == 0
    assert main(["--db", "named.fieldnotes"]) == 0
    assert main(["--example"]) == 0  # the variable is a default, not a demand
    assert launched == [
        (None, False),
        (Path("/env/study.fieldnotes"), False),
        (Path("named.fieldnotes"), False),
        (None, True),
    ]


def test_example_with_a_project_or_a_command_is_refused(
    launched: list[tuple[Path | None, bool]], capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldnotes.cli import main

    assert main(["--example", "--db", "x.fieldnotes"]) == 1
    assert main(["--example", "search", "trust"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "fieldnotes: error: --example opens the example study; leave out --db.",
        "fieldnotes: error: --example opens the app; it does not go with a command.",
    ]
    assert launched == []
    assert not Path("x.fieldnotes").exists()


def test_help_lists_example() -> None:
    from tests.cli_run import run

    result = run("--help")
    assert result.returncode == 0
    assert "--example" in result.stdout


def test_the_welcome_works_from_the_keyboard(
    controller: AppController, settings: QSettings, qtbot: Any
) -> None:
    first_start(controller, settings)
    welcome = controller.welcome
    assert welcome is not None
    welcome.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is welcome)
    assert welcome.focusWidget() is welcome.new_study
    qtbot.keyClick(welcome.new_study, Qt.Key.Key_Return)  # Enter: the choice with the focus
    form = controller.new_study_dialog
    assert form is not None and form.isVisible()
    qtbot.keyClick(form.title, Qt.Key.Key_Escape)
    assert not form.isVisible() and controller.welcome is welcome
    qtbot.keyClick(welcome.new_study, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: controller.project is not None)  # a mnemonic clicks after 100 ms
    assert controller.project is not None and controller.project.settings.is_example


def test_an_ordinary_start_does_not_load_the_welcome(tmp_path: Path) -> None:
    """The start path stays as light as before: the welcome is imported only when shown."""
    import subprocess
    import sys

    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from fieldnotes.ui.app import AppController
from fieldnotes.ui.startup import remember_last_project, start_choice
app = QApplication([])
settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
remember_last_project(settings, Path({str(tmp_path / "mine.fieldnotes")!r}))
Path({str(tmp_path / "mine.fieldnotes")!r}).touch()
controller = AppController(settings)
assert controller.start(start_choice(settings, None, example=False))
assert controller.window is not None
print(sorted(m for m in sys.modules if m.startswith("fieldnotes.ui.welcome")))
controller.close()
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
