"""Full-text search over everything a manager writes (SQLite FTS5, kept in sync by triggers).

Searched: evidence on observations, quick notes, debriefs (strength, gap, rehearsal), diagnostic
questions and the seller's answers, commitments, commitment verifications, and the manager's
private notes (it is the manager's own laptop; hits are flagged ``private`` so the UI labels
them). Removed rides, calls, notes, questions and commitments are never found.

Query language, kept forgiving on purpose (:func:`build_match`): words must all appear (any
order); ``"two words"`` is a phrase; ``word*`` matches words starting with it and the last word
is matched as a prefix while typing, from its third letter (:data:`PREFIX_LENGTH`: the index
keeps a prefix index of that length, so the first prefix typed is read like a whole word; a
longer prefix is asked of each index as the words it holds starting with it, :func:`_index_phrase`;
a last word of one or two letters is a whole word, ``SearchResults.short_last_word`` says so);
``-word`` excludes. Everything else the user types — stray quotes, ``*``, ``AND``/``OR``/
``NEAR``, brackets, colons — is taken literally: every term is quoted before it reaches FTS5, so
no input can raise a syntax error.

Order: newest ride first, by ride date, exactly. The index's rowid leads with the ride's date
(``fieldride.store.search_index``: ``yyyymmdd * 2**36 + row id``), so FTS5 walks each kind's
matches newest first and stops after ``limit`` + 1 rows that pass the joins (removed rows, the
seller asked for); the kinds are merged by ride date (then kind, then newest row).
``SearchResults.truncated`` says that more matches exist than were returned. A search for one
seller with a small share of the store (a director's store: one seller of hundreds) runs the
same queries on a copy of that seller's part of the index (``fieldride.search.seller_copy``):
walking the organisation's matches would drop hundreds of other sellers' rows for each one kept. The index holds
words only: the ``limit`` hits kept get their snippet from a private in-memory FTS5 table
holding just their text (same tokenizer, same query, so the same snippet).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from typing import Any, NamedTuple

from fieldride.i18n import N_, messages
from fieldride.search import seller_copy
from fieldride.store import Store
from fieldride.store.search_index import KEY_FACTOR, PREFIX_LENGTH, search_key, words_starting

HIT_START = "\x02"
HIT_END = "\x03"
DEFAULT_LIMIT = 100
MOST_PREFIX_WORDS = 50  # a prefix with more words in an index is left to FTS5 (_index_phrase)

KIND_LABELS: dict[str, str] = {
    "evidence": "Evidence",
    "note": "Quick note",
    "debrief": "Debrief",
    "question": "Question",
    "commitment": "Commitment",
    "verification": "Verification",
    "private": "Private note",
}

_SNIP = f"'{HIT_START}', '{HIT_END}', '…', 14"
_RIDE = """JOIN rides r ON r.id = {ride} AND r.deleted_at IS NULL
           JOIN sellers s ON s.id = r.seller_id"""
_BEHAVIOUR = """(SELECT b.title FROM behaviours b
                 WHERE b.version_id = r.scorecard_version_id AND b.key = {key})"""
_ROW = f"f.rowid % {KEY_FACTOR}"  # the row id inside a search key (fieldride.store.search_index)


class _Kind(NamedTuple):
    """How one kind of text is searched. ``columns`` give, from a match (``f``) and the rows
    joined to it: record_id, ride_id, ride_date, seller_id, seller_name, call_id,
    call_position, account, behaviour_key, behaviour_title, field, then the indexed text
    (``texts``, in the index's column order). ``snippet`` and ``field`` run on the private
    in-memory copy of the hits' text (a table named like the index): FTS5 makes snippets only
    from text it holds, and the index holds only words."""

    fts: str
    columns: str
    texts: tuple[str, ...]
    joins: str
    snippet: str
    field: str = "''"


_KINDS: dict[str, _Kind] = {
    "evidence": _Kind(
        "observations_fts",
        f"""o.id, r.id, r.ride_date, s.id, s.name, c.id, c.position, c.account,
            o.behaviour_key, {_BEHAVIOUR.format(key="o.behaviour_key")}, ''""",
        ("o.evidence",),
        f"""JOIN observations o ON o.id = {_ROW}
            JOIN calls c ON c.id = o.call_id AND c.deleted_at IS NULL
            {_RIDE.format(ride="o.ride_id")}""",
        f"snippet(observations_fts, 0, {_SNIP})",
    ),
    "note": _Kind(
        "quick_notes_fts",
        """n.id, r.id, r.ride_date, s.id, s.name, c.id, c.position, c.account,
            NULL, NULL, ''""",
        ("n.text",),
        f"""JOIN quick_notes n ON n.id = {_ROW} AND n.deleted_at IS NULL
            LEFT JOIN calls c ON c.id = n.call_id AND c.deleted_at IS NULL
            {_RIDE.format(ride="n.ride_id")}""",
        f"snippet(quick_notes_fts, 0, {_SNIP})",
    ),
    "debrief": _Kind(
        "debriefs_fts",
        # the behaviour is the strength's or the gap's, whichever the words are in (``field``)
        """d.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL,
            coalesce(d.strength_behaviour_key, '') || char(10) || coalesce(d.gap_behaviour_key, ''),
            NULL, ''""",
        ("d.strength_evidence", "d.gap_evidence", "d.rehearsal_segment", "d.rehearsal_outcome"),
        f"""JOIN debriefs d ON d.id = {_ROW}
            {_RIDE.format(ride="d.ride_id")}""",
        f"snippet(debriefs_fts, -1, {_SNIP})",
        f"""CASE WHEN instr(highlight(debriefs_fts, 0, '{HIT_START}', ''), '{HIT_START}')
                 THEN 'strength'
                 WHEN instr(highlight(debriefs_fts, 1, '{HIT_START}', ''), '{HIT_START}')
                 THEN 'gap' ELSE 'rehearsal' END""",
    ),
    "question": _Kind(
        "debrief_questions_fts",
        f"""q.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL,
            q.behaviour_key, {_BEHAVIOUR.format(key="q.behaviour_key")}, ''""",
        ("q.text", "q.answer"),
        f"""JOIN debrief_questions q ON q.id = {_ROW} AND q.deleted_at IS NULL
            JOIN debriefs d ON d.id = q.debrief_id
            {_RIDE.format(ride="d.ride_id")}""",
        f"snippet(debrief_questions_fts, -1, {_SNIP})",
        f"""CASE WHEN instr(highlight(debrief_questions_fts, 1, '{HIT_START}', ''),
                            '{HIT_START}') THEN 'answer' ELSE 'question' END""",
    ),
    "commitment": _Kind(
        "commitments_fts",
        f"""m.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL,
            m.behaviour_key, {_BEHAVIOUR.format(key="m.behaviour_key")}, ''""",
        ("m.text",),
        f"""JOIN commitments m ON m.id = {_ROW} AND m.deleted_at IS NULL
            {_RIDE.format(ride="m.ride_id")}""",
        f"snippet(commitments_fts, 0, {_SNIP})",
    ),
    "verification": _Kind(
        "commitment_verifications_fts",
        f"""v.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL,
            m.behaviour_key, {_BEHAVIOUR.format(key="m.behaviour_key")}, v.outcome""",
        ("v.evidence",),
        f"""JOIN commitment_verifications v ON v.id = {_ROW} AND v.deleted_at IS NULL
            JOIN commitments m ON m.id = v.commitment_id AND m.deleted_at IS NULL
            {_RIDE.format(ride="v.ride_id")}""",
        f"snippet(commitment_verifications_fts, 0, {_SNIP})",
    ),
    "private": _Kind(
        "private_notes_fts",
        """p.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL, NULL, NULL, ''""",
        ("p.text",),
        f"""JOIN private_notes p ON p.id = {_ROW}
            {_RIDE.format(ride="p.ride_id")}""",
        f"snippet(private_notes_fts, 0, {_SNIP})",
    ),
}


def _pick_sql(kind: _Kind) -> str:
    """A kind's newest ``:n`` matches by ride date, with their rows' text. The index's rowid
    leads with the ride's date, so FTS5 walks the matches newest first and the query stops
    after ``:n`` rows that pass the joins (no sort, no window)."""
    return f"""
        SELECT {kind.columns}, {", ".join(kind.texts)}
        FROM {kind.fts} f {kind.joins}
        WHERE {kind.fts} MATCH :q AND f.rowid >= :floor {{seller}}
        ORDER BY f.rowid DESC LIMIT :n"""


_PICKS: dict[str, str] = {name: _pick_sql(kind) for name, kind in _KINDS.items()}
_KIND_ORDER = {kind: i for i, kind in enumerate(_KINDS)}
_OUTCOME_LABELS = {
    "applied": N_("applied"),
    "partly": N_("partly"),
    "not_yet": N_("not yet"),
    "no_opportunity": N_("no opportunity"),
}
_COLUMNS = 11  # the columns before the text in a pick


class _Scratch(threading.local):
    """A private in-memory database per thread holding, per kind, an FTS5 table named like the
    index with the text of the hits being shown (snippets and highlights come from there), and
    ``words``, where a term is split into words the way the index splits text (:meth:`words`).
    Each table is made the first time it is needed (~0.2 ms each: a search on the command line
    shows two or three kinds of the seven)."""

    conn: sqlite3.Connection | None = None
    made: set[str] | None = None

    def get(self, kind: _Kind | None = None) -> sqlite3.Connection:
        """The connection, with ``kind``'s table made (no kind: the ``words`` tables)."""
        if self.conn is None or self.made is None:
            self.conn = sqlite3.connect(":memory:", isolation_level=None)
            self.made = set()
        name = "words" if kind is None else kind.fts
        if name not in self.made:
            if kind is None:
                self.conn.execute("CREATE VIRTUAL TABLE words USING fts5(c0, tokenize='unicode61')")
                self.conn.execute(
                    "CREATE VIRTUAL TABLE words_found USING fts5vocab(words, instance)"
                )
            else:
                names = ", ".join(f"c{i}" for i in range(len(kind.texts)))
                self.conn.execute(
                    f"CREATE VIRTUAL TABLE {kind.fts} USING fts5({names}, tokenize='unicode61')"
                )
            self.made.add(name)
        return self.conn

    def words(self, text: str) -> list[str]:
        """The words the tokenizer makes of ``text``, in order, as the index holds them."""
        conn = self.get()
        conn.execute("BEGIN")  # rolled back: the table is empty again
        try:
            conn.execute("INSERT INTO words (rowid, c0) VALUES (1, ?)", [text])
            found = conn.execute("SELECT term FROM words_found ORDER BY offset").fetchall()
        finally:
            conn.execute("ROLLBACK")
        return [str(word) for (word,) in found]


_SCRATCH = _Scratch()


def _snippets(kind: _Kind, match: str, rows: list[tuple[Any, ...]]) -> dict[int, tuple[str, str]]:
    """record id -> (snippet, field) for the rows (record id first, their text last)."""
    conn = _SCRATCH.get(kind)
    texts = len(kind.texts)
    names = ", ".join(f"c{i}" for i in range(texts))
    conn.execute("BEGIN")  # rolled back: the table is empty again for the next search
    try:
        conn.executemany(
            f"INSERT INTO {kind.fts} (rowid, {names}) VALUES (?{', ?' * texts})",
            [(row[0], *row[-texts:]) for row in rows],
        )
        found = conn.execute(
            f"SELECT rowid, {kind.snippet}, {kind.field} FROM {kind.fts} WHERE {kind.fts} MATCH ?",
            [match],
        ).fetchall()
    finally:
        conn.execute("ROLLBACK")
    return {int(rowid): (snip or "", field) for rowid, snip, field in found}


class SearchHit(NamedTuple):
    """One match. ``ride_id`` opens the ride; ``call_id`` and ``behaviour_key`` say where in it
    when known. ``snippet`` marks matched words between HIT_START and HIT_END."""

    kind: str
    record_id: int
    ride_id: int
    ride_date: str
    seller_id: int
    seller_name: str
    where: str
    snippet: str
    call_id: int | None = None
    behaviour_key: str | None = None

    @property
    def private(self) -> bool:
        return self.kind == "private"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def snippet_text(self) -> str:
        """The snippet without the match markers."""
        return self.snippet.replace(HIT_START, "").replace(HIT_END, "")


class SearchResults(NamedTuple):
    text: str
    match: str | None  # the FTS5 expression that ran (None: nothing searchable was typed)
    hits: tuple[SearchHit, ...]
    truncated: bool
    # the last word, still being typed, was too short to match as a prefix: matched whole
    short_last_word: bool = False


_TOKEN = re.compile(r'"([^"]*)("?)|(\S+)')
_PIECE = re.compile(r"[^\W_]+")  # what the tokenizer keeps of a word (it splits at the rest)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _phrase(term: str, prefix: bool) -> str:
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def _expression(positive: list[str], negative: list[str]) -> str:
    expr = " AND ".join(positive)
    for phrase in negative:
        expr = f"({expr}) NOT {phrase}"
    return expr


def typing_prefix(text: str) -> bool | None:
    """Whether the last word of ``text`` is being typed and is matched as a prefix (True), is
    being typed but too short for that (False: fewer than :data:`PREFIX_LENGTH` letters in its
    last piece, matched whole), or is not being typed (None: the text ends with a space or a
    closed phrase, or its last word is excluded or ends with ``*``)."""
    text = _CONTROL.sub(" ", text)
    tokens = list(_TOKEN.finditer(text))
    if not tokens or text[-1:].isspace() or tokens[-1].group(3) is None:
        return None
    word = tokens[-1].group(3)
    if (word.startswith("-") and len(word) > 1) or word.endswith("*"):
        return None
    pieces = _PIECE.findall(word)
    return bool(pieces) and len(pieces[-1]) >= PREFIX_LENGTH


_Term = tuple[str, bool]  # a term as typed (no quotes, no leading -, no *), matched as a prefix


def _terms(text: str) -> tuple[list[_Term], list[_Term]]:
    """The terms of ``text`` that must appear and those excluded (module docstring). A term of
    punctuation only is left out: the tokenizer would make an empty phrase of it."""
    typing = typing_prefix(text)
    text = _CONTROL.sub(" ", text)  # FTS5 ends a string at NUL: control characters are spaces
    positive: list[_Term] = []
    negative: list[_Term] = []
    tokens = list(_TOKEN.finditer(text))
    for index, m in enumerate(tokens):
        last = index == len(tokens) - 1 and not text[-1:].isspace()
        if m.group(3) is not None:
            word = m.group(3)
            neg = word.startswith("-") and len(word) > 1
            word = word[1:] if neg else word
            prefix = word.endswith("*")
            word = word.rstrip("*")
            term = (word, prefix or (last and bool(typing)))
        else:  # a quoted phrase; an unclosed quote runs to the end of the text
            neg = False
            term = (m.group(1), False)
        if any(ch.isalnum() for ch in term[0]):
            (negative if neg else positive).append(term)
    return positive, negative


def build_match(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 expression, or None if nothing is searchable.

    Every term becomes a quoted FTS5 string, so operators and punctuation are literal. See the
    module docstring for the small query language. Never raises.
    """
    positive, negative = _terms(text)
    if not positive:
        return None
    return _expression([_phrase(*t) for t in positive], [_phrase(*t) for t in negative])


def _index_phrase(conn: sqlite3.Connection, fts: str, term: _Term, words: list[str]) -> str | None:
    """The phrase asking index ``fts`` for ``term``: :func:`_phrase`'s, except for a prefix whose
    last word is not :data:`PREFIX_LENGTH` long (no prefix index of its length). FTS5 answers
    such a prefix by merging the match lists of every word starting with it, in memory, before
    the first row: its whole history, 10-30 ms for a common word on a director's store, however
    few rows are shown. Asked instead for those words, in OR (read from the index's vocabulary:
    ``search_index.words_starting``), it walks their lists lazily, newest first, like one word.
    None: the index has no such word (nothing can match). More than :data:`MOST_PREFIX_WORDS`
    words: the prefix is left to FTS5. ``words``: the tokenizer's words of a prefix's text
    (:meth:`_Scratch.words`; none for a whole term)."""
    phrase = _phrase(*term)
    if not words or len(words[-1]) == PREFIX_LENGTH:
        return phrase
    found = words_starting(conn, fts, words[-1], MOST_PREFIX_WORDS)
    if found is None:
        return phrase
    if not found:
        return None
    return "(" + " OR ".join(_phrase(" ".join([*words[:-1], w]), False) for w in found) + ")"


def _index_match(
    conn: sqlite3.Connection,
    fts: str,
    terms: tuple[list[_Term], list[_Term]],
    words: dict[_Term, list[str]],
) -> str | None:
    """The FTS5 expression asking index ``fts`` for ``terms`` (what :func:`build_match` asks,
    with :func:`_index_phrase`'s phrases; ``words``: each prefix's words), or None when nothing
    in that index can match."""
    positive: list[str] = []
    for term in terms[0]:
        phrase = _index_phrase(conn, fts, term, words.get(term, []))
        if phrase is None:
            return None
        positive.append(phrase)
    negative = [_index_phrase(conn, fts, term, words.get(term, [])) for term in terms[1]]
    return _expression(positive, [phrase for phrase in negative if phrase is not None])


def search(
    store: Store,
    text: str,
    *,
    seller_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    include_private: bool = True,
) -> SearchResults:
    """Search everything written (optionally for one seller), newest first, at most ``limit``
    hits. Never raises for any ``text``; an empty or punctuation-only text finds nothing."""
    match = build_match(text)
    if match is None:
        return SearchResults(text, None, (), False)
    terms = _terms(text)
    words = {term: _SCRATCH.words(term[0]) for term in (*terms[0], *terms[1]) if term[1]}
    short = typing_prefix(text) is False
    # one more than the limit: whether more matches exist than are returned
    params: dict[str, Any] = {"n": limit + 1, "seller": seller_id}
    seller_clause = "AND s.id = :seller" if seller_id is not None else ""
    # One seller with a small share of the store: their own copy of the index (seller_copy)
    copy = None
    if seller_id is not None and seller_copy.worth_copying(store.db.conn, seller_id):
        copy = seller_copy.seller_tables(store.db.conn, seller_id)
    picks: list[tuple[str, int, int, str, tuple[Any, ...]]] = []
    floor = 0  # no kind needs matches of rides older than the (limit + 1)-th kept so far
    for kind, sql in _PICKS.items():
        if kind == "private" and not include_private:
            continue
        fts = _KINDS[kind].fts
        if copy is not None:  # a small index: the prefixes as typed, no look-up of words
            asked: str | None = match
            sql = sql.replace(f"FROM {fts} f", f'FROM {copy}."{fts}" f', 1)
        else:
            asked = _index_match(store.db.conn, fts, terms, words)
        if asked is None:
            continue
        rows = store.db.execute(
            sql.format(seller=seller_clause), params | {"q": asked, "floor": floor}
        )
        picks.extend((row[2], -_KIND_ORDER[kind], int(row[0]), kind, tuple(row)) for row in rows)
        picks.sort(reverse=True)
        del picks[limit + 1 :]
        if len(picks) > limit:
            floor = search_key(picks[-1][0], 0)
    truncated = len(picks) > limit
    chosen: dict[str, list[tuple[Any, ...]]] = {}
    for _day, _order, _rec, kind, row in picks[:limit]:
        chosen.setdefault(kind, []).append(row)
    # Snippets only for the hits shown (a snippet re-reads its text: the costliest part per hit)
    made = {kind: _snippets(_KINDS[kind], match, rows) for kind, rows in chosen.items()}
    hits: list[SearchHit] = []
    for _day, _order, rec, kind, row in picks[:limit]:
        if rec in made[kind]:  # always, unless the index disagrees with the text
            snip, field = made[kind][rec]
            hits.append(_hit(kind, (*row[: _COLUMNS - 1], field or row[_COLUMNS - 1], snip)))
    return SearchResults(text, match, tuple(hits), truncated, short)


def _hit(kind: str, row: tuple[Any, ...]) -> SearchHit:
    """One hit, with where it was found in the interface language (``messages()``): the
    search screen and ``fieldride search`` show it as it is."""
    (rec, ride, day, sid, name, call, position, account, key, title, field, snip) = row
    label = title or key or ""
    lang = messages()
    if kind == "evidence":
        number = int(position) + 1
        where = (
            lang.gettext("Evidence · Call {number} · {account} · {behaviour}").format(
                number=number, account=account, behaviour=label
            )
            if account
            else lang.gettext("Evidence · Call {number} · {behaviour}").format(
                number=number, behaviour=label
            )
        )
    elif kind == "note":
        where = (
            lang.gettext("Quick note · Call {number}").format(number=int(position) + 1)
            if call is not None
            else lang.gettext("Quick note")
        )
    elif kind == "debrief":
        strength, _, gap = (key or "").partition("\n")
        key = {"strength": strength, "gap": gap}.get(field) or None
        if field == "strength":
            where = lang.gettext("Debrief · Strength")
        elif field == "gap":
            where = lang.gettext("Debrief · Gap")
        else:
            where = lang.gettext("Debrief · Rehearsal")
        label = ""
    elif kind == "question":
        where = (
            lang.gettext("Debrief · Seller's answer")
            if field == "answer"
            else lang.gettext("Debrief · Question")
        )
    elif kind == "commitment":
        where = lang.gettext("Commitment")
    elif kind == "verification":
        outcome = _OUTCOME_LABELS.get(field)
        where = lang.gettext("Commitment check · {outcome}").format(
            outcome=lang.gettext(outcome) if outcome else field
        )
    else:
        where = lang.gettext("Private note (yours only)")
    if label and kind != "evidence":
        where += f" · {label}"
    return SearchHit(
        kind=kind,
        record_id=int(rec),
        ride_id=int(ride),
        ride_date=day,
        seller_id=int(sid),
        seller_name=name,
        where=where,
        snippet=snip or "",
        call_id=int(call) if call is not None else None,
        behaviour_key=key,
    )
