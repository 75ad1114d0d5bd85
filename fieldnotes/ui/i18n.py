"""Choosing the interface language and installing its translations at start-up.

The language follows the system (``LANGUAGE``, then ``LANG``) unless the user picked one
in Preferences; the choice is read once at start-up, because Qt widgets take their text
when they are built. Translations are compiled ``.qm`` files shipped inside the package
(``fieldnotes/resources/translations``), next to Qt's own for its standard buttons.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

LANGUAGE_KEY = "interface/language"
SYSTEM = "system"
SOURCE_LANGUAGE = "en"
# Languages with a full translation; the source texts are English.
LANGUAGES = ("nl", "en")
# QT_TRANSLATE_NOOP returns its text; its stub says object.
_LANGUAGE_NAMES = cast(
    dict[str, str],
    {
        "nl": QT_TRANSLATE_NOOP("Languages", "Dutch (Nederlands)"),
        "en": QT_TRANSLATE_NOOP("Languages", "English"),
    },
)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first supported language named by ``LANGUAGE`` (a priority list), then ``LANG``."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LANG"):
        for entry in env.get(variable, "").split(":"):
            code = entry.split(".")[0].split("@")[0].split("_")[0].casefold()
            if code in LANGUAGES:
                return code
    return SOURCE_LANGUAGE


def language_names() -> dict[str, str]:
    """Each supported language's name in the interface language, for choosers."""
    return {
        code: QCoreApplication.translate("Languages", name)
        for code, name in _LANGUAGE_NAMES.items()
    }


def chosen_language(settings: QSettings) -> str:
    """``nl``, ``en`` or ``system``, as saved by the Preferences dialog."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in (*LANGUAGES, SYSTEM) else SYSTEM


def set_chosen_language(settings: QSettings, choice: str) -> None:
    settings.setValue(LANGUAGE_KEY, choice if choice in LANGUAGES else SYSTEM)


def interface_language(settings: QSettings, environ: Mapping[str, str] | None = None) -> str:
    choice = chosen_language(settings)
    return system_language(environ) if choice == SYSTEM else choice


def translations_dir() -> Path:
    from fieldnotes.paths import resource_folder

    return resource_folder() / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load fieldnotes' and Qt's translations for ``language``; English needs none.

    Returns the translators so the caller keeps them alive (Qt does not own them).
    """
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("fieldnotes", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
