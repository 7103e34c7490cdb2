"""The manager's documents in German and Spanish (issue 24): the pre-ride brief, the blank
scorecard and My coaching in the manager's language, the development report in the seller's
(else the manager's, as the handout). Rendered from a real demo store and read back.

"No English left" is checked against an English render of the same document: every line of the
German or Spanish render that also appears, word for word, in the English one must be user data
(found in the store: names, scorecard text, evidence, commitments) or figures; one of our own
sentences left in English fails.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from fieldride import i18n, rides
from fieldride.i18n import Language, language
from fieldride.insights.my_coaching import my_coaching
from fieldride.reports.blank_scorecard import build_blank_scorecard
from fieldride.reports.brief import build_brief
from fieldride.reports.data import blank_scorecard_data, brief_data, seller_report_data
from fieldride.reports.my_coaching import build_my_coaching
from fieldride.reports.seller_report import build_seller_report
from fieldride.store import Store
from fieldride.team import edit_seller, list_sellers
from tests.core.reports_fixtures import flat, options, qpdf_check

TODAY = date(2026, 11, 21)  # the demo store's today

Render = Callable[[Store, Language], bytes]


def _planned(store: Store) -> int:
    seller = list_sellers(store)[0]
    done = [r for r in rides.list_rides(store, seller.id) if r.status != "planned"]
    ride = rides.plan_ride(
        store,
        seller.id,
        "2026-11-24",
        scorecard_key=done[0].scorecard_key,
        focus=list(done[0].focus) or None,
    )
    return ride.id


def _brief(store: Store, t: Language) -> bytes:
    return build_brief(brief_data(store, _planned(store), today=TODAY, lang=t), options("a4"))


def _scorecard(store: Store, t: Language) -> bytes:
    key = rides.list_rides(store, list_sellers(store)[0].id)[0].scorecard_key
    return build_blank_scorecard(blank_scorecard_data(store, key, lang=t), options("a4"))


def _report(store: Store, t: Language) -> bytes:
    seller = list_sellers(store)[0]
    data = seller_report_data(store, seller.id, today=TODAY, lang=t)
    return build_seller_report(data, options("a4"))


def _mine(store: Store, t: Language) -> bytes:
    data = my_coaching(store, "2026-08-23", today=TODAY)
    return build_my_coaching(data, "Jordan Lee", options("a4"), t)


DOCUMENTS: dict[str, Render] = {
    "brief": _brief,
    "scorecard": _scorecard,
    "report": _report,
    "my-coaching": _mine,
}

# Our own headings, and a day of the demo period as each language writes it.
EXPECTED: dict[str, dict[str, tuple[str, ...]]] = {
    "brief": {
        "de": (
            "Vorbereitung der Begleitung",
            "Fokusverhalten",
            "DATUM DER BEGLEITUNG",
            "24.11.2026",
        ),
        "es": ("Preparación del acompañamiento", "Comportamientos prioritarios", "24 nov 2026"),
    },
    "scorecard": {
        "de": ("Nachbesprechung", "Stärke (Verhalten, Beobachtung)", "Kontakt 1", "Skala:"),
        "es": ("Conversación de feedback", "Fortaleza (comportamiento, evidencia)", "Escala:"),
    },
    "report": {
        "de": ("Entwicklungsbericht", "Verlauf je Verhalten", "UMSETZUNGSQUOTE", "Vertraulich"),
        "es": ("Informe de desarrollo", "Evolución por comportamiento", "GRADO DE CUMPLIMIENTO"),
    },
    "my-coaching": {
        "de": ("Mein Coaching", "Je Mitarbeiter/in", "23.08.2026 bis 21.11.2026", "Rhythmus"),
        "es": ("Mi coaching", "Por comercial", "del 23 ago 2026 al 21 nov 2026", "Ritmo"),
    },
}


def _lines(pdf: bytes, tmp_path: Path, name: str) -> list[str]:
    """The text lines of the PDF as pdftotext lays them out (one per block line: a table
    cell's line is its own), whitespace collapsed."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is not installed (poppler-utils)"
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    assert qpdf_check(str(path)).returncode == 0
    out = subprocess.run(
        [tool, "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = []
    for line in re.findall(r"<line[^>]*>(.*?)</line>", out, re.S):
        words = re.findall(r"<word [^>]*>([^<]*)</word>", line)
        text = " ".join(" ".join(words).split())
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        text = text.replace("&quot;", '"').replace("&apos;", "'")
        if text:
            lines.append(text)
    return lines


def _user_data(store: Store) -> str:
    """Every text the store holds (JSON documents opened up), whitespace collapsed."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    tables = [r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in store.db.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                if isinstance(value, str):
                    texts.append(value)
                    if value[:1] in "[{":
                        with contextlib.suppress(ValueError):
                            walk(json.loads(value))
    return "\n".join(" ".join(t.split()) for t in texts)


# Words German writes as English does (the glossary's "Training"; "Status").
ALIKE = {"de": {"Training", "Status"}, "es": set[str]()}


def _covered(words: list[str], folded: str) -> bool:
    """The words are runs of user data side by side (pdftotext puts neighbouring table cells
    on one line): each run at least two words long, or the whole line."""
    i = 0
    while i < len(words):
        j = len(words)
        while j > i and " ".join(words[i:j]).casefold().strip(";,") not in folded:
            j -= 1
        if j == i or (j - i < 2 and not (i == 0 and j == len(words))):
            return False
        i = j
    return True


def _ours(line: str, data: str) -> bool:
    """The line is neither user data nor figures: it is text we wrote."""
    if not re.search(r"[^\W\d_]{2}", line):  # figures, dates, marks
        return False
    if line in ("FieldRide",):
        return False
    body = line.removeprefix("•").rstrip("…").strip()
    folded = data.casefold()
    # user data joined by our separators ("South · Bristol": team · territory; focus lists)
    parts = [x for part in body.split(" · ") for x in part.split("; ") if x.strip()]
    return not all(_covered(part.split(), folded) for part in parts)


@pytest.mark.parametrize("code", ["de", "es"])
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_the_document_speaks_the_language_it_is_made_in(
    demo_store: Store, tmp_path: Path, name: str, code: str
) -> None:
    render = DOCUMENTS[name]
    english = set(_lines(render(demo_store, language("en")), tmp_path, f"{name}-en"))
    lines = _lines(render(demo_store, language(code)), tmp_path, f"{name}-{code}")
    text = flat(" ".join(lines))
    for expected in EXPECTED[name][code]:
        assert expected in text, expected
    data = _user_data(demo_store)
    left = [
        line
        for line in lines
        if line in english and line.upper() not in {w.upper() for w in ALIKE[code]}
        if _ours(line, data)
    ]
    assert left == [], f"English left on the {code} {name}: {left}"


def test_english_words_would_be_caught(demo_store: Store, tmp_path: Path) -> None:
    """The check above can fail: the English render compared with itself leaves our words."""
    lines = _lines(_brief(demo_store, language("en")), tmp_path, "brief-en")
    data = _user_data(demo_store)
    left = {line for line in lines if _ours(line, data)}
    assert {"Focus behaviours", "Commitments to verify today"} <= left


def test_the_development_report_is_in_the_sellers_language(demo_store: Store) -> None:
    seller = list_sellers(demo_store)[0]
    edit_seller(demo_store, seller.id, language="es")
    assert seller_report_data(demo_store, seller.id, today=TODAY).language == "es"
    edit_seller(demo_store, seller.id, language="")
    i18n.set_interface_language("de")
    try:  # a seller without a language: the manager's, as the handout
        assert seller_report_data(demo_store, seller.id, today=TODAY).language == "de"
        assert brief_data(demo_store, _planned(demo_store), today=TODAY).language == "de"
        key = rides.list_rides(demo_store, seller.id)[0].scorecard_key
        assert blank_scorecard_data(demo_store, key).language == "de"
    finally:
        i18n.set_interface_language("en")
