"""``fieldride check`` and ``fieldride repair`` in the user's language (issue 24): the reports
were English whatever the locale. Real processes (``python -m fieldride``) under LANGUAGE=de
and es, on a real store with an acknowledged ride damaged on disk (one byte of its evidence
changed) and a backup that holds it intact; the check's values stay in one column after the
longest translated label."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride.scorecards.defaults import install_defaults
from fieldride.store import make_backup, open_store
from tests.core.test_ride_checksums import finished_ride, flip_marker

CHECK = {
    "de": {
        "labels": ["Datendatei:", "Integrität:", "Schemaversion:", "Journalmodus:"],
        "damaged": "BESCHÄDIGT:",
        "lines": [
            "1 bestätigte Begleitung stimmt nicht mehr mit der Prüfsumme überein",
            "  Begleitung {ride}: 2026-03-02, Ana Díaz",
            "Sicherungen dieser Datei werden abgelehnt.",
            "Zeilen:",
            "Es wurde nichts geändert: Die Prüfung lief auf einer privaten Kopie.",
        ],
    },
    "es": {
        "labels": ["Archivo de datos:", "Integridad:", "Versión del esquema:", "Modo del diario:"],
        "damaged": "DAÑADO:",
        "lines": [
            "1 acompañamiento confirmado ya no coincide con la suma de control",
            "  acompañamiento {ride}: 2026-03-02, Ana Díaz",
            "Las copias de seguridad de este archivo se rechazan.",
            "Filas:",
        ],
    },
}


def fieldride(folder: Path, *args: str, language: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update({"LANG": "C.UTF-8", "LANGUAGE": language})
    return subprocess.run(
        [sys.executable, "-m", "fieldride", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def damaged(data_dir: Path) -> tuple[Path, int]:
    """Two acknowledged rides, a backup after them, then the first one's evidence changed."""
    store = open_store(data_dir)
    install_defaults(store)
    bad = finished_ride(store)
    finished_ride(store, "Ben Okafor", "2026-03-03", "Booked the demo for Tuesday.")
    make_backup(store)
    store.close()
    flip_marker(data_dir / "fieldride.db")
    return data_dir, bad


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_check_report_is_in_the_user_language_and_aligned(
    damaged: tuple[Path, int], language: str
) -> None:
    folder, bad = damaged
    done = fieldride(folder, "check", language=language)
    assert done.returncode == 1, done.stderr  # the damage is seen
    out = done.stdout
    want = CHECK[language]
    lines = out.splitlines()
    labelled = [next(line for line in lines if line.startswith(label)) for label in want["labels"]]
    labelled.append(next(line for line in lines if line.startswith(want["damaged"])))
    # one value column, one space after the longest label: the values line up
    starts = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in labelled}
    assert len(starts) == 1, labelled
    longest = max(len(label) for label in [*want["labels"], want["damaged"]])
    assert starts.pop() >= longest + 1
    for line in want["lines"]:
        assert line.format(ride=bad) in out, out
    for english in ("Data file:", "Integrity:", "Rows:", "DAMAGED:", "Nothing was changed"):
        assert english not in out, out


REPAIR = {
    "de": [
        "Beschädigt:",
        "  - 1 bestätigte Begleitung stimmt nicht mehr mit der Prüfsumme überein, die bei der "
        "Bestätigung gebildet wurde.",
        "Begleitungen aus Sicherungen übernommen (so, wie der Mitarbeiter/die Mitarbeiterin sie "
        "bestätigt hat):",
        "  - Begleitung {ride} (2026-03-02, Ana Díaz): aus ",
        "Die Datendatei wurde durch die reparierte ersetzt; die alte bleibt als ",
        "Repariert; nichts ging verloren.",
    ],
    "es": [
        "Dañado:",
        "  - 1 acompañamiento confirmado ya no coincide con la suma de control tomada cuando "
        "el/la comercial lo confirmó.",
        "Acompañamientos recuperados de copias de seguridad (tal como los confirmó el/la "
        "comercial):",
        "  - acompañamiento {ride} (2026-03-02, Ana Díaz): de ",
        "El archivo de datos se sustituyó por el reparado; el antiguo se guarda como ",
        "Reparado; no se ha perdido nada.",
    ],
}
HEADS = {"de": ("Datenordner:", "Zuerst kopiert:"), "es": ("Carpeta de datos:", "Copiado antes:")}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_repair_report_is_in_the_user_language(
    damaged: tuple[Path, int], language: str
) -> None:
    folder, bad = damaged
    done = fieldride(folder, "repair", language=language)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    lines = out.splitlines()
    [aside] = (folder / "repairs").iterdir()
    first, second = HEADS[language]
    assert lines[0].startswith(first) and lines[0].endswith(str(folder)), lines[0]
    assert lines[1].startswith(second) and str(aside) in lines[1], lines[1]
    assert lines[0].index(str(folder)) == lines[1].index(str(aside))  # one value column
    for line in REPAIR[language]:
        assert line.format(ride=bad) in out, out
    for english in ("Data folder:", "Copied first:", "Damaged:", "Rides taken", "Repaired"):
        assert english not in out, out
    # a second run: nothing to repair, said in the same language
    again = fieldride(folder, "repair", language=language).stdout
    assert ("Nichts zu reparieren" if language == "de" else "Nada que reparar") in again, again


def test_a_refused_repair_is_in_the_user_language(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    done = fieldride(missing, "repair", language="de")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"fieldride: Es gibt keinen Datenordner {missing}; nichts zu reparieren."
    )
