"""The translation catalogues: extract the strings, compile them (docs/translating.md).

    python scripts/catalogues.py build    compile resources/translations/*.ts -> .qm (Qt's
                                          lrelease) and *.po -> .mo (Babel); what the wheel
                                          (hatch_build.py), the bundle (build.spec) and the
                                          tests (tests/conftest.py) run
    python scripts/catalogues.py update   after changing strings: the UI's strings into
                                          ui_<lang>.ts (Qt's lupdate over ui/, obsolete ones
                                          dropped), the core's into core_<lang>.po (Babel's
                                          extractor over fieldride/), existing translations kept
    python scripts/catalogues.py check    exit 1 listing every message without a translation
    python scripts/catalogues.py merge OTHER [TARGET]
                                          fill the unfinished messages of TARGET (default: the
                                          catalogue of OTHER's language in resources/translations)
                                          from OTHER, matched by context and source: after a
                                          rebase conflict in a catalogue, take main's side, run
                                          update, then merge your own commit's version back in
                                          (git show COMMIT:FILE > other.ts)

The compiled files sit beside their sources and are not committed (.gitignore). Only the
standard library is needed to import this module (hatch_build.py and build.spec import it);
Babel and PySide6 are imported by the commands that need them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
# Languages with a full translation; English gets a plural-only ui_en.ts ("1 call", "3 calls").
TRANSLATED = ("de", "es")
CORE_KEYWORDS = {"gettext": None, "ngettext": (1, 2), "N_": None}


def _qt_tool(name: str) -> list[str]:
    """The command for Qt's lupdate/lrelease as shipped inside the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.is_file():
            return [str(candidate)]
    script = Path(sys.executable).parent / f"pyside6-{name}"
    if script.is_file():
        return [str(script)]
    raise SystemExit(f"catalogues: Qt's {name} not found in {folder} (is PySide6 installed?)")


def _stale(source: Path, target: Path) -> bool:
    return not target.is_file() or target.stat().st_mtime < source.stat().st_mtime


def _part(target: Path) -> Path:
    """A private name beside ``target`` to compile into, then moved over it in one step: the
    test workers (pytest-xdist) each build at start, and one must never read another's half-
    written file."""
    return target.with_name(f".{target.name}.{os.getpid()}.part")


