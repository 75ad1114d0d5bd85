"""Asking for a passphrase: to open an encrypted project, or to choose a new one.

The passphrase lives only in the dialog's fields and then in the open project's memory;
it is never written to settings or logs. A new one is typed twice, because a typo in a
passphrase nobody else knows locks its owner out for good.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """Ask for the passphrase of an encrypted project; ``problem`` says why we ask again."""

    def __init__(self, project_name: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted project"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{name} is encrypted. Enter its passphrase to open it.").format(
                name=project_name
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def value(self) -> str:
        return self.passphrase.text()


class NewPassphraseDialog(QDialog):
    """Choose a passphrase (typed twice); for a new project, encryption can be declined."""

    def __init__(
        self, title: str, intro: str, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.encrypt = QCheckBox(self.tr("&Encrypt the project (recommended)"), self)
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setChecked(True)
        self.encrypt.setVisible(optional)
        layout.addWidget(self.encrypt)
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit(self)
        self.second.setObjectName("repeatPassphrase")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        layout.addLayout(form)
        warning = QLabel(
            self.tr(
                "Without the passphrase nobody can open the project, you included: "
                "keep it somewhere safe, such as a password manager."
            ),
            self,
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseHint")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.encrypt.toggled.connect(self._update)
        self._update()
        self.first.setFocus()

    def wants_encryption(self) -> bool:
        return self.encrypt.isChecked()

    def value(self) -> str | None:
        """The chosen passphrase, or None when encryption was declined."""
        return self.first.text() if self.wants_encryption() else None

    def _update(self) -> None:
        encrypting = self.wants_encryption()
        self.first.setEnabled(encrypting)
        self.second.setEnabled(encrypting)
        first, second = self.first.text(), self.second.text()
        hint = ""
        if encrypting and len(first) < MIN_LENGTH:
            hint = self.tr(
                "Use at least %n characters; a few words are easy to remember.", "", MIN_LENGTH
            )
        elif encrypting and first != second:
            hint = self.tr("The two passphrases differ.")
        self.hint.setText(hint)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not hint)
