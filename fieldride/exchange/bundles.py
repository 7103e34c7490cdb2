"""Bundles: sharing without a server (issue 21, deliver 5).

A bundle is ONE JSON document (UTF-8), not a zip::

    {"fieldride_bundle": 1,
     "manifest": {"created_at", "since", "author_id", "app_version", "counts", "sha256"},
     "units": {"sellers": [...], "scorecards": [...], "rides": [...]}}

Format 2 (issue 22) adds ``units.blobs``: the bytes of the rides' attachments, one entry per
content (``{"content_hash", "size", "data"}``, ``data`` in base64), checked against its hash on
arrival. A bundle is written in format 2 only when it carries a blob or a ride unit of format 2;
otherwise it is byte for byte what format 1 was, so an older FieldRide still reads it.

Why one JSON document: it is the form the units already have (the team server stores the same
dicts), any tool can open it, and a reader can check what it holds — a privacy test greps its
bytes for a private note, which a compressed archive would hide. The ``sha256`` of the
canonical form of ``units`` (sorted keys, no spaces) catches a truncated or altered file; each
ride also carries the hash of its own content, and each scorecard the hash of its definition.
It is written through a 0600 partial file and a rename, so a killed export leaves no half file.

Import (:func:`import_bundle`) checks the whole bundle first (:func:`read_bundle`: format,
version, checksum, counts, every unit well formed, every verification's commitment present),
then merges everything in one transaction: a bad bundle changes nothing, and importing the same
bundle twice changes nothing (merges are idempotent by UUID, ``fieldride.exchange.merging``).
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldride import __version__
from fieldride.errors import DomainError
from fieldride.exchange.merging import (
    Outcome,
    merge_scorecard_unit,
    merge_seller_unit,
    ride_merge_outcome,
)
from fieldride.exchange.pages import larger_cache, merge_ride_units
from fieldride.exchange.reading import (
    remember_sent,
    ride_unit,
    rides_changed_since,
    scorecard_unit,
    seller_unit,
)
from fieldride.exchange.units import (
    RideUnit,
    ScorecardUnit,
    SellerUnit,
    UnitError,
    blob_hashes,
    canonical_json,
    format_of,
    ride_unit_from_dict,
    scorecard_unit_from_dict,
    seller_unit_from_dict,
    sha256_hex,
)
from fieldride.i18n import N_, messages
from fieldride.rides import MAX_ATTACHMENT_BYTES, blob_data, store_blob
from fieldride.scorecards.export import write_atomic
from fieldride.store import Store, author_id, check_output_path
from fieldride.store import rows as records

BUNDLE_FORMAT = 2  # the newest this FieldRide writes and reads (it reads format 1 too)
READABLE_BUNDLE_FORMATS = (1, 2)
BUNDLE_KEY = "fieldride_bundle"
# Rides merged per page (fieldride.exchange.pages), all in the import's one transaction.
IMPORT_PAGE = 200
MAX_BUNDLE_BYTES = 2 * 1024**3  # read into memory whole; ten years of one team is ~100 MB


class BundleError(DomainError):
    """A bundle refused (nothing was imported) or not written; the message says why."""


@dataclass(frozen=True)
class Bundle:
    """A bundle read and checked (:func:`read_bundle`)."""

    path: Path
    manifest: dict[str, Any]
    sellers: tuple[SellerUnit, ...]
    scorecards: tuple[ScorecardUnit, ...]
    rides: tuple[RideUnit, ...]
    blobs: tuple[tuple[str, bytes], ...] = ()  # (content hash, bytes), each checked


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    rides: int
    sellers: int
    scorecards: int
    size: int

    def describe(self) -> str:
        """What was written, in the interface language (one sentence, the counts as values)."""
        lang = messages()
        return lang.gettext(
            "Wrote {path}: {rides} rides, {sellers} sellers, {scorecards} scorecard versions "
            "({size} bytes). No private notes."
        ).format(
            path=self.path,
            rides=self.rides,
            sellers=self.sellers,
            scorecards=self.scorecards,
            size=lang.number(self.size),
        )


@dataclass
class ImportReport:
    """Counts per kind ('ride', 'seller', 'scorecard') and outcome; conflict copies made."""

    path: Path
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    conflict_copies: list[str] = field(default_factory=list)

    def count(self, kind: str, outcome: Outcome | str) -> int:
        return self.counts.get(kind, Counter())[str(outcome)]

    def add(self, kind: str, outcome: Outcome) -> None:
        self.counts.setdefault(kind, Counter())[str(outcome)] += 1

    @property
    def changed(self) -> bool:
        return any(n for c in self.counts.values() for o, n in c.items() if o != "unchanged")

    def describe(self) -> str:
        """E.g. ``Rides: 3 new, 1 updated, 10 unchanged, 0 conflicts. Sellers: ...``, in the
        interface language: one whole sentence per kind."""
        lang = messages()
        parts = []
        for kind, sentence in _REPORT_SENTENCES:
            parts.append(
                lang.gettext(sentence).format(
                    new=self.count(kind, Outcome.NEW),
                    updated=self.count(kind, Outcome.UPDATED),
                    unchanged=self.count(kind, Outcome.UNCHANGED),
                    conflicts=self.count(kind, Outcome.CONFLICT),
                )
            )
        if self.conflict_copies:
            parts.append(
                lang.ngettext(
                    "{n} ride(s) were edited on two machines: the later acknowledged version was "
                    "kept, the other is kept as a conflict copy (labelled in the ride lists).",
                    "{n} ride(s) were edited on two machines: the later acknowledged version was "
                    "kept, the other is kept as a conflict copy (labelled in the ride lists).",
                    len(self.conflict_copies),
                ).format(n=len(self.conflict_copies))
            )
        return " ".join(parts)


# One whole sentence per kind of record (the counts as values, no noun to inflect).
_REPORT_SENTENCES = (
    (
        "ride",
        N_("Rides: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts."),
    ),
    ("seller", N_("Sellers: {new} new, {updated} updated, {unchanged} unchanged.")),
    ("scorecard", N_("Scorecards: {new} new, {updated} updated, {unchanged} unchanged.")),
)


# --- export -----------------------------------------------------------------------------------


def _since(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    return records.parse_date(value)


def export_bundle(
    store: Store, out: Path | str, since: str | None = None, *, replace: bool = False
) -> ExportSummary:
    """Write the rides changed on or after ``since`` (an ISO date; None: all), with their
    sellers and scorecard versions, and the sellers changed since then, to ``out``.

    The path goes through :func:`fieldride.store.check_output_path` (never FieldRide's own
    files; an existing file only with ``replace``). Raises BundleError / OutputPathError with a
    plain message; nothing is left half-written."""
    target = check_output_path(Path(out), store.folder, replace=replace)
    day = _since(since)
    rides = [ride_unit(store, u) for u in rides_changed_since(store, day)]
    sellers: dict[str, SellerUnit] = {r.seller.org_id: r.seller for r in rides}
    where = "" if day is None else "WHERE updated_at >= ?"
    for row in store.db.query(f"SELECT id FROM sellers {where} ORDER BY id", [day] if day else []):
        unit = seller_unit(store, int(row["id"]))
        sellers.setdefault(unit.org_id, unit)
    cards: dict[str, ScorecardUnit] = {r.scorecard.content_hash: r.scorecard for r in rides}
    for row in store.db.query(
        f"SELECT id FROM scorecard_versions {where.replace('updated_at', 'created_at')} "
        "ORDER BY id",
        [day] if day else [],
    ):
        card = scorecard_unit(store, int(row["id"]))
        cards.setdefault(card.content_hash, card)
    units: dict[str, list[dict[str, Any]]] = {
        "sellers": [s.to_dict() for s in sellers.values()],
        "scorecards": [c.to_dict() for c in cards.values()],
        "rides": [r.to_dict() for r in rides],
    }
    blobs = _blobs_of(store, rides)
    if blobs:
        units["blobs"] = blobs
    newer = blobs or any(format_of(r.body) > 1 for r in rides)
    document = {
        BUNDLE_KEY: BUNDLE_FORMAT if newer else 1,
        "manifest": {
            "created_at": records.now_utc(),
            "since": day,
            "author_id": author_id(store.db),
            "app_version": __version__,
            "counts": {k: len(v) for k, v in units.items()},
            "sha256": sha256_hex(canonical_json(units)),
        },
        "units": units,
    }
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_atomic(target, data)  # a 0600 partial file, fsynced, renamed into place
    remember_sent(store, rides)
    return ExportSummary(target, len(rides), len(sellers), len(cards), len(data))


def _blobs_of(store: Store, rides: list[RideUnit]) -> list[dict[str, Any]]:
    """The bytes of the rides' live attachments that this store holds, by content hash."""
    wanted = sorted(set().union(*(blob_hashes(r.body) for r in rides))) if rides else []
    out = []
    for digest in wanted:
        data = blob_data(store, digest)
        if data is not None:
            text = base64.b64encode(data).decode("ascii")
            out.append({"content_hash": digest, "size": len(data), "data": text})
    return out


