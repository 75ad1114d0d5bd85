"""Start a new study: title, the researcher's name, language, passphrase, and where to save.

Shown from the welcome on the first start and from File › New study…. Everything is
checked before anything is written; a refusal is one line under the form, the field it
is about gets the focus, and no file or folder is left behind. The passphrase only
passes through this dialog on its way to the new file; it is never stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.errors import FieldnotesError
from fieldnotes.store.encryption import check_new_passphrase
from fieldnotes.ui.dialogs.passphrase_dialog import MIN_LENGTH
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.file_places import with_suffix
from fieldnotes.ui.i18n import LANGUAGES, language_names
from fieldnotes.ui.welcome.new_study import (
    SUFFIX,
    TITLE_LIMIT,
    NewStudy,
    check_title,
    create_study,
    file_name_for,
)

FOLDER_NAME = "fieldnotes"


def default_folder() -> Path:
    """``Documents/fieldnotes`` (as the desktop names Documents), else ``~/fieldnotes``."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return base / FOLDER_NAME


class NewStudyDialog(QDialog):
    """Emits ``created`` with the study once its file exists; the caller opens it."""

    created = Signal(object)  # NewStudy

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        *,
        language_applies_now: bool = True,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newStudyDialog")
        self.setWindowTitle(self.tr("Start a new study"))
        self.setMinimumWidth(560)
        self._folder = folder or default_folder()
        self._chosen_path: Path | None = None  # set by Change…; the title no longer decides
        self.study: NewStudy | None = None

        intro = QLabel(
            self.tr(
                "A study is one project file with all its meetings, observations, people "
                "and codes. You can change all of this later, except where the file is."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.title = QLineEdit(self)
        self.title.setObjectName("studyTitle")
        self.title.setMaxLength(TITLE_LIMIT)
        self.title.setPlaceholderText(self.tr("e.g. Neighbourhood care team 2025"))
        self.title.textChanged.connect(self._update_location)

        self.researcher = QLineEdit(self)
        self.researcher.setObjectName("researcherName")
        self.researcher.setMaxLength(120)
        self.researcher.setPlaceholderText(self.tr("e.g. Anna de Vries"))
        who = QLabel(
            self.tr(
                "Marks what you write when colleagues' copies are merged. You are not "
                "listed as a participant."
            ),
            self,
        )
        who.setWordWrap(True)

        self.language = QComboBox(self)
        self.language.setObjectName("studyLanguage")
        names = language_names()
        for code in sorted(LANGUAGES, key=lambda c: c != "en"):  # English, then Dutch
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._language_note = QLabel(
            self.tr("The language of fieldnotes itself and of the summaries participants read.")
            if language_applies_now
            else self.tr(
                "The language of the summaries participants read. The language of "
                "fieldnotes itself is set in Preferences."
            ),
            self,
        )
        self._language_note.setWordWrap(True)

        self.encrypt = QCheckBox(self.tr("&Protect with a passphrase (recommended)"), self)
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("newPassphrase")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeatPassphrase")
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt.toggled.connect(self._update_encryption)
        warning = QLabel(
            self.tr(
                "Notes about participants are sensitive: with a passphrase nobody can read "
                "the file without it, not even from a lost laptop. Without the passphrase "
                "you cannot open it either, so keep it safe, e.g. in a password manager."
            ),
            self,
        )
        warning.setWordWrap(True)

        self.location = QLineEdit(self)
        self.location.setObjectName("studyLocation")
        self.location.setReadOnly(True)
        self.location.setAccessibleName(self.tr("Where the study is saved"))
        change = QPushButton(self.tr("C&hange…"), self)
        change.setObjectName("changeLocation")
        change.setAutoDefault(False)
        change.clicked.connect(self.choose_location)
        place = QHBoxLayout()
        place.addWidget(self.location, 1)
        place.addWidget(change)

        self.problem = QLabel(self)
        self.problem.setObjectName("newStudyProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        for note in (who, self._language_note, warning):
            # Under its field, not centred in the spare height a wrapped label is given.
            note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Study &title:"), self.title)
        form.addRow(self.tr("&Your name as researcher:"), self.researcher)
        form.addRow("", who)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self._language_note)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Pa&ssphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat)
        form.addRow("", warning)
        place_label = QLabel(self.tr("Save &in:"), self)
        place_label.setBuddy(self.location)  # read-only, but there to be read
        form.addRow(place_label, place)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(
            self.tr("&Create study"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createStudy")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update_location()
        self.title.setFocus()

    # -- the form --------------------------------------------------------------------

    def target(self) -> Path:
        """Where the study will be saved."""
        return self._chosen_path or self._folder / file_name_for(self.title.text())

    def choose_location(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to save the study"),
            str(self.target()),
            self.tr("fieldnotes projects (*.fieldnotes)"),
        )
        if name:
            self._chosen_path = with_suffix(name, SUFFIX)
            self._update_location()

    def _update_location(self) -> None:
        self.location.setText(str(self.target()))
        self.location.setCursorPosition(0)

    def _update_encryption(self, encrypting: bool) -> None:
        self.passphrase.setEnabled(encrypting)
        self.repeat.setEnabled(encrypting)

    def _refuse(self, message: str, field: QWidget | None = None) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.problem.setAccessibleName(message)
        if field is not None:
            field.setFocus()

    def _chosen_passphrase(self) -> str | None:
        """The passphrase to protect the file with (None: none), or raises ``_Refused``."""
        if not self.encrypt.isChecked():
            return None
        first, second = self.passphrase.text(), self.repeat.text()
        if len(first) < MIN_LENGTH:
            raise _Refused(
                self.tr(
                    "Use at least %n characters for the passphrase; a few words are easy "
                    "to remember.",
                    "",
                    MIN_LENGTH,
                ),
                self.passphrase,
            )
        if first != second:
            raise _Refused(self.tr("The two passphrases differ."), self.repeat)
        try:
            return check_new_passphrase(first)
        except FieldnotesError as exc:
            raise _Refused(error_text(exc), self.passphrase) from exc

    def accept(self) -> None:
        """Create the file; on a refusal say why in one line and stay open."""
        try:
            check_title(self.title.text())
        except FieldnotesError as exc:
            self._refuse(error_text(exc), self.title)
            return
        try:
            passphrase = self._chosen_passphrase()
        except _Refused as refused:
            self._refuse(refused.message, refused.field)
            return
        study = NewStudy(
            title=self.title.text(),
            researcher=self.researcher.text().strip(),
            language=str(self.language.currentData()),
            path=self.target(),
            passphrase=passphrase,
        )
        try:
            create_study(study)
        except FieldnotesError as exc:
            self._refuse(error_text(exc))
            return
        self.problem.hide()
        self.study = study
        super().accept()
        self.created.emit(study)


class _Refused(Exception):
    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