def build(folder: Path = FOLDER, force: bool = False) -> list[Path]:
    """Compile every .ts and .po in ``folder`` whose compiled file is missing or older.
    Returns the compiled files (all of them, fresh or not). Raises SystemExit on failure."""
    outputs: list[Path] = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or _stale(ts, qm):
            part = _part(qm)
            done = subprocess.run(  # noqa: S603 - Qt's own tool on our own files
                [*_qt_tool("lrelease"), "-silent", str(ts), "-qm", str(part)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0 or not part.is_file():
                part.unlink(missing_ok=True)
                raise SystemExit(
                    f"catalogues: lrelease failed on {ts}:\n{done.stdout}{done.stderr}"
                )
            os.replace(part, qm)
        outputs.append(qm)
    pos = sorted(folder.glob("*.po"))
    if pos:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in pos:
            mo = po.with_suffix(".mo")
            if force or _stale(po, mo):
                with po.open("rb") as handle:
                    catalog = read_po(handle)
                part = _part(mo)
                with part.open("wb") as handle:
                    write_mo(handle, catalog)
                os.replace(part, mo)
            outputs.append(mo)
    return outputs


def _update_ui(folder: Path) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for lang in (*TRANSLATED, "en"):
        ts = folder / f"ui_{lang}.ts"
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run(  # noqa: S603
            [
                *_qt_tool("lupdate"),
                *extra,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        if lang == "en":
            english_plurals(ts)


def english_plurals(ts: Path) -> int:
    """Fill the English plural forms of ``ts`` (ui_en.ts) from the source: "%n call(s)" ->
    "%n call" / "%n calls" (the convention in docs/translating.md); forms already written by
    hand are kept. Returns how many messages were filled."""
    import html
    import re

    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(
        # [^<]*: a source is XML-escaped text; ".*?" ran on into the next message (a source
        # whose forms were filled took the next one's place and gave it its own forms)
        r"(<source>(?P<source>[^<]*)</source>\s*<translation)(?: type=\"unfinished\")?>"
        r"\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>",
        re.DOTALL,
    )
    filled = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal filled
        source = html.unescape(match["source"])
        filled += 1  # without "(s)" both forms are the source ("{names} and %n more")
        one, many = (html.escape(source.replace("(s)", x), quote=False) for x in ("", "s"))
        return (
            f"{match[1]}>\n            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>"
        )

    ts.write_text(pattern.sub(fill, text), encoding="utf-8")
    return filled


def _update_core(folder: Path) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po, write_po

    template = Catalog(project="FieldRide", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT / "fieldride"), keywords=CORE_KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        template.add(
            message,
            None,
            [(f"fieldride/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    for lang in TRANSLATED:
        po = folder / f"core_{lang}.po"
        if po.is_file():
            with po.open("rb") as handle:
                catalog = read_po(handle, locale=lang)
        else:
            catalog = Catalog(locale=lang, project="FieldRide", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
        catalog.obsolete.clear()
        catalog.fuzzy = False  # the header: a fuzzy header is left out of the .mo
        with po.open("wb") as handle:
            write_po(
                handle,
                catalog,
                include_previous=False,
                omit_header=False,
                sort_output=True,
                width=100,
                no_location=True,
            )


def missing(folder: Path = FOLDER) -> list[str]:
    """Every message of a shipped language without a (finished) translation."""
    import xml.etree.ElementTree as ET

    out: list[str] = []
    for ts in sorted(folder.glob("ui_*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):  # noqa: S314
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
                if translation.get("type") in {"vanished", "obsolete"}:
                    continue
                out.append(f"{ts.name}: {message.findtext('source')!r}")
    from babel.messages.pofile import read_po

    for po in sorted(folder.glob("core_*.po")):
        with po.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy or not all(strings):
                out.append(f"{po.name}: {message.id!r}")
    return out


def merge(other: Path, target: Path | None = None) -> int:
    """Fill every unfinished (or empty) translation of ``target`` from ``other`` where ``other``
    has a finished one for the same context and source; translations ``target`` already has are
    kept. ``.ts`` (Qt) and ``.po`` (gettext). Returns how many messages were filled."""
    if other.suffix == ".po":
        return _merge_po(other, target or FOLDER / other.name)
    import xml.etree.ElementTree as ET

    def finished(translation: ET.Element) -> bool:
        forms = [f.text or "" for f in translation.findall("numerusform")]
        return translation.get("type") is None and all(forms or [translation.text or ""])

    theirs: dict[tuple[str, str], ET.Element] = {}
    other_root = ET.parse(other).getroot()  # noqa: S314 - our own catalogue
    for context in other_root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and finished(translation):
                key = (context.findtext("name") or "", message.findtext("source") or "")
                theirs[key] = translation
    if target is None:
        target = FOLDER / f"ui_{other_root.get('language')}.ts"
    tree = ET.parse(target)  # noqa: S314
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (context.findtext("name") or "", message.findtext("source") or "")
            if translation is None or finished(translation) or key not in theirs:
                continue
            source = theirs[key]
            forms, their_forms = translation.findall("numerusform"), source.findall("numerusform")
            if len(forms) != len(their_forms):
                continue
            for form, theirs_form in zip(forms, their_forms, strict=True):
                form.text = theirs_form.text
            if not forms:
                translation.text = source.text
            translation.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return filled


def _merge_po(other: Path, target: Path) -> int:
    from babel.messages.pofile import read_po, write_po

    with other.open("rb") as handle:
        theirs = read_po(handle)
    with target.open("rb") as handle:
        catalog = read_po(handle)
    filled = 0
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not message.id or (all(strings) and not message.fuzzy):
            continue
        found = theirs.get(message.id, context=message.context)
        if found is None or found.fuzzy:
            continue
        found_strings = found.string if isinstance(found.string, tuple) else (found.string,)
        if all(found_strings) and len(found_strings) == len(strings):
            message.string = found.string
            message.flags.discard("fuzzy")
            filled += 1
    with target.open("wb") as handle:
        write_po(handle, catalog, sort_output=True, width=100, no_location=True)
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "build":
        for path in build(force="--force" in argv):
            print(path.relative_to(ROOT))
        return 0
    if command == "update":
        _update_ui(FOLDER)
        _update_core(FOLDER)
        return 0
    if command == "check":
        gaps = missing()
        for line in gaps:
            print(line)
        print(f"{len(gaps)} message(s) without a translation")
        return 1 if gaps else 0
    if command == "merge" and len(argv) in (2, 3):
        target = Path(argv[2]) if len(argv) == 3 else None
        print(f"{merge(Path(argv[1]), target)} message(s) filled")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
