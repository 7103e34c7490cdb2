"""Training events: what a seller was trained on, and when (for the training-to-execution view).

A training has a title, a date, an optional description, the behaviours it covered (scorecard
key + behaviour key, followed across scorecard versions like every trend) and the sellers who
attended. ``progress.training_effects`` compares each trained behaviour before and after it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.store import Store, parse_date
from fieldride.store import rows as records

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainingEvent:
    id: int
    uuid: str
    title: str
    held_on: str
    description: str
    behaviours: tuple[tuple[str, str], ...]  # (scorecard key, behaviour key)
    seller_ids: tuple[int, ...]


def _unique(items: list[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


def _check_behaviours(store: Store, behaviours: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """Scorecard ids for the (scorecard key, behaviour key) pairs; DomainError names the first
    unknown scorecard or behaviour (a behaviour of any version of the scorecard is accepted)."""
    out = []
    for sc_key, b_key in _unique(list(behaviours)):
        sc = records.one(store.db, "SELECT id FROM scorecards WHERE key = ?", [sc_key])
        if sc is None:
            raise DomainError(
                messages().gettext("No scorecard with key '{sc_key}'.").format(sc_key=sc_key)
            )
        known = records.one(
            store.db,
            "SELECT 1 AS x FROM behaviours b JOIN scorecard_versions v ON v.id = b.version_id "
            "WHERE v.scorecard_id = ? AND b.key = ? LIMIT 1",
            [sc["id"], b_key],
        )
        if known is None:
            raise DomainError(
                messages()
                .gettext("The scorecard '{sc_key}' has no behaviour with key '{b_key}'.")
                .format(sc_key=sc_key, b_key=b_key)
            )
        out.append((int(sc["id"]), b_key))
    return out


def _check_sellers(store: Store, seller_ids: list[int]) -> list[int]:
    out = []
    for sid in _unique(list(seller_ids)):
        if records.one(store.db, "SELECT 1 AS x FROM sellers WHERE id = ?", [sid]) is None:
            raise DomainError(messages().gettext("No seller with id {sid}.").format(sid=sid))
        out.append(int(sid))
    return out


def add_training(
    store: Store,
    title: str,
    held_on: str,
    behaviours: list[tuple[str, str]],
    seller_ids: list[int],
    description: str = "",
) -> TrainingEvent:
    """Record a training: title, date, behaviours covered (scorecard key, behaviour key) and
    attendees. One transaction: a refused training writes nothing. Raises DomainError for an
    empty title, a bad date, an unknown scorecard, behaviour or seller, or no attendee (it would
    show on no profile). A training may cover no scorecard behaviour (it is then only on the
    timeline); the UI asks for one, since the before/after view needs it. Duplicates are
    ignored."""
    if not title.strip():
        raise DomainError(messages().gettext("A training needs a title."))
    day = parse_date(held_on)
    if not seller_ids:
        raise DomainError(messages().gettext("Choose at least one seller who attended."))
    with store.db.atomic():
        checked = _check_behaviours(store, behaviours)
        sellers = _check_sellers(store, seller_ids)
        tid = records.insert(
            store.db,
            "training_events",
            {"title": title.strip(), "held_on": day, "description": description.strip()},
        )
        for scorecard_id, b_key in checked:
            records.insert(
                store.db,
                "training_behaviours",
                {"training_id": tid, "scorecard_id": scorecard_id, "behaviour_key": b_key},
            )
        for sid in sellers:
            records.insert(store.db, "training_attendees", {"training_id": tid, "seller_id": sid})
    log.info("training %d recorded (%d behaviours, %d attendees)", tid, len(checked), len(sellers))
    return get_training(store, tid)


def delete_training(store: Store, training_id: int, deleted: bool = True) -> None:
    """Remove a training (soft; ``deleted=False`` brings it back)."""
    if deleted:
        get_training(store, training_id)  # refuses an unknown id with a DomainError
    records.update(
        store.db,
        "training_events",
        training_id,
        {"deleted_at": records.now_utc() if deleted else None},
    )


def _load(store: Store, where: str, params: list[Any]) -> list[TrainingEvent]:
    rows = list(
        store.db.query(
            f"SELECT t.* FROM training_events t WHERE t.deleted_at IS NULL {where} "
            "ORDER BY t.held_on DESC, t.id DESC",
            params,
        )
    )
    if not rows:
        return []
    ids = [int(r["id"]) for r in rows]
    marks = ",".join("?" for _ in ids)
    behaviours: dict[int, list[tuple[str, str]]] = {}
    for r in store.db.query(
        f"SELECT b.training_id, s.key, b.behaviour_key FROM training_behaviours b "
        f"JOIN scorecards s ON s.id = b.scorecard_id WHERE b.training_id IN ({marks}) ORDER BY b.id",
        ids,
    ):
        behaviours.setdefault(int(r["training_id"]), []).append((r["key"], r["behaviour_key"]))
    attendees: dict[int, list[int]] = {}
    for r in store.db.query(
        f"SELECT training_id, seller_id FROM training_attendees WHERE training_id IN ({marks}) "
        "ORDER BY id",
        ids,
    ):
        attendees.setdefault(int(r["training_id"]), []).append(int(r["seller_id"]))
    return [
        TrainingEvent(
            int(r["id"]),
            r["uuid"],
            r["title"],
            r["held_on"],
            r["description"],
            tuple(behaviours.get(int(r["id"]), [])),
            tuple(attendees.get(int(r["id"]), [])),
        )
        for r in rows
    ]


def get_training(store: Store, training_id: int) -> TrainingEvent:
    found = _load(store, "AND t.id = ?", [training_id])
    if not found:
        raise DomainError(messages().gettext("That training no longer exists."))
    return found[0]


def list_trainings(store: Store, seller_id: int | None = None) -> list[TrainingEvent]:
    """Trainings, newest first (optionally only those a seller attended). Three queries."""
    if seller_id is None:
        return _load(store, "", [])
    return _load(
        store,
        "AND t.id IN (SELECT training_id FROM training_attendees WHERE seller_id = ?)",
        [seller_id],
    )
