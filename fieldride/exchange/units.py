"""The units that travel between stores: a whole ride, a seller, a scorecard version.

A unit is plain data, serialisable to and from JSON-compatible dicts (:meth:`RideUnit.to_dict`,
:func:`ride_unit_from_dict`, and the same for sellers and scorecards) with a format version
(:data:`UNIT_FORMAT`). Everything in a unit refers by UUID (or, for a scorecard, by content
hash), never by a store's integer ids.

What a ride unit carries: the ride, its seller (by organisation-wide id, with the seller's
exchanged fields), its scorecard version (by content hash, with the content), focus, calls,
observations, quick notes, debrief and its questions, commitments, verifications made on the
ride, acknowledgements (with the fingerprint of what was acknowledged, format 2), the audit
trail and the seller's self-ratings (format 2), each row with its uuid and UTC stamps, removed rows
as tombstones. What it never carries: private notes, drafts, UI state (where capture left off),
backups, a seller's notes.

Version identity: :attr:`RideUnit.content_hash` is the SHA-256 of the canonical JSON of the
ride's content (everything but the seller and scorecard blocks, the author and the revision
block), so the same content hashes the same on every laptop. ``ancestors`` lists the hashes of
earlier versions the sending store held (how a merge tells an older version, a newer one built
on top of ours, and a concurrent edit apart; see ``merging``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from fieldride.errors import DomainError
from fieldride.i18n import SHIPPED
from fieldride.store import is_uuid

UNIT_FORMAT = 2  # the newest unit format this FieldRide reads (it reads every older one too)
# A unit is written in format 1 when it carries nothing that came with format 2 (attachments,
# a co-ride link, issue 22): such a unit, and its content hash, are exactly what an older
# FieldRide wrote, so an upgrade changes no ride's hash and an older laptop still reads it.
# Format 2 adds the optional parts (:data:`OPTIONAL_RIDE_COLUMNS`, the child tables marked
# ``optional``), present only when they hold something.
READABLE_FORMATS = (1, 2)

STAMPS = ("uuid", "created_at", "updated_at")


class UnitError(DomainError):
    """A unit that is not well formed (a bad bundle, a damaged message); says what is wrong."""


@dataclass(frozen=True)
class ChildTable:
    """How one kind of row of a ride travels: its key in the unit, its table, the columns
    carried as they are, and references to other rows (unit field -> (column, table))."""

    key: str
    table: str
    columns: tuple[str, ...]
    refs: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # Since format 2: the key is left out of a unit whose ride has no such rows (see
    # UNIT_FORMAT), so such a ride hashes as before.
    optional: bool = False
    # Columns that came with format 2 (also in ``columns``): left out of a row while NULL (so
    # such a row hashes as before), read as NULL when absent.
    optional_columns: tuple[str, ...] = ()
    # A condition on the rows that travel (the others stay on the laptop), e.g. "private = 0".
    where: str = ""


RIDE_COLUMNS = (
    "ride_date",
    "ride_type",
    "status",
    "manager_name",
    "objective",
    "shared_at",
    "locked",
    "deleted_at",
)
# Ride columns since format 2, carried only when set (see UNIT_FORMAT): the ride this one is
# a co-ride of (a second rater's ride, calibration).
OPTIONAL_RIDE_COLUMNS = ("co_ride_of",)

# In the order a merge writes them (a row's references are written before it).
CHILD_TABLES: tuple[ChildTable, ...] = (
    ChildTable("focus", "ride_focus", ("behaviour_key", "position", "deleted_at")),
    ChildTable(
        "calls",
        "calls",
        ("position", "kind", "account", "contact_role", "objective", "call_time", "deleted_at"),
    ),
    ChildTable(
        "observations",
        "observations",
        ("behaviour_key", "level", "no_opportunity", "evidence"),
        {"call_uuid": ("call_id", "calls")},
    ),
    ChildTable(
        "quick_notes",
        "quick_notes",
        ("noted_at", "text", "deleted_at"),
        {"call_uuid": ("call_id", "calls")},
    ),
    ChildTable(
        "debriefs",
        "debriefs",
        (
            "strength_behaviour_key",
            "strength_evidence",
            "gap_behaviour_key",
            "gap_evidence",
            "rehearsal_segment",
            "rehearsal_count",
            "rehearsal_outcome",
        ),
    ),
    ChildTable(
        "questions",
        "debrief_questions",
        (
            "behaviour_key",
            "text",
            "source",
            "asked",
            "answer",
            "position",
            "deleted_at",
            "withdrawn",
        ),
    ),
    ChildTable(
        "commitments",
        "commitments",
        ("behaviour_key", "text", "due_date", "status", "closed_at", "deleted_at"),
    ),
    ChildTable(
        "verifications",
        "commitment_verifications",
        ("outcome", "evidence", "verified_on", "deleted_at"),
        {"commitment_uuid": ("commitment_id", "commitments")},
    ),
    ChildTable(
        "acknowledgements",
        "acknowledgements",
        ("seller_name", "acknowledged_on", "comment", "superseded_at", "content_hash"),
        optional_columns=("content_hash",),  # the acknowledged content's fingerprint
    ),
    ChildTable("audit", "ride_audit", ("action", "reason", "detail")),
    # Files on calls and behaviours; their bytes travel beside the units, by content hash (a
    # bundle's "blobs", the server's blobs table). The private note's never travel.
    ChildTable(
        "attachments",
        "attachments",
        ("behaviour_key", "name", "media_type", "size", "content_hash", "deleted_at"),
        {"call_uuid": ("call_id", "calls")},
        optional=True,
        where="private = 0",
    ),
    # The seller's own ratings of the ride (self-assessment).
    ChildTable(
        "self_ratings",
        "self_ratings",
        ("behaviour_key", "level", "no_opportunity", "entered_on", "deleted_at"),
        optional=True,
    ),
)

# Columns that hold whole numbers (the others hold text or nothing): checked on arrival, so a
# bundle cannot put text where the reviews compute.
WHOLE_NUMBER_COLUMNS = frozenset(
    {
        "position",
        "level",
        "no_opportunity",
        "asked",
        "locked",
        "rehearsal_count",
        "withdrawn",
        "size",
    }
)

SELLER_FIELDS = ("name", "team", "territory", "email", "archived_at", "language")


def canonical_json(value: Any) -> bytes:
    """The one byte form hashed and checksummed: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def wire_body(body: Mapping[str, Any]) -> dict[str, Any]:
    """The body as it travels and is hashed: the optional parts only when they hold something
    (see UNIT_FORMAT)."""
    out = dict(body)
    ride = dict(out["ride"])
    for column in OPTIONAL_RIDE_COLUMNS:
        if ride.get(column) is None:
            ride.pop(column, None)
    out["ride"] = ride
    for table in CHILD_TABLES:
        if table.optional and not out.get(table.key):
            out.pop(table.key, None)
        elif table.optional_columns and table.key in out:
            out[table.key] = [
                {k: v for k, v in r.items() if v is not None or k not in table.optional_columns}
                for r in out[table.key]
            ]
    return out


