"""Salvage: a new database built from every row a damaged one still gives up.

When ``integrity_check`` fails, SQLite stops a read at the first page it cannot decode, so a
plain copy (the backup API, ``iterdump``) fails or stops there. :func:`salvage_database` instead
makes a new file with the old schema and copies each table by itself, in rowid order; where a
read fails it probes the following rowids one by one (a point look-up only fails when its own
path through the tree is damaged) and carries on after the first that reads. What could not be
read is reported as rowid ranges per table. Indexes, views and triggers are made after the data
(the checksum triggers must not fire while rows are copied), and every full-text index is
rebuilt from its table. Part of ``fieldride.store``; used by :mod:`fieldride.store.repair`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from fieldride import paths
from fieldride.store import search_index

PROBE_WITHOUT_END = 5000  # rowids probed past a failure when the table's last rowid is unknown
FTS_SHADOWS = ("_data", "_idx", "_config", "_docsize", "_content")


@dataclass
class TableSalvage:
    """One table: rows copied and rowid ranges that could not be read (some of those ids may
    never have held a row; an end of None: to the table's end, whose last id is unknown).
    ``whole`` is False when the table could not be read at all."""

    copied: int = 0
    unreadable: list[tuple[int, int | None]] = field(default_factory=list)
    whole: bool = True

    @property
    def damaged(self) -> bool:
        return bool(self.unreadable) or not self.whole


@dataclass
class Salvage:
    tables: dict[str, TableSalvage] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # schema items that could not be made

    @property
    def damaged_tables(self) -> dict[str, TableSalvage]:
        return {name: t for name, t in self.tables.items() if t.damaged}


class SalvageError(Exception):
    """Nothing could be salvaged (the schema itself cannot be read)."""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _schema(src: sqlite3.Connection) -> list[tuple[str, str, str]]:
    try:
        return [
            (str(t), str(n), str(s))
            for t, n, s in src.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
            )
        ]
    except sqlite3.DatabaseError as err:
        raise SalvageError(f"its list of tables cannot be read ({err})") from err


def _is_shadow(name: str, virtual: set[str]) -> bool:
    return any(name == f"{vt}{suffix}" for vt in virtual for suffix in FTS_SHADOWS)


def salvage_database(source: Path, target: Path) -> Salvage:
    """Copy every readable row of the database ``source`` into a new file ``target`` (0600).

    ``source`` is opened as it is (with its WAL, if any). Raises :class:`SalvageError` when
    its schema cannot be read; read failures of rows are reported in the result, not raised.
    """
    target.unlink(missing_ok=True)
    paths.create_private_file(target)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise SalvageError(f"it cannot be opened ({err})") from err
    dst = sqlite3.connect(str(target), isolation_level=None)
    try:
        schema = _schema(src)
        result = Salvage()
        virtual = {
            n for t, n, s in schema if t == "table" and s.upper().startswith("CREATE VIRTUAL")
        }
        tables = [
            n
            for t, n, s in schema
            if t == "table"
            and n not in virtual
            and not n.startswith("sqlite_")
            and not _is_shadow(n, virtual)
        ]
        dst.execute("PRAGMA foreign_keys = OFF")
        dst.execute("BEGIN")
        for kind, name, sql in schema:
            if kind == "table" and (name in tables or name in virtual):
                _make(dst, sql, name, result)
        for name in tables:
            result.tables[name] = _copy_table(src, dst, name)
        _copy_sequence(src, dst)
        for kind, name, sql in schema:
            if kind in ("index", "view"):
                _make(dst, sql, name, result)
        for kind, name, sql in schema:
            if kind == "trigger":
                _make(dst, sql, name, result)
        ours = {n for _t, n, s in schema if n in search_index.FTS_TABLES and "content=''" in s}
        for name in sorted(virtual - ours):
            if "fts5" in next(s for _t, n, s in schema if n == name).lower():
                try:
                    dst.execute(f"INSERT INTO {_quote(name)}({_quote(name)}) VALUES ('rebuild')")
                except sqlite3.Error as err:
                    result.problems.append(f"the search index {name} could not be rebuilt ({err})")
        if ours:  # keyed by ride date (contentless): filled from the rows
            try:
                search_index.rebuild(dst)
            except sqlite3.Error as err:
                result.problems.append(f"the search index could not be rebuilt ({err})")
        for pragma in ("user_version", "application_id"):
            try:
                value = int(src.execute(f"PRAGMA {pragma}").fetchone()[0])
            except sqlite3.Error:
                continue
            dst.execute(f"PRAGMA {pragma} = {value}")
        dst.execute("COMMIT")
    finally:
        src.close()
        dst.close()
    return result


def _make(dst: sqlite3.Connection, sql: str, name: str, result: Salvage) -> None:
    try:
        dst.execute(sql)
    except sqlite3.Error as err:
        result.problems.append(f"{name} could not be made again ({err})")


def _copy_sequence(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """AUTOINCREMENT counters, so no id is handed out twice (when the old ones can be read)."""
    try:
        rows = src.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
    except sqlite3.Error:
        return
    try:
        dst.execute("DELETE FROM sqlite_sequence")
        dst.executemany("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", rows)
    except sqlite3.Error:
        return  # no AUTOINCREMENT table in the new file


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, name: str) -> TableSalvage:
    result = TableSalvage()
    table = _quote(name)
    try:
        columns = [str(row[1]) for row in src.execute(f"PRAGMA table_info({table})")]
        without_rowid = bool(
            src.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'", [name]
            ).fetchone()
        )
    except sqlite3.Error:
        result.whole = False
        return result
    names = ", ".join(_quote(c) for c in columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"
    if without_rowid:  # no rowid to step over a bad page: as far as a plain read goes
        try:
            for row in src.execute(f"SELECT {names} FROM {table}"):
                dst.execute(insert, row)
                result.copied += 1
        except sqlite3.DatabaseError:
            result.whole = False
        return result
    try:
        last: int | None = src.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        last = None
    insert_rowid = (
        f"INSERT INTO {table} (rowid, {names}) VALUES (?, {', '.join('?' for _ in columns)})"
    )
    after = None  # the last rowid read
    while True:
        try:
            query = f"SELECT rowid, {names} FROM {table}"
            cursor = (
                src.execute(query + " ORDER BY rowid")
                if after is None
                else src.execute(query + " WHERE rowid > ? ORDER BY rowid", [after])
            )
            for row in cursor:
                dst.execute(insert_rowid, row)
                result.copied += 1
                after = int(row[0])
            return result
        except sqlite3.DatabaseError:
            resume = _probe(src, table, names, after, last)
            start = (after or 0) + 1
            if resume is None:
                result.unreadable.append((start, None if last is None else max(start, last)))
                return result
            rowid, row = resume
            if rowid > start:
                result.unreadable.append((start, rowid - 1))
            if row is not None:
                dst.execute(insert_rowid, row)
                result.copied += 1
            after = rowid


def _probe(
    src: sqlite3.Connection, table: str, names: str, after: int | None, last: int | None
) -> tuple[int, tuple[object, ...] | None] | None:
    """The first rowid after ``after`` whose look-up reads without an error, with its row (None
    when no row has that id); None when none does up to the table's end."""
    rowid = (after or 0) + 1
    end = last if last is not None else rowid + PROBE_WITHOUT_END
    while rowid <= end:
        try:
            row = src.execute(
                f"SELECT rowid, {names} FROM {table} WHERE rowid = ?", [rowid]
            ).fetchone()
        except sqlite3.DatabaseError:
            rowid += 1
            continue
        return rowid, (tuple(row) if row is not None else None)
    return None
