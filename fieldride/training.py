"""Training events: what a seller was trained on, and when (for the training-to-execution view)."""

from __future__ import annotations

from dataclasses import dataclass

from fieldride import records
from fieldride.db import Store
from fieldride.records import DomainError
from fieldride.rides import _parse_date


@dataclass(frozen=True)
class TrainingEvent:
    id: int
    uuid: str
    title: str
    held_on: str
    description: str
    behaviours: tuple[tuple[str, str], ...]  # (scorecard key, behaviour key)
    seller_ids: tuple[int, ...]


def add_training(
    store: Store,
    title: str,
    held_on: str,
    behaviours: list[tuple[str, str]],
    seller_ids: list[int],
    description: str = "",
) -> TrainingEvent:
    """Record a training: title, date, behaviours covered (scorecard key, behaviour key) and
    attendees. One transaction; raises DomainError for an empty title, bad date or unknown
    scorecard."""
    if not title.strip():
        raise DomainError("A training needs a title.")
    day = _parse_date(held_on)
    with store.db.atomic():
        tid = records.insert(
            store.db,
            "training_events",
            {"title": title.strip(), "held_on": day, "description": description},
        )
        for sc_key, b_key in behaviours:
            sc = records.one(store.db, "SELECT id FROM scorecards WHERE key = ?", [sc_key])
            if sc is None:
                raise DomainError(f"No scorecard with key '{sc_key}'.")
            records.insert(
                store.db,
                "training_behaviours",
                {"training_id": tid, "scorecard_id": sc["id"], "behaviour_key": b_key},
            )
        for sid in seller_ids:
            records.insert(store.db, "training_attendees", {"training_id": tid, "seller_id": sid})
    return get_training(store, tid)


def get_training(store: Store, training_id: int) -> TrainingEvent:
    row = records.one(
        store.db, "SELECT * FROM training_events WHERE id = ? AND deleted_at IS NULL", [training_id]
    )
    if row is None:
        raise DomainError("That training no longer exists.")
    behaviours = tuple(
        (r["key"], r["behaviour_key"])
        for r in store.db.query(
            "SELECT s.key, b.behaviour_key FROM training_behaviours b "
            "JOIN scorecards s ON s.id = b.scorecard_id WHERE b.training_id = ? ORDER BY b.id",
            [training_id],
        )
    )
    sellers = tuple(
        int(r["seller_id"])
        for r in store.db.query(
            "SELECT seller_id FROM training_attendees WHERE training_id = ? ORDER BY id",
            [training_id],
        )
    )
    return TrainingEvent(
        int(row["id"]),
        row["uuid"],
        row["title"],
        row["held_on"],
        row["description"],
        behaviours,
        sellers,
    )


def list_trainings(store: Store, seller_id: int | None = None) -> list[TrainingEvent]:
    """Trainings, newest first (optionally only those a seller attended)."""
    if seller_id is None:
        rows = store.db.query(
            "SELECT id FROM training_events WHERE deleted_at IS NULL ORDER BY held_on DESC"
        )
    else:
        rows = store.db.query(
            "SELECT t.id FROM training_events t JOIN training_attendees a ON a.training_id = t.id "
            "WHERE a.seller_id = ? AND t.deleted_at IS NULL ORDER BY t.held_on DESC",
            [seller_id],
        )
    return [get_training(store, int(r["id"])) for r in rows]
