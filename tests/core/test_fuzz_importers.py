"""Hostile input for the scorecard loader and the roster importer (hypothesis).

Every input either loads, or is refused with the importer's own error type (a one-line message
naming the file, plus a problem list) — never another exception. After any refused import the DB
is byte-for-byte what it was (checkpointed, then hashed). Strings are hostile on purpose: control
characters, NUL, lone surrogates, right-to-left text and overrides, combining marks, BOMs, markup,
very long lines, and raw random bytes.

Example counts are modest for CI; ``FIELDRIDE_FUZZ_EXAMPLES=2000`` runs the long version (the
figure in docs/reliability.md). ``FIELDRIDE_FUZZ_COUNT=<file>`` appends how many inputs ran.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldride.errors import DomainError
from fieldride.resources import resource_path
from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.store import save_scorecard
from fieldride.store import Store
from fieldride.team import RosterFileError, import_roster, list_sellers

EXAMPLES = int(os.environ.get("FIELDRIDE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
COUNTS: Counter[str] = Counter()

NASTY = [
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfffy",
    "\u202eevil.exe\u202c",
    "\u200f\u05e9\u05dc\u05d5\u05dd",  # RLM + Hebrew
    "\u0645\u0631\u062d\u0628\u0627",  # Arabic
    "e\u0301\u0301\u0301\u0301",
    "Z\u0351\u0362\u0334\u0358a\u0360\u0341l\u0361go",
    "\ufeffBOM",
    "\r\n\r\n",
    "\t\x0b\x0c\x1b[31m",
    "<b>bold</i>&#9999999;&amp",
    "x" * 20_000,
    "🙂👍🏽👨‍👩‍👧",
    "%PDF-1.7",
    "---\n- a: &x [*x]",
    "=cmd|' /C calc'!A0",
    "",
    "   ",
]


def hostile_text(max_size: int = 60) -> st.SearchStrategy[str]:
    any_char = st.characters(codec=None, exclude_categories=())  # surrogates, controls included
    return st.one_of(
        st.sampled_from(NASTY),
        st.text(any_char, max_size=max_size),
        st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(any_char, max_size=20)),
    )


@pytest.fixture(scope="module", autouse=True)
def _record_counts() -> Iterator[None]:
    yield
    target = os.environ.get("FIELDRIDE_FUZZ_COUNT")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            for name, n in sorted(COUNTS.items()):
                fh.write(f"{name} {n}\n")


def db_hash(store: Store) -> str:
    """Everything committed is in the main file after a TRUNCATE checkpoint: hash that file."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(store.path.read_bytes()).hexdigest()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    # Lone surrogates cannot be encoded: write them as the invalid bytes a broken tool would.
    path.write_bytes(text.encode(encoding, errors="surrogatepass"))
    return path


def assert_clear_refusal(err: Exception, path: Path) -> None:
    """A refusal is the importer's own error, one plain summary line naming the file."""
    message = str(err)
    assert message.strip()
    assert "Traceback" not in message
    if isinstance(err, ScorecardFileError | RosterFileError):
        assert message.startswith(f"{path.name} was not imported")


# --- scorecards --------------------------------------------------------------------------------


def _base_card() -> dict[str, Any]:
    loaded = yaml.safe_load(
        resource_path("scorecards").joinpath("field-visit.yaml").read_text("utf-8")
    )
    assert isinstance(loaded, dict)
    return loaded


BASE_CARD = _base_card()


@st.composite
def hostile_cards(draw: st.DrawFn) -> dict[str, Any]:
    card = json.loads(json.dumps(BASE_CARD))
    spots: list[tuple[Any, str]] = [(card, "name"), (card, "description"), (card, "key")]
    for section in card.get("sections", []):
        spots.append((section, "title"))
        for behaviour in section.get("behaviours", []):
            spots += [(behaviour, "title"), (behaviour, "good"), (behaviour, "key")]
    for level in card.get("scale", []):
        spots.append((level, "label"))
    for _ in range(draw(st.integers(1, 4))):
        holder, field = draw(st.sampled_from(spots))
        holder[field] = draw(hostile_text())
    return card


def _card_as(fmt: str, card: dict[str, Any], folder: Path) -> Path:
    if fmt == "json":
        return write(folder / "card.json", json.dumps(card, ensure_ascii=True))  # \ud800 escapes
    if fmt == "yaml":
        return write(folder / "card.yaml", yaml.safe_dump(card, allow_unicode=True))
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["section", "key", "title", "good"])
    for section in card.get("sections", []):
        for b in section.get("behaviours", []):
            w.writerow(
                [section.get("title", ""), b.get("key", ""), b.get("title", ""), b.get("good", "")]
            )
    return write(folder / "card.csv", f"name,{card.get('name', '')}\n" + out.getvalue())


