"""Full-text search: kept in sync on every write, safe for any typed text, results that say
where the match is and open the ride there."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.search import full_text as search
from fieldride.store import Store
from fieldride.team import sellers


@pytest.fixture
def ride(store: Store) -> rides.Ride:
    seller = sellers.add_seller(store, "Zofia Łukaszewska")
    return rides.plan_ride(store, seller.id, date(2026, 3, 2), scorecard_key="field-visit")


def test_evidence_found_with_call_and_behaviour(store: Store, ride: rides.Ride) -> None:
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.set_evidence(store, call.id, "discovery", "Asked about the warehouse backlog twice.")
    results = search.search(store, "warehouse")
    assert len(results.hits) == 1
    hit = results.hits[0]
    assert (hit.kind, hit.ride_id, hit.call_id, hit.behaviour_key) == (
        "evidence",
        ride.id,
        call.id,
        "discovery",
    )
    assert hit.seller_name == "Zofia Łukaszewska" and hit.ride_date == "2026-03-02"
    assert "Harbour Foods" in hit.where and "Call 1" in hit.where
    assert f"{search.HIT_START}warehouse{search.HIT_END}" in hit.snippet
    assert "warehouse" in hit.snippet_text and search.HIT_START not in hit.snippet_text


@pytest.mark.parametrize(
    ("code", "places"),
    [
        (
            "de",
            {
                "Beobachtung · Kontakt 1 · Harbour Foods · ",
                "Schnellnotiz",
                "Nachbesprechung · Stärke",
                "Nachbesprechung · Frage",
                "Prüfung der Vereinbarung · umgesetzt",
                "Private Notiz (nur Sie)",
            },
        ),
        (
            "es",
            {
                "Evidencia · Interacción 1 · Harbour Foods · ",
                "Nota rápida",
                "Conversación de feedback · Fortaleza",
                "Conversación de feedback · Pregunta",
                "Revisión del compromiso · aplicado",
                "Nota privada (solo usted)",
            },
        ),
    ],
)
def test_where_a_hit_was_found_is_said_in_the_interface_language(
    store: Store, ride: rides.Ride, code: str, places: set[str]
) -> None:
    from fieldride import i18n

    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.set_evidence(store, call.id, "discovery", "zebra evidence")
    rides.add_note(store, ride.id, "zebra note")
    debriefs.set_strength(store, ride.id, "listening", "zebra strength")
    debriefs.add_question(store, ride.id, "What would a zebra ask?", "discovery")
    debriefs.set_private_note(store, ride.id, "zebra private")
    c = commitments.add_commitment(store, ride.id, "discovery", "other words", "2026-03-20")
    later = rides.plan_ride(store, ride.seller_id, date(2026, 3, 16), scorecard_key="field-visit")
    commitments.verify_commitment(store, c.id, later.id, "applied", "zebra verified")
    i18n.set_interface_language(code)
    try:
        where = {h.where for h in search.search(store, "zebra").hits}
    finally:
        i18n.set_interface_language("en")
    for place in places:
        assert any(w.startswith(place) for w in where), (place, where)


def test_index_follows_edits_and_removals(store: Store, ride: rides.Ride) -> None:
    call = rides.add_call(store, ride.id, "visit", "Acme")
    rides.set_evidence(store, call.id, "discovery", "first wording")
    assert search.search(store, "first").hits
    rides.set_evidence(store, call.id, "discovery", "second wording")
    assert not search.search(store, "first").hits
    assert search.search(store, "second").hits
    rides.remove_call(store, call.id)
    assert not search.search(store, "second").hits
    note = rides.add_note(store, ride.id, "Parking behind the depot")
    assert search.search(store, "depot").hits[0].kind == "note"
    rides.delete_note(store, note.id)
    assert not search.search(store, "depot").hits


def test_every_kind_is_searchable_and_private_is_labelled(store: Store, ride: rides.Ride) -> None:
    call = rides.add_call(store, ride.id, "visit", "Acme")
    rides.rate(store, call.id, "discovery", 2)
    debriefs.set_strength(store, ride.id, "listening", "lion strength")
    debriefs.set_gap(store, ride.id, "discovery", "zebra gap")
    q = debriefs.add_question(store, ride.id, "What would a zebra ask?", "discovery")
    debriefs.update_question(store, q.id, answer="zebra answer")
    debriefs.set_private_note(store, ride.id, "zebra private")
    c = commitments.add_commitment(store, ride.id, "discovery", "zebra commitment", "2026-03-20")
    later = rides.plan_ride(store, ride.seller_id, date(2026, 3, 16), scorecard_key="field-visit")
    commitments.verify_commitment(store, c.id, later.id, "applied", "zebra verified")
    hits = search.search(store, "zebra").hits
    kinds = sorted(h.kind for h in hits)
    assert kinds == sorted(["debrief", "question", "private", "commitment", "verification"])
    assert {h.where for h in hits} >= {"Debrief · Gap"}
    assert search.search(store, "lion").hits[0].where == "Debrief · Strength"
    private = next(h for h in hits if h.kind == "private")
    assert private.private and "Private" in private.where
    assert not any(h.private for h in search.search(store, "zebra", include_private=False).hits)
    verification = next(h for h in hits if h.kind == "verification")
    assert verification.ride_id == later.id and "applied" in verification.where
    assert hits[0].ride_date == "2026-03-16"  # newest first


AWKWARD_EVIDENCE = "Said NOT now and OR later; col x near a phrase, unclosed door 💥"


@pytest.fixture
def awkward(store: Store, ride: rides.Ride) -> rides.Call:
    call = rides.add_call(store, ride.id, "visit", "Acme")
    rides.set_evidence(store, call.id, "discovery", AWKWARD_EVIDENCE)
    return call


@pytest.mark.parametrize(
    ("text", "found"),
    [('"', 0), ("*", 0), ("AND", 1), ("OR", 1), ("NOT", 1), ("-", 0), ("--", 0), ('a"b', 0),
     ("NEAR(", 1), ("(", 0), (")", 0), (":", 0), ("^", 0), ("col:x", 1), ("'", 0),
     ("a AND", 1), ("-x", 0), ("\x00", 0), ("💥", 0), ("Łukaszewska*", 0),
     ('"unclosed phrase', 0), ('"unclosed door', 1), ("   ", 0), ("", 0)],
)  # fmt: skip
def test_awkward_text_is_searched_as_words(
    store: Store, awkward: rides.Call, text: str, found: int
) -> None:
    """Operators, quotes and punctuation typed by a user are words or nothing, never FTS syntax
    errors: "AND" finds the word "and", "-x" excludes x (nothing left to find)."""
    results = search.search(store, text)
    assert results.text == text
    assert len(results.hits) == found, results.match
    assert all(h.call_id == awkward.id for h in results.hits)
    if results.match is None:
        assert results.hits == ()


WORDS = ["said", "now", "later", "near", "phrase", "unclosed", "door", "col"]
NOISE = st.text(alphabet=st.sampled_from(list("\"*()^:'- ")), max_size=4)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=40))
def test_any_text_builds_a_valid_query(store: Store, awkward: rides.Call, text: str) -> None:
    results = search.search(store, text)
    assert results.text == text
    assert len(results.hits) <= 1  # one record holds text; nothing else can match
    if results.match is None:
        assert results.hits == ()


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(word=st.sampled_from(WORDS), before=NOISE, after=NOISE)
def test_a_word_wrapped_in_punctuation_is_still_found(
    store: Store, awkward: rides.Call, word: str, before: str, after: str
) -> None:
    text = f"{before.replace('-', '')}{word.upper()}{after}"
    hits = search.search(store, text).hits
    assert [h.call_id for h in hits] == [awkward.id], text


def test_query_language(store: Store, ride: rides.Ride) -> None:
    call = rides.add_call(store, ride.id, "visit", "Acme")
    rides.set_evidence(store, call.id, "discovery", "Agreed the next step with the buyer.")
    rides.set_evidence(store, call.id, "listening", "Next time ask the buyer about price.")
    assert len(search.search(store, "buyer").hits) == 2
    assert len(search.search(store, '"next step"').hits) == 1
    assert len(search.search(store, "buyer -price").hits) == 1
    assert len(search.search(store, "buy").hits) == 2  # last word is a prefix while typing
    assert len(search.search(store, "buy ").hits) == 0  # finished word: exact
    assert search.build_match('AND "x') == '"AND" AND "x"'
    assert search.build_match("-only") is None
    assert search.search(store, "***").match is None


def test_seller_filter_and_limit(store: Store, ride: rides.Ride) -> None:
    other = sellers.add_seller(store, "Other")
    r2 = rides.plan_ride(store, other.id, date(2026, 3, 3), scorecard_key="field-visit")
    for r in (ride, r2):
        for i in range(3):
            rides.add_note(store, r.id, f"walrus {i}")
    assert len(search.search(store, "walrus").hits) == 6
    assert {h.seller_id for h in search.search(store, "walrus", seller_id=other.id).hits} == {
        other.id
    }
    limited = search.search(store, "walrus", limit=4)
    assert len(limited.hits) == 4 and limited.truncated
