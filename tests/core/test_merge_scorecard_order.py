"""Scorecard versions arriving by merge take their place by age (issue 21, a known gap of the
last session): older content merged into a store that has newer content of the same scorecard
is numbered below it and never becomes the latest version (what new rides and the reviews use);
rides keep the version they were scored against."""

from __future__ import annotations

from pathlib import Path

from fieldride.exchange import Outcome, merge_scorecard_unit
from fieldride.exchange.units import ScorecardUnit
from fieldride.scorecards.model import Scorecard
from fieldride.scorecards.store import latest_version, save_scorecard, versions_of
from fieldride.store import open_store

KEY = "order-test"


def _card(name: str, description: str) -> Scorecard:
    return Scorecard.from_dict(
        {
            "key": KEY,
            "name": name,
            "description": description,
            "scale": [{"value": 1, "label": "Not yet"}, {"value": 2, "label": "There"}],
            "sections": [
                {
                    "title": "Discovery",
                    "behaviours": [{"key": "asks", "title": "Asks why"}],
                }
            ],
        }
    )


def _unit(card: Scorecard, created_at: str) -> ScorecardUnit:
    return ScorecardUnit(KEY, card.name, card.content_hash(), card.to_dict(), created_at=created_at)


def test_older_content_merged_never_becomes_the_latest(tmp_path: Path) -> None:
    old, mid, new = (
        _card("Order test (2024)", "first"),
        _card("Order test (2025)", "second"),
        _card("Order test (2026)", "third"),
    )
    with open_store(tmp_path / "here") as store:
        save_scorecard(store, new, source="made here")  # the newest content, made now
        assert latest_version(store, KEY).card.content_hash() == new.content_hash()
        for card, made in ((old, "2024-03-01T09:00:00Z"), (mid, "2025-03-01T09:00:00Z")):
            got = merge_scorecard_unit(store, _unit(card, made))
            assert got.outcome == Outcome.NEW
        latest = latest_version(store, KEY)
        assert latest is not None and latest.card.content_hash() == new.content_hash()
        assert latest.name == "Order test (2026)"
        order = [(v.version, v.card.description) for v in versions_of(store, KEY)]
        assert order == [(3, "third"), (2, "second"), (1, "first")], order
        # Content newer than everything here still becomes the latest.
        newest = _card("Order test (2027)", "fourth")
        merge_scorecard_unit(store, _unit(newest, "2099-01-01T00:00:00Z"))
        assert latest_version(store, KEY).card.description == "fourth"
        assert len(versions_of(store, KEY)) == 4
