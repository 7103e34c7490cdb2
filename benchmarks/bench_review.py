"""Review on the ten-year dataset: seller profile, team overview, search (+ growth 1x/4x/16x and
a director's store of 50 teams).

Each query is the core function the review screens call (``insights.seller_profile``,
``insights.team_overview``, ``fieldride.search.search``), timed warm (median after a warm-up) on a
store opened the way the app opens it. Every SELECT those functions run is captured with
sqlite3's trace callback and its EXPLAIN QUERY PLAN printed once, so a full scan of a large
table shows up next to the number.

Targets (issue 7): profile < 50 ms, team overview < 100 ms, search < 30 ms on ~6,000 rides /
300,000 observations; profile < 100 ms at 16x. The same three targets on the director's store
(issue 23, deliver 5: ``data.director_dataset``, 50 teams of 15 sellers over ten years, the
last team's sellers with three sellers' history each; the profile is of its busiest seller).
There the team overview is what the Review screen computes on a director's store: the managers
(``insights.seller_managers``) and one manager's team (``team_overview(..., sellers=...)``), the
team of the busiest seller's manager (the grown-history team: the dearest one); "all managers"
(every seller, as the screen's "All managers") is a second figure against the same target.

The profile is measured as the screen opens it: over its default period (the last 12 months,
``DEFAULT_PROFILE_MONTHS``); ``profile_whole`` is the same seller's whole history, which the
manager may choose: reported with no target of its own, so the figure stays in sight.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from benchmarks.common import Context, Figure, NotAvailableError, load_average, median, time_ms
from benchmarks.data import TODAY, Dataset, dataset, director_dataset

SEARCH_TERMS = ("discount", "warehouse project", "CFO renewal")
TARGETS_MS: dict[str, float | None] = {
    "profile": 50.0,
    "profile_whole": None,
    "team": 100.0,
    "search": 30.0,
    "search_seller": 30.0,
}
GROWTH_PROFILE_TARGET_MS = 100.0
DEFAULT_PROFILE_MONTHS = 12  # the seller profile screen's default period (ui/settings.py)
NAMES = tuple(TARGETS_MS)


def _per_call(name: str, ms: float) -> float:
    """The figure reported: search runs its terms in one call, each term is reported."""
    return ms / len(SEARCH_TERMS) if name.startswith("search") else ms


def _target(name: str, value: float) -> tuple[str, bool | None]:
    # all managers: the team's target; the seller with the fewest rides: the filtered search's
    target = TARGETS_MS.get(name.removesuffix("_all").removesuffix("_few"))
    if target is None:
        return "", None
    return f"< {target:.0f} ms", value < target


def _busiest_team(store: Any, seller_id: int) -> list[int]:
    """The sellers of ``seller_id``'s manager, as the Review screen groups them (the manager of
    each seller's latest ride). A store whose rides carry no author ids (the generated
    director's store: its copies are all the store's own rides, so the screen would offer no
    choice) is grouped the same way by the manager name on each seller's latest ride."""
    from fieldride import insights

    managers = insights.seller_managers(store)
    if managers.managers:
        author = managers.of_seller[seller_id].author_id
        return [s for s, m in managers.of_seller.items() if m.author_id == author]
    latest = """(SELECT manager_name FROM rides WHERE seller_id = {} AND deleted_at IS NULL
                 AND conflict_of IS NULL ORDER BY ride_date DESC, created_at DESC LIMIT 1)"""
    return [
        int(r[0])
        for r in store.db.execute(
            f"SELECT s.id FROM sellers s WHERE {latest.format('s.id')} = {latest.format('?')}",
            [seller_id],
        )
    ]


