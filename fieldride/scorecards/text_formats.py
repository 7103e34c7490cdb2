"""Reading scorecards written as text: YAML and JSON, with a line number for every field.

Used by :mod:`fieldride.scorecards.loaders` (which picks the reader by suffix). :func:`read_yaml` and :func:`read_json` return the parsed definition plus
a :class:`LineLocator`; they raise :class:`~fieldride.scorecards.file_errors.ScorecardFileError`
for a missing, unreadable, oversized or empty file, for text that is not valid YAML/JSON and for
a YAML alias bomb (refused from the composed node graph, before any object is built), and add
duplicated keys to ``problems`` without raising. YAML is loaded with a safe loader in which only
``true``/``false`` are booleans and dates stay text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from fieldride.i18n import messages
from fieldride.scorecards.field_checks import FieldPath, Locator
from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.tabular import Place, ProblemList, decode_text

MAX_TEXT_BYTES = 2_000_000
MAX_YAML_NODES = 100_000
MAX_YAML_DEPTH = 40


def _read_text(path: Path, problems: ProblemList) -> str:
    """The decoded text of ``path``; raises for a missing, unreadable, oversized or empty file."""
    lang = messages()
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            problems.add(
                "",
                "",
                lang.gettext(
                    "The file is {size} MB; a scorecard file may be at most {limit} MB"
                ).format(
                    size=lang.number(round(size / 1_000_000, 1), 1),  # as f"{x:.1f}" rounds
                    limit=lang.number(MAX_TEXT_BYTES / 1_000_000),
                ),
                lang.gettext(
                    "Check that this is the right file; scorecards are normally a few KB."
                ),
            )
            raise ScorecardFileError(path, problems.items)
        data = path.read_bytes()
    except FileNotFoundError:
        problems.add(
            "",
            "",
            lang.gettext("The file does not exist"),
            lang.gettext("Check the file name and folder."),
        )
        raise ScorecardFileError(path, problems.items) from None
    except OSError as err:
        problems.add(
            "",
            "",
            lang.gettext("The file cannot be read ({reason})").format(reason=err.strerror),
            lang.gettext("Check its permissions."),
        )
        raise ScorecardFileError(path, problems.items) from None
    text, _encoding = decode_text(data)
    if not text.strip():
        problems.add(
            "", "", lang.gettext("The file is empty"), lang.gettext("Write the scorecard into it.")
        )
        raise ScorecardFileError(path, problems.items)
    return text


class _Loader(yaml.SafeLoader):
    """SafeLoader in which only true/false are booleans and dates stay text (a scale label
    ``No`` or a title ``2024-01-01`` must not change type)."""


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, rx)
        for tag, rx in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


class LineLocator(Locator):
    """Places in a text file: ``line N`` of the nearest field the path leads to, plus which
    section/behaviour it is in."""

    def __init__(self, lines: dict[FieldPath, int]) -> None:
        self.lines = lines

    def where(self, path: FieldPath, context: str) -> str | Place:
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return Place(line=line, context=context)
        return context


def _expanded_size(node: yaml.Node, memo: dict[int, int], depth: int = 0) -> int:
    """Number of nodes ``node`` becomes once aliases are expanded, computed on the graph
    (shared nodes counted once per use, never expanded)."""
    if id(node) in memo:
        return memo[id(node)]
    if depth > MAX_YAML_DEPTH:
        return MAX_YAML_NODES + 1
    size = 1
    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            size += _expanded_size(child, memo, depth + 1)
            if size > MAX_YAML_NODES:
                break
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            size += _expanded_size(k, memo, depth + 1) + _expanded_size(v, memo, depth + 1)
            if size > MAX_YAML_NODES:
                break
    memo[id(node)] = size
    return size


def _walk_lines(
    node: yaml.Node,
    path: FieldPath,
    lines: dict[FieldPath, int],
    problems: ProblemList | None,
    seen: set[int],
) -> None:
    """Record the line of every field and list item; report duplicated mapping keys."""
    if id(node) in seen or len(path) > MAX_YAML_DEPTH:
        return
    seen.add(id(node))
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _walk_lines(child, (*path, i), lines, problems, seen)
    elif isinstance(node, yaml.MappingNode):
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in first_line and problems is not None:
                problems.add(
                    Place(line=line),
                    key,
                    messages()
                    .gettext(
                        "The field '{field}' appears twice in the same block (first on line "
                        "{line}); only one can count"
                    )
                    .format(field=key, line=first_line[key]),
                    messages().gettext("Delete or rename one of them."),
                )
            first_line.setdefault(key, line)
            lines.setdefault((*path, key), line)
            _walk_lines(value_node, (*path, key), lines, problems, seen)


def _compose(text: str) -> tuple[yaml.Node | None, _Loader]:
    loader = _Loader(text)
    return loader.get_single_node(), loader


def read_yaml(path: Path, problems: ProblemList) -> tuple[Any, Locator]:
    """The YAML definition in ``path`` and where each field is; see the module docstring."""
    text = _read_text(path, problems)
    lines: dict[FieldPath, int] = {}
    lang = messages()
    try:
        node, loader = _compose(text)
        try:
            if node is None:
                problems.add(
                    "",
                    "",
                    lang.gettext("The file holds no scorecard"),
                    lang.gettext("Write the scorecard into it."),
                )
                raise ScorecardFileError(path, problems.items)
            if _expanded_size(node, {}) > MAX_YAML_NODES:
                problems.add(
                    "",
                    "",
                    lang.gettext(
                        "The file's aliases (*name references) expand to more than {limit} "
                        "values: it looks like an alias bomb and was not loaded"
                    ).format(limit=lang.number(MAX_YAML_NODES)),
                    lang.gettext("Write the values out instead of referencing them with '*'."),
                )
                raise ScorecardFileError(path, problems.items)
            _walk_lines(node, (), lines, problems, set())
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where: str | Place = Place(line=mark.line + 1, column=mark.column + 1) if mark else ""
        what = " ".join(str(x) for x in (err.context, err.problem) if x)
        problems.add(
            where,
            "",
            # the detail is the YAML reader's own (English) words
            lang.gettext("This is not valid YAML here ({detail})").format(detail=what),
            lang.gettext(
                "Check the indentation (spaces, not tabs) and that a ':' inside a text is quoted."
            ),
        )
        raise ScorecardFileError(path, problems.items) from None
    except (yaml.YAMLError, RecursionError):
        problems.add(
            "",
            "",
            lang.gettext("The file cannot be read as YAML"),
            lang.gettext("Check that it is a YAML file."),
        )
        raise ScorecardFileError(path, problems.items) from None
    return data, LineLocator(lines)


def _comment_line(text: str) -> tuple[int, str] | None:
    """(line number, marker) of the first line starting with ``//``, ``/*`` or ``#``: JSON has
    no comments (a string cannot span lines, so such a line is never inside a text)."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        for marker in ("//", "/*", "#"):
            if stripped.startswith(marker):
                return number, marker
    return None


