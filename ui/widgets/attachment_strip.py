"""A strip of attached files (issue 22, deliver 5): a thumbnail for each photo (decoded at
thumbnail size, kept per content hash), an icon and the name for any other file; "Attach
file…" (Ctrl+Shift+F where the owner binds it); Enter or a double-click opens a file with the
system's application, the context menu also saves it elsewhere or removes it.

The owner says what the strip shows (:meth:`show_attachments`) and does the writes through the
core: the strip only emits ``attach_requested(path)`` and ``remove_requested(id)``. Opening
writes the file into ``<data folder>/documents/attachments`` (folder 0700, file 0600: it may
hold personal data); "Save as" writes where the manager chooses (0600)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldride import rides
from fieldride.errors import DomainError
from fieldride.rides import Attachment
from fieldride.store import Store
from ui.prompts import PromptService

THUMB = QSize(72, 72)
ID_ROLE = Qt.ItemDataRole.UserRole


def thumbnail(data: bytes, size: QSize = THUMB) -> QPixmap | None:
    """The image in ``data`` scaled to fit ``size`` (decoded at that size where the format
    allows, so a 10 MB photo costs little), or None when it is not an image Qt can read."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and not full.isEmpty():
        reader.setScaledSize(full.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > size.width() or image.height() > size.height():
        image = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return QPixmap.fromImage(image)


class AttachmentStrip(QWidget):
    attach_requested = Signal(Path, bool)  # the file, and whether it is for the behaviour
    remove_requested = Signal(int)  # attachment id

    def __init__(
        self,
        store: Store,
        prompts: PromptService,
        parent: QWidget | None = None,
        *,
        private: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.private = private  # the private note's files: worded so, one way to attach
        self.attachments: list[Attachment] = []
        self._editable = False
        self._thumbs: dict[str, QPixmap | None] = {}
        self._labels: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "hint")
        self.title.setWordWrap(True)  # beside the button in a narrow column: wrapped, not cut
        top.addWidget(self.title, 1)
        self.attach_button = QToolButton()
        self.attach_button.setText(self.tr("Attach file…"))
        if not private:
            self.attach_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.attach_button)
        menu.addAction(self.tr("Attach to this call…"), self.choose_file)
        self.behaviour_action = menu.addAction(
            self.tr("Attach to the current behaviour…"), lambda: self.choose_file(True)
        )
        if not private:
            self.attach_button.setMenu(menu)
        self.attach_button.setAccessibleName(self.tr("Attach a photo or a file"))
        self.attach_button.setToolTip(
            self.tr("A whiteboard photo, an account plan, an email: at most 10 MB (Ctrl+Shift+F)")
        )
        self.attach_button.clicked.connect(lambda: self.choose_file())
        top.addWidget(self.attach_button)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 60, THUMB.height() + 34))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setFixedHeight(THUMB.height() + 44)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        layout.addWidget(self.list)
        self._update_title()

    # --- what is shown ------------------------------------------------------------------------
    def set_labels(self, labels: dict[str, str]) -> None:
        """Behaviour titles by key, to say which behaviour a file belongs to."""
        self._labels = labels

    def show_attachments(self, attachments: list[Attachment], *, editable: bool) -> None:
        self.attachments = attachments
        self.attach_button.setEnabled(editable)
        self._editable = editable
        self.list.clear()
        for attachment in attachments:
            pixmap = self._thumbnail(attachment)
            icon = QIcon(pixmap) if pixmap is not None else self._file_icon()
            item = QListWidgetItem(icon, attachment.name)
            item.setData(ID_ROLE, attachment.id)
            where = self._labels.get(attachment.behaviour_key or "", "")
            tip = self.tr("{name} · {size}").format(
                name=attachment.name, size=rides.size_words(attachment.size)
            )
            if where:
                tip = self.tr("{file} · on {behaviour}").format(file=tip, behaviour=where)
            item.setToolTip(tip)
            self.list.addItem(item)
        self.list.setVisible(bool(attachments))
        self._update_title()

    def _file_icon(self) -> QIcon:
        """The style's icon for a file that is not a photo. Asked for only when such a file is
        shown: ``QStyle`` (the Python class, with its many enums) is built on first use, and
        most rides open with no attachment."""
        from PySide6.QtWidgets import QStyle

        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _thumbnail(self, attachment: Attachment) -> QPixmap | None:
        if not attachment.is_image:
            return None
        if attachment.content_hash not in self._thumbs:
            try:
                data = rides.attachment_data(self.store, attachment)
            except DomainError:
                return None  # not arrived yet: shown as a file
            self._thumbs[attachment.content_hash] = thumbnail(data)
        return self._thumbs[attachment.content_hash]

    def _update_title(self) -> None:
        count = len(self.attachments)
        if self.private:
            if count == 0:
                self.title.setText(self.tr("No files on the private note."))
            else:
                self.title.setText(
                    self.tr("Files on the private note (never shared): {count}").format(count=count)
                )
            return
        if count == 0:
            self.title.setText(self.tr("No attachments on this call."))
        else:
            self.title.setText(self.tr("Attachments on this call: {count}").format(count=count))

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    # --- actions ------------------------------------------------------------------------------
    def choose_file(self, for_behaviour: bool = False) -> None:
        if not self.attach_button.isEnabled():
            return
        chosen = self.prompts.open_file(
            self.tr("Attach a photo or a file"), str(Path.home()), self.tr("All files (*)")
        )
        if chosen:
            self.attach_requested.emit(Path(chosen), for_behaviour)

    def _selected(self) -> Attachment | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = int(item.data(ID_ROLE))
        return next((a for a in self.attachments if a.id == wanted), None)

    def open_current(self) -> Path | None:
        """Write the selected file into the documents folder and open it; the path written."""
        attachment = self._selected()
        if attachment is None:
            return None
        # the document helpers (subprocess, printing, the output checks) when a file is opened
        from ui.widgets.document_actions import documents_folder, system_open

        folder = documents_folder(self.store) / "attachments"
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / f"{attachment.id}-{Path(attachment.name).name}"
        try:
            rides.save_attachment_as(self.store, attachment, target)
        except DomainError as err:
            self.prompts.error(self.tr("Attachment"), str(err))
            return None
        if not system_open(target):
            self.prompts.info(
                self.tr("Attachment"),
                self.tr(
                    "No application opens this kind of file here. It is saved as {path}."
                ).format(path=str(target)),
            )
        return target

    def save_current_as(self) -> Path | None:
        attachment = self._selected()
        if attachment is None:
            return None
        chosen = self.prompts.save_file(
            self.tr("Save the attachment as"),
            str(Path.home() / attachment.name),
            self.tr("All files (*)"),
        )
        if not chosen:
            return None
        try:
            rides.save_attachment_as(self.store, attachment, Path(chosen))
        except DomainError as err:
            self.prompts.error(self.tr("Attachment"), str(err))
            return None
        return Path(chosen)

    def remove_current(self) -> None:
        attachment = self._selected()
        if attachment is None or not self._editable:
            return
        question = self.tr("Remove {name} from this call? The file itself stays where it was.")
        if self.prompts.confirm(
            self.tr("Remove attachment"), question.format(name=attachment.name)
        ):
            self.remove_requested.emit(attachment.id)

    def _menu(self, pos: QPoint) -> None:
        if self._selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_current)
        menu.addAction(self.tr("Save as…"), self.save_current_as)
        remove = menu.addAction(self.tr("Remove"), self.remove_current)
        remove.setEnabled(self._editable)
        menu.popup(self.list.viewport().mapToGlobal(pos))
