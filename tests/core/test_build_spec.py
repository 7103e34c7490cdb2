"""build.spec, checked fast (no build): the spec runs against stand-ins for PyInstaller's build
targets, and its filters are fed real file entries. The full build is scripts/build-bundle.sh.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extras; install .[test]")
if shutil.which("objdump") is None:
    pytest.skip("build.spec needs binutils (objdump)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
QT = Path(__import__("PySide6").__file__).parent / "Qt"
PIL_DIR = Path(__import__("PIL").__file__).parent
PILLOW_LIBS = PIL_DIR.parent / "pillow.libs"
IMAGING = next(p.name for p in PIL_DIR.glob("_imaging.*.so"))
JPEG = next(p.name for p in PILLOW_LIBS.glob("libjpeg-*.so*"))
# ICU as the PySide6 wheel ships it (Linux): Qt Core links libicuuc and libicui18n, which load
# libicudata (ICU's whole data set, 32 MB).
ICU = {
    kind: next(QT.joinpath("lib").glob(f"libicu{kind}.so.*"), None)
    for kind in ("data", "uc", "i18n")
}


class Recorder:
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self) -> None:
        self.calls = []

    def target(self, name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return (name, kwargs)

        return make

    def kwargs(self, name: str) -> dict[str, Any]:
        [kw] = [kw for n, _, kw in self.calls if n == name]
        return kw


def _entry(dest: str, src: Path | str, kind: str = "BINARY") -> tuple[str, str, str]:
    return (dest, str(src), kind)


FAKE_BINARIES = [
    _entry("PySide6/Qt/plugins/platforms/libqxcb.so", QT / "plugins/platforms/libqxcb.so"),
    _entry(
        "PySide6/Qt/plugins/platforms/libqoffscreen.so", QT / "plugins/platforms/libqoffscreen.so"
    ),
    _entry("PySide6/Qt/plugins/platforms/libqvnc.so", QT / "plugins/platforms/libqvnc.so"),
    _entry("PySide6/Qt/plugins/imageformats/libqjpeg.so", QT / "plugins/imageformats/libqjpeg.so"),
    _entry("PySide6/Qt/plugins/imageformats/libqtiff.so", QT / "plugins/imageformats/libqtiff.so"),
    _entry(
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so", QT / "plugins/platformthemes/libqgtk3.so"
    ),
    _entry("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", QT / "plugins/sqldrivers/libqsqlite.so"),
    _entry("PySide6/Qt/lib/libQt6XcbQpa.so.6", QT / "lib/libQt6XcbQpa.so.6"),
    _entry("PySide6/Qt/lib/libQt6Core.so.6", QT / "lib/libQt6Core.so.6"),
    _entry("PySide6/Qt/lib/libQt6Network.so.6", QT / "lib/libQt6Network.so.6"),
    _entry("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    _entry("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    *(_entry(f"PySide6/Qt/lib/{lib.name}", lib) for lib in ICU.values() if lib is not None),
    # The STACK-NOTES regression: Pillow's own libjpeg must survive the Qt filters.
    _entry(f"pillow.libs/{JPEG}", PILLOW_LIBS / JPEG),
    _entry("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", PIL_DIR / IMAGING, "EXTENSION"),
    _entry("PIL/_avif.cpython-311-x86_64-linux-gnu.so", "/nonexistent/_avif.so", "EXTENSION"),
]
FAKE_DATAS = [
    _entry("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
    _entry("PySide6/Qt/translations/qtbase_en.qm", "/x/qtbase_en.qm", "DATA"),
    _entry("PySide6/Qt/translations/qtbase_fr.qm", "/x/qtbase_fr.qm", "DATA"),
]


FAKE_RUNTIME_HOOKS = (
    "pyi_rth_inspect",
    "pyi_rth_pkgutil",
    "pyi_rth_cryptography_openssl",
    "pyi_rth_pyside6",
)


@pytest.fixture(scope="module")
def spec() -> tuple[Recorder, dict[str, Any]]:
    return run_spec()


def run_spec() -> tuple[Recorder, dict[str, Any]]:
    """Run build.spec with recording stand-ins; returns the recorder and the spec namespace."""
    import PyInstaller.utils.hooks as hooks

    rec = Recorder()

    class Analysis:
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            rec.calls.append(("Analysis", (scripts,), kwargs))
            self.binaries = list(FAKE_BINARIES)
            # Analysis turns (src, dest folder) pairs into (dest file, src, "DATA") entries.
            self.datas = [
                (str(Path(dest) / Path(src).name), src, "DATA") for src, dest in kwargs["datas"]
            ] + list(FAKE_DATAS)
            self.pure: list[Any] = []
            # What PyInstaller puts before the entry point: its bootstrap, then runtime hooks.
            self.scripts: list[Any] = [
                ("pyiboot01_bootstrap", "/x/pyiboot01_bootstrap.py", "PYSOURCE"),
                *((name, f"/x/{name}.py", "PYSOURCE") for name in FAKE_RUNTIME_HOOKS),
                (Path(scripts[0]).stem, scripts[0], "PYSOURCE"),
            ]

    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "Analysis": Analysis,
        "PYZ": rec.target("PYZ"),
        "EXE": rec.target("EXE"),
        "COLLECT": rec.target("COLLECT"),
        "BUNDLE": rec.target("BUNDLE"),
    }
    mp = pytest.MonkeyPatch()
    mp.setattr(hooks, "collect_submodules", lambda package: [f"{package}.stub"])
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        mp.undo()
    return rec, namespace


def test_one_folder_app_named_fieldride_without_console_or_upx(spec: Any) -> None:
    rec, _ = spec
    exe, collect = rec.kwargs("EXE"), rec.kwargs("COLLECT")
    assert exe["name"] == collect["name"] == "FieldRide"
    assert exe["exclude_binaries"] is True  # one folder, not one file
    assert exe["console"] is False
    assert exe["upx"] is False and collect["upx"] is False
    assert exe["strip"] is True and collect["strip"] is True
    assert Path(exe["icon"]).is_file()


def test_the_benchmark_build_is_the_same_bundle_started_through_the_probe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # scripts/build-bundle.sh --probe: benchmarks/run.py times the frozen start-up with it
    monkeypatch.setenv("FIELDRIDE_BENCH_PROBE", "1")
    rec, _ = run_spec()
    [(_, (scripts,), _kwargs)] = [c for c in rec.calls if c[0] == "Analysis"]
    assert scripts == [str(ROOT / "benchmarks" / "app_probe.py")]
    assert rec.kwargs("EXE")["name"] == rec.kwargs("COLLECT")["name"] == "FieldRide-probe"


def test_version_comes_from_the_package(spec: Any) -> None:
    from fieldride import __version__

    _, ns = spec
    assert ns["VERSION"] == __version__
    assert len(ns["VERSION_TUPLE"]) == 4


def test_entry_point_and_resources_are_mirrored(spec: Any) -> None:
    rec, _ = spec
    [(_, (scripts,), kwargs)] = [c for c in rec.calls if c[0] == "Analysis"]
    assert scripts == [str(ROOT / "ui" / "launch.py")]
    datas = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in kwargs["datas"]}
    assert ("resources/scorecards/field-visit.yaml", "resources/scorecards") in datas
    assert ("resources/fonts/DejaVuSans.ttf", "resources/fonts") in datas
    assert ("resources/icons/fieldride.png", "resources/icons") in datas
    assert any(dest == "resources/licenses" for _, dest in datas)
    assert not any(src.endswith(".py") for src, _ in datas)  # generators stay out
    # the compiled translation catalogues, not their sources (docs/translating.md)
    assert ("resources/translations/ui_de.qm", "resources/translations") in datas
    assert ("resources/translations/core_es.mo", "resources/translations") in datas
    assert not any(src.endswith((".ts", ".po")) for src, _ in datas)


def test_only_used_qt_modules_are_kept(spec: Any) -> None:
    rec, ns = spec
    excludes = set(rec.kwargs("Analysis")["excludes"])
    for unused in (
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
    ):
        assert unused in excludes
    for used in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"):
        assert used not in excludes
    assert {"QtCore", "QtGui", "QtWidgets"} <= ns["QT_KEEP"]
    # Whatever the source imports is kept (else the bundle would miss it at run time).
    imported = set()
    for folder in ("ui", "fieldride"):
        for path in (ROOT / folder).rglob("*.py"):
            imported |= set(re.findall(r"from PySide6\.(Qt\w+) import", path.read_text("utf-8")))
    assert imported <= ns["QT_KEEP"]
    assert {f"PySide6.{m}" for m in imported}.isdisjoint(excludes)
    # The window icon is the SVG: Qt's SVG icon engine needs QtSvg although nothing imports it.
    assert "QtSvg" in ns["QT_KEEP"] and "PySide6.QtSvg" not in excludes


def test_the_desktop_entry_and_icons_are_in_the_bundle(spec: Any) -> None:
    rec, _ = spec
    [(_, _, kwargs)] = [c for c in rec.calls if c[0] == "Analysis"]
    datas = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in kwargs["datas"]}
    assert (
        "resources/desktop/app.fieldride.FieldRide.desktop",
        "resources/desktop",
    ) in datas
    for n in (16, 24, 32, 48, 64, 128, 256, 512):
        folder = f"resources/icons/hicolor/{n}x{n}/apps"
        assert (f"{folder}/app.fieldride.FieldRide.png", folder) in datas


def test_plugins_and_translations_are_filtered_by_path(spec: Any) -> None:
    rec, _ = spec
    collect = rec.calls[[n for n, _, _ in rec.calls].index("COLLECT")][1]
    kept = {entry[0] for group in collect[1:] for entry in group}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "PySide6/Qt/plugins/platforms/libqoffscreen.so" in kept  # CI self-test needs it
    assert "PySide6/Qt/plugins/imageformats/libqjpeg.so" in kept
    assert "PySide6/Qt/translations/qtbase_en.qm" in kept
    assert "PySide6/Qt/translations/qtbase_de.qm" in kept  # a shipped language
    for dropped in (
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PIL/_avif.cpython-311-x86_64-linux-gnu.so",
    ):
        assert dropped not in kept, dropped
    # Path-aware: Pillow's vendored libjpeg is not a Qt plugin and stays.
    assert f"pillow.libs/{JPEG}" in kept


@pytest.mark.skipif(not QT.joinpath("lib").is_dir(), reason="PySide6 Linux layout only")
def test_libraries_nothing_links_to_are_pruned_with_their_symlinks(spec: Any) -> None:
    rec, ns = spec
    collect = rec.calls[[n for n, _, _ in rec.calls].index("COLLECT")][1]
    kept = {entry[0] for group in collect[1:] for entry in group}
    assert "PySide6/Qt/lib/libQt6XcbQpa.so.6" in kept  # libqxcb links it
    assert "PySide6/Qt/lib/libQt6Core.so.6" in kept
    assert "libQt6Core.so.6" in kept  # its symlink too
    assert "PySide6/Qt/lib/libQt6Network.so.6" not in kept  # nothing kept links it
    assert "libQt6Network.so.6" not in kept  # no dangling symlink left behind
    assert "libQt6Network.so.6" in ns["PRUNED"]


def test_windows_version_info_and_macos_bundle_are_declared() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "VarFileInfo", "BUNDLE"} <= called
    bundle = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "BUNDLE"
    )
    keywords = {k.arg for k in bundle.keywords}
    assert {"name", "icon", "bundle_identifier", "version", "info_plist"} <= keywords


def test_icon_files_exist_in_every_format() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "fieldride.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (icons / "fieldride.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ico = (icons / "fieldride.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 4


@pytest.mark.skipif(ICU["data"] is None, reason="PySide6 Linux layout only")
@pytest.mark.skipif(shutil.which("icupkg") is None, reason="needs icupkg (icu-devtools)")
def test_icu_data_is_reduced_and_still_sorts_every_shipped_language(
    spec: Any, tmp_path: Path
) -> None:
    """libicudata is rebuilt with what Qt reaches (scripts/icu_data.py): a tenth of the size,
    and ICU itself still sorts Spanish, German, Hebrew, Arabic and Chinese and names time zones
    in each shipped language."""
    assert ICU["data"] is not None and ICU["uc"] is not None and ICU["i18n"] is not None
    rec, _ = spec
    collect = rec.calls[[n for n, _, _ in rec.calls].index("COLLECT")][1]
    [(_, src, _)] = [
        entry
        for group in collect[1:]
        for entry in group
        if entry[0] == f"PySide6/Qt/lib/{ICU['data'].name}"
    ]
    reduced = Path(src)
    assert reduced.name == ICU["data"].name
    assert ICU["data"].stat().st_size > 30_000_000  # what the wheel ships (ICU 73: 32 MB)
    assert reduced.stat().st_size < 4_000_000  # 3.3 MB
    # ICU's own libraries of the wheel, loading the reduced data beside them, in a process that
    # has not loaded ICU (a loaded libicudata would be reused).
    for lib in (reduced, ICU["uc"], ICU["i18n"]):
        shutil.copy(lib, tmp_path / lib.name)
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "icu_data.py"), "check", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    answers = json.loads(run.stdout)
    sorting = {k: v for k, v in answers.items() if isinstance(v, bool) and ":" in k}
    assert sorting and all(sorting.values()), sorting
    assert answers["de zone name"] == "Mitteleuropäische Normalzeit"
    assert answers["es zone name"] == "hora estándar de Europa central"
    assert answers["en zone name"] == "Eastern Standard Time"
    assert answers["UTF-8 converter"] and answers["US-ASCII converter"]
    assert not answers["Shift_JIS converter"]  # the code page tables are gone


def test_icu_items_kept_for_the_shipped_languages_only() -> None:
    import importlib.util

    loaded = importlib.util.spec_from_file_location("icu_data", ROOT / "scripts" / "icu_data.py")
    assert loaded is not None and loaded.loader is not None
    icu_data = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(icu_data)
    langs = frozenset({"root", "en", "de", "es"})
    for kept in (
        "coll/ucadata.icu",
        "coll/root.res",
        "coll/de__PHONEBOOK.res",
        "coll/es__TRADITIONAL.res",
        "coll/es_MX.res",
        "coll/res_index.res",
        "de_AT.res",
        "en_GB.res",
        "es_419.res",
        "zoneinfo64.res",
        "supplementalData.res",
        "metadata.res",
        "pool.res",
        "zone/de.res",
        "zone/pool.res",
        "region/es.res",
        "brkitr/line.brk",
        "nfkc.nrm",
        "cnvalias.icu",
    ):
        assert icu_data.keep_item(kept, langs), kept
    for dropped in (
        "coll/zh.res",
        "coll/fr.res",
        "fr.res",
        "eo.res",
        "zone/ja.res",
        "lang/de.res",
        "curr/de.res",
        "unit/es.res",
        "translit/root.res",
        "rbnf/de.res",
        "brkitr/cjdict.dict",
        "ibm-5348_P100-1997.cnv",
        "unames.icu",
    ):
        assert not icu_data.keep_item(dropped, langs), dropped


def test_python_modules_the_app_does_without_stay_out(spec: Any) -> None:
    """OpenSSL's hashes (_hashlib: the system's libcrypto, 4.7 MB) and readline (libreadline,
    libtinfo) are excluded; hashlib then gives the same digests from Python's own modules."""
    rec, _ = spec
    excludes = set(rec.kwargs("Analysis")["excludes"])
    assert {"_hashlib", "readline", "ssl", "_ssl"} <= excludes
    for folder in ("ui", "fieldride"):
        for path in (ROOT / folder).rglob("*.py"):
            assert not re.search(
                r"^\s*(import|from) (readline|_hashlib|ssl)\b", path.read_text("utf-8"), re.M
            ), path
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['_hashlib'] = None; import hashlib, hmac; "
            "print(hashlib.sha256(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest(), "
            "hmac.new(b'k', b'm', 'sha256').hexdigest())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    import hashlib
    import hmac

    assert run.stdout.split() == [
        hashlib.sha256(b"abc").hexdigest(),
        hashlib.sha1(b"abc").hexdigest(),
        hmac.new(b"k", b"m", "sha256").hexdigest(),
    ]


