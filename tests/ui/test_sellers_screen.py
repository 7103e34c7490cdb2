"""The Sellers screen: add/edit/archive exist already; roster import and planning from here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldride import rides
from fieldride.store import Store
from fieldride.team import sellers

ROSTERS = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"


def _screen(main_window: Any) -> Any:
    return main_window.show_screen("sellers")


def _read_roster(qtbot: Any, screen: Any) -> None:
    """Import roster…, then wait until the file was read (off the UI thread)."""
    screen.import_button.click()
    qtbot.waitUntil(
        lambda: screen.roster_task is not None and screen.roster_task.state != "running",
        timeout=10_000,
    )


def _accept_preview(qtbot: Any, screen: Any) -> None:
    dialog = screen.roster_preview
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # written by a child process behind a progress dialog (ui.widgets.roster_write)
    qtbot.waitUntil(
        lambda: screen.roster_write is not None and screen.roster_write.state != "running",
        timeout=60_000,
    )


def test_roster_import_adds_sellers_and_reports(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    screen = _screen(main_window)
    prompts.file_answers.append(str(ROSTERS / "europe-cp1252.csv"))
    _read_roster(qtbot, screen)
    assert sellers.list_sellers(store) == []  # nothing written before the manager says so
    _accept_preview(qtbot, screen)
    assert prompts.errors == []
    names = [s.name for s in sellers.list_sellers(store)]
    assert "Anna Berg" in names
    title, text = prompts.infos[-1]
    assert title == "Roster imported" and "added" in text
    assert screen.table.model.rowCount() == len(names)
    assert main_window.save_label.text().startswith("Saved")


def test_bad_roster_changes_nothing_and_lists_every_problem(
    qtbot: Any, main_window: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    sellers.add_seller(store, "Kept Person")
    bad = tmp_path / "roster.csv"
    bad.write_text(
        "Name,Team,Email\nAlex Stone,North,alex@example\n,South,b@example.com\nAlex Stone,North,\n",
        encoding="utf-8",
    )
    before = store.path.read_bytes()
    screen = _screen(main_window)
    prompts.file_answers.append(str(bad))
    _read_roster(qtbot, screen)
    assert [s.name for s in sellers.list_sellers(store)] == ["Kept Person"]
    assert store.path.read_bytes() == before
    panel = screen.import_errors
    assert panel.isVisible()
    rows = panel.rows()
    # the count is said once ("... was not imported (2 problems) — 2 problems" before)
    assert panel.title.text() == f"roster.csv was not imported — {len(rows)} problems"
    assert len(rows) >= 2  # every problem, one row each: where, column, what, what is right
    text = " ".join(" ".join(r) for r in rows).lower()
    assert "row" in text and "email" in text and "name" in text
    assert prompts.errors == []
    # a good file afterwards clears the list
    prompts.file_answers.append(str(ROSTERS / "europe-cp1252.csv"))
    _read_roster(qtbot, screen)
    assert not panel.isVisible()
    screen.roster_preview.reject()


def test_roster_preview_shows_new_updated_duplicates_and_asks_first(
    qtbot: Any, main_window: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    """Issue 24: who is new, updated or a possible duplicate is shown before anything is
    written; Cancel writes nothing, Import writes it all."""
    sellers.add_seller(store, "Kim Ode", team="Old")
    f = tmp_path / "hr.csv"
    f.write_text(
        "Name,Team,Email,Line manager\n"
        "Kim Ode,New,,Pat\n"
        "Ben Carter,North,ben@example.com,Pat\n"
        "ben carter,,,Pat\n",
        encoding="utf-8",
    )
    before = store.path.read_bytes()
    screen = _screen(main_window)
    prompts.file_answers.append(str(f))
    _read_roster(qtbot, screen)
    dialog = screen.roster_preview
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert rows[0][:3] == ("3, 4", "Ben Carter", "Possible duplicate — new seller"), rows
    assert "rows 3 and 4 are read as one person" in rows[0][3]
    assert rows[1][:3] == ("2", "Kim Ode", "Updated") and "team" in rows[1][3], rows
    assert "D 'Line manager'" in dialog.notes.text()
    assert "1 possible duplicate" in dialog.summary.text()
    dialog.reject()
    assert store.path.read_bytes() == before
    assert [s.name for s in sellers.list_sellers(store)] == ["Kim Ode"]
    prompts.file_answers.append(str(f))
    _read_roster(qtbot, screen)
    _accept_preview(qtbot, screen)
    assert sorted(s.name for s in sellers.list_sellers(store)) == ["Ben Carter", "Kim Ode"]
    assert prompts.infos[-1][0] == "Roster imported"


def test_cancelled_file_dialog_does_nothing(main_window: Any, prompts: Any) -> None:
    _screen(main_window).import_button.click()
    assert prompts.errors == [] and prompts.infos == []


def test_plan_a_ride_for_the_selected_seller_and_start(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    sellers.add_seller(store, "Ana Ruiz")
    sellers.add_seller(store, "Ben Ode")
    screen = _screen(main_window)
    screen.refresh()
    screen.table.view.selectRow(1)
    seller = screen.table.selected()
    screen.plan_button.click()
    dialog = screen.plan_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.seller.currentData() == seller.id
    item = dialog.focus.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: main_window.stack.currentWidget() is main_window.capture)
    ride = rides.list_rides(store)[0]
    assert (ride.seller_id, ride.focus) == (seller.id, (item.data(Qt.ItemDataRole.UserRole),))
    assert main_window.capture.ride_id == ride.id


def test_sellers_are_listed_by_name_until_a_title_is_clicked(
    main_window: Any, store: Store
) -> None:
    """The list keeps the core's order (by name, A to Z); turning sorting on no longer sorted
    it by the first column descending (Z to A)."""
    for name in ("Maya Okafor", "Ana Ruiz", "Zoe Brandt"):
        sellers.add_seller(store, name)
    screen = _screen(main_window)
    screen.refresh()
    model = screen.table.view.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Ana Ruiz", "Maya Okafor", "Zoe Brandt"]


# --- issue 18: two sellers with the same name -------------------------------------------------
def test_a_duplicate_name_is_warned_after_normalising(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    """Case, Unicode form (NFC) and zero-width characters do not make a name different."""
    from fieldride.team import sellers as core_sellers
    from ui.screens.sellers import SellerDialog, SellersScreen

    core_sellers.add_seller(store, "José Ruiz", email="jose@north.example")
    screen = SellersScreen(store, prompts)
    qtbot.addWidget(screen)
    dialog = SellerDialog(parent=screen)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("JOSE\u0301\u200b RUIZ")  # combining accent, zero-width space
    prompts.confirm_answers = [False]
    assert screen._save(dialog, None) is False  # warned, and "no" keeps the dialog open
    assert [s.name for s in core_sellers.list_sellers(store)] == ["José Ruiz"]
    prompts.confirm_answers = [True]
    dialog.fields["email"].setText("jose@south.example")
    assert screen._save(dialog, None) is True
    assert len(core_sellers.list_sellers(store)) == 2
    # editing one without changing its name warns about the other one, not itself
    ana = core_sellers.add_seller(store, "Ana Ruiz")
    prompts.confirm_answers = [False]
    edit = SellerDialog(ana, parent=screen)
    qtbot.addWidget(edit)
    edit.fields["team"].setText("North")
    assert screen._save(edit, ana) is True
    assert prompts.confirm_answers == [False]  # not asked


def test_same_name_sellers_are_told_apart_when_planning(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    from fieldride.team import sellers as core_sellers
    from ui.screens.plan_ride import PlanRideDialog

    core_sellers.add_seller(store, "Ana Ruiz", email="ana@north.example")
    core_sellers.add_seller(store, "ana ruiz", territory="South")
    core_sellers.add_seller(store, "Ben Okafor")
    dialog = PlanRideDialog(store, prompts)
    qtbot.addWidget(dialog)
    shown = sorted(dialog.seller.itemText(i) for i in range(dialog.seller.count()))
    assert shown == ["Ana Ruiz (ana@north.example)", "Ben Okafor", "ana ruiz (South)"]


def test_add_seller_dialog_stays_open_while_the_name_is_refused(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    """The Add seller button opens a window-modal dialog (not a blocking one); Save with a
    duplicate name answered "no" keeps the dialog and what was typed; "yes" saves and closes."""
    from fieldride.team import sellers as core_sellers
    from ui.screens.sellers import SellersScreen

    core_sellers.add_seller(store, "Ana Ruiz")
    screen = SellersScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.seller_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.fields["name"].setText("ana ruiz")
    dialog.fields["territory"].setText("South")
    prompts.confirm_answers = [False]
    dialog.accept()
    assert dialog.isVisible() and dialog.fields["territory"].text() == "South"
    assert len(core_sellers.list_sellers(store)) == 1
    prompts.confirm_answers = [True]
    dialog.accept()
    assert not dialog.isVisible()
    assert sorted(s.name for s in core_sellers.list_sellers(store)) == ["Ana Ruiz", "ana ruiz"]


def test_the_current_focus_row_keeps_its_check_box(qtbot: Any, store: Store, prompts: Any) -> None:
    """Seen in the Xvfb walk: the plan dialog's current focus row was drawn by the style sheet
    (a border on ::item), which hid its check box and clipped its text. The current row's box
    is drawn like every other unticked row's."""
    from PySide6.QtGui import QColor

    from fieldride.team import sellers as core_sellers
    from ui import theme
    from ui.screens.plan_ride import PlanRideDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, high_contrast=False, scheme="light")
    core_sellers.add_seller(store, "Ana Ruiz")
    dialog = PlanRideDialog(store, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus = dialog.focus
    unticked = [
        i for i in range(focus.count()) if focus.item(i).checkState() == Qt.CheckState.Unchecked
    ]
    current, other = unticked[0], unticked[-1]
    focus.setCurrentRow(current)
    image = focus.viewport().grab().toImage()

    def dark_pixels(row: int) -> int:
        rect = focus.visualItemRect(focus.item(row))
        return sum(
            QColor(image.pixel(x, y)).lightness() < 215
            for x in range(rect.left(), rect.left() + 22)
            for y in range(rect.top(), rect.bottom() + 1)
        )

    box_current, box_other = dark_pixels(current), dark_pixels(other)
    assert box_other > 20, box_other  # an unticked row's box outline is there to compare with
    assert abs(box_current - box_other) <= box_other // 4, (box_current, box_other)


def test_with_no_seller_adding_one_is_the_sellers_screens_primary_action(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    """Seen in the Xvfb walk: the empty Sellers screen showed "Plan a ride…" in bold, which
    can only end in "add a seller first". Adding a seller is the primary action until one
    exists; then planning is."""
    from fieldride.team import sellers as core_sellers
    from ui.screens.sellers import SellersScreen

    screen = SellersScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.add_button.objectName() == "primaryButton"
    assert screen.plan_button.objectName() != "primaryButton"
    core_sellers.add_seller(store, "Ana Ruiz")
    screen.refresh()
    assert screen.plan_button.objectName() == "primaryButton"
    assert screen.add_button.objectName() != "primaryButton"


def test_the_filter_stays_wide_enough_to_type_in_beside_the_buttons_in_spanish(
    qapp: Any, qtbot: Any, store: Store, prompts: Any
) -> None:
    """Seen on a Spanish walk at 1366x768: six buttons squeezed the filter to "Fi…"."""

    from tests.ui.conftest import install_test_english, window_on
    from ui import translation

    translation.install(qapp, "es")
    try:
        window = window_on(qtbot, store, prompts)
        window.resize(1366, 768)
        screen = window.show_screen("sellers")
        qapp.processEvents()
        wide = screen.search.fontMetrics().horizontalAdvance("Filtrar comerciales")
        assert screen.search.placeholderText() == "Filtrar comerciales"
        assert screen.search.width() >= wide + 40  # the placeholder whole, and room to type
    finally:
        install_test_english(qapp)
