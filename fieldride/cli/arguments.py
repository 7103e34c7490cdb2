"""Argument types for the command line.

Every number and file name is checked while the arguments are read, so a wrong value is a
one-line usage error naming the argument and what would be right, never a traceback from deep
inside (an id too large for SQLite, an empty file name, a negative limit).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from fieldride.cli import gettext

#: The largest id SQLite can hold (a signed 64-bit integer).
MAX_ID = 2**63 - 1


def _whole(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            gettext("'{text}' is not a whole number ({what})").format(text=text, what=what)
        ) from None


def record_id(text: str) -> int:
    """An id as FieldRide shows it: a whole number from 1 to :data:`MAX_ID`."""
    value = _whole(text, gettext("give the id FieldRide shows, e.g. 12"))
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            gettext(
                "{text} is not an id FieldRide uses: ids are whole numbers from 1 to {most}"
            ).format(text=text, most=MAX_ID)
        )
    return value


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``, both included."""

    def parse(text: str) -> int:
        value = _whole(text, gettext("give one from {low} to {high}").format(low=low, high=high))
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                gettext("{text} is out of range: give {low} to {high}").format(
                    text=text, low=low, high=high
                )
            )
        return value

    parse.__name__ = "whole number"
    return parse


def output_file(text: str) -> str:
    """A file name to write: not empty, not a folder name."""
    if not text.strip():
        raise argparse.ArgumentTypeError(gettext("a file name is needed here"))
    if text.endswith(("/", "\\")) or Path(text).name in ("", ".", ".."):
        raise argparse.ArgumentTypeError(
            gettext("'{text}' names a folder; give a file name inside it, e.g. {example}").format(
                text=text, example=f"{text.rstrip('/')}/report"
            )
        )
    return text