def _read_blobs(where: str, items: Any) -> tuple[tuple[str, bytes], ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise BundleError(
            messages()
            .gettext("{where}: 'blobs' is not a list; the bundle is damaged.")
            .format(where=where)
        )
    out = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("data"), str):
            raise BundleError(
                messages()
                .gettext("{where}: a file in it is not well formed; the bundle is damaged.")
                .format(where=where)
            )
        try:
            data = base64.b64decode(item["data"], validate=True)
        except (binascii.Error, ValueError):
            raise BundleError(
                messages()
                .gettext("{where}: a file in it is damaged (bad base64).")
                .format(where=where)
            ) from None
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise BundleError(
                messages()
                .gettext("{where}: a file in it is larger than an attachment may be.")
                .format(where=where)
            )
        if sha256_hex(data) != item.get("content_hash") or item.get("size") != len(data):
            raise BundleError(
                messages()
                .gettext("{where}: a file in it does not match its hash; it is damaged.")
                .format(where=where)
            )
        out.append((str(item["content_hash"]), data))
    return tuple(out)


# --- reading and checking ---------------------------------------------------------------------


def read_bundle(path: Path | str) -> Bundle:
    """Read and check a whole bundle; write nothing. BundleError names the first problem."""
    path = Path(path)
    where = f"{path.name}"
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(
                messages()
                .gettext("{where} is {size:,} bytes, more than a bundle can be.")
                .format(where=where, size=size)
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(
            messages().gettext("There is no file {path}.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise BundleError(
            messages().gettext("{path} is a folder, not a bundle file.").format(path=path)
        ) from None
    except OSError as err:
        raise BundleError(
            messages()
            .gettext("Could not read {path}: {value}.")
            .format(path=path, value=err.strerror or err)
        ) from None
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BundleError(
            messages()
            .gettext("{where} is not a FieldRide bundle (not UTF-8 text).")
            .format(where=where)
        ) from None
    except json.JSONDecodeError as err:
        truncated = not raw.rstrip().endswith(b"}") or err.pos >= len(raw.rstrip()) - 1
        hint = " (it ends too early: truncated?)" if truncated else ""
        raise BundleError(
            messages()
            .gettext(
                "{where} is not a FieldRide bundle, or it is damaged: bad JSON at byte {pos}{hint}."
            )
            .format(where=where, pos=err.pos, hint=hint)
        ) from None
    if not isinstance(document, dict) or BUNDLE_KEY not in document:
        raise BundleError(
            messages()
            .gettext("{where} is not a FieldRide bundle (no '{BUNDLE_KEY}' marker).")
            .format(where=where, BUNDLE_KEY=BUNDLE_KEY)
        )
    if document[BUNDLE_KEY] not in READABLE_BUNDLE_FORMATS:
        raise BundleError(
            messages()
            .gettext(
                "{where} has bundle format {value!r}; this FieldRide reads format {BUNDLE_FORMAT}. Update FieldRide on this laptop."
            )
            .format(where=where, value=document[BUNDLE_KEY], BUNDLE_FORMAT=BUNDLE_FORMAT)
        )
    manifest, units = document.get("manifest"), document.get("units")
    if not isinstance(manifest, dict) or not isinstance(units, dict):
        raise BundleError(
            messages()
            .gettext("{where} has no manifest or no units: it is damaged.")
            .format(where=where)
        )
    if sha256_hex(canonical_json(units)) != manifest.get("sha256"):
        raise BundleError(
            messages()
            .gettext(
                "{where} does not match its checksum: it was damaged or altered after it was written. Ask for the bundle again."
            )
            .format(where=where)
        )
    lists = {k: units.get(k) for k in ("sellers", "scorecards", "rides")}
    for kind, items in lists.items():
        if not isinstance(items, list):
            raise BundleError(
                messages()
                .gettext("{where}: '{kind}' is not a list; the bundle is damaged.")
                .format(where=where, kind=kind)
            )
    counted = {k: len(v) for k, v in lists.items() if isinstance(v, list)}
    if isinstance(units.get("blobs"), list):
        counted["blobs"] = len(units["blobs"])
    if manifest.get("counts") != counted:
        raise BundleError(
            messages()
            .gettext("{where}: the counts in its manifest do not match what it holds.")
            .format(where=where)
        )
    try:
        sellers = tuple(seller_unit_from_dict(s) for s in lists["sellers"] or [])
        cards = tuple(scorecard_unit_from_dict(c) for c in lists["scorecards"] or [])
        checked = {c.content_hash: c for c in cards}
        rides = tuple(ride_unit_from_dict(r, checked) for r in lists["rides"] or [])
    except UnitError as err:
        raise BundleError(
            messages().gettext("{where}: {err} Nothing was imported.").format(where=where, err=err)
        ) from None
    if len({r.uuid for r in rides}) != len(rides):
        raise BundleError(
            messages()
            .gettext("{where} holds the same ride twice; it is damaged.")
            .format(where=where)
        )
    blobs = _read_blobs(where, units.get("blobs"))
    return Bundle(path, manifest, sellers, cards, rides, blobs)


def _check_references(store: Store, bundle: Bundle) -> None:
    """Every verification names a commitment in the bundle or already in this store."""
    carried = {c["uuid"] for r in bundle.rides for c in r.body["commitments"]}
    for ride in bundle.rides:
        for v in ride.body["verifications"]:
            uuid = v["commitment_uuid"]
            if uuid in carried:
                continue
            if records.one(store.db, "SELECT 1 AS x FROM commitments WHERE uuid = ?", [uuid]):
                continue
            raise BundleError(
                messages()
                .gettext(
                    "{name}: the ride of {ride_date} verifies a commitment that is neither in the bundle nor in this store. Nothing was imported; ask for a bundle exported with an earlier --since."
                )
                .format(name=bundle.path.name, ride_date=ride.body["ride"]["ride_date"])
            )


@dataclass(frozen=True)
class BundlePreview:
    """What importing a bundle would do here (:func:`preview_bundle`); nothing written."""

    path: Path
    manifest: dict[str, Any]
    rides: Counter[str]  # outcome ('new', 'updated', 'unchanged', 'conflict') -> rides
    sellers_new: int
    sellers_known: int
    scorecards_new: int
    scorecards_known: int

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.rides[str(Outcome.NEW)]
            or self.rides[str(Outcome.UPDATED)]
            or self.rides[str(Outcome.CONFLICT)]
            or self.sellers_new
            or self.scorecards_new
        )


def _by_ride_order(bundle: Bundle) -> list[RideUnit]:
    """Rides that hold commitments before the rides that verify them (the export's order)."""
    return sorted(
        bundle.rides,
        key=lambda r: (r.body["ride"]["ride_date"], r.body["ride"]["created_at"], r.uuid),
    )


def preview_bundle(store: Store, path: Path | str) -> BundlePreview:
    """Check the whole bundle as :func:`import_bundle` does and tell what it would merge here,
    writing nothing (a read-only connection is enough). BundleError for a bad bundle."""
    from fieldride.team import find_by_identity

    bundle = read_bundle(path)
    _check_references(store, bundle)
    rides: Counter[str] = Counter(str(ride_merge_outcome(store, r)) for r in bundle.rides)
    sellers = {s.org_id: s for s in bundle.sellers} | {
        r.seller.org_id: r.seller for r in bundle.rides
    }
    new_sellers = sum(
        1 for s in sellers.values() if find_by_identity(store, s.org_id, s.email) is None
    )
    cards = {c.content_hash for c in bundle.scorecards} | {
        r.scorecard.content_hash for r in bundle.rides
    }
    here = {
        str(r["content_hash"])
        for r in store.db.query("SELECT content_hash FROM scorecard_versions")
    }
    new_cards = len(cards - here)
    return BundlePreview(
        bundle.path,
        bundle.manifest,
        rides,
        new_sellers,
        len(sellers) - new_sellers,
        new_cards,
        len(cards) - new_cards,
    )


def import_bundle(
    store: Store, path: Path | str, progress: Callable[[int, int], None] | None = None
) -> ImportReport:
    """Check the whole bundle, then merge it in one transaction (see the module docstring).
    ``progress(done, total)`` is called as rides are merged.

    Raises BundleError (nothing imported) for a bad bundle or a merge that fails."""
    bundle = read_bundle(path)
    _check_references(store, bundle)
    report = ImportReport(bundle.path)
    rides = _by_ride_order(bundle)
    tell = progress or (lambda _done, _total: None)
    try:
        with larger_cache(store), store.db.atomic():
            for _digest, data in bundle.blobs:
                store_blob(store, data)
            for seller in bundle.sellers:
                report.add("seller", merge_seller_unit(store, seller).outcome)
            for card in bundle.scorecards:
                report.add("scorecard", merge_scorecard_unit(store, card).outcome)
            for start in range(0, len(rides), IMPORT_PAGE):
                tell(start, len(rides))
                for outcome in merge_ride_units(store, rides[start : start + IMPORT_PAGE]):
                    if isinstance(outcome, UnitError):
                        raise outcome
                    report.add("ride", outcome.outcome)
                    if outcome.conflict_copy:
                        report.conflict_copies.append(outcome.conflict_copy)
    except UnitError as err:
        raise BundleError(
            messages()
            .gettext("{name}: {err} Nothing was imported.")
            .format(name=bundle.path.name, err=err)
        ) from None
    except sqlite3.IntegrityError as err:
        raise BundleError(
            messages()
            .gettext(
                "{name}: a ride in it breaks a rule of the data file ({err}). Nothing was imported."
            )
            .format(name=bundle.path.name, err=err)
        ) from None
    tell(len(rides), len(rides))
    return report
