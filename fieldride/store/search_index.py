"""The full-text search index, keyed by ride date (SQLite FTS5; migration 0015).

One FTS5 table per kind of text (``observations_fts`` for evidence, ``quick_notes_fts``, …), each
*contentless* (``content=''``: the words only; the text stays in its own table). A row's FTS
rowid is its **search key**: the ride's date and the row's id,
``yyyymmdd * 2**36 + id`` (:data:`KEY_FACTOR`). FTS5 walks a match list in rowid order, so
``ORDER BY rowid DESC LIMIT n`` gives a kind's newest matches by ride date exactly and reads
only what it returns (before: rowids were row ids, the order rows were written, which is not the
ride date's once rides arrive from elsewhere).

What is indexed: every row with some text whose ride exists (removed rows stay indexed, as
before; search leaves them out by joining its rows). Kept exact by triggers on every write:

- a row written, its text changed, moved to another ride (``<table>_ai/_ad/_au``);
- a ride's date changed: its rows are indexed again under the new date (``rides_search_date``);
- a ride deleted (never by the app; a repair or an old-version cleanup): its rows leave the
  index before the row goes (``rides_search_delete``), since their key needs the ride's date;
  a debrief deleted likewise takes its questions out (``debriefs_search_delete``).

Each table also keeps FTS5's prefix index of :data:`PREFIX_LENGTH` characters (``prefix='3'``):
search matches the last word typed as a prefix, and FTS5 answers a prefix query without such an
index by merging the match lists of every word starting with it into one list, in memory,
before the first row (``"pr"*`` on a director's store: every word from ``practice`` to
``promise``, 300 ms). With the index a prefix of exactly that length is one list, read lazily
newest first like a whole word. Search starts prefix matching at that length
(``fieldride.search.full_text``: shorter last words are whole words); a longer prefix is
asked for as the words starting with it (:func:`words_starting`, from the index's own
vocabulary), in OR, which FTS5 also reads lazily. The prefix index adds 60-70 % to the search
tables' size.

A contentless FTS5 table cannot ``rebuild`` itself: :func:`rebuild` fills it from the tables
(the migration, ``fieldride repair``'s salvage). :func:`differences` compares the index with
the data row by row and word by word (tests; it reads the whole index).
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

KEY_BITS = 36
KEY_FACTOR = 1 << KEY_BITS  # a row id is below this; the ride's date (yyyymmdd) above
PREFIX_LENGTH = 3  # characters: FTS5's prefix index (``prefix='3'``); search's shortest prefix
FTS_OPTIONS = f"tokenize='unicode61', content='', prefix='{PREFIX_LENGTH}'"


class IndexedTable(NamedTuple):
    """A table whose text is searchable: its columns and how a row reaches its ride."""

    table: str
    columns: tuple[str, ...]
    link: str  # the column that leads to the ride (``ride_id``; questions: ``debrief_id``)

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"

    def ride_date(self, row: str) -> str:
        """SQL: the ride date of the row aliased ``row`` (NULL when its ride is gone)."""
        if self.link == "debrief_id":
            return (
                "(SELECT r.ride_date FROM debriefs d JOIN rides r ON r.id = d.ride_id "
                f"WHERE d.id = {row}.debrief_id)"
            )
        return f"(SELECT ride_date FROM rides WHERE id = {row}.ride_id)"

    def has_text(self, row: str) -> str:
        return "(" + " OR ".join(f"coalesce({row}.\"{c}\", '') != ''" for c in self.columns) + ")"

    def values(self, row: str) -> str:
        return ", ".join(f'{row}."{c}"' for c in self.columns)

    @property
    def names(self) -> str:
        return ", ".join(f'"{c}"' for c in self.columns)


TABLES: tuple[IndexedTable, ...] = (
    IndexedTable("observations", ("evidence",), "ride_id"),
    IndexedTable("quick_notes", ("text",), "ride_id"),
    IndexedTable(
        "debriefs",
        ("strength_evidence", "gap_evidence", "rehearsal_segment", "rehearsal_outcome"),
        "ride_id",
    ),
    IndexedTable("debrief_questions", ("text", "answer"), "debrief_id"),
    IndexedTable("private_notes", ("text",), "ride_id"),
    IndexedTable("commitments", ("text",), "ride_id"),
    IndexedTable("commitment_verifications", ("evidence",), "ride_id"),
)
FTS_TABLES = frozenset(t.fts for t in TABLES)


def key_sql(day: str, row_id: str) -> str:
    """SQL: the search key of a row from its ride's date (``YYYY-MM-DD``) and its id."""
    return f"(CAST(replace({day}, '-', '') AS INTEGER) * {KEY_FACTOR} + {row_id})"


