"""Saving and reading scorecard versions in the store.

``save_scorecard`` is idempotent: saving a scorecard whose content equals its latest version
returns that version; any change makes a new version (versions are never edited, and the DB
refuses edits to a version a ride uses). Rides keep the version they were scored against.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, NamedTuple

from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.scorecards.model import Scorecard, ScorecardVersion
from fieldride.scorecards.scoring import Weights, weights_from
from fieldride.store import Store
from fieldride.store import rows as records


class SaveOutcome(StrEnum):
    """What saving a scorecard did (shown after an import)."""

    NEW_SCORECARD = "new scorecard"
    NEW_VERSION = "new version"
    UNCHANGED = "unchanged"


class SaveResult(NamedTuple):
    version: ScorecardVersion
    outcome: SaveOutcome

    def describe(self) -> str:
        """E.g. ``"New version 3 of 'Discovery depth' (discovery-depth)."``, in the interface
        language."""
        v, t = self.version, messages()
        if self.outcome is SaveOutcome.NEW_SCORECARD:
            text = t.gettext("New scorecard '{name}' ({key}), version {version}.")
        elif self.outcome is SaveOutcome.NEW_VERSION:
            text = t.gettext("New version {version} of '{name}' ({key}).")
        else:
            text = t.gettext(
                "'{name}' ({key}) is unchanged: version {version} already has this content."
            )
        return text.format(name=v.name, key=v.key, version=v.version)


def save_scorecard(store: Store, card: Scorecard, source: str = "") -> ScorecardVersion:
    """Store ``card`` as the newest version of its scorecard (by ``card.key``), in one transaction.

    Returns the existing latest version unchanged if the content is identical.
    """
    return save_scorecard_reporting(store, card, source).version


def save_scorecard_reporting(store: Store, card: Scorecard, source: str = "") -> SaveResult:
    """Like :func:`save_scorecard`, also saying whether it made a new scorecard, a new version,
    or nothing (same content as the latest version). One transaction."""
    db = store.db
    with db.atomic():
        sc = records.one(db, "SELECT id FROM scorecards WHERE key = ?", [card.key])
        if sc is None:
            scorecard_id = records.insert(db, "scorecards", {"key": card.key, "name": card.name})
            next_version = 1
            outcome = SaveOutcome.NEW_SCORECARD
        else:
            outcome = SaveOutcome.NEW_VERSION
            scorecard_id = int(sc["id"])
            latest = records.one(
                db,
                "SELECT id, version, content_hash FROM scorecard_versions "
                "WHERE scorecard_id = ? ORDER BY version DESC LIMIT 1",
                [scorecard_id],
            )
            if latest and latest["content_hash"] == card.content_hash():
                return SaveResult(get_version(store, int(latest["id"])), SaveOutcome.UNCHANGED)
            next_version = int(latest["version"]) + 1 if latest else 1
            records.update(db, "scorecards", scorecard_id, {"name": card.name, "archived_at": None})
        version_id = records.insert(
            db,
            "scorecard_versions",
            {
                "scorecard_id": scorecard_id,
                "version": next_version,
                "name": card.name,
                "description": card.description,
                "source": source,
                "content_hash": card.content_hash(),
                "definition": json.dumps(card.to_dict(), ensure_ascii=False),
            },
        )
        for level in card.scale:
            records.insert(
                db,
                "scale_levels",
                {
                    "version_id": version_id,
                    "value": level.value,
                    "label": level.label,
                    "description": level.description,
                },
            )
        position = 0
        for s_pos, section in enumerate(card.sections):
            section_id = records.insert(
                db,
                "sections",
                {"version_id": version_id, "title": section.title, "position": s_pos},
            )
            for b in section.behaviours:
                records.insert(
                    db,
                    "behaviours",
                    {
                        "version_id": version_id,
                        "section_id": section_id,
                        "key": b.key,
                        "title": b.title,
                        "good": b.good,
                        "look_fors": json.dumps(list(b.look_fors), ensure_ascii=False),
                        "questions": json.dumps(list(b.questions), ensure_ascii=False),
                        "weight": b.weight,
                        "position": position,
                    },
                )
                position += 1
    return SaveResult(get_version(store, version_id), outcome)


def _version_from_row(store: Store, row: dict[str, Any]) -> ScorecardVersion:
    card = Scorecard.from_dict(json.loads(row["definition"]))
    ids = {
        r["key"]: int(r["id"])
        for r in store.db.query("SELECT id, key FROM behaviours WHERE version_id = ?", [row["id"]])
    }
    return ScorecardVersion(
        id=int(row["id"]),
        scorecard_id=int(row["scorecard_id"]),
        uuid=row["uuid"],
        version=int(row["version"]),
        card=card,
        source=row["source"],
        created_at=row["created_at"],
        archived=row["archived_at"] is not None,
        behaviour_ids=ids,
    )


_VERSION_SQL = (
    "SELECT v.*, s.archived_at FROM scorecard_versions v JOIN scorecards s ON s.id = v.scorecard_id"
)


def get_version(store: Store, version_id: int) -> ScorecardVersion:
    row = records.one(store.db, f"{_VERSION_SQL} WHERE v.id = ?", [version_id])
    if row is None:
        raise DomainError(messages().gettext("That scorecard version no longer exists."))
    return _version_from_row(store, row)


def latest_version(store: Store, key: str) -> ScorecardVersion | None:
    row = records.one(
        store.db,
        f"{_VERSION_SQL} WHERE s.key = ? ORDER BY v.version DESC LIMIT 1",
        [key],
    )
    return _version_from_row(store, row) if row else None


def list_latest(store: Store, include_archived: bool = False) -> list[ScorecardVersion]:
    """The latest version of every scorecard, by name."""
    where = "" if include_archived else "WHERE s.archived_at IS NULL"
    rows = store.db.query(
        f"""{_VERSION_SQL} {where} {"AND" if where else "WHERE"} v.version = (
              SELECT max(version) FROM scorecard_versions WHERE scorecard_id = v.scorecard_id)
            ORDER BY v.name COLLATE NOCASE"""
    )
    return [_version_from_row(store, r) for r in rows]


def versions_of(store: Store, key: str) -> list[ScorecardVersion]:
    """Every version of one scorecard, newest first."""
    rows = store.db.query(f"{_VERSION_SQL} WHERE s.key = ? ORDER BY v.version DESC", [key])
    return [_version_from_row(store, r) for r in rows]


def version_in_use(store: Store, version_id: int) -> bool:
    return (
        records.one(
            store.db,
            "SELECT 1 AS x FROM rides WHERE scorecard_version_id = ? LIMIT 1",
            [version_id],
        )
        is not None
    )


def archive_scorecard(store: Store, key: str, archived: bool = True) -> None:
    row = records.one(store.db, "SELECT id FROM scorecards WHERE key = ?", [key])
    if row is None:
        raise DomainError(messages().gettext("No scorecard with key '{key}'.").format(key=key))
    records.update(
        store.db,
        "scorecards",
        int(row["id"]),
        {"archived_at": records.now_utc() if archived else None},
    )


def rides_per_version(store: Store, key: str) -> dict[int, int]:
    """How many rides (not deleted) use each version of scorecard ``key``: {version id: count}."""
    rows = store.db.query(
        """SELECT v.id AS id, count(r.id) AS n FROM scorecard_versions v
           JOIN scorecards s ON s.id = v.scorecard_id
           LEFT JOIN rides r ON r.scorecard_version_id = v.id AND r.deleted_at IS NULL
           WHERE s.key = ? GROUP BY v.id""",
        [key],
    )
    return {int(r["id"]): int(r["n"]) for r in rows}


def duplicate_scorecard(store: Store, key: str) -> ScorecardVersion:
    """Copy the latest version of ``key`` as a new scorecard: key ``<key>-copy`` (``-copy-2``,
    ... if taken), name ``"<name> (copy)"``, version 1. Raises DomainError if ``key`` is unknown."""
    latest = latest_version(store, key)
    if latest is None:
        raise DomainError(messages().gettext("No scorecard with key '{key}'.").format(key=key))
    base = f"{key[:55]}-copy"
    new_key, n = base, 1
    while records.one(store.db, "SELECT id FROM scorecards WHERE key = ?", [new_key]):
        n += 1
        new_key = f"{base}-{n}"
    card = latest.card._replace(key=new_key, name=f"{latest.card.name} (copy)")
    return save_scorecard(store, card, source=f"copy of {key} v{latest.version}")


def version_weights(store: Store, version_ids: Iterable[int]) -> dict[int, Weights]:
    """The weights of each scorecard version (``scoring.weights_from``: None for an unweighted
    version), read in one query. An unknown id maps to None (unweighted)."""
    wanted = sorted(set(version_ids))
    pairs: dict[int, list[tuple[str, float | None]]] = {vid: [] for vid in wanted}
    if wanted:
        for vid, key, weight in store.db.execute(
            "SELECT version_id, key, weight FROM behaviours "
            "WHERE version_id IN (SELECT value FROM json_each(?))",
            [json.dumps(wanted)],
        ):
            pairs[int(vid)].append((key, weight))
    return {vid: weights_from(p) for vid, p in pairs.items()}
