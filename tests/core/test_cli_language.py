"""The command line in the user's locale (issue 24): help, argparse's own words, our messages
and the documents it writes follow LANGUAGE / LC_ALL / LC_MESSAGES / LANG (gettext's order),
English by default; an error stays one line, never a traceback. Run as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride.i18n import environment_language
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import open_store
from tests.core.reports_fixtures import flat, pdf_text


def _run(args: list[str], tmp_path: Path, **locale: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update({"LANG": "C.UTF-8", "FIELDRIDE_HOME": str(tmp_path / "home"), **locale})
    return subprocess.run(
        [sys.executable, "-m", "fieldride", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = open_store(data)
    install_defaults(store)
    store.close()
    return data


def test_help_is_german_under_language_de(tmp_path: Path) -> None:
    proc = _run(["--help"], tmp_path, LANGUAGE="de")
    assert proc.returncode == 0, proc.stderr
    text = " ".join(proc.stdout.split())  # argparse wraps the help at the terminal's width
    for words in (
        "Aufruf: fieldride",
        "Positionsargumente",
        "Optionen",
        "diese Hilfe anzeigen und beenden",
        "FieldRide: Coaching im Außendienst, offline.",
        "einen leeren Datenordner mit einem realistischen Demo-Team füllen",
    ):
        assert words in text, words
    assert "usage:" not in text and "show this help" not in text


def test_english_by_default_and_for_an_unshipped_language(tmp_path: Path) -> None:
    for locale in ({}, {"LANG": "fr_FR.UTF-8"}, {"LC_ALL": "C"}):
        proc = _run(["--help"], tmp_path, **locale)
        text = " ".join(proc.stdout.split())
        assert "usage: fieldride" in text, locale
        assert "fill an empty data folder with a realistic demo team" in text


def test_gettexts_order_lc_all_before_lang(tmp_path: Path) -> None:
    proc = _run(["report", "--help"], tmp_path, LC_ALL="es_ES.UTF-8", LANG="de_DE.UTF-8")
    text = " ".join(proc.stdout.split())
    assert "uso: fieldride report" in text and "Escribir un documento PDF." in text
    assert environment_language({"LANGUAGE": "fr:de", "LANG": "es_ES"}) == "de"
    assert environment_language({"LC_MESSAGES": "de_AT.UTF-8", "LANG": "es_ES"}) == "de"
    assert environment_language({"LC_ALL": "POSIX", "LANG": "de_DE"}) == "en"


def test_usage_errors_are_spanish_and_one_line(tmp_path: Path) -> None:
    proc = _run(["report", "brief"], tmp_path, LANGUAGE="es")
    assert proc.returncode == 2
    assert "uso: fieldride report brief" in proc.stderr
    assert "error: se necesitan los siguientes argumentos: RIDE_ID, --out" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_domain_error_is_one_german_line(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    args = ["--data-dir", str(folder), "report", "scorecard", "nope", "--out", str(out)]
    proc = _run(args, tmp_path, LANGUAGE="de")
    assert proc.returncode == 1
    assert proc.stderr == "fieldride: Kein Beobachtungsbogen mit dem Schlüssel „nope“.\n"
    bad = _run(
        [*args[:4], "field-visit", "--out", str(tmp_path / "x.txt")], tmp_path, LANGUAGE="de"
    )
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        f"fieldride: --out {tmp_path / 'x.txt'}: Geben Sie einen Dateinamen auf .pdf an."
    ]
    assert not out.exists()


def test_the_pdf_a_command_writes_is_in_the_users_language(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    args = ["--data-dir", str(folder), "report", "scorecard", "field-visit", "--out", str(out)]
    proc = _run(args, tmp_path, LANGUAGE="de")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{out} geschrieben\n"
    text = flat(pdf_text(out.read_bytes()))
    assert "Nachbesprechung" in text and "Stärke (Verhalten, Beobachtung)" in text
    assert "Debrief" not in text


def test_a_store_refusal_is_one_german_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o700)
    proc = _run(["--data-dir", str(empty), "check"], tmp_path, LANGUAGE="de")
    assert proc.returncode == 1
    assert proc.stderr == (
        f"fieldride: Unter {empty / 'fieldride.db'} gibt es keine Datendatei. Es wurde nichts "
        "angelegt; FieldRide legt sie an, wenn es diesen Ordner zum ersten Mal öffnet.\n"
    )


def test_what_an_import_did_is_said_in_german(folder: Path, tmp_path: Path) -> None:
    card = tmp_path / "card.yaml"
    out = _run(
        ["--data-dir", str(folder), "scorecard", "export", "field-visit", "--out", str(card)],
        tmp_path,
    )
    assert out.returncode == 0, out.stderr
    proc = _run(
        ["--data-dir", str(folder), "scorecard", "import", str(card)], tmp_path, LANGUAGE="de"
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        "„Field visit essentials“ (field-visit) ist unverändert: Version 1 hat bereits diesen "
        "Inhalt." in proc.stdout
    )


def test_a_commands_own_message_is_spanish(folder: Path, tmp_path: Path) -> None:
    proc = _run(["--data-dir", str(folder), "backup"], tmp_path, LANGUAGE="es")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"Copia de seguridad escrita: {folder / 'backups'}")


def test_search_lines_and_the_cut_note_are_in_the_users_language(tmp_path: Path) -> None:
    from fieldride.demo import build_demo

    data = tmp_path / "demo"
    store = open_store(data)
    build_demo(store)
    store.close()
    expected = {
        "en": ("  ride ", "(showing the newest match only;", "(showing the newest 2;"),
        "de": ("  Begleitung ", "(nur der neueste Treffer wird gezeigt;", "(die neuesten 2 werden"),
        "es": ("  acompañamiento ", "(solo se muestra el más reciente;", "(se muestran los 2 más"),
    }
    for code, (ride, one, two) in expected.items():
        lines = {}
        for limit in (1, 2):
            proc = _run(
                ["--data-dir", str(data), "search", "discount", "--limit", str(limit)],
                tmp_path,
                LANGUAGE=code,
            )
            assert proc.returncode == 0, proc.stderr
            lines[limit] = proc.stdout.splitlines()
        assert ride in lines[1][0], (code, lines[1][0])
        assert lines[1][-1].startswith(one), (code, lines[1][-1])
        assert lines[2][-1].startswith(two), (code, lines[2][-1])


def test_training_and_scorecard_check_speak_german(folder: Path, tmp_path: Path) -> None:
    """Four commands answered in English under LANGUAGE=de: a wrong --behaviour, an unknown
    seller, a recorded training and a checked scorecard file."""
    from fieldride.resources import resource_path
    from fieldride.team import sellers

    data = ["--data-dir", str(folder)]
    store = open_store(folder)
    sellers.add_seller(store, "Ana Ruiz")
    store.close()
    add = [*data, "training", "add", "--title", "Einwände", "--date", "2026-11-30"]
    wrong = _run(
        [*add, "--behaviour", "discovery", "--seller", "Ana Ruiz"], tmp_path, LANGUAGE="de"
    )
    assert wrong.returncode != 0
    assert "hat nicht die Form BEOBACHTUNGSBOGEN:SCHLÜSSEL" in wrong.stderr
    nobody = _run(
        [*add, "--behaviour", "field-visit:discovery", "--seller", "Nobody"],
        tmp_path,
        LANGUAGE="de",
    )
    assert (
        "Kein Mitarbeiter/keine Mitarbeiterin mit der ID oder dem Namen „Nobody“" in nobody.stderr
    )
    done = _run(
        [*add, "--behaviour", "field-visit:discovery", "--seller", "Ana Ruiz"],
        tmp_path,
        LANGUAGE="de",
    )
    assert done.returncode == 0, done.stderr
    assert "am 2026-11-30 erfasst: 1 Verhalten, 1 Teilnehmer/in." in done.stdout
    listed = _run([*data, "training", "list"], tmp_path, LANGUAGE="de")
    assert "Teilnehmende: Ana Ruiz" in listed.stdout
    card = resource_path("scorecards", "discovery-depth.yaml")
    checked = _run(["scorecard", "validate", str(card)], tmp_path, LANGUAGE="de")
    assert checked.returncode == 0, checked.stderr
    assert ": in Ordnung. „" in checked.stdout and "Skala 1–4." in checked.stdout
