"""Importing a seller roster from a CSV or XLSX file.

Columns (header row; case, spaces, ``-``/``_`` do not matter; title rows above it are skipped):

=========  ========  ===============================================================
column     required  also accepted as
=========  ========  ===============================================================
name       yes       seller, seller name, full name, sales rep, rep, employee
team       no        group, department
territory  no        region, area, patch
email      no        e-mail, email address, e-mail address, mail
notes      no        note, comments, comment
org id     no        organisation id, organization id, seller uuid
=========  ========  ===============================================================

How rows meet the sellers already in the store (decided here, shown in the UI):

0. a row with an org id (the organisation-wide seller id, a UUID) matches the seller with
   that id; a seller matched otherwise takes the row's org id (issue 21);
1. a row with an email matches the seller with that email (normalised: case, Unicode form and
   blanks ignored, see :func:`fieldride.team.sellers.email_key`);
2. otherwise it matches the seller with the same name (case and spacing ignored), unless both
   have an email and the emails differ (then they are two people with the same name);
3. a matched seller is *updated*: every non-empty cell replaces the stored value; an empty cell
   never erases anything; an archived seller who is on the roster is restored;
4. no match: a new seller is added.

Refused (nothing is written, every problem reported at once): an empty name, a malformed
email, two rows for the same person (same email, or same name without emails), a row matching
two existing sellers (same name twice in the store: add the email to say which), values that are
too long, plus every file-level problem of :func:`fieldride.tabular.read_table`.
The whole import is one transaction.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from fieldride.store import Store, is_uuid
from fieldride.tabular import (
    Column,
    HeaderMap,
    ImportFileError,
    Limits,
    ProblemList,
    Row,
    find_header_row,
    match_header,
    read_table,
)
from fieldride.team.sellers import (
    Seller,
    add_seller,
    archive_seller,
    edit_seller,
    email_key,
    list_sellers,
    set_org_id,
)

log = logging.getLogger(__name__)

ROSTER_COLUMNS: tuple[Column, ...] = (
    Column("name", True, ("seller", "seller name", "full name", "sales rep", "rep", "employee")),
    Column("team", False, ("group", "department")),
    Column("territory", False, ("region", "area", "patch")),
    Column("email", False, ("e-mail", "email address", "e-mail address", "mail")),
    Column("notes", False, ("note", "comments", "comment")),
    Column("org_id", False, ("organisation id", "organization id", "seller uuid")),
)
FIELDS = tuple(c.name for c in ROSTER_COLUMNS)
MAX_LENGTH = {
    "name": 200,
    "team": 200,
    "territory": 200,
    "email": 254,
    "notes": 5000,
    "org_id": 36,
}
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ROSTER_LIMITS = Limits(max_rows=5_000)


class RosterFileError(ImportFileError):
    """The roster file was refused; ``problems`` lists everything wrong. Nothing was written."""


@dataclass(frozen=True)
class RosterChange:
    """What the import did (or would do) with one row.

    ``action`` is ``"added"``, ``"updated"``, ``"restored"`` (archived seller, updated and
    un-archived) or ``"unchanged"``; ``fields`` the fields that changed.
    """

    row: int
    action: str
    name: str
    seller_id: int | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class RosterResult:
    """The outcome of :func:`import_roster`, one :class:`RosterChange` per data row."""

    path: Path
    source: str
    changes: tuple[RosterChange, ...]
    dry_run: bool = False

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    @property
    def added(self) -> int:
        return self.count("added")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def restored(self) -> int:
        return self.count("restored")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    def summary(self) -> str:
        """E.g. ``"3 sellers added, 1 updated, 2 unchanged."``"""
        parts = [f"{self.added} seller{'s' if self.added != 1 else ''} added"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        if self.restored:
            parts.append(f"{self.restored} restored from the archive")
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        return ", ".join(parts) + "."


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class _Planned:
    row: Row
    values: dict[str, str]
    seller: Seller | None


def import_roster(store: Store, path: Path | str, *, dry_run: bool = False) -> RosterResult:
    """Add or update sellers from the roster file at ``path`` in one transaction.

    With ``dry_run`` nothing is written and the result says what would happen.
    Raises :class:`RosterFileError` listing every problem; then nothing was written.
    """
    path = Path(path)
    problems = ProblemList(path)
    try:
        table = read_table(path, limits=ROSTER_LIMITS, sheet_names=("Sellers", "Roster", "Team"))
    except ImportFileError as err:
        raise RosterFileError(path, err.problems) from None
    header_row = find_header_row(table.rows, ROSTER_COLUMNS, min_matches=1)
    if header_row is None:
        problems.add(
            "",
            "",
            "No header row found: the first rows do not name a 'name' column",
            "Put the column names in the first row: name, team, territory, email, notes.",
        )
        raise RosterFileError(path, problems.items)
    header = match_header(header_row, ROSTER_COLUMNS, problems)
    data_rows = [r for r in table.rows if r.number > header_row.number and not r.is_blank()]
    if not data_rows and not problems:
        problems.add("", "", "The file has a header row but no sellers", "Add one row per seller.")
    plan = _plan(store, header, data_rows, problems)
    if problems:
        raise RosterFileError(path, problems.items)
    changes = _apply(store, plan, dry_run)
    log.info("roster import: %d rows, dry_run=%s (%s)", len(changes), dry_run, table.describe())
    return RosterResult(path, table.describe(), tuple(changes), dry_run)


def _plan(
    store: Store, header: HeaderMap, rows: list[Row], problems: ProblemList
) -> list[_Planned]:
    existing = list_sellers(store, include_archived=True)
    by_email: dict[str, list[Seller]] = {}
    by_name: dict[str, list[Seller]] = {}
    by_org = {s.org_id: s for s in existing}
    for s in existing:
        if s.email.strip():
            by_email.setdefault(email_key(s.email), []).append(s)
        by_name.setdefault(_key(s.name), []).append(s)
    seen_email: dict[str, int] = {}
    seen_org: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    seen_seller: dict[int, int] = {}
    planned: list[_Planned] = []
    for row in rows:
        values = {f: header.value(row, f).strip() for f in FIELDS if header.has(f)}
        for f in ("name", "team", "territory", "email"):
            if f in values:
                values[f] = " ".join(values[f].split())
        if "org_id" in values:
            values["org_id"] = values["org_id"].lower()
        ok = _check_values(row, header, values, problems)
        name, email = values.get("name", ""), email_key(values.get("email", ""))
        org_id = values.get("org_id", "")
        if org_id and ok:
            if org_id in seen_org:
                problems.add(
                    row.where(),
                    "org_id",
                    f"The org id is also on row {seen_org[org_id]}: the same seller twice",
                    "Keep one row per seller.",
                )
                ok = False
            seen_org.setdefault(org_id, row.number)
        if email:
            if email in seen_email:
                problems.add(
                    row.where(),
                    "email",
                    f"The email is also on row {seen_email[email]}: the same seller twice",
                    "Keep one row per seller.",
                )
                ok = False
            seen_email.setdefault(email, row.number)
        elif name:
            if _key(name) in seen_name:
                problems.add(
                    row.where(),
                    "name",
                    f"'{name}' is also on row {seen_name[_key(name)]}: the same seller twice",
                    "Keep one row per seller, or add an email to tell two people apart.",
                )
                ok = False
            seen_name.setdefault(_key(name), row.number)
        if not ok:
            continue
        seller: Seller | None
        if org_id in by_org:
            matched, seller = True, by_org[org_id]
        else:
            matched, seller = _match(row, name, email, by_email, by_name, problems)
        if not matched:
            continue
        if seller is not None:
            if seller.id in seen_seller:
                problems.add(
                    row.where(),
                    "name",
                    f"This row and row {seen_seller[seller.id]} both match the seller "
                    f"'{seller.name}'",
                    "Keep one row per seller.",
                )
                continue
            seen_seller[seller.id] = row.number
        planned.append(_Planned(row, values, seller))
    return planned


def _check_values(
    row: Row, header: HeaderMap, values: dict[str, str], problems: ProblemList
) -> bool:
    ok = True
    if not values.get("name"):
        problems.add(
            f"{row.where()}, cell {header.letter('name')}{row.number}",
            "name",
            "The seller's name is empty",
            "Type the seller's name, or delete the row.",
        )
        ok = False
    org_id = values.get("org_id", "")
    if org_id and not is_uuid(org_id):
        problems.add(
            f"{row.where()}, cell {header.letter('org_id')}{row.number}",
            "org_id",
            f"'{org_id}' is not an organisation id (a UUID)",
            "Copy the id from the organisation's roster, or leave the cell empty.",
        )
        ok = False
    email = values.get("email", "")
    if email and not EMAIL_RE.match(email):
        problems.add(
            f"{row.where()}, cell {header.letter('email')}{row.number}",
            "email",
            f"'{email}' is not an email address",
            "Write it like name@example.com, or leave the cell empty.",
        )
        ok = False
    for f, value in values.items():
        if len(value) > MAX_LENGTH[f]:
            problems.add(
                f"{row.where()}, cell {header.letter(f)}{row.number}",
                f,
                f"The value is {len(value)} characters long, more than {MAX_LENGTH[f]}",
                "Shorten it.",
            )
            ok = False
    return ok


def _match(
    row: Row,
    name: str,
    email: str,
    by_email: dict[str, list[Seller]],
    by_name: dict[str, list[Seller]],
    problems: ProblemList,
) -> tuple[bool, Seller | None]:
    """(True, the existing seller this row updates or None for a new one); (False, None) after
    a problem."""
    if email and email in by_email:
        found = by_email[email]
    else:
        found = [
            s
            for s in by_name.get(_key(name), [])
            if not (email and s.email.strip() and s.email.strip().casefold() != email)
        ]
    if len(found) > 1:
        problems.add(
            row.where(),
            "email" if email else "name",
            f"{len(found)} sellers in FieldRide match '{name}'",
            "Add an email column so each row names one seller, or rename one of them first.",
        )
        return False, None
    return True, (found[0] if found else None)


def _apply(store: Store, plan: list[_Planned], dry_run: bool) -> list[RosterChange]:
    changes: list[RosterChange] = []
    with store.db.atomic():
        for item in plan:
            values = {k: v for k, v in item.values.items() if v}
            name = values.get("name", "")
            org_id = values.pop("org_id", "")
            if item.seller is None:
                new_id = None
                if not dry_run:
                    extra = {k: v for k, v in values.items() if k != "name"}
                    new_id = add_seller(store, name, **extra).id
                    if org_id:
                        set_org_id(store, new_id, org_id)
                changes.append(RosterChange(item.row.number, "added", name, new_id))
                continue
            current = item.seller
            changed = {k: v for k, v in values.items() if getattr(current, k) != v}
            if org_id and current.org_id != org_id:
                changed["org_id"] = org_id
            action = "restored" if current.archived else "updated" if changed else "unchanged"
            if not dry_run:
                if "org_id" in changed:
                    set_org_id(store, current.id, changed["org_id"])
                edits = {k: v for k, v in changed.items() if k != "org_id"}
                if edits:
                    edit_seller(store, current.id, **edits)
                if current.archived:
                    archive_seller(store, current.id, archived=False)
            changes.append(
                RosterChange(item.row.number, action, name, current.id, tuple(sorted(changed)))
            )
    return changes