def format_of(body: Mapping[str, Any]) -> int:
    """1 when the body carries nothing of format 2, else 2."""
    wired = wire_body(body)
    extra = (
        any(c in wired["ride"] for c in OPTIONAL_RIDE_COLUMNS)
        or any(t.key in wired for t in CHILD_TABLES if t.optional)
        or any(
            c in r for t in CHILD_TABLES for r in wired.get(t.key, ()) for c in t.optional_columns
        )
    )
    return 2 if extra else 1


def blob_hashes(body: Mapping[str, Any]) -> set[str]:
    """The content hashes of the files the ride's live attachments need."""
    return {
        str(r["content_hash"]) for r in body.get("attachments", ()) if r.get("deleted_at") is None
    }


@dataclass(frozen=True)
class SellerUnit:
    """A seller as exchanged: identity (``org_id``, falling back to the email) and the fields
    every manager may see. A seller's notes stay on the laptop."""

    org_id: str
    uuid: str
    created_at: str
    updated_at: str
    name: str
    team: str = ""
    territory: str = ""
    email: str = ""
    archived_at: str | None = None
    language: str = ""  # the handout's language (fieldride.i18n); "" = the manager's

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "seller",
            "format": UNIT_FORMAT,
            "org_id": self.org_id,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            **{f: getattr(self, f) for f in SELLER_FIELDS},
        }


