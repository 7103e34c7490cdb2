"""A ride's history (issue 24): the words FieldRide writes into the trail (field names,
added/removed, 'not verified', the capture counts, the part changed) are shown in the
reader's language, on screen (the interface language) and in the development report (the
document's language); what the manager typed stays as typed. A real store, a real reopened
ride, real edits through the core."""

from __future__ import annotations

from datetime import date

import pytest

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.i18n import language
from fieldride.reports.data import seller_report_data
from fieldride.store import Store
from tests.core.reports_fixtures import typical_ride

NEW_GAP = "Left the second and third calls without a dated next step."
ADDED = "Confirm the next step in writing the same day."

WANT = {
    "de": [
        ("Wieder geöffnet", "Kundin hat widersprochen"),
        ("Geändert: Nachbesprechung", "Beobachtung zum Entwicklungsfeld: '"),
        ("Geändert: Vereinbarung", f"hinzugefügt: {ADDED}"),
        ("Geändert: Vereinbarung", "Fälligkeit: '"),
        ("Geändert: Vereinbarung", f"entfernt: {ADDED}"),
        ("Geändert: Beobachtung", "1 Bewertung oder Beobachtung"),
    ],
    "es": [
        ("Reabierto", "Kundin hat widersprochen"),
        ("Cambiado: conversación de feedback", "evidencia del área de mejora: '"),
        ("Cambiado: compromiso", f"añadido: {ADDED}"),
        ("Cambiado: compromiso", "fecha límite: '"),
        ("Cambiado: compromiso", f"quitado: {ADDED}"),
        ("Cambiado: observación", "1 valoración o evidencia"),
    ],
}


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_history_details_are_in_the_reader_language(store: Store, code: str) -> None:
    ride_id = typical_ride(store, seller_name="Maya Okafor")
    ride = rides.get_ride(store, ride_id)
    debriefs.reopen_ride(store, ride_id, "Kundin hat widersprochen")
    debriefs.set_gap(store, ride_id, "next-step", NEW_GAP)
    made = commitments.add_commitment(store, ride_id, "next-step", ADDED, "2026-04-01")
    commitments.edit_commitment(store, made.id, due_date="2026-04-08")
    commitments.remove_commitment(store, made.id)
    call = rides.list_calls(store, ride_id)[0]
    rides.rate(store, call.id, "next-step", 1)
    debriefs.acknowledge(store, ride_id, "Maya Okafor", on="2026-03-11")

    t = language(code)
    words = [debriefs.entry_words(e, t) for e in debriefs.audit_trail(store, ride_id)]
    for what, part in WANT[code]:
        assert any(w == what and part in d for w, d in words), (what, part, words)
    assert any(NEW_GAP[:40] in d for _w, d in words)  # typed text as typed
    english = ("gap evidence", "added:", "removed:", "due date", "rating or evidence")
    assert not any(e in d for _w, d in words for e in english), words
    # the development report, in the document's language
    data = seller_report_data(store, ride.seller_id, today=date(2026, 3, 12), lang=t)
    details = " | ".join(h.detail for h in data.history)
    assert WANT[code][1][1] in details and "gap evidence" not in details, details
