"""Each seller's latest level per scorecard and behaviour, stored and kept current by triggers
(issue 23, deliver 5: the team overview of a director's store).

``latest_levels`` holds one row per (seller, scorecard, behaviour key) that has a counted rating:
the latest ride (by ``observed_on``, then ride id) where the behaviour was rated, the mean of its
levels on that ride and how many ratings made it. "Counted" is the rule of every review figure
(``fieldride.rides.levels``): a level is set ("no opportunity" and unrated never count), the
call is not removed, the ride is not removed and is not a conflict copy.

It is derived data, never edited by hand and never exchanged (a bundle or a sync pull writes the
rows it derives from, and the triggers below bring it up to date in the same transaction). What
changes a pair's answer, and so fires a refresh of the pairs it touches:

- an observation inserted, deleted, or changed in a column the rule reads;
- a call removed or restored (its observations' pairs);
- a ride removed, restored, or marked / unmarked as a conflict copy (its observations' pairs).

A ride's date change rewrites its observations' ``observed_on`` (``rides.planning``), which the
observation trigger sees. A refresh of a pair is two index seeks: the latest counted ride of the
pair walking ``idx_obs_trend`` backwards, and the mean over that ride's rows.

The migration ``0012_latest_levels`` builds it for existing stores (:func:`rebuild`); at opening,
:func:`ensure_triggers` makes the triggers again and rebuilds the table if a schema step lost
them (a table rebuild drops its triggers); ``fieldride check`` compares it with a recomputation
(:func:`stale_pairs`).
"""

from __future__ import annotations

import sqlite3

TABLE_SQL = """CREATE TABLE latest_levels (
    seller_id INTEGER NOT NULL,
    scorecard_id INTEGER NOT NULL,
    behaviour_key TEXT NOT NULL,
    observed_on TEXT NOT NULL,
    ride_id INTEGER NOT NULL,
    mean REAL NOT NULL,
    ratings INTEGER NOT NULL,
    PRIMARY KEY (seller_id, scorecard_id, behaviour_key)
) WITHOUT ROWID"""

# The counted ratings of one pair ``p`` (columns s, c, k), newest first: only the first row is
# read. The removed calls and conflict copies are tiny partial indexes.
_LATEST = """(SELECT o2.observed_on || char(31) || o2.ride_id
    FROM observations o2 INDEXED BY idx_obs_trend
    JOIN rides r ON r.id = o2.ride_id AND r.deleted_at IS NULL AND r.conflict_of IS NULL
    WHERE o2.seller_id = p.s AND o2.scorecard_id = p.c AND o2.behaviour_key = p.k
      AND o2.level IS NOT NULL
      AND o2.call_id NOT IN (SELECT id FROM calls WHERE deleted_at IS NOT NULL)
    ORDER BY o2.observed_on DESC, o2.ride_id DESC LIMIT 1)"""


def _refresh(pairs: str) -> list[str]:
    """The statements that recompute the rows of the pairs ``pairs`` selects (columns s, c, k;
    in a trigger they may name NEW / OLD)."""
    return [
        "DELETE FROM latest_levels WHERE (seller_id, scorecard_id, behaviour_key) IN "
        f"(SELECT s, c, k FROM ({pairs}))",
        f"""INSERT INTO latest_levels
            (seller_id, scorecard_id, behaviour_key, observed_on, ride_id, mean, ratings)
        SELECT q.s, q.c, q.k, substr(q.latest, 1, instr(q.latest, char(31)) - 1), o.ride_id,
               avg(o.level), count(o.level)
        FROM (SELECT p.s, p.c, p.k, {_LATEST} AS latest FROM ({pairs}) p) q
        CROSS JOIN observations o INDEXED BY idx_obs_ride_levels
          ON o.seller_id = q.s AND o.scorecard_id = q.c
         AND o.observed_on = substr(q.latest, 1, instr(q.latest, char(31)) - 1)
         AND o.ride_id = CAST(substr(q.latest, instr(q.latest, char(31)) + 1) AS INTEGER)
         AND o.behaviour_key = q.k AND o.level IS NOT NULL
        WHERE q.latest IS NOT NULL
          AND o.call_id NOT IN (SELECT id FROM calls WHERE deleted_at IS NOT NULL)
        GROUP BY q.s, q.c, q.k""",
    ]


def _pair(row: str) -> str:
    return f"SELECT {row}.seller_id AS s, {row}.scorecard_id AS c, {row}.behaviour_key AS k"


