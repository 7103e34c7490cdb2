"""Full-text search over everything a manager writes (SQLite FTS5, kept in sync by triggers).

Searched: evidence on observations, quick notes, debriefs (strength, gap, rehearsal), diagnostic
questions and the seller's answers, commitments, commitment verifications, and the manager's
private notes (it is the manager's own laptop; hits are flagged ``private`` so the UI labels
them). Removed rides, calls, notes, questions and commitments are never found.

Query language, kept forgiving on purpose (:func:`build_match`): words must all appear (any
order); ``"two words"`` is a phrase; ``word*`` matches words starting with it and the last word
is matched as a prefix while typing; ``-word`` excludes. Everything else the user types — stray
quotes, ``*``, ``AND``/``OR``/``NEAR``, brackets, colons — is taken literally: every term is
quoted before it reaches FTS5, so no input can raise a syntax error.

Order: newest ride first, by ride date. Rowid order is the order rows were written, which is not
the ride date's order once rides arrive from elsewhere (a bundle, a director's pull of several
teams, in any order), so it is never taken for it. The cost stays bounded: per kind, FTS5 walks
its matches backwards by rowid (without ranking every match) and stops after a window of
``limit`` x ``WINDOW_FACTOR`` (500), the most recently written; those are joined to their ride
and ordered by its date, and the newest ``limit`` are kept; the kinds are then merged by ride date.
Within the window the order is exact; a kind with more matches than the window (a common word
on a large store) leaves its earlier-written matches out, and ``SearchResults.truncated`` says
that more matches exist than were returned. Only the ``limit`` hits kept across all kinds get a
snippet (a second, equally bounded walk per kind).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from fieldride.store import Store

log = logging.getLogger(__name__)

HIT_START = "\x02"
HIT_END = "\x03"
DEFAULT_LIMIT = 100
# Matches of a kind read per search: the latest-written ``limit`` x this (see the module
# docstring, "Order").
WINDOW_FACTOR = 5

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

# Per kind: the columns, the FTS5 table and the joins from its matches (``f``) to the rows
# that say where they are; every kind gives the same columns:
# record_id, ride_id, ride_date, seller_id, seller_name, call_id, call_position, account,
# behaviour_key, behaviour_title, field, snippet
_KINDS: dict[str, tuple[str, str, str]] = {
    "evidence": (
        f"""o.id, r.id, r.ride_date, s.id, s.name, c.id, c.position, c.account,
            o.behaviour_key, {_BEHAVIOUR.format(key="o.behaviour_key")}, '',
            snippet(observations_fts, 0, {_SNIP})""",
        "observations_fts",
        f"""JOIN observations o ON o.id = f.rowid
            JOIN calls c ON c.id = o.call_id AND c.deleted_at IS NULL
            {_RIDE.format(ride="o.ride_id")}""",
    ),
    "note": (
        f"""n.id, r.id, r.ride_date, s.id, s.name, c.id, c.position, c.account,
            NULL, NULL, '', snippet(quick_notes_fts, 0, {_SNIP})""",
        "quick_notes_fts",
        f"""JOIN quick_notes n ON n.id = f.rowid AND n.deleted_at IS NULL
            LEFT JOIN calls c ON c.id = n.call_id AND c.deleted_at IS NULL
            {_RIDE.format(ride="n.ride_id")}""",
    ),
    "debrief": (
        f"""d.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL,
            CASE WHEN instr(highlight(debriefs_fts, 0, '{HIT_START}', ''), '{HIT_START}')
                 THEN d.strength_behaviour_key
                 WHEN instr(highlight(debriefs_fts, 1, '{HIT_START}', ''), '{HIT_START}')
                 THEN d.gap_behaviour_key END,
            NULL,
            CASE WHEN instr(highlight(debriefs_fts, 0, '{HIT_START}', ''), '{HIT_START}')
                 THEN 'strength'
                 WHEN instr(highlight(debriefs_fts, 1, '{HIT_START}', ''), '{HIT_START}')
                 THEN 'gap' ELSE 'rehearsal' END,
            snippet(debriefs_fts, -1, {_SNIP})""",
        "debriefs_fts",
        f"""JOIN debriefs d ON d.id = f.rowid
            {_RIDE.format(ride="d.ride_id")}""",
    ),
    "question": (
        f"""q.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL,
            q.behaviour_key, {_BEHAVIOUR.format(key="q.behaviour_key")},
            CASE WHEN instr(highlight(debrief_questions_fts, 1, '{HIT_START}', ''),
                            '{HIT_START}') THEN 'answer' ELSE 'question' END,
            snippet(debrief_questions_fts, -1, {_SNIP})""",
        "debrief_questions_fts",
        f"""JOIN debrief_questions q ON q.id = f.rowid AND q.deleted_at IS NULL
            JOIN debriefs d ON d.id = q.debrief_id
            {_RIDE.format(ride="d.ride_id")}""",
    ),
    "commitment": (
        f"""m.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL,
            m.behaviour_key, {_BEHAVIOUR.format(key="m.behaviour_key")}, '',
            snippet(commitments_fts, 0, {_SNIP})""",
        "commitments_fts",
        f"""JOIN commitments m ON m.id = f.rowid AND m.deleted_at IS NULL
            {_RIDE.format(ride="m.ride_id")}""",
    ),
    "verification": (
        f"""v.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL,
            m.behaviour_key, {_BEHAVIOUR.format(key="m.behaviour_key")}, v.outcome,
            snippet(commitment_verifications_fts, 0, {_SNIP})""",
        "commitment_verifications_fts",
        f"""JOIN commitment_verifications v ON v.id = f.rowid AND v.deleted_at IS NULL
            JOIN commitments m ON m.id = v.commitment_id AND m.deleted_at IS NULL
            {_RIDE.format(ride="v.ride_id")}""",
    ),
    "private": (
        f"""p.id, r.id, r.ride_date, s.id, s.name, NULL, NULL, NULL, NULL, NULL, '',
            snippet(private_notes_fts, 0, {_SNIP})""",
        "private_notes_fts",
        f"""JOIN private_notes p ON p.id = f.rowid
            {_RIDE.format(ride="p.ride_id")}""",
    ),
}


def _pick_sql(fts: str, joins: str) -> str:
    """A kind's newest ``:n`` matches by ride date (then newest row): (rowid, ride date). FTS5
    walks the latest-written ``:window`` matches (rowids backwards; it stops there, without
    ranking or joining every match), which are joined to their ride and ordered by its date."""
    return f"""
        SELECT f.rowid, r.ride_date
        FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT :window) f
        {joins}
        WHERE 1 {{seller}}
        ORDER BY r.ride_date DESC, f.rowid DESC LIMIT :n"""


def _hits_sql(columns: str, fts: str, joins: str) -> str:
    """The hits (with their snippets) of the rowids in ``:ids``, from a second walk over the
    same stretch of rowids (from ``:lowest``): FTS5 makes a snippet only in the query that
    matched, and a look-up by rowid with MATCH would rebuild a prefix term's match list for
    every row (the ``+`` keeps the rowids a filter)."""
    return f"""
        SELECT {columns}
        FROM {fts} f {joins}
        WHERE {fts} MATCH :q AND f.rowid >= :lowest
          AND +f.rowid IN (SELECT value FROM json_each(:ids))"""


_PICKS: dict[str, str] = {kind: _pick_sql(fts, joins) for kind, (_, fts, joins) in _KINDS.items()}
_QUERIES: dict[str, str] = {kind: _hits_sql(*parts) for kind, parts in _KINDS.items()}
_KIND_ORDER = {kind: i for i, kind in enumerate(_QUERIES)}
_OUTCOME_LABELS = {
    "applied": "applied",
    "partly": "partly",
    "not_yet": "not yet",
    "no_opportunity": "no opportunity",
}


@dataclass(frozen=True)
class SearchHit:
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


@dataclass(frozen=True)
class SearchResults:
    text: str
    match: str | None  # the FTS5 expression that ran (None: nothing searchable was typed)
    hits: tuple[SearchHit, ...]
    truncated: bool


_TOKEN = re.compile(r'"([^"]*)("?)|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _phrase(term: str, prefix: bool) -> str | None:
    if not any(ch.isalnum() for ch in term):
        return None  # only punctuation: the tokenizer would make an empty phrase
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def build_match(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 expression, or None if nothing is searchable.

    Every term becomes a quoted FTS5 string, so operators and punctuation are literal. See the
    module docstring for the small query language. Never raises.
    """
    text = _CONTROL.sub(" ", text)  # FTS5 ends a string at NUL: control characters are spaces
    positive: list[str] = []
    negative: list[str] = []
    tokens = list(_TOKEN.finditer(text))
    for index, m in enumerate(tokens):
        last = index == len(tokens) - 1 and not text[-1:].isspace()
        if m.group(3) is not None:
            word = m.group(3)
            neg = word.startswith("-") and len(word) > 1
            word = word[1:] if neg else word
            prefix = word.endswith("*")
            word = word.rstrip("*")
            phrase = _phrase(word, prefix or (last and not neg and len(word) >= 2))
        else:  # a quoted phrase; an unclosed quote runs to the end of the text
            neg = False
            phrase = _phrase(m.group(1), prefix=False)
        if phrase is not None:
            (negative if neg else positive).append(phrase)
    if not positive:
        return None
    expr = " AND ".join(positive)
    for phrase in negative:
        expr = f"({expr}) NOT {phrase}"
    return expr


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
    params: dict[str, Any] = {
        "q": match,
        "n": limit,
        "window": max(limit * WINDOW_FACTOR, limit),
        "seller": seller_id,
    }
    seller_clause = "AND s.id = :seller" if seller_id is not None else ""
    # First the newest matches of every kind by ride date, rowids only; then the snippets of
    # those that make the ``limit`` (a snippet re-reads its text: the costliest part per hit).
    picks: list[tuple[str, int, int, str]] = []  # (ride date, -kind order, rowid, kind)
    truncated = False
    for kind, sql in _PICKS.items():
        if kind == "private" and not include_private:
            continue
        rows = store.db.execute(sql.format(seller=seller_clause), params).fetchall()
        truncated = truncated or len(rows) >= limit
        picks.extend((day, -_KIND_ORDER[kind], int(rowid), kind) for rowid, day in rows)
    picks.sort(reverse=True)
    if len(picks) > limit:
        picks, truncated = picks[:limit], True
    chosen: dict[str, list[int]] = {}
    for _day, _order, rowid, kind in picks:
        chosen.setdefault(kind, []).append(rowid)
    hits: list[SearchHit] = []
    for kind, ids in chosen.items():
        rows = store.db.execute(
            _QUERIES[kind], {"q": match, "lowest": min(ids), "ids": json.dumps(ids)}
        ).fetchall()
        hits.extend(_hit(kind, row) for row in rows)
    hits.sort(key=lambda h: (h.ride_date, -_KIND_ORDER[h.kind], h.record_id), reverse=True)
    log.debug("search: %d hit(s)%s", len(hits), " (truncated)" if truncated else "")
    return SearchResults(text, match, tuple(hits), truncated)


def _hit(kind: str, row: tuple[Any, ...]) -> SearchHit:
    (rec, ride, day, sid, name, call, position, account, key, title, field, snip) = row
    label = title or key or ""
    if kind == "evidence":
        call_part = f"Call {int(position) + 1}" + (f" · {account}" if account else "")
        where = f"Evidence · {call_part} · {label}"
    elif kind == "note":
        where = "Quick note" + (f" · Call {int(position) + 1}" if call is not None else "")
    elif kind == "debrief":
        where = {"strength": "Debrief · Strength", "gap": "Debrief · Gap"}.get(
            field, "Debrief · Rehearsal"
        )
        label = ""
    elif kind == "question":
        where = "Debrief · " + ("Seller's answer" if field == "answer" else "Question")
    elif kind == "commitment":
        where = "Commitment"
    elif kind == "verification":
        where = f"Commitment check · {_OUTCOME_LABELS.get(field, field)}"
    else:
        where = "Private note (yours only)"
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
