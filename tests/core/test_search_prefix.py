"""The last word typed is matched as a prefix from its third letter, read from FTS5's prefix
index of that length (``prefix='3'`` in migration 0015's tables): without it FTS5 merges the
match lists of every word starting with the prefix before the first row (``"pr"*``: 300 ms on a
director's store). Shorter last words are whole words until a third letter is typed. The
prefix index agrees with the words after every write (``search_index.differences`` checks it),
and prefix searches give exactly what the words say. Real store files throughout."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from fieldride import rides
from fieldride.search import full_text as search
from fieldride.store import Store
from fieldride.store.search_index import PREFIX_LENGTH, differences, search_key
from fieldride.team import sellers
from tests.core.search_statements import match_statements

WORDS = (
    "project",
    "projects",
    "protest",
    "promise",
    "price",
    "pricing",
    "practice",
    "pr",
    "profit",
    "renewal",
    "renew",
    "discount",
    "dis",
    "CFO",
    "Übergabe",
    "über",
)


def _evidence(store: Store, day: date, text: str) -> tuple[int, int]:
    seller = sellers.list_sellers(store)[0]
    ride = rides.plan_ride(store, seller.id, day, scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.set_evidence(store, call.id, "discovery", text)
    row = store.db.execute("SELECT id FROM observations WHERE call_id = ?", [call.id]).fetchone()
    return ride.id, int(row[0])


def test_the_last_word_is_a_prefix_from_its_third_letter() -> None:
    assert PREFIX_LENGTH == 3
    assert search.build_match("p") == '"p"'
    assert search.build_match("pr") == '"pr"'  # before: "pr"*, every word from pr…
    assert search.build_match("pro") == '"pro"*'
    assert search.build_match("warehouse pr") == '"warehouse" AND "pr"'
    assert search.build_match("warehouse pro") == '"warehouse" AND "pro"*'
    assert search.build_match("pr*") == '"pr"*'  # asked for: still a prefix
    assert search.build_match("pr ") == '"pr"'
    assert search.build_match("x.y") == '"x.y"'  # the tokenizer's last piece is "y"
    assert search.build_match("e-mail") == '"e-mail"*'
    assert [search.typing_prefix(t) for t in ("pr", "pro", "pr ", "-pro", "pr*", '"pr"')] == [
        False,
        True,
        None,
        None,
        None,
        None,
    ]


def test_a_short_prefix_is_read_from_the_prefix_index(store: Store) -> None:
    """A three-letter prefix is answered from the prefix index, a longer one from the words: an
    index made to disagree on purpose (the word ``project``'s row taken out under another word
    of the same prefix) tells which one answered, and ``differences`` sees the disagreement."""
    sellers.add_seller(store, "Anna Berg")
    day = date(2026, 3, 2)
    _ride, obs = _evidence(store, day, "project plan agreed")
    assert [h.record_id for h in search.search(store, "pro").hits] == [obs]
    assert differences(store.db.conn) == []
    store.db.execute(
        "INSERT INTO observations_fts (observations_fts, rowid, evidence) "
        "VALUES ('delete', ?, 'protest')",
        [search_key(day.isoformat(), obs)],
    )
    assert [h.record_id for h in search.search(store, "proj").hits] == [obs]  # the words
    assert search.search(store, "pro").hits == ()  # the prefix index: "pro" is gone from it
    assert any("prefix index differs" in p and "pro" in p for p in differences(store.db.conn))


def _reference(store: Store, prefix: str) -> list[int]:
    """The observations (live) with a word starting with ``prefix``, newest ride first."""
    rows = store.db.execute(
        "SELECT o.id, o.evidence, r.ride_date FROM observations o "
        "JOIN calls c ON c.id = o.call_id AND c.deleted_at IS NULL "
        "JOIN rides r ON r.id = o.ride_id AND r.deleted_at IS NULL WHERE o.evidence != ''"
    ).fetchall()
    want = prefix.casefold().replace("ü", "u")
    found = [
        (day, oid)
        for oid, text, day in rows
        if any(
            w.startswith(want) for w in re.findall(r"[^\W_]+", text.casefold().replace("ü", "u"))
        )
    ]
    return [oid for _day, oid in sorted(found, reverse=True)]


def test_prefix_searches_equal_the_words_after_every_write(store: Store) -> None:
    """Every prefix of every length over words sharing their first letters gives exactly the
    rows whose words start with it, newest first, after writes, edits, a ride's new date and
    removals; the index agrees with the data, prefix index included."""
    rng = random.Random(23)
    sellers.add_seller(store, "Anna Berg")
    made = []
    for _ in range(60):
        day = date(2025, 1, 6) + timedelta(days=rng.randrange(500))
        made.append(_evidence(store, day, " ".join(rng.choices(WORDS, k=rng.randrange(1, 5)))))

    def check() -> None:
        prefixes = {w[:n] for w in WORDS for n in range(PREFIX_LENGTH, len(w) + 1)}
        for prefix in sorted(prefixes):
            hits = search.search(store, prefix, limit=10**6).hits
            assert [h.record_id for h in hits] == _reference(store, prefix), prefix
        assert differences(store.db.conn) == []

    check()
    for _ride, obs in rng.sample(made, 20):
        call = store.db.execute("SELECT call_id FROM observations WHERE id = ?", [obs]).fetchone()
        rides.set_evidence(store, call[0], "discovery", " ".join(rng.choices(WORDS, k=3)))
    for ride_id, _obs in rng.sample(made, 10):
        rides.edit_ride(
            store,
            ride_id,
            ride_date=(date(2027, 1, 1) + timedelta(days=rng.randrange(90))).isoformat(),
        )
    for ride_id, _obs in rng.sample(made, 5):
        rides.delete_ride(store, ride_id)
    check()


def test_a_longer_prefix_is_asked_as_the_words_starting_with_it(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FTS5 answers a prefix longer than its prefix index by merging the match lists of every
    word starting with it, whole, before the first row (on a director's store 10-30 ms for a
    common word, however few hits are shown). Search asks each index for those words instead,
    in OR, which FTS5 walks lazily: the same hits in the same order as the prefix itself gives
    (``MOST_PREFIX_WORDS`` at 0 leaves every prefix to FTS5), over words sharing their first
    letters, phrases, exclusions and kinds holding none of the words; an index without a word
    of the prefix is not asked at all; a prefix of more words than ``MOST_PREFIX_WORDS`` is
    left to FTS5."""
    rng = random.Random(5)
    sellers.add_seller(store, "Anna Berg")
    many = [f"planned{i:02d}" for i in range(search.MOST_PREFIX_WORDS + 1)]
    vocabulary = (*WORDS, "e-mail", "e-mails", "email", "warehouse", *many[:4])
    for _ in range(50):
        day = date(2025, 1, 6) + timedelta(days=rng.randrange(500))
        ride_id, _obs = _evidence(store, day, " ".join(rng.choices(vocabulary, k=4)))
        if rng.random() < 0.3:
            rides.add_note(store, ride_id, " ".join(rng.choices(WORDS[:6], k=2)))
    _evidence(store, date(2024, 5, 2), " ".join(many))
    terms = [
        "discount",
        "warehouse project",
        "projec",
        "-projects proj",
        "-proj* prof",
        "e-mai",
        "e-mail",
        '"warehouse project',
        "über",
        "Überg",
        "rene",
        "renewals",
        "zzzz",
        "CFO rene",
        "pr*",
        "planned",
        "planned0",
    ]
    asked = match_statements(store, lambda: search.search(store, "warehouse proj"))
    assert len(asked) == 2  # evidence and quick notes, the kinds holding a word of "proj"
    assert """MATCH '"warehouse" AND ("project" OR "projects")'""" in asked[0]
    asked = match_statements(store, lambda: search.search(store, "e-mail"))
    assert """MATCH '("e mail" OR "e mails")'""" in asked[0]
    assert match_statements(store, lambda: search.search(store, "zzzz")) == []
    # more words than MOST_PREFIX_WORDS: FTS5's prefix query; the prefix index's length: as is
    assert (
        """MATCH '"planned"*'"""
        in match_statements(store, lambda: search.search(store, "planned"))[0]
    )
    assert """MATCH '"pro"*'""" in match_statements(store, lambda: search.search(store, "pro"))[0]

    found = {t: search.search(store, t, limit=10**6) for t in terms}
    limited = {t: search.search(store, t, limit=3) for t in terms}
    monkeypatch.setattr(search, "MOST_PREFIX_WORDS", 0)
    assert found == {t: search.search(store, t, limit=10**6) for t in terms}
    assert limited == {t: search.search(store, t, limit=3) for t in terms}
    assert [t for t in terms if not found[t].hits] == ["renewals", "zzzz"]  # no such words
