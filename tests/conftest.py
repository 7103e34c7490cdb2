"""Shared fixtures. Every test gets a fresh data folder (FIELDRIDE_HOME points at it), so no test
touches real data or another test's data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings

# Timing on a shared 2-core machine varies a lot: hypothesis' per-example deadline would make
# tests flaky without telling us anything (speed is measured in benchmarks/, not in tests).
# CI draws the same examples on every run (derandomize): a property test cannot pass on one run
# and fail on the next because it happened to draw a new case. New cases are searched on purpose
# with FIELDRIDE_HYPOTHESIS=explore (random draws, ten times the examples); what it finds is
# fixed and kept as an @example.
settings.register_profile(
    "fieldride",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
    derandomize=True,
)
settings.register_profile(
    "explore",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
    max_examples=1000,
)
settings.load_profile(os.environ.get("FIELDRIDE_HYPOTHESIS", "fieldride"))

from fieldride.store import Store, open_store  # noqa: E402


def _build_catalogues() -> None:
    """The translation catalogues compiled from their sources (docs/translating.md): the
    compiled files are not committed, and a test must see the .ts/.po as they are now."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "catalogues.py"
    spec = importlib.util.spec_from_file_location("fieldride_catalogues", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build()


_build_catalogues()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("FIELDRIDE_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A fresh, migrated store with the bundled scorecards installed."""
    from fieldride.scorecards.defaults import install_defaults

    s = open_store(data_dir)
    install_defaults(s)
    yield s
    s.close()


@pytest.fixture
def demo_store(data_dir: Path) -> Iterator[Store]:
    """A store filled with the demo team (deterministic)."""
    from datetime import date

    from fieldride.demo import build_demo

    s = open_store(data_dir)
    build_demo(s, seed=7, months=6, today=date(2026, 11, 21))
    yield s
    s.close()


@pytest.fixture
def gc_generations() -> Iterator[list[int]]:
    """The generation of every collection Python's garbage collector runs during the test
    (after a full one at its start); full collections are Python's own again at its end."""
    import gc

    from fieldride.collector import restore_full_collections

    assert gc.isenabled()
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            seen.append(info["generation"])

    gc.collect()
    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)
        restore_full_collections()
