"""A scorecard's behaviours across all its versions (:func:`scorecard_shape`,
:class:`ScorecardShape`, :class:`BehaviourInfo`) and the scorecards a seller's rides used
(:func:`seller_scorecards`).

Part of :mod:`fieldride.insights`. Behaviours are
followed across versions by their stable key; an unknown scorecard key gives None.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldride.scorecards.model import Level
from fieldride.store import Store
from fieldride.store import rows as records


@dataclass(frozen=True)
class BehaviourInfo:
    """A behaviour of a scorecard, followed by key over all its versions.

    ``title`` comes from the newest version holding the key; ``versions`` lists the version
    numbers that contain it; ``in_latest`` is False for a behaviour later versions dropped.
    """

    key: str
    title: str
    versions: tuple[int, ...]
    in_latest: bool


@dataclass(frozen=True)
class ScorecardShape:
    id: int
    key: str
    name: str
    latest_version: int
    scale: tuple[Level, ...]
    behaviours: tuple[BehaviourInfo, ...]
    keys_by_version_id: dict[int, frozenset[str]] = field(default_factory=dict)

    def title(self, key: str) -> str:
        return next((b.title for b in self.behaviours if b.key == key), key)

    def level_label(self, value: float | None) -> str:
        """Label of the scale level nearest to ``value`` ('' for None)."""
        if value is None or not self.scale:
            return ""
        nearest = min(self.scale, key=lambda lv: abs(lv.value - value))
        return nearest.label


def scorecard_shape(store: Store, scorecard_key: str) -> ScorecardShape | None:
    """Behaviours of every version of a scorecard (latest version's order first, then dropped
    behaviours) and the latest scale; None for an unknown key."""
    card = records.one(
        store.db, "SELECT id, key, name FROM scorecards WHERE key = ?", [scorecard_key]
    )
    if card is None:
        return None
    rows = list(
        store.db.query(
            """SELECT v.id AS vid, v.version, b.key, b.title, b.position
               FROM scorecard_versions v JOIN behaviours b ON b.version_id = v.id
               WHERE v.scorecard_id = ? ORDER BY v.version DESC, b.position""",
            [card["id"]],
        )
    )
    latest = records.one(
        store.db,
        "SELECT id, version FROM scorecard_versions WHERE scorecard_id = ? "
        "ORDER BY version DESC LIMIT 1",
        [card["id"]],
    )
    latest_version = int(latest["version"]) if latest else 0
    scale = tuple(
        Level(int(r["value"]), r["label"], r["description"])
        for r in store.db.query(
            "SELECT value, label, description FROM scale_levels WHERE version_id = ? ORDER BY value",
            [latest["id"] if latest else -1],
        )
    )
    titles: dict[str, str] = {}
    versions: dict[str, list[int]] = {}
    by_vid: dict[int, set[str]] = {}
    for r in rows:  # newest version first: the first title seen is the newest
        titles.setdefault(r["key"], r["title"])
        versions.setdefault(r["key"], []).append(int(r["version"]))
        by_vid.setdefault(int(r["vid"]), set()).add(r["key"])
    behaviours = tuple(
        BehaviourInfo(k, titles[k], tuple(sorted(versions[k])), latest_version in versions[k])
        for k in titles
    )
    ordered = tuple(b for b in behaviours if b.in_latest) + tuple(
        b for b in behaviours if not b.in_latest
    )
    return ScorecardShape(
        id=int(card["id"]),
        key=card["key"],
        name=card["name"],
        latest_version=latest_version,
        scale=scale,
        behaviours=ordered,
        keys_by_version_id={vid: frozenset(keys) for vid, keys in by_vid.items()},
    )


def seller_scorecards(store: Store, seller_id: int) -> list[tuple[str, str]]:
    """(key, name) of the scorecards the seller's rides used, most recently used first."""
    rows = store.db.query(
        """SELECT sc.key, sc.name, max(r.ride_date) AS last FROM rides r
           JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           JOIN scorecards sc ON sc.id = v.scorecard_id
           WHERE r.seller_id = ? AND r.deleted_at IS NULL
           GROUP BY sc.id ORDER BY last DESC""",
        [seller_id],
    )
    return [(r["key"], r["name"]) for r in rows]
