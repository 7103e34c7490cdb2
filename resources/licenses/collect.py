"""Collect the licences of everything the FieldRide bundle ships into resources/licenses/.

Run from the repository root: ``python resources/licenses/collect.py`` refreshes the committed
copy (read by the app from source and from a wheel); ``--out DIR`` writes elsewhere
(scripts/build-bundle.sh writes ``build/licenses`` from the build environment, and build.spec
ships that folder in place of this one, so the bundle lists exactly the versions it contains);
``--check`` only compares and exits 1 on a difference.

Direct dependencies must be installed; a dependency of a dependency that is not installed is
left out (it cannot be in the bundle either).

For each Python distribution in ``COMPONENTS`` it reads the licence from the installed package
metadata (License-Expression, else License, else the licence classifiers), copies the licence
files the wheel ships (``*.dist-info/licenses/*`` or ``LICEN[CS]E*`` in the dist-info folder),
and refuses to run if the metadata does not name the licence we state (so a dependency that
changes its licence stops the build instead of slipping through). Components that are not
Python distributions (Python itself, SQLite, ICU, the DejaVu fonts) are written from the
sources named below. The About dialog reads ``index.json``.
"""

from __future__ import annotations

import json
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMON = Path("/usr/share/common-licenses")

# (distribution, shown as, what it does for FieldRide, licence we state, words the metadata
#  must contain). The words are checked case-insensitively against License-Expression/License/
#  classifiers.
COMPONENTS: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    (
        "PySide6-Essentials",
        "Qt 6 and Qt for Python (PySide6)",
        "the user interface",
        "LGPL-3.0-only (or GPL-2.0/GPL-3.0)",
        ("LGPL-3.0",),
    ),
    (
        "shiboken6",
        "Shiboken6",
        "binding runtime for PySide6",
        "LGPL-3.0-only (or GPL-2.0/GPL-3.0)",
        ("LGPL-3.0",),
    ),
    ("reportlab", "ReportLab", "PDF documents", "BSD", ("BSD",)),
    ("rl_accel", "rl_accel", "ReportLab's C speed-ups", "BSD", ("BSD",)),
    ("pillow", "Pillow", "images in PDFs (used by ReportLab)", "MIT-CMU", ("MIT-CMU",)),
    ("sqlite-utils", "sqlite-utils", "the data store", "Apache-2.0", ("Apache",)),
    (
        "sqlite-fts4",
        "sqlite-fts4",
        "search ranking (used by sqlite-utils)",
        "Apache-2.0",
        ("Apache",),
    ),
    ("click", "Click", "used by sqlite-utils", "BSD-3-Clause", ("BSD",)),
    ("python-dateutil", "python-dateutil", "used by sqlite-utils", "BSD-3-Clause", ("BSD",)),
    ("pluggy", "pluggy", "used by sqlite-utils", "MIT", ("MIT",)),
    ("openpyxl", "openpyxl", "reading and writing Excel files", "MIT", ("MIT",)),
    ("et-xmlfile", "et_xmlfile", "used by openpyxl", "MIT", ("MIT",)),
    ("PyYAML", "PyYAML", "scorecard files", "MIT", ("MIT",)),
    ("platformdirs", "platformdirs", "finding the data folder", "MIT", ("MIT",)),
    (
        "charset-normalizer",
        "charset-normalizer",
        "text encodings (used by ReportLab)",
        "MIT",
        ("MIT",),
    ),
    ("typing_extensions", "typing_extensions", "used by several libraries", "PSF-2.0", ("PSF",)),
    (
        "psycopg",
        "psycopg 3",
        "the team server connection (PostgreSQL), only when a team is configured",
        "LGPL-3.0-only",
        ("LGPL-3.0",),
    ),
    (
        "psycopg-binary",
        "psycopg-binary (with libpq)",
        "psycopg's C implementation and the PostgreSQL client library it bundles",
        "LGPL-3.0-only (libpq: PostgreSQL licence)",
        ("LGPL-3.0",),
    ),
    (
        "uharfbuzz",
        "uharfbuzz (HarfBuzz)",
        "shaping Arabic, Hebrew, Devanagari and Thai text in PDFs",
        "Apache-2.0 (HarfBuzz: MIT)",
        ("Apache",),
    ),
    (
        "python-bidi",
        "python-bidi",
        "right-to-left order of Hebrew and Arabic text in PDFs",
        "LGPL-3.0-or-later",
        ("LGPL", "Lesser General Public"),
    ),
    (
        "babel",
        "Babel (with CLDR data)",
        "dates and numbers in each seller's language in PDFs",
        "BSD-3-Clause",
        ("BSD",),
    ),
    ("keyring", "keyring", "the team server's password in the system keyring", "MIT", ("MIT",)),
    ("jaraco.classes", "jaraco.classes", "used by keyring", "MIT", ("MIT",)),
    ("jaraco.context", "jaraco.context", "used by keyring", "MIT", ("MIT",)),
    ("jaraco.functools", "jaraco.functools", "used by keyring", "MIT", ("MIT",)),
    ("more-itertools", "more-itertools", "used by keyring", "MIT", ("MIT",)),
    (
        "importlib_metadata",
        "importlib_metadata",
        "used by keyring (Python 3.11)",
        "Apache-2.0",
        ("Apache",),
    ),
    ("zipp", "zipp", "used by importlib_metadata", "MIT", ("MIT",)),
    (
        "SecretStorage",
        "SecretStorage",
        "the Secret Service keyring on Linux (used by keyring)",
        "BSD-3-Clause",
        ("BSD",),
    ),
    ("jeepney", "jeepney", "D-Bus for SecretStorage (Linux)", "MIT", ("MIT",)),
    (
        "cryptography",
        "cryptography",
        "used by SecretStorage (Linux)",
        "Apache-2.0 OR BSD-3-Clause",
        ("Apache", "BSD"),
    ),
    ("cffi", "cffi", "used by cryptography", "MIT-0", ("MIT",)),
    ("pycparser", "pycparser", "used by cffi", "BSD-3-Clause", ("BSD",)),
]

