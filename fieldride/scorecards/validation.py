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

This module walks the definition (top fields, scale, sections, behaviours); the pieces it uses
live in :mod:`fieldride.scorecards.text_fields` (:func:`clean_text`, :func:`clean_line`,
:func:`split_items`, :func:`slugify`) and :mod:`fieldride.scorecards.field_checks`
(:class:`Locator`, :data:`FieldPath`, the field-level checks and their limits).
"""

from __future__ import annotations

from typing import Any

from fieldride.i18n import Language, messages
from fieldride.scorecards.field_checks import (
    FieldChecker,
    FieldPath,
    Locator,
    as_dict,
)
from fieldride.scorecards.file_errors import not_a_scorecard
from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
from fieldride.scorecards.text_fields import slugify
from fieldride.tabular import ProblemList

TOP_FIELDS = ("key", "name", "description", "scale", "sections")
LEVEL_FIELDS = ("value", "label", "description")
SECTION_FIELDS = ("title", "behaviours")
BEHAVIOUR_FIELDS = ("key", "title", "good", "look_fors", "questions", "weight")
MAX_LEVELS = 10
MAX_SECTIONS = 100
MAX_BEHAVIOURS = 500
MAX_WEIGHT = 1_000.0


def _section_place(lang: Language, s_i: int, title: str = "") -> str:
    """Which section, as one phrase (the context of a place without a cell)."""
    if title:
        return lang.gettext("section {n} '{title}'").format(n=s_i + 1, title=title)
    return lang.gettext("section {n}").format(n=s_i + 1)


def _behaviour_place(lang: Language, s_i: int, s_title: str, b_i: int, title: str = "") -> str:
    """Which behaviour of which section, as one whole phrase per shape."""
    values = {"s": s_i + 1, "section": s_title, "n": b_i + 1, "title": title}
    if s_title and title:
        text = lang.gettext("section {s} '{section}', behaviour {n} '{title}'")
    elif s_title:
        text = lang.gettext("section {s} '{section}', behaviour {n}")
    elif title:
        text = lang.gettext("section {s}, behaviour {n} '{title}'")
    else:
        text = lang.gettext("section {s}, behaviour {n}")
    return text.format(**values)


def validate_definition(
    data: Any, problems: ProblemList, locator: Locator | None = None
) -> Scorecard | None:
    """Check ``data`` and build the scorecard; add every problem found to ``problems``.

    Returns None if there was any problem (the caller raises them all at once).
    """
    loc = locator or Locator()
    chk = FieldChecker(problems, loc)
    lang = messages()
    before = len(problems)
    if not isinstance(data, dict) or not set(data) & set(TOP_FIELDS):
        problems.items.append(not_a_scorecard(problems.path))
        return None
    chk.unknown(data, TOP_FIELDS, (), "")
    if data.get("name") is not None:
        name = chk.text(data, "name", (), "", required=True, one_line=True, what="scorecard name")
    else:
        name = ""
        chk.add(
            ("name",),
            "",
            lang.gettext("The scorecard has no name"),
            lang.gettext(
                "Add it: 'name: ...' in YAML/JSON, or a row 'Name' with the name in column B "
                "above the behaviour table in a sheet."
            ),
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


def _scale(chk: FieldChecker, data: dict[str, Any]) -> tuple[Level, ...]:
    raw = data.get("scale")
    path: FieldPath = ("scale",)
    lang = messages()
    if raw is None:
        chk.add(
            path,
            "",
            lang.gettext("The rating scale is missing"),
            lang.gettext(
                "Add the levels, e.g. 1 Not yet, 2 Developing, 3 Proficient, 4 Role model: a "
                "'scale' list in YAML/JSON, or in a sheet one row per level above the behaviour "
                "table: Scale | 1 | Not yet | description."
            ),
        )
        return ()
    if not isinstance(raw, list):
        chk.add(
            path,
            "",
            lang.gettext("The scale must be a list of levels"),
            lang.gettext("e.g. 1 Not yet, 2 Developing, 3 Proficient, 4 Role model."),
        )
        return ()
    if len(raw) < 2:
        chk.add(
            path,
            "",
            lang.gettext("The scale is empty")
            if not raw
            else lang.gettext("The scale has only one level"),
            lang.gettext(
                "A scale needs at least two levels, e.g. 1 Not yet, 2 Developing, 3 Proficient, "
                "4 Role model."
            ),
        )
    if len(raw) > MAX_LEVELS:
        chk.add(
            path,
            "",
            lang.gettext("The scale has {count} levels; at most {limit}").format(
                count=len(raw), limit=MAX_LEVELS
            ),
            "",
        )
    levels: list[Level] = []
    labels: dict[str, int] = {}
    previous: int | None = None
    for i, item in enumerate(raw):
        ipath: FieldPath = ("scale", i)
        ctx = lang.gettext("scale level {n}").format(n=i + 1)
        obj = as_dict(chk, item, ipath, ctx, "scale level")
        if obj is None:
            continue
        chk.unknown(obj, LEVEL_FIELDS, ipath, ctx)
        value: int | None = None
        if obj.get("value") is None or str(obj.get("value")).strip() == "":
            chk.add(
                (*ipath, "value"),
                ctx,
                lang.gettext("The level has no value"),
                lang.gettext("Give it a whole number."),
            )
        else:
            number = chk.number(
                obj["value"],
                (*ipath, "value"),
                ctx,
                "level value",
                lang.gettext("Use a whole number."),
            )
            if number is not None and (not number.is_integer() or not 0 <= number <= 100):
                chk.add(
                    (*ipath, "value"),
                    ctx,
                    lang.gettext(
                        "The level value must be a whole number from 0 to 100, not {value}"
                    ).format(value=obj["value"]),
                    lang.gettext("Use 1, 2, 3, 4 ..."),
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
                messages()
                .gettext("The scale is not in rising order: {value} comes after {previous}")
                .format(value=value, previous=previous)
                if value < previous
                else messages().gettext("The value {value} is used twice").format(value=value),
                messages().gettext(
                    "List the levels from lowest to highest, each value once (1, 2, 3, 4)."
                ),
            )
        if value is not None:
            previous = value if previous is None else max(previous, value)
        if label and label.casefold() in labels:
            chk.add(
                (*ipath, "label"),
                ctx,
                lang.gettext("The label '{label}' is also used by level {level}").format(
                    label=label, level=labels[label.casefold()]
                ),
                lang.gettext("Give each level its own label."),
            )
        labels.setdefault(label.casefold(), i + 1)
        if value is not None and label:
            levels.append(Level(value, label, desc))
    return tuple(levels)


def _sections(chk: FieldChecker, data: dict[str, Any]) -> tuple[Section, ...]:
    raw = data.get("sections")
    path: FieldPath = ("sections",)
    lang = messages()
    if raw is None or raw == []:
        chk.add(
            path,
            "",
            lang.gettext("The scorecard has no behaviours"),
            lang.gettext("Add at least one section of behaviours."),
        )
        return ()
    if not isinstance(raw, list):
        chk.add(path, "", lang.gettext("'sections' must be a list of sections"), "")
        return ()
    if len(raw) > MAX_SECTIONS:
        chk.add(
            path,
            "",
            lang.gettext("There are {count} sections; at most {limit}").format(
                count=len(raw), limit=MAX_SECTIONS
            ),
            "",
        )
    sections: list[Section] = []
    titles: dict[str, int] = {}
    keys: dict[str, tuple[FieldPath, str, bool]] = {}
    count = 0
    for s_i, item in enumerate(raw):
        spath: FieldPath = ("sections", s_i)
        obj = as_dict(chk, item, spath, _section_place(lang, s_i), "section")
        if obj is None:
            continue
        title = chk.text(
            obj,
            "title",
            spath,
            _section_place(lang, s_i),
            required=True,
            one_line=True,
            what="section title",
        )
        ctx = _section_place(lang, s_i, title)
        chk.unknown(obj, SECTION_FIELDS, spath, ctx)
        if title and title.casefold() in titles:
            chk.add(
                (*spath, "title"),
                ctx,
                lang.gettext("The section title '{title}' is also used by section {n}").format(
                    title=title, n=titles[title.casefold()]
                ),
                lang.gettext(
                    "Give each section its own title (or put the behaviours in one section)."
                ),
            )
        titles.setdefault(title.casefold(), s_i + 1)
        raw_b = obj.get("behaviours")
        if not isinstance(raw_b, list) or not raw_b:
            chk.add(
                (*spath, "behaviours"),
                ctx,
                lang.gettext("The section has no behaviours")
                if not raw_b
                else lang.gettext("'behaviours' must be a list"),
                lang.gettext("Add at least one behaviour to it, or remove the section."),
            )
            continue
        behaviours = []
        for b_i, b_item in enumerate(raw_b):
            count += 1
            b = _behaviour(chk, b_item, (*spath, "behaviours", b_i), (s_i, title), b_i, keys)
            if b is not None:
                behaviours.append(b)
        sections.append(Section(title, tuple(behaviours)))
    if count > MAX_BEHAVIOURS:
        chk.add(
            path,
            "",
            lang.gettext("There are {count} behaviours; at most {limit}").format(
                count=count, limit=MAX_BEHAVIOURS
            ),
            "",
        )
    return tuple(sections)


def _behaviour(
    chk: FieldChecker,
    item: Any,
    bpath: FieldPath,
    section: tuple[int, str],
    b_i: int,
    keys: dict[str, tuple[FieldPath, str, bool]],
) -> Behaviour | None:
    """``section``: the section's index and title (for the places named)."""
    lang = messages()
    untitled = _behaviour_place(lang, *section, b_i)
    obj = as_dict(chk, item, bpath, untitled, "behaviour")
    if obj is None:
        return None
    title = chk.text(
        obj,
        "title",
        bpath,
        untitled,
        required=True,
        one_line=True,
        what="behaviour title",
    )
    ctx = _behaviour_place(lang, *section, b_i, title)
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
        fix=lang.gettext("Describe what good looks like for this behaviour, in a sentence or two."),
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
            lang.gettext("Write a number such as 1 or 1.5, or leave it empty."),
        )
        if weight is not None:
            # One canonical form for the content hash in every format: 4 decimals (a workbook
            # keeps 15 significant digits only) and no -0.0.
            weight = round(weight, 4) + 0.0
        if weight is not None and not 0 <= weight <= MAX_WEIGHT:
            chk.add(
                (*bpath, "weight"),
                ctx,
                lang.gettext("The weight must be between 0 and {limit}, not {weight}").format(
                    limit=f"{MAX_WEIGHT:g}", weight=f"{weight:g}"
                ),
                lang.gettext("Use a positive number such as 1 or 2."),
            )
            weight = None
    if key:
        if key in keys:
            other_path, other_ctx, other_given = keys[key]
            other = chk.loc.where(other_path, other_ctx)
            shown = other if isinstance(other, str) else other.render(lang)
            chk.add(
                (*bpath, "key" if given else "title"),
                ctx,
                (
                    lang.gettext("The behaviour key '{key}' is also used by {other}")
                    if given and other_given
                    else lang.gettext(
                        "The behaviour key '{key}' (derived from the title) is also used by {other}"
                    )
                ).format(key=key, other=shown),
                lang.gettext(
                    "Give each behaviour its own key (a 'key' value, or a different title)."
                ),
            )
        else:
            keys[key] = ((*bpath, "key" if given else "title"), ctx, given)
    if not (title and good and key):
        return None
    return Behaviour(key, title, good, look_fors, questions, weight)