@dataclass(frozen=True)
class ScorecardUnit:
    """A scorecard version as exchanged, identified by ``content_hash`` (the hash of
    ``definition``'s canonical form, checked on arrival). ``version`` is the sender's local
    number, for messages only: numbers are assigned by each store."""

    key: str
    name: str
    content_hash: str
    definition: dict[str, Any]
    version: int = 0
    source: str = ""
    created_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "scorecard",
            "format": UNIT_FORMAT,
            "key": self.key,
            "name": self.name,
            "content_hash": self.content_hash,
            "definition": self.definition,
            "version": self.version,
            "source": self.source,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class RideUnit:
    """A whole ride (see the module docstring). ``body`` holds the ride's own content:
    ``ride`` (the ride row) and one list per :data:`CHILD_TABLES` key, each row a dict of
    uuid, stamps, columns and references by uuid."""

    uuid: str
    author_id: str
    conflict_of: str | None
    seller: SellerUnit
    scorecard: ScorecardUnit
    body: dict[str, Any]
    ancestors: tuple[str, ...] = ()

    @cached_property
    def content_hash(self) -> str:
        # Cached: the body is never changed after the unit is made (units are frozen; code
        # that derives one, like a conflict copy, makes a new unit).
        return sha256_hex(canonical_json(self._hashed()))

    def _hashed(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "conflict_of": self.conflict_of,
            "scorecard": self.scorecard.content_hash,
            **wire_body(self.body),
        }

    @cached_property
    def updated_at(self) -> str:
        """The newest ``updated_at`` of the ride and every row in it (cached, as the hash)."""
        stamps: list[str] = [str(self.body["ride"]["updated_at"])]
        for table in CHILD_TABLES:
            stamps.extend(str(r["updated_at"]) for r in self.body[table.key])
        return max(stamps)

    @property
    def acknowledged_at(self) -> str:
        """When the seller last acknowledged this version ('' if the ride is not acknowledged
        now): the stamp of the acknowledgement in force."""
        if self.body["ride"]["status"] != "acknowledged":
            return ""
        live = [r["created_at"] for r in self.body["acknowledgements"] if not r["superseded_at"]]
        return max(live, default="")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "ride",
            "format": format_of(self.body),
            "uuid": self.uuid,
            "author_id": self.author_id,
            "conflict_of": self.conflict_of,
            "seller": self.seller.to_dict(),
            "scorecard": self.scorecard.to_dict(),
            **wire_body(self.body),
            "revision": {
                "content_hash": self.content_hash,
                "updated_at": self.updated_at,
                "ancestors": list(self.ancestors),
            },
        }


# --- reading dicts back, checking every field -----------------------------------------------


