"""The store's SQL calls: the sqlite-utils idioms the app uses, on the standard ``sqlite3`` module.

The core reads and writes through four calls, the sqlite-utils 4 idioms of DESIGN.md:
``db.execute()`` for writes, ``db.query()`` for reads (rows as dicts), ``with db.atomic():``
around multi-step writes, ``db.table(name)``. :class:`StoreDb` gives the first three the same
meaning as sqlite-utils' ``Database`` without importing sqlite-utils, which is heavy (it pulls
in click, dateutil, pluggy; docs/benchmarks.md) and stays off the app's start-up path.
sqlite-utils itself is still used, on the same connection, where it does real work: the schema
migrations (``sqlite_utils.migrations``, only when a step is pending) and table
introspection (:meth:`StoreDb.table`); :meth:`StoreDb.utils` hands out that view.

Semantics kept from sqlite-utils (``Database.execute``/``query``/``atomic``, version 4):

- ``execute`` commits a write that opened an implicit transaction when none was open; inside an
  ``atomic()`` block it becomes part of that transaction;
- ``query`` runs at once and yields each row as a dict (column name → value); a statement that
  returns no rows is refused with ``ValueError`` (use ``execute``). Stricter than sqlite-utils:
  a statement starting with a write keyword is refused even with ``RETURNING`` (the core writes
  through ``execute`` only);
- ``atomic`` nests with savepoints; the outermost block starts with ``BEGIN IMMEDIATE`` (our one
  change: a deferred ``BEGIN`` that reads and then writes cannot wait for another writer, SQLite
  refuses the upgrade at once, while ``IMMEDIATE`` takes the write lock first and waits up to the
  busy timeout); an exception rolls back to where the block began and propagates;
- ``PRAGMA recursive_triggers`` is on, as sqlite-utils sets it.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

Params = Sequence[Any] | Mapping[str, Any]

# Statements that return no rows and are not transaction control (as sqlite-utils decides).
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
_NO_ROWS = frozenset(
    {"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM", "REINDEX"}
    | _TRANSACTION_CONTROL
)
_QUERY_ONLY = "query() can only be used with SQL that returns rows - use execute() for others"
_savepoints = itertools.count(1)


def _first_keyword(sql: str) -> str:
    for line in sql.lstrip().splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("--"):
            return stripped.split(None, 1)[0].rstrip(";").upper()
    return ""


class StoreDb:
    """One SQLite connection with sqlite-utils' ``execute``/``query``/``atomic`` behaviour.

    ``conn`` is the underlying ``sqlite3.Connection`` (Python's default transaction handling,
    as sqlite-utils requires). Not thread-safe: one per thread, like the connection.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # called before a statement or transaction that starts outside a transaction (the
        # background checkpointer's catch_up: a writer that never pauses waits there now and
        # then, so the journal can start over)
        self.before_write: Callable[[], None] | None = None
        # called when a transaction ended (a write committed, or ``atomic`` ended either way): the
        # background checkpointer's ``wrote``, which copies the journal once the writer has been
        # quiet, or in the gap right after a write when the journal is long
        self.after_write: Callable[[], None] | None = None
        self._utils: sqlite_utils.Database | None = None
        conn.execute("PRAGMA recursive_triggers = on")

    # --- statements ---------------------------------------------------------------------------
    def execute(self, sql: str, parameters: Params | None = None) -> sqlite3.Cursor:
        """Run one statement and return its cursor; a write outside a transaction is committed."""
        was_in_transaction = self.conn.in_transaction
        if not was_in_transaction and self.before_write is not None:
            self.before_write()
        try:
            cursor = self.conn.execute(sql, () if parameters is None else parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                # The failed statement opened an implicit transaction nothing would commit.
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
            self._wrote()
        elif was_in_transaction and not self.conn.in_transaction:  # the caller's COMMIT
            self._wrote()
        return cursor

    def _wrote(self) -> None:
        if self.after_write is not None:
            self.after_write()

    def query(self, sql: str, params: Params | None = None) -> Iterator[dict[str, Any]]:
        """Run ``sql`` now and return its rows, fetched lazily, each as a dict.

        Raises ``ValueError`` for a statement that returns no rows: refused before it runs when
        its first word says so (``INSERT``, ``UPDATE``, ``CREATE``...), else rolled back after
        (unless a transaction of the caller's was already open).
        """
        if _first_keyword(sql) in _NO_ROWS:
            raise ValueError(_QUERY_ONLY)
        was_in_transaction = self.conn.in_transaction
        cursor = self.conn.execute(sql, () if params is None else params)
        if cursor.description is None:  # e.g. a WITH ... UPDATE: undo what it did, if ours
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise ValueError(_QUERY_ONLY)
        if not was_in_transaction and self.conn.in_transaction:
            self.conn.execute("COMMIT")  # a row-returning write (RETURNING) takes effect now
            self._wrote()
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    # --- transactions -------------------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[StoreDb]:
        """A transaction (``BEGIN IMMEDIATE``), or a savepoint inside one already open."""
        if self.conn.in_transaction:
            name = f"fieldride_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) or a full disk can end the whole transaction, savepoint
                # included: only unwind what still exists, so the first error is the one seen.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        if self.before_write is not None:
            self.before_write()
        try:
            with immediate_transaction(self.conn):
                yield self
        finally:
            self._wrote()

    def rollback(self) -> None:
        """Roll back the open transaction, if any."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # --- schema -------------------------------------------------------------------------------
    def table_names(self) -> list[str]:
        """Names of the tables, FTS shadow tables included (as sqlite-utils lists them)."""
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [str(row[0]) for row in rows]

    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' ``Database`` on this same connection (imported on first use), whose
        outermost ``atomic()`` also starts with ``BEGIN IMMEDIATE``. For the migrations and for
        table introspection; the everyday calls above do not need it."""
        if self._utils is None:
            self._utils = _immediate_database_class()(self.conn, execute_plugins=False)
        return self._utils

    def table(self, name: str) -> Table:
        """sqlite-utils' ``Table`` for ``name`` (columns, indexes, FTS set-up)."""
        return self.utils().table(name)

    def close(self) -> None:
        self.conn.close()


@cache
def _immediate_database_class() -> type[sqlite_utils.Database]:
    import sqlite_utils

    class ImmediateDatabase(sqlite_utils.Database):
        """sqlite-utils' Database whose outermost ``atomic()`` starts with ``BEGIN IMMEDIATE``
        (see :meth:`StoreDb.atomic`); nested blocks keep sqlite-utils' savepoints."""

        @contextlib.contextmanager
        def atomic(self) -> Iterator[sqlite_utils.Database]:
            if self.conn.in_transaction:
                with super().atomic():
                    yield self
                return
            with immediate_transaction(self.conn):
                yield self

    return ImmediateDatabase


@contextlib.contextmanager
def immediate_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception (or a failed commit) rolls back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
