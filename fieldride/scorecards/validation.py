"""Validating a scorecard definition (the parsed content of any file format) into a
:class:`~fieldride.scorecards.model.Scorecard`, collecting *every* problem.

Every loader (YAML, JSON, CSV, XLSX) turns its file into the same nested structure as
``Scorecard.to_dict`` (values may still be strings, e.g. a weight read from a cell) plus a
:class:`Locator` that turns a field path like ``("sections", 1, "behaviours", 0, "weight")`` into
"line 40" or "row 9, cell G9". :func:`validate_definition` then checks and normalises it:

- text is cleaned the same way for every format: control characters removed, line breaks
  normalised to ``\\n``, surrounding spaces stripped; one-line fields (name, titles, labels, list
  items) have runs of white space collapsed to one space;
- a list field (look-fors, questions) may be a list or one text: a text is split into items at
  line breaks, or at ``|`` when it has no line break (so a single item that contains ``|`` is
  written on its own line with a line break after it);
- keys: a given key must be lowercase letters, digits, ``-`` or ``_`` (max 64); a missing key is
  derived from the title (behaviours) or the name (the scorecard) by :func:`slugify`, which is
  deterministic, so the same title always gives the same key;
- the scale needs at least two levels, whole-number values in rising order, distinct labels;
- a weight is a number from 0 to 1000, kept to 4 decimal places (``"1,5"`` is read as 1.5).

Problems say where, what is wrong and what would be right; the caller raises them all at once.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from typing import Any

from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
from fieldride.tabular import ProblemList, suggest

FieldPath = tuple[str | int, ...]

KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
TOP_FIELDS = ("key", "name", "description", "scale", "sections")
LEVEL_FIELDS = ("value", "label", "description")
SECTION_FIELDS = ("title", "behaviours")
BEHAVIOUR_FIELDS = ("key", "title", "good", "look_fors", "questions", "weight")
IGNORED_TOP_FIELDS = ("$schema",)
MAX_LINE = 200
MAX_TEXT = 5_000
MAX_ITEM = 1_000
MAX_ITEMS = 30
MAX_LEVELS = 10
MAX_SECTIONS = 100
MAX_BEHAVIOURS = 500
MAX_WEIGHT = 1_000.0
DEFAULT_SCALE_HINT = "e.g. 1 Not yet, 2 Developing, 3 Proficient, 4 Role model"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
_BREAKS = re.compile(r"\r\n|[\r\x85\u2028\u2029]")


class Locator:
    """Turns a field path into a place in the file. The base class knows no places: it
    describes the path by section/behaviour numbers (used for JSON without line numbers)."""

    def where(self, path: FieldPath, context: str) -> str:
        return context

    def field(self, path: FieldPath) -> str:
        names = [p for p in path if isinstance(p, str)]
        if path and path[0] == "scale" and len(path) > 2:
            return f"scale {names[-1]}"
        return names[-1] if names else ""


def clean_text(value: str) -> str:
    """Multi-line text as stored: no control characters, ``\\n`` line breaks, stripped."""
    return _CONTROL.sub("", _BREAKS.sub("\n", value)).strip()


def clean_line(value: str) -> str:
    """One-line text as stored: like :func:`clean_text` with white space runs collapsed."""
    return " ".join(clean_text(value).split())


def split_items(value: str) -> list[str]:
    """Items of a list written in one cell: one per line, else separated by ``|``."""
    text = _BREAKS.sub("\n", value)
    parts = text.split("\n") if "\n" in text else text.split("|")
    return [item for item in (clean_line(p) for p in parts) if item]


def slugify(text: str, prefix: str = "behaviour") -> str:
    """A stable key from a title: ``"Asks open, layered questions"`` → ``asks-open-layered-questions``.

    Accents are folded to ASCII; text with no Latin letters or digits (e.g. all Greek or CJK)
    gets ``<prefix>-<8 hex digits of its hash>``, still stable.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].rstrip("-")
    if not slug:
        digest = hashlib.sha1(
            text.encode("utf-8", "surrogatepass"), usedforsecurity=False
        ).hexdigest()[:8]
        slug = f"{prefix}-{digest}"
    return slug


