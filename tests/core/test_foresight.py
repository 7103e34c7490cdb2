"""Plan with foresight (issue 22): the two planning warnings on real stores, each with the case
just under its threshold that must stay silent."""

from __future__ import annotations

import pytest

from fieldride import rides
from fieldride.insights import foresight
from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
from fieldride.scorecards.store import save_scorecard
from fieldride.store import Store
from fieldride.team import sellers

SCALE = tuple(Level(v, f"L{v}") for v in (1, 2, 3, 4))
DAY = "2026-06-01"


@pytest.fixture
def version_id(store: Store) -> int:
    card = Scorecard(
        key="f-card",
        name="Foresight card",
        scale=SCALE,
        sections=(
            Section("All", (Behaviour("close", "Asks for the close"), Behaviour("open", "Opens"))),
        ),
    )
    return save_scorecard(store, card).id


@pytest.fixture
def seller(store: Store) -> int:
    return sellers.add_seller(store, "Ana Ahead").id


def _ride(
    store: Store,
    seller_id: int,
    day: str,
    calls: list[tuple[str, str, int | None]],
    status: str = "done",
) -> int:
    """A ride with (kind, account, level of 'close'; None = no opportunity) per call; started
    unless ``status`` is 'planned'."""
    ride = rides.plan_ride(store, seller_id, day, scorecard_key="f-card", focus=[])
    for kind, account, level in calls:
        call = rides.add_call(store, ride.id, kind, account)
        if level is None:
            rides.mark_no_opportunity(store, call.id, "close")
        else:
            rides.rate(store, call.id, "close", level)
    if status != "planned":
        rides.start_ride(store, ride.id)
    return ride.id


def _warn(store: Store, seller: int, vid: int, kinds: tuple[str, ...]) -> list[str]:
    return [w.kind for w in foresight.plan_warnings(store, seller, vid, ["close"], kinds, DAY)]


def test_focus_with_no_opportunity_on_most_recent_calls_of_the_planned_kinds(
    store: Store, seller: int, version_id: int
) -> None:
    # Phone calls: 3 no opportunity of the last 5 marked (older ones do not count);
    # visits: rated every time.
    _ride(store, seller, "2026-01-05", [("phone_call", "Old", None), ("phone_call", "Old", None)])
    _ride(store, seller, "2026-02-05", [("phone_call", "A1", 3), ("phone_call", "A2", None)])
    _ride(store, seller, "2026-03-05", [("phone_call", "A3", None), ("visit", "A4", 3)])
    _ride(store, seller, "2026-04-05", [("phone_call", "A5", 2), ("phone_call", "A6", None)])
    warnings = foresight.plan_warnings(store, seller, version_id, ["close"], ["phone_call"], DAY)
    assert [(w.kind, w.behaviour_key, w.counted, w.of) for w in warnings] == [
        ("no_opportunity", "close", 3, 5)
    ]
    message = warnings[0].message
    assert "“Asks for the close” had no opportunity on 3 of Ana Ahead's last 5 calls" in message
    assert "phone call" in message and "more than half of the last 5" in message
    assert "choose another focus" in message
    # The same focus on visits: rated every time → silent.
    assert _warn(store, seller, version_id, ("visit",)) == []
    # A behaviour not chosen as focus is never looked at.
    assert foresight.plan_warnings(store, seller, version_id, ["open"], ["phone_call"], DAY) == []


def test_no_false_warning_at_half_or_too_few_calls(
    store: Store, seller: int, version_id: int
) -> None:
    # 2 of 4 is half, not most → silent.
    _ride(store, seller, "2026-02-05", [("phone_call", "A1", 3), ("phone_call", "A2", None)])
    _ride(store, seller, "2026-03-05", [("phone_call", "A3", None), ("phone_call", "A4", 2)])
    assert _warn(store, seller, version_id, ("phone_call",)) == []
    # Only 2 marked email calls, both no opportunity: fewer than 3 → silent.
    _ride(store, seller, "2026-03-06", [("email", "A5", None), ("email", "A6", None)])
    assert _warn(store, seller, version_id, ("email",)) == []
    # A third no-opportunity email → 3 of 3 → warns.
    _ride(store, seller, "2026-03-07", [("email", "A7", None)])
    assert _warn(store, seller, version_id, ("email",)) == ["no_opportunity"]
    # ... but not for a ride planned before the third one took place.
    before = foresight.plan_warnings(store, seller, version_id, ["close"], ["email"], "2026-03-06")
    assert before == []