def _try_scorecard(store: Store, path: Path) -> str:
    before = db_hash(store)
    try:
        card = load_scorecard(path)
    except ScorecardFileError as err:
        assert err.problems, "a refusal lists its problems"
        assert_clear_refusal(err, path)
        assert db_hash(store) == before
        return "refused"
    try:
        save_scorecard(store, card, source=path.name)
    except DomainError as err:
        assert_clear_refusal(err, path)
        assert db_hash(store) == before
        return "refused by the store"
    return "loaded"


@FUZZ
@given(card=hostile_cards(), fmt=st.sampled_from(["json", "yaml", "csv"]))
def test_scorecard_loader_survives_hostile_text(
    store: Store, tmp_path: Path, card: dict[str, Any], fmt: str
) -> None:
    COUNTS["scorecard hostile text"] += 1
    _try_scorecard(store, _card_as(fmt, card, tmp_path))


@FUZZ
@given(
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".yaml", ".json", ".csv", ".xlsx", ".txt"]),
)
def test_scorecard_loader_survives_random_bytes(
    store: Store, tmp_path: Path, data: bytes, suffix: str
) -> None:
    COUNTS["scorecard random bytes"] += 1
    path = tmp_path / f"card{suffix}"
    path.write_bytes(data)
    assert _try_scorecard(store, path) != "loaded" or suffix != ".xlsx"


@FUZZ
@given(cut=st.integers(0, 4000), flip=st.integers(0, 4000), byte=st.integers(0, 255))
def test_scorecard_loader_survives_damaged_real_file(
    store: Store, tmp_path: Path, cut: int, flip: int, byte: int
) -> None:
    COUNTS["scorecard damaged file"] += 1
    data = bytearray(resource_path("scorecards").joinpath("field-visit.yaml").read_bytes())
    if flip < len(data):
        data[flip] = byte
    path = tmp_path / "card.yaml"
    path.write_bytes(bytes(data[: max(cut, 1)]))
    _try_scorecard(store, path)


# --- roster ------------------------------------------------------------------------------------


@st.composite
def hostile_rosters(draw: st.DrawFn) -> str:
    header = draw(
        st.sampled_from(
            ["name,team,territory,email,notes", "Seller;Group;Region;E-mail;Comment", "name"]
        )
    )
    sep = ";" if ";" in header else ","
    width = header.count(sep) + 1
    rows = draw(st.lists(st.lists(hostile_text(40), min_size=width, max_size=width), max_size=6))
    out = io.StringIO()
    w = csv.writer(out, delimiter=sep)
    out.write(header + "\n")
    for row in rows:
        w.writerow(row)
    return out.getvalue()


def _try_roster(store: Store, path: Path) -> str:
    before = db_hash(store)
    count = len(list_sellers(store, include_archived=True))
    try:
        result = import_roster(store, path)
    except RosterFileError as err:
        assert err.problems
        assert_clear_refusal(err, path)
        assert db_hash(store) == before, "a refused roster must not change the DB"
        return "refused"
    assert len(list_sellers(store, include_archived=True)) >= count
    assert all(c.name.strip() for c in result.changes)
    return "imported"


@FUZZ
@given(text=hostile_rosters(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_roster_import_survives_hostile_text(
    store: Store, tmp_path: Path, text: str, encoding: str
) -> None:
    COUNTS["roster hostile text"] += 1
    path = tmp_path / "roster.csv"
    try:
        write(path, text, encoding)
    except UnicodeEncodeError:
        write(path, text)  # cp1252 cannot hold it: send UTF-8 anyway (a common mistake)
    _try_roster(store, path)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".tsv"]))
def test_roster_import_survives_random_bytes(
    store: Store, tmp_path: Path, data: bytes, suffix: str
) -> None:
    COUNTS["roster random bytes"] += 1
    path = tmp_path / f"roster{suffix}"
    path.write_bytes(data)
    _try_roster(store, path)


def test_refused_roster_leaves_db_byte_for_byte(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "name,email\nAna,ana@example.com\n,nobody\nBen,not-an-email\n")
    before = db_hash(store)
    with pytest.raises(RosterFileError) as info:
        import_roster(store, path)
    assert len(info.value.problems) >= 2
    assert db_hash(store) == before
