"""`scripts/catalogues.py merge`: after a catalogue conflict, one's own translations are copied
back into main's side by script (PROTOCOL / docs/translating.md), never lost, never overwriting."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def _catalogues() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogues", ROOT / "scripts" / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(context.findtext("name") or "", message.findtext("source") or "")] = translation
    return out


def test_merge_fills_only_unfinished_ts_messages(tmp_path: Path) -> None:
    ours = tmp_path / "ours.ts"
    shutil.copy(FOLDER / "ui_de.ts", ours)
    target = tmp_path / "main.ts"
    tree = ET.parse(ours)
    plain = [
        m
        for m in tree.getroot().iter("message")
        if m.get("numerus") is None and (m.findtext("translation") or "")
    ]
    plural = next(m for m in tree.getroot().iter("message") if m.get("numerus") == "yes")
    lost, kept = plain[0], plain[1]
    lost_translation, plural_translation = lost.find("translation"), plural.find("translation")
    assert lost_translation is not None and plural_translation is not None
    lost_translation.text = ""
    lost_translation.set("type", "unfinished")  # main's side lacks it
    for form in plural_translation.findall("numerusform"):
        form.text = ""
    plural_translation.set("type", "unfinished")
    kept_translation = kept.find("translation")
    assert kept_translation is not None
    kept_translation.text = "main's own wording"  # main's side has its own: never overwritten
    tree.write(target, encoding="utf-8")

    assert _catalogues().merge(ours, target) == 2

    merged, original = _messages(target), _messages(FOLDER / "ui_de.ts")
    assert sum(t.get("type") == "unfinished" for t in merged.values()) == 0
    for key, translation in original.items():
        forms = [f.text for f in translation.findall("numerusform")]
        merged_forms = [f.text for f in merged[key].findall("numerusform")]
        assert (merged[key].text, merged_forms) == (translation.text, forms) or (
            merged[key].text == "main's own wording"
        ), key
    assert "main's own wording" in target.read_text(encoding="utf-8")


def test_merge_fills_an_unfinished_po_message(tmp_path: Path) -> None:
    ours = FOLDER / "core_de.po"
    with ours.open("rb") as handle:
        catalog = read_po(handle)
    message = next(m for m in catalog if m.id and isinstance(m.id, str) and m.string)
    wanted = message.string
    message.string = ""
    target = tmp_path / "core_de.po"
    with target.open("wb") as handle:
        write_po(handle, catalog, width=100, no_location=True)

    assert _catalogues().merge(ours, target) == 1

    with target.open("rb") as handle:
        merged = read_po(handle)
    found = merged.get(message.id, context=message.context)
    assert found is not None and found.string == wanted
