"""Which language the interface starts in, and the Preferences that change it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings

from fieldnotes.ui.dialogs.preferences_dialog import PreferencesDialog
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import chosen_language, interface_language, system_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # no German yet: the source language
        ({"LANGUAGE": "nl:en", "LANG": "en_US.UTF-8"}, "nl"),  # LANGUAGE comes first
        ({"LANGUAGE": "en", "LANG": "nl_NL.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "nl_NL@euro"}, "nl"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "de:nl", "LANG": "de_DE.UTF-8"}, "nl"),
        ({}, "en"),
    ],
)
def test_the_system_language_follows_language_then_lang(
    environ: dict[str, str], expected: str
) -> None:
    assert system_language(environ) == expected


def test_a_saved_choice_overrides_the_system(settings: QSettings) -> None:
    dutch_system = {"LANG": "nl_NL.UTF-8"}
    assert interface_language(settings, dutch_system) == "nl"
    settings.setValue("interface/language", "en")
    assert interface_language(settings, dutch_system) == "en"
    settings.setValue("interface/language", "klingon")  # a damaged setting: the system's
    assert chosen_language(settings) == "system"


@pytest.mark.gui
def test_preferences_save_the_interface_and_document_language(
    hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    dialog = PreferencesDialog(hub, settings)
    qtbot.addWidget(dialog)
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("nl"))
    dialog.document_language.setCurrentIndex(dialog.document_language.findData("nl"))
    with qtbot.waitSignal(hub.study_changed):
        dialog.accept()
    assert settings.value("interface/language") == "nl"
    assert hub.project.settings.document_language == "nl"

    again = PreferencesDialog(hub, settings)
    qtbot.addWidget(again)
    assert again.interface_language.currentData() == "nl"
    again.document_language.setCurrentIndex(0)  # back to "as the interface"
    again.accept()
    assert hub.project.settings.document_language is None


@pytest.mark.gui
def test_preferences_keep_the_researchers_name_in_the_project(
    hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    dialog = PreferencesDialog(hub, settings)
    qtbot.addWidget(dialog)
    assert dialog.researcher.text() == ""
    dialog.researcher.setText("  Anna de Vries ")
    dialog.accept()
    assert hub.project.settings.researcher == "Anna de Vries"
    assert settings.value("researcher") is None  # the project's, not this machine's

    again = PreferencesDialog(hub, settings)
    qtbot.addWidget(again)
    assert again.researcher.text() == "Anna de Vries"
    again.researcher.clear()
    again.accept()
    assert hub.project.settings.researcher is None