def test_multiprocessing_stays_out_and_nothing_the_app_loads_needs_it(spec: Any) -> None:
    """Left in, PyInstaller's runtime hook imports multiprocessing at every start of the frozen
    app (~80 M instructions before our first line). Nothing starts processes through it: our
    code never imports it, and every library the bundle carries imports without it."""
    rec, _ = spec
    assert "multiprocessing" in rec.kwargs("Analysis")["excludes"]
    for folder in ("ui", "fieldride"):
        for path in (ROOT / folder).rglob("*.py"):
            assert not re.search(
                r"^\s*(import|from) (multiprocessing|concurrent)\b",
                path.read_text("utf-8"),
                re.M,
            ), path
    libraries = (
        "asyncio, babel.dates, bidi.algorithm, keyring, openpyxl, psycopg, "
        "reportlab.platypus, sqlite_utils, uharfbuzz, PySide6.QtWidgets, PySide6.QtNetwork"
    )
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.modules['multiprocessing'] = None; import {libraries}",
        ],
        check=True,
        capture_output=True,
        text=True,
    )


def test_runtime_hooks_the_app_does_without_are_left_out(spec: Any) -> None:
    """PyInstaller's hooks for inspect, pkgutil and PySide6 ran before our first line at every
    start (inspect and zipfile imported, base_library.zip's directory read, QtCore imported with
    the collector running); the bootstrap, the OpenSSL one and the entry point stay, in order."""
    _, namespace = spec
    assert [name for name, _, _ in namespace["a"].scripts] == [
        "pyiboot01_bootstrap",
        "pyi_rth_cryptography_openssl",
        "launch",
    ]


