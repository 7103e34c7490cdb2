"""Field-level checks shared by every part of a scorecard definition: where a field is
(:class:`Locator`, :data:`FieldPath`) and the typed getters that read one field and report what is
wrong with it (:class:`FieldChecker`: text, key, list items, number, unknown fields).

Used by :mod:`fieldride.scorecards.validation` (which walks the definition with these
checks). A getter never raises for bad content: it adds a
problem to the :class:`~fieldride.tabular.problems.ProblemList` and returns a usable fallback
(empty text, the fallback key, no items, None for a number).
"""

from __future__ import annotations

import math
import re
from typing import Any

from fieldride.i18n import N_, messages
from fieldride.scorecards.text_fields import (
    clean_line,
    clean_text,
    slugify,
    split_items,
    strip_list_marker,
)
from fieldride.tabular import Place, ProblemList, suggest

FieldPath = tuple[str | int, ...]

KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
IGNORED_TOP_FIELDS = ("$schema",)
MAX_LINE = 200
MAX_TEXT = 5_000
MAX_ITEM = 1_000
MAX_ITEMS = 30

# Whole sentences per field, keyed by the field's English noun (``what``): German and Spanish
# inflect a noun differently in every sentence, so no noun is glued into a sentence. Per text
# field: not text, its fix, missing, its fix, too long ({length}, {limit}).
TEXT_SENTENCES: dict[str, tuple[str, str, str, str, str]] = {
    "scorecard name": (
        N_("The scorecard name must be text"),
        N_("Write the scorecard name as text."),
        N_("The scorecard name is missing"),
        N_("Write the scorecard name."),
        N_("The scorecard name is {length} characters long; at most {limit} fit"),
    ),
    "description": (
        N_("The description must be text"),
        N_("Write the description as text."),
        N_("The description is missing"),
        N_("Write the description."),
        N_("The description is {length} characters long; at most {limit} fit"),
    ),
    "label": (
        N_("The label must be text"),
        N_("Write the label as text."),
        N_("The label is missing"),
        N_("Write the label."),
        N_("The label is {length} characters long; at most {limit} fit"),
    ),
    "section title": (
        N_("The section title must be text"),
        N_("Write the section title as text."),
        N_("The section title is missing"),
        N_("Write the section title."),
        N_("The section title is {length} characters long; at most {limit} fit"),
    ),
    "behaviour title": (
        N_("The behaviour title must be text"),
        N_("Write the behaviour title as text."),
        N_("The behaviour title is missing"),
        N_("Write the behaviour title."),
        N_("The behaviour title is {length} characters long; at most {limit} fit"),
    ),
    "description of what good looks like": (
        N_("The description of what good looks like must be text"),
        N_("Write the description of what good looks like as text."),
        N_("The description of what good looks like is missing"),
        N_("Write the description of what good looks like."),
        N_(
            "The description of what good looks like is {length} characters long; at most "
            "{limit} fit"
        ),
    ),
}
# Per number field: a yes/no value ({value}), a list or block, a text ({text}), not finite.
NUMBER_SENTENCES: dict[str, tuple[str, str, str, str]] = {
    "level value": (
        N_("The level value must be a number, not {value}"),
        N_("The level value must be a number, not a list or block"),
        N_("The level value must be a number, but it is '{text}'"),
        N_("The level value must be a finite number"),
    ),
    "weight": (
        N_("The weight must be a number, not {value}"),
        N_("The weight must be a number, not a list or block"),
        N_("The weight must be a number, but it is '{text}'"),
        N_("The weight must be a finite number"),
    ),
}
# Per block (as_dict): it must be a set of fields.
BLOCK_SENTENCES: dict[str, str] = {
    "scale level": N_("The scale level must be a set of fields (name: value)"),
    "section": N_("The section must be a set of fields (name: value)"),
    "behaviour": N_("The behaviour must be a set of fields (name: value)"),
}


class Locator:
    """Turns a field path into a place in the file. The base class knows no places: it
    describes the path by section/behaviour numbers (used for JSON without line numbers)."""

    def where(self, path: FieldPath, context: str) -> str | Place:
        return context

    def sheet(self, path: FieldPath) -> str:
        """The workbook sheet the field sits on (``""``: not a workbook)."""
        return ""

    def field(self, path: FieldPath) -> str:
        names = [p for p in path if isinstance(p, str)]
        if path and path[0] == "scale" and len(path) > 2:
            return f"scale {names[-1]}"
        return names[-1] if names else ""


