"""Importing a seller roster from a CSV or XLSX file: a plan first, then one transaction.

Columns (header row; case, spaces, ``-``/``_`` do not matter; title rows above it are skipped):

==========  ========  ===============================================================
column      required  also accepted as
==========  ========  ===============================================================
name        yes*      seller, seller name, full name, sales rep, rep, employee
first name  (*)       given name, forename, first
last name   (*)       surname, family name, last
team        no        group, department
territory   no        region, area, patch
email       no        e-mail, email address, e-mail address, mail
notes       no        note, comments, comment
org id      no        organisation id, organization id, seller uuid
==========  ========  ===============================================================

German and Spanish headings are read too (Name / Vorname / Nachname / Gebiet / Notizen,
Nombre completo / Nombre / Apellidos / Equipo / Zona / Correo electrónico / Notas: the shipped
templates' own, see :data:`ROSTER_COLUMNS`).

(*) Without a name column, First name + Last name are joined ("Ben" + "Carter"); one of the two
alone is refused, saying which is there and which is missing. Every other column (Line manager,
Start date, Phone, …) is ignored and listed in the result (:attr:`RosterResult.ignored_columns`).
In a workbook the sheet named Sellers, Roster or Team is looked at first, then every other
sheet in order; the result's notes say which sheet was read and which were passed over.

Who is who. Names are compared as people see them (:func:`fieldride.tabular.person_key`:
Unicode NFC, invisible characters removed, case folded) and stored clean
(:func:`fieldride.tabular.clean_name`):

1. rows of the file that name the same person (same email; or the same name, at most one email
   and one org id between them) are one person: their cells are combined (a cell filled in two
   rows with two different values is refused, naming both cells) and the preview flags them as
   a *possible duplicate*; one org id on two rows is refused;
2. a row with an org id (the organisation-wide seller id, a UUID) matches the seller with that
   id; a seller matched otherwise takes the row's org id (issue 21); else a row with an email
   matches the seller with that email (normalised: case, Unicode form and blanks ignored, see
   :func:`fieldride.team.sellers.email_key`);
3. otherwise it matches the seller with the same name, unless both have an email and the emails
   differ (then they are two people with the same name, and the new one is flagged as a
   possible duplicate);
4. a matched seller is *updated*: every non-empty cell replaces the stored value; an empty cell
   never erases anything; an archived seller who is on the roster is restored;
5. no match: a new seller is added.

:func:`plan_roster` reads the file and returns a :class:`RosterPlan` whose ``preview`` says who
is new, updated, restored, unchanged or a possible duplicate, writing nothing;
:func:`apply_roster_plan` writes it in one transaction (refused if the sellers changed since the
plan was made); :func:`import_roster` does both.

Refused (nothing is written, every problem reported at once, each naming sheet, row, cell and
heading): an empty name, a malformed email, text beyond the header's columns or under a blank
heading (an unquoted ``;`` in a ``;``-separated CSV), two rows for one email with different
names, a row matching two existing sellers, values that are too long, plus every file-level
problem of :func:`fieldride.tabular.read_tables`. A file with no column of names at all gets a
plain "this isn't a roster".
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from fieldride.errors import DomainError
from fieldride.i18n import N_, Language, localized_resource, messages
from fieldride.paths import new_partial_file
from fieldride.store import Store, is_uuid
from fieldride.tabular import (
    Column,
    HeaderMap,
    ImportFileError,
    Limits,
    Problem,
    ProblemList,
    Row,
    Table,
    check_row_cells,
    clean_name,
    column_letter,
    find_header_row,
    lettered,
    match_header,
    normalise_header,
    person_key,
    quoted,
    read_tables,
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

FIELDS = ("name", "team", "territory", "email", "notes", "org_id")
# What a field is called where a change lists it (translated where shown: field_labels).
FIELD_LABELS = {
    "name": N_("name"),
    "team": N_("team"),
    "territory": N_("territory"),
    "email": N_("email"),
    "notes": N_("notes"),
    "org_id": N_("org_id"),
}


def field_labels(fields: tuple[str, ...]) -> str:
    """The fields a change touches, named in the interface language: "team, email"."""
    lang = messages()
    return ", ".join(lang.gettext(FIELD_LABELS[f]) if f in FIELD_LABELS else f for f in fields)


ROSTER_COLUMNS: tuple[Column, ...] = (  # English, then German and Spanish headings
    Column(
        "name",
        False,
        (
            *("seller", "seller name", "full name", "sales rep", "rep", "employee"),
            *("vollständiger name", "mitarbeiter", "mitarbeiter/in"),
            *("nombre completo", "nombre y apellidos", "comercial"),
        ),
    ),
    Column(
        "first name", False, ("given name", "forename", "first", "firstname", "vorname", "nombre")
    ),
    Column(
        "last name",
        False,
        ("surname", "family name", "last", "lastname", "nachname", "apellidos", "apellido"),
    ),
    Column("team", False, ("group", "department", "abteilung", "equipo")),
    Column("territory", False, ("region", "area", "patch", "gebiet", "zona", "territorio")),
    Column(
        "email",
        False,
        (
            *("e-mail", "email address", "e-mail address", "mail"),
            *("e-mail-adresse", "correo", "correo electrónico", "correo electronico"),
        ),
    ),
    Column(
        "notes",
        False,
        ("note", "comments", "comment", "notizen", "bemerkungen", "notas", "observaciones"),
    ),
    Column("org_id", False, ("organisation id", "organization id", "seller uuid")),
)
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
PREFERRED_SHEETS = ("sellers", "roster", "team")


class RosterFileError(ImportFileError):
    """The roster file was refused; ``problems`` lists everything wrong. Nothing was written."""


@dataclass(frozen=True)
class RosterChange:
    """What the import did (or would do) with one person.

    ``action`` is ``"added"``, ``"updated"``, ``"restored"`` (archived seller, updated and
    un-archived) or ``"unchanged"``; ``fields`` the fields that change; ``note`` says why the
    person may be a duplicate (``""``: not flagged); ``rows`` every row of the file read as
    this person (``row`` is the first).
    """

    row: int
    action: str
    name: str
    seller_id: int | None
    fields: tuple[str, ...] = ()
    note: str = ""
    rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class RosterResult:
    """The outcome of an import (or, with ``dry_run``, the preview of one): one
    :class:`RosterChange` per person, the columns ignored, and notes on how the file was read."""

    path: Path
    source: str
    changes: tuple[RosterChange, ...]
    dry_run: bool = False
    ignored_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

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

    @property
    def possible_duplicates(self) -> tuple[RosterChange, ...]:
        return tuple(c for c in self.changes if c.note)

    def summary(self, *, with_ignored: bool = True) -> str:
        """E.g. ``"3 sellers added, 1 updated, 2 unchanged."`` plus possible duplicates and
        (unless not ``with_ignored``) the ignored columns, when there are any."""
        lang = messages()
        # Each count is a whole phrase with its own verb (a list, not one sentence glued).
        if self.dry_run:
            parts = [
                (
                    lang.ngettext(
                        "{n} seller would be added", "{n} sellers would be added", self.added
                    ),
                    1,
                ),
                (
                    lang.ngettext("{n} would be updated", "{n} would be updated", self.updated),
                    self.updated,
                ),
                (
                    lang.ngettext(
                        "{n} would be restored from the archive",
                        "{n} would be restored from the archive",
                        self.restored,
                    ),
                    self.restored,
                ),
            ]
        else:
            parts = [
                (lang.ngettext("{n} seller added", "{n} sellers added", self.added), 1),
                (lang.ngettext("{n} updated", "{n} updated", self.updated), self.updated),
                (
                    lang.ngettext(
                        "{n} restored from the archive",
                        "{n} restored from the archive",
                        self.restored,
                    ),
                    self.restored,
                ),
            ]
        parts.append(
            (lang.ngettext("{n} unchanged", "{n} unchanged", self.unchanged), self.unchanged)
        )
        counts = (self.added, self.updated, self.restored, self.unchanged)
        filled = [
            text.format(n=lang.number(count))
            for (text, shown), count in zip(parts, counts, strict=True)
            if shown
        ]
        text = ", ".join(filled) + "."
        if self.possible_duplicates:
            text += " " + lang.ngettext(
                "{n} possible duplicate to check.",
                "{n} possible duplicates to check.",
                len(self.possible_duplicates),
            ).format(n=lang.number(len(self.possible_duplicates)))
        if self.ignored_columns and with_ignored:
            text += " " + lang.gettext("Columns ignored: {columns}.").format(
                columns=", ".join(self.ignored_columns)
            )
        return text


@dataclass(frozen=True)
class PlannedPerson:
    """One person of the file: the combined values, the rows they come from, the seller they
    update (None: new) and the possible-duplicate note."""

    rows: tuple[Row, ...]
    values: dict[str, str]
    seller: Seller | None
    note: str = ""


@dataclass(frozen=True)
class RosterPlan:
    """What :func:`apply_roster_plan` will write, and the ``preview`` of it (a dry-run
    :class:`RosterResult`). ``sellers_seen`` is the sellers as they were when planned."""

    preview: RosterResult
    people: tuple[PlannedPerson, ...]
    sellers_seen: tuple[Seller, ...] = field(default_factory=tuple)


def roster_template_path(language: str | None = None) -> Path:
    """The roster template shipped in resources/templates (Name, Team, Territory, Email,
    Notes and two example rows; UTF-8 with BOM so Excel shows accents), in ``language``
    (default: the interface language; English if that language has none)."""
    return localized_resource("templates", "roster-template.csv", code=language)


def write_roster_template(out: Path | str, language: str | None = None) -> Path:
    """Copy the roster template in ``language`` (see :func:`roster_template_path`) to ``out``
    (atomically). Raises ``OSError`` if it cannot be written."""
    out = Path(out)
    fd, tmp = new_partial_file(out.parent, ".csv.part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(roster_template_path(language).read_bytes())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def import_roster(store: Store, path: Path | str, *, dry_run: bool = False) -> RosterResult:
    """Add or update sellers from the roster file at ``path`` in one transaction.

    With ``dry_run`` nothing is written and the result says what would happen.
    Raises :class:`RosterFileError` listing every problem; then nothing was written.
    """
    plan = plan_roster(store, path)
    return plan.preview if dry_run else apply_roster_plan(store, plan)


def plan_roster(store: Store, path: Path | str) -> RosterPlan:
    """Read the roster at ``path`` and decide, person by person, what importing it would do;
    nothing is written. Raises :class:`RosterFileError` listing every problem."""
    path = Path(path)
    problems = ProblemList(path)
    try:
        tables = read_tables(path, limits=ROSTER_LIMITS)
    except ImportFileError as err:
        raise RosterFileError(path, err.problems) from None
    table, header_row, notes = _find_table(path, tables)
    problems.sheet = table.sheet
    header = match_header(header_row, ROSTER_COLUMNS, problems, ignore_unknown=True)
    ignored = tuple(lettered(column_letter(i), text) for i, text in sorted(header.ignored.items()))
    name_from = _name_columns(header, header_row, problems, notes)
    data_rows = [r for r in table.rows if r.number > header_row.number and not r.is_blank()]
    if not data_rows and not problems:
        problems.add(
            "",
            "",
            messages().gettext("The file has a header row but no sellers"),
            messages().gettext("Add one row per seller."),
        )
    delimiter = table.delimiter if table.kind == "csv" else ""
    people: list[PlannedPerson] = []
    if name_from:
        rows = [r for r in data_rows if check_row_cells(r, header, problems, delimiter=delimiter)]
        people = _plan(store, header, name_from, rows, problems)
    if problems:
        raise RosterFileError(path, problems.items)
    sellers = tuple(list_sellers(store, include_archived=True))
    changes = tuple(_change(p) for p in people)
    preview = RosterResult(
        path, table.describe(), changes, dry_run=True, ignored_columns=ignored, notes=tuple(notes)
    )
    return RosterPlan(preview, tuple(people), sellers)


def plan_fingerprint(plan: RosterPlan) -> str:
    """A digest of what ``plan`` would write and of the sellers it was made against: the app
    previews a plan in its own process and has a child process (``fieldride roster import
    --expect``) plan the file again and write it; the two digests agree only when the file and
    the sellers are as they were when the manager looked at the preview."""
    people = [
        [sorted(p.values.items()), p.seller.id if p.seller else None, p.note] for p in plan.people
    ]
    sellers = [sorted(asdict(s).items()) for s in plan.sellers_seen]
    text = json.dumps([people, sellers], ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def apply_roster_plan(
    store: Store, plan: RosterPlan, progress: Callable[[int, int], None] | None = None
) -> RosterResult:
    """Write ``plan`` in one transaction and say what was done. Raises :class:`DomainError`
    (writing nothing) if the sellers changed since the plan was made. ``progress(done, total)``
    is called as people are written (every 50, and once at the end, before the commit)."""
    changes: list[RosterChange] = []
    total = len(plan.people)
    with store.db.atomic():
        if tuple(list_sellers(store, include_archived=True)) != plan.sellers_seen:
            raise DomainError(
                messages().gettext(
                    "The sellers changed since the roster was read; nothing was imported. Import the file again to see what it would do now."
                )
            )
        for person in plan.people:
            change = _change(person)
            values = {k: v for k, v in person.values.items() if v}
            if person.seller is None:
                extra = {k: v for k, v in values.items() if k not in ("name", "org_id")}
                new_id = add_seller(store, values["name"], **extra).id
                if values.get("org_id"):
                    set_org_id(store, new_id, values["org_id"])
                change = RosterChange(
                    change.row, "added", change.name, new_id, (), change.note, change.rows
                )
            else:
                if "org_id" in change.fields:
                    set_org_id(store, person.seller.id, values["org_id"])
                edits = {k: values[k] for k in change.fields if k != "org_id"}
                if edits:
                    edit_seller(store, person.seller.id, **edits)
                if person.seller.archived:
                    archive_seller(store, person.seller.id, archived=False)
            changes.append(change)
            if progress is not None and (len(changes) % 50 == 0 or len(changes) == total):
                progress(len(changes), total)
    preview = plan.preview
    log.info("roster import: %d people (%s)", len(changes), preview.source)
    return RosterResult(
        preview.path, preview.source, tuple(changes), False, preview.ignored_columns, preview.notes
    )


def _change(person: PlannedPerson) -> RosterChange:
    values = {k: v for k, v in person.values.items() if v}
    rows = tuple(r.number for r in person.rows)
    current = person.seller
    if current is None:
        return RosterChange(rows[0], "added", values["name"], None, (), person.note, rows)
    changed = tuple(sorted(k for k, v in values.items() if getattr(current, k) != v))
    action = "restored" if current.archived else "updated" if changed else "unchanged"
    return RosterChange(rows[0], action, values["name"], current.id, changed, person.note, rows)


def _find_table(path: Path, tables: list[Table]) -> tuple[Table, Row, list[str]]:
    """The first sheet (preferred names first) with a heading row naming a roster column."""
    ordered = sorted(tables, key=lambda t: normalise_header(t.sheet) not in PREFERRED_SHEETS)
    for table in ordered:
        header_row = find_header_row(table.rows, ROSTER_COLUMNS, min_matches=1)
        if header_row is None:
            continue
        notes: list[str] = []
        if table.kind == "xlsx":
            others = [quoted(t.sheet) for t in tables if t is not table]
            note = (
                messages().gettext("Read the sellers on sheet '{sheet}'; passed over {others}.")
                if others
                else messages().gettext("Read the sellers on sheet '{sheet}'.")
            )
            notes.append(note.format(sheet=table.sheet, others=", ".join(others)))
        return table, header_row, notes
    lang = messages()
    sheets = [quoted(t.sheet) for t in tables if t.kind == "xlsx"]
    message = (
        lang.ngettext(
            "This file isn't a roster: FieldRide found no list of people's names in it (looked "
            "at sheet {sheets})",
            "This file isn't a roster: FieldRide found no list of people's names in it (looked "
            "at sheets {sheets})",
            len(sheets),
        )
        if sheets
        else lang.gettext(
            "This file isn't a roster: FieldRide found no list of people's names in it"
        )
    )
    raise RosterFileError(
        path,
        [
            Problem(
                path.name,
                "",
                "",
                message.format(sheets=", ".join(sheets)),
                lang.gettext(
                    "Check that you picked the right file. To see what a roster looks like, "
                    "open Help > Scorecard and roster files in FieldRide; it also saves a "
                    "template to start from."
                ),
            )
        ],
    )


def _name_columns(
    header: HeaderMap, header_row: Row, problems: ProblemList, notes: list[str]
) -> tuple[str, ...]:
    """The columns the name is read from: ``("name",)``, ``("first name", "last name")``, or
    ``()`` after a problem (said once, at the heading row)."""
    lang = messages()
    if header.has("name"):
        for part in ("first name", "last name"):
            if header.has(part):
                notes.append(
                    lang.gettext(
                        "Names read from {letter} '{heading}'; {other_letter} '{other}' ignored."
                    ).format(
                        letter=header.letter("name"),
                        heading=header.heading("name"),
                        other_letter=header.letter(part),
                        other=header.heading(part),
                    )
                )
        return ("name",)
    first, last = header.has("first name"), header.has("last name")
    if first and last:
        notes.append(
            lang.gettext(
                "Names joined from {first_letter} '{first}' and {last_letter} '{last}'."
            ).format(
                first_letter=header.letter("first name"),
                first=header.heading("first name"),
                last_letter=header.letter("last name"),
                last=header.heading("last name"),
            )
        )
        return ("first name", "last name")
    if first or last:
        have = "first name" if first else "last name"
        message, fix = _HALF_NAME[have]
        problems.add(
            header_row.at(),
            "name",
            lang.gettext(message).format(heading=header.heading(have), letter=header.letter(have)),
            lang.gettext(fix),
        )
        return ()
    problems.add(
        header_row.at(),
        "name",
        lang.gettext("The column 'name' is missing; the heading row is row {row}: {cells}").format(
            row=header_row.number, cells=header.listing()
        ),
        lang.gettext(
            "Add a column headed 'Name' with each seller's name (or 'First name' and 'Last name')."
        ),
    )
    return ()


# One name column without the other: (what is wrong, what to do), whole sentences for each.
_HALF_NAME = {
    "first name": (
        N_(
            "The file has a first name column, '{heading}' ({letter}), but no last name column "
            "and no column with the whole name"
        ),
        N_(
            "Add a column headed 'Last name' next to it, or one headed 'Name' with each seller's "
            "whole name."
        ),
    ),
    "last name": (
        N_(
            "The file has a last name column, '{heading}' ({letter}), but no first name column "
            "and no column with the whole name"
        ),
        N_(
            "Add a column headed 'First name' next to it, or one headed 'Name' with each "
            "seller's whole name."
        ),
    ),
}


def _row_values(
    row: Row, header: HeaderMap, name_from: tuple[str, ...], problems: ProblemList
) -> dict[str, str] | None:
    """The cleaned values of one row, or None after a problem."""
    values = {f: header.value(row, f).strip() for f in FIELDS if f != "name" and header.has(f)}
    values["name"] = " ".join(header.value(row, c) for c in name_from)
    for f in ("name", "team", "territory"):
        if f in values:
            values[f] = clean_name(values[f])
    if "email" in values:
        values["email"] = clean_name(values["email"])
    if "org_id" in values:
        values["org_id"] = values["org_id"].lower()
    ok = True
    if not values["name"]:
        problems.add(
            header.cell(row, name_from[0]),
            " + ".join(header.heading(c) for c in name_from),
            messages().gettext("The seller's name is empty"),
            messages().gettext("Type the seller's name, or delete the row."),
        )
        ok = False
    org_id = values.get("org_id", "")
    if org_id and not is_uuid(org_id):
        problems.add(
            header.cell(row, "org_id"),
            header.heading("org_id"),
            messages().gettext("'{value}' is not an organisation id (a UUID)").format(value=org_id),
            messages().gettext(
                "Copy the id from the organisation's roster, or leave the cell empty."
            ),
        )
        ok = False
    email = values.get("email", "")
    if email and not EMAIL_RE.match(email):
        problems.add(
            header.cell(row, "email"),
            header.heading("email"),
            messages().gettext("'{value}' is not an email address").format(value=email),
            messages().gettext("Write it like name@example.com, or leave the cell empty."),
        )
        ok = False
    for f, value in values.items():
        if len(value) > MAX_LENGTH[f]:
            source = name_from[0] if f == "name" else f
            problems.add(
                header.cell(row, source),
                header.heading(source),
                messages()
                .gettext("The value is {length} characters long, more than {limit}")
                .format(length=len(value), limit=MAX_LENGTH[f]),
                messages().gettext("Shorten it."),
            )
            ok = False
    return values if ok else None


@dataclass
class _Group:
    rows: list[Row]
    values: dict[str, str]
    emails: set[str]
    org_id: str = ""


def _plan(
    store: Store,
    header: HeaderMap,
    name_from: tuple[str, ...],
    rows: list[Row],
    problems: ProblemList,
) -> list[PlannedPerson]:
    groups = _group_rows(header, name_from, rows, problems)
    existing = list_sellers(store, include_archived=True)
    by_org = {s.org_id: s for s in existing if s.org_id}
    by_email: dict[str, list[Seller]] = {}
    by_name: dict[str, list[Seller]] = {}
    for s in existing:
        if s.email.strip():
            by_email.setdefault(email_key(s.email), []).append(s)
        by_name.setdefault(person_key(s.name), []).append(s)
    same_name: dict[str, list[_Group]] = {}
    for g in groups:
        same_name.setdefault(person_key(g.values["name"]), []).append(g)
    planned: list[PlannedPerson] = []
    seen_seller: dict[int, int] = {}
    for g in groups:
        first = g.rows[0]
        name, email = g.values["name"], email_key(g.values.get("email", ""))
        org_id = g.values.get("org_id", "")
        found = [by_org[org_id]] if org_id in by_org else _match(name, email, by_email, by_name)
        if len(found) > 1:
            column = "email" if email else name_from[0]
            problems.add(
                header.cell(first, column),
                header.heading(column),
                messages()
                .ngettext(
                    "{n} seller in FieldRide matches '{name}'",
                    "{n} sellers in FieldRide match '{name}'",
                    len(found),
                )
                .format(n=len(found), name=name),
                messages().gettext(
                    "Add an email column so each row names one seller, or rename one of them first."
                ),
            )
            continue
        seller = found[0] if found else None
        if seller is not None:
            if seller.id in seen_seller:
                problems.add(
                    header.cell(first, name_from[0]),
                    header.heading(name_from[0]),
                    messages()
                    .gettext("This row and row {row} both match the seller '{name}'")
                    .format(row=seen_seller[seller.id], name=seller.name),
                    messages().gettext("Keep one row per seller."),
                )
                continue
            seen_seller[seller.id] = first.number
        planned.append(
            PlannedPerson(tuple(g.rows), g.values, seller, _note(g, seller, same_name, by_name))
        )
    return planned


def _note(
    g: _Group,
    seller: Seller | None,
    same_name: dict[str, list[_Group]],
    by_name: dict[str, list[Seller]],
) -> str:
    """Why this person may be a duplicate ("" if there is no reason to think so)."""
    lang: Language = messages()
    numbers = [r.number for r in g.rows]
    if len(numbers) > 1:
        return lang.gettext(
            "rows {rows} and {last} are read as one person; check that they are"
        ).format(rows=", ".join(str(n) for n in numbers[:-1]), last=numbers[-1])
    key = person_key(g.values["name"])
    others = [o for o in same_name.get(key, []) if o is not g]
    if others:
        return lang.gettext(
            "same name as row {row} but another email or org id; read as two people"
        ).format(row=others[0].rows[0].number)
    if seller is None and by_name.get(key):
        other = by_name[key][0]
        if other.email:
            text = lang.gettext(
                "a seller named '{name}' ({email}) is already in FieldRide with another email; "
                "this row adds a second one"
            )
        else:
            text = lang.gettext(
                "a seller named '{name}' (no email) is already in FieldRide with another email; "
                "this row adds a second one"
            )
        return text.format(name=other.name, email=other.email)
    return ""


def _group_rows(
    header: HeaderMap, name_from: tuple[str, ...], rows: list[Row], problems: ProblemList
) -> list[_Group]:
    """Rows naming the same person combined (see the module docstring, rule 1)."""
    groups: list[_Group] = []
    by_email: dict[str, _Group] = {}
    by_name: dict[str, list[_Group]] = {}
    by_org: dict[str, int] = {}
    for row in rows:
        values = _row_values(row, header, name_from, problems)
        if values is None:
            continue
        org_id = values.get("org_id", "")
        if org_id in by_org:
            problems.add(
                header.cell(row, "org_id"),
                header.heading("org_id"),
                messages()
                .gettext("The org id is also on row {row}: the same seller twice")
                .format(row=by_org[org_id]),
                messages().gettext("Keep one row per seller."),
            )
            continue
        if org_id:
            by_org[org_id] = row.number
        email = email_key(values.get("email", ""))
        key = person_key(values["name"])
        target = by_email.get(email) if email else None
        if target is not None and person_key(target.values["name"]) != key:
            problems.add(
                header.cell(row, "email"),
                header.heading("email"),
                messages()
                .gettext("The email is also on row {row}: the same seller twice, under two names")
                .format(row=target.rows[0].number),
                messages().gettext("Keep one row per seller."),
            )
            continue
        if target is None:
            # Same name: one person unless both have an email and they differ.
            candidates = [
                g
                for g in by_name.get(key, [])
                if not (email and g.emails and email not in g.emails)
                and not (org_id and g.org_id and org_id != g.org_id)
            ]
            target = candidates[0] if candidates else None
        if target is None:
            target = _Group([row], values, {email} if email else set(), org_id)
            groups.append(target)
            by_name.setdefault(key, []).append(target)
        elif _combine(target, row, values, header, name_from, problems):
            target.rows.append(row)
            if email:
                target.emails.add(email)
            target.org_id = target.org_id or org_id
        if email:
            by_email[email] = target
    return groups


def _combine(
    target: _Group,
    row: Row,
    values: dict[str, str],
    header: HeaderMap,
    name_from: tuple[str, ...],
    problems: ProblemList,
) -> bool:
    """Fill ``target``'s empty values from ``values``; False after a problem for a cell that
    says something else than the same person's earlier row."""
    ok = True
    for f, value in values.items():
        old = target.values.get(f, "")
        if not value or not old:
            continue
        same = (
            person_key(old) == person_key(value)
            if f == "name"
            else old.casefold() == value.casefold()
        )
        if not same:
            source = name_from[0] if f == "name" else f
            problems.add(
                header.cell(row, source),
                header.heading(source),
                messages()
                .gettext("'{value}' differs from '{old}' on row {row}, which names the same person")
                .format(value=value, old=old, row=target.rows[0].number),
                messages().gettext("Keep one row per seller, or give both rows the same value."),
            )
            ok = False
    if ok:
        for f, value in values.items():
            if value and not target.values.get(f):
                target.values[f] = value
    return ok


def _match(
    name: str, email: str, by_email: dict[str, list[Seller]], by_name: dict[str, list[Seller]]
) -> list[Seller]:
    """The existing sellers this person could be (more than one: a problem)."""
    if email and email in by_email:
        return by_email[email]
    return [
        s
        for s in by_name.get(person_key(name), [])
        if not (email and s.email.strip() and s.email.strip().casefold() != email)
    ]