def read_json(path: Path, problems: ProblemList) -> tuple[Any, Locator]:
    """The JSON definition in ``path`` and where each field is (line numbers when the JSON also
    parses as YAML, as editor-written JSON does); see the module docstring."""
    text = _read_text(path, problems)
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in items:
            if k in out:
                duplicates.append(k)
            out[k] = v
        return out

    lang = messages()
    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as err:
        comment = _comment_line(text)
        if comment is not None:
            line, marker = comment
            problems.add(
                Place(line=line),
                "",
                lang.gettext(
                    "The file has a comment, and comments are not allowed in JSON: line {line} "
                    "starts with {marker}"
                ).format(line=line, marker=marker),
                lang.gettext(
                    "Delete the comment lines, or write the scorecard as YAML, where a line "
                    "starting with # is a comment."
                ),
            )
            raise ScorecardFileError(path, problems.items) from None
        problems.add(
            Place(line=err.lineno, column=err.colno),
            "",
            # the detail is the JSON reader's own (English) words
            lang.gettext("This is not valid JSON here ({detail})").format(detail=err.msg),
            lang.gettext("Check for a missing comma, quote or bracket just before this place."),
        )
        raise ScorecardFileError(path, problems.items) from None
    except RecursionError:
        problems.add(
            "",
            "",
            lang.gettext("The JSON is nested too deeply"),
            lang.gettext("This is not a scorecard file."),
        )
        raise ScorecardFileError(path, problems.items) from None
    # Line numbers: JSON as written by editors is also YAML; when it parses, use its lines.
    lines: dict[FieldPath, int] = {}
    located = ProblemList(path)
    try:
        node, loader = _compose(text)
        try:
            if node is not None and _expanded_size(node, {}) <= MAX_YAML_NODES:
                _walk_lines(node, (), lines, located, set())
        finally:
            loader.dispose()
    except (yaml.YAMLError, RecursionError):
        lines = {}
    if located:
        problems.items.extend(located.items)
    else:
        for key in duplicates:
            problems.add(
                "",
                key,
                lang.gettext("The field '{field}' appears twice in the same object").format(
                    field=key
                ),
                lang.gettext("Keep one of them."),
            )
    return data, LineLocator(lines)
