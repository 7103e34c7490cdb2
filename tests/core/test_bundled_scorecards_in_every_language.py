"""Every bundled scorecard in every shipped language (issue 24): for each English scorecard in
resources/scorecards there is a German and a Spanish one (scorecards/<code>/<name>.<code>.yaml,
the layout fieldride.scorecards.defaults loads), it passes the same validation as a user's file
(``fieldride scorecard validate``), has the English original's structure (behaviour keys per
section, scale values, weights, as many look-fors and questions) and is written in its language:
no text field equals its English counterpart (unless it is a proper name) and no field reads as
an English sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fieldride.i18n import SHIPPED, SOURCE
from fieldride.resources import resource_path
from fieldride.scorecards.loaders import read_scorecard_file
from fieldride.scorecards.model import Scorecard

ENGLISH = sorted(resource_path("scorecards").glob("*.yaml"))
LANGUAGES = [code for code in SHIPPED if code != SOURCE]
# Text that is the same in every language (none so far; a product or place name would go here).
PROPER_NAMES: frozenset[str] = frozenset()
# Words that do not exist in German or Spanish: a field containing two of them is English.
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "what",
        "which",
        "with",
        "who",
        "how",
        "does",
        "did",
        "when",
        "where",
        "this",
        "that",
        "customer",
        "seller",
        "before",
        "after",
        "agree",
        "agrees",
        "next",
        "step",
    ]
)


def texts(card: Scorecard) -> list[tuple[str, str]]:
    """Every text a manager or seller reads, with where it is."""
    out = [("name", card.name), ("description", card.description)]
    for lv in card.scale:
        out += [(f"scale {lv.value} label", lv.label), (f"scale {lv.value}", lv.description)]
    for s, section in enumerate(card.sections):
        out.append((f"section {s + 1}", section.title))
        for b in section.behaviours:
            out += [(f"{b.key} title", b.title), (f"{b.key} good", b.good)]
            out += [(f"{b.key} look-for {i + 1}", t) for i, t in enumerate(b.look_fors)]
            out += [(f"{b.key} question {i + 1}", t) for i, t in enumerate(b.questions)]
    return out


def structure(card: Scorecard) -> list[object]:
    return [
        [lv.value for lv in card.scale],
        [
            [(b.key, b.weight, len(b.look_fors), len(b.questions)) for b in s.behaviours]
            for s in card.sections
        ],
    ]


def test_there_are_english_scorecards_and_languages_to_check() -> None:
    assert len(ENGLISH) >= 7 and set(LANGUAGES) == {"de", "es"}


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("original", ENGLISH, ids=lambda p: p.stem)
def test_bundled_scorecard_is_translated(original: Path, code: str) -> None:
    path = resource_path("scorecards", code, f"{original.stem}.{code}.yaml")
    assert path.is_file(), f"{original.name} has no {code} version at {path}"
    assert path.read_text(encoding="utf-8").startswith(f"# language: {code}\n")
    english = read_scorecard_file(original).card
    loaded = read_scorecard_file(path)  # what `fieldride scorecard validate` runs; raises
    card = loaded.card
    assert loaded.notes == ()
    assert card.key == f"{english.key}-{code}"
    assert structure(card) == structure(english)
    same = [
        f"{where}: {text!r}"
        for (where, text), (_w, source) in zip(texts(card), texts(english), strict=True)
        if text and text == source and text not in PROPER_NAMES
    ]
    assert not same, f"{path.name} copies English text: {same}"
    english_like = [
        f"{where}: {text!r}"
        for where, text in texts(card)
        if len(set(re.findall(r"[a-z]+", text.lower())) & ENGLISH_WORDS) >= 2
    ]
    assert not english_like, f"{path.name} reads as English: {english_like}"
