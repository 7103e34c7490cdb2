"""The team server (issue 21, deliver 8): push and pull through a real PostgreSQL on loopback.

Starts its own throwaway PostgreSQL (``initdb`` + ``pg_ctl`` on a free loopback port, the
helper the team-server tests use: tests/server/postgres.py), creates a team database owned by a
non-superuser admin role that runs ``fieldride server init`` (the server runs with
``fsync=off``, as in the tests: the push figures leave out the server's disk flush), then:

1. **one ride's push round trip**: ``push_ride`` of one real ten-year-store ride unit as a
   fast-forward (stored every time, one statement, autocommit), 3 rounds of 50;
2. **first push of a manager's store** (every manager's: ``sync_store`` on a store never
   synced), median and range over the managers;
3. **a director's pull of M managers x Y years**: ``sync_store`` of an empty director store that
   reads every manager's rides (one sync, every ride merged into the local store);
4. **the team overview on that merged store** (``insights.team_overview``, warm median), target
   < 100 ms.

The round trip pushes one real unit again and again with a different content hash each time
(so the server stores it: a fast-forward of the revision it holds). Each manager's store comes
from the bench data generator (``benchmarks.bulkgen``: 15 sellers,
Y years, its own seed, so its own sellers, rides and author id), cached in ``--work``. The full
size is 10 managers x 10 years (``--team-size 10x10``); ``--team-size MxY`` runs a smaller one
(the figures then say which). Quick mode: 2 managers x 1 year of 2 sellers. Not available when
the PostgreSQL server binaries are not installed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Context, Figure, NotAvailableError, load_average, median, percentile
from benchmarks.data import TODAY

PASSWORD = "bench-secret"


def _size(ctx: Context) -> tuple[int, int, int]:
    """(managers, years, sellers per manager)."""
    if ctx.quick:
        return 2, 1, 1
    managers, _, years = ctx.team_size.partition("x")
    return int(managers), int(years or 10), 15


def _manager_store(ctx: Context, n: int, years: int, sellers: int) -> Path:
    """Manager ``n``'s generated store (cached in ctx.work), as a folder never synced."""
    from benchmarks import bulkgen
    from fieldride.store import open_store

    source = Path(bulkgen.__file__).read_bytes()
    params = {
        "manager": n,
        "years": years,
        "sellers": sellers,
        "today": TODAY.isoformat(),
        "bulkgen": hashlib.sha256(source).hexdigest()[:16],
    }
    folder = ctx.work / f"team-manager-{n}-{years}y-{sellers}s"
    marker = folder / "dataset.json"
    if marker.is_file() and json.loads(marker.read_text()).get("params") == params:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    ctx.log(f"  generating manager {n}'s store ({sellers} sellers x {years} years) ...")
    store = open_store(folder)
    try:
        bulkgen.generate(store, sellers=sellers, years=years, seed=100 + n, today=TODAY)
        # Each manager's team has its own people: distinct emails, or the director's store
        # would rightly merge same-email sellers from two teams into one person.
        store.db.execute(
            "UPDATE sellers SET email = 'm' || ? || '.' || email, team = 'Manager ' || ?", [n, n]
        )
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    marker.write_text(json.dumps({"params": params}))
    return folder


