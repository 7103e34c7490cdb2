"""The datasets the benchmarks need, built on demand and cached between runs.

The ten-year dataset is ``benchmarks.bulkgen.generate`` (15 sellers, ~5,700 rides, ~300,000
observations, the real schema, FTS filled by the schema's triggers). ``scale`` 4 and 16 are the
same ten years for 4x / 16x the sellers (growth). The director dataset (:func:`director_dataset`)
is 50 managers' teams of 15 over ten years, the last team with three sellers' history per seller
(``benchmarks.director``). Quick mode uses 2 sellers over one year (director: 3 teams).

A dataset is cached at ``<work>/data-<name>/`` with a marker file holding the generator's
parameters; a marker that does not match (other parameters, a newer bulkgen) rebuilds it.
Benchmarks that write (capture, CLI report) work on their own store, never on these.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from benchmarks.common import Context, NotAvailableError

TODAY = date(2026, 11, 21)  # fixed: the same data on every run


@dataclass(frozen=True)
class Dataset:
    folder: Path
    scale: int
    sellers: int
    rides: int
    observations: int
    build_s: float | None  # None when it came from the cache


def _bulkgen():  # type: ignore[no-untyped-def]
    try:
        from benchmarks import bulkgen
    except ImportError as err:
        raise NotAvailableError(f"benchmarks.bulkgen cannot be imported ({err})") from None
    return bulkgen


def dataset(ctx: Context, scale: int = 1) -> Dataset:
    """The ten-year dataset at ``scale`` (quick mode: 2 sellers, 1 year)."""
    bulkgen = _bulkgen()
    from fieldride.store import open_store

    sellers, years = (2, 1) if ctx.quick else (15, 10)
    source = Path(bulkgen.__file__).read_bytes()
    params = {
        "sellers": sellers,
        "years": years,
        "scale": scale,
        "seed": 1,
        "today": TODAY.isoformat(),
        "bulkgen": hashlib.sha256(source).hexdigest()[:16],
    }
    name = f"{'quick' if ctx.quick else 'full'}-{scale}x"
    folder = ctx.work / f"data-{name}"
    marker = folder / "dataset.json"
    if marker.is_file():
        cached = json.loads(marker.read_text(encoding="utf-8"))
        if cached.get("params") == params:
            return Dataset(folder, scale, **cached["counts"], build_s=None)
    shutil.rmtree(folder, ignore_errors=True)
    ctx.log(f"  building the {name} dataset (bulkgen, scale {scale}) ...")
    t0 = time.perf_counter()
    store = open_store(folder)
    try:
        summary = bulkgen.generate(
            store, sellers=sellers, years=years, scale=scale, seed=1, today=TODAY
        )
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    build_s = time.perf_counter() - t0
    counts = {
        "sellers": summary.sellers,
        "rides": summary.rides,
        "observations": summary.observations,
    }
    marker.write_text(json.dumps({"params": params, "counts": counts}), encoding="utf-8")
    return Dataset(folder, scale, **counts, build_s=build_s)


def director_dataset(ctx: Context) -> Dataset:
    """A director's store: 50 teams of 15 sellers over ten years (~750 sellers, ~15.6 M
    observations), the last team with a grown history per seller; quick mode 3 teams of 2
    sellers over one year. Cached like the others (``scale`` holds the number of teams)."""
    bulkgen = _bulkgen()
    from benchmarks import director
    from fieldride.store import open_store

    teams, sellers, years = (3, 2, 1) if ctx.quick else (50, 15, 10)
    sources = Path(bulkgen.__file__).read_bytes() + Path(director.__file__).read_bytes()
    params = {
        "director": True,
        "teams": teams,
        "sellers": sellers,
        "years": years,
        "seed": 1,
        "today": TODAY.isoformat(),
        "generators": hashlib.sha256(sources).hexdigest()[:16],
    }
    folder = ctx.work / f"data-{'quick' if ctx.quick else 'full'}-director"
    marker = folder / "dataset.json"
    if marker.is_file():
        cached = json.loads(marker.read_text(encoding="utf-8"))
        if cached.get("params") == params:
            return Dataset(folder, teams, **cached["counts"], build_s=None)
    first = dataset(ctx, 1)  # the first team: the ten-year dataset, same generator and seed
    ctx.log(f"  building the director dataset ({teams} teams; minutes) ...")
    t0 = time.perf_counter()
    copy_of(first, folder)
    (folder / "dataset.json").unlink()
    store = open_store(folder)
    try:
        summary = director.generate_director(
            store,
            teams=teams,
            sellers=sellers,
            years=years,
            seed=1,
            today=TODAY,
            progress=ctx.log,
            first_team_ready=True,
        )
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    counts = {
        "sellers": summary.sellers,
        "rides": summary.rides,
        "observations": summary.observations,
    }
    marker.write_text(json.dumps({"params": params, "counts": counts}), encoding="utf-8")
    return Dataset(folder, teams, **counts, build_s=time.perf_counter() - t0)


def demo_dataset(ctx: Context) -> Dataset:
    """The demo team (``fieldride demo``: seed 7, nine months; quick mode two months), dated
    from the fixed :data:`TODAY`. Cached like the others."""
    from fieldride.demo import build_demo
    from fieldride.store import open_store

    months = 2 if ctx.quick else 9
    params = {"demo": True, "seed": 7, "months": months, "today": TODAY.isoformat()}
    folder = ctx.work / f"data-{'quick' if ctx.quick else 'full'}-demo"
    marker = folder / "dataset.json"
    if marker.is_file():
        cached = json.loads(marker.read_text(encoding="utf-8"))
        if cached.get("params") == params:
            return Dataset(folder, 0, **cached["counts"], build_s=None)
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    store = open_store(folder)
    try:
        build_demo(store, seed=7, months=months, today=TODAY)
        counts = {
            name: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for name, table in (
                ("sellers", "sellers"),
                ("rides", "rides"),
                ("observations", "observations"),
            )
        }
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    marker.write_text(json.dumps({"params": params, "counts": counts}), encoding="utf-8")
    return Dataset(folder, 0, **counts, build_s=time.perf_counter() - t0)


def copy_of(ds: Dataset, target: Path) -> Path:
    """A fresh private copy of a dataset's database (for benchmarks that write). Lock files,
    open-process markers, backups and logs are not copied: the copy is a cleanly closed store."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(
        ds.folder,
        target,
        ignore=shutil.ignore_patterns("fieldride.open.*", "*.lock", "backups", "logs"),
    )
    return target
