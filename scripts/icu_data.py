"""The ICU data the desktop bundle carries: libicudata rebuilt with only what Qt asks ICU for.

    python scripts/icu_data.py reduce LIBICUDATA OUT_DIR   write OUT_DIR/<same name>, print sizes
    python scripts/icu_data.py check LIB_DIR               ask ICU itself, with the libraries in
                                                           LIB_DIR, what the tests require; print
                                                           the answers as JSON (run in a fresh
                                                           process: see check())

Why. PySide6's libicudata.so.NN is ICU's whole data set, 32 MB, the largest file of the bundle:
the names of every language, country, currency and unit in ~850 locales, transliteration,
number spell-out rules, tables for 190 legacy code pages, the word dictionaries of Chinese,
Japanese, Thai, Lao, Khmer and Burmese. Qt reaches ICU through these functions only (the ICU
symbols libQt6Core imports; no other Qt library links ICU):

- collation, ``ucol_*``: QCollator and QString::localeAwareCompare (Qt's file dialog sorts file
  names with it);
- time zone names, ``ucal_*``: QTimeZone::displayName;
- case mapping, ``u_strToUpper``/``u_strToLower``: QLocale::toUpper/toLower (its data is compiled
  into libicuuc, not in this file);
- code pages, ``ucnv_*``: QStringConverter for an encoding named at run time other than Qt's own
  UTF-8/16/32 and Latin-1. FieldRide names none (Python reads and writes its files).

ICU supports shipping a reduced data set (its data build tool filters, ``icupkg`` removes items
from a package). This keeps, for root and the shipped languages with every regional variant
(de_AT, es_MX, en_GB, ...): the collation tailorings (German phonebook, traditional Spanish), the
locale data (calendars), the time zone and country names; and for everyone: the root collation
order (every script: Hebrew, Arabic and CJK names still sort), the supplemental data (time zones,
likely subtags, plural rules), normalization and character properties, the break-iteration rules
and the converter alias table. It drops the other languages' locale data, the names of languages,
currencies and units, transliteration, spell-out rules, the converter tables (an unknown code
page then opens no converter, which Qt reports as an invalid codec; ICU's algorithmic ones such as
US-ASCII and UTF-7 need no table), the word dictionaries (break iteration falls back to its rules;
Qt breaks text with its own tables anyway), character names, StringPrep profiles and confusables.
32 MB -> 3.3 MB.

How. The package (``icudtNNl``) is the data of the exported symbol ``icudtNN_dat``; it is cut out
of the library, reduced with ``icupkg --remove`` (Debian's icu-devtools; the .dat container has
not changed between ICU 72's tool and 73's data, and the tests check the result with the ICU
libraries of the bundle itself), and assembled back into a shared library of the same name that
exports the same symbol (gcc, ``.incbin``). Only the standard library is needed to import this
module (build.spec does).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# Locale trees whose data Qt never reaches (see above): languages', currencies' and units' names,
# transliteration, spell-out rules.
DROP_TREES = frozenset({"lang", "curr", "unit", "translit", "rbnf"})
# Converter tables, word dictionaries, StringPrep profiles, confusables.
DROP_EXTENSIONS = frozenset({"cnv", "dict", "spp", "cfu"})
DROP_NAMES = frozenset({"unames.icu"})  # character names (u_charName)
# A locale's resource bundle: "de.res", "de_AT.res", "es_419.res", "de__PHONEBOOK.res", "root.res";
# not the package's own files ("res_index", "pool", "supplementalData", ...).
_LOCALE = re.compile(r"^(?:[a-z]{2,3}|root)(?:_[A-Za-z0-9_]*)?$")
_SYMBOL = re.compile(rb"^icudt(\d+)_dat$")


def keep_item(item: str, languages: frozenset[str]) -> bool:
    """Whether the package item ``item`` ("coll/de.res", "zoneinfo64.res") stays, for the
    locales of ``languages`` (language codes, "root" included)."""
    tree, _, name = item.rpartition("/")
    stem, _, ext = name.rpartition(".")
    if tree in DROP_TREES or ext in DROP_EXTENSIONS or name in DROP_NAMES:
        return False
    if ext == "res" and stem != "res_index" and _LOCALE.match(stem):
        return stem.split("_")[0] in languages
    return True


def data_symbol(library: Path) -> tuple[str, bytes]:
    """The name and bytes of the ``icudtNN_dat`` symbol of an ELF64 little-endian library."""
    blob = library.read_bytes()
    if blob[:6] != b"\x7fELF\x02\x01":
        raise ValueError(f"{library}: not a 64-bit little-endian ELF file")
    shoff, shentsize, shnum = (
        struct.unpack_from("<Q", blob, 0x28)[0],
        *struct.unpack_from("<HH", blob, 0x3A),
    )
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, length = struct.unpack_from(
                "<IBBHQQ", blob, at
            )
            end = blob.index(b"\0", strtab + st_name)
            name = blob[strtab + st_name : end]
            if _SYMBOL.match(name) and 0 < shndx < len(sections):
                home = sections[shndx]
                start = value - home[3] + home[4]  # address -> file offset
                return name.decode(), blob[start : start + length]
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def _icupkg() -> str:
    tool = shutil.which("icupkg")
    if tool is None:
        raise SystemExit(
            "icupkg not found: install Debian's icu-devtools (scripts/system-deps.sh --test)"
        )
    return tool


def reduce_package(data: bytes, package: str, languages: frozenset[str], work: Path) -> bytes:
    """The ICU package ``data`` (named ``package``, e.g. "icudt73l") without the items
    :func:`keep_item` drops."""
    icupkg = _icupkg()
    source = work / "in" / f"{package}.dat"
    target = work / "out" / f"{package}.dat"  # icupkg names the items after the file
    source.parent.mkdir(parents=True)
    target.parent.mkdir(parents=True)
    source.write_bytes(data)
    listing = subprocess.run(  # noqa: S603 - fixed argv, files of this build
        [icupkg, "-l", str(source)], capture_output=True, text=True, check=True
    ).stdout.split()
    dropped = [item for item in listing if not keep_item(item, languages)]
    (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
    # --ignore-deps: the break rules name the dictionaries they can use when present; any other
    # missing dependency is a mistake in the filter, so it stops the build.
    run = subprocess.run(  # noqa: S603
        [icupkg, "--ignore-deps", "-r", str(work / "drop.txt"), str(source), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    missing = set(re.findall(r"depends on missing item (\S+)", run.stdout + run.stderr))
    unexpected = sorted(m for m in missing if not m.endswith(".dict"))
    if run.returncode != 0 or unexpected or not target.is_file():
        raise SystemExit(
            f"icupkg failed ({run.returncode}); missing: {unexpected}\n{run.stdout}{run.stderr}"
        )
    return target.read_bytes()


def build_library(data: bytes, symbol: str, soname: str, out: Path, work: Path) -> None:
    """A shared library ``out`` (SONAME ``soname``) exporting ``data`` as ``symbol``, 16-byte
    aligned as ICU requires."""
    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None:
        raise SystemExit("no C compiler (gcc) to assemble the ICU data library")
    blob = work / "data.bin"
    blob.write_bytes(data)
    asm = work / "data.S"
    asm.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{blob}"\n'
        f"\t.size {symbol}, .-{symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    link = [f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack"]
    subprocess.run(  # noqa: S603
        [cc, "-shared", "-nostdlib", *link, "-o", str(out), str(asm)], check=True
    )


def reduce_library(library: Path, out_dir: Path, languages: frozenset[str]) -> Path:
    """Write ``out_dir``/<library's name>: ``library`` with the reduced package; returns it.
    Safe when two processes build the same file at once (written aside, then renamed)."""
    symbol, data = data_symbol(library)
    package = f"icudt{_SYMBOL.match(symbol.encode()).group(1).decode()}l"  # type: ignore[union-attr]
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / library.name
    with tempfile.TemporaryDirectory(prefix="icu-data-", dir=out_dir) as tmp:
        work = Path(tmp)
        reduced = reduce_package(data, package, languages, work)
        built = work / library.name
        build_library(reduced, symbol, library.name, built, work)
        os.replace(built, target)
    return target


# --- check: what the tests and the build ask ICU itself ----------------------------------------
def _utf16(text: str) -> tuple[object, int]:
    import ctypes

    raw = text.encode("utf-16-le")
    return ctypes.create_string_buffer(raw, len(raw) + 2), len(text)


def check(lib_dir: Path) -> dict[str, object]:
    """Load libicuuc/libicui18n from ``lib_dir`` (they find libicudata beside them) and report
    collation, time zone names and converters. Run it in a process that has not loaded ICU
    already (no PySide6): the loader would reuse the loaded libicudata instead."""
    import ctypes

    version = next(lib_dir.glob("libicudata.so.*")).name.rsplit(".", 1)[1]
    uc = ctypes.CDLL(str(lib_dir / f"libicuuc.so.{version}"), mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(str(lib_dir / f"libicui18n.so.{version}"))

    def fn(lib: ctypes.CDLL, name: str, restype: object = ctypes.c_int) -> Any:
        f = getattr(lib, f"{name}_{version}")
        f.restype = restype
        return f

    ucol_open, ucol_strcoll = fn(i18n, "ucol_open", ctypes.c_void_p), fn(i18n, "ucol_strcoll")
    ucol_close = fn(i18n, "ucol_close", None)

    def compare(locale: str, a: str, b: str) -> int:
        status = ctypes.c_int(0)
        collator = ctypes.c_void_p(ucol_open(locale.encode(), ctypes.byref(status)))
        if status.value > 0:
            raise RuntimeError(f"ucol_open({locale}) failed: {status.value}")
        try:
            return int(ucol_strcoll(collator, *_utf16(a), *_utf16(b)))
        finally:
            ucol_close(collator)

    ucal_open, ucal_close = fn(i18n, "ucal_open", ctypes.c_void_p), fn(i18n, "ucal_close", None)
    ucal_name = fn(i18n, "ucal_getTimeZoneDisplayName")

    def zone_name(zone: str, locale: str) -> str:
        status = ctypes.c_int(0)
        calendar = ctypes.c_void_p(
            ucal_open(*_utf16(zone), locale.encode(), 1, ctypes.byref(status))
        )
        buffer = ctypes.create_string_buffer(512)
        n = ucal_name(calendar, 0, locale.encode(), buffer, 256, ctypes.byref(status))
        ucal_close(calendar)
        return buffer.raw[: 2 * n].decode("utf-16-le")

    ucnv_open = fn(uc, "ucnv_open", ctypes.c_void_p)
    ucnv_close = fn(uc, "ucnv_close", None)

    def converter(name: str) -> bool:
        status = ctypes.c_int(0)
        handle = ucnv_open(name.encode(), ctypes.byref(status))
        if handle:
            ucnv_close(ctypes.c_void_p(handle))
        return bool(handle) and status.value <= 0

    return {
        # Spanish sorts ñ as a letter after n; the root order (no Spanish data) puts "ñu" first.
        "es: ñu after nz": compare("es", "ñu", "nz") > 0,
        "es_MX: ñu after nz": compare("es_MX", "ñu", "nz") > 0,
        "de: Ärger before Birne": compare("de", "Ärger", "Birne") < 0,
        "de phonebook: Müller before Muller": compare("de@collation=phonebook", "Müller", "Muller")
        < 0,
        "he: א before ב": compare("he", "א", "ב") < 0,
        "ar: ا before ب": compare("ar", "ا", "ب") < 0,
        "zh: 中 not equal to 文": compare("zh", "中", "文") != 0,
        "de zone name": zone_name("Europe/Berlin", "de"),
        "es zone name": zone_name("Europe/Madrid", "es"),
        "en zone name": zone_name("America/New_York", "en"),
        "UTF-8 converter": converter("UTF-8"),
        "US-ASCII converter": converter("US-ASCII"),
        "Shift_JIS converter": converter("Shift_JIS"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    reduce = sub.add_parser("reduce")
    reduce.add_argument("library", type=Path)
    reduce.add_argument("out_dir", type=Path)
    reduce.add_argument("--languages", default="root,en,de,es")
    checking = sub.add_parser("check")
    checking.add_argument("lib_dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "reduce":
        out = reduce_library(args.library, args.out_dir, frozenset(args.languages.split(",")))
        print(
            f"{args.library} ({args.library.stat().st_size:,} bytes) -> {out} ({out.stat().st_size:,} bytes)"
        )
    else:
        print(json.dumps(check(args.lib_dir), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