def test_removed_calls_and_rides_do_not_count(store: Store, seller: int, version_id: int) -> None:
    # (A planned ride has no calls: adding one starts it, so only removals are tested here.)
    _ride(store, seller, "2026-03-05", [("email", "A", None), ("email", "B", None)])
    removed = _ride(store, seller, "2026-03-07", [("email", "D", None)])
    rides.delete_ride(store, removed)
    assert _warn(store, seller, version_id, ("email",)) == []  # 2 of 2 left: too few
    kept = _ride(store, seller, "2026-03-08", [("email", "E", None), ("visit", "F", 3)])
    assert _warn(store, seller, version_id, ("email",)) == ["no_opportunity"]  # 3 of 3
    rides.remove_call(store, rides.list_calls(store, kept)[0].id)
    assert _warn(store, seller, version_id, ("email",)) == []  # 2 of 2 left: too few


def test_last_rides_all_with_the_same_accounts(store: Store, seller: int, version_id: int) -> None:
    _ride(store, seller, "2026-01-05", [("visit", "Globex", 3)])  # older: outside the last 3
    _ride(store, seller, "2026-02-05", [("visit", "Acme", 3), ("visit", "Initech", 3)])
    _ride(store, seller, "2026-03-05", [("visit", "initech ", 3), ("phone_call", "ACME", 2)])
    _ride(store, seller, "2026-04-05", [("visit", "Acme", 2), ("visit", "Initech", 2)])
    _ride(store, seller, "2026-04-20", [("visit", "", 2)])  # no account named: not counted
    warning = foresight.same_accounts_warning(store, seller, DAY)
    assert warning is not None and (warning.counted, warning.of) == (3, 3)
    assert "Ana Ahead's last 3 rides were all with the same accounts (Acme, Initech)" in (
        warning.message
    )
    assert "Ride with other accounts this time" in warning.message
    # A new account on the latest ride → silent.
    _ride(store, seller, "2026-05-01", [("visit", "Acme", 3), ("visit", "Umbrella", 3)])
    assert foresight.same_accounts_warning(store, seller, DAY) is None


def test_no_accounts_warning_with_fewer_rides_or_different_sets(
    store: Store, seller: int, version_id: int
) -> None:
    _ride(store, seller, "2026-02-05", [("visit", "Acme", 3)])
    _ride(store, seller, "2026-03-05", [("visit", "Acme", 3)])
    assert foresight.same_accounts_warning(store, seller, DAY) is None  # only 2 rides
    _ride(store, seller, "2026-04-05", [("visit", "Acme", 3), ("visit", "Initech", 3)])
    assert foresight.same_accounts_warning(store, seller, DAY) is None  # sets differ
    assert foresight.expected_call_kinds("call_listening") == ("phone_call",)
    assert foresight.plan_warnings(store, 9999, version_id, ["close"], ["visit"], DAY) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (
            "de",
            (
                "„Asks for the close“ hatte bei 3 der letzten 3 Kundenkontakte von Ana Ahead",
                "(Telefonat oder E-Mail)",
                "wählen Sie ein anderes Fokusverhalten.",
            ),
        ),
        (
            "es",
            (
                "«Asks for the close» no tuvo ocasión en 3 de las últimas 3 interacciones de Ana",
                "(llamada o correo electrónico)",
                "elegir otro comportamiento prioritario.",
            ),
        ),
    ],
)
def test_the_warning_is_in_the_managers_language(
    store: Store, seller: int, version_id: int, code: str, words: tuple[str, ...]
) -> None:
    """The plan dialog shows the warning as the core wrote it: in the interface language."""
    from fieldride import i18n

    _ride(store, seller, "2026-02-05", [("phone_call", "A1", None), ("email", "A2", None)])
    _ride(store, seller, "2026-03-05", [("phone_call", "A3", None)])
    i18n.set_interface_language(code)
    try:
        [warning] = foresight.plan_warnings(
            store, seller, version_id, ["close"], ["phone_call", "email"], DAY
        )
    finally:
        i18n.set_interface_language("en")
    for expected in words:
        assert expected in warning.message, expected
