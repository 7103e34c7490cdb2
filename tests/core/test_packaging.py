"""A non-editable install carries both packages and the resources (DESIGN principle 13)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the sources without compiled catalogues (as a fresh
    clone has them: the build hook must compile them itself)."""
    import shutil

    source = tmp_path_factory.mktemp("source") / "fieldride-src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.mo")
    for folder in ("fieldride", "ui", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    (source / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "catalogues.py", source / "scripts" / "catalogues.py")
    for name in ("pyproject.toml", "README.md", "hatch_build.py"):
        shutil.copy2(ROOT / name, source / name)
    assert not list((source / "resources" / "translations").glob("*.qm"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        timeout=300,
    )
    return next(out.glob("fieldride-*.whl"))


def test_wheel_contains_packages_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "fieldride/store/opening.py" in names
    assert "ui/app.py" in names
    assert "fieldride/_resources/scorecards/field-visit.yaml" in names
    assert "fieldride/_resources/fonts/DejaVuSans.ttf" in names
    assert "fieldride/_resources/styles/base.qss" in names
    # the translation catalogues, compiled by the build hook (docs/translating.md)
    for compiled in ("ui_de.qm", "ui_es.qm", "ui_en.qm", "core_de.mo", "core_es.mo"):
        assert f"fieldride/_resources/translations/{compiled}" in names, compiled
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "fieldride = ui.launch:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from fieldride.resources import resources_root; print(resources_root())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    root = Path(proc.stdout.strip())
    assert root == target / "fieldride" / "_resources"
    assert (root / "scorecards" / "field-visit.yaml").is_file()
