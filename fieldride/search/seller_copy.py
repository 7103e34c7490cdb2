"""One seller's part of the search index, copied into memory for a search filtered to them.

Why: the index (``fieldride.store.search_index``) knows words and ride dates, not sellers. A
search filtered to one seller walked the organisation's matches newest first and dropped the
other sellers' rows after joining each one to its ride: on a director's store (750 sellers, one
of them with 373 rides of the 298,740) that is hundreds of rows walked for each row kept,
200-420 ms a term, and a term the seller never wrote walked the whole history. Asking FTS5 for
each of the seller's rides by rowid range does not help there: each ask looks the words up in
every segment of the index again (0.1 ms a ride and kind for a common word).

So, where the seller has a small share of the store (:func:`worth_copying`: fewer than one ride
in :data:`SHARE`), the search runs on a copy of the seller's part of the index: their rows with
text (found from their rides through the indexes on ``ride_id``), under the same search keys,
tokenized the same way, in FTS5 tables of the same names in an in-memory database attached to
the connection (:data:`SCHEMA`; nothing is written to the store or to a temporary file). The
search's own query then runs on it unchanged, joins included, so it gives exactly the rows the
index gives for that seller, in the same order.

The copy is made on the first search for a seller (~0.1 s for 373 rides on the director's
store, ~0.3 s for 1,174) and kept for the next searches until the store changes: any write on
this connection (``total_changes``) or a commit of another one (``PRAGMA data_version``), or
another seller. Inside a transaction no copy is made (:func:`seller_tables` returns None: a
rollback could undo what it copied); the search then walks the index as before.
"""

from __future__ import annotations

import itertools
import sqlite3
from typing import NamedTuple

from fieldride.store.search_index import FTS_OPTIONS, TABLES, IndexedTable, key_sql

SCHEMA = "seller_search"  # the attached in-memory database holding the copy
SHARE = 40  # copy when the store has more than this many rides for each ride of the seller

_tokens = itertools.count(1)


class _State(NamedTuple):
    token: int  # also in the copy's own state table: this connection's copy, not another's
    seller_id: int
    version: int
    changes: int


_STATES: dict[int, _State] = {}  # id(connection) -> what its copy holds


def worth_copying(conn: sqlite3.Connection, seller_id: int) -> bool:
    """Whether a search for ``seller_id`` should run on a copy: the store has more than
    :data:`SHARE` rides for each of theirs. Two index reads: the seller's rides counted in
    ``idx_rides_seller_date`` and the highest ride id (the store's rides, near enough for a
    choice of method: both give the same results)."""
    (mine,) = conn.execute("SELECT count(*) FROM rides WHERE seller_id = ?", [seller_id]).fetchone()
    (top,) = conn.execute("SELECT max(id) FROM rides").fetchone()
    return int(top or 0) > SHARE * max(int(mine), 1)


def _stamp(conn: sqlite3.Connection) -> tuple[int, int]:
    (version,) = conn.execute("PRAGMA data_version").fetchone()
    return int(version), conn.total_changes


def _rows_sql(t: IndexedTable) -> str:
    """SELECT key, text… of the rows of ``t`` with text on the rides of seller ``?``, in key
    order (the index's rows of that seller: ``search_index.rebuild`` fills it the same way)."""
    if t.link == "debrief_id":
        rows = "JOIN debriefs d ON d.ride_id = r.id JOIN debrief_questions x ON x.debrief_id = d.id"
    else:
        rows = f'JOIN "{t.table}" x ON x.ride_id = r.id'
    return (
        f"SELECT {key_sql('r.ride_date', 'x.id')} AS key, {t.values('x')} "
        f"FROM rides r {rows} WHERE r.seller_id = ? AND {t.has_text('x')} ORDER BY key"
    )


def _attached(conn: sqlite3.Connection) -> bool:
    return any(row[1] == SCHEMA for row in conn.execute("PRAGMA database_list"))


def _current(conn: sqlite3.Connection, seller_id: int) -> bool:
    state = _STATES.get(id(conn))
    if (
        state is None
        or state.seller_id != seller_id
        or (state.version, state.changes) != _stamp(conn)
    ):
        return False
    if not _attached(conn):  # another connection that got the same id
        return False
    row = conn.execute(f"SELECT token FROM {SCHEMA}.copy_state").fetchone()
    return row is not None and int(row[0]) == state.token


def seller_tables(conn: sqlite3.Connection, seller_id: int) -> str | None:
    """The schema holding, under the index's table names, the index's rows of ``seller_id``'s
    rides (made or refreshed now if the store changed since); None inside a transaction."""
    if _current(conn, seller_id):
        return SCHEMA
    if conn.in_transaction:
        return None
    if not _attached(conn):
        conn.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")
    token = next(_tokens)
    conn.execute("BEGIN")
    try:
        for t in TABLES:
            conn.execute(f'DROP TABLE IF EXISTS {SCHEMA}."{t.fts}"')
            conn.execute(
                f'CREATE VIRTUAL TABLE {SCHEMA}."{t.fts}" USING fts5 ({t.names}, {FTS_OPTIONS})'
            )
            conn.execute(
                f'INSERT INTO {SCHEMA}."{t.fts}" (rowid, {t.names}) {_rows_sql(t)}', [seller_id]
            )
        conn.execute(f"DROP TABLE IF EXISTS {SCHEMA}.copy_state")
        conn.execute(f"CREATE TABLE {SCHEMA}.copy_state (token INTEGER)")
        conn.execute(f"INSERT INTO {SCHEMA}.copy_state VALUES (?)", [token])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    _STATES[id(conn)] = _State(token, seller_id, *_stamp(conn))
    return SCHEMA
