"""A refusal from the core shows in the manager's UI language (issue 24): the language chosen
for the UI reaches the core through ui.translation.install -> fieldride.i18n.messages(), and a
DomainError is written in it where it is raised. Real screens on a real store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride.store import Store
from fieldride.team import sellers as core_sellers
from tests.ui.conftest import install_test_english
from ui import translation


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    translation.install(qapp, "de")
    yield
    install_test_english(qapp)  # as tests/ui/conftest.py


def test_a_domain_error_in_the_sellers_screen_is_german(
    qtbot: Any, store: Store, prompts: Any, german: None
) -> None:
    from ui.screens.sellers import SellerDialog, SellersScreen

    screen = SellersScreen(store, prompts)
    qtbot.addWidget(screen)
    dialog = SellerDialog(parent=screen)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("N" * 201)
    assert screen._save(dialog, None) is False
    [(_title, text, _details)] = prompts.errors
    assert text == (
        "Der Name eines Mitarbeiters/einer Mitarbeiterin hat höchstens 200 Zeichen "
        "(dieser hat 201)."
    )
    assert core_sellers.list_sellers(store) == []


def test_the_focus_limit_in_the_plan_dialog_is_german(
    qtbot: Any, store: Store, prompts: Any, german: None
) -> None:
    from ui.screens.plan_ride import PlanRideDialog

    seller = core_sellers.add_seller(store, "Ana")
    dialog = PlanRideDialog(store, prompts, seller.id)
    qtbot.addWidget(dialog)
    dialog.show()
    for row in range(3):
        dialog.focus.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.focus_message.text() == (
        "Höchstens zwei Fokusverhalten: Wer alles coacht, coacht nichts."
    )