def test_modules_a_start_imports_are_measured(spec: Any) -> None:
    """scripts/startup_modules.py starts the app from source on a demo team (Today, then a ride
    in progress) and returns what it imported; PyInstaller's bootstrap adds ctypes."""
    _, namespace = spec
    found = namespace["STARTUP_MODULES"]
    assert found is not None, "the measured starts failed"
    assert {
        "ui.app",
        "ui.main_window",
        "ui.screens.today",
        "ui.screens.capture.screen",
        "fieldride.store",
        "ctypes",
    } <= found


def test_start_up_modules_are_stored_uncompressed_in_the_pyz(tmp_path: Path, spec: Any) -> None:
    """The writer build.spec gives PyInstaller stores the named modules at zlib level 0 and
    compresses the others as before; PyInstaller's own reader gives back the same code."""
    from PyInstaller.loader.pyimod01_archive import ZlibArchiveReader

    _, namespace = spec
    writer = namespace["_startup_stored_writer"](frozenset({"json.decoder"}))
    modules = {}
    for name in ("json.decoder", "json.encoder"):
        path = Path(__import__(name, fromlist=["_"]).__file__)
        modules[name] = (path, compile(path.read_bytes(), str(path), "exec"))
    archive = tmp_path / "test.pyz"
    writer(
        str(archive),
        [(name, str(path), "PYMODULE") for name, (path, _) in modules.items()],
        code_dict={name: code for name, (_, code) in modules.items()},
    )
    reader = ZlibArchiveReader(str(archive))
    raw = archive.read_bytes()

    def blob(name: str) -> bytes:
        _, offset, length = reader.toc[name]
        return raw[offset : offset + length]

    stored, compressed = blob("json.decoder"), blob("json.encoder")
    assert stored[:2] == b"\x78\x01"  # zlib header of level 0: stored blocks, nothing to inflate
    assert compressed[:2] == b"\x78\x9c"  # the default level, as PyInstaller writes it
    assert len(reader.extract("json.decoder", raw=True)) < len(stored)
    assert len(reader.extract("json.encoder", raw=True)) > 2 * len(compressed)
    for name, (_, code) in modules.items():
        assert reader.extract(name).co_code == code.co_code


