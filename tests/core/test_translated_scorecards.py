"""The bundled scorecards in the shipped languages (issue 24): each translated file loads, is
marked with its language (folder, file name, first line), keeps the English original's
behaviour keys, sections and scale values, and is installed for a manager in that language."""

from __future__ import annotations

import pytest

from fieldride import i18n
from fieldride.resources import resource_path
from fieldride.scorecards.defaults import default_files, install_defaults, translated_files
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.store import latest_version
from fieldride.store import Store


def test_every_shipped_language_has_translated_scorecards() -> None:
    found = translated_files()
    assert set(found) == {"de", "es"}
    for code, files in found.items():
        assert files, code
        for path in files:
            assert path.parent.name == code and path.name.endswith(f".{code}.yaml")
            assert path.read_text(encoding="utf-8").startswith(f"# language: {code}\n")


@pytest.mark.parametrize("code", ["de", "es"])
def test_a_translation_keeps_the_originals_structure(code: str) -> None:
    for path in translated_files()[code]:
        card = load_scorecard(path)
        original = load_scorecard(resource_path("scorecards", path.name.split(".")[0] + ".yaml"))
        assert card.key == f"{original.key}-{code}"
        assert [b.key for b in card.behaviours()] == [b.key for b in original.behaviours()]
        assert [lv.value for lv in card.scale] == [lv.value for lv in original.scale]
        assert len(card.sections) == len(original.sections)
        assert card.name != original.name  # written in the language, not copied
        for b, o in zip(card.behaviours(), original.behaviours(), strict=True):
            assert b.title != o.title and len(b.questions) == len(o.questions)


def test_a_manager_in_german_gets_the_german_scorecards_too(store: Store) -> None:
    assert latest_version(store, "field-visit-de") is None  # English: not installed
    assert all(p.parent.name == "scorecards" for p in default_files("en"))
    i18n.set_interface_language("de")
    try:
        installed = install_defaults(store)
    finally:
        i18n.set_interface_language("en")
    english = [p.stem for p in default_files("en")]
    assert len(english) == 7
    assert sorted(v.key for v in installed) == sorted(f"{key}-de" for key in english)
    german = latest_version(store, "field-visit-de")
    assert german is not None and german.name == "Kundenbesuch – Grundlagen"
