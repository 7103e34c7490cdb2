"""Export rides, observations and commitments to CSV or XLSX, for a period and a set of sellers.

Formats (decided, and said in ``fieldride export --help``):

- **XLSX**: one workbook, one sheet per table (Rides, Observations, Commitments).
- **CSV**: three files next to each other, named after ``--out``: ``report.csv`` gives
  ``report-rides.csv``, ``report-observations.csv`` and ``report-commitments.csv``. Three plain
  files open directly in any spreadsheet (a zip would need unpacking first). UTF-8 with a byte
  order mark, so spreadsheet programs read names like "Łukaszewska" correctly.

Labels, not only codes: ride types, statuses, call kinds, behaviour titles (from the version the
ride used), level labels, outcome labels; the stable codes (behaviour key, level number) stay
in their own columns for analysis.

Safety:
- every text cell a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return, also after leading spaces or line breaks, which some
  spreadsheets trim) gets a leading apostrophe (:func:`neutralise`);
- characters XLSX cannot hold (control characters) are removed from XLSX cells;
- files are written to a temporary file created 0600 in the target folder and renamed into
  place: the result is readable by the user only, and a failure leaves no half-written file.
- private manager notes are never exported (exports travel; private notes stay on the laptop).

Removed rides and calls are left out. ``openpyxl`` is imported only when writing XLSX.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldride.debriefs import OUTCOMES
from fieldride.errors import DomainError
from fieldride.paths import new_partial_file
from fieldride.rides import CALL_KINDS, RIDE_TYPES, STATUSES
from fieldride.store import Store, check_output_path, parse_date
from fieldride.store import rows as records

log = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx")
TABLES = ("rides", "observations", "commitments")
_FORMULA_START = ("=", "+", "-", "@")
_CONTROL_START = ("\t", "\r")
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

RIDE_COLUMNS = (
    "Ride ID", "Date", "Seller", "Team", "Ride type", "Status", "Manager", "Scorecard",
    "Scorecard version", "Focus behaviours", "Objective", "Calls", "Strength behaviour",
    "Strength evidence", "Gap behaviour", "Gap evidence", "Rehearsal", "Acknowledged by",
)  # fmt: skip
OBSERVATION_COLUMNS = (
    "Ride ID", "Date", "Seller", "Call", "Call kind", "Account", "Contact role", "Scorecard",
    "Scorecard version", "Behaviour key", "Behaviour", "Focus", "Level", "Level label",
    "No opportunity", "Evidence",
)  # fmt: skip
COMMITMENT_COLUMNS = (
    "Commitment ID", "Agreed on", "Seller", "Behaviour key", "Behaviour", "Commitment",
    "Due", "Status", "Last check", "Last outcome", "Last check evidence", "Checks",
)  # fmt: skip


@dataclass(frozen=True)
class ExportTables:
    """The three tables as rows of plain values, headers first in each ``columns``."""

    rides: list[tuple[Any, ...]]
    observations: list[tuple[Any, ...]]
    commitments: list[tuple[Any, ...]]

    def table(self, name: str) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        columns = {
            "rides": RIDE_COLUMNS,
            "observations": OBSERVATION_COLUMNS,
            "commitments": COMMITMENT_COLUMNS,
        }[name]
        rows: list[tuple[Any, ...]] = getattr(self, name)
        return columns, rows


def neutralise(value: Any) -> Any:
    """A text a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and (
        value.startswith(_CONTROL_START) or value.lstrip().startswith(_FORMULA_START)
    ):
        return "'" + value
    return value


def _filters(
    since: str | None, until: str | None, seller_ids: Sequence[int] | None, date_col: str
) -> tuple[str, dict[str, Any]]:
    where = [
        f"({date_col} >= :since OR :since IS NULL)",
        f"({date_col} <= :until OR :until IS NULL)",
    ]
    params: dict[str, Any] = {
        "since": parse_date(since) if since else None,
        "until": parse_date(until) if until else None,
    }
    if params["since"] and params["until"] and params["since"] > params["until"]:
        raise DomainError(
            f"The period starts ({params['since']}) after it ends ({params['until']})."
        )
    if seller_ids:
        marks = ", ".join(f":s{i}" for i in range(len(seller_ids)))
        where.append(f"r.seller_id IN ({marks})")
        params.update({f"s{i}": int(sid) for i, sid in enumerate(seller_ids)})
    return " AND ".join(where), params


def _check_sellers(store: Store, seller_ids: Sequence[int] | None) -> None:
    for sid in seller_ids or ():
        if records.one(store.db, "SELECT 1 AS x FROM sellers WHERE id = ?", [sid]) is None:
            raise DomainError(f"No seller with id {sid}.")


