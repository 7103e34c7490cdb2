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
- files are written to a partial file created 0600 in the target folder and renamed into
  place: the result is readable by the user only, and a failure leaves no half-written file
  (a killed export's partial file is removed by the next write into that folder).
- private manager notes are never exported (exports travel; private notes stay on the laptop).

Streaming: each table is read with one query whose rows go to the file as SQLite returns them
(:func:`rows` is a generator over the cursor; ``csv.writer`` writes each row, openpyxl's
write-only workbook streams each sheet to a temporary file), so memory stays flat whatever the
number of rows: ~24 MiB peak for the ten-year data, where collecting every row first took
547 MiB, and 8.5 GiB at 16x. The filters are checked (:func:`select`) before any file is
created. The three CSV files are renamed into place together, once all three are complete. An
XLSX sheet holds at most 1,048,575 rows besides its header: a bigger table is refused (and no
file left) when its row past the limit is read.

Removed rides and calls are left out. ``openpyxl`` is imported only when writing XLSX.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from fieldride.debriefs import OUTCOMES
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.paths import new_partial_file
from fieldride.rides import CALL_KINDS, RIDE_TYPES, STATUSES
from fieldride.store import Store, check_output_path, parse_date
from fieldride.store import rows as records

if TYPE_CHECKING:
    from fieldride.progress import Progress

FORMATS = ("csv", "xlsx")
TABLES = ("rides", "observations", "commitments")
_FORMULA_START = ("=", "+", "-", "@")
_CONTROL_START = ("\t", "\r")
_RISKY_FIRST = "=+-@\t\r"
XLSX_MAX_ROWS = 1_048_576  # rows in one sheet, the header included (Excel's limit)
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


def neutralise(value: Any) -> Any:
    """A text a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    # The first character decides for nearly every text (a cheap test, run on every cell of
    # an export); only a text starting with a mark or a space is looked at whole.
    if (
        isinstance(value, str)
        and value
        and (value[0] in _RISKY_FIRST or value[0].isspace())
        and (value.startswith(_CONTROL_START) or value.lstrip().startswith(_FORMULA_START))
    ):
        return "'" + value
    return value


class Selection(NamedTuple):
    """Which rides an export covers: the checked filters as a WHERE clause and its parameters
    (see :func:`select`)."""

    where: str
    params: dict[str, Any]


def select(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    seller_ids: Sequence[int] | None = None,
) -> Selection:
    """Check the filters: rides dated in [since, until] of the given sellers (all when None).
    Raises DomainError for a bad date, a period that ends before it starts, or an unknown
    seller id: before any file is written."""
    where = [
        "(r.ride_date >= :since OR :since IS NULL)",
        "(r.ride_date <= :until OR :until IS NULL)",
    ]
    params: dict[str, Any] = {
        "since": parse_date(since) if since else None,
        "until": parse_date(until) if until else None,
    }
    if params["since"] and params["until"] and params["since"] > params["until"]:
        t = messages()
        raise DomainError(
            t.gettext("The period starts ({since}) after it ends ({until}).").format(
                since=t.date(params["since"]), until=t.date(params["until"])
            )
        )
    for sid in seller_ids or ():
        if records.one(store.db, "SELECT 1 AS x FROM sellers WHERE id = ?", [sid]) is None:
            raise DomainError(messages().gettext("No seller with id {sid}.").format(sid=sid))
    if seller_ids:
        marks = ", ".join(f":s{i}" for i in range(len(seller_ids)))
        where.append(f"r.seller_id IN ({marks})")
        params.update({f"s{i}": int(sid) for i, sid in enumerate(seller_ids)})
    return Selection(" AND ".join(where), params)


def _ride_rows(store: Store, where: str, params: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    cursor = store.db.execute(
        f"""SELECT r.uuid, r.ride_date, s.name, s.team, r.ride_type, r.status, r.shared_at,
              r.manager_name, v.name, v.version,
              (SELECT group_concat(b.title, '; ') FROM ride_focus f JOIN behaviours b
                 ON b.version_id = r.scorecard_version_id AND b.key = f.behaviour_key
               WHERE f.ride_id = r.id AND f.deleted_at IS NULL),
              r.objective,
              (SELECT count(*) FROM calls c WHERE c.ride_id = r.id AND c.deleted_at IS NULL),
              (SELECT title FROM behaviours b WHERE b.version_id = r.scorecard_version_id
                 AND b.key = d.strength_behaviour_key),
              d.strength_evidence,
              (SELECT title FROM behaviours b WHERE b.version_id = r.scorecard_version_id
                 AND b.key = d.gap_behaviour_key),
              d.gap_evidence, d.rehearsal_segment,
              (SELECT seller_name FROM acknowledgements a WHERE a.ride_id = r.id
                 AND a.superseded_at IS NULL ORDER BY a.id DESC LIMIT 1)
           FROM rides r JOIN sellers s ON s.id = r.seller_id
           JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           LEFT JOIN debriefs d ON d.ride_id = r.id
           WHERE r.deleted_at IS NULL AND {where}
           ORDER BY r.ride_date, s.name COLLATE NOCASE, r.id""",
        params,
    )
    for (
        uuid, ride_date, seller, team, ride_type, status, shared_at, manager, card, version,
        focus, objective, calls, strength, strength_evidence, gap, gap_evidence, rehearsal, ack,
    ) in cursor:  # fmt: skip
        yield (
            uuid,
            ride_date,
            seller,
            team,
            RIDE_TYPES.get(ride_type, ride_type),
            STATUSES.get(status, status) + (", shared" if shared_at else ""),
            manager,
            card,
            version,
            focus or "",
            objective,
            calls,
            strength or "",
            strength_evidence or "",
            gap or "",
            gap_evidence or "",
            rehearsal or "",
            ack or "",
        )


def _observation_rows(
    store: Store, where: str, params: dict[str, Any]
) -> Iterator[tuple[Any, ...]]:
    cursor = store.db.execute(
        f"""SELECT r.uuid, r.ride_date, s.name, c.position, c.kind, c.account, c.contact_role,
              v.name, v.version, o.behaviour_key, b.title,
              EXISTS (SELECT 1 FROM ride_focus f WHERE f.ride_id = r.id AND f.deleted_at IS NULL
                      AND f.behaviour_key = o.behaviour_key),
              o.level, l.label, o.no_opportunity, o.evidence
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
    for (
        uuid, ride_date, seller, position, kind, account, contact_role, card, version, key,
        title, focus, level, label, no_opportunity, evidence,
    ) in cursor:  # fmt: skip
        yield (
            uuid,
            ride_date,
            seller,
            int(position) + 1,
            CALL_KINDS.get(kind, kind),
            account,
            contact_role,
            card,
            version,
            key,
            title or "",
            "Yes" if focus else "",
            level,
            label or "",
            "Yes" if no_opportunity else "",
            evidence,
        )


def _commitment_rows(store: Store, where: str, params: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    cursor = store.db.execute(
        f"""SELECT m.uuid, r.ride_date, s.name, m.behaviour_key, b.title, m.text, m.due_date,
              m.status, lv.verified_on, lv.outcome, lv.evidence,
              (SELECT count(*) FROM commitment_verifications x
               WHERE x.commitment_id = m.id AND x.deleted_at IS NULL)
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
    for (
        uuid, ride_date, seller, key, title, text, due, status, last_on, last_outcome,
        last_evidence, checks,
    ) in cursor:  # fmt: skip
        yield (
            uuid,
            ride_date,
            seller,
            key,
            title or "",
            text,
            due,
            "Open" if status == "open" else "Closed",
            last_on or "",
            OUTCOMES.get(last_outcome or "", ""),
            last_evidence or "",
            int(checks),
        )


_ROWS = {"rides": _ride_rows, "observations": _observation_rows, "commitments": _commitment_rows}
COLUMNS = {
    "rides": RIDE_COLUMNS,
    "observations": OBSERVATION_COLUMNS,
    "commitments": COMMITMENT_COLUMNS,
}


def rows(store: Store, selection: Selection, table: str) -> Iterator[tuple[Any, ...]]:
    """The rows of one table (``rides``, ``observations`` or ``commitments``, columns as in
    :data:`COLUMNS`), read from the database as they are consumed: an export never holds a
    whole table. Removed rides and calls are left out; private notes are never read."""
    return _ROWS[table](store, selection.where, selection.params)


@contextlib.contextmanager
def _private_target(path: Path) -> Iterator[Path]:
    """A temporary 0600 file next to ``path``, renamed onto it when the block succeeds."""
    folder = path.parent
    if not folder.is_dir():
        raise DomainError(
            messages().gettext("The folder {folder} does not exist.").format(folder=folder)
        )
    # A partial file named with this process's id: a killed export's leftover is removed by the
    # next write into that folder (fieldride.paths.remove_dead_partials).
    try:
        fd, tmp = new_partial_file(folder, path.suffix + ".part")
    except OSError as err:
        raise _refused(path, err) from err
    os.close(fd)
    try:
        os.chmod(tmp, 0o600)
        yield tmp
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as err:  # the disk refused (full, read-only, gone): say which file
        tmp.unlink(missing_ok=True)
        raise _refused(path, err) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _refused(path: Path, err: OSError) -> DomainError:
    """The disk refused to take ``path``: which file, why, that nothing was left there and
    what would help (the system's own reason, e.g. "No space left on device")."""
    reason = err.strerror or str(err)
    if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DomainError(
            messages()
            .gettext(
                "Cannot write {path}: {reason}. Nothing was left there; free some space on "
                "that disk or export to another folder."
            )
            .format(path=path, reason=reason)
        )
    return DomainError(
        messages()
        .gettext("Cannot write {path}: {reason}. Nothing was left there; export to another folder.")
        .format(path=path, reason=reason)
    )


def csv_paths(out: Path) -> dict[str, Path]:
    """The three CSV files written for ``--out out`` (see module docstring)."""
    stem = out.name[: -len(out.suffix)] if out.suffix.lower() == ".csv" else out.name
    return {name: out.with_name(f"{stem}-{name}.csv") for name in TABLES}


PROGRESS_EVERY = 500  # rows between two progress reports (and cancellation checks)


def write_csv(
    store: Store, selection: Selection, out: Path, progress: Progress | None = None
) -> dict[str, int]:
    """Write the three CSV files (UTF-8 with BOM, neutralised cells) row by row as they are
    read; return the rows written per table. Each file is written to a partial file first;
    the three are renamed into place only once all three are complete, so a failure leaves
    none of them half-written. ``progress``: rows written so far; once cancelled, raises
    ``Cancelled`` with no file left (also checked just before the renames)."""
    counts: dict[str, int] = {}
    written = 0
    with contextlib.ExitStack() as targets:
        for name, path in csv_paths(out).items():
            tmp = targets.enter_context(_private_target(path))
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(COLUMNS[name])
                count = 0
                for row in rows(store, selection, name):
                    writer.writerow([neutralise(v) for v in row])
                    count += 1
                    written += 1
                    if progress is not None and written % PROGRESS_EVERY == 0:
                        progress.step(written)
            counts[name] = count
        if progress is not None:
            progress.step(written)  # the last chance to stop: the renames follow
    return counts


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise(_XLSX_ILLEGAL.sub("", value))
    return value


def write_xlsx(
    store: Store, selection: Selection, out: Path, progress: Progress | None = None
) -> dict[str, int]:
    """Write one workbook with a sheet per table (neutralised, control characters removed),
    row by row as they are read (openpyxl's write-only workbook streams each sheet to a
    temporary file); return the rows written per table. Raises DomainError, leaving no file,
    when a table has more rows than a sheet can hold (:data:`XLSX_MAX_ROWS`). ``progress``: as
    for :func:`write_csv` (checked once more after the workbook is saved, before the rename)."""
    from openpyxl import Workbook  # slow to import: only when exporting

    counts: dict[str, int] = {}
    written = 0
    wb = Workbook(write_only=True)
    with _private_target(out) as tmp:
        try:
            for name in TABLES:
                sheet = wb.create_sheet(name.capitalize())
                sheet.append(list(COLUMNS[name]))
                count = 0
                for row in rows(store, selection, name):
                    count += 1
                    if count >= XLSX_MAX_ROWS:  # the header takes one row
                        raise DomainError(
                            messages()
                            .gettext(
                                "The export has more {name} than one XLSX sheet can hold ({value:,} rows). Nothing was written. Export CSV, or choose a shorter period or fewer sellers."
                            )
                            .format(name=name, value=XLSX_MAX_ROWS - 1)
                        )
                    sheet.append([_xlsx_cell(v) for v in row])
                    written += 1
                    if progress is not None and written % PROGRESS_EVERY == 0:
                        progress.step(written)
                counts[name] = count
            wb.save(str(tmp))
            if progress is not None:
                progress.step(written)  # the last chance to stop: the rename follows
        except BaseException:
            for sheet in wb.worksheets:  # end each sheet's stream to its temporary file
                with contextlib.suppress(Exception):
                    sheet.close()
            raise
    return counts


def export(
    store: Store,
    out: str | os.PathLike[str],
    fmt: str | None = None,
    since: str | None = None,
    until: str | None = None,
    seller_ids: Sequence[int] | None = None,
    *,
    replace: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Collect and write an export; return the files written. ``fmt`` defaults to the file
    extension (.xlsx → xlsx, else csv). Raises DomainError for an unknown format, bad dates,
    unknown sellers or a missing folder; OutputPathError when a target is one of FieldRide's
    own files, or exists and ``replace`` is false (every target is checked before any is
    written), or naming the file and the system's reason when the disk refuses it (full,
    read-only), with no file left; ``Cancelled`` (no file written, an
    existing one left as it was) once ``progress`` is cancelled.

    Logs nothing: the command line, which calls this, keeps no log. The app's export
    (:func:`export_readonly`) writes the counts to the app's log."""
    return _export(store, out, fmt, since, until, seller_ids, replace, progress)[0]


def _export(
    store: Store,
    out: str | os.PathLike[str],
    fmt: str | None,
    since: str | None,
    until: str | None,
    seller_ids: Sequence[int] | None,
    replace: bool,
    progress: Progress | None,
) -> tuple[list[Path], dict[str, int], str]:
    """:func:`export`, also returning the rows written per table and the format."""
    path = Path(out).expanduser()
    fmt = (fmt or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")).lower()
    if fmt not in FORMATS:
        raise DomainError(
            messages().gettext("Unknown export format '{fmt}' (use csv or xlsx).").format(fmt=fmt)
        )
    if not path.parent.is_dir():  # before a workbook exists: a half-built one cannot be closed
        raise DomainError(
            messages().gettext("The folder {parent} does not exist.").format(parent=path.parent)
        )
    targets = [path] if fmt == "xlsx" else list(csv_paths(path).values())
    for target in targets:
        check_output_path(target, store.folder, replace=replace)
    selection = select(store, since, until, seller_ids)
    if fmt == "xlsx":
        counts = write_xlsx(store, selection, path, progress)
    else:
        counts = write_csv(store, selection, path, progress)
    return targets, counts, fmt


def export_readonly(
    db_path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    fmt: str | None = None,
    since: str | None = None,
    until: str | None = None,
    seller_ids: Sequence[int] | None = None,
    *,
    replace: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """:func:`export` through a read-only connection of its own, for a background thread (the
    store's connection belongs to the thread that opened it; WAL lets this reader run while the
    app keeps writing). Same errors as :func:`export`. Writes the counts to the app's log."""
    import logging  # here: the app has it loaded; the command line's export never imports it

    from fieldride.store import read_only_store

    with read_only_store(db_path) as store:
        targets, counts, fmt = _export(store, out, fmt, since, until, seller_ids, replace, progress)
    logging.getLogger(__name__).info(
        "exported %d rides, %d observations, %d commitments as %s",
        counts["rides"],
        counts["observations"],
        counts["commitments"],
        fmt,
    )
    return targets