def _queries(store: Any, director: bool = False) -> dict[str, Callable[[], Any]]:
    try:
        from fieldride import insights
        from fieldride.search import full_text as search
    except ImportError as err:
        raise NotAvailableError(f"review core missing ({err})") from None
    period_start = None
    try:  # the seller profile moved from insights to its own module, progress
        from fieldride.insights import progress

        seller_profile = progress.seller_profile
        period_start = getattr(progress, "period_start", None)
    except (ImportError, AttributeError):
        seller_profile = getattr(insights, "seller_profile", None)
    if seller_profile is None:
        raise NotAvailableError("no seller_profile in fieldride.progress or fieldride.insights")
    if not hasattr(insights, "team_overview"):
        raise NotAvailableError("fieldride.insights.team_overview is not in this build")
    # The busiest seller: the profile with the most history.
    seller_id = store.db.execute(
        "SELECT seller_id FROM rides GROUP BY seller_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]

    def search_all() -> None:
        for term in SEARCH_TERMS:
            search.search(store, term)

    queries = {
        "profile": lambda: seller_profile(store, seller_id, today=TODAY),
        "team": lambda: insights.team_overview(store, today=TODAY),
        "search": search_all,
    }
    if period_start is not None:  # the profile as the screen opens it, and the whole history
        since = period_start(DEFAULT_PROFILE_MONTHS, TODAY)
        queries["profile"] = lambda: seller_profile(store, seller_id, today=TODAY, since=since)
        queries["profile_whole"] = lambda: seller_profile(store, seller_id, today=TODAY)
    if director:  # what the Review screen computes there: the managers, then a team or everyone
        team = _busiest_team(store, seller_id)
        queries["team"] = lambda: (
            insights.seller_managers(store),
            insights.team_overview(store, today=TODAY, sellers=team),
        )
        queries["team_all"] = lambda: (
            insights.seller_managers(store),
            insights.team_overview(store, today=TODAY),
        )
        queries["team_size"] = lambda: len(team)  # not timed: read by run_director
        # the search filtered to one seller, as the Search screen runs it once the seller is
        # chosen: the busiest seller, and one with the fewest rides (run_director reports the
        # slower of the two)
        fewest = store.db.execute(
            "SELECT seller_id FROM rides GROUP BY seller_id ORDER BY count(*), seller_id LIMIT 1"
        ).fetchone()[0]
        for name, one in (("search_seller", seller_id), ("search_seller_few", fewest)):
            queries[name] = lambda one=one: [
                search.search(store, term, seller_id=one) for term in SEARCH_TERMS
            ]
    return queries


def query_plans(store: Any, fn: Callable[[], Any]) -> list[tuple[str, list[str]]]:
    """Run ``fn`` once with a trace callback; EXPLAIN QUERY PLAN every distinct SELECT."""
    seen: dict[str, str] = {}
    conn = store.db.conn

    def trace(sql: str) -> None:
        text = sql.strip()
        if text.upper().startswith(("SELECT", "WITH")):
            shape = re.sub(r"\s+", " ", re.sub(r"'[^']*'|\b\d+\b", "?", text))
            seen.setdefault(shape, text)

    conn.set_trace_callback(trace)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    plans = []
    for shape, sql in seen.items():
        try:
            rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            plans.append((shape, [str(r[-1]) for r in rows]))
        except Exception as err:  # a statement that cannot be re-run alone is reported as such
            plans.append((shape, [f"(plan not available: {type(err).__name__})"]))
    return plans


def _full_scans(plans: list[tuple[str, list[str]]]) -> list[str]:
    big = ("observations", "rides", "calls", "commitments", "quick_notes", "debriefs")
    return sorted(
        {
            line
            for _, lines in plans
            for line in lines
            if line.startswith("SCAN ") and line.split()[1] in big and "USING" not in line
        }
    )


def _measure(
    ds: Dataset, runs: int, cpu: dict[str, float] | None = None, director: bool = False
) -> dict[str, tuple[float, list[tuple[str, list[str]]]]]:
    """Median wall time and query plans of each query; with ``cpu``, also fills it with each
    query's median CPU time of this thread (what a loaded machine inflates least)."""
    import time

    from fieldride.store import open_store

    # The whole-file check is the app's background work, not the query's (minutes on a director's
    # 7 GB store): the store opens as the read-only commands open it.
    store = open_store(ds.folder, quick_check=False)
    try:
        out = {}
        for name, fn in _queries(store, director).items():
            if name == "team_size":
                out[name] = (float(fn()), [])
                continue
            plans = query_plans(store, fn)
            ms, _ = time_ms(fn, runs)
            out[name] = (ms, plans)
            if cpu is not None:
                samples = []
                for _ in range(runs):
                    t0 = time.thread_time()
                    fn()
                    samples.append((time.thread_time() - t0) * 1000)
                cpu[name] = median(samples)
        return out
    finally:
        store.close()


def run(ctx: Context) -> list[Figure]:
    ds = dataset(ctx)
    results = _measure(ds, ctx.reps(ctx.runs * 2, 1))
    labels = {
        "profile": "Seller profile (busiest seller, last 12 months: as the screen opens)",
        "profile_whole": "Seller profile (busiest seller, whole history: on request, no target)",
        "team": "Team overview",
        "search": f"Search ({len(SEARCH_TERMS)} terms, each)",
    }
    figures = []
    for name, (ms, plans) in results.items():
        value = _per_call(name, ms)
        scans = _full_scans(plans)
        target, ok = _target(name, value)
        figures.append(
            Figure(
                f"review.{name}",
                labels[name],
                value,
                "ms",
                target=target,
                target_ok=ok,
                notes=f"{ds.rides} rides / {ds.observations} obs; "
                + (f"full scans: {'; '.join(scans)}" if scans else "no full scan of a big table"),
                details={"query_plans": plans},
            )
        )
    return figures


def run_growth(ctx: Context) -> list[Figure]:
    scales = (1, 2) if ctx.quick else (1, 4, 16)
    runs = ctx.reps(ctx.runs, 1)
    per_scale: dict[int, tuple[Dataset, dict[str, float]]] = {}
    for scale in scales:
        ds = dataset(ctx, scale)
        measured = _measure(ds, runs)
        per_scale[scale] = (ds, {k: v[0] for k, v in measured.items()})
    base = per_scale[scales[0]][1]
    figures = []
    for name in NAMES:
        top_ds, top = per_scale[scales[-1]]
        if name not in top:  # a build without the profile's period
            continue
        value = _per_call(name, top[name])
        base_value = _per_call(name, base[name])
        series = ", ".join(f"{s}x: {_per_call(name, per_scale[s][1][name]):.1f} ms" for s in scales)
        target = GROWTH_PROFILE_TARGET_MS if name == "profile" else None
        what = {"profile": "profile (last 12 months)", "profile_whole": "profile (whole history)"}
        figures.append(
            Figure(
                f"growth.{name}",
                f"Growth: {what.get(name, name)} at {scales[-1]}x data ({top_ds.observations} obs)",
                value,
                "ms",
                baseline=base_value,
                baseline_name=f"same query at {scales[0]}x",
                target=f"< {target:.0f} ms" if target else "",
                target_ok=(value < target) if target else None,
                notes=series,
                details={
                    "series_ms": {str(s): per_scale[s][1][name] for s in scales},
                    "observations": {str(s): per_scale[s][0].observations for s in scales},
                },
            )
        )
    return figures


def run_director(ctx: Context) -> list[Figure]:
    """The three review queries on a director's store, against the same targets."""
    ds = director_dataset(ctx)
    load_before = load_average()
    cpu: dict[str, float] = {}
    results = _measure(ds, ctx.reps(ctx.runs * 2, 1), cpu, director=True)
    load_after = load_average()
    team = int(results.pop("team_size")[0])
    few_ms, few_plans = results.pop("search_seller_few")
    few_cpu = cpu.pop("search_seller_few")
    busy_ms, busy_plans = results["search_seller"]
    seller_note = (
        f"busiest seller {_per_call('search', busy_ms):.1f} ms (CPU "
        f"{_per_call('search', cpu['search_seller']):.1f}), fewest rides "
        f"{_per_call('search', few_ms):.1f} ms (CPU {_per_call('search', few_cpu):.1f}); "
    )
    if few_ms > busy_ms:
        results["search_seller"] = (few_ms, busy_plans + few_plans)
        cpu["search_seller"] = few_cpu
    else:
        results["search_seller"] = (busy_ms, busy_plans + few_plans)
    labels = {
        "profile": "Director's store: seller profile (busiest seller, grown history; last 12 "
        "months: as the screen opens)",
        "profile_whole": "Director's store: seller profile (busiest seller, grown history; whole "
        "history: on request, no target)",
        "team": "Director's store: team overview as Review opens it (the managers and one "
        f"manager's team: the busiest seller's, {team} sellers)",
        "team_all": f"Director's store: team overview, all managers ({ds.sellers} sellers)",
        "search": f"Director's store: search ({len(SEARCH_TERMS)} terms, each)",
        "search_seller": "Director's store: search filtered to one seller (the slower of the "
        f"busiest seller and one with the fewest rides; {len(SEARCH_TERMS)} terms, each)",
    }
    figures = []
    for name, (ms, plans) in results.items():
        value = _per_call(name, ms)
        scans = _full_scans(plans)
        target, ok = _target(name, value)
        figures.append(
            Figure(
                f"director.{name}",
                labels[name],
                value,
                "ms",
                target=target,
                target_ok=ok,
                notes=(seller_note if name == "search_seller" else "")
                + f"{ds.scale} teams, {ds.sellers} sellers, {ds.rides} rides / "
                f"{ds.observations} obs; "
                + (f"full scans: {'; '.join(scans)}" if scans else "no full scan of a big table")
                + f"; CPU time {_per_call(name, cpu[name]):.1f} ms"
                + f"; load average {load_before} -> {load_after}",
                details={
                    "query_plans": plans,
                    "observations": ds.observations,
                    "cpu_ms": cpu[name],
                },
            )
        )
    return figures