def _pairs_of(where: str) -> str:
    return (
        "SELECT DISTINCT seller_id AS s, scorecard_id AS c, behaviour_key AS k "
        f"FROM observations WHERE {where}"
    )


# Columns of observations the rule reads.
_OBSERVATION_COLUMNS = (
    "level, call_id, ride_id, seller_id, scorecard_id, behaviour_key, observed_on"
)

# (name, event and condition, pairs to refresh)
_TRIGGERS: tuple[tuple[str, str, list[str]], ...] = (
    (
        "observations_latest_insert",
        "AFTER INSERT ON observations WHEN NEW.level IS NOT NULL",
        [_pair("NEW")],
    ),
    (
        "observations_latest_delete",
        "AFTER DELETE ON observations WHEN OLD.level IS NOT NULL",
        [_pair("OLD")],
    ),
    (
        "observations_latest_update",
        f"AFTER UPDATE OF {_OBSERVATION_COLUMNS} ON observations "
        "WHEN OLD.level IS NOT NULL OR NEW.level IS NOT NULL",
        [f"{_pair('OLD')} UNION {_pair('NEW')}"],
    ),
    (
        "calls_latest_update",
        "AFTER UPDATE OF deleted_at ON calls WHEN OLD.deleted_at IS NOT NEW.deleted_at",
        [_pairs_of("call_id = NEW.id AND level IS NOT NULL")],
    ),
    (
        "rides_latest_update",
        "AFTER UPDATE OF deleted_at, conflict_of ON rides "
        "WHEN OLD.deleted_at IS NOT NEW.deleted_at OR OLD.conflict_of IS NOT NEW.conflict_of",
        [_pairs_of("ride_id = NEW.id AND level IS NOT NULL")],
    ),
)


def trigger_sql() -> list[str]:
    """The triggers that keep ``latest_levels`` current."""
    out = []
    for name, event, pairs in _TRIGGERS:
        body = " ".join(f"{statement};" for p in pairs for statement in _refresh(p))
        out.append(f"CREATE TRIGGER {name} {event} BEGIN {body} END")
    return out


# Every pair that has a rating, through the covering idx_obs_trend.
_ALL_PAIRS = (
    "SELECT seller_id AS s, scorecard_id AS c, behaviour_key AS k "
    "FROM observations INDEXED BY idx_obs_trend WHERE level IS NOT NULL "
    "GROUP BY seller_id, scorecard_id, behaviour_key"
)


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute every row (in the caller's transaction)."""
    conn.execute("DELETE FROM latest_levels")
    conn.execute(_refresh(_ALL_PAIRS)[1])


def stale_pairs(conn: sqlite3.Connection) -> list[tuple[int, int, str]]:
    """(seller, scorecard, behaviour) pairs whose stored row differs from a recomputation
    (missing, extra or different); [] when the table is current. Reads every rating."""
    conn.execute("DROP TABLE IF EXISTS temp.latest_levels_check")
    conn.execute(
        "CREATE TEMP TABLE latest_levels_check AS SELECT * FROM main.latest_levels WHERE 0"
    )
    conn.execute(
        _refresh(_ALL_PAIRS)[1].replace(
            "INSERT INTO latest_levels", "INSERT INTO temp.latest_levels_check", 1
        )
    )
    columns = "seller_id, scorecard_id, behaviour_key, observed_on, ride_id, mean, ratings"
    rows = conn.execute(
        f"""SELECT seller_id, scorecard_id, behaviour_key FROM (
              SELECT {columns} FROM main.latest_levels EXCEPT
              SELECT {columns} FROM temp.latest_levels_check)
            UNION ALL
            SELECT seller_id, scorecard_id, behaviour_key FROM (
              SELECT {columns} FROM temp.latest_levels_check EXCEPT
              SELECT {columns} FROM main.latest_levels)"""
    ).fetchall()
    conn.execute("DROP TABLE temp.latest_levels_check")
    return sorted({(int(s), int(c), str(k)) for s, c, k in rows})


def _trigger_names() -> set[str]:
    return {name for name, _, _ in _TRIGGERS}


def ensure_triggers(conn: sqlite3.Connection) -> bool:
    """Make the triggers again (and rebuild the table) if a schema step lost any. True when
    something had to be made again. A store without the table (before its migration) is left
    alone."""
    present = {
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'table')")
    }
    if "latest_levels" not in present or _trigger_names() <= present:
        return False
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for name in _trigger_names() & present:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in trigger_sql():
            conn.execute(statement)
        rebuild(conn)
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    return True
