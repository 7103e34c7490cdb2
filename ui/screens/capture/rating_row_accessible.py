"""What a screen reader finds in a painted rating row: one child per level box.

A :class:`~ui.screens.capture.rating_row.BehaviourRow` draws its level boxes itself, so without
help an assistive tool sees one widget with a name and a description ("rated 3, Proficient").
The interface here gives the row one accessible child per box, as the separate buttons were
before the rows were painted: a radio button named for its level ("3, Proficient" or "No
opportunity"), checked when it is the row's rating, with the box's place on screen, so a screen
reader can walk the boxes and announce which one is chosen.

Qt asks for a widget's interface through factories: :func:`install` adds ours once (the first
row made calls it); it answers for rating rows only and leaves every other widget to Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

if TYPE_CHECKING:  # a name in signatures only: its class (and four enums) is built on first use
    from PySide6.QtGui import QWindow

Text = QAccessible.Text


class RatedRow(Protocol):
    """What the interface needs of a rating row (``BehaviourRow`` has it)."""

    def box_targets(self) -> tuple[int, ...]: ...
    def box_rect(self, target: int) -> QRect: ...
    def box_name(self, target: int) -> str: ...
    def checked_target(self) -> int: ...
    def is_read_only(self) -> bool: ...


class _BoxInterface(QAccessibleInterface):
    """One level box of a row: a radio button that is checked when it is the rating.

    (The ``type: ignore[override]`` below: Qt's API returns a null pointer where there is no
    object, window or child; PySide6's stubs say these never return None.)"""

    def __init__(self, row_interface: RowInterface, target: int) -> None:
        super().__init__()
        self._row_interface = row_interface
        self.target = target

    def _row(self) -> RatedRow | None:
        return self._row_interface.rated_row()

    def isValid(self) -> bool:  # noqa: N802
        row = self._row()
        return row is not None and self.target in row.box_targets()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._row_interface.window()

    def parent(self) -> QAccessibleInterface:
        return self._row_interface

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def text(self, kind: QAccessible.Text) -> str:
        row = self._row()
        if row is None:
            return ""
        if kind == Text.Name:
            return row.box_name(self.target)
        if kind == Text.Description:
            if self.checked():
                return QCoreApplication.translate(
                    "RatingRowAccessible", "The rating of this behaviour"
                )
            return QCoreApplication.translate("RatingRowAccessible", "Rate this level")
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802
        return None

    def rect(self) -> QRect:
        row = self._row()
        if row is None or not isinstance(row, QWidget):
            return QRect()
        local = row.box_rect(self.target)
        return QRect(row.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.RadioButton

    def checked(self) -> bool:
        row = self._row()
        return row is not None and row.checked_target() == self.target

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.checkable = True
        state.checked = self.checked()
        row = self._row()
        state.disabled = row is None or row.is_read_only()
        return state


class RowInterface(QAccessibleWidget):
    """A rating row: its own name and description, and one child per level box."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Grouping, "")
        self._boxes: list[_BoxInterface] = []

    def rated_row(self) -> RatedRow | None:
        widget = self.widget()
        return widget if _is_rated_row(widget) else None  # type: ignore[return-value]

    def boxes(self) -> list[_BoxInterface]:
        """The children, made again when the scale changed (kept: Qt holds no reference)."""
        row = self.rated_row()
        targets = row.box_targets() if row is not None else ()
        if tuple(box.target for box in self._boxes) != targets:
            self._boxes = [_BoxInterface(self, target) for target in targets]
        return self._boxes

    def childCount(self) -> int:  # noqa: N802
        return len(self.boxes())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        boxes = self.boxes()
        return boxes[index] if 0 <= index < len(boxes) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        for index, box in enumerate(self.boxes()):
            if box is child:
                return index
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        for box in self.boxes():
            if box.rect().contains(QPoint(x, y)):
                return box
        return None

    def announce_rating(self, before: int, after: int) -> None:
        """Tell an assistive tool which boxes changed their checked state."""
        if not QAccessible.isActive() or before == after:
            return
        changed = QAccessible.State()
        changed.checked = True
        for box in self.boxes():
            if box.target in (before, after):
                QAccessible.updateAccessibility(QAccessibleStateChangeEvent(box, changed))


_ROW_CLASS_PROPERTY = "fieldride_rated_row"
_installed: list[object] = []  # the factory, kept alive for the life of the process
_keep: dict[int, RowInterface] = {}  # Python must hold what it gave Qt while the row lives


def _is_rated_row(widget: QObject | None) -> bool:
    return widget is not None and bool(widget.property(_ROW_CLASS_PROPERTY))


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and _is_rated_row(obj):
        interface = RowInterface(obj)
        row_id = id(obj)
        _keep[row_id] = interface
        obj.destroyed.connect(lambda *_args: _keep.pop(row_id, None))
        return interface
    return None


def install(row: QWidget) -> None:
    """Mark ``row`` as a rating row and make sure our factory is installed (once)."""
    row.setProperty(_ROW_CLASS_PROPERTY, True)
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(_factory)


def row_interface(row: QWidget) -> RowInterface | None:
    """The interface Qt made for ``row`` (None before any assistive tool or test asked)."""
    return _keep.get(id(row))