class _Checker:
    def __init__(self, problems: ProblemList, locator: Locator) -> None:
        self.problems = problems
        self.loc = locator

    def add(self, path: FieldPath, context: str, message: str, fix: str = "") -> None:
        self.problems.add(self.loc.where(path, context), self.loc.field(path), message, fix)

    # --- typed getters ---------------------------------------------------------------------
    def text(
        self,
        obj: dict[str, Any],
        name: str,
        path: FieldPath,
        ctx: str,
        *,
        required: bool,
        one_line: bool,
        what: str,
        fix: str = "",
    ) -> str:
        value = obj.get(name)
        if isinstance(value, (bool, dict | list)):
            self.add((*path, name), ctx, f"The {what} must be text", f"Write the {what} as text.")
            return ""
        if value is None:
            value = ""
        cleaned = (clean_line if one_line else clean_text)(str(value))
        limit = MAX_LINE if one_line else MAX_TEXT
        if required and not cleaned:
            self.add((*path, name), ctx, f"The {what} is missing", fix or f"Write the {what}.")
        elif len(cleaned) > limit:
            self.add(
                (*path, name),
                ctx,
                f"The {what} is {len(cleaned)} characters long; at most {limit} fit",
                "Shorten it.",
            )
        return cleaned

    def key(self, obj: dict[str, Any], path: FieldPath, ctx: str, fallback: str) -> str:
        value = obj.get("key")
        if value is None or (isinstance(value, str) and not value.strip()):
            return fallback
        if isinstance(value, bool | dict | list):
            self.add((*path, "key"), ctx, "The key must be a text", "Use e.g. 'opening'.")
            return fallback
        text = str(value).strip()
        if not KEY_RE.match(text):
            self.add(
                (*path, "key"),
                ctx,
                f"'{text}' is not a valid key",
                f"Use lowercase letters, digits and '-' only, e.g. '{slugify(text)}'; or leave "
                "it empty to derive it from the title.",
            )
        return text

    def items(self, obj: dict[str, Any], name: str, path: FieldPath, ctx: str) -> tuple[str, ...]:
        value = obj.get(name)
        if value is None:
            return ()
        if isinstance(value, str):
            raw: list[Any] = split_items(value)
        elif isinstance(value, list):
            raw = value
        else:
            self.add(
                (*path, name),
                ctx,
                f"'{name}' must be a list of texts",
                "Write one item per line (or a YAML/JSON list).",
            )
            return ()
        out: list[str] = []
        for i, item in enumerate(raw):
            if isinstance(item, (dict | list, bool)) or item is None:
                if item is None:
                    continue
                if isinstance(item, dict):
                    self.add(
                        (*path, name, i),
                        ctx,
                        f"Item {i + 1} of '{name}' is not text: in YAML a ': ' inside it starts "
                        "a field",
                        'Put the item in quotes: - "Which part was left open: what or when?"',
                    )
                else:
                    self.add((*path, name, i), ctx, f"Item {i + 1} of '{name}' is not text", "")
                continue
            text = clean_line(str(item))
            if len(text) > MAX_ITEM:
                self.add(
                    (*path, name, i),
                    ctx,
                    f"Item {i + 1} of '{name}' is {len(text)} characters long; at most "
                    f"{MAX_ITEM} fit",
                    "Shorten it or split it into several items.",
                )
            if text:
                out.append(text)
        if len(out) > MAX_ITEMS:
            self.add(
                (*path, name),
                ctx,
                f"'{name}' has {len(out)} items; at most {MAX_ITEMS} are useful",
                "Keep the ones a manager can check during a call.",
            )
        return tuple(out)

    def number(self, value: Any, path: FieldPath, ctx: str, what: str, fix: str) -> float | None:
        """A finite number from a number or a text like ``"1.5"``/``"1,5"``; None + problem."""
        if isinstance(value, bool | dict | list):
            shown = value if isinstance(value, bool) else "a list or block"
            self.add(path, ctx, f"The {what} must be a number, not {shown}", fix)
            return None
        if isinstance(value, int | float):
            number = float(value)
        else:
            text = str(value).strip()
            candidate = text.replace(",", ".") if text.count(",") == 1 and "." not in text else text
            try:
                number = float(candidate)
            except ValueError:
                self.add(path, ctx, f"The {what} must be a number, but it is '{text}'", fix)
                return None
        if not math.isfinite(number):
            self.add(path, ctx, f"The {what} must be a finite number", fix)
            return None
        return number

    def unknown(
        self, obj: dict[str, Any], allowed: tuple[str, ...], path: FieldPath, ctx: str
    ) -> None:
        for name in obj:
            if name in allowed or (not path and name in IGNORED_TOP_FIELDS):
                continue
            label = str(name)
            close = suggest(label, allowed)
            if not path and label == "version":
                fix = (
                    "FieldRide numbers versions itself when a changed file is imported; remove it."
                )
            elif close:
                fix = f"Did you mean '{close}'?"
            else:
                fix = f"Known fields here: {', '.join(allowed)}."
            self.problems.add(
                self.loc.where((*path, label), ctx), label, f"Unknown field '{label}'", fix
            )


def _as_dict(
    chk: _Checker, value: Any, path: FieldPath, ctx: str, what: str
) -> dict[str, Any] | None:
    if isinstance(value, dict):
        return value
    chk.add(path, ctx, f"The {what} must be a set of fields (name: value)", "")
    return None