def collect(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    seller_ids: Sequence[int] | None = None,
) -> ExportTables:
    """Gather the rows to export: rides dated in [since, until] of the given sellers (all when
    None), their observations, and the commitments agreed on those rides. Raises DomainError
    for a bad date, a period that ends before it starts, or an unknown seller id."""
    _check_sellers(store, seller_ids)
    where, params = _filters(since, until, seller_ids, "r.ride_date")
    rides = [
        (
            r["uuid"],
            r["ride_date"],
            r["seller"],
            r["team"],
            RIDE_TYPES.get(r["ride_type"], r["ride_type"]),
            STATUSES.get(r["status"], r["status"]) + (", shared" if r["shared_at"] else ""),
            r["manager_name"],
            r["card"],
            r["version"],
            r["focus"] or "",
            r["objective"],
            r["calls"],
            r["strength"] or "",
            r["strength_evidence"] or "",
            r["gap"] or "",
            r["gap_evidence"] or "",
            r["rehearsal_segment"] or "",
            r["ack"] or "",
        )
        for r in store.db.query(
            f"""SELECT r.*, s.name AS seller, s.team, v.name AS card, v.version,
                  (SELECT group_concat(b.title, '; ') FROM ride_focus f JOIN behaviours b
                     ON b.version_id = r.scorecard_version_id AND b.key = f.behaviour_key
                   WHERE f.ride_id = r.id AND f.deleted_at IS NULL) AS focus,
                  (SELECT count(*) FROM calls c WHERE c.ride_id = r.id
                     AND c.deleted_at IS NULL) AS calls,
                  (SELECT title FROM behaviours b WHERE b.version_id = r.scorecard_version_id
                     AND b.key = d.strength_behaviour_key) AS strength,
                  (SELECT title FROM behaviours b WHERE b.version_id = r.scorecard_version_id
                     AND b.key = d.gap_behaviour_key) AS gap,
                  d.strength_evidence, d.gap_evidence, d.rehearsal_segment,
                  (SELECT seller_name FROM acknowledgements a WHERE a.ride_id = r.id
                     AND a.superseded_at IS NULL ORDER BY a.id DESC LIMIT 1) AS ack
               FROM rides r JOIN sellers s ON s.id = r.seller_id
               JOIN scorecard_versions v ON v.id = r.scorecard_version_id
               LEFT JOIN debriefs d ON d.ride_id = r.id
               WHERE r.deleted_at IS NULL AND {where}
               ORDER BY r.ride_date, s.name COLLATE NOCASE, r.id""",
            params,
        )
    ]
    observations = [
        (
            r["ride_uuid"],
            r["ride_date"],
            r["seller"],
            int(r["position"]) + 1,
            CALL_KINDS.get(r["kind"], r["kind"]),
            r["account"],
            r["contact_role"],
            r["card"],
            r["version"],
            r["behaviour_key"],
            r["title"] or "",
            "Yes" if r["focus"] else "",
            r["level"],
            r["label"] or "",
            "Yes" if r["no_opportunity"] else "",
            r["evidence"],
        )
        for r in store.db.query(
            f"""SELECT r.uuid AS ride_uuid, r.ride_date, s.name AS seller, c.position, c.kind,
                  c.account, c.contact_role, v.name AS card, v.version, o.behaviour_key,
                  b.title, o.level, l.label, o.no_opportunity, o.evidence,
                  EXISTS (SELECT 1 FROM ride_focus f WHERE f.ride_id = r.id AND f.deleted_at IS NULL
                          AND f.behaviour_key = o.behaviour_key) AS focus
               FROM rides r JOIN sellers s ON s.id = r.seller_id
               JOIN scorecard_versions v ON v.id = r.scorecard_version_id
               JOIN calls c ON c.ride_id = r.id AND c.deleted_at IS NULL
               JOIN observations o ON o.call_id = c.id
               LEFT JOIN behaviours b ON b.version_id = r.scorecard_version_id
                    AND b.key = o.behaviour_key
               LEFT JOIN scale_levels l ON l.version_id = r.scorecard_version_id
                    AND l.value = o.level
               WHERE r.deleted_at IS NULL AND {where}
               ORDER BY r.ride_date, s.name COLLATE NOCASE, r.id, c.position, b.position""",
            params,
        )
    ]
    commitments = [
        (
            r["uuid"],
            r["ride_date"],
            r["seller"],
            r["behaviour_key"],
            r["title"] or "",
            r["text"],
            r["due_date"],
            "Open" if r["status"] == "open" else "Closed",
            r["last_on"] or "",
            OUTCOMES.get(r["last_outcome"] or "", ""),
            r["last_evidence"] or "",
            int(r["checks"]),
        )
        for r in store.db.query(
            f"""SELECT m.*, r.ride_date, s.name AS seller, b.title,
                  lv.verified_on AS last_on, lv.outcome AS last_outcome,
                  lv.evidence AS last_evidence,
                  (SELECT count(*) FROM commitment_verifications x
                   WHERE x.commitment_id = m.id AND x.deleted_at IS NULL) AS checks
               FROM commitments m JOIN rides r ON r.id = m.ride_id
               JOIN sellers s ON s.id = m.seller_id
               LEFT JOIN behaviours b ON b.version_id = r.scorecard_version_id
                    AND b.key = m.behaviour_key
               LEFT JOIN commitment_verifications lv ON lv.id = (
                    SELECT id FROM commitment_verifications x WHERE x.commitment_id = m.id
                    AND x.deleted_at IS NULL
                    ORDER BY x.verified_on DESC, x.id DESC LIMIT 1)
               WHERE m.deleted_at IS NULL AND r.deleted_at IS NULL AND {where}
               ORDER BY r.ride_date, s.name COLLATE NOCASE, m.id""",
            params,
        )
    ]
    return ExportTables(rides, observations, commitments)