class _Checker:
    def __init__(self, what: str) -> None:
        self.what = what

    def fail(self, problem: str) -> UnitError:
        return UnitError(f"{self.what}: {problem}.")

    def mapping(self, value: Any, name: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(f"'{name}' is not an object")
        return value

    def seq(self, value: Any, name: str) -> Sequence[Any]:
        if not isinstance(value, list):
            raise self.fail(f"'{name}' is not a list")
        return value

    def text(self, data: Mapping[str, Any], name: str, optional: bool = False) -> Any:
        if name not in data:
            raise self.fail(f"'{name}' is missing")
        value = data[name]
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(f"'{name}' is not text")
        return value

    def uuid(self, data: Mapping[str, Any], name: str, optional: bool = False) -> Any:
        value = self.text(data, name, optional)
        if value is not None and not is_uuid(value):
            raise self.fail(f"'{name}' is not a UUID")
        return value

    def scalar(self, data: Mapping[str, Any], name: str) -> Any:
        if name not in data:
            raise self.fail(f"'{name}' is missing")
        value = data[name]
        plain = value is None or isinstance(value, str | int | float)
        if not plain or isinstance(value, bool):
            raise self.fail(f"'{name}' is not a plain value")
        return value

    def header(self, data: Mapping[str, Any], kind: str) -> None:
        if data.get("kind") != kind:
            raise self.fail(f"this is not a {kind} unit")
        if data.get("format") not in READABLE_FORMATS:
            raise self.fail(
                f"unit format {data.get('format')!r}, this FieldRide reads format {UNIT_FORMAT}; "
                "update FieldRide on this laptop"
            )


def _shipped(code: str) -> str:
    return code if code in SHIPPED else ""


def seller_unit_from_dict(data: Any) -> SellerUnit:
    """A :class:`SellerUnit` from its dict; UnitError naming what is wrong."""
    chk = _Checker("A seller in the bundle")
    data = chk.mapping(data, "seller")
    chk.header(data, "seller")
    name = chk.text(data, "name")
    if not name.strip():
        raise chk.fail("the name is empty")
    return SellerUnit(
        org_id=chk.uuid(data, "org_id"),
        uuid=chk.uuid(data, "uuid"),
        created_at=chk.text(data, "created_at"),
        updated_at=chk.text(data, "updated_at"),
        name=name,
        team=chk.text(data, "team"),
        territory=chk.text(data, "territory"),
        email=chk.text(data, "email"),
        archived_at=chk.text(data, "archived_at", optional=True),
        # units written before issue 24 carry no language, and one this FieldRide does not
        # ship is read as the manager's: both ''
        language=_shipped(chk.text(data, "language")) if "language" in data else "",
    )


def scorecard_unit_from_dict(data: Any) -> ScorecardUnit:
    """A :class:`ScorecardUnit` from its dict; UnitError when malformed or when the content
    does not hash to ``content_hash`` (damaged or edited on the way)."""
    from fieldride.scorecards.validation import validate_definition
    from fieldride.tabular import ProblemList

    chk = _Checker("A scorecard in the bundle")
    data = chk.mapping(data, "scorecard")
    chk.header(data, "scorecard")
    definition = dict(chk.mapping(data.get("definition"), "definition"))
    problems = ProblemList("bundle")
    card = validate_definition(definition, problems)
    if card is None:
        first = problems.items[0] if problems.items else None
        detail = f"{first.message} ({first.location()})" if first else "not a scorecard"
        raise chk.fail(f"its content is not a valid scorecard: {detail}")
    expected = chk.text(data, "content_hash")
    if card.content_hash() != expected:
        raise chk.fail(f"'{card.key}' does not match its content hash (damaged or altered)")
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise chk.fail("'version' is not a whole number")
    return ScorecardUnit(
        key=card.key,
        name=card.name,
        content_hash=expected,
        definition=card.to_dict(),
        version=version,
        source=chk.text(data, "source"),
        created_at=chk.text(data, "created_at"),
    )


def _row(chk: _Checker, data: Any, name: str, columns: Sequence[str], refs: Sequence[str]) -> Any:
    row = chk.mapping(data, name)
    out: dict[str, Any] = {
        "uuid": chk.uuid(row, "uuid"),
        "created_at": chk.text(row, "created_at"),
        "updated_at": chk.text(row, "updated_at"),
    }
    for column in columns:
        value = chk.scalar(row, column)
        if column in WHOLE_NUMBER_COLUMNS:
            if value is not None and not isinstance(value, int):
                raise chk.fail(f"'{column}' in {name} is not a whole number")
        elif value is not None and not isinstance(value, str):
            raise chk.fail(f"'{column}' in {name} is not text")
        out[column] = value
    for ref in refs:
        out[ref] = chk.uuid(row, ref, optional=True)
    return out


def ride_unit_from_dict(
    data: Any, scorecards: Mapping[str, ScorecardUnit] | None = None
) -> RideUnit:
    """A :class:`RideUnit` from its dict. UnitError when anything is malformed, when a row
    refers to a row that is not there (a call, a commitment is the exception: it may belong to
    an earlier ride), or when the content does not hash to the hash it came with.

    ``scorecards`` (content hash -> unit already checked, e.g. a bundle's scorecards) spares
    checking the same scorecard again for every ride that carries it."""
    chk = _Checker("A ride in the bundle")
    data = chk.mapping(data, "ride")
    chk.header(data, "ride")
    uuid = chk.uuid(data, "uuid")
    chk = _Checker(f"The ride {uuid} in the bundle")
    body: dict[str, Any] = {"ride": _row(chk, data.get("ride"), "ride", RIDE_COLUMNS, ())}
    raw_ride = chk.mapping(data.get("ride"), "ride")
    for column in OPTIONAL_RIDE_COLUMNS:
        body["ride"][column] = (
            chk.uuid(raw_ride, column, optional=True) if column in raw_ride else None
        )
    seen: set[str] = {body["ride"]["uuid"]}
    if body["ride"]["uuid"] != uuid:
        raise chk.fail("its ride row has another uuid")
    for table in CHILD_TABLES:
        given = data.get(table.key, []) if table.optional else data.get(table.key)
        rows = [
            _row(
                chk,
                {**dict.fromkeys(table.optional_columns), **r} if isinstance(r, Mapping) else r,
                table.key,
                table.columns,
                tuple(table.refs),
            )
            for r in chk.seq(given, table.key)
        ]
        for r in rows:
            if r["uuid"] in seen:
                raise chk.fail(f"the uuid {r['uuid']} appears twice")
            seen.add(r["uuid"])
        body[table.key] = rows
    if len(body["debriefs"]) > 1:
        raise chk.fail("it has more than one debrief")
    if body["questions"] and not body["debriefs"]:
        raise chk.fail("it has debrief questions but no debrief")
    calls = {r["uuid"] for r in body["calls"]}
    for key in ("observations", "quick_notes"):
        for r in body[key]:
            if (r["call_uuid"] is not None and r["call_uuid"] not in calls) or (
                key == "observations" and r["call_uuid"] is None
            ):
                raise chk.fail(f"one of its {key.replace('_', ' ')} refers to a call not in it")
    for r in body["attachments"]:
        if r["call_uuid"] not in calls:
            raise chk.fail("one of its attachments refers to a call not in it")
        if not (isinstance(r["content_hash"], str) and len(r["content_hash"]) == 64):
            raise chk.fail("one of its attachments has no valid content hash")
    for r in body["verifications"]:
        if r["commitment_uuid"] is None:
            raise chk.fail("a verification names no commitment")
    unit = RideUnit(
        uuid=uuid,
        author_id=chk.uuid(data, "author_id"),
        conflict_of=chk.uuid(data, "conflict_of", optional=True),
        seller=seller_unit_from_dict(data.get("seller")),
        scorecard=_scorecard_of(data.get("scorecard"), scorecards or {}),
        body=body,
        ancestors=tuple(
            str(a)
            for a in chk.seq(
                chk.mapping(data.get("revision"), "revision").get("ancestors"), "ancestors"
            )
        ),
    )
    revision = chk.mapping(data.get("revision"), "revision")
    if revision.get("content_hash") != unit.content_hash:
        raise chk.fail("its content does not match its hash (damaged or altered)")
    return unit


def _scorecard_of(data: Any, checked: Mapping[str, ScorecardUnit]) -> ScorecardUnit:
    if isinstance(data, Mapping):
        known = checked.get(str(data.get("content_hash")))
        if known is not None and known.to_dict() == data:
            return known
    return scorecard_unit_from_dict(data)