def _fresh_copy(folder: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(
        folder,
        target,
        ignore=shutil.ignore_patterns("fieldride.open.*", "*.lock", "backups", "logs"),
    )
    return target


def run(ctx: Context) -> list[Figure]:
    try:
        from tests.server.postgres import find_bin_dir, running_server
    except ImportError as err:
        raise NotAvailableError(f"the PostgreSQL test helper cannot be imported ({err})") from None
    if find_bin_dir() is None:
        raise NotAvailableError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    managers, years, sellers = _size(ctx)
    sources = [_manager_store(ctx, n, years, sellers) for n in range(1, managers + 1)]
    with running_server() as server:
        return _measure(ctx, server, sources, managers, years)


def _measure(
    ctx: Context, server: Any, sources: list[Path], managers: int, years: int
) -> list[Figure]:
    from fieldride import insights
    from fieldride.exchange import ride_unit
    from fieldride.server import add_member, connect, push_ride, sync_store
    from fieldride.server.sync import ride_date
    from fieldride.store import open_store
    from tests.server.postgres import create_team_database

    dbname = "bench_team"
    admin = create_team_database(server, dbname, "bench_admin", PASSWORD)
    names = [f"bench_m{n}" for n in range(1, managers + 1)]
    with connect(admin) as conn:
        add_member(conn, "bench_director", "director", password=PASSWORD)
        for name in names:
            add_member(conn, name, "manager", password=PASSWORD, directors=["bench_director"])
    size = f"{managers} managers x {years} years"
    loads = [load_average()]

    # 2. First push of each manager's store.
    pushes: list[float] = []
    rides_per_manager: list[int] = []
    scratch = ctx.work / "team-run"
    shutil.rmtree(scratch, ignore_errors=True)
    for n, (name, source) in enumerate(zip(names, sources, strict=True), start=1):
        folder = _fresh_copy(source, scratch / f"m{n}")
        store = open_store(folder)
        try:
            dsn = server.dsn(user=name, password=PASSWORD, dbname=dbname)
            t0 = time.perf_counter()
            with connect(dsn) as conn:
                report = sync_store(store, conn)
            pushes.append(time.perf_counter() - t0)
            rides_per_manager.append(report.pushed)
            ctx.log(f"  manager {n}: first push of {report.pushed} rides in {pushes[-1]:.1f} s")
        finally:
            store.close()
    loads.append(load_average())

    # 1. One ride's push round trip (manager 1's busiest ride, as fast-forwards).
    store = open_store(scratch / "m1")
    try:
        key = str(
            store.db.execute(
                "SELECT r.uuid FROM rides r JOIN observations o ON o.ride_id = r.id "
                "GROUP BY r.id ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()[0]
        )
        unit = ride_unit(store, key)
    finally:
        store.close()
    body = unit.to_dict()
    day = ride_date(body)  # as a sync sends it: the server orders merges by it
    round_trips: list[float] = []
    dsn = server.dsn(user=names[0], password=PASSWORD, dbname=dbname)
    with connect(dsn, autocommit=True) as conn:
        revision = push_ride(
            conn, key, unit.updated_at, body, 0, digest=unit.content_hash, ride_date=day
        ).revision
        per_round = 5 if ctx.quick else 50
        for round_no in range(1 if ctx.quick else 3):
            for i in range(per_round):
                digest = hashlib.sha256(f"{round_no}-{i}".encode()).hexdigest()
                t0 = time.perf_counter()
                result = push_ride(
                    conn, key, unit.updated_at, body, revision, digest=digest, ride_date=day
                )
                round_trips.append((time.perf_counter() - t0) * 1000)
                revision = result.revision
    rtt = median(round_trips)

    # 3. The director's pull of every manager's rides into an empty store.
    director = open_store(scratch / "director")
    try:
        ddsn = server.dsn(user="bench_director", password=PASSWORD, dbname=dbname)
        loads.append(load_average())
        t0 = time.perf_counter()
        said = [0]

        def progress(what: str, done: int, total: int) -> None:
            # A line every 2,000 rides: how fast the pull goes, under which load.
            if what == "Receiving rides" and done - said[0] >= 2000:
                said[0] = done
                spent = time.perf_counter() - t0
                ctx.log(
                    f"    pull: {done} of {total} rides in {spent:.0f} s "
                    f"({spent * 1000 / done:.1f} ms each); load {load_average()}"
                )

        with connect(ddsn) as conn:
            pulled = sync_store(director, conn, progress=progress)
        pull_s = time.perf_counter() - t0
        loads.append(load_average())
        total_rides = int(director.db.execute("SELECT count(*) FROM rides").fetchone()[0])
        ctx.log(
            f"  director: pulled {pulled.pulled} rides in {pull_s:.1f} s; "
            f"{len(pulled.conflicts)} not taken"
        )
        for key, why in list(pulled.conflicts.items())[:3]:
            ctx.log(f"    {key}: {why}")
        # 4. The team overview on the merged store (warm), every manager's team in it.
        overview = insights.team_overview(director, today=TODAY)
        teams = len({row.cadence.team for row in overview.rows}) if overview else 0
        samples: list[float] = []
        for _ in range(1 + ctx.reps(ctx.runs, 1) * 3):
            t0 = time.perf_counter()
            insights.team_overview(director, today=TODAY)
            samples.append((time.perf_counter() - t0) * 1000)
        samples = samples[1:]
        overview_ms = median(samples)
        sellers_here = int(director.db.execute("SELECT count(*) FROM sellers").fetchone()[0])
    finally:
        director.close()
    # The director's merged store is kept (ctx.work/team-director-MxY), so the overview can be
    # timed again on it in a quiet window without pulling again.
    kept = ctx.work / f"team-director-{managers}x{years}"
    shutil.rmtree(kept, ignore_errors=True)
    shutil.move(str(scratch / "director"), kept)
    shutil.rmtree(scratch, ignore_errors=True)
    loads_text = " / ".join(loads)
    return [
        Figure(
            "team.push_rtt",
            "Team server: one ride's push round trip on loopback (fast-forward, stored)",
            rtt,
            "ms",
            notes=f"p95 {percentile(round_trips, 95):.1f} ms, min {min(round_trips):.2f}, "
            f"max {max(round_trips):.1f}, {len(round_trips)} pushes of a "
            f"{len(json.dumps(body)) // 1024} KiB unit; load {loads_text}",
        ),
        Figure(
            "team.first_push",
            f"Team server: first push of a manager's {years}-year store (median of {managers})",
            median(pushes),
            "s",
            notes=f"{median(rides_per_manager):.0f} rides each; range {min(pushes):.1f}-"
            f"{max(pushes):.1f} s over {managers} managers; load {loads_text}",
            details={"pushes_s": pushes, "rides": rides_per_manager},
        ),
        Figure(
            "team.director_pull",
            f"Team server: a director's pull of {size}",
            pull_s,
            "s",
            notes=f"{pulled.pulled} rides merged ({pull_s * 1000 / max(pulled.pulled, 1):.1f} ms "
            f"per ride), {len(pulled.conflicts)} not taken, {total_rides} in the store, "
            f"{sellers_here} sellers; "
            f"load {loads_text}",
            details={"rides": pulled.pulled, "size": size},
        ),
        Figure(
            "team.overview_merged",
            f"Team overview on the director's merged store ({size})",
            overview_ms,
            "ms",
            target="< 100 ms",
            target_ok=overview_ms < 100,
            notes=f"{teams} teams, {sellers_here} sellers; range {min(samples):.1f}-"
            f"{max(samples):.1f} ms over {len(samples)} runs; load {loads_text}",
        ),
    ]