class FieldChecker:
    """Reads fields of one definition, reporting problems at the place :class:`Locator` names."""

    def __init__(self, problems: ProblemList, locator: Locator) -> None:
        self.problems = problems
        self.loc = locator

    def add(self, path: FieldPath, context: str, message: str, fix: str = "") -> None:
        self.problems.add(
            self.loc.where(path, context),
            self.loc.field(path),
            message,
            fix,
            sheet=self.loc.sheet(path),
        )

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
        lang = messages()
        not_text, not_text_fix, missing, missing_fix, too_long = TEXT_SENTENCES[what]
        if isinstance(value, (bool, dict | list)):
            self.add((*path, name), ctx, lang.gettext(not_text), lang.gettext(not_text_fix))
            return ""
        if value is None:
            value = ""
        cleaned = (clean_line if one_line else clean_text)(str(value))
        limit = MAX_LINE if one_line else MAX_TEXT
        if required and not cleaned:
            self.add((*path, name), ctx, lang.gettext(missing), fix or lang.gettext(missing_fix))
        elif len(cleaned) > limit:
            self.add(
                (*path, name),
                ctx,
                lang.gettext(too_long).format(length=len(cleaned), limit=limit),
                lang.gettext("Shorten it."),
            )
        return cleaned

    def key(self, obj: dict[str, Any], path: FieldPath, ctx: str, fallback: str) -> str:
        value = obj.get("key")
        if value is None or (isinstance(value, str) and not value.strip()):
            return fallback
        lang = messages()
        if isinstance(value, bool | dict | list):
            self.add(
                (*path, "key"),
                ctx,
                lang.gettext("The key must be a text"),
                lang.gettext("Use e.g. 'opening'."),
            )
            return fallback
        text = str(value).strip()
        if not KEY_RE.match(text):
            self.add(
                (*path, "key"),
                ctx,
                lang.gettext("'{key}' is not a valid key").format(key=text),
                lang.gettext(
                    "Use lowercase letters, digits and '-' only, e.g. '{example}'; or leave "
                    "it empty to derive it from the title."
                ).format(example=slugify(text)),
            )
        return text

    def items(self, obj: dict[str, Any], name: str, path: FieldPath, ctx: str) -> tuple[str, ...]:
        value = obj.get(name)
        if value is None:
            return ()
        lang = messages()
        if isinstance(value, str):
            raw: list[Any] = split_items(value)
        elif isinstance(value, list):
            raw = value
        else:
            self.add(
                (*path, name),
                ctx,
                lang.gettext("'{field}' must be a list of texts").format(field=name),
                lang.gettext("Write one item per line (or a YAML/JSON list)."),
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
                        lang.gettext(
                            "Item {n} of '{field}' is not text: in YAML a ': ' inside it starts "
                            "a field"
                        ).format(n=i + 1, field=name),
                        lang.gettext(
                            'Put the item in quotes: - "Which part was left open: what or when?"'
                        ),
                    )
                else:
                    self.add(
                        (*path, name, i),
                        ctx,
                        lang.gettext("Item {n} of '{field}' is not text").format(
                            n=i + 1, field=name
                        ),
                        "",
                    )
                continue
            text = clean_line(strip_list_marker(clean_line(str(item))))
            if len(text) > MAX_ITEM:
                self.add(
                    (*path, name, i),
                    ctx,
                    lang.gettext(
                        "Item {n} of '{field}' is {length} characters long; at most {limit} fit"
                    ).format(n=i + 1, field=name, length=len(text), limit=MAX_ITEM),
                    lang.gettext("Shorten it or split it into several items."),
                )
            if text:
                out.append(text)
        if len(out) > MAX_ITEMS:
            self.add(
                (*path, name),
                ctx,
                lang.gettext("'{field}' has {count} items; at most {limit} are useful").format(
                    field=name, count=len(out), limit=MAX_ITEMS
                ),
                lang.gettext("Keep the ones a manager can check during a call."),
            )
        return tuple(out)

    def number(self, value: Any, path: FieldPath, ctx: str, what: str, fix: str) -> float | None:
        """A finite number from a number or a text like ``"1.5"``/``"1,5"``; None + problem.
        ``what`` is a key of :data:`NUMBER_SENTENCES`; ``fix`` is already translated."""
        lang = messages()
        not_yes_no, not_block, not_text, not_finite = NUMBER_SENTENCES[what]
        if isinstance(value, bool):
            self.add(path, ctx, lang.gettext(not_yes_no).format(value=value), fix)
            return None
        if isinstance(value, dict | list):
            self.add(path, ctx, lang.gettext(not_block), fix)
            return None
        if isinstance(value, int | float):
            number = float(value)
        else:
            text = str(value).strip()
            candidate = text.replace(",", ".") if text.count(",") == 1 and "." not in text else text
            try:
                number = float(candidate)
            except ValueError:
                self.add(path, ctx, lang.gettext(not_text).format(text=text), fix)
                return None
        if not math.isfinite(number):
            self.add(path, ctx, lang.gettext(not_finite), fix)
            return None
        return number

    def unknown(
        self, obj: dict[str, Any], allowed: tuple[str, ...], path: FieldPath, ctx: str
    ) -> None:
        lang = messages()
        for name in obj:
            if name in allowed or (not path and name in IGNORED_TOP_FIELDS):
                continue
            label = str(name)
            close = suggest(label, allowed)
            if not path and label == "version":
                fix = lang.gettext(
                    "FieldRide numbers versions itself when a changed file is imported; remove it."
                )
            elif close:
                fix = lang.gettext("Did you mean '{name}'?").format(name=close)
            else:
                fix = lang.gettext("Known fields here: {fields}.").format(fields=", ".join(allowed))
            self.problems.add(
                self.loc.where((*path, label), ctx),
                label,
                lang.gettext("Unknown field '{name}'").format(name=label),
                fix,
                sheet=self.loc.sheet((*path, label)),
            )


def as_dict(
    chk: FieldChecker, value: Any, path: FieldPath, ctx: str, what: str
) -> dict[str, Any] | None:
    """``value`` if it is a dict, else None after a problem that it must be a set of fields
    (``what``: a key of :data:`BLOCK_SENTENCES`)."""
    if isinstance(value, dict):
        return value
    chk.add(path, ctx, messages().gettext(BLOCK_SENTENCES[what]), "")
    return None
