"""Every interactive control of the capture screen (and of the dialogs it opens) has an
accessible name, so a screen reader says what it is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)

from fieldride import rides
from fieldride.store import Store
from fieldride.team import sellers
from ui.screens.capture.rating_row import NO_OPPORTUNITY

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractScrollArea,
)


def _inside_combo(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` without an accessible name. Scroll bars belong to
    their scroll area (which is named); a combo box's popup list and line edit are named
    through the combo."""
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QScrollBar) or not isinstance(w, INTERACTIVE):
            continue
        if _inside_combo(w) or not w.isVisibleTo(root):
            continue
        interactive = w.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(w, QAbstractButton)
        if interactive and not w.accessibleName().strip():
            missing.append(
                f"{type(w).__name__} {w.objectName()!r} text={getattr(w, 'text', lambda: '')()!r}"
            )
    return missing


def test_capture_screen_controls_all_have_accessible_names(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(
        store, seller.id, "2026-03-02", scorecard_key="field-visit", focus=["discovery"]
    )
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "discovery", 3)
    rides.add_note(store, ride.id, "A note")
    main_window.open_ride(ride.id)
    capture = main_window.capture
    assert unnamed(capture) == []
    # a row says which behaviour it is and how it is rated, with the level's label; the grid
    # says which keys rate; each level box's tooltip names its level
    row = capture.grid.rows[0]
    assert row.accessibleName() == "Asks open, layered questions (focus)"
    assert row.accessibleDescription() == "rated 3, Proficient"
    assert "Digits rate" in capture.grid.accessibleDescription()
    assert row.tip(3) == "3 · Proficient" and row.tip(NO_OPPORTUNITY).startswith("No opportunity")
    capture.add_call()
    qtbot.waitUntil(capture.call_dialog.isVisible)
    assert unnamed(capture.call_dialog) == []
    capture.call_dialog.reject()


def test_plan_dialog_controls_all_have_accessible_names(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    sellers.add_seller(store, "Ana Ruiz")
    today = main_window.show_screen("today")
    today.plan_ride()
    qtbot.waitUntil(today.plan_dialog.isVisible)
    assert unnamed(today.plan_dialog) == []
    assert unnamed(today) == []
    today.plan_dialog.reject()


def test_each_level_box_of_a_painted_row_is_an_accessible_child(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """The rows are painted, not made of buttons; a screen reader still finds one radio button
    per level box (named for its level, checked when it is the rating, placed where the box is
    drawn) and hears the rating move when a digit rates."""
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(
        store, seller.id, "2026-03-02", scorecard_key="field-visit", focus=["discovery"]
    )
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "discovery", 3)
    main_window.open_ride(ride.id)
    main_window.show()
    qtbot.waitExposed(main_window)
    capture = main_window.capture
    row = capture.grid.rows[0]
    interface = QAccessible.queryAccessibleInterface(row)
    assert interface is not None and interface.isValid()
    assert interface.text(QAccessible.Text.Name) == "Asks open, layered questions (focus)"
    children = [interface.child(i) for i in range(interface.childCount())]
    names = [child.text(QAccessible.Text.Name) for child in children]
    levels = [f"{level.value}, {level.label}" for level in row.scale]
    assert names == [*levels, "No opportunity"], names
    assert all(child.role() == QAccessible.Role.RadioButton for child in children)
    assert all(child.parent() is interface for child in children)
    assert [interface.indexOfChild(child) for child in children] == list(range(len(children)))
    checked = [child.text(QAccessible.Text.Name) for child in children if child.state().checked]
    assert checked == ["3, Proficient"], checked
    # each child sits where its box is drawn, and the box under a point is that child
    for child, target in zip(children, row.box_targets(), strict=True):
        local = row.box_rect(target)
        assert child.rect().topLeft() == row.mapToGlobal(local.topLeft())
        centre = child.rect().center()
        assert interface.childAt(centre.x(), centre.y()) is child
    # rated again from the keyboard: the checked child follows the rating
    capture.grid.setFocus()
    qtbot.keyClick(capture.grid, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: row.checked_target() == 1)
    checked = [c.text(QAccessible.Text.Name) for c in children if c.state().checked]
    assert checked == [levels[0]], checked
    # a read-only ride (finished) disables the boxes
    row.set_read_only(True)
    assert all(child.state().disabled for child in children)