# FieldRide's own dependencies (pyproject.toml) and the Qt runtime: these must be installed.
DIRECT = {
    "PySide6-Essentials",
    "shiboken6",
    "reportlab",
    "pillow",
    "sqlite-utils",
    "openpyxl",
    "PyYAML",
    "platformdirs",
    "uharfbuzz",
    "python-bidi",
    "babel",
    "keyring",
}


def _metadata_licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    parts = [meta.get("License-Expression") or "", meta.get("License") or ""]
    parts += [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " | ".join(p.strip().splitlines()[0] for p in parts if p and p.strip())


def _licence_files(dist: metadata.Distribution) -> list[Path]:
    files = []
    for f in dist.files or []:
        name = Path(str(f)).name.upper()
        in_dist_info = ".dist-info" in str(f)
        if in_dist_info and (name.startswith(("LICEN", "COPYING")) or "/licenses/" in str(f)):
            files.append(Path(str(dist.locate_file(f))))
    return sorted(set(files))


def _slug(name: str) -> str:
    return name.lower().replace("_", "-")


def build() -> tuple[dict[str, str], list[dict[str, str]]]:
    """Return (file name -> text, index entries). Raises SystemExit naming any mismatch."""
    texts: dict[str, str] = {}
    index: list[dict[str, str]] = []
    problems: list[str] = []
    for dist_name, shown, role, licence, must in COMPONENTS:
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError:
            if dist_name in DIRECT:
                problems.append(f"{dist_name}: not installed here")
            continue
        found = _metadata_licence(dist)
        if not all(word.lower() in found.lower() for word in must):
            problems.append(f"{dist_name}: metadata says {found!r}, expected {licence}")
            continue
        file_name = f"{_slug(dist_name)}.txt"
        bodies = [p.read_text(encoding="utf-8", errors="replace") for p in _licence_files(dist)]
        if not bodies and "LGPL-3.0" in licence:
            # The Qt wheels ship no licence file: the LGPL v3 (which builds on the GPL v3).
            bodies = [(COMMON / "LGPL-3").read_text(), (COMMON / "GPL-3").read_text()]
        if not bodies:
            problems.append(f"{dist_name}: the wheel ships no licence file")
            continue
        header = f"{shown} {dist.version}\nLicence (from the package metadata): {found}\n\n"
        texts[file_name] = header + "\n\n".join(b.strip() + "\n" for b in bodies)
        index.append(
            {
                "name": shown,
                "package": dist_name,
                "version": dist.version,
                "licence": licence,
                "role": role,
                "file": file_name,
            }
        )
    if problems:
        raise SystemExit("licences not collected:\n  " + "\n  ".join(problems))

    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    version = ".".join(map(str, sys.version_info[:3]))
    texts["python.txt"] = f"Python {version}\n\n" + python_licence.read_text(encoding="utf-8")
    texts["sqlite.txt"] = (
        "SQLite (the database engine, through Python's sqlite3 module)\n\n"
        "The SQLite source code is in the public domain: anyone may copy, modify, publish,\n"
        "use, compile, sell or distribute it, for any purpose, commercial or not, by any means.\n"
        "See https://www.sqlite.org/copyright.html\n"
    )
    texts["icu.txt"] = (
        "ICU (International Components for Unicode), shipped inside the Qt libraries\n\n"
        "Licensed under the Unicode License v3 (Unicode-3.0): permission is granted, free of\n"
        "charge, to use, copy, modify, merge, publish, distribute and sell copies of the data\n"
        "files and software, provided that the copyright notice and this permission notice\n"
        "appear in all copies. Copyright (c) Unicode, Inc. and others.\n"
        "Full text: https://www.unicode.org/license.txt\n"
    )
    index += [
        {
            "name": "Python",
            "version": version,
            "licence": "PSF-2.0",
            "role": "the runtime",
            "file": "python.txt",
        },
        {
            "name": "SQLite",
            "version": "",
            "licence": "Public domain",
            "role": "the database",
            "file": "sqlite.txt",
        },
        {
            "name": "ICU",
            "version": "",
            "licence": "Unicode-3.0",
            "role": "text handling in Qt",
            "file": "icu.txt",
        },
        {
            "name": "DejaVu Sans fonts",
            "version": "",
            "licence": "Bitstream Vera / public domain",
            "role": "text in the app and the PDFs",
            "file": "../fonts/LICENSE-DejaVu.txt",
        },
        {
            "name": "Noto Sans Hebrew, Arabic, Devanagari and Thai fonts",
            "version": "20201225",
            "licence": "OFL-1.1",
            "role": "those scripts in the PDFs",
            "file": "../fonts/LICENSE-Noto.txt",
        },
        {
            "name": "WenQuanYi Micro Hei font",
            "version": "0.2.0-beta",
            "licence": "Apache-2.0 (or GPL-3.0-or-later with font exception)",
            "role": "Chinese, Japanese and Korean text in the PDFs",
            "file": "../fonts/LICENSE-WenQuanYi.txt",
        },
    ]
    return texts, index


def main(argv: list[str]) -> int:
    texts, index = build()
    texts["index.json"] = json.dumps(index, indent=2, ensure_ascii=False) + "\n"
    out = HERE
    if "--out" in argv:
        out = Path(argv[argv.index("--out") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
    if "--check" in argv:
        stale = [n for n, t in texts.items() if n != "index.json" and not (HERE / n).exists()]
        current = (
            (HERE / "index.json").read_text(encoding="utf-8")
            if (HERE / "index.json").exists()
            else ""
        )
        if stale or current != texts["index.json"]:
            print("resources/licenses is out of date: run python resources/licenses/collect.py")
            return 1
        print("resources/licenses is up to date")
        return 0
    for name, text in texts.items():
        (out / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(texts)} files to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