def validate_definition(
    data: Any, problems: ProblemList, locator: Locator | None = None
) -> Scorecard | None:
    """Check ``data`` and build the scorecard; add every problem found to ``problems``.

    Returns None if there was any problem (the caller raises them all at once).
    """
    loc = locator or Locator()
    chk = _Checker(problems, loc)
    before = len(problems)
    if not isinstance(data, dict):
        problems.add(
            loc.where((), ""),
            "",
            "The file does not hold a scorecard",
            "A scorecard has the fields name, scale and sections (see docs/scorecards.md).",
        )
        return None
    chk.unknown(data, TOP_FIELDS, (), "")
    if data.get("name") is not None:
        name = chk.text(data, "name", (), "", required=True, one_line=True, what="scorecard name")
    else:
        name = ""
        chk.add(
            ("name",),
            "",
            "The scorecard has no name",
            "Add it: 'name: ...' in YAML/JSON, or a row 'Name' with the name in column B above "
            "the behaviour table in a sheet.",
        )
    key = chk.key(data, (), "", slugify(name, "scorecard") if name else "")
    description = chk.text(
        data, "description", (), "", required=False, one_line=False, what="description"
    )
    scale = _scale(chk, data)
    sections = _sections(chk, data)
    if len(problems) > before:
        return None
    return Scorecard(key=key, name=name, scale=scale, sections=sections, description=description)


def _scale(chk: _Checker, data: dict[str, Any]) -> tuple[Level, ...]:
    raw = data.get("scale")
    path: FieldPath = ("scale",)
    if raw is None:
        chk.add(
            path,
            "",
            "The rating scale is missing",
            f"Add the levels, {DEFAULT_SCALE_HINT}: a 'scale' list in YAML/JSON, or in a sheet "
            "one row per level above the behaviour table: Scale | 1 | Not yet | description.",
        )
        return ()
    if not isinstance(raw, list):
        chk.add(path, "", "The scale must be a list of levels", f"{DEFAULT_SCALE_HINT}.")
        return ()
    if len(raw) < 2:
        chk.add(
            path,
            "",
            "The scale is empty" if not raw else "The scale has only one level",
            f"A scale needs at least two levels, {DEFAULT_SCALE_HINT}.",
        )
    if len(raw) > MAX_LEVELS:
        chk.add(path, "", f"The scale has {len(raw)} levels; at most {MAX_LEVELS}", "")
    levels: list[Level] = []
    labels: dict[str, int] = {}
    previous: int | None = None
    for i, item in enumerate(raw):
        ipath: FieldPath = ("scale", i)
        ctx = f"scale level {i + 1}"
        obj = _as_dict(chk, item, ipath, ctx, "scale level")
        if obj is None:
            continue
        chk.unknown(obj, LEVEL_FIELDS, ipath, ctx)
        value: int | None = None
        if obj.get("value") is None or str(obj.get("value")).strip() == "":
            chk.add((*ipath, "value"), ctx, "The level has no value", "Give it a whole number.")
        else:
            number = chk.number(
                obj["value"], (*ipath, "value"), ctx, "level value", "Use a whole number."
            )
            if number is not None and (not number.is_integer() or not 0 <= number <= 100):
                chk.add(
                    (*ipath, "value"),
                    ctx,
                    f"The level value must be a whole number from 0 to 100, not {obj['value']}",
                    "Use 1, 2, 3, 4 ...",
                )
            elif number is not None:
                value = int(number)
        label = chk.text(obj, "label", ipath, ctx, required=True, one_line=True, what="label")
        desc = chk.text(
            obj, "description", ipath, ctx, required=False, one_line=False, what="description"
        )
        if value is not None and previous is not None and value <= previous:
            chk.add(
                (*ipath, "value"),
                ctx,
                f"The scale is not in rising order: {value} comes after {previous}"
                if value < previous
                else f"The value {value} is used twice",
                "List the levels from lowest to highest, each value once (1, 2, 3, 4).",
            )
        if value is not None:
            previous = value if previous is None else max(previous, value)
        if label and label.casefold() in labels:
            chk.add(
                (*ipath, "label"),
                ctx,
                f"The label '{label}' is also used by level {labels[label.casefold()]}",
                "Give each level its own label.",
            )
        labels.setdefault(label.casefold(), i + 1)
        if value is not None and label:
            levels.append(Level(value, label, desc))
    return tuple(levels)


