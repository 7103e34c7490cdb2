"""File ▸ Team…: join a team server (address, database, role name, password), see where the
password is kept, leave the team (issue 21).

Joining runs ``fieldride sync --join --dsn … --password-stdin`` as a child process
(:class:`ui.child_command.ChildCommand`): the connection is checked and the membership confirmed
by the server before anything is kept; the password goes to the child's standard input (never
its command line) and from there to the system keyring, or a 0600 file in the data folder when
there is none — never the data file. A manager's rides written on another computer become
theirs to edit here (the child adopts their author id when the server says this role wrote
them; ``fieldride.server.joining``). Leaving runs ``fieldride sync --leave`` (the password is
removed; no data is deleted). The app's own process never loads the database driver.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldride.server import TeamConfig, kind_name, team_dsn
from fieldride.server.credentials import passfile_path
from ui.child_command import ChildCommand
from ui.prompts import PromptService
from ui.translation import QT_TRANSLATE_NOOP

# (sslmode, what the member sees): verify-full first, the one to use across a network.
TLS_CHOICES = (
    ("verify-full", QT_TRANSLATE_NOOP("TeamDialog", "Required, server certificate checked")),
    ("require", QT_TRANSLATE_NOOP("TeamDialog", "Required, certificate not checked")),
    ("prefer", QT_TRANSLATE_NOOP("TeamDialog", "Used if the server offers it")),
    (
        "disable",
        QT_TRANSLATE_NOOP("TeamDialog", "Not used (this computer or a trusted network only)"),
    ),
)


class TeamDialog(QDialog):
    """Join (when no team is set up) or show and leave the team."""

    team_changed = Signal()  # joined or left: the window reloads the team configuration
    sync_requested = Signal()

    def __init__(
        self,
        folder: Path,
        config: TeamConfig | None,
        prompts: PromptService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team"))
        self.folder = folder
        self.prompts = prompts
        self.command = ChildCommand(folder, self)
        self.command.finished.connect(self._finished)
        self._action = ""
        self.pages = QStackedWidget()
        self.pages.addWidget(self._join_page())
        self.pages.addWidget(self._member_page())
        self.busy = QProgressBar()
        self.busy.setRange(0, 1)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Team status"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.setMinimumWidth(520)
        self.show_config(config)

    # --- pages ---------------------------------------------------------------------------
    def _join_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Your team's admin gives you the server's address, your role name and a "
                "password. Nothing connects until you join. The password is kept in the "
                "system keyring, or in a file only you can read when there is none; never in "
                "the data file."
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("db.example.org or db.example.org:5432"))
        self.database = QLineEdit("fieldride")
        self.role = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        for mode, label in TLS_CHOICES:
            self.tls.addItem(self.tr(label), mode)
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.address)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Role name:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Encryption (TLS):"), self.tls)
        self.join_button = QPushButton(self.tr("&Join team"))
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self.join)
        self.cancel_join_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_join_button.setEnabled(False)
        self.cancel_join_button.clicked.connect(self.command.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.cancel_join_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    def _member_page(self) -> QWidget:
        page = QWidget()
        self.member_label = QLabel("")
        self.member_label.setWordWrap(True)
        self.member_label.setAccessibleName(self.tr("Your team"))
        self.sync_button = QPushButton(self.tr("&Sync now…"))
        self.sync_button.clicked.connect(self.sync_requested)
        self.leave_button = QPushButton(self.tr("&Leave team"))
        self.leave_button.clicked.connect(self.leave)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.member_label)
        layout.addLayout(buttons)
        layout.addStretch(1)  # what it says at the top, not centred in the join form's height
        return page

    def show_config(self, config: TeamConfig | None) -> None:
        """Show the join form (no team) or the team this folder syncs with."""
        if config is None:
            self._show_page(0)
            self.address.setFocus()
            return
        if passfile_path(self.folder).exists():
            kept = self.tr("Your password is kept in {path}, readable only by you.").format(
                path=passfile_path(self.folder)
            )
        else:
            kept = self.tr(
                "Your password is kept in the system keyring (or where PostgreSQL itself looks: "
                "~/.pgpass or a service file)."
            )
        self.member_label.setText(
            self.tr(
                "Team server: {place}\nSigned in as: {role} ({kind})\n{kept}\nNothing is sent "
                "until you sync."
            ).format(
                place=config.describe(), role=config.role, kind=kind_name(config.kind), kept=kept
            )
        )
        self._show_page(1)

    def _show_page(self, index: int) -> None:
        """Show one page, sized to its own content (a stacked widget otherwise keeps the
        height of its tallest page: the joined page stood in the join form's space)."""
        from PySide6.QtWidgets import QSizePolicy

        for n in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(n)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.adjustSize()

    # --- actions ---------------------------------------------------------------------------
    def join(self) -> None:
        address = self.address.text().strip()
        role = self.role.text().strip()
        if not address or not role or not self.password.text():
            self.status.setText(
                self.tr("Fill in the server address, your role name and your password.")
            )
            return
        dsn = team_dsn(address, self.database.text(), role, str(self.tls.currentData()))
        self._run(
            "join", ["sync", "--join", "--dsn", dsn, "--password-stdin"], self.password.text()
        )
        self.status.setText(self.tr("Connecting to the team server…"))

    def leave(self) -> None:
        if not self.prompts.confirm(
            self.tr("Leave team"),
            self.tr(
                "Stop syncing with the team server? Your kept password is removed; every ride "
                "stays in this data file and on the server."
            ),
        ):
            return
        self._run("leave", ["sync", "--leave"], None)
        self.status.setText(self.tr("Leaving the team…"))

    def _run(self, action: str, args: list[str], stdin_text: str | None) -> None:
        if not self.command.start(args, stdin_text):
            return
        self._action = action
        self.busy.setRange(0, 0)
        self.busy.setVisible(True)
        for button in (self.join_button, self.leave_button, self.sync_button):
            button.setEnabled(False)
        self.cancel_join_button.setEnabled(action == "join")

    def _finished(self, ok: bool, cancelled: bool, output: list[str], refusal: str) -> None:
        self.busy.setRange(0, 1)
        self.busy.setVisible(False)
        for button in (self.join_button, self.leave_button, self.sync_button):
            button.setEnabled(True)
        self.cancel_join_button.setEnabled(False)
        if cancelled:
            self.status.setText(self.tr("Stopped. Nothing was kept."))
        elif not ok:
            self.status.setText(refusal or self.tr("That did not work (see the log)."))
        else:
            self.password.clear()
            self.status.setText("\n".join(output))  # (its hint for a terminal is not printed)
            self.team_changed.emit()
        self.adjustSize()
