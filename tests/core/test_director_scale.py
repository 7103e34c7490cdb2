"""A director's store (issue 23, deliver 5): the generator's data holds together, and the review
queries read it through indexes: no plan scans a table that grows with the whole organisation
where an index would do.

The store is ``benchmarks.director.generate_director`` in small (4 teams of 3 sellers over a year, the last
team with three sellers' history each); the plans are SQLite's EXPLAIN QUERY PLAN of every
SELECT the team overview, the seller profile and search run (captured with the trace callback),
so the test reads the same plans the benchmark prints.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from benchmarks import director as director_data
from fieldride import insights
from fieldride.insights import progress
from fieldride.search import full_text as search
from fieldride.store import Store
from fieldride.store.checksums import changed_rides, ensure_triggers
from fieldride.store.search_index import PREFIX_LENGTH
from tests.core.search_statements import match_statements

TODAY = date(2026, 6, 1)
# Tables whose rows grow with the number of teams (and with every seller's history).
GROWING = {
    "observations",
    "rides",
    "calls",
    "ride_focus",
    "quick_notes",
    "debriefs",
    "debrief_questions",
    "private_notes",
    "commitments",
    "commitment_verifications",
    "acknowledgements",
    "ride_audit",
    "training_events",
    "training_attendees",
    "training_behaviours",
    "sellers",
}
# Partial indexes of the few removed calls and conflict copies: scanning them reads only those.
TINY_PARTIAL = ("idx_calls_deleted", "idx_rides_conflict_of")
_SQL_WORDS = {"where", "on", "join", "left", "inner", "cross", "group", "order", "limit", "using"}


@pytest.fixture
def director(store: Store) -> Store:
    director_data.generate_director(store, teams=4, sellers=3, years=1, seed=3, today=TODAY)
    return store


def _aliases(sql: str) -> dict[str, str]:
    """alias -> table for every ``FROM/JOIN table [AS] alias`` of ``sql``."""
    out: dict[str, str] = {}
    for table, alias in re.findall(
        r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", sql, flags=re.IGNORECASE
    ):
        out[table] = table
        if alias and alias.lower() not in _SQL_WORDS:
            out[alias] = table
    return out


def _plans(store: Store, fn: Callable[[], Any]) -> list[tuple[str, list[str]]]:
    seen: list[str] = []

    def trace(sql: str) -> None:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and sql not in seen:
            seen.append(sql)

    store.db.conn.set_trace_callback(trace)
    try:
        fn()
    finally:
        store.db.conn.set_trace_callback(None)
    return [
        (sql, [str(r[-1]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}")]) for sql in seen
    ]


def _growing_scans(store: Store, fn: Callable[[], Any], allowed: set[str]) -> list[str]:
    found = []
    for sql, lines in _plans(store, fn):
        names = _aliases(sql)
        for line in lines:
            if not line.startswith("SCAN ") or "VIRTUAL TABLE" in line:
                continue
            table = names.get(line.split()[1], line.split()[1])
            if table in GROWING - allowed and not any(i in line for i in TINY_PARTIAL):
                found.append(f"{line}  <-  {' '.join(sql.split())[:160]}")
    return found


def test_director_dataset_holds_together(director: Store) -> None:
    db = director.db
    count = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert count("SELECT count(*) FROM sellers") == 12
    assert count("SELECT count(DISTINCT team) FROM sellers WHERE team LIKE 'Team 4%'") == 1
    for table in ("sellers", "rides", "calls", "observations", "commitments"):
        assert count(f"SELECT count(DISTINCT uuid) = count(*) FROM {table}") == 1, table
    # observations keep the denormalised seller and date of their ride in every copy
    assert (
        count(
            "SELECT count(*) FROM observations o JOIN rides r ON r.id = o.ride_id "
            "WHERE o.seller_id != r.seller_id OR o.observed_on != r.ride_date"
        )
        == 0
    )
    # the last team's sellers each carry about three sellers' history
    per_seller = dict(db.execute("SELECT seller_id, count(*) FROM rides GROUP BY seller_id"))
    first, grown = [per_seller[i] for i in (1, 2, 3)], [per_seller[i] for i in (10, 11, 12)]
    assert min(grown) > 2.5 * max(first)
    # every copy is searchable: the FTS rows came from the schema's triggers (each
    # observation with evidence; the index leaves rows without text out)
    assert count("SELECT count(*) FROM observations_fts") == count(
        "SELECT count(*) FROM observations WHERE evidence != ''"
    )
    assert db.execute("INSERT INTO observations_fts (observations_fts) VALUES ('integrity-check')")
    # every acknowledged ride is sealed with its true checksum (nothing left for the first open
    # to seal), and the checksum triggers the copy went without are all back
    assert count("SELECT count(*) FROM rides WHERE status = 'acknowledged'") == count(
        "SELECT count(*) FROM ride_checksums"
    )
    assert changed_rides(db.conn) == []
    assert not ensure_triggers(db.conn)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # every team's rides are its own manager's, as after a pull: Review groups them by manager
    managers = insights.seller_managers(director)
    assert len(managers.managers) == 4
    teams = Counter(m.author_id for m in managers.of_seller.values())
    assert sorted(teams.values()) == [3, 3, 3, 3]
    assert {"Manager 2", "Manager 3", "Manager 4"} < {m.name for m in managers.managers}


def test_review_queries_scan_nothing_that_grows_with_the_organisation(director: Store) -> None:
    # the check sees a scan when there is one (an unindexed filter reads every observation)
    assert _growing_scans(
        director,
        lambda: director.db.execute(
            "SELECT count(*) FROM observations o WHERE o.evidence LIKE '%price%'"
        ).fetchone(),
        set(),
    )
    busiest = director.db.execute(
        "SELECT seller_id FROM rides GROUP BY seller_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    # The team overview lists every seller (its answer grows with the team): sellers may be
    # read whole there, and nowhere else.
    assert (
        _growing_scans(director, lambda: insights.team_overview(director, today=TODAY), {"sellers"})
        == []
    )
    assert (
        _growing_scans(
            director, lambda: progress.seller_profile(director, busiest, today=TODAY), set()
        )
        == []
    )
    for term in ("discount", "warehouse project", "CFO renewal"):
        assert _growing_scans(director, lambda t=term: search.search(director, t), set()) == []


def _team_of(store: Store, manager: str) -> list[int]:
    return [
        int(r[0])
        for r in store.db.execute(
            "SELECT DISTINCT seller_id FROM rides WHERE manager_name = ?", [manager]
        )
    ]


def test_one_managers_overview_reads_only_that_team(director: Store) -> None:
    # The review on a director's store computes one manager's team: every growing table,
    # sellers included, is reached by the team's ids (no scan), and the overdue commitments by
    # a seek per seller, not a range over the whole organisation's open commitments.
    team = _team_of(director, "Manager 2")
    key = insights.scorecards_in_use(director)[0][0]
    assert len(team) == 3

    def one_team() -> object:
        return insights.team_overview(director, key, today=TODAY, sellers=team)

    assert _growing_scans(director, one_team, set()) == []
    lines = [line for _sql, plan in _plans(director, one_team) for line in plan]
    assert not [line for line in lines if "idx_commitments_open" in line]
    # the managers of the sellers: one seek per seller, no read of every ride
    assert _growing_scans(director, lambda: insights.seller_managers(director), {"sellers"}) == []


def test_one_managers_overview_is_the_whole_overview_filtered(director: Store) -> None:
    key = insights.scorecards_in_use(director)[0][0]
    team = _team_of(director, "Manager 3")
    # an archived seller of the team is left out of both; a seller id that is not a seller
    # changes nothing
    director.db.execute(
        "UPDATE sellers SET archived_at = '2026-05-01T00:00:00.000Z' WHERE id = ?", [team[0]]
    )
    full = insights.team_overview(director, key, today=TODAY)
    assert full is not None and len(full.rows) == 11
    assert {c.seller_id for c in full.overdue} - set(team), "other teams' overdue commitments"
    for chosen in ([*team, 10_000], team[1:2], _team_of(director, "Manager 4"), []):
        one = insights.team_overview(director, key, today=TODAY, sellers=chosen)
        assert one is not None and one.scorecard == full.scorecard
        assert list(one.rows) == [r for r in full.rows if r.cadence.seller_id in chosen]
        assert list(one.overdue) == [c for c in full.overdue if c.seller_id in chosen]
    one = insights.team_overview(director, key, today=TODAY, sellers=team)
    assert one is not None and len(one.rows) == 2 and any(r.levels for r in one.rows)
    assert one.overdue and any(r.score for r in one.rows)


def test_a_profile_period_reads_its_rides_and_levels_as_date_ranges(director: Store) -> None:
    """The profile over a period (what the screen opens with) reads the seller's rides, focus
    and levels as (seller, date) ranges of their indexes, not the seller's whole history."""
    busiest = director.db.execute(
        "SELECT seller_id FROM rides GROUP BY seller_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    since = progress.period_start(3, TODAY)

    def profile() -> object:
        return progress.seller_profile(director, busiest, today=TODAY, since=since)

    assert _growing_scans(director, profile, set()) == []
    lines = [line for _, plan in _plans(director, profile) for line in plan]
    ranges = [line for line in lines if line.endswith(("ride_date>?)", "observed_on>?)"))]
    assert sorted(ranges) == [
        "SEARCH o USING COVERING INDEX idx_obs_ride_levels "
        "(seller_id=? AND scorecard_id=? AND observed_on>?)",
        "SEARCH r USING COVERING INDEX idx_rides_seller_date (seller_id=? AND ride_date>?)",
        "SEARCH r USING INDEX idx_rides_seller_date (seller_id=? AND ride_date>?)",
    ]
    # ... and the trends hold only the period's rides
    shown = progress.seller_profile(director, busiest, today=TODAY, since=since)
    assert 0 < shown.period_rides < shown.rides


def test_search_asks_no_index_for_a_whole_prefix_list(
    director: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The benchmark's searches type their last word whole (``discount``, ``project``,
    ``renewal``), a prefix longer than the prefix index: FTS5 would merge that word's whole
    match list in memory before the first row, over the whole organisation's history (20-30 ms
    of the ~35 ms a term took on the director's store). Each index is asked for the words
    starting with it instead, and only an index holding one is asked; the hits are the ones the
    prefix gives, in the same order."""
    asked: list[str] = []

    def trace(sql: str) -> None:
        if " MATCH " in sql and not sql.startswith("--"):  # ours, not FTS5's own statements
            asked.extend(re.findall(r"MATCH '((?:[^']|'')*)'", sql))

    terms = ("discount", "warehouse project", "CFO renewal")
    director.db.conn.set_trace_callback(trace)
    try:
        found = [search.search(director, t) for t in terms]
    finally:
        director.db.conn.set_trace_callback(None)
    longer = re.compile(rf'"[^"]*[^\W_]{{{PREFIX_LENGTH + 1},}}"\*')
    assert asked and not [m for m in asked if longer.search(m)]
    assert all(r.hits and r.truncated for r in found)
    monkeypatch.setattr(search, "MOST_PREFIX_WORDS", 0)  # every prefix left to FTS5
    assert found == [search.search(director, t) for t in terms]


def _overview_plans(store: Store) -> list[tuple[str, str]]:
    """(table, plan line) of every table each statement of the whole team overview reads."""
    out = []
    for sql, lines in _plans(store, lambda: insights.team_overview(store, today=TODAY)):
        names = _aliases(sql)
        for line in lines:
            if line.startswith(("SEARCH ", "SCAN ")):
                out.append((names.get(line.split()[1], line.split()[1]), line))
    return out


def test_the_overview_reads_observations_only_from_covering_indexes(director: Store) -> None:
    """The ratings are read from indexes that hold every column the overview needs: never a row
    of the observations table itself (~15.6 M of them on the benchmark's director store, each
    read a page read of its own). Before, the latest rating of a behaviour missing from a
    seller's newest ride (one of an older scorecard version) walked ``idx_obs_trend`` and read
    each rating's row for its ride."""
    reads = [line for table, line in _overview_plans(director) if table == "observations"]
    assert [line for line in reads if "COVERING INDEX" not in line] == []
    # the behaviours of the older version were read too (pair by pair)
    assert any("idx_obs_team" in line for line in reads), reads


def test_the_overview_reads_the_sellers_in_id_order(director: Store) -> None:
    """Every statement of the overview that seeks per seller walks the sellers in id order, the
    order of the indexes it seeks in (consecutive sellers share their pages); only results are
    sorted by name. Before, the cadence walked them in name order (idx_sellers_name): each seek
    landed on pages read long before, half again the time on a director's store."""
    seller_reads = [line for table, line in _overview_plans(director) if table == "sellers"]
    assert seller_reads
    assert [line for line in seller_reads if "idx_sellers_name" in line] == []


SELLER_TERMS = (
    "disc",
    "discou",
    "discount",
    "discount ",
    "warehouse project",
    '"warehouse project"',
    "CFO renewal",
    '"CFO renewal"',
    "the",
    "pr",
    "pro",
    "price -discount",
    "zzqx",
    "zzqxnothing",
)


def test_a_search_for_one_seller_reads_only_that_sellers_rows(
    director: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A seller with a small share of the store (under 1 ride in ``SHARE``: on the benchmark's
    director store 373 or 1,174 rides of 298,740) is searched in a copy of their part of the
    index, made from their rides through indexes: no statement walks the organisation's matches
    (before, every match of the organisation was joined to its ride to drop the other sellers'
    rows, 200-420 ms a term there) and none scans a table that grows with it. This store has 12
    sellers: the share is lowered so that each of them is copied."""
    from fieldride.search import seller_copy

    monkeypatch.setattr(seller_copy, "SHARE", 5)
    busiest = director.db.execute(
        "SELECT seller_id FROM rides GROUP BY seller_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    for seller in (1, busiest):
        assert seller_copy.worth_copying(director.db.conn, seller)
        for term in ("discount", "warehouse project", '"CFO renewal"'):

            def one(t: str = term, s: int = seller) -> object:
                return search.search(director, t, seller_id=s)

            asked = match_statements(director, one)
            assert asked and all(f"FROM {seller_copy.SCHEMA}." in sql for sql in asked), asked
            assert _growing_scans(director, one, set()) == []
    # the copy is made from the seller's rides by index (its statements run once per change)
    monkeypatch.setattr(seller_copy, "_STATES", {})
    assert _growing_scans(director, lambda: search.search(director, "x", seller_id=1), set()) == []
    # without a small share the organisation's matches are walked, as before
    monkeypatch.setattr(seller_copy, "SHARE", 1000)
    assert not seller_copy.worth_copying(director.db.conn, 1)
    asked = match_statements(director, lambda: search.search(director, "discount", seller_id=1))
    assert asked and not [sql for sql in asked if seller_copy.SCHEMA in sql]


def test_a_search_for_one_seller_gives_what_the_whole_search_gives_for_them(
    director: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For every seller and term (whole words, prefixes as typed, phrases, exclusions, terms that
    match nothing) and several limits: the search in the seller's copy gives exactly the hits,
    order, snippets and cut of the search walking the organisation's matches, and both are the
    organisation's search without a filter, kept to that seller."""
    from fieldride.search import seller_copy

    sellers_ = [int(r[0]) for r in director.db.execute("SELECT id FROM sellers ORDER BY id")]
    everyone = {
        (t, p): search.search(director, t, limit=100_000, include_private=p)
        for t in SELLER_TERMS
        for p in (True, False)
    }
    assert all(not r.truncated for r in everyone.values())
    assert sum(bool(r.hits) for r in everyone.values()) > len(everyone) / 2
    for seller in sellers_:
        for (term, private), whole in everyone.items():
            theirs = tuple(h for h in whole.hits if h.seller_id == seller)
            for limit in (1, 7, 100):
                monkeypatch.setattr(seller_copy, "SHARE", 0)  # every seller in a copy
                copied = search.search(
                    director, term, seller_id=seller, limit=limit, include_private=private
                )
                monkeypatch.setattr(seller_copy, "SHARE", 10**9)  # never
                walked = search.search(
                    director, term, seller_id=seller, limit=limit, include_private=private
                )
                assert copied == walked, (seller, term, limit, private)
                assert copied.hits == theirs[:limit], (seller, term, limit)
                assert copied.truncated == (len(theirs) > limit)


def test_a_sellers_copy_follows_every_change(
    director: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is made again after any write on the store's connection, after a commit of
    another connection, and for another seller; inside a transaction the index is walked."""
    import sqlite3

    from fieldride import rides
    from fieldride.search import seller_copy

    monkeypatch.setattr(seller_copy, "SHARE", 0)
    ride = rides.plan_ride(director, 1, TODAY, scorecard_key="field-visit").id  # our own ride

    def found(term: str, seller: int = 1) -> list[int]:
        return [h.ride_id for h in search.search(director, term, seller_id=seller).hits]

    assert found("quokka") == []
    call = rides.add_call(director, ride, "visit", "Quokka Farms")
    rides.set_evidence(director, call.id, "discovery", "the quokka order grew")
    assert found("quokka") == [ride]
    assert found("quokka", seller=2) == []
    assert found("quok") == [ride]
    rides.set_evidence(director, call.id, "discovery", "the order grew")
    assert found("quokka") == []
    # another connection's commit (the store's file, written elsewhere)
    other = sqlite3.connect(director.path)
    try:
        other.execute("PRAGMA recursive_triggers = on")
        other.execute(
            "UPDATE observations SET evidence = 'a wombat asked' WHERE call_id = ?", [call.id]
        )
        other.commit()
    finally:
        other.close()
    assert found("wombat") == [ride]
    # inside a transaction: the walk, and the same answer
    with director.db.atomic():
        rides.set_evidence(director, call.id, "discovery", "a numbat asked")
        asked = match_statements(director, lambda: found("numbat"))
        assert asked and not [sql for sql in asked if seller_copy.SCHEMA in sql]
        assert found("numbat") == [ride]
    assert found("numbat") == [ride] and found("wombat") == []