def test_python_test_and_debugging_tools_stay_out_and_nothing_the_app_loads_needs_them(
    spec: Any,
) -> None:
    """doctest, pdb, bdb, pydoc (with its topic texts) and unittest are excluded: nothing the app
    runs imports them (reportlab imports doctest only in its modules' own self-test blocks)."""
    rec, _ = spec
    tools = ("doctest", "pdb", "bdb", "pydoc", "pydoc_data", "unittest")
    assert set(tools) <= set(rec.kwargs("Analysis")["excludes"])
    for folder in ("ui", "fieldride"):
        for path in (ROOT / folder).rglob("*.py"):
            assert not re.search(
                rf"^\s*(import|from) ({'|'.join(tools)})\b", path.read_text("utf-8"), re.M
            ), path
    blocked = "; ".join(f"sys.modules[{name!r}] = None" for name in tools)
    libraries = (
        "babel.dates, bidi.algorithm, keyring, openpyxl, psycopg, reportlab.platypus, "
        "reportlab.lib.colors, reportlab.graphics.shapes, reportlab.pdfbase.acroform, "
        "sqlite_utils, uharfbuzz, yaml, PIL.Image, PySide6.QtWidgets"
    )
    subprocess.run(
        [sys.executable, "-c", f"import sys; {blocked}; import {libraries}"],
        check=True,
        capture_output=True,
        text=True,
    )
