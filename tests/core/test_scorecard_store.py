"""Scorecard storage: immutable versions, import outcomes, duplicate, archive, bundled defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride.errors import DomainError
from fieldride.resources import resource_path
from fieldride.scorecards.defaults import default_files, install_defaults
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.store import (
    SaveOutcome,
    archive_scorecard,
    duplicate_scorecard,
    latest_version,
    list_latest,
    rides_per_version,
    save_scorecard_reporting,
    versions_of,
)
from fieldride.settings import get_setting, set_setting
from fieldride.store import Store

EXPECTED_DEFAULTS = {
    "field-visit",
    "discovery-depth",
    "qualification-discipline",
    "next-step-control",
    "stakeholder-mapping",
    "messaging-consistency",
    "objection-handling",
}


def test_every_bundled_scorecard_is_complete() -> None:
    cards = [load_scorecard(p) for p in default_files()]
    assert {c.key for c in cards} == EXPECTED_DEFAULTS
    for card in cards:
        assert [(lv.value, lv.label) for lv in card.scale] == [
            (1, "Not yet"),
            (2, "Developing"),
            (3, "Proficient"),
            (4, "Role model"),
        ], card.key
        assert all(lv.description for lv in card.scale)
        assert card.description
        assert 4 <= len(card.behaviours()) <= 8, card.key
        assert len(card.sections) >= 2, card.key
        for b in card.behaviours():
            assert b.good and len(b.look_fors) >= 2, (card.key, b.key)
            assert len(b.questions) >= 3, (card.key, b.key)
            assert all(q.endswith("?") for q in b.questions), (card.key, b.key)


def test_defaults_installed_on_first_run(store: Store) -> None:
    assert {v.key for v in list_latest(store)} == EXPECTED_DEFAULTS
    assert install_defaults(store) == []  # idempotent


def test_new_bundled_file_installed_for_an_old_store(store: Store) -> None:
    """A store from the first release (setting True) gets the files added since, once."""
    store.db.execute("DELETE FROM settings WHERE key = 'defaults_installed'")
    set_setting(store, "defaults_installed", True)
    before = len(versions_of(store, "discovery-depth"))
    install_defaults(store)  # keys already present: nothing new is written
    assert len(versions_of(store, "discovery-depth")) == before
    assert sorted(get_setting(store, "defaults_installed")) == sorted(
        p.name for p in default_files()
    )


def test_import_outcomes_and_immutable_versions(store: Store, tmp_path: Path) -> None:
    card = load_scorecard(resource_path("scorecards", "field-visit.yaml"))
    new = card._replace(key="my-card", name="My card")
    first = save_scorecard_reporting(store, new, "my.yaml")
    assert first.outcome is SaveOutcome.NEW_SCORECARD and first.version.version == 1
    assert first.describe() == "New scorecard 'My card' (my-card), version 1."
    same = save_scorecard_reporting(store, new, "my.yaml")
    assert same.outcome is SaveOutcome.UNCHANGED and same.version.id == first.version.id
    assert "unchanged" in same.describe()
    changed = new._replace(description="Now with a description")
    second = save_scorecard_reporting(store, changed, "my.yaml")
    assert second.outcome is SaveOutcome.NEW_VERSION and second.version.version == 2
    assert [v.version for v in versions_of(store, "my-card")] == [2, 1]
    assert versions_of(store, "my-card")[1].card == new  # the old version is untouched
    assert rides_per_version(store, "my-card") == {first.version.id: 0, second.version.id: 0}


def test_rides_keep_their_version(demo_store: Store) -> None:
    used = {
        r["scorecard_version_id"]
        for r in demo_store.db.query("SELECT DISTINCT scorecard_version_id FROM rides")
    }
    version = next(v for v in list_latest(demo_store) if v.id in used)
    counts = rides_per_version(demo_store, version.key)
    assert counts[version.id] > 0
    changed = version.card._replace(name=version.card.name + " v2")
    result = save_scorecard_reporting(demo_store, changed)
    assert result.outcome is SaveOutcome.NEW_VERSION
    still = demo_store.db.execute(
        "SELECT count(*) FROM rides WHERE scorecard_version_id = ?", [version.id]
    ).fetchone()[0]
    assert still == counts[version.id]


def test_duplicate_and_archive(store: Store) -> None:
    copy = duplicate_scorecard(store, "field-visit")
    assert copy.key == "field-visit-copy"
    assert copy.name == "Field visit essentials (copy)"
    assert copy.version == 1
    original = latest_version(store, "field-visit")
    assert original is not None
    assert copy.card.sections == original.card.sections
    assert duplicate_scorecard(store, "field-visit").key == "field-visit-copy-2"
    archive_scorecard(store, "field-visit-copy")
    assert "field-visit-copy" not in {v.key for v in list_latest(store)}
    assert "field-visit-copy" in {v.key for v in list_latest(store, include_archived=True)}
    archive_scorecard(store, "field-visit-copy", archived=False)
    assert "field-visit-copy" in {v.key for v in list_latest(store)}
    with pytest.raises(DomainError):
        duplicate_scorecard(store, "nope")


def test_settings_keys_are_declared(store: Store) -> None:
    """Every key the settings table holds is declared with its default; a typo is an error,
    not a silently stored orphan."""
    from fieldride.settings import DEFAULTS, all_settings, get_setting, set_setting

    with pytest.raises(KeyError, match="not a declared setting"):
        set_setting(store, "manager_nmae", "Ann")
    with pytest.raises(KeyError, match="not a declared setting"):
        get_setting(store, "high_contrast")  # UI state: ui/settings.py keeps it
    assert set(all_settings(store)) == set(DEFAULTS)
    from fieldride import rides
    from fieldride.team import sellers

    seller = sellers.add_seller(store, "Ann Lee")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    rides.save_note_draft(store, ride.id, "half a thought")
    assert set(all_settings(store)) == set(DEFAULTS)  # a draft is not an output setting
    assert get_setting(store, "defaults_installed")  # written by install_defaults
