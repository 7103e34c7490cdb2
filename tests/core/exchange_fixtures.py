"""Shared helpers for the exchange tests: managers' stores filled through the core (real SQLite
files in tmp folders), a controllable clock, and a dump of every row to compare stores."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import Store, open_store
from fieldride.store import rows as store_rows
from fieldride.team import add_seller

CARD = "discovery-depth"


class Clock:
    """A fake UTC clock for ``fieldride.store.rows.now_utc`` (every stamp the core writes):
    ``offset`` skews it (an hour behind: ``timedelta(hours=-1)``), every reading advances it by
    a millisecond so stamps stay distinct and ordered."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.offset = timedelta(0)

    def __call__(self) -> str:
        self.now += timedelta(milliseconds=1)
        stamp = self.now + self.offset
        return stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)

    @contextmanager
    def skewed(self, **kwargs: float) -> Iterator[None]:
        before = self.offset
        self.offset = timedelta(**kwargs)
        try:
            yield
        finally:
            self.offset = before


def install_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Every stamp the core writes comes from a :class:`Clock` (the ``clock`` fixture)."""
    fake = Clock(datetime(2026, 11, 2, 8, 0, tzinfo=UTC))
    monkeypatch.setattr(store_rows, "now_utc", fake)
    return fake


@dataclass
class Manager:
    store: Store
    private_text: str
    seller_notes: str


def make_manager(
    folder: Path, name: str, people: list[tuple[str, str]], day: int = 2, rides_each: int = 2
) -> Manager:
    """A manager's store: defaults installed, ``people`` (name, email) as sellers, for each
    seller ``rides_each`` rides a week apart (observed, debriefed with a commitment, the later
    ones verifying the earlier commitment, all acknowledged), a private note on each ride and
    private seller notes. Fixed text, no randomness."""
    store = open_store(folder)
    install_defaults(store)
    private = f"PRIVATE-{name}-zebra-notes"
    seller_notes = f"SELLERNOTE-{name}-walrus"
    for index, (person, email) in enumerate(people):
        seller = add_seller(
            store, person, email=email, team=f"Team {name}", notes=f"{seller_notes} {index}"
        )
        earlier: int | None = None
        for n in range(rides_each):
            when = f"2026-10-{day + 7 * n:02d}"
            ride = rides.plan_ride(store, seller.id, when, scorecard_key=CARD, manager_name=name)
            keys = [b.key for b in rides.ride_sheet(store, ride.id).behaviours]
            rides.set_focus(store, ride.id, keys[:2])
            call = rides.add_call(store, ride.id, account=f"{person} account {n}")
            for i, key in enumerate(keys[:4]):
                rides.rate(store, call.id, key, 1 + (i + n) % 4)
            rides.set_evidence(store, call.id, keys[0], f"{name} saw {person} ask why, ride {n}")
            rides.add_note(store, ride.id, f"Quick note {n} by {name}", call.id)
            debriefs.set_strength(store, ride.id, keys[0], f"Strength {n}")
            debriefs.set_gap(store, ride.id, keys[1], f"Gap {n}")
            debriefs.offer_scorecard_questions(store, ride.id)
            commitments.add_commitment(store, ride.id, keys[1], f"Commit {n} of {person}")
            if earlier is not None:
                for c in commitments.commitments_from_ride(store, earlier):
                    commitments.verify_commitment(store, c.id, ride.id, "applied", "Seen it")
            debriefs.set_private_note(store, ride.id, f"{private} about {person} {n}")
            debriefs.finish_debrief(store, ride.id)
            debriefs.acknowledge(store, ride.id, person, on=when)
            earlier = ride.id
    return Manager(store, private, seller_notes)


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the FTS shadow tables and the migration record, sorted."""
    tables = [
        str(r[0])
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' "
            "AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'"
        )
    ]
    return {
        t: sorted(store.db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables
    }


def digest(store: Store) -> str:
    return hashlib.sha256(repr(dump(store)).encode()).hexdigest()


def count(store: Store, sql: str, params: list[object] | None = None) -> int:
    return int(store.db.execute(sql, params or []).fetchone()[0])


def file_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()
