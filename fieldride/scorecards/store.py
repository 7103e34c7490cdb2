"""Saving and reading scorecard versions in the store.

``save_scorecard`` is idempotent: saving a scorecard whose content equals its latest version
returns that version; any change makes a new version (versions are never edited, and the DB
refuses edits to a version a ride uses). Rides keep the version they were scored against.
"""

from __future__ import annotations

import json
from typing import Any

from fieldride import records
from fieldride.db import Store
from fieldride.records import DomainError
from fieldride.scorecards.model import Scorecard, ScorecardVersion


def save_scorecard(store: Store, card: Scorecard, source: str = "") -> ScorecardVersion:
    """Store ``card`` as the newest version of its scorecard (by ``card.key``), in one transaction.

    Returns the existing latest version unchanged if the content is identical.
    """
    db = store.db
    with db.atomic():
        sc = records.one(db, "SELECT id FROM scorecards WHERE key = ?", [card.key])
        if sc is None:
            scorecard_id = records.insert(db, "scorecards", {"key": card.key, "name": card.name})
            next_version = 1
        else:
            scorecard_id = int(sc["id"])
            latest = records.one(
                db,
                "SELECT id, version, content_hash FROM scorecard_versions "
                "WHERE scorecard_id = ? ORDER BY version DESC LIMIT 1",
                [scorecard_id],
            )
            if latest and latest["content_hash"] == card.content_hash():
                return get_version(store, int(latest["id"]))
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
    return get_version(store, version_id)


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
        raise DomainError("That scorecard version no longer exists.")
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
        raise DomainError(f"No scorecard with key '{key}'.")
    records.update(
        store.db,
        "scorecards",
        int(row["id"]),
        {"archived_at": records.now_utc() if archived else None},
    )
