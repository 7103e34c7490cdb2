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
            text = clean_line(strip_list_marker(clean_line(str(item))))
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
                self.loc.where((*path, label), ctx),
                label,
                f"Unknown field '{label}'",
                fix,
                sheet=self.loc.sheet((*path, label)),
            )


def as_dict(
    chk: FieldChecker, value: Any, path: FieldPath, ctx: str, what: str
) -> dict[str, Any] | None:
    """``value`` if it is a dict, else None after a problem that it must be a set of fields."""
    if isinstance(value, dict):
        return value
    chk.add(path, ctx, f"The {what} must be a set of fields (name: value)", "")
    return None
