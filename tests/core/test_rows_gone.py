"""An edit whose row is gone (removed here, or by a sync from another laptop) is refused with a
sentence in the interface language that names the kind of thing (the message was English, built
from the table's name: "That quick note no longer exists." in a German window)."""

from __future__ import annotations

import pytest

from fieldride.errors import DomainError
from fieldride.i18n import set_interface_language
from fieldride.store import Store
from fieldride.store import rows as records


@pytest.mark.parametrize(
    ("code", "table", "said"),
    [
        ("en", "quick_notes", "That quick note no longer exists."),
        ("de", "quick_notes", "Diese Schnellnotiz existiert nicht mehr."),
        ("de", "rides", "Diese Begleitung existiert nicht mehr."),
        ("es", "self_ratings", "Esa autoevaluación ya no existe."),
        ("de", "training_events", "Dieser Eintrag existiert nicht mehr."),  # no sentence of its own
    ],
)
def test_an_edit_of_a_row_that_is_gone_says_so_in_the_interface_language(
    store: Store, code: str, table: str, said: str
) -> None:
    set_interface_language(code)
    try:
        with pytest.raises(DomainError) as err:
            records.update(store.db, table, 987_654, {"updated_at": "x"})
    finally:
        set_interface_language("en")
        store.db.rollback()
    assert str(err.value) == said