def search_key(ride_date: str, row_id: int) -> int:
    """The search key (FTS rowid) of a row of a ride dated ``ride_date``."""
    return int(ride_date.replace("-", "")) * KEY_FACTOR + row_id


def row_id(key: int) -> int:
    """The row id inside a search key."""
    return key % KEY_FACTOR


def words_starting(conn: sqlite3.Connection, fts: str, prefix: str, most: int) -> list[str] | None:
    """The words of index ``fts`` that start with ``prefix`` (a word as the tokenizer keeps it),
    in order; None when there are more than ``most``.

    Read through an ``fts5vocab`` table made once per connection in its temporary schema
    (``temp."<fts>_words"``: nothing is written to the store), one seek per word, each for the
    first word from just after the last one found (that word and U+0001: the tokenizer keeps no
    control character, so no word lies between). A seek past a word steps over the pages of its
    match list without reading the rows in it; the vocabulary's ``row`` kind would count every
    row of every word, and a prefix query merges their lists in memory."""
    vocab = f'temp."{fts}_words"'
    conn.execute(
        f'CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, "{fts}", instance)'
    )
    sql = f"SELECT term FROM {vocab} WHERE term >= ? LIMIT 1"
    found: list[str] = []
    after = prefix
    while len(found) <= most:
        row = conn.execute(sql, [after]).fetchone()
        if row is None or not str(row[0]).startswith(prefix):
            return found
        found.append(str(row[0]))
        after = found[-1] + "\x01"
    return None


def _insert(t: IndexedTable, day: str, row: str) -> str:
    return f'INSERT INTO "{t.fts}" (rowid, {t.names}) VALUES ({key_sql(day, row + ".id")}, {t.values(row)})'


def _delete(t: IndexedTable, day: str, row: str) -> str:
    return (
        f'INSERT INTO "{t.fts}" ("{t.fts}", rowid, {t.names}) '
        f"VALUES ('delete', {key_sql(day, row + '.id')}, {t.values(row)})"
    )


def _rows_of_ride(t: IndexedTable, ride: str) -> str:
    """FROM/WHERE: the rows of ride id ``ride`` with text, as ``x``, in id order."""
    if t.link == "debrief_id":
        source = (
            f"debrief_questions x JOIN debriefs d ON d.id = x.debrief_id WHERE d.ride_id = {ride}"
        )
    else:
        source = f'"{t.table}" x WHERE x.ride_id = {ride}'
    return f"FROM {source} AND {t.has_text('x')} ORDER BY x.id"


def _reindex(t: IndexedTable, rows: str, old_day: str | None, new_day: str | None) -> list[str]:
    """Statements taking the rows (a FROM … clause over ``x``) out under ``old_day`` and putting
    them in under ``new_day`` (either may be None: only one side)."""
    out = []
    if old_day is not None:
        out.append(
            f'INSERT INTO "{t.fts}" ("{t.fts}", rowid, {t.names}) '
            f"SELECT 'delete', {key_sql(old_day, 'x.id')}, {t.values('x')} {rows}"
        )
    if new_day is not None:
        out.append(
            f'INSERT INTO "{t.fts}" (rowid, {t.names}) '
            f"SELECT {key_sql(new_day, 'x.id')}, {t.values('x')} {rows}"
        )
    return out