@contextlib.contextmanager
def _private_target(path: Path) -> Iterator[Path]:
    """A temporary 0600 file next to ``path``, renamed onto it when the block succeeds."""
    folder = path.parent
    if not folder.is_dir():
        raise DomainError(f"The folder {folder} does not exist.")
    # A partial file named with this process's id: a killed export's leftover is removed by the
    # next write into that folder (fieldride.paths.remove_dead_partials).
    fd, tmp = new_partial_file(folder, path.suffix + ".part")
    os.close(fd)
    try:
        os.chmod(tmp, 0o600)
        yield tmp
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def csv_paths(out: Path) -> dict[str, Path]:
    """The three CSV files written for ``--out out`` (see module docstring)."""
    stem = out.name[: -len(out.suffix)] if out.suffix.lower() == ".csv" else out.name
    return {name: out.with_name(f"{stem}-{name}.csv") for name in TABLES}


def write_csv(tables: ExportTables, out: Path) -> list[Path]:
    """Write the three CSV files (UTF-8 with BOM, neutralised cells); return their paths."""
    written = []
    for name, path in csv_paths(out).items():
        columns, rows = tables.table(name)
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([neutralise(v) for v in row])
        with _private_target(path) as tmp:
            tmp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
        written.append(path)
    return written


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise(_XLSX_ILLEGAL.sub("", value))
    return value


def write_xlsx(tables: ExportTables, out: Path) -> list[Path]:
    """Write one workbook with a sheet per table (neutralised, control characters removed)."""
    from openpyxl import Workbook  # slow to import: only when exporting

    wb = Workbook(write_only=True)
    for name in TABLES:
        columns, rows = tables.table(name)
        sheet = wb.create_sheet(name.capitalize())
        sheet.append(list(columns))
        for row in rows:
            sheet.append([_xlsx_cell(v) for v in row])
    with _private_target(out) as tmp:
        wb.save(str(tmp))
    return [out]


def export(
    store: Store,
    out: str | os.PathLike[str],
    fmt: str | None = None,
    since: str | None = None,
    until: str | None = None,
    seller_ids: Sequence[int] | None = None,
    *,
    replace: bool = False,
) -> list[Path]:
    """Collect and write an export; return the files written. ``fmt`` defaults to the file
    extension (.xlsx → xlsx, else csv). Raises DomainError for an unknown format, bad dates,
    unknown sellers or a missing folder; OutputPathError when a target is one of FieldRide's
    own files, or exists and ``replace`` is false (every target is checked before any is
    written); OSError (with the path) if the disk refuses."""
    path = Path(out).expanduser()
    fmt = (fmt or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")).lower()
    if fmt not in FORMATS:
        raise DomainError(f"Unknown export format '{fmt}' (use csv or xlsx).")
    if not path.parent.is_dir():  # before a workbook exists: a half-built one cannot be closed
        raise DomainError(f"The folder {path.parent} does not exist.")
    targets = [path] if fmt == "xlsx" else list(csv_paths(path).values())
    for target in targets:
        check_output_path(target, store.folder, replace=replace)
    tables = collect(store, since, until, seller_ids)
    written = write_xlsx(tables, path) if fmt == "xlsx" else write_csv(tables, path)
    log.info(
        "exported %d rides, %d observations, %d commitments as %s",
        len(tables.rides),
        len(tables.observations),
        len(tables.commitments),
        fmt,
    )
    return written


def export_readonly(
    db_path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    fmt: str | None = None,
    since: str | None = None,
    until: str | None = None,
    seller_ids: Sequence[int] | None = None,
    *,
    replace: bool = False,
) -> list[Path]:
    """:func:`export` through a read-only connection of its own, for a background thread (the
    store's connection belongs to the thread that opened it; WAL lets this reader run while the
    app keeps writing). Same errors as :func:`export`."""
    import sqlite3

    from fieldride.store import StoreDb

    path = Path(db_path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        store = Store(db=StoreDb(conn), folder=path.parent, path=path)
        return export(store, out, fmt, since, until, seller_ids, replace=replace)
    finally:
        conn.close()