def _sections(chk: _Checker, data: dict[str, Any]) -> tuple[Section, ...]:
    raw = data.get("sections")
    path: FieldPath = ("sections",)
    if raw is None or raw == []:
        chk.add(
            path, "", "The scorecard has no behaviours", "Add at least one section of behaviours."
        )
        return ()
    if not isinstance(raw, list):
        chk.add(path, "", "'sections' must be a list of sections", "")
        return ()
    if len(raw) > MAX_SECTIONS:
        chk.add(path, "", f"There are {len(raw)} sections; at most {MAX_SECTIONS}", "")
    sections: list[Section] = []
    titles: dict[str, int] = {}
    keys: dict[str, tuple[FieldPath, str, bool]] = {}
    count = 0
    for s_i, item in enumerate(raw):
        spath: FieldPath = ("sections", s_i)
        obj = _as_dict(chk, item, spath, f"section {s_i + 1}", "section")
        if obj is None:
            continue
        title = chk.text(
            obj,
            "title",
            spath,
            f"section {s_i + 1}",
            required=True,
            one_line=True,
            what="section title",
        )
        ctx = f"section {s_i + 1} '{title}'" if title else f"section {s_i + 1}"
        chk.unknown(obj, SECTION_FIELDS, spath, ctx)
        if title and title.casefold() in titles:
            chk.add(
                (*spath, "title"),
                ctx,
                f"The section title '{title}' is also used by section {titles[title.casefold()]}",
                "Give each section its own title (or put the behaviours in one section).",
            )
        titles.setdefault(title.casefold(), s_i + 1)
        raw_b = obj.get("behaviours")
        if not isinstance(raw_b, list) or not raw_b:
            chk.add(
                (*spath, "behaviours"),
                ctx,
                "The section has no behaviours" if not raw_b else "'behaviours' must be a list",
                "Add at least one behaviour to it, or remove the section.",
            )
            continue
        behaviours = []
        for b_i, b_item in enumerate(raw_b):
            count += 1
            b = _behaviour(chk, b_item, (*spath, "behaviours", b_i), ctx, b_i, keys)
            if b is not None:
                behaviours.append(b)
        sections.append(Section(title, tuple(behaviours)))
    if count > MAX_BEHAVIOURS:
        chk.add(path, "", f"There are {count} behaviours; at most {MAX_BEHAVIOURS}", "")
    return tuple(sections)


def _behaviour(
    chk: _Checker,
    item: Any,
    bpath: FieldPath,
    section_ctx: str,
    b_i: int,
    keys: dict[str, tuple[FieldPath, str, bool]],
) -> Behaviour | None:
    obj = _as_dict(chk, item, bpath, f"{section_ctx}, behaviour {b_i + 1}", "behaviour")
    if obj is None:
        return None
    title = chk.text(
        obj,
        "title",
        bpath,
        f"{section_ctx}, behaviour {b_i + 1}",
        required=True,
        one_line=True,
        what="behaviour title",
    )
    ctx = f"{section_ctx}, behaviour {b_i + 1}" + (f" '{title}'" if title else "")
    chk.unknown(obj, BEHAVIOUR_FIELDS, bpath, ctx)
    given = obj.get("key") is not None and str(obj.get("key")).strip() != ""
    key = chk.key(obj, bpath, ctx, slugify(title) if title else "")
    good = chk.text(
        obj,
        "good",
        bpath,
        ctx,
        required=True,
        one_line=False,
        what="description of what good looks like",
        fix="Describe what good looks like for this behaviour, in a sentence or two.",
    )
    look_fors = chk.items(obj, "look_fors", bpath, ctx)
    questions = chk.items(obj, "questions", bpath, ctx)
    weight: float | None = None
    raw_w = obj.get("weight")
    if raw_w is not None and str(raw_w).strip() != "":
        weight = chk.number(
            raw_w,
            (*bpath, "weight"),
            ctx,
            "weight",
            "Write a number such as 1 or 1.5, or leave it empty.",
        )
        if weight is not None:
            # One canonical form for the content hash in every format: 4 decimals (a workbook
            # keeps 15 significant digits only) and no -0.0.
            weight = round(weight, 4) + 0.0
        if weight is not None and not 0 <= weight <= MAX_WEIGHT:
            chk.add(
                (*bpath, "weight"),
                ctx,
                f"The weight must be between 0 and {MAX_WEIGHT:g}, not {weight:g}",
                "Use a positive number such as 1 or 2.",
            )
            weight = None
    if key:
        if key in keys:
            other_path, other_ctx, other_given = keys[key]
            other = chk.loc.where(other_path, other_ctx)
            how = "" if given and other_given else " (derived from the title)"
            chk.add(
                (*bpath, "key" if given else "title"),
                ctx,
                f"The behaviour key '{key}'{how} is also used by {other}",
                "Give each behaviour its own key (a 'key' value, or a different title).",
            )
        else:
            keys[key] = ((*bpath, "key" if given else "title"), ctx, given)
    if not (title and good and key):
        return None
    return Behaviour(key, title, good, look_fors, questions, weight)