def schema_sql() -> list[str]:
    """The index's tables and triggers (run after the old ones were dropped)."""
    out: list[str] = []
    for t in TABLES:
        out.append(f'CREATE VIRTUAL TABLE "{t.fts}" USING fts5 ({t.names}, {FTS_OPTIONS})')
        changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in t.columns)
        old_day, new_day = t.ride_date("old"), t.ride_date("new")
        out.append(
            f'CREATE TRIGGER "{t.table}_ai" AFTER INSERT ON "{t.table}"\n'
            f"WHEN {t.has_text('new')} AND {new_day} IS NOT NULL BEGIN\n"
            f"  {_insert(t, new_day, 'new')};\nEND"
        )
        out.append(
            f'CREATE TRIGGER "{t.table}_ad" AFTER DELETE ON "{t.table}"\n'
            f"WHEN {t.has_text('old')} AND {old_day} IS NOT NULL BEGIN\n"
            f"  {_delete(t, old_day, 'old')};\nEND"
        )
        out.append(
            f'CREATE TRIGGER "{t.table}_au" AFTER UPDATE ON "{t.table}"\n'
            f"WHEN {changed} OR old.rowid IS NOT new.rowid OR old.{t.link} IS NOT new.{t.link}"
            " BEGIN\n"
            f'  INSERT INTO "{t.fts}" ("{t.fts}", rowid, {t.names}) '
            f"SELECT 'delete', {key_sql(old_day, 'old.id')}, {t.values('old')} "
            f"WHERE {t.has_text('old')} AND {old_day} IS NOT NULL;\n"
            f'  INSERT INTO "{t.fts}" (rowid, {t.names}) '
            f"SELECT {key_sql(new_day, 'new.id')}, {t.values('new')} "
            f"WHERE {t.has_text('new')} AND {new_day} IS NOT NULL;\nEND"
        )
    moved = [
        s
        for t in TABLES
        for s in _reindex(t, _rows_of_ride(t, "new.id"), "old.ride_date", "new.ride_date")
    ]
    out.append(
        "CREATE TRIGGER rides_search_date AFTER UPDATE OF ride_date ON rides\n"
        "WHEN old.ride_date IS NOT new.ride_date BEGIN\n  " + ";\n  ".join(moved) + ";\nEND"
    )
    gone = [
        s for t in TABLES for s in _reindex(t, _rows_of_ride(t, "old.id"), "old.ride_date", None)
    ]
    out.append(
        "CREATE TRIGGER rides_search_delete BEFORE DELETE ON rides BEGIN\n  "
        + ";\n  ".join(gone)
        + ";\nEND"
    )
    questions = next(t for t in TABLES if t.table == "debrief_questions")
    rows = (
        "FROM debrief_questions x WHERE x.debrief_id = {d}.id AND "
        + questions.has_text("x")
        + " ORDER BY x.id"
    )
    day = "(SELECT ride_date FROM rides WHERE id = {d}.ride_id)"
    out.append(
        "CREATE TRIGGER debriefs_search_delete BEFORE DELETE ON debriefs BEGIN\n  "
        + ";\n  ".join(_reindex(questions, rows.format(d="old"), day.format(d="old"), None))
        + ";\nEND"
    )
    out.append(
        "CREATE TRIGGER debriefs_search_ride AFTER UPDATE OF ride_id ON debriefs\n"
        "WHEN old.ride_id IS NOT new.ride_id BEGIN\n  "
        + _reindex(questions, rows.format(d="old"), day.format(d="old"), None)[0]
        + ";\n  "
        + _reindex(questions, rows.format(d="new"), None, day.format(d="new"))[0]
        + ";\nEND"
    )
    return out


def _all_rows(t: IndexedTable) -> str:
    """SELECT key, text… of every row that belongs in ``t``'s index, in key order."""
    if t.link == "debrief_id":
        joins = "JOIN debriefs d ON d.id = x.debrief_id JOIN rides r ON r.id = d.ride_id"
    else:
        joins = "JOIN rides r ON r.id = x.ride_id"
    return (
        f"SELECT {key_sql('r.ride_date', 'x.id')} AS key, {t.values('x')} "
        f'FROM "{t.table}" x {joins} WHERE {t.has_text("x")} ORDER BY key'
    )


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill every search table from the data (emptied first), in key order: FTS5 writes a
    segment each time a rowid is not above the last one, so unordered keys would make one
    segment per row. Then FTS5's ``optimize`` merges the segments the fill wrote into one:
    left to FTS5's automatic merging, that merge was paid by the writes after the rebuild, 64
    pages at each commit (an evidence update on the 1x store, 200 commits after the rebuild:
    1.9 M instructions each instead of 0.3 M; 3.1 M with the prefix index)."""
    for t in TABLES:
        conn.execute(f'INSERT INTO "{t.fts}" ("{t.fts}") VALUES (\'delete-all\')')
        conn.execute(f'INSERT INTO "{t.fts}" (rowid, {t.names}) {_all_rows(t)}')
        conn.execute(f'INSERT INTO "{t.fts}" ("{t.fts}") VALUES (\'optimize\')')


def rebuild_every_index(conn: sqlite3.Connection) -> None:
    """Rebuild every FTS5 table of the database: the search index from the rows
    (:func:`rebuild`), any other with FTS5's own ``rebuild``; a store from before migration
    0015 (external-content tables of the same names) is rebuilt the old way."""
    fts = [
        (str(name), str(sql))
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING FTS5%'"
        )
    ]
    ours = {name for name, sql in fts if name in FTS_TABLES and "content=''" in sql}
    for name, _sql in fts:
        if name not in ours:
            conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
    if ours:
        rebuild(conn)


def differences(conn: sqlite3.Connection) -> list[str]:
    """How the index differs from the data: for each table, the (key, column, position, word)
    entries only the index has and only the data would give, as sentences (empty: identical).
    The data's index is built in a private in-memory database with the same tokenizer; reads
    the whole index (a check for tests and ``check``-like tools, not for the app's paths)."""
    problems: list[str] = []
    memory = sqlite3.connect(":memory:")
    try:
        for t in TABLES:
            memory.execute("DROP TABLE IF EXISTS expected")
            memory.execute(f"CREATE VIRTUAL TABLE expected USING fts5 ({t.names}, {FTS_OPTIONS})")
            memory.executemany(
                f"INSERT INTO expected (rowid, {t.names}) VALUES (?{', ?' * len(t.columns)})",
                conn.execute(_all_rows(t)),
            )
            memory.execute("DROP TABLE IF EXISTS v")
            memory.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, expected, instance)")
            want = set(memory.execute("SELECT term, doc, col, offset FROM temp.v"))
            want_docs = {r[0] for r in memory.execute("SELECT rowid FROM expected")}
            conn.execute("DROP TABLE IF EXISTS temp.search_index_vocab")
            conn.execute(
                "CREATE VIRTUAL TABLE temp.search_index_vocab USING "
                f"fts5vocab(main, '{t.fts}', instance)"
            )
            try:
                have = set(
                    conn.execute("SELECT term, doc, col, offset FROM temp.search_index_vocab")
                )
            finally:
                conn.execute("DROP TABLE temp.search_index_vocab")
            have_docs = {r[0] for r in conn.execute(f'SELECT rowid FROM "{t.fts}"')}
            extra, missing = have - want, want - have
            if extra or missing or have_docs != want_docs:
                problems.append(
                    f"{t.fts}: {len(extra)} word(s) only in the index, {len(missing)} missing "
                    f"from it, {len(have_docs ^ want_docs)} row(s) on one side only"
                )
            wrong = _prefix_differences(conn, t.fts, want, have)
            if wrong:
                problems.append(
                    f"{t.fts}: the prefix index differs from the words for {len(wrong)} "
                    f"prefix(es): {', '.join(sorted(wrong)[:5])}"
                )
            memory.execute("DROP TABLE temp.v")
    finally:
        memory.close()
    return problems


def _prefix_differences(
    conn: sqlite3.Connection,
    fts: str,
    want: set[tuple[str, int, int, int]],
    have: set[tuple[str, int, int, int]],
) -> set[str]:
    """The prefixes of :data:`PREFIX_LENGTH` characters (of the words expected, ``want``, or
    indexed, ``have``: (term, row, column, offset)) for which the index's prefix query, which
    FTS5 answers from its prefix index, does not give the rows of the expected words starting
    with them."""
    rows: dict[str, set[int]] = {}
    for entries, expected in ((have, False), (want, True)):
        for term, doc, _col, _offset in entries:
            if len(term) >= PREFIX_LENGTH:
                docs = rows.setdefault(term[:PREFIX_LENGTH], set())
                if expected:
                    docs.add(doc)
    wrong = set()
    for prefix, docs in rows.items():
        query = f'"{prefix}"*'  # a term holds no quote (the tokenizer splits there)
        sql = f'SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH ?'
        if {r[0] for r in conn.execute(sql, [query])} != docs:
            wrong.add(prefix)
    return wrong
